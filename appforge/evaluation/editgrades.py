"""Grading what an edit did to an app: the renames, removals and type changes it asked for, and everything else
left as it was (a change never touches what the message did not ask for).

The base app's entities and fields are followed to the edited app by their stable ids, so a rename is told from a
removal and a re-creation.
"""

from __future__ import annotations

from typing import Any

from appforge.evaluation.checklist import (
    Case,
    NoChangeCheck,
    RemovedCheck,
    RenamedCheck,
    TypeChangedCheck,
    UnchangedCheck,
    names_match,
    norm,
    type_matches,
)
from appforge.evaluation.grades import Result, say, view_entities
from appforge.spec.model import AppSpec, Entity, Field


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


def grade_renamed(check: RenamedCheck, spec: AppSpec, base: AppSpec) -> Result:
    entity = _base_entity(base, check.entity)
    if entity is None:
        return False, f"the base has no entity {check.entity!r}"
    if check.field is None:
        after = _after_entity(spec, entity)
        if after is None:
            return False, f"entity {check.entity} is gone (removed, not renamed)"
        ok = names_match((after.name, after.label), check.to)
        return ok, f"entity {check.entity} is now {after.name}" + ("" if ok else f", not {say(check.to)}")
    after_entity, field = _after_field(spec, base, check.entity, check.field)
    if field is None:
        return False, f"field {check.entity}.{check.field} is gone (removed, not renamed)"
    ok = names_match((field.name, field.label), check.to)
    return ok, f"{check.entity}.{check.field} is now {field.name}" + ("" if ok else f", not {say(check.to)}")


def grade_removed(check: RemovedCheck, spec: AppSpec, base: AppSpec) -> Result:
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


def grade_type_changed(check: TypeChangedCheck, spec: AppSpec, base: AppSpec) -> Result:
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


def grade_unchanged(check: UnchangedCheck, spec: AppSpec, base: AppSpec, case: Case) -> Result:
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
        touched = {norm(e) for e in view_entities(view)} & entities
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


def grade_no_change(check: NoChangeCheck, spec: AppSpec, base: AppSpec) -> Result:
    if spec.model_dump() == base.model_dump():
        return True, "the spec is unchanged"
    before, after = base.model_dump(), spec.model_dump()
    changed = [k for k in after if after[k] != before.get(k)]
    return False, f"nothing was asked, but {', '.join(changed)} changed"


