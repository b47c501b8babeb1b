"""CSV export and import per entity, over the API:

    GET  /api/{entity}.csv  (also /api/{entity}/export.csv)   every row the user may read; same q/sort/filters as
                                                              the list endpoint
    POST /api/{entity}/import                                 multipart `file`: a CSV whose header names fields

The header row is field names. An import goes through `Records.create` row by row, so it obeys exactly the rules a
form or the API obeys, and it is all or nothing: when any row is refused, the rows already added are taken out
again and the answer lists every problem by its spreadsheet row number (the header is row 1).

A cell that starts with = + - @ (or a tab or carriage return) is exported with a leading `'`, so a spreadsheet
shows it as text instead of running it as a formula; import removes that quote again, so export -> import gives
back the same values.
"""

import csv
import inspect
import io
import re
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, File, UploadFile
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from appforge.runtime.context import app_context, current_user
from appforge.runtime.values import RecordInvalid
from appforge.spec.model import READ_ONLY_TYPES, Entity, Field, FieldType

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000
EXPORT_PAGE = 500
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
TRUE_WORDS = frozenset({"true", "yes", "y", "1"})
FALSE_WORDS = frozenset({"false", "no", "n", "0"})
SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "created_by")


class ImportResult(BaseModel):
    created: int
    ids: list[int]


def defuse(text: str) -> str:
    """`=1+1` -> `'=1+1`: a spreadsheet shows the text instead of running a formula."""
    return "'" + text if _FORMULA.match(text) else text


def undefuse(text: str) -> str:
    return text[1:] if _QUOTED_FORMULA.match(text) else text


def export_columns(entity: Entity) -> list[str]:
    names = [f.name for f in entity.fields]
    return ["id"] + names + [c for c in SYSTEM_COLUMNS[1:] if c not in names]


def cell(value: Any) -> str:
    """A row value (see docs/architecture.md) as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return defuse(", ".join(str(v) for v in value))
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return defuse(str(value))


def write_csv(entity: Entity, rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    columns = export_columns(entity)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def import_value(field: Field, text: str) -> Any:
    """A CSV cell as the value `Records.create` expects; text that does not convert is passed on as it is, so the
    record's own validation names the problem in the same words a form would."""
    t = field.type
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user):
        return int(text) if _INTEGER.match(text) else text
    if t in (FieldType.decimal, FieldType.money):
        return float(text) if _NUMBER.match(text) else text
    if t == FieldType.boolean:
        lower = text.lower()
        return True if lower in TRUE_WORDS else False if lower in FALSE_WORDS else text
    if t == FieldType.tags:
        return [part.strip() for part in text.split(",") if part.strip()]
    if t == FieldType.many_to_many:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        return [int(p) if _INTEGER.match(p) else p for p in parts]
    return text


class ImportProblems(Exception):
    def __init__(self, problems: list[tuple[int, str, str]]) -> None:
        super().__init__("; ".join(f"row {r}, field {f!r}: {m}" if f else f"row {r}: {m}" for r, f, m in problems))
        self.problems = problems

    def response(self) -> JSONResponse:
        detail = []
        for row, field, message in self.problems:
            text = f"row {row}, field {field!r}: {message}" if field else f"row {row}: {message}"
            detail.append({"loc": ["body", "file", row] + ([field] if field else []), "msg": text,
                           "type": "value_error"})
        return JSONResponse({"detail": detail}, 422)


