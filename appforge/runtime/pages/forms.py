"""Forms: the right input for every field type, reading a posted form into values for `Records`, uploads, and
create / update / delete with post-redirect-get. Invalid input re-renders the form with each error beside its
field and what was typed kept, with status 422; nothing is stored."""

from __future__ import annotations

import mimetypes
import re
import secrets
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from appforge.runtime.pages.common import Ctx, PageError, page, redirect, safe_next, writable_fields
from appforge.runtime.values import RecordInvalid
from appforge.spec.model import Entity, Field, FieldType, View

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".webp": "image/webp", ".avif": "image/avif"}
STORED_NAME = re.compile(r"^[0-9a-f]{16}-[A-Za-z0-9._-]{1,100}$")


class UploadProblem(ValueError):
    pass


def uploads_dir(ctx: Ctx) -> Path:
    """<data_dir>/uploads/<app>/ — the platform's data folder when it has one, else the settings'."""
    platform = ctx.app.platform
    data_dir = getattr(platform, "data_dir", None)
    if data_dir is None and getattr(platform, "settings", None) is not None:
        data_dir = getattr(platform.settings, "data_dir", None)
    if data_dir is None:
        from appforge.settings import get_settings

        data_dir = get_settings().data_dir
    return Path(data_dir) / "uploads" / ctx.app.name


async def save_upload(ctx: Ctx, field: Field, upload: UploadFile) -> str:
    """Store an uploaded file under a fresh name and return that name (what the row keeps)."""
    original = Path(upload.filename or "file").name
    suffix = Path(original).suffix.lower()
    if field.type == FieldType.image and suffix not in IMAGE_TYPES:
        raise UploadProblem("must be an image (PNG, JPEG, GIF, WebP or AVIF)")
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", original).strip("._")[-80:] or "file"
    name = f"{secrets.token_hex(8)}-{clean}"
    folder = uploads_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    path = folder / name
    with path.open("wb") as out:
        while chunk := await upload.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                out.close()
                path.unlink(missing_ok=True)
                raise UploadProblem(f"is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
            out.write(chunk)
    return name


def serve_upload(ctx: Ctx, name: str) -> Response:
    """A stored file: images inline, anything else as a download, never sniffed into HTML."""
    if not STORED_NAME.match(name):
        raise PageError(404, "Not found", "There is no such file.")
    path = uploads_dir(ctx) / name
    if not path.is_file():
        raise PageError(404, "Not found", "There is no such file.")
    suffix = path.suffix.lower()
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=3600",
               "Content-Security-Policy": "default-src 'none'; sandbox"}
    if suffix in IMAGE_TYPES:
        return FileResponse(path, media_type=IMAGE_TYPES[suffix], headers=headers)
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if media.startswith("text/") or "html" in media or "xml" in media or "javascript" in media:
        media = "application/octet-stream"
    return FileResponse(path, media_type=media, filename=name.split("-", 1)[1], headers=headers,
                        content_disposition_type="attachment")


def input_value(field: Field, value: Any) -> Any:
    """A stored value as an input shows it: dates trimmed for <input type=date|datetime-local|time>, ids as text."""
    if value is None:
        return [] if field.type in (FieldType.tags, FieldType.many_to_many) else ""
    if field.type == FieldType.datetime:
        return str(value)[:16]
    if field.type == FieldType.time:
        return str(value)[:5]
    if field.type == FieldType.date:
        return str(value)[:10]
    if field.type in (FieldType.tags, FieldType.many_to_many):
        items = value if isinstance(value, list) else [v for v in str(value).split(",") if v]
        return [str(v).strip() for v in items]
    if field.type in (FieldType.reference, FieldType.user):
        return str(value)
    if field.type == FieldType.boolean:
        return bool(value) and value not in ("false", "0", "off")
    return value


def initial_values(entity: Entity, fields: list[Field], params: dict[str, Any]) -> dict[str, Any]:
    """A new row's form: each field's default, or a value given in the query (?status=Done from a board)."""
    values = {}
    for field in fields:
        if field.name in params:
            raw = params[field.name]
            values[field.name] = input_value(field, raw.split(",") if field.type == FieldType.tags else raw)
        else:
            values[field.name] = input_value(field, field.default)
    return values


