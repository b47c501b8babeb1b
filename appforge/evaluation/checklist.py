"""The benchmark's checklist: cases as data, each with the checks any sensible builder's answer passes.

A case is a message a person typed (a new app, or a change to a base app) and the checks that any sensible builder's
answer passes. Checks match names loosely (case, `_`/`-`/spaces and plurals are ignored; a field or entity matches by
its name or its label) and list synonyms, so that the score measures whether the asked-for thing is there, not whether
the model guessed our spelling. `scoring.score_case` grades a spec against them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from pydantic import Field as PydanticField

from appforge.spec.model import (
    AppSpec,
    FieldType,
    ViewType,
)

BASES_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "model" / "bases"
CASES_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "model" / "cases"

TYPE_CLASSES: dict[str, frozenset[FieldType]] = {
    "text": frozenset({FieldType.text, FieldType.long_text}),
    "number": frozenset({FieldType.integer, FieldType.decimal, FieldType.money, FieldType.rating}),
    "money": frozenset({FieldType.money}),
    "date": frozenset({FieldType.date, FieldType.datetime}),
    "time": frozenset({FieldType.time}),
    "boolean": frozenset({FieldType.boolean}),
    "choice": frozenset({FieldType.choice, FieldType.tags}),
    "contact": frozenset({FieldType.email, FieldType.url, FieldType.phone}),
    "email": frozenset({FieldType.email}),
    "url": frozenset({FieldType.url}),
    "phone": frozenset({FieldType.phone}),
    "media": frozenset({FieldType.image, FieldType.file}),
    "image": frozenset({FieldType.image}),
    "reference": frozenset({FieldType.reference, FieldType.many_to_many, FieldType.user}),
    "computed": frozenset({FieldType.computed}),
}
CHART_TYPES = frozenset({"bar", "line", "pie"})
PERIODS = frozenset({"day", "week", "month"})
# How far (Euclidean distance in RGB, 0-441) a colour may be from the asked one and still pass.
DEFAULT_COLOR_TOLERANCE = 80.0


def type_matches(wanted: str, actual: FieldType) -> bool:
    """Whether a field of type `actual` satisfies a check's type class (or exact type) `wanted`."""
    if wanted in TYPE_CLASSES:
        return actual in TYPE_CLASSES[wanted]
    return actual.value == wanted


def norm(name: str) -> str:
    """The loose form of a name: lower case, no separators, singular."""
    value = re.sub(r"[\s_\-./']+", "", name.lower())
    if value.endswith("ies") and len(value) > 4:
        return value[:-3] + "y"
    if value.endswith(("sses", "xes", "ches", "shes", "zes")):
        return value[:-2]
    if value.endswith("s") and not value.endswith(("ss", "us", "is")) and len(value) > 3:
        return value[:-1]
    return value


def names_match(candidates: Iterable[str | None], wanted: Iterable[str]) -> bool:
    have = {norm(c) for c in candidates if c}
    return any(norm(w) in have for w in wanted)


# ----------------------------------------------------------------------------------------------------------------
# Checks


