"""What the export's own test suite checks, worked out from the spec: the users it signs in as, how it makes valid
rows, the values each rule refuses, and the answer the permission rules give each kind of user for each action.

The expected answers come from appforge's own permission function (`appforge.runtime.permissions.grant`), so the
exported app is held to exactly the rules it had in appforge.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from appforge.export.code import string
from appforge.export.plan import AppPlan, EntityPlan, FieldPlan
from appforge.export.samples import VARIANTS, out_of_bounds, sample, wrong_types
from appforge.runtime.context import AppUser
from appforge.runtime.permissions import grant
from appforge.spec.validate import value_problem

ANSWERS = {"create": 201, "read": 200, "update": 200, "delete": 204}
NOT_AN_OPTION = "Not an option ✗"


@dataclass
class EntityTests:
    required: tuple[str, ...] = ()
    wrong_types: list[tuple[str, Any]] = field(default_factory=list)
    choices: list[tuple[str, Any]] = field(default_factory=list)
    out_of_bounds: list[tuple[str, Any]] = field(default_factory=list)
    permissions: list[tuple[str, str, int]] = field(default_factory=list)
    others_rows: list[tuple[str, str]] = field(default_factory=list)
    other_owner: str = "anonymous"
    creator: str | None = None
    reader: str | None = None
    updater: str | None = None
    deleter: str | None = None
    change: dict[str, Any] = field(default_factory=dict)
    unique: bool = False


@dataclass
class Suite:
    context: dict[str, Any]
    entity_tests: dict[str, EntityTests]
    factory_names: set[str]


def _json(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def checked_sample(f: FieldPlan) -> str | None:
    """The sample code of a field, when every variant of it is a value appforge itself accepts."""
    found = sample(f)
    if found is None:
        return None
    for n in (*range(1, VARIANTS + 1), 97, 1000):
        value = eval(found.code, {"dt": dt, "n": n})  # noqa: S307 - our own generated expression
        if f.kind not in ("image", "file") and value_problem(f.spec, _json(value)) is not None:
            return None
    return found.code


def _user(persona: str, number: int) -> AppUser | None:
    if persona == "anonymous":
        return None
    return AppUser(id=number, email=f"{persona}@example.com", name=persona, role=None if persona == "no_role" else persona)


def _answer(plan: AppPlan, entity: str, action: str, persona: str, number: int) -> tuple[int, bool]:
    user = _user(persona, number)
    if user is None and not plan.public:
        return 401, False
    granted = grant(plan.spec, user, entity, action)  # type: ignore[arg-type]
    if not granted.allowed:
        return (401 if user is None else 403), False
    return ANSWERS[action], granted.own_only


def suite_of(plan: AppPlan) -> Suite:
    personas = ["no_role", *[name for name, _ in plan.roles]]
    everyone = [*personas, "anonymous"]
    samples = {(e.name, f.name): checked_sample(f) for e in plan.entities for f in e.fields if f.is_column}
    makeable = _makeable(plan, samples)
    leaf = {e.name: makeable[e.name] and not any(f.kind in ("reference", "many_to_many") and f.required
                                                  for f in e.fields) for e in plan.entities}
    factory_lines: dict[str, list[str]] = {}
    payload_lines: dict[str, list[str]] = {}
    counts: dict[str, dict[str, bool]] = {}
    tests: dict[str, EntityTests] = {}
    for e in plan.entities:
        if not makeable[e.name]:
            continue
        factory, payload = _rows(e, samples, makeable, leaf)
        factory_lines[e.name], payload_lines[e.name] = factory, payload
        counts[e.name] = {"factory": _reads_n(factory), "payload": _reads_n(payload)}
        tests[e.name] = _entity_tests(plan, e, everyone, samples)
    page_persona = plan.spec.auth.owner_role or (plan.roles[0][0] if plan.roles else "no_role")
    form_entity, form_persona = None, None
    for e in plan.entities:
        creator = tests[e.name].creator if e.name in tests else None
        if creator is not None and creator != "anonymous" and not e.files:
            form_entity, form_persona = e, creator
            break
    factory_names = {"PASSWORD", "PERSONAS", "user_id", "headers_for", "same"}
    for e in plan.entities:
        if makeable[e.name]:
            factory_names |= {f"new_{e.name}", f"{e.name}_payload"}
    context = {
        "personas": tuple(personas), "makeable": makeable, "factory_lines": factory_lines,
        "payload_lines": payload_lines, "counts": counts, "makeable_any": any(makeable.values()),
        "page_persona": page_persona, "pages": _pages(plan, page_persona), "form_entity": form_entity,
        "form_persona": form_persona,
        "readable": {e.name: _answer(plan, e.name, "read", page_persona, 1)[0] == 200 for e in plan.entities},
    }
    return Suite(context=context, entity_tests=tests, factory_names=factory_names)


def _makeable(plan: AppPlan, samples: dict[tuple[str, str], str | None]) -> dict[str, bool]:
    """Which entities the tests can make a valid row of: every required field has a value to give."""
    makeable = {e.name: False for e in plan.entities}
    changed = True
    while changed:
        changed = False
        for e in plan.entities:
            if makeable[e.name]:
                continue
            ok = True
            for f in e.writable:
                if not f.required:
                    continue
                if f.kind in ("reference", "many_to_many"):
                    ok = ok and f.target != e.name and makeable.get(f.target or "", False)
                elif f.kind == "user":
                    continue
                elif samples.get((e.name, f.name)) is None:
                    ok = False
            if ok:
                makeable[e.name] = changed = True
    return makeable


def _rows(e: EntityPlan, samples: dict[tuple[str, str], str | None], makeable: dict[str, bool],
          leaf: dict[str, bool]) -> tuple[list[str], list[str]]:
    """The keyword arguments of the factory and the items of the API payload of an entity."""
    factory: list[str] = []
    payload: list[str] = []
    for f in e.writable:
        target_ok = f.target is not None and f.target != e.name and makeable.get(f.target, False) and (
            f.required or leaf.get(f.target, False))
        if f.kind == "reference":
            if target_ok:
                factory.append(f"{f.link_attr}=new_{f.target}(db)")
                payload.append(f"{string(f.name)}: new_{f.target}(db).id")
        elif f.kind == "many_to_many":
            if target_ok:
                factory.append(f"{f.attr}=[new_{f.target}(db)]")
                payload.append(f"{string(f.name)}: [new_{f.target}(db).id]")
        elif f.kind == "user":
            factory.append(f'{f.attr}=user_id(db, "no_role")')
            payload.append(f'{string(f.name)}: user_id(db, "no_role")')
        else:
            code = samples.get((e.name, f.name))
            if code is None:
                continue
            factory.append(f"{f.attr}={code}")
            if f.api_writable:
                json_code = f"({code}).isoformat()" if f.kind in ("date", "datetime", "time") else code
                payload.append(f"{string(f.name)}: {json_code}")
    return factory, payload


def _reads_n(lines: list[str]) -> bool:
    return any(re.search(r"\bn\b", line) for line in lines)


def _entity_tests(plan: AppPlan, e: EntityPlan, everyone: list[str], samples: dict[tuple[str, str], str | None]
                  ) -> EntityTests:
    tests = EntityTests()
    writable = e.api_writable
    tests.required = tuple(f.name for f in writable if f.required and (f.default is None or f.kind in (
        "tags", "many_to_many")))
    for f in writable:
        tests.wrong_types += [(f.name, value) for value in wrong_types(f)]
        tests.out_of_bounds += [(f.name, value) for value in out_of_bounds(f)]
        if f.kind == "choice":
            tests.choices.append((f.name, NOT_AN_OPTION))
        elif f.kind == "tags":
            tests.choices.append((f.name, [NOT_AN_OPTION]))
    answers: dict[tuple[str, str], tuple[int, bool]] = {}
    for action in ANSWERS:
        for number, persona in enumerate(everyone, start=1):
            answers[(action, persona)] = _answer(plan, e.name, action, persona, number)
            status, own_only = answers[(action, persona)]
            tests.permissions.append((action, persona, status))
            if own_only and action != "create":
                tests.others_rows.append((action, persona))

    def first_allowed(action: str) -> str | None:
        return next((p for p in everyone if answers[(action, p)][0] == ANSWERS[action]), None)

    tests.creator, tests.reader = first_allowed("create"), first_allowed("read")
    tests.updater, tests.deleter = first_allowed("update"), first_allowed("delete")
    for f in writable:
        code = samples.get((e.name, f.name))
        if code is not None and f.kind not in ("reference", "user", "many_to_many"):
            tests.change = {f.name: _json(eval(code, {"dt": dt, "n": 3}))}  # noqa: S307 - our own expression
            break
    tests.unique = any(f.unique and f.api_writable for f in e.fields)
    return tests


def _pages(plan: AppPlan, persona: str) -> list[tuple[str, int]]:
    def status(entity: str | None, action: str) -> int:
        if entity is None:
            return 200
        return 200 if _answer(plan, entity, action, persona, 1)[0] == ANSWERS[action] else 403

    pages: list[tuple[str, int]] = []
    for view in plan.views:
        entity = view.entity.name if view.entity else None
        pages.append((f"/v/{view.name}", status(entity, "create" if view.kind == "form" else "read")))
    home = plan.view(plan.home or "") or (plan.view(plan.nav[0]) if plan.nav else None)
    if home is None:
        pages.insert(0, ("/", 200))
    else:
        pages.insert(0, ("/", dict(pages)[f"/v/{home.name}"]))
    for e in plan.entities:
        pages.append((f"/e/{e.name}", status(e.name, "read")))
        pages.append((f"/e/{e.name}/new", status(e.name, "create")))
    return pages


