"""HTML pages for every view type of a generated app.

`build_router()` gives the routes the per-app server includes:

    GET  /                        the spec's home view, else the first nav view, else an overview of the entities
    GET  /v/{view}                any view of the spec (table, cards, kanban, calendar, detail, form, dashboard)
    GET  /v/{view}/{id}           a detail view of one row
    POST /v/{view}                a form view's submit (creates a row)
    GET  /e/{entity}              default table of an entity
    GET  /e/{entity}/new          default form; query parameters prefill fields (?status=Done&next=/v/board)
    POST /e/{entity}/new          create, then redirect with a flash message (422 + the form again when invalid)
    GET  /e/{entity}/{id}         default detail page
    GET  /e/{entity}/{id}/edit    edit form;  POST: update
    POST /e/{entity}/{id}/delete  delete
    GET  /files/{name}            an uploaded image or file
    GET  /blocks/{name}           a custom block's own document, for its sandboxed iframe (see pages/blocks.py)

Every route asks `appforge.runtime.permissions` first and answers 403 (or a sign-in redirect) when the user may
not; list and detail pages pass the grant's owner id to `Records` for own-rows rules. See docs/views.md.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from appforge.runtime.pages.blocks import home_view_name, serve_block
from appforge.runtime.pages.common import Ctx, PageError, PageRoute, context, page
from appforge.runtime.pages.dashboards import render_dashboard
from appforge.runtime.pages.detail import render_detail
from appforge.runtime.pages.forms import (
    create,
    delete,
    form_fields,
    initial_values,
    input_value,
    render_form,
    serve_upload,
    update,
)
from appforge.runtime.pages.lists import default_view, render_calendar, render_kanban, render_table
from appforge.spec.model import View, ViewType

__all__ = ["build_router"]


def _row_id(value: str) -> int:
    if not value.isdigit():
        raise PageError(404, "Not found", f"{value!r} is not the number of a row.")
    return int(value)


def render_view(ctx: Ctx, request: Request, view: View, *, current: str) -> Response:
    base_url = f"/v/{view.name}"
    if view.type in (ViewType.table, ViewType.cards):
        return render_table(ctx, request, view, base_url, current=current)
    if view.type == ViewType.kanban:
        return render_kanban(ctx, request, view, base_url, current=current)
    if view.type == ViewType.calendar:
        return render_calendar(ctx, request, view, base_url, current=current)
    if view.type == ViewType.dashboard:
        return render_dashboard(ctx, request, view, current=current)
    entity = ctx.entity(view.entity)
    if view.type == ViewType.form:
        ctx.require(entity.name, "create")
        fields = form_fields(entity, view)
        return render_form(ctx, request, entity, fields, action=base_url, heading=view.heading, current=current,
                           values=initial_values(entity, fields, dict(request.query_params)),
                           next_url=request.query_params.get("next"))
    # A detail view without a row: list the rows, each opening in this view.
    listing = view.model_copy(update={"type": ViewType.table})
    return render_table(ctx, request, listing, base_url, current=current)


def overview(ctx: Ctx, request: Request) -> Response:
    """The home page of an app with no views: each entity the user may read, with its count."""
    cards = []
    for entity in ctx.spec.entities:
        granted = ctx.grant(entity.name, "read")
        if not granted.allowed:
            continue
        total = ctx.records.list(entity.name, page=1, page_size=1, owner_id=granted.owner_id(ctx.user)).total
        cards.append({"entity": entity, "total": total, "can_create": ctx.can(entity.name, "create")})
    return page(request, "overview.html", ctx=ctx, cards=cards, current="home")


def build_router() -> APIRouter:
    router = APIRouter(route_class=PageRoute, include_in_schema=False)

    @router.get("/")
    async def home(request: Request) -> Response:
        ctx = context(request)
        name = home_view_name(ctx.spec)
        view = ctx.spec.view(name) if name else None
        if view is None:
            return overview(ctx, request)
        return render_view(ctx, request, view, current=f"v:{view.name}")

    @router.get("/v/{view_name}")
    async def view_page(request: Request, view_name: str) -> Response:
        ctx = context(request)
        view = ctx.view(view_name)
        return render_view(ctx, request, view, current=f"v:{view.name}")

    @router.post("/v/{view_name}")
    async def view_submit(request: Request, view_name: str) -> Response:
        ctx = context(request)
        view = ctx.view(view_name)
        if view.type != ViewType.form:
            raise PageError(405, "Not a form", "This page has nothing to submit.")
        entity = ctx.entity(view.entity)
        return await create(ctx, request, entity, view, action=f"/v/{view.name}", current=f"v:{view.name}")

    @router.get("/v/{view_name}/{row_id}")
    async def view_row(request: Request, view_name: str, row_id: str) -> Response:
        ctx = context(request)
        view = ctx.view(view_name)
        if view.entity is None:
            raise PageError(404, "Not found", "This page shows no single row.")
        return render_detail(ctx, request, ctx.entity(view.entity), _row_id(row_id),
                             view if view.type == ViewType.detail else None, current=f"v:{view.name}")

    @router.get("/e/{entity_name}")
    async def entity_table(request: Request, entity_name: str) -> Response:
        ctx = context(request)
        entity = ctx.entity(entity_name)
        return render_table(ctx, request, default_view(entity), f"/e/{entity.name}", current=f"e:{entity.name}")

    @router.get("/e/{entity_name}/new")
    async def entity_new(request: Request, entity_name: str) -> Response:
        ctx = context(request)
        entity = ctx.entity(entity_name)
        ctx.require(entity.name, "create")
        fields = form_fields(entity, None)
        return render_form(ctx, request, entity, fields, action=f"/e/{entity.name}/new",
                           values=initial_values(entity, fields, dict(request.query_params)),
                           heading=f"New {entity.title.lower()}", current=f"e:{entity.name}",
                           next_url=request.query_params.get("next"))

    @router.post("/e/{entity_name}/new")
    async def entity_create(request: Request, entity_name: str) -> Response:
        ctx = context(request)
        entity = ctx.entity(entity_name)
        return await create(ctx, request, entity, None, action=f"/e/{entity.name}/new", current=f"e:{entity.name}")

    @router.get("/e/{entity_name}/{row_id}")
    async def entity_detail(request: Request, entity_name: str, row_id: str) -> Response:
        ctx = context(request)
        return render_detail(ctx, request, ctx.entity(entity_name), _row_id(row_id), current=f"e:{entity_name}")

    @router.get("/e/{entity_name}/{row_id}/edit")
    async def entity_edit(request: Request, entity_name: str, row_id: str) -> Response:
        ctx = context(request)
        entity = ctx.entity(entity_name)
        ctx.require(entity.name, "update")
        row = ctx.get_row(entity, _row_id(row_id), "update")
        fields = form_fields(entity, None)
        return render_form(ctx, request, entity, fields, action=f"/e/{entity.name}/{row['id']}/edit",
                           values={f.name: input_value(f, row.get(f.name)) for f in fields}, row=row,
                           heading=f"Edit {entity.title.lower()}", current=f"e:{entity.name}",
                           next_url=request.query_params.get("next"))

    @router.post("/e/{entity_name}/{row_id}/edit")
    async def entity_update(request: Request, entity_name: str, row_id: str) -> Response:
        ctx = context(request)
        return await update(ctx, request, ctx.entity(entity_name), _row_id(row_id), current=f"e:{entity_name}")

    @router.post("/e/{entity_name}/{row_id}/delete")
    async def entity_delete(request: Request, entity_name: str, row_id: str) -> Response:
        ctx = context(request)
        return await delete(ctx, request, ctx.entity(entity_name), _row_id(row_id))

    @router.get("/files/{name}")
    async def uploaded_file(request: Request, name: str) -> Response:
        return serve_upload(context(request), name)

    @router.get("/blocks/{block_name}")
    async def block_document(request: Request, block_name: str) -> Response:
        return serve_block(context(request), block_name)

    return router
