"""Grading a spec against a case's checks: one function per check kind, each saying why a check failed.

Nothing here knows about models: `score_case` grades a spec, whoever produced it; the cases and their checks are
`checklist`'s.
"""


from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel

from appforge.evaluation.checklist import (
    CHART_TYPES,
    CHECK_KINDS,
    EDIT_ONLY,
    AccessCheck,
    Case,
    ConstraintCheck,
    EntityCheck,
    FieldCheck,
    NoChangeCheck,
    OptionCheck,
    PermissionCheck,
    RelationCheck,
    RemovedCheck,
    RenamedCheck,
    RoleCheck,
    ThemeCheck,
    TypeChangedCheck,
    UnchangedCheck,
    ViewCheck,
    WidgetCheck,
    load_base,
    names_match,
    norm,
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

# ----------------------------------------------------------------------------------------------------------------
# Scores


class CheckResult(BaseModel):
    kind: str
    passed: bool
    reason: str
    check: dict[str, Any]


class CaseScore(BaseModel):
    id: str
    kind: Literal["create", "edit"]
    split: str
    results: list[CheckResult]

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def score(self) -> float:
        """The fraction of this case's checks that passed."""
        return self.passed / len(self.results) if self.results else 0.0

    @property
    def failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.passed]


class KindScore(BaseModel):
    passed: int
    total: int

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


class Summary(BaseModel):
    cases: int
    score: float  # mean over cases of the fraction of checks passed
    perfect: int  # cases with every check passed
    by_case_kind: dict[str, float]  # create / edit -> mean case score
    by_check_kind: dict[str, KindScore]

    def table(self) -> str:
        lines = [f"cases {self.cases}  score {self.score:.3f}  perfect {self.perfect}"]
        lines += [f"  {kind:<8} {value:.3f}" for kind, value in sorted(self.by_case_kind.items())]
        lines += [
            f"  {kind:<13} {k.passed:>4}/{k.total:<4} {k.rate:.3f}" for kind, k in sorted(self.by_check_kind.items())
        ]
        return "\n".join(lines)


def summarize(scores: list[CaseScore]) -> Summary:
    by_kind: dict[str, list[float]] = defaultdict(list)
    checks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        by_kind[s.kind].append(s.score)
        for r in s.results:
            checks[r.kind][0] += r.passed
            checks[r.kind][1] += 1
    return Summary(
        cases=len(scores),
        score=sum(s.score for s in scores) / len(scores) if scores else 0.0,
        perfect=sum(1 for s in scores if s.results and s.passed == len(s.results)),
        by_case_kind={k: sum(v) / len(v) for k, v in by_kind.items()},
        by_check_kind={k: KindScore(passed=p, total=t) for k, (p, t) in checks.items()},
    )


def score_case(case: Case, spec_after: AppSpec | None, base: AppSpec | None = None) -> CaseScore:
    """Grade `spec_after` (None: the answer produced no valid spec) against every check of `case`.

    For edit cases `base` is the spec the message was applied to (`load_base(case.base)` when not given).
    """
    if case.kind == "edit" and base is None:
        base = load_base(case.base or "")
    results = []
    for check in case.checks:
        if spec_after is None:
            passed, reason = False, "no valid spec was produced"
        else:
            passed, reason = _grade(check, spec_after, base, case)
        results.append(
            CheckResult(kind=check.kind, passed=passed, reason=reason, check=check.model_dump(by_alias=True, exclude_none=True))
        )
    return CaseScore(id=case.id, kind=case.kind, split=case.split, results=results)


# ----------------------------------------------------------------------------------------------------------------
# Grading, one function per check kind; each returns (passed, reason).

Result = tuple[bool, str]


def _entities(spec: AppSpec, wanted: list[str] | None) -> list[Entity]:
    if wanted is None:
        return list(spec.entities)
    return [e for e in spec.entities if names_match((e.name, e.label, e.plural), wanted)]


def _fields(entity: Entity, wanted: list[str] | None) -> list[Field]:
    if wanted is None:
        return list(entity.fields)
    return [f for f in entity.fields if names_match((f.name, f.label), wanted)]


def _say(names: list[str] | None) -> str:
    return "/".join(names) if names else "any"


def _grade(check: Any, spec: AppSpec, base: AppSpec | None, case: Case) -> Result:
    grader = _GRADERS[check.kind]
    if check.kind in EDIT_ONLY:
        if base is None:
            return False, "this check needs the base app"
        if check.kind == "unchanged":
            return grader(check, spec, base, case)
        return grader(check, spec, base)
    return grader(check, spec)


