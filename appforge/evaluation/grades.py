"""Grading an app against the checks of what it must have: one function per check kind, each returning whether
the check passed and why, in words a person reading a failed case can act on.

`scoring` picks the grader by the check's kind; what an edit changed and left alone is graded in `editgrades`.
Nothing here knows about models: a spec is graded whoever produced it.
"""

from __future__ import annotations

from appforge.evaluation.checklist import (
    CHART_TYPES,
    AccessCheck,
    ConstraintCheck,
    EntityCheck,
    FieldCheck,
    OptionCheck,
    PermissionCheck,
    RelationCheck,
    RoleCheck,
    ThemeCheck,
    ViewCheck,
    WidgetCheck,
    names_match,
    type_matches,
)
from appforge.spec.model import (
    BUILT_IN_AUDIENCES,
    AppSpec,
    Entity,
    Field,
    FieldType,
    View,
    ViewType,
    Widget,
)

Result = tuple[bool, str]


def entities_named(spec: AppSpec, wanted: list[str] | None) -> list[Entity]:
    if wanted is None:
        return list(spec.entities)
    return [e for e in spec.entities if names_match((e.name, e.label, e.plural), wanted)]


def fields_named(entity: Entity, wanted: list[str] | None) -> list[Field]:
    if wanted is None:
        return list(entity.fields)
    return [f for f in entity.fields if names_match((f.name, f.label), wanted)]


def say(names: list[str] | None) -> str:
    return "/".join(names) if names else "any"


def view_entities(view: View) -> set[str]:
    if view.type == ViewType.dashboard:
        return {w.entity for w in view.widgets}
    return {view.entity} if view.entity else set()


def grade_entity(check: EntityCheck, spec: AppSpec) -> Result:
    found = entities_named(spec, check.any)
    if found:
        return True, f"entity {found[0].name}"
    return False, f"no entity like {say(check.any)} (entities: {', '.join(e.name for e in spec.entities)})"


def grade_field(check: FieldCheck, spec: AppSpec) -> Result:
    entities = entities_named(spec, check.entity)
    if not entities:
        return False, f"no entity like {say(check.entity)}"
    wrong: list[str] = []
    for entity in entities:
        for f in fields_named(entity, check.any):
            if check.type is None or type_matches(check.type, f.type):
                return True, f"{entity.name}.{f.name} ({f.type.value})"
            wrong.append(f"{entity.name}.{f.name} is {f.type.value}")
    if wrong:
        return False, f"{'; '.join(wrong)}, expected {check.type}"
    return False, f"no field like {say(check.any)} on {', '.join(e.name for e in entities)}"


def grade_relation(check: RelationCheck, spec: AppSpec) -> Result:
    sources, targets = entities_named(spec, check.from_), entities_named(spec, check.to)
    target_names = {e.name for e in targets}
    for entity in sources:
        for f in entity.fields:
            if f.type in (FieldType.reference, FieldType.many_to_many) and f.target in target_names:
                return True, f"{entity.name}.{f.name} -> {f.target}"
            if f.type == FieldType.user and names_match(["user"], check.to):
                return True, f"{entity.name}.{f.name} -> user"
    # A many-to-many link may be declared on either side.
    source_names = {e.name for e in sources}
    for entity in targets:
        for f in entity.fields:
            if f.type == FieldType.many_to_many and f.target in source_names:
                return True, f"{entity.name}.{f.name} <-> {f.target}"
    if not sources:
        return False, f"no entity like {say(check.from_)}"
    if not targets:
        return False, f"no entity like {say(check.to)}"
    return False, f"no reference from {sources[0].name} to {'/'.join(sorted(target_names))}"


def grade_view(check: ViewCheck, spec: AppSpec) -> Result:
    wanted = {e.name for e in entities_named(spec, check.entity)} if check.entity else None
    for view in spec.views:
        if view.type != check.type:
            continue
        if wanted is None or view_entities(view) & wanted:
            return True, f"view {view.name}"
    on = f" on {say(check.entity)}" if check.entity else ""
    return False, f"no {check.type.value} view{on}"


def _widget_fails(check: WidgetCheck, spec: AppSpec, widget: Widget, wanted: set[str] | None) -> str | None:
    wtype = widget.type.value
    if check.type == "chart" and wtype not in CHART_TYPES:
        return f"{widget.title!r} is a {wtype}, not a chart"
    if check.type not in (None, "chart") and wtype != check.type:
        return f"{widget.title!r} is a {wtype}, not a {check.type}"
    if wanted is not None and widget.entity not in wanted:
        return f"{widget.title!r} counts {widget.entity}"
    if check.aggregate is not None and widget.aggregate != check.aggregate:
        return f"{widget.title!r} is a {widget.aggregate}, not a {check.aggregate}"
    entity = spec.entity(widget.entity)
    if check.field is not None:
        f = entity.field(widget.field) if entity and widget.field else None
        if not (widget.field and names_match((widget.field, f.label if f else None), check.field)):
            return f"{widget.title!r} is over {widget.field}, not {say(check.field)}"
    if check.group_by is not None:
        f = entity.field(widget.group_by) if entity and widget.group_by else None
        names = (widget.group_by, f.label if f else None, widget.period)
        if not names_match(names, check.group_by):
            return f"{widget.title!r} is grouped by {widget.group_by}, not {say(check.group_by)}"
    return None


