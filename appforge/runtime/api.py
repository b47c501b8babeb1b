"""The REST JSON API of one app, generated from its spec: typed routes per entity and an exact per-app OpenAPI.

For each entity the spec declares, `build_api_router(spec)` registers

    GET    /api/{entity}            list: ?q= search, ?page=, ?page_size=, ?sort=-price,name, filters ?field=value,
                                    ?field__gt=value (ops: ne lt le gt ge contains in empty)
    POST   /api/{entity}            create (201)
    GET    /api/{entity}/choices    ?q= -> [{id, label}] for reference pickers
    GET    /api/{entity}/{id}       one row
    PUT    /api/{entity}/{id}       replace every writable field
    PATCH  /api/{entity}/{id}       change the fields sent
    DELETE /api/{entity}/{id}       delete (204)

with Pydantic models made from the spec (`EntityModels`), so a malformed body is refused with 422 and field errors
before anything reaches the database, and the OpenAPI describes the app exactly. Every endpoint asks
`appforge.runtime.permissions.grant` first: 401 for a stranger who must sign in, 403 for a user whose role may
not, 404 for a row that does not exist or lies outside the user's own rows (the two are not told apart).
"""

import datetime as dt
import inspect
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import (
    AfterValidator,
    BaseModel,
    TypeAdapter,
    ValidationError,
)
from pydantic import (
    Field as PydanticField,
)
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from appforge.runtime.apimodels import (
    FILE_TYPES,
    ID_MAX,
    Choice,
    EntityModels,
    clean_text,
    entity_models,
)
from appforge.runtime.auth import ErrorMessage
from appforge.runtime.context import AppUser, app_context, current_user
from appforge.runtime.permissions import Grant, grant
from appforge.runtime.values import RecordInvalid
from appforge.spec.model import (
    DATE_TYPES,
    NUMERIC_TYPES,
    TEXTUAL_TYPES,
    Action,
    AppSpec,
    Entity,
    Field,
    FieldType,
    Filter,
    SortKey,
)

MAX_PAGE_SIZE = 500
LIST_PARAMS = frozenset({"q", "page", "page_size", "sort"})

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorMessage, "description": "Sign in first (session cookie or `Authorization: Bearer`)"},
    403: {"model": ErrorMessage, "description": "The user's role may not do this"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorMessage, "description": "No such row, or not one of the user's own rows"},
}


class ApiError(Exception):
    """Ends an API request with `{"detail": message}` and a status (401, 403, 404)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        return JSONResponse({"detail": self.message}, self.status, headers=headers)


def validation_error(errors: dict[str, str], where: str = "body") -> JSONResponse:
    """A 422 in FastAPI's own shape, for errors found after the body parsed (by `Records` or by hand)."""
    detail = [
        {"loc": [where, key] if key else [where], "msg": message, "type": "value_error"}
        for key, message in errors.items()
    ]
    return JSONResponse({"detail": detail}, 422)


# --- filters and sorting -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterParam:
    """One query parameter of a list endpoint: `key` in the URL, the field and operation it filters by."""

    key: str
    field: str
    op: str
    kind: Any


SUFFIX_OPS = {"eq": "eq", "ne": "ne", "lt": "lt", "le": "le", "gt": "gt", "ge": "ge", "contains": "contains",
              "in": "in", "empty": "empty"}


def _query_scalar(field: Field) -> Any:
    t = field.type
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user, FieldType.created_by):
        return int
    if t in (FieldType.decimal, FieldType.money):
        return Annotated[float, PydanticField(allow_inf_nan=False)]
    if t == FieldType.boolean:
        return bool
    if t == FieldType.date:
        return dt.date
    if t in (FieldType.datetime, FieldType.created_at, FieldType.updated_at):
        return dt.datetime
    if t == FieldType.time:
        return dt.time
    if t in (FieldType.choice, FieldType.tags):
        return Literal[tuple(o.value for o in field.options)]  # type: ignore[misc]
    return Annotated[str, AfterValidator(clean_text)]