def _grade_entity(check: EntityCheck, spec: AppSpec) -> Result:
    found = _entities(spec, check.any)
    if found:
        return True, f"entity {found[0].name}"
    return False, f"no entity like {_say(check.any)} (entities: {', '.join(e.name for e in spec.entities)})"


def _grade_field(check: FieldCheck, spec: AppSpec) -> Result:
    entities = _entities(spec, check.entity)
    if not entities:
        return False, f"no entity like {_say(check.entity)}"
    wrong: list[str] = []
    for entity in entities:
        for f in _fields(entity, check.any):
            if check.type is None or type_matches(check.type, f.type):
                return True, f"{entity.name}.{f.name} ({f.type.value})"
            wrong.append(f"{entity.name}.{f.name} is {f.type.value}")
    if wrong:
        return False, f"{'; '.join(wrong)}, expected {check.type}"
    return False, f"no field like {_say(check.any)} on {', '.join(e.name for e in entities)}"


def _grade_relation(check: RelationCheck, spec: AppSpec) -> Result:
    sources, targets = _entities(spec, check.from_), _entities(spec, check.to)
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
        return False, f"no entity like {_say(check.from_)}"
    if not targets:
        return False, f"no entity like {_say(check.to)}"
    return False, f"no reference from {sources[0].name} to {'/'.join(sorted(target_names))}"


def _view_entities(view: View) -> set[str]:
    if view.type == ViewType.dashboard:
        return {w.entity for w in view.widgets}
    return {view.entity} if view.entity else set()


def _grade_view(check: ViewCheck, spec: AppSpec) -> Result:
    wanted = {e.name for e in _entities(spec, check.entity)} if check.entity else None
    for view in spec.views:
        if view.type != check.type:
            continue
        if wanted is None or _view_entities(view) & wanted:
            return True, f"view {view.name}"
    on = f" on {_say(check.entity)}" if check.entity else ""
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
            return f"{widget.title!r} is over {widget.field}, not {_say(check.field)}"
    if check.group_by is not None:
        f = entity.field(widget.group_by) if entity and widget.group_by else None
        names = (widget.group_by, f.label if f else None, widget.period)
        if not names_match(names, check.group_by):
            return f"{widget.title!r} is grouped by {widget.group_by}, not {_say(check.group_by)}"
    return None


def _grade_widget(check: WidgetCheck, spec: AppSpec) -> Result:
    wanted = {e.name for e in _entities(spec, check.entity)} if check.entity else None
    near: list[str] = []
    for view in spec.views:
        for widget in view.widgets:
            why = _widget_fails(check, spec, widget, wanted)
            if why is None:
                return True, f"widget {widget.title!r} on {view.name}"
            near.append(why)
    return False, "; ".join(near[:3]) if near else "no dashboard widgets"


def _grade_role(check: RoleCheck, spec: AppSpec) -> Result:
    for role in spec.roles:
        if names_match((role.name, role.label), check.any):
            return True, f"role {role.name}"
    return False, f"no role like {_say(check.any)} (roles: {', '.join(r.name for r in spec.roles) or 'none'})"


def _grade_permission(check: PermissionCheck, spec: AppSpec) -> Result:
    """Only the named roles (the owner role aside: it administers the app) may do the action; with `own`, on their
    own rows only."""
    entities = _entities(spec, check.entity)
    if not entities:
        return False, f"no entity like {_say(check.entity)}"
    entity = entities[0]
    rules = [p for p in spec.permissions if p.entity == entity.name and p.action == check.action]
    where = f"{check.action} on {entity.name}"
    if check.own:
        own_rules = [p for p in rules if p.own]
        if check.roles is not None:
            own_rules = [p for p in own_rules if any(_role_named(spec, r, check.roles) for r in p.roles)]
        if not own_rules:
            return False, f"no own-rows-only rule for {where}" + (f" for {_say(check.roles)}" if check.roles else "")
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
        return False, f"{where} is allowed to {', '.join(sorted(allowed))}, none of {_say(check.roles)}"
    return True, f"{where}: {', '.join(sorted(allowed))}"


def _role_named(spec: AppSpec, name: str, wanted: list[str]) -> bool:
    role = spec.role(name)
    return names_match((name, role.label if role else None), wanted)