def grade_widget(check: WidgetCheck, spec: AppSpec) -> Result:
    wanted = {e.name for e in entities_named(spec, check.entity)} if check.entity else None
    near: list[str] = []
    for view in spec.views:
        for widget in view.widgets:
            why = _widget_fails(check, spec, widget, wanted)
            if why is None:
                return True, f"widget {widget.title!r} on {view.name}"
            near.append(why)
    return False, "; ".join(near[:3]) if near else "no dashboard widgets"


def grade_role(check: RoleCheck, spec: AppSpec) -> Result:
    for role in spec.roles:
        if names_match((role.name, role.label), check.any):
            return True, f"role {role.name}"
    return False, f"no role like {say(check.any)} (roles: {', '.join(r.name for r in spec.roles) or 'none'})"


def grade_permission(check: PermissionCheck, spec: AppSpec) -> Result:
    """Only the named roles (the owner role aside: it administers the app) may do the action; with `own`, on their
    own rows only."""
    entities = entities_named(spec, check.entity)
    if not entities:
        return False, f"no entity like {say(check.entity)}"
    entity = entities[0]
    rules = [p for p in spec.permissions if p.entity == entity.name and p.action == check.action]
    where = f"{check.action} on {entity.name}"
    if check.own:
        own_rules = [p for p in rules if p.own]
        if check.roles is not None:
            own_rules = [p for p in own_rules if any(_role_named(spec, r, check.roles) for r in p.roles)]
        if not own_rules:
            return False, f"no own-rows-only rule for {where}" + (f" for {say(check.roles)}" if check.roles else "")
        return True, f"{where}: own rows only for {', '.join(own_rules[0].roles)}"
    if check.roles is None:
        return (True, f"{where} has a rule") if rules else (False, f"no rule for {where}")
    if not rules:
        return False, f"no rule for {where}: the access mode lets everyone do it"
    allowed: set[str] = set()
    for rule in rules:
        for role in rule.roles:
            if role in BUILT_IN_AUDIENCES:
                return False, f"{where} is open to {role}"
            allowed.add(role)
    extra = sorted(r for r in allowed if not _role_named(spec, r, check.roles) and r != spec.auth.owner_role)
    if extra:
        return False, f"{where} is also allowed to {', '.join(extra)}"
    if not any(_role_named(spec, r, check.roles) for r in allowed):
        return False, f"{where} is allowed to {', '.join(sorted(allowed))}, none of {say(check.roles)}"
    return True, f"{where}: {', '.join(sorted(allowed))}"


def _role_named(spec: AppSpec, name: str, wanted: list[str]) -> bool:
    role = spec.role(name)
    return names_match((name, role.label if role else None), wanted)


def grade_access(check: AccessCheck, spec: AppSpec) -> Result:
    if spec.auth.access == check.value:
        return True, f"access is {check.value}"
    return False, f"access is {spec.auth.access}, not {check.value}"


def color_distance(a: str, b: str) -> float:
    ra, ga, ba = (int(a[i : i + 2], 16) for i in (1, 3, 5))
    rb, gb, bb = (int(b[i : i + 2], 16) for i in (1, 3, 5))
    return ((ra - rb) ** 2 + (ga - gb) ** 2 + (ba - bb) ** 2) ** 0.5


def grade_theme(check: ThemeCheck, spec: AppSpec) -> Result:
    actual = getattr(spec.theme, check.key)
    if check.near is not None:
        distance = color_distance(str(actual), check.near)
        ok = distance <= check.tolerance
        return ok, f"theme.{check.key} {actual} is {distance:.0f} from {check.near}" + ("" if ok else " (too far)")
    wanted = check.value
    if isinstance(wanted, str) and isinstance(actual, str):
        ok = wanted.lower() in actual.lower()
    else:
        ok = actual == wanted
    return ok, f"theme.{check.key} is {actual!r}" + ("" if ok else f", not {wanted!r}")


def grade_option(check: OptionCheck, spec: AppSpec) -> Result:
    entities = entities_named(spec, check.entity)
    if not entities:
        return False, f"no entity like {say(check.entity)}"
    for entity in entities:
        for f in fields_named(entity, check.field):
            if f.options and names_match((o.value for o in f.options), check.any):
                return True, f"{entity.name}.{f.name} has an option like {say(check.any)}"
    return False, f"no option like {say(check.any)} on {say(check.field)} of {entities[0].name}"


def grade_constraint(check: ConstraintCheck, spec: AppSpec) -> Result:
    found = [(e, f) for e in entities_named(spec, check.entity) for f in fields_named(e, check.field)]
    if not found:
        return False, f"no field like {say(check.field)} on {say(check.entity)}"
    why = ""
    for entity, f in found:
        wrong = []
        for key in ("required", "unique", "min", "max"):
            wanted = getattr(check, key)
            if wanted is None:
                continue
            actual = getattr(f, key)
            if key in ("min", "max") and actual is not None:
                try:
                    same = float(actual) == float(wanted)
                except (TypeError, ValueError):
                    same = str(actual) == str(wanted)
            else:
                same = actual == wanted
            if not same:
                wrong.append(f"{key} is {actual!r}, not {wanted!r}")
        if not wrong:
            return True, f"{entity.name}.{f.name} has the constraint"
        why = f"{entity.name}.{f.name}: {', '.join(wrong)}"
    return False, why


