"""The data panel: each entity's rows, to browse, search, add, edit and delete, and CSV import and export.

Every write goes through `Records`, so the studio obeys exactly the rules a form or the API of the app obeys
(types, options, bounds, required, unique, references), and refusals come back per field. CSV is the runtime's own
(appforge.runtime.csvio): the same columns, the same formula defusing, imports all or nothing. Image and file
fields are shown but uploaded in the app itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from appforge.runtime.csvio import EXPORT_PAGE, ImportProblems, import_rows, read_import, write_csv
from appforge.runtime.pages.forms import input_value
from appforge.runtime.records import RecordInvalid, Records
from appforge.spec.model import READ_ONLY_TYPES, Entity, Field, FieldType
from appforge.studio.chat import workspace
from appforge.studio.web import OwnedApp, StudioError, owned_app, render, studio_of

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25
SHOWN_COLUMNS = 6
NOT_EDITABLE = READ_ONLY_TYPES | {FieldType.image, FieldType.file}


def editable_fields(entity: Entity) -> list[Field]:
    return [f for f in entity.fields if f.type not in NOT_EDITABLE]


def read_values(entity: Entity, form: FormData) -> tuple[dict[str, Any], dict[str, Any]]:
    """(values for Records, values to show again) from a posted row form; Records names what does not fit."""
    values: dict[str, Any] = {}
    shown: dict[str, Any] = {}
    for f in editable_fields(entity):
        if f.type == FieldType.boolean:
            values[f.name] = shown[f.name] = f.name in form
        elif f.type in (FieldType.tags, FieldType.many_to_many):
            picked = [str(v) for v in form.getlist(f.name) if str(v)]
            shown[f.name] = picked
            values[f.name] = [int(v) for v in picked if v.isdigit()] if f.type == FieldType.many_to_many else picked
        else:
            raw = form.get(f.name, "")
            raw = "" if isinstance(raw, UploadFile) else str(raw)
            shown[f.name] = raw
            if f.type in (FieldType.reference, FieldType.user):
                values[f.name] = int(raw) if raw.strip().isdigit() else (None if raw.strip() == "" else raw)
            else:
                values[f.name] = raw
    return values, shown


def field_inputs(records: Records, entity: Entity, shown: dict[str, Any]) -> list[dict[str, Any]]:
    """What the row form needs per field: its kind of input, its value and, for lists, its choices."""
    inputs = []
    for f in editable_fields(entity):
        choices: list[tuple[str, str]] = []
        if f.type in (FieldType.choice, FieldType.tags):
            choices = [(o.value, o.value) for o in f.options]
        elif f.type in (FieldType.reference, FieldType.many_to_many) and f.target:
            choices = [(str(i), label) for i, label in records.choices(f.target, limit=200)]
        elif f.type == FieldType.user:
            choices = [(str(i), label) for i, label in records.user_choices()]
        inputs.append({"field": f, "value": shown.get(f.name), "choices": choices, "kind": _kind(f)})
    return inputs


def _kind(field: Field) -> str:
    return {
        FieldType.long_text: "textarea", FieldType.boolean: "checkbox", FieldType.choice: "select",
        FieldType.reference: "select", FieldType.user: "select", FieldType.tags: "checkboxes",
        FieldType.many_to_many: "multiselect", FieldType.integer: "number", FieldType.rating: "number",
        FieldType.decimal: "decimal", FieldType.money: "decimal", FieldType.date: "date",
        FieldType.datetime: "datetime-local", FieldType.time: "time", FieldType.email: "email",
        FieldType.url: "url", FieldType.phone: "tel",
    }.get(field.type, "text")


def display_rows(records: Records, entity: Entity, fields: list[Field], rows: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """Rows as text for the table: references by their label, lists joined, booleans as yes/no."""
    labels: dict[str, dict[int, str]] = {}
    for f in fields:
        if f.type in (FieldType.reference, FieldType.many_to_many) and f.target:
            ids: set[int] = set()
            for row in rows:
                value = row.get(f.name)
                ids.update(value if isinstance(value, list) else [value] if isinstance(value, int) else [])
            labels[f.name] = records.labels(f.target, sorted(ids))
    shown = []
    for row in rows:
        cells = []
        for f in fields:
            value = row.get(f.name)
            if value is None or value == []:
                text = ""
            elif f.name in labels:
                items = value if isinstance(value, list) else [value]
                text = ", ".join(labels[f.name].get(int(v), f"#{v}") for v in items)
            elif isinstance(value, bool):
                text = "yes" if value else "no"
            elif isinstance(value, list):
                text = ", ".join(str(v) for v in value)
            else:
                text = str(value)
            cells.append(text)
        shown.append({"id": row["id"], "cells": cells})
    return shown


def _done(name: str, entity: Entity, what: str, number: int) -> Response:
    """Post-redirect-get; the message is made from a word and a number, never text taken from the address."""
    return RedirectResponse(f"/apps/{name}/data/{entity.name}?" + urlencode({"done": what, "n": number}), 303)


def _flash(entity: Entity, params: Any) -> str | None:
    what, number = params.get("done"), params.get("n", "")
    if not number.isdigit():
        return None
    if what == "imported":
        return f"Imported {number} {entity.title.lower() if number == '1' else entity.plural_title.lower()}."
    if what in ("added", "saved", "deleted"):
        return f"{what.capitalize()} {entity.title.lower()} #{number}."
    return None


def _entity(app: OwnedApp, entity_name: str) -> Entity:
    entity = app.current.spec.entity(entity_name)
    if entity is None:
        raise StudioError(404, "No such entity", f"{app.title} has no {entity_name!r}.")
    return entity


def _table_page(request: Request, app: OwnedApp, entity: Entity, *, status: int = 200, editing: int | None = None,
                creating: bool = False, shown: dict[str, Any] | None = None, errors: dict[str, str] | None = None,
                problems: list[str] | None = None, flash: str | None = None) -> Response:
    studio = studio_of(request)
    records = studio.platform.records(app.name)
    q = request.query_params.get("q", "").strip()[:200]
    page_raw = request.query_params.get("page", "1")
    page = records.list(entity.name, search=q or None, page=int(page_raw) if page_raw.isdigit() else 1,
                        page_size=PAGE_SIZE)
    columns = [f for f in entity.fields if f.type not in (FieldType.created_at, FieldType.updated_at,
                                                          FieldType.created_by)][:SHOWN_COLUMNS]
    form = None
    if editing is not None or creating:
        if shown is None:
            row = records.get(entity.name, editing) if editing is not None else None
            if editing is not None and row is None:
                raise StudioError(404, "No such row", f"There is no {entity.title.lower()} #{editing}.")
            shown = ({f.name: input_value(f, row.get(f.name)) for f in editable_fields(entity)} if row is not None
                     else {f.name: input_value(f, f.default) for f in editable_fields(entity)})
        form = {"row": editing, "inputs": field_inputs(records, entity, shown), "errors": errors or {}}
    return render(request, "data.html", status, entity=entity, entities=app.current.spec.entities,
                  columns=columns, rows=display_rows(records, entity, columns, page.rows), page=page, q=q,
                  form=form, problems=problems or [], flash=flash or _flash(entity, request.query_params),
                  query=lambda **changes: "?" + urlencode({k: v for k, v in ({"q": q, **changes}).items() if v}),
                  **workspace(request, app, "data"))


@router.get("/apps/{name}/data")
def data_start(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    entities = app.current.spec.entities
    if entities:
        return RedirectResponse(f"/apps/{name}/data/{entities[0].name}", 303)
    return render(request, "data.html", entity=None, entities=[], **workspace(request, app, "data"))


@router.get("/apps/{name}/data/{entity_name}.csv")
def export_csv(request: Request, name: str, entity_name: str) -> Response:
    app = owned_app(request, name)
    entity = _entity(app, entity_name)
    records = studio_of(request).platform.records(name)

    def rows() -> Iterator[dict[str, Any]]:
        first = records.list(entity.name, page=1, page_size=EXPORT_PAGE)
        yield from first.rows
        for number in range(2, first.pages + 1):
            yield from records.list(entity.name, page=number, page_size=EXPORT_PAGE).rows

    return Response("".join(write_csv(entity, rows())), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}-{entity.name}.csv"'})


@router.get("/apps/{name}/data/{entity_name}")
def data_table(request: Request, name: str, entity_name: str, edit: int | None = None, new: bool = False
               ) -> Response:
    app = owned_app(request, name)
    return _table_page(request, app, _entity(app, entity_name), editing=edit, creating=new)


@router.post("/apps/{name}/data/{entity_name}/new")
async def create_row(request: Request, name: str, entity_name: str) -> Response:
    app = owned_app(request, name)
    entity = _entity(app, entity_name)
    values, shown = read_values(entity, await request.form())
    records = studio_of(request).platform.records(name)
    try:
        row = await run_in_threadpool(records.create, entity.name, values)
    except RecordInvalid as exc:
        return _table_page(request, app, entity, status=422, creating=True, shown=shown, errors=exc.errors)
    return _done(name, entity, "added", row["id"])


@router.post("/apps/{name}/data/{entity_name}/import")
async def import_csv(request: Request, name: str, entity_name: str) -> Response:
    app = owned_app(request, name)
    entity = _entity(app, entity_name)
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _table_page(request, app, entity, status=422, problems=["Choose a CSV file to import."])
    data = await upload.read()
    records = studio_of(request).platform.records(name)
    try:
        created = await run_in_threadpool(lambda: import_rows(records, entity, read_import(entity, data), None))
    except ImportProblems as exc:
        problems = [f"row {r}, field {f!r}: {m}" if f else f"row {r}: {m}" for r, f, m in exc.problems]
        return _table_page(request, app, entity, status=422, problems=problems)
    return _done(name, entity, "imported", len(created))


@router.post("/apps/{name}/data/{entity_name}/{row_id}")
async def update_row(request: Request, name: str, entity_name: str, row_id: int) -> Response:
    app = owned_app(request, name)
    entity = _entity(app, entity_name)
    values, shown = read_values(entity, await request.form())
    records = studio_of(request).platform.records(name)
    try:
        row = await run_in_threadpool(records.update, entity.name, row_id, values)
    except RecordInvalid as exc:
        return _table_page(request, app, entity, status=422, editing=row_id, shown=shown, errors=exc.errors)
    if row is None:
        raise StudioError(404, "No such row", f"There is no {entity.title.lower()} #{row_id}.")
    return _done(name, entity, "saved", row_id)


@router.post("/apps/{name}/data/{entity_name}/{row_id}/delete")
async def delete_row(request: Request, name: str, entity_name: str, row_id: int) -> Response:
    app = owned_app(request, name)
    entity = _entity(app, entity_name)
    records = studio_of(request).platform.records(name)
    if not await run_in_threadpool(records.delete, entity.name, row_id):
        raise StudioError(404, "No such row", f"There is no {entity.title.lower()} #{row_id}.")
    return _done(name, entity, "deleted", row_id)
