"""The difference between two versions of an app, as the operations that turn one into the other.

A person who fixes by hand what a model got wrong ends with a spec, not with operations; to learn from that fix,
the flywheel needs the operations that lead from the spec before the turn to the spec the person kept. Things are
matched by their stable ids where both sides have them (so a rename is a rename, not a removal and an addition),
else by name. The order follows the spec's rules: names first, then what is new, then what changed, and what goes
away last, once nothing refers to it any more.
"""

from __future__ import annotations

from typing import Any

from appforge.models.rebuild import field_dump, permission_operations
from appforge.spec.model import AppSpec, Entity, Field, Theme, View, Widget
from appforge.spec.operations import OperationError, apply_operations

_FIELD_SETTINGS = ("label", "help", "required", "unique", "default", "min", "max", "pattern", "currency", "formula")
_ENTITY_SETTINGS = ("label", "plural", "icon", "display_field")
_VIEW_SETTINGS = ("title", "fields", "group_by", "date_field", "image_field", "filters", "sort", "page_size")
_WIDGET_SETTINGS = ("title", "type", "aggregate", "field", "group_by", "period", "filters")


def _pairs(before: list[Any], after: list[Any]) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """(matched pairs, only in before, only in after): by id where both have one, else by name."""
    pairs: list[tuple[Any, Any]] = []
    left = list(before)
    new: list[Any] = []
    for item in after:
        ident = getattr(item, "id", "")
        match = next((b for b in left if ident and getattr(b, "id", "") == ident), None)
        if match is None:
            match = next((b for b in left if _key(b) == _key(item) and not (ident and getattr(b, "id", ""))), None)
        if match is None:
            match = next((b for b in left if _key(b) == _key(item)), None)
        if match is None:
            new.append(item)
        else:
            left.remove(match)
            pairs.append((match, item))
    return pairs, left, new


def _key(item: Any) -> str:
    return getattr(item, "name", None) or getattr(item, "title", "")


def _dump(value: Any) -> Any:
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else (
        [_dump(v) for v in value] if isinstance(value, list) else value)


def _changed(old: Any, new: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: _dump(getattr(new, k)) for k in keys if _dump(getattr(old, k)) != _dump(getattr(new, k))}


def operations_between(before: AppSpec, after: AppSpec) -> list[dict[str, Any]]:
    """Operations that make `before` into `after` (as far as operations can say: not the archive, not seed rows)."""
    ops: list[dict[str, Any]] = []
    app = {k: getattr(after, k) for k in ("title", "description") if getattr(before, k) != getattr(after, k)}
    if app:
        ops.append({"op": "set_app", **app})
    theme = _changed(before.theme, after.theme, tuple(Theme.model_fields))
    if theme:
        ops.append({"op": "set_theme", **theme})
    roles, roles_gone, roles_new = _pairs(before.roles, after.roles)
    ops += [{"op": "add_role", "role": r.name, **({"label": r.label} if r.label else {})} for r in roles_new]

    entities, _, _ = _pairs(before.entities, after.entities)
    renames = [{"op": "rename_entity", "entity": old.name, "to": new.name} for old, new in entities
               if old.name != new.name]
    for old, new in entities:
        renames += [{"op": "rename_field", "entity": new.name, "field": f_old.name, "to": f_new.name}
                    for f_old, f_new in _pairs(old.fields, new.fields)[0] if f_old.name != f_new.name]
    if renames:
        # The rest compares against the app with the renames made, so that a view listing a renamed field, or a
        # rule on a renamed entity, is not mistaken for a change.
        try:
            before = apply_operations(before, renames)
            ops += renames
        except OperationError:
            pass
    entities, entities_gone, entities_new = _pairs(before.entities, after.entities)
    field_pairs: dict[str, tuple[list[tuple[Field, Field]], list[Field], list[Field]]] = {
        new.name: _pairs(old.fields, new.fields) for old, new in entities}
    present = {e.name for _, e in entities}
    late: list[dict[str, Any]] = []
    archived = {item.definition.id: item.entity for item in before.archive
                if item.kind == "entity" and item.definition is not None and item.definition.id}
    for entity in list(entities_new):
        # Something the person brought back keeps its rows: a restore, not a new entity.
        if entity.id and archived.get(entity.id) == entity.name:
            ops.append({"op": "restore_entity", "entity": entity.name})
            entities_new.remove(entity)
            entities.append((entity, entity))
            present.add(entity.name)
    for entity in entities_new:
        now = [f for f in entity.fields if not f.target or f.target in present | {entity.name}]
        later = [f for f in entity.fields if f not in now]
        op: dict[str, Any] = {"op": "add_entity", "entity": entity.name, "fields": [field_dump(f) for f in now]}
        op |= {k: getattr(entity, k) for k in _ENTITY_SETTINGS if getattr(entity, k) is not None
               and (k != "display_field" or entity.display_field in {f.name for f in now})}
        ops.append(op)
        present.add(entity.name)
        late += [{"op": "add_field", "entity": entity.name, "field": field_dump(f)} for f in later]
    ops += late

    for old, new in entities:
        matched, _, added = field_pairs.get(new.name, ([], [], []))
        kept = {(item.entity, item.field.id) for item in before.archive
                if item.kind == "field" and item.field is not None and item.replaced_by is None}
        for f in added:
            if f.id and (new.name, f.id) in kept:
                ops.append({"op": "restore_field", "entity": new.name, "field": f.name})
            else:
                ops.append({"op": "add_field", "entity": new.name, "field": field_dump(f)})
        for f_old, f_new in matched:
            ops += _field_changes(new.name, f_old, f_new)
        settings = _changed(old, new, _ENTITY_SETTINGS + ("order_by",))
        if settings:
            ops.append({"op": "configure_entity", "entity": new.name, **settings})

    views, views_gone, views_new = _pairs(before.views, after.views)
    gone_entities = {e.name for e in entities_gone}
    ops += [{"op": "remove_view", "view": v.name} for v in views_gone if v.entity not in gone_entities]
    for view in views_new:
        data = view.model_dump(mode="json", exclude={"widgets"}, exclude_defaults=True) | {"name": view.name}
        ops.append({"op": "add_view", "view": data, "in_nav": view.name in after.nav})
        ops += [_add_widget(view, w) for w in view.widgets]
    for old_view, new_view in views:
        settings = _changed(old_view, new_view, _VIEW_SETTINGS)
        if settings:
            ops.append({"op": "configure_view", "view": new_view.name, **settings})
        ops += _widget_changes(old_view, new_view)

    rules_before = permission_operations(before.permissions)
    rules_after = permission_operations(after.permissions)
    ops += [rule for key, rule in rules_after.items() if rules_before.get(key) != rule]
    ops += [{"op": "remove_permission", "entity": e, "action": a} for (e, a) in rules_before
            if (e, a) not in rules_after and e not in gone_entities]
    auth = _changed(before.auth, after.auth, ("access", "signup", "default_role", "owner_role"))
    if auth:
        ops.append({"op": "set_auth", **auth})

    for _, new in entities:
        ops += [{"op": "remove_field", "entity": new.name, "field": f.name}
                for f in field_pairs.get(new.name, ([], [], []))[1]]
    ops += [{"op": "remove_entity", "entity": e.name} for e in _removal_order(entities_gone)]
    ops += [{"op": "remove_role", "role": r.name} for r in roles_gone]
    if before.nav != after.nav and after.nav:
        ops.append({"op": "set_nav", "views": list(after.nav)})
    if before.home != after.home and after.home is not None:
        ops.append({"op": "set_home", "view": after.home})
    ops += _block_changes(before, after)
    return ops