def read_import(entity: Entity, data: bytes) -> list[tuple[int, dict[str, Any]]]:
    """(row number, values) per data row, or ImportProblems for a file that is not a CSV of this entity."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblems([(1, "", f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblems([(1, "", "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again")]) from None
    if "\x00" in text:
        raise ImportProblems([(1, "", "the file contains NUL characters; it is not a CSV text file")])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblems([(1, "", "the file is empty; the first row must name the fields")]) from None
    except csv.Error as exc:
        raise ImportProblems([(1, "", f"not a readable CSV: {exc}")]) from None
    header = [h.strip() for h in header]
    fields = {f.name: f for f in entity.fields}
    problems: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    skip = set(SYSTEM_COLUMNS) | {f.name for f in entity.fields
                                  if f.type in READ_ONLY_TYPES or f.type in (FieldType.image, FieldType.file)}
    for name in header:
        if name in seen:
            problems.append((1, name, "this column appears twice"))
        seen.add(name)
        if name not in fields and name not in skip:
            problems.append((1, name, f"{entity.name!r} has no field {name!r} "
                                      f"(fields: {', '.join(fields) or 'none'})"))
    if problems:
        raise ImportProblems(problems)
    rows: list[tuple[int, dict[str, Any]]] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append((number, "", f"has {len(cells)} cells but the header names {len(header)} columns"))
                continue
            values: dict[str, Any] = {}
            for name, raw in zip(header, cells, strict=False):
                if name in skip or raw == "":
                    continue
                values[name] = import_value(fields[name], undefuse(raw))
            rows.append((number, values))
            if len(rows) > MAX_IMPORT_ROWS:
                raise ImportProblems([(number, "", f"more than {MAX_IMPORT_ROWS} rows; split the file")])
    except csv.Error as exc:
        raise ImportProblems([(reader.line_num, "", f"not a readable CSV: {exc}")]) from None
    if problems:
        raise ImportProblems(problems)
    return rows


def import_rows(records: Any, entity: Entity, rows: list[tuple[int, dict[str, Any]]], user_id: int | None
                ) -> list[int]:
    """Create every row, or none: on any refusal, delete what was created and raise ImportProblems."""
    created: list[int] = []
    problems: list[tuple[int, str, str]] = []
    try:
        for number, values in rows:
            try:
                row = records.create(entity.name, values, user_id=user_id)
            except RecordInvalid as exc:
                errors = dict(getattr(exc, "errors", None) or {"": str(exc)})
                problems.extend((number, field, message) for field, message in errors.items())
            else:
                created.append(row["id"])
    finally:
        if problems or len(created) < len(rows):
            for row_id in reversed(created):
                records.delete(entity.name, row_id, owner_id=None)
    if problems:
        raise ImportProblems(problems)
    return created


def add_csv_routes(router: APIRouter, entity: Entity, params: list[Any]) -> None:
    """Export and import routes of `entity` (registered before `/{entity}/{id}` so their paths win)."""
    from appforge.runtime.api import (
        ERROR_RESPONSES,
        ApiError,
        _guarded,
        filter_openapi,
        filters_from,
        list_endpoint_signature,
        parse_sort,
        read_filters,
        require,
        validation_error,
    )

    tags: list[Any] = [entity.name]

    def export(**values: Any) -> Response:
        request: Request = values["request"]
        try:
            granted, user = require(request, entity, "read")
        except ApiError as exc:
            return exc.response()
        sort = parse_sort(entity, values.get("sort"))
        if isinstance(sort, str):
            return validation_error({"sort": sort}, "query")
        by_key = read_filters(request, params)
        if isinstance(by_key, JSONResponse):
            return by_key
        filters = filters_from(params, by_key)
        records = app_context(request).records
        owner_id = granted.owner_id(user)

        first = records.list(entity.name, search=values.get("q") or None, filters=filters, sort=sort, page=1,
                             page_size=EXPORT_PAGE, owner_id=owner_id)

        def rows() -> Iterator[dict[str, Any]]:
            yield from first.rows
            for number in range(2, first.pages + 1):
                yield from records.list(entity.name, search=values.get("q") or None, filters=filters, sort=sort,
                                        page=number, page_size=EXPORT_PAGE, owner_id=owner_id).rows

        body = "".join(write_csv(entity, rows()))
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{entity.name}.csv"'})

    signature = [p for p in list_endpoint_signature(params) if p.name not in ("page", "page_size")]
    export.__signature__ = inspect.Signature(signature)  # type: ignore[attr-defined]
    csv_response = {200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                          "description": "The rows as CSV; the header row names the fields"}}
    for path, op in ((f"/{entity.name}.csv", f"export_{entity.name}_csv"),
                     (f"/{entity.name}/export.csv", f"export_{entity.name}")):
        router.add_api_route(path, _guarded(export), methods=["GET"], response_class=Response, tags=tags, operation_id=op,
                             summary=f"Export {entity.plural_title.lower()} as CSV",
                             responses={**csv_response, **ERROR_RESPONSES}, openapi_extra=filter_openapi(params))

    def import_csv(request: Request, file: UploadFile = File(description="A CSV file; the header names fields")
                   ) -> Any:
        try:
            require(request, entity, "create")
        except ApiError as exc:
            return exc.response()
        data = file.file.read(MAX_IMPORT_BYTES + 1)
        user = current_user(request)
        try:
            rows = read_import(entity, data)
            created = import_rows(app_context(request).records, entity, rows, user.id if user else None)
        except ImportProblems as exc:
            return exc.response()
        return JSONResponse({"created": len(created), "ids": created}, 201)

    router.add_api_route(f"/{entity.name}/import", import_csv, methods=["POST"], status_code=201, tags=tags,
                         operation_id=f"import_{entity.name}", response_model=ImportResult,
                         summary=f"Import {entity.plural_title.lower()} from CSV (all or nothing)",
                         responses={**ERROR_RESPONSES})