def filter_params(entity: Entity) -> list[FilterParam]:
    """The filters a list endpoint takes, typed by field: `price__gt` only where `price` is a number, etc."""
    system = [
        Field(name="id", type=FieldType.integer),
        Field(name="created_at", type=FieldType.created_at),
        Field(name="updated_at", type=FieldType.updated_at),
        Field(name="created_by", type=FieldType.created_by),
    ]
    params: list[FilterParam] = []
    own = {f.name for f in entity.fields}
    for f in [s for s in system if s.name not in own] + list(entity.fields):
        t = f.type
        if t == FieldType.computed:
            continue
        scalar = _query_scalar(f)
        ops: list[str] = []
        if t in (FieldType.tags, FieldType.many_to_many):
            ops = ["contains", "empty"]
            scalar = scalar if t == FieldType.tags else int
        elif t in FILE_TYPES:
            ops = ["empty"]
        else:
            ops = ["eq", "ne", "empty"]
            if t in NUMERIC_TYPES or t in DATE_TYPES or t == FieldType.time or f.name == "id":
                ops += ["lt", "le", "gt", "ge"]
            if t in TEXTUAL_TYPES:
                ops.append("contains")
            if t == FieldType.choice:
                ops.append("in")
        for op in ops:
            if op == "eq":
                key = f.name if f.name not in LIST_PARAMS else f"{f.name}__eq"
            else:
                key = f"{f.name}__{op}"
            kind = bool if op == "empty" else (Annotated[str, AfterValidator(clean_text)] if op == "in" else scalar)
            params.append(FilterParam(key, f.name, op, kind))
    return params


def parse_sort(entity: Entity, text: str | None) -> list[SortKey] | str:
    """`-price,name` -> sort keys, or a message saying which key is wrong."""
    if not text:
        return []
    sortable = {"id", "created_at", "updated_at", "created_by"} | {
        f.name for f in entity.fields if f.type not in (FieldType.many_to_many, FieldType.computed)
    }
    keys: list[SortKey] = []
    for part in text.split(","):
        part = part.strip()
        desc = part.startswith("-")
        name = part.lstrip("-+")
        if name not in sortable:
            return (f"cannot sort {entity.name!r} by {name!r}; use field names separated by commas, "
                    f"'-' first for descending (fields: {', '.join(sorted(sortable))})")
        keys.append(SortKey(field=name, desc=desc))
    return keys


def filters_from(params: list[FilterParam], values: dict[str, Any]) -> list[Filter]:
    filters: list[Filter] = []
    for p in params:
        value = values.get(p.key)
        if value is None:
            continue
        if isinstance(value, (dt.date, dt.time)):
            value = value.isoformat()
        if p.op == "empty":
            filters.append(Filter(field=p.field, op="empty" if value else "not_empty"))
        elif p.op == "in":
            filters.append(Filter(field=p.field, op="in", value=[v.strip() for v in str(value).split(",") if v.strip()]))
        else:
            filters.append(Filter(field=p.field, op=p.op, value=value))
    return filters


# --- permission helpers --------------------------------------------------------------------------------------------


def require(request: Request, entity: Entity, action: Action) -> tuple[Grant, AppUser | None]:
    """The user's grant for `action` on `entity`, or ApiError 401 (stranger) / 403 (role may not)."""
    user = current_user(request)
    granted = grant(app_context(request).spec, user, entity.name, action)
    if not granted.allowed:
        if user is None:
            raise ApiError(401, f"Sign in to {action} {entity.plural_title.lower()}.")
        raise ApiError(403, f"Your role may not {action} {entity.plural_title.lower()}.")
    return granted, user


def _readable(request: Request, entity: Entity, row: dict[str, Any]) -> dict[str, Any]:
    """The row if the user may read it, else only its id (an update must not become a way to read)."""
    user = current_user(request)
    granted = grant(app_context(request).spec, user, entity.name, "read")
    if not granted.allowed:
        return {"id": row["id"]}
    if granted.own_only and (user is None or row.get("created_by") != user.id):
        return {"id": row["id"]}
    return row


def _not_found(entity: Entity, row_id: int) -> ApiError:
    return ApiError(404, f"There is no {entity.name} #{row_id} (or it is not yours to see).")


# --- the router ----------------------------------------------------------------------------------------------------


def build_api_router(spec: AppSpec) -> APIRouter:
    """Typed routes for every entity of `spec`; the CSV routes come from `appforge.runtime.csvio` first."""
    from appforge.runtime.csvio import add_csv_routes

    router = APIRouter(prefix="/api")
    for entity in spec.entities:
        models = entity_models(entity)
        params = filter_params(entity)
        add_csv_routes(router, entity, params)
        _add_entity_routes(router, entity, models, params)
    return router


