"""The Pydantic models of one app's API, made from its spec: a row as returned, a create body, a partial update.

Kept apart from the routes (`api`) because they are the API's contract: a malformed body is refused with 422 and
field errors here, before anything reaches the database, and the OpenAPI document is generated from them.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Strict, create_model
from pydantic import Field as PydanticField
from pydantic_core import PydanticCustomError

from appforge.spec.model import NUMERIC_TYPES, READ_ONLY_TYPES, TEXTUAL_TYPES, Entity, Field, FieldType
from appforge.spec.validate import value_problem

# The widest whole numbers every backend stores (PostgreSQL BIGINT, SQLite INTEGER).
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
ID_MAX = 2**63 - 1
# Uploads go through the pages (multipart forms) for now; the API shows their stored names read-only.
FILE_TYPES = frozenset({FieldType.image, FieldType.file})
SYSTEM_OUTPUT: dict[str, Any] = {"id": int, "created_at": str | None, "updated_at": str | None,
                                 "created_by": int | None}


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def clean_text(value: Any) -> Any:
    """Text every database stores as given: no NUL characters, valid UTF-8 (no lone surrogates)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise PydanticCustomError("value_error", "must not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PydanticCustomError("value_error", "must be valid Unicode text") from None
    elif isinstance(value, list):
        for item in value:
            clean_text(item)
    return value


def _fits(field: Field) -> AfterValidator:
    """The spec's own rule (`value_problem`): patterns, email and web address forms, date bounds."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        plain = value.isoformat() if isinstance(value, (dt.date, dt.time)) else value
        problem = value_problem(field, plain)
        if problem:
            raise PydanticCustomError("value_error", problem)
        return value

    return AfterValidator(check)


def input_type(field: Field) -> Any:
    """The Pydantic type of a value a client may send for `field` (None for fields a client never sends)."""
    t = field.type
    text_bounds: dict[str, Any] = {}
    if t in TEXTUAL_TYPES:
        if field.min is not None:
            text_bounds["min_length"] = int(float(field.min))
        if field.max is not None:
            text_bounds["max_length"] = int(float(field.max))
    number_bounds: dict[str, Any] = {}
    if t in NUMERIC_TYPES:
        if field.min is not None:
            number_bounds["ge"] = float(field.min) if t in (FieldType.decimal, FieldType.money) else int(float(field.min))
        if field.max is not None:
            number_bounds["le"] = float(field.max) if t in (FieldType.decimal, FieldType.money) else int(float(field.max))
    if t in TEXTUAL_TYPES:
        extra: dict[str, Any] = {}
        if t == FieldType.email:
            extra = {"format": "email"}
        elif t == FieldType.url:
            extra = {"pattern": r"^https?://[^\s]+$"}
        elif t == FieldType.phone:
            extra = {"pattern": r"^\+?[0-9 ()./-]{3,30}$"}
        elif field.pattern:
            extra = {"pattern": field.pattern}
        return Annotated[str, Strict(), PydanticField(json_schema_extra=extra or None, **text_bounds),
                         AfterValidator(clean_text), _fits(field)]
    if t in (FieldType.integer, FieldType.rating):
        if t == FieldType.rating:
            number_bounds = {"ge": max(1, number_bounds.get("ge", 1)), "le": min(5, number_bounds.get("le", 5))}
        number_bounds.setdefault("ge", INT_MIN)
        number_bounds.setdefault("le", INT_MAX)
        return Annotated[int, Strict(), PydanticField(**number_bounds)]
    if t in (FieldType.decimal, FieldType.money):
        return Annotated[float, Strict(), PydanticField(allow_inf_nan=False, **number_bounds), _fits(field)]
    if t == FieldType.boolean:
        return Annotated[bool, Strict()]
    if t == FieldType.date:
        return Annotated[dt.date, _fits(field)]
    if t == FieldType.datetime:
        return Annotated[dt.datetime, _fits(field)]
    if t == FieldType.time:
        return dt.time
    if t == FieldType.choice:
        return Literal[tuple(o.value for o in field.options)]  # type: ignore[misc]
    if t == FieldType.tags:
        return list[Literal[tuple(o.value for o in field.options)]]  # type: ignore[misc]
    if t in (FieldType.reference, FieldType.user):
        return Annotated[int, Strict(), PydanticField(ge=1, le=ID_MAX)]
    if t == FieldType.many_to_many:
        return list[Annotated[int, Strict(), PydanticField(ge=1, le=ID_MAX)]]
    return None


def output_type(field: Field) -> Any:
    t = field.type
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user, FieldType.created_by):
        return int
    if t in (FieldType.decimal, FieldType.money):
        return float
    if t == FieldType.boolean:
        return bool
    if t == FieldType.tags:
        return list[str]
    if t == FieldType.many_to_many:
        return list[int]
    if t == FieldType.computed:
        return Any
    return str


def writable_fields(entity: Entity) -> list[Field]:
    """Fields a client sets through the API (not computed, not kept by the runtime, not uploads)."""
    return [f for f in entity.fields if f.type not in READ_ONLY_TYPES and f.type not in FILE_TYPES]


@dataclass(frozen=True)
class EntityModels:
    output: type[BaseModel]
    create: type[BaseModel]
    update: type[BaseModel]
    page: type[BaseModel]


def entity_models(entity: Entity) -> EntityModels:
    """Pydantic models of an entity: a row as the API returns it, a create body and a partial update body."""
    name = camel(entity.name)
    out_fields: dict[str, Any] = {key: (kind, None) if key != "id" else (kind, ...)
                                  for key, kind in SYSTEM_OUTPUT.items()}
    for f in entity.fields:
        if f.name not in out_fields:
            out_fields[f.name] = (output_type(f) | None, PydanticField(None, title=f.title, description=f.help))
    output = create_model(name, __config__=ConfigDict(extra="ignore"), **out_fields)

    create_fields: dict[str, Any] = {}
    update_fields: dict[str, Any] = {}
    for f in writable_fields(entity):
        kind = input_type(f)
        if kind is None:
            continue
        described = {"title": f.title, "description": f.help}
        if f.required:
            # Required text must not be empty; `null` is refused for a required field everywhere.
            if f.type in TEXTUAL_TYPES and f.min is None:
                kind = Annotated[kind, PydanticField(min_length=1)]
            if f.default is None:
                create_fields[f.name] = (kind, PydanticField(..., **described))
            else:
                create_fields[f.name] = (kind, PydanticField(f.default, **described))
            update_fields[f.name] = (kind, PydanticField(None, **described))
        else:
            create_fields[f.name] = (kind | None, PydanticField(f.default, **described))
            update_fields[f.name] = (kind | None, PydanticField(None, **described))
    forbid = ConfigDict(extra="forbid")
    create = create_model(f"{name}Create", __config__=forbid, **create_fields)
    update = create_model(f"{name}Update", __config__=forbid, **update_fields)
    page = create_model(f"{name}Page", rows=(list[output], ...), total=(int, ...), page=(int, ...),  # type: ignore[valid-type]
                        page_size=(int, ...), pages=(int, ...))
    return EntityModels(output, create, update, page)


class Choice(BaseModel):
    id: int
    label: str