def _grade_access(check: AccessCheck, spec: AppSpec) -> Result:
    if spec.auth.access == check.value:
        return True, f"access is {check.value}"
    return False, f"access is {spec.auth.access}, not {check.value}"


def color_distance(a: str, b: str) -> float:
    ra, ga, ba = (int(a[i : i + 2], 16) for i in (1, 3, 5))
    rb, gb, bb = (int(b[i : i + 2], 16) for i in (1, 3, 5))
    return ((ra - rb) ** 2 + (ga - gb) ** 2 + (ba - bb) ** 2) ** 0.5


def _grade_theme(check: ThemeCheck, spec: AppSpec) -> Result:
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


def _grade_option(check: OptionCheck, spec: AppSpec) -> Result:
    entities = _entities(spec, check.entity)
    if not entities:
        return False, f"no entity like {_say(check.entity)}"
    for entity in entities:
        for f in _fields(entity, check.field):
            if f.options and names_match((o.value for o in f.options), check.any):
                return True, f"{entity.name}.{f.name} has an option like {_say(check.any)}"
    return False, f"no option like {_say(check.any)} on {_say(check.field)} of {entities[0].name}"


def _grade_constraint(check: ConstraintCheck, spec: AppSpec) -> Result:
    found = [(e, f) for e in _entities(spec, check.entity) for f in _fields(e, check.field)]
    if not found:
        return False, f"no field like {_say(check.field)} on {_say(check.entity)}"
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


def _base_entity(base: AppSpec, name: str) -> Entity | None:
    return base.entity(name)


def _after_entity(spec: AppSpec, entity: Entity) -> Entity | None:
    return next((e for e in spec.entities if e.id == entity.id), None)


def _after_field(spec: AppSpec, base: AppSpec, entity_name: str, field_name: str) -> tuple[Entity | None, Field | None]:
    """The base field's successor in `spec`: same id, or the field that replaced it on a type change."""
    entity = base.entity(entity_name)
    if entity is None:
        return None, None
    after = _after_entity(spec, entity)
    field = entity.field(field_name)
    if after is None or field is None:
        return after, None
    ids = {field.id} | {a.replaced_by for a in spec.archive if a.kind == "field" and a.field and a.field.id == field.id}
    return after, next((f for f in after.fields if f.id in ids), None)


def _grade_renamed(check: RenamedCheck, spec: AppSpec, base: AppSpec) -> Result:
    entity = _base_entity(base, check.entity)
    if entity is None:
        return False, f"the base has no entity {check.entity!r}"
    if check.field is None:
        after = _after_entity(spec, entity)
        if after is None:
            return False, f"entity {check.entity} is gone (removed, not renamed)"
        ok = names_match((after.name, after.label), check.to)
        return ok, f"entity {check.entity} is now {after.name}" + ("" if ok else f", not {_say(check.to)}")
    after_entity, field = _after_field(spec, base, check.entity, check.field)
    if field is None:
        return False, f"field {check.entity}.{check.field} is gone (removed, not renamed)"
    ok = names_match((field.name, field.label), check.to)
    return ok, f"{check.entity}.{check.field} is now {field.name}" + ("" if ok else f", not {_say(check.to)}")


def _grade_removed(check: RemovedCheck, spec: AppSpec, base: AppSpec) -> Result:
    entity = _base_entity(base, check.entity)
    if entity is None:
        return False, f"the base has no entity {check.entity!r}"
    after = _after_entity(spec, entity)
    if check.field is None:
        ok = after is None
        return ok, f"entity {check.entity} " + ("is removed" if ok else f"is still there as {after.name}")
    if after is None:
        return True, f"entity {check.entity} and its fields are removed"
    _, field = _after_field(spec, base, check.entity, check.field)
    if field is None:
        field = after.field(check.field)
    ok = field is None
    return ok, f"{check.entity}.{check.field} " + ("is removed" if ok else f"is still there as {field.name}")


def _grade_type_changed(check: TypeChangedCheck, spec: AppSpec, base: AppSpec) -> Result:
    after, field = _after_field(spec, base, check.entity, check.field)
    if after is not None and field is None:
        field = after.field(check.field)
    if field is None:
        return False, f"field {check.entity}.{check.field} is gone"
    ok = type_matches(check.type, field.type)
    return ok, f"{check.entity}.{check.field} is {field.type.value}" + ("" if ok else f", not {check.type}")