def _field_changes(entity: str, old: Field, new: Field) -> list[dict[str, Any]]:
    name = new.name
    if old.type != new.type or old.target != new.target:
        op: dict[str, Any] = {"op": "change_type", "entity": entity, "field": name, "type": new.type.value}
        if new.options:
            op["options"] = [o.model_dump(mode="json", exclude_none=True) for o in new.options]
        op |= {k: getattr(new, k) for k in ("currency", "target", "formula") if getattr(new, k) is not None}
        rest = _changed(old, new, tuple(k for k in _FIELD_SETTINGS if k not in ("currency", "formula")))
        return [op] + ([{"op": "set_field", "entity": entity, "field": name, **rest}] if rest else [])
    ops: list[dict[str, Any]] = []
    settings = _changed(old, new, _FIELD_SETTINGS)
    if settings:
        ops.append({"op": "set_field", "entity": entity, "field": name, **settings})
    had = {o.value for o in old.options}
    has = {o.value for o in new.options}
    ops += [{"op": "add_option", "entity": entity, "field": name, "value": o.value,
             **({"color": o.color} if o.color else {})} for o in new.options if o.value not in had]
    ops += [{"op": "remove_option", "entity": entity, "field": name, "value": v}
            for v in [o.value for o in old.options] if v not in has]
    return ops


def _add_widget(view: View, widget: Widget) -> dict[str, Any]:
    data = widget.model_dump(mode="json", exclude={"id"}, exclude_defaults=True)
    return {"op": "add_widget", "view": view.name, "widget": data | {"title": widget.title, "entity": widget.entity}}


def _widget_changes(old: View, new: View) -> list[dict[str, Any]]:
    pairs, gone, added = _pairs(old.widgets, new.widgets)
    ops = [{"op": "remove_widget", "view": new.name, "widget": w.title} for w in gone]
    for w_old, w_new in pairs:
        settings = _changed(w_old, w_new, _WIDGET_SETTINGS)
        if w_old.entity != w_new.entity:
            ops.append({"op": "remove_widget", "view": new.name, "widget": w_old.title})
            ops.append(_add_widget(new, w_new))
        elif settings:
            ops.append({"op": "configure_widget", "view": new.name, "widget": w_old.title, **settings})
    return ops + [_add_widget(new, w) for w in added]


def _removal_order(entities: list[Entity]) -> list[Entity]:
    """Entities that others (also going) refer to go last."""
    names = {e.name for e in entities}
    referred = {f.target for e in entities for f in e.fields if f.target in names and f.target != e.name}
    return [e for e in entities if e.name not in referred] + [e for e in entities if e.name in referred]


def _block_changes(before: AppSpec, after: AppSpec) -> list[dict[str, Any]]:
    pairs, gone, added = _pairs(before.blocks, after.blocks)
    ops: list[dict[str, Any]] = [{"op": "remove_block", "block": b.name} for b in gone]
    for old, new in pairs:
        settings = _changed(old, new, ("title", "view", "html", "css", "height"))
        if settings:
            ops.append({"op": "configure_block", "block": new.name, **settings})
    return ops + [{"op": "add_block", "block": b.model_dump(mode="json", exclude_defaults=True) | {"name": b.name}}
                  for b in added]


__all__ = ["operations_between"]
