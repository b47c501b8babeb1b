"""Any spec as the operations that build it on an empty app.

Models answer in operations, never in whole specs, so a model that wants to answer with a complete spec it already
has (a catalogue blueprint, a provider's JSON) turns it into operations here. The order matters because every
operation is checked against the spec as it stands: an entity must exist before a field refers to it, fields before
the views, widgets, formulas and rules that use them, views before the custom blocks shown on them, roles before the
rules and sign-in settings that name them.
"""

from __future__ import annotations

from typing import Any

from appforge.spec.formula import FormulaError, formula_names
from appforge.spec.model import AppSpec, Entity, Field, Permission, Theme

# Keys that `add_entity` cannot carry; `configure_entity` sets them once every field is there.
_LATE_ENTITY_KEYS = ("order_by",)


def field_dump(field: Field) -> dict[str, Any]:
    # Ids are the spec's business: the new app gives every field a fresh one from its name.
    return field.model_dump(mode="json", exclude={"id"}, exclude_defaults=True) | {"name": field.name}


def _formula_reads(field: Field) -> set[str]:
    if not field.formula:
        return set()
    try:
        return formula_names(field.formula)
    except FormulaError:
        return set()


def _entity_order(spec: AppSpec) -> list[Entity]:
    """Entities with the ones others refer to first, keeping the spec's order where references allow it."""
    remaining = list(spec.entities)
    placed: list[Entity] = []
    done: set[str] = set()
    while remaining:
        for entity in remaining:
            targets = {f.target for f in entity.fields if f.target and f.target != entity.name}
            if targets <= done:
                break
        else:
            # A cycle (A refers to B and B to A): take the first; its forward references are added later.
            entity = remaining[0]
        remaining.remove(entity)
        placed.append(entity)
        done.add(entity.name)
    return placed


def permission_operations(permissions: list[Permission]) -> dict[tuple[str, str], dict[str, Any]]:
    """The `set_permission` of each entity and action: rows-of-their-own roles with `any_row` for the others.

    A role named by both an all-rows and an own-rows rule acts on every row (the all-rows rule wins at run time),
    so it is said once, in `any_row`.
    """
    grouped: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for rule in permissions:
        every, own = grouped.setdefault((rule.entity, rule.action), ([], []))
        (own if rule.own else every).extend(r for r in rule.roles if r not in (own if rule.own else every))
    ops: dict[tuple[str, str], dict[str, Any]] = {}
    for (entity, action), (every, own) in grouped.items():
        own = [r for r in own if r not in every]
        op: dict[str, Any] = {"op": "set_permission", "entity": entity, "action": action}
        if own:
            op |= {"roles": own, "own": True, **({"any_row": every} if every else {})}
        else:
            op |= {"roles": every, "own": False}
        ops[(entity, action)] = op
    return ops


def spec_to_operations(spec: AppSpec, seed: bool = True) -> list[dict[str, Any]]:
    """Operations that rebuild `spec` on an empty app (`appforge.models.new_app()`), in dependency order.

    The app's name and archive are not operations' business and are not rebuilt; with `seed=False` the sample rows
    are left out too (a model proposing a structure does not need them).
    """
    ops: list[dict[str, Any]] = []
    if spec.title or spec.description:
        ops.append({"op": "set_app", **({"title": spec.title} if spec.title else {}),
                    **({"description": spec.description} if spec.description else {})})
    theme = spec.theme.model_dump(mode="json")
    default_theme = Theme().model_dump(mode="json")
    changed = {k: v for k, v in theme.items() if v != default_theme[k]}
    if changed:
        ops.append({"op": "set_theme", **changed})

    added: set[str] = set()
    late_fields: list[dict[str, Any]] = []
    late_settings: list[dict[str, Any]] = []
    for entity in _entity_order(spec):
        deferred: set[str] = set()
        for field in entity.fields:
            if field.target and field.target != entity.name and field.target not in added:
                deferred.add(field.name)
        # A formula reading a deferred field waits for it.
        changed_any = True
        while changed_any:
            changed_any = False
            for field in entity.fields:
                if field.name not in deferred and _formula_reads(field) & deferred:
                    deferred.add(field.name)
                    changed_any = True
        now = [f for f in entity.fields if f.name not in deferred]
        op: dict[str, Any] = {"op": "add_entity", "entity": entity.name, "fields": [field_dump(f) for f in now]}
        for key in ("label", "plural", "icon"):
            if getattr(entity, key) is not None:
                op[key] = getattr(entity, key)
        display = entity.display_field
        if display is not None and display not in deferred:
            op["display_field"] = display
        ops.append(op)
        added.add(entity.name)
        previous: str | None = None
        for field in entity.fields:
            if field.name in deferred:
                item: dict[str, Any] = {"op": "add_field", "entity": entity.name, "field": field_dump(field)}
                if previous is not None:
                    item["after"] = previous
                late_fields.append(item)
            previous = field.name
        settings: dict[str, Any] = {}
        if display is not None and display in deferred:
            settings["display_field"] = display
        if entity.order_by:
            settings["order_by"] = [k.model_dump(mode="json") for k in entity.order_by]
        if settings:
            late_settings.append({"op": "configure_entity", "entity": entity.name, **settings})
    ops += late_fields + late_settings

    for view in spec.views:
        data = view.model_dump(mode="json", exclude={"widgets"}, exclude_defaults=True) | {"name": view.name}
        ops.append({"op": "add_view", "view": data})
        for widget in view.widgets:
            ops.append({"op": "add_widget", "view": view.name,
                        "widget": widget.model_dump(mode="json", exclude={"id"}, exclude_defaults=True)
                        | {"title": widget.title, "entity": widget.entity}})
    if spec.nav:
        ops.append({"op": "set_nav", "views": list(spec.nav)})
    if spec.home is not None:
        ops.append({"op": "set_home", "view": spec.home})
    for block in spec.blocks:
        ops.append({"op": "add_block", "block": block.model_dump(mode="json", exclude_defaults=True)})

    for role in spec.roles:
        ops.append({"op": "add_role", "role": role.name, **({"label": role.label} if role.label else {})})
    ops += permission_operations(spec.permissions).values()
    auth = spec.auth.model_dump(mode="json")
    default_auth = type(spec.auth)().model_dump(mode="json")
    auth_changed = {k: v for k, v in auth.items() if v != default_auth[k]}
    if auth_changed:
        ops.append({"op": "set_auth", **auth_changed})

    if seed:
        for entity_name, rows in spec.seed.items():
            if rows:
                ops.append({"op": "seed_rows", "entity": entity_name, "rows": [dict(r) for r in rows]})
    return ops