class _Check(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _as_list(value: Any) -> Any:
    if isinstance(value, str):
        return [value]
    return value


class _Names(_Check):
    """Name lists may be given as one string."""

    @model_validator(mode="before")
    @classmethod
    def _lists(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for name, info in cls.model_fields.items():
            key = info.alias or name
            if key in data and "list[" in str(info.annotation):
                data[key] = _as_list(data[key])
        return data


def _check_type(value: str | None) -> str | None:
    if value is not None and value not in TYPE_CLASSES and value not in {t.value for t in FieldType}:
        raise ValueError(f"type {value!r} is neither a type class ({', '.join(TYPE_CLASSES)}) nor a field type")
    return value


class EntityCheck(_Names):
    kind: Literal["entity"]
    any: list[str] = PydanticField(min_length=1)


class FieldCheck(_Names):
    kind: Literal["field"]
    entity: list[str] = PydanticField(min_length=1)
    any: list[str] = PydanticField(min_length=1)
    type: str | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        return _check_type(value)


class RelationCheck(_Names):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    kind: Literal["relation"]
    from_: list[str] = PydanticField(alias="from", min_length=1)
    to: list[str] = PydanticField(min_length=1)


class ViewCheck(_Names):
    kind: Literal["view"]
    type: ViewType
    entity: list[str] | None = None


class WidgetCheck(_Names):
    kind: Literal["widget"]
    type: Literal["stat", "bar", "line", "pie", "chart"] | None = None
    entity: list[str] | None = None
    aggregate: Literal["count", "sum", "avg", "min", "max"] | None = None
    field: list[str] | None = None
    group_by: list[str] | None = None


class RoleCheck(_Names):
    kind: Literal["role"]
    any: list[str] = PydanticField(min_length=1)


class PermissionCheck(_Names):
    kind: Literal["permission"]
    entity: list[str] = PydanticField(min_length=1)
    action: Literal["read", "create", "update", "delete"]
    roles: list[str] | None = None
    own: bool | None = None


class AccessCheck(_Check):
    kind: Literal["access"]
    value: Literal["public", "signin"]


class ThemeCheck(_Check):
    kind: Literal["theme"]
    key: Literal["name", "primary", "background", "text", "accent", "dark", "font", "radius", "icon"]
    value: Any = None
    near: str | None = PydanticField(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    tolerance: float = DEFAULT_COLOR_TOLERANCE


class OptionCheck(_Names):
    kind: Literal["option"]
    entity: list[str] = PydanticField(min_length=1)
    field: list[str] | None = None
    any: list[str] = PydanticField(min_length=1)


class ConstraintCheck(_Names):
    kind: Literal["constraint"]
    entity: list[str] = PydanticField(min_length=1)
    field: list[str] = PydanticField(min_length=1)
    required: bool | None = None
    unique: bool | None = None
    min: float | str | None = None
    max: float | str | None = None


class RenamedCheck(_Names):
    kind: Literal["renamed"]
    entity: str
    field: str | None = None
    to: list[str] = PydanticField(min_length=1)


class RemovedCheck(_Check):
    kind: Literal["removed"]
    entity: str
    field: str | None = None


class TypeChangedCheck(_Check):
    kind: Literal["type_changed"]
    entity: str
    field: str
    type: str

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        return _check_type(value)


class UnchangedCheck(_Check):
    kind: Literal["unchanged"]


class NoChangeCheck(_Check):
    kind: Literal["no_change"]


Check = Annotated[
    EntityCheck | FieldCheck | RelationCheck | ViewCheck | WidgetCheck | RoleCheck | PermissionCheck | AccessCheck | ThemeCheck | OptionCheck | ConstraintCheck | RenamedCheck | RemovedCheck | TypeChangedCheck | UnchangedCheck | NoChangeCheck,
    PydanticField(discriminator="kind"),
]
EDIT_ONLY = frozenset({"renamed", "removed", "type_changed", "unchanged", "no_change"})
CHECK_KINDS: tuple[str, ...] = (
    "entity", "field", "relation", "view", "widget", "role", "permission", "access", "theme", "option",
    "constraint", "renamed", "removed", "type_changed", "unchanged", "no_change",
)


class Case(BaseModel):
    """One benchmark case: a message, for a new app (`create`) or applied to a base app (`edit`), and its checks."""

    model_config = ConfigDict(extra="forbid")

    id: str = PydanticField(pattern=r"^(create|edit)-\d{3,}$")
    kind: Literal["create", "edit"]
    split: Literal["dev", "heldout"]
    message: str = PydanticField(min_length=1)
    base: str | None = None
    checks: list[Check] = PydanticField(min_length=1)

    def model_post_init(self, __context: Any) -> None:
        if not self.id.startswith(self.kind + "-"):
            raise ValueError(f"id {self.id!r} does not start with its kind {self.kind!r}")
        if self.kind == "edit" and not self.base:
            raise ValueError("an edit case names its base app (base)")
        if self.kind == "create":
            if self.base is not None:
                raise ValueError("a create case has no base")
            edit_only = sorted({c.kind for c in self.checks} & EDIT_ONLY)
            if edit_only:
                raise ValueError(f"checks {', '.join(edit_only)} only apply to edit cases")
        kinds = [c.kind for c in self.checks]
        if "no_change" in kinds and len(kinds) > 1:
            raise ValueError("a no_change case has no other checks")


class CaseError(ValueError):
    """A case file that does not parse; the message names the file, the line and the case id."""


def load_cases(path_or_dir: str | Path = CASES_DIR, split: str | None = None) -> list[Case]:
    """Cases from one .jsonl file or every .jsonl file of a directory, optionally of one split."""
    path = Path(path_or_dir)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if split is not None and split not in ("dev", "heldout"):
        raise ValueError(f"split {split!r}: expected 'dev' or 'heldout'")
    cases: list[Case] = []
    for file in files:
        for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{file.name} line {lineno}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CaseError(f"{where}: not valid JSON: {exc.msg}") from None
            case_id = data.get("id", "?") if isinstance(data, dict) else "?"
            try:
                case = Case.model_validate(data)
            except ValidationError as exc:
                first = exc.errors()[0]
                loc = ".".join(str(p) for p in first["loc"]) or "case"
                msg = first["msg"].removeprefix("Value error, ")
                raise CaseError(f"{where}, case {case_id}: {loc}: {msg}") from None
            if split is None or case.split == split:
                cases.append(case)
    return cases


def load_base(name: str, bases_dir: str | Path = BASES_DIR) -> AppSpec:
    """The base app an edit case starts from, by file stem (`salon` -> bases/salon.json)."""
    path = Path(bases_dir) / f"{name}.json"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in Path(bases_dir).glob("*.json")))
        raise FileNotFoundError(f"no base app {name!r} in {bases_dir} (bases: {known})")
    return AppSpec.model_validate_json(path.read_text(encoding="utf-8"))
