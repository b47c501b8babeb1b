"""What every page needs: the app and user of the request, permission checks that end in a 403 page, error pages,
flash messages carried across a redirect, field lists and row labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from appforge.runtime.context import AppContext, AppUser, app_context, current_user
from appforge.runtime.permissions import Grant, grant, may_enter
from appforge.runtime.templating import render
from appforge.spec.model import (
    READ_ONLY_TYPES,
    Action,
    AppSpec,
    Entity,
    Field,
    FieldType,
    Filter,
    View,
    ViewType,
)

FLASH_COOKIE = "appforge_flash"
SYSTEM_FIELDS = {
    "id": Field(name="id", type=FieldType.integer, label="ID"),
    "created_at": Field(name="created_at", type=FieldType.created_at, label="Created"),
    "updated_at": Field(name="updated_at", type=FieldType.updated_at, label="Updated"),
    "created_by": Field(name="created_by", type=FieldType.created_by, label="Created by"),
}


class PageError(Exception):
    """Ends a page with an error page: 403 (not allowed), 404 (no such thing), or a redirect to sign in."""

    def __init__(self, status: int, title: str, message: str = "", *, signin: bool = False) -> None:
        super().__init__(message or title)
        self.status, self.title, self.message, self.signin = status, title, message, signin


class PageRoute(APIRoute):
    """A route whose PageError becomes an error page (routers cannot register exception handlers)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except PageError as exc:
                if exc.signin:
                    return RedirectResponse(signin_url(request), status_code=303)
                return page(
                    request, "error.html", status_code=exc.status, status=exc.status, title=exc.title, message=exc.message
                )

        return guarded


def signin_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/auth/signin?" + urlencode({"next": target})


@dataclass
class Ctx:
    """The request's app, spec, records and user, with permission helpers."""

    request: Request
    app: AppContext
    user: AppUser | None
    labels: Labels = dc_field(init=False)

    def __post_init__(self) -> None:
        self.labels = Labels(self)

    @property
    def spec(self) -> AppSpec:
        return self.app.spec

    @property
    def records(self) -> Any:
        return self.app.records

    def grant(self, entity: str, action: Action) -> Grant:
        return grant(self.spec, self.user, entity, action)

    def can(self, entity: str, action: Action) -> bool:
        return self.grant(entity, action).allowed

    def require(self, entity: str, action: Action) -> Grant:
        """The grant, or a sign-in redirect for strangers / a 403 page for signed-in users who may not."""
        granted = self.grant(entity, action)
        if not granted.allowed:
            if self.user is None:
                raise PageError(401, "Please sign in", signin=True)
            noun = self.entity(entity).plural_title.lower()
            verbs = {"read": "see", "create": "add", "update": "change", "delete": "delete"}
            raise PageError(403, "Not allowed", f"Your account may not {verbs[action]} {noun}.")
        return granted

    def owner_id(self, entity: str, action: Action = "read") -> int | None:
        return self.grant(entity, action).owner_id(self.user)

    def choices(self, entity: str, limit: int = 50) -> list[tuple[int, str]]:
        """The rows of `entity` a picker or a filter may offer this user: none of a thing they may not read, only
        their own of a thing they read their own of."""
        granted = self.grant(entity, "read")
        return self.records.choices(entity, limit=limit, owner_id=granted.owner_id(self.user)) if granted.allowed else []

    def entity(self, name: str | None) -> Entity:
        found = self.spec.entity(name or "")
        if found is None:
            raise PageError(404, "Not found", f"This app has no {name!r}.")
        return found

    def view(self, name: str) -> View:
        found = self.spec.view(name)
        if found is None:
            raise PageError(404, "Not found", f"This app has no page {name!r}.")
        return found

    def filters(self, filters: list[Filter]) -> list[Filter]:
        """Filters with 'me' replaced by the signed-in user's id (records knows nothing of the request)."""
        out = []
        for flt in filters:
            if flt.value == "me":
                flt = flt.model_copy(update={"value": self.user.id if self.user else -1})
            out.append(flt)
        return out

    def get_row(self, entity: Entity, row_id: int, action: Action = "read") -> dict[str, Any]:
        row = self.records.get(entity.name, row_id, owner_id=self.owner_id(entity.name, action))
        if row is None:
            raise PageError(404, "Not found", f"There is no {entity.title.lower()} #{row_id}.")
        return row


def context(request: Request) -> Ctx:
    app = app_context(request)
    user = current_user(request)
    if not may_enter(app.spec, user):
        raise PageError(401, "Please sign in", signin=True)
    return Ctx(request, app, user)