async def read_form(ctx: Ctx, fields: list[Field], request: Request, *, editing: bool
                    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """(values for Records, values to show again, upload errors) from a posted form."""
    form = await request.form()
    values: dict[str, Any] = {}
    shown: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in fields:
        name = f.name
        if f.type == FieldType.boolean:
            values[name] = shown[name] = name in form and form.get(name) not in ("", "off", "false")
        elif f.type == FieldType.tags:
            picked = [str(v) for v in form.getlist(name) if str(v)]
            values[name] = picked
            shown[name] = picked
        elif f.type == FieldType.many_to_many:
            picked = [str(v) for v in form.getlist(name) if str(v)]
            values[name] = [int(v) for v in picked if v.isdigit()]
            shown[name] = picked
        elif f.type in (FieldType.image, FieldType.file):
            upload = form.get(name)
            if isinstance(upload, UploadFile) and upload.filename:
                try:
                    values[name] = await save_upload(ctx, f, upload)
                except UploadProblem as exc:
                    errors[name] = str(exc)
            elif form.get(f"{name}__clear"):
                values[name] = None
            elif not editing:
                values[name] = None
        elif f.type in (FieldType.reference, FieldType.user):
            raw = str(form.get(name, "")).strip()
            values[name] = int(raw) if raw.isdigit() else (None if raw == "" else raw)
            shown[name] = raw
        else:
            raw = form.get(name, "")
            raw = "" if isinstance(raw, UploadFile) else str(raw)
            if f.type not in (FieldType.text, FieldType.long_text):
                raw = raw.strip()
            values[name] = raw
            shown[name] = raw
    return values, shown, errors


def form_fields(entity: Entity, view: View | None) -> list[Field]:
    return writable_fields(entity, view.fields if view else None)


def render_form(ctx: Ctx, request: Request, entity: Entity, fields: list[Field], *, action: str,
                values: dict[str, Any], errors: dict[str, str] | None = None, row: dict[str, Any] | None = None,
                heading: str, current: str, next_url: str | None, status_code: int = 200) -> Response:
    """The form page; reference and many-to-many inputs list the rows the user may read."""
    options: dict[str, list[tuple[Any, str]]] = {}
    for f in fields:
        if f.type in (FieldType.reference, FieldType.many_to_many) and f.target:
            options[f.name] = [(str(i), label) for i, label in ctx.choices(f.target, limit=500)]
        elif f.type == FieldType.user:
            lister = getattr(ctx.records, "user_choices", None)
            options[f.name] = [(str(i), label) for i, label in lister()] if lister else []
    errors = errors or {}
    general = [msg for key, msg in errors.items() if key not in {f.name for f in fields}]
    return page(
        request, "form.html", status_code=status_code, ctx=ctx, entity=entity, fields=fields, action=action,
        values=values, errors=errors, general_errors=general, row=row, heading=heading, current=current,
        options=options, next_url=next_url,
        multipart=any(f.type in (FieldType.image, FieldType.file) for f in fields),
    )


def _row_label(entity: Entity, row: dict[str, Any]) -> str:
    value = row.get(entity.display())
    return str(value) if value not in (None, "") else f"#{row.get('id')}"


async def create(ctx: Ctx, request: Request, entity: Entity, view: View | None, *, action: str, current: str
                 ) -> Response:
    ctx.require(entity.name, "create")
    fields = form_fields(entity, view)
    next_url = (await request.form()).get("next")
    values, shown, errors = await read_form(ctx, fields, request, editing=False)
    heading = view.heading if view else f"New {entity.title.lower()}"
    if not errors:
        try:
            row = ctx.records.create(entity.name, values, user_id=ctx.user.id if ctx.user else None)
        except RecordInvalid as exc:
            errors = dict(getattr(exc, "errors", {}) or {"": str(exc)})
        else:
            label = _row_label(entity, row)
            fallback = (f"/e/{entity.name}/{row['id']}" if ctx.can(entity.name, "read")
                        else (action if view else "/"))
            return redirect(safe_next(str(next_url or ""), fallback), f"Added {entity.title.lower()} “{label}”.")
    return render_form(ctx, request, entity, fields, action=action, values=shown, errors=errors,
                       heading=heading, current=current, next_url=str(next_url or "") or None, status_code=422)


async def update(ctx: Ctx, request: Request, entity: Entity, row_id: int, *, current: str) -> Response:
    granted = ctx.require(entity.name, "update")
    row = ctx.get_row(entity, row_id, "update")
    fields = form_fields(entity, None)
    next_url = (await request.form()).get("next")
    values, shown, errors = await read_form(ctx, fields, request, editing=True)
    if not errors:
        try:
            updated = ctx.records.update(entity.name, row_id, values, owner_id=granted.owner_id(ctx.user))
        except RecordInvalid as exc:
            errors = dict(getattr(exc, "errors", {}) or {"": str(exc)})
        else:
            if updated is None:
                raise PageError(404, "Not found", f"There is no {entity.title.lower()} #{row_id}.")
            label = _row_label(entity, updated if isinstance(updated, dict) else row)
            return redirect(safe_next(str(next_url or ""), f"/e/{entity.name}/{row_id}"),
                            f"Saved {entity.title.lower()} “{label}”.")
    for f in fields:
        shown.setdefault(f.name, input_value(f, row.get(f.name)))
    return render_form(ctx, request, entity, fields, action=f"/e/{entity.name}/{row_id}/edit", values=shown,
                       errors=errors, row=row, heading=f"Edit {entity.title.lower()}", current=current,
                       next_url=str(next_url or "") or None, status_code=422)


async def delete(ctx: Ctx, request: Request, entity: Entity, row_id: int) -> Response:
    granted = ctx.require(entity.name, "delete")
    row = ctx.get_row(entity, row_id, "delete")
    form = await request.form()
    if not ctx.records.delete(entity.name, row_id, owner_id=granted.owner_id(ctx.user)):
        raise PageError(404, "Not found", f"There is no {entity.title.lower()} #{row_id}.")
    fallback = f"/e/{entity.name}" if ctx.can(entity.name, "read") else "/"
    target = safe_next(str(form.get("next") or ""), fallback)
    if target.startswith(f"/e/{entity.name}/{row_id}"):
        target = fallback
    return redirect(target, f"Deleted {entity.title.lower()} “{_row_label(entity, row)}”.")