def _guarded(func: Any) -> Any:
    """Turn ApiError and RecordInvalid raised inside an endpoint into their JSON answers."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ApiError as exc:
            return exc.response()
        except RecordInvalid as exc:
            return validation_error(dict(getattr(exc, "errors", None) or {"": str(exc)}))

    run.__name__ = func.__name__
    run.__doc__ = func.__doc__
    run.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    return run


def list_endpoint_signature(params: list[FilterParam]) -> list[inspect.Parameter]:
    kw = inspect.Parameter.KEYWORD_ONLY
    signature = [
        inspect.Parameter("request", kw, annotation=Request),
        inspect.Parameter("q", kw, annotation=Annotated[str | None, Query(
            description="Search the text of every row", max_length=200), AfterValidator(clean_text)], default=None),
        inspect.Parameter("page", kw, annotation=Annotated[int, Query(ge=1, le=10**6)], default=1),
        inspect.Parameter("page_size", kw, annotation=Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)], default=25),
        inspect.Parameter("sort", kw, annotation=Annotated[str | None, Query(
            description="Comma-separated field names, '-' first for descending: -price,name",
            max_length=500)], default=None),
    ]
    return signature


@lru_cache(maxsize=4096)
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def read_filters(request: Request, params: list[FilterParam]) -> dict[str, Any] | JSONResponse:
    """The filter values present in the query, typed; or a 422 naming the first that does not fit.

    Filters are read here rather than declared to FastAPI one by one: an entity has dozens of them, and FastAPI
    would validate every declared parameter on every request, present or not (most of a list request's time).
    `filter_openapi` still documents each of them.
    """
    values: dict[str, Any] = {}
    query = request.query_params
    for p in params:
        if p.key not in query:
            continue
        try:
            values[p.key] = _adapter(p.kind).validate_python(query[p.key])
        except ValidationError as exc:
            return validation_error({p.key: exc.errors()[0]["msg"]}, "query")
    return values


def filter_openapi(params: list[FilterParam]) -> dict[str, Any]:
    return {"parameters": [
        {"name": p.key, "in": "query", "required": False, "description": f"{p.field} {p.op}",
         "schema": _adapter(p.kind).json_schema()}
        for p in params
    ]}


def _add_entity_routes(router: APIRouter, entity: Entity, models: EntityModels, params: list[FilterParam]) -> None:
    base = f"/{entity.name}"
    tags: list[str | Any] = [entity.name]
    allowed_keys = LIST_PARAMS | {p.key for p in params}

    def choices(request: Request, q: Annotated[str | None, Query(max_length=200), AfterValidator(clean_text)] = None,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50) -> Any:
        granted, user = require(request, entity, "read")
        records = app_context(request).records
        return [{"id": int(_get(c, 0, "id")), "label": str(_get(c, 1, "label"))}
                for c in records.choices(entity.name, q or None, limit, owner_id=granted.owner_id(user))]

    router.add_api_route(f"{base}/choices", _guarded(choices), methods=["GET"], response_model=list[Choice],
                         tags=tags, operation_id=f"choices_{entity.name}",
                         summary=f"Pick {entity.plural_title.lower()}: id and label",
                         responses={**ERROR_RESPONSES})

    def list_rows(**values: Any) -> Any:
        request: Request = values["request"]
        unknown = sorted(set(request.query_params) - allowed_keys)
        if unknown:
            return validation_error({unknown[0]: f"{entity.name!r} has no filter {unknown[0]!r}; filters are "
                                     "field names, optionally with __ne, __lt, __le, __gt, __ge, __contains, __in "
                                     "or __empty"}, "query")
        granted, user = require(request, entity, "read")
        sort = parse_sort(entity, values.get("sort"))
        if isinstance(sort, str):
            return validation_error({"sort": sort}, "query")
        by_key = read_filters(request, params)
        if isinstance(by_key, JSONResponse):
            return by_key
        result = app_context(request).records.list(
            entity.name, search=values.get("q") or None, filters=filters_from(params, by_key), sort=sort,
            page=values["page"], page_size=values["page_size"], owner_id=granted.owner_id(user),
        )
        return {"rows": result.rows, "total": result.total, "page": result.page, "page_size": result.page_size,
                "pages": result.pages}

    list_rows.__signature__ = inspect.Signature(list_endpoint_signature(params))  # type: ignore[attr-defined]
    router.add_api_route(base, _guarded(list_rows), methods=["GET"], response_model=models.page, tags=tags,
                         operation_id=f"list_{entity.name}", summary=f"List {entity.plural_title.lower()}",
                         responses={**ERROR_RESPONSES}, openapi_extra=filter_openapi(params))

    def create_row(request: Request, body: Annotated[models.create, Body()]) -> Any:  # type: ignore[name-defined]
        require(request, entity, "create")
        user = current_user(request)
        values = body.model_dump(mode="json", exclude_unset=True)
        row = app_context(request).records.create(entity.name, values, user_id=user.id if user else None)
        return JSONResponse(_dump(models.output, _readable(request, entity, row)), 201)

    router.add_api_route(base, _guarded(create_row), methods=["POST"], status_code=201,
                         response_model=models.output, tags=tags, operation_id=f"create_{entity.name}",
                         summary=f"Add a {entity.title.lower()}", responses={**ERROR_RESPONSES})

    row_id_param = Annotated[int, PathParam()]

    def get_row(request: Request, row_id: row_id_param) -> Any:  # type: ignore[valid-type]
        granted, user = require(request, entity, "read")
        row = app_context(request).records.get(entity.name, row_id, owner_id=granted.owner_id(user))
        if row is None:
            raise _not_found(entity, row_id)
        return row

    router.add_api_route(f"{base}/{{row_id}}", _guarded(get_row), methods=["GET"], response_model=models.output,
                         tags=tags, operation_id=f"get_{entity.name}", summary=f"One {entity.title.lower()}",
                         responses={**ERROR_RESPONSES, **NOT_FOUND})

    def change(request: Request, row_id: int, values: dict[str, Any]) -> Any:
        granted, user = require(request, entity, "update")
        row = app_context(request).records.update(entity.name, row_id, values, owner_id=granted.owner_id(user))
        if row is None:
            raise _not_found(entity, row_id)
        if not isinstance(row, dict):
            row = app_context(request).records.get(entity.name, row_id) or {"id": row_id}
        return _readable(request, entity, row)

    def replace_row(request: Request, row_id: row_id_param,  # type: ignore[valid-type]
                    body: Annotated[models.create, Body()]) -> Any:  # type: ignore[name-defined]
        return change(request, row_id, body.model_dump(mode="json"))

    def update_row(request: Request, row_id: row_id_param,  # type: ignore[valid-type]
                   body: Annotated[models.update, Body()]) -> Any:  # type: ignore[name-defined]
        return change(request, row_id, body.model_dump(mode="json", exclude_unset=True))

    router.add_api_route(f"{base}/{{row_id}}", _guarded(replace_row), methods=["PUT"], response_model=models.output,
                         tags=tags, operation_id=f"replace_{entity.name}",
                         summary=f"Replace every field of a {entity.title.lower()}",
                         responses={**ERROR_RESPONSES, **NOT_FOUND})
    router.add_api_route(f"{base}/{{row_id}}", _guarded(update_row), methods=["PATCH"], response_model=models.output,
                         tags=tags, operation_id=f"update_{entity.name}",
                         summary=f"Change some fields of a {entity.title.lower()}",
                         responses={**ERROR_RESPONSES, **NOT_FOUND})

    def delete_row(request: Request, row_id: row_id_param) -> Any:  # type: ignore[valid-type]
        granted, user = require(request, entity, "delete")
        if not app_context(request).records.delete(entity.name, row_id, owner_id=granted.owner_id(user)):
            raise _not_found(entity, row_id)
        return Response(status_code=204)

    router.add_api_route(f"{base}/{{row_id}}", _guarded(delete_row), methods=["DELETE"], status_code=204, response_model=None,
                         response_class=Response, tags=tags, operation_id=f"delete_{entity.name}",
                         summary=f"Delete a {entity.title.lower()}", responses={**ERROR_RESPONSES, **NOT_FOUND})


def PathParam() -> Any:
    from fastapi import Path

    return Path(ge=1, le=ID_MAX, description="The row's id")


def _get(choice: Any, index: int, key: str) -> Any:
    if isinstance(choice, dict):
        return choice[key]
    if isinstance(choice, (tuple, list)):
        return choice[index]
    return getattr(choice, key)


def _dump(model: type[BaseModel], row: dict[str, Any]) -> Any:
    return model.model_validate(row).model_dump(mode="json")