class Labels:
    """Names of referenced rows and users, looked up once per request; a row the viewer may not read shows only its
    number (a public lot page names no donor that only organisers may see)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.cache: dict[tuple[str, Any], str] = {}

    def row(self, entity: str | None, row_id: Any) -> str:
        if row_id is None or row_id == "" or not entity:
            return ""
        key = (entity, row_id)
        if key not in self.cache:
            granted = self.ctx.grant(entity, "read")
            try:
                label = self.ctx.records.label(entity, int(row_id), owner_id=granted.owner_id(self.ctx.user)) \
                    if granted.allowed else ""
            except Exception:  # a dangling reference still shows its id
                label = ""
            self.cache[key] = str(label or f"#{row_id}")
        return self.cache[key]

    def user(self, user_id: Any) -> str:
        if user_id is None or user_id == "":
            return ""
        key = ("__user__", user_id)
        if key not in self.cache:
            label = ""
            me = self.ctx.user
            if me is not None and me.id == user_id:
                label = me.name or me.email
            else:
                lookup = getattr(self.ctx.records, "user_label", None)
                if lookup is not None:
                    try:
                        label = lookup(int(user_id))
                    except Exception:
                        label = ""
            self.cache[key] = str(label or f"User #{user_id}")
        return self.cache[key]


def entity_field(entity: Entity, name: str) -> Field | None:
    return entity.field(name) or SYSTEM_FIELDS.get(name)


def columns(entity: Entity, names: list[str] | None = None, *, limit: int | None = None) -> list[Field]:
    """The fields a list shows: the view's, else the entity's own (long text and files left out when many)."""
    if names:
        return [f for f in (entity_field(entity, n) for n in names) if f is not None]
    fields = [f for f in entity.fields if f.type not in (FieldType.long_text, FieldType.file)]
    fields = fields or list(entity.fields)
    return fields[:limit] if limit else fields


def writable_fields(entity: Entity, names: list[str] | None = None) -> list[Field]:
    fields = [entity.field(n) for n in names] if names else list(entity.fields)
    return [f for f in fields if f is not None and f.type not in READ_ONLY_TYPES]


def entity_views(spec: AppSpec, entity: str) -> list[View]:
    return [v for v in spec.views if v.entity == entity]


def nav_items(ctx: Ctx) -> list[dict[str, Any]]:
    """The header navigation: spec.nav, else every view and then every entity, as far as the user may read."""
    spec = ctx.spec
    items: list[dict[str, Any]] = []
    names = spec.nav or [v.name for v in spec.views]
    for name in names:
        view = spec.view(name)
        if view is None:
            continue
        if view.entity and not ctx.can(view.entity, "read"):
            continue
        if view.type == ViewType.dashboard and not any(ctx.can(w.entity, "read") for w in view.widgets):
            continue
        items.append({"label": view.heading, "href": f"/v/{view.name}", "key": f"v:{view.name}"})
    if not spec.nav:
        for entity in spec.entities:
            if ctx.can(entity.name, "read"):
                items.append(
                    {"label": entity.plural_title, "href": f"/e/{entity.name}", "key": f"e:{entity.name}"}
                )
    return items


def page(request: Request, template: str, status_code: int = 200, **values: Any) -> Response:
    """Render a full page with the header's navigation and any flash message, which is then cleared."""
    flash = request.cookies.get(FLASH_COOKIE)
    ctx = values.get("ctx")
    if ctx is None:
        try:
            app = app_context(request)
            ctx = Ctx(request, app, current_user(request))
        except Exception:
            ctx = None
    values.setdefault("nav", nav_items(ctx) if ctx is not None else [])
    values.setdefault("current", "")
    values.setdefault("labels", ctx.labels if ctx is not None else None)
    values.setdefault("ctx", ctx)
    if "blocks" not in values:
        from appforge.runtime.pages.blocks import blocks_on

        values["blocks"] = blocks_on(ctx.spec, request) if ctx is not None and status_code == 200 else []
    response = render(request, template, status_code=status_code, flash=_unquote(flash), **values)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def _unquote(text: str | None) -> str | None:
    if not text:
        return None
    from urllib.parse import unquote

    return unquote(text)[:300]


def redirect(url: str, flash: str | None = None) -> RedirectResponse:
    """Post/redirect/get, with a one-time message for the next page."""
    response = RedirectResponse(url, status_code=303)
    if flash:
        response.set_cookie(FLASH_COOKIE, quote(flash[:300]), path="/", httponly=True, samesite="lax", max_age=60)
    return response


def safe_next(value: str | None, fallback: str) -> str:
    """A same-origin path to go back to after a form, never another site."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return fallback


def query(params: dict[str, Any], **changes: Any) -> str:
    """'?a=1&b=2' from the current query with some keys changed (None removes a key)."""
    merged = {k: v for k, v in params.items()}
    for key, value in changes.items():
        if value is None or value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    return "?" + urlencode(merged) if merged else "?"


def today() -> dt.date:
    return dt.date.today()