def _mentions(case: Case) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]], bool, bool]:
    """What the other checks of a case ask to change: entities, fields, permission rules, theme and access."""
    entities: set[str] = set()
    fields: set[tuple[str, str]] = set()
    rules: set[tuple[str, str]] = set()
    theme = access = False
    for c in case.checks:
        if c.kind in ("renamed", "removed") and c.field is None:
            entities.add(norm(c.entity))
        elif c.kind in ("renamed", "removed", "type_changed"):
            fields.add((norm(c.entity), norm(c.field)))
        elif c.kind in ("option", "constraint"):
            for e in c.entity:
                for f in c.field or ["*"]:
                    fields.add((norm(e), norm(f) if f != "*" else "*"))
        elif c.kind == "permission":
            rules |= {(norm(e), c.action) for e in c.entity}
        elif c.kind == "theme":
            theme = True
        elif c.kind == "access":
            access = True
    return entities, fields, rules, theme, access


def _field_settings(f: Field, renamed: dict[str, str] | None = None) -> dict[str, Any]:
    data = f.model_dump(exclude={"label", "help", "id"})
    if renamed and data.get("target") in renamed:
        data["target"] = renamed[data["target"]]
    return data


def _grade_unchanged(check: UnchangedCheck, spec: AppSpec, base: AppSpec, case: Case) -> Result:
    """Every part of the base that no other check of the case names is still there, as it was."""
    entities, fields, rules, theme, access = _mentions(case)
    stray: list[str] = []
    # Renames the case asks for carry into references and views; follow them before comparing.
    renamed = {e.name: a.name for e in base.entities if (a := _after_entity(spec, e)) is not None}
    for entity in base.entities:
        if norm(entity.name) in entities:
            continue
        after = _after_entity(spec, entity)
        if after is None or after.name != entity.name:
            stray.append(f"entity {entity.name} " + ("was removed" if after is None else f"became {after.name}"))
            continue
        for field in entity.fields:
            key = norm(entity.name)
            if (key, norm(field.name)) in fields or (key, "*") in fields:
                continue
            now = next((f for f in after.fields if f.id == field.id), None)
            if now is None:
                stray.append(f"field {entity.name}.{field.name} was removed")
            elif _field_settings(now) != _field_settings(field, renamed):
                stray.append(f"field {entity.name}.{field.name} was changed")
    for view in base.views:
        now = spec.view(view.name)
        touched = {norm(e) for e in _view_entities(view)} & entities
        if touched:
            continue
        if now is None:
            stray.append(f"view {view.name} was removed")
            continue
        if now.type != view.type or now.entity != renamed.get(view.entity or "", view.entity):
            stray.append(f"view {view.name} was changed")
            continue
        ids = {w.id for w in now.widgets}
        lost = [w.title for w in view.widgets if w.id not in ids]
        if lost:
            stray.append(f"widget {lost[0]!r} of {view.name} was removed")
    roles = {r.name for r in spec.roles}
    stray += [f"role {r.name} was removed" for r in base.roles if r.name not in roles]
    for rule in base.permissions:
        if (norm(rule.entity), rule.action) in rules or norm(rule.entity) in entities:
            continue
        if rule not in spec.permissions:
            stray.append(f"the {rule.action} rule of {rule.entity} was changed")
    if not theme and spec.theme != base.theme:
        stray.append("the theme was changed")
    if not access and spec.auth.access != base.auth.access:
        stray.append("the access mode was changed")
    if stray:
        return False, "; ".join(stray[:4])
    return True, "nothing else was touched"


def _grade_no_change(check: NoChangeCheck, spec: AppSpec, base: AppSpec) -> Result:
    if spec.model_dump() == base.model_dump():
        return True, "the spec is unchanged"
    before, after = base.model_dump(), spec.model_dump()
    changed = [k for k in after if after[k] != before.get(k)]
    return False, f"nothing was asked, but {', '.join(changed)} changed"


_GRADERS: dict[str, Any] = {
    "entity": _grade_entity,
    "field": _grade_field,
    "relation": _grade_relation,
    "view": _grade_view,
    "widget": _grade_widget,
    "role": _grade_role,
    "permission": _grade_permission,
    "access": _grade_access,
    "theme": _grade_theme,
    "option": _grade_option,
    "constraint": _grade_constraint,
    "renamed": _grade_renamed,
    "removed": _grade_removed,
    "type_changed": _grade_type_changed,
    "unchanged": _grade_unchanged,
    "no_change": _grade_no_change,
}
assert set(_GRADERS) == set(CHECK_KINDS)
