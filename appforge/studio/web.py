"""What every studio route shares: rendering, the signed-in builder, the app a builder may work on, errors.

Isolation lives here: `owned_app` answers 404 for an app that does not exist and for an app of another builder alike
(a builder cannot even learn that another's app exists), and every route that names an app goes through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from appforge.runtime.auth import csrf_token
from appforge.runtime.context import AppUser
from appforge.runtime.platform import AppNotFound, AppVersion
from appforge.runtime.server import split_host
from appforge.runtime.templating import format_datetime, format_number

if TYPE_CHECKING:
    from appforge.studio.app import Studio

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.filters.update(datetime=format_datetime, number=format_number)
PREVIEW_RELOAD = "preview-reload"


class StudioError(Exception):
    """A refusal shown as a page (or, for htmx and streams, as a short message) with its status."""

    def __init__(self, status: int, title: str, message: str = "") -> None:
        super().__init__(f"{status} {title}: {message}")
        self.status, self.title, self.message = status, title, message


class SignInRequired(Exception):
    pass


@dataclass(frozen=True)
class OwnedApp:
    """An app the signed-in builder may work on, as it stands now."""

    name: str
    builder: AppUser
    current: AppVersion
    origin: str

    @property
    def title(self) -> str:
        return self.current.spec.heading

    @property
    def url(self) -> str:
        return self.origin + "/"


def studio_of(request: Request) -> Studio:
    return request.app.state.studio


def builder_key(builder: AppUser) -> str:
    """How apps and versions name a builder (apps.owner, versions.author)."""
    return f"builder:{builder.id}"


def current_builder(request: Request) -> AppUser | None:
    return getattr(request.state, "user", None)


def require_builder(request: Request) -> AppUser:
    builder = current_builder(request)
    if builder is None:
        raise SignInRequired()
    return builder


def may_work_on(studio: Studio, builder: AppUser, owner: str | None) -> bool:
    """The owner may; an app nobody owns (the examples `make start` loads, apps made with the CLI) belongs to the
    platform's first builder, who set it up."""
    if owner is not None:
        return owner == builder_key(builder)
    return builder.id == studio.builders.first_id()


def owned_app(request: Request, name: str) -> OwnedApp:
    """The app `name` if the signed-in builder may work on it; 404 otherwise, whether it exists or not."""
    builder = require_builder(request)
    studio = studio_of(request)
    try:
        owner = studio.platform.owner(name)
        current = studio.platform.current(name)
    except AppNotFound:
        owner, current = None, None
    if current is None or not may_work_on(studio, builder, owner):
        raise StudioError(404, "No such app", f"You have no app called {name!r}. Your apps are listed on the start "
                          "page.")
    return OwnedApp(name=name, builder=builder, current=current, origin=app_origin(request, name))


def app_origin(request: Request, name: str) -> str:
    """http://<app>.<base_domain>:<port>, on the port the studio was reached on (a test server's, say)."""
    settings = studio_of(request).settings
    _, port = split_host(request.scope)
    return f"http://{name}.{settings.base_domain}:{port or settings.port}"


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(request: Request, template: str, status_code: int = 200, *, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    """A studio template, autoescaped, with the builder and the CSRF token of this browser."""
    base = {"builder": current_builder(request), "csrf_token": csrf_token(request)}
    return TEMPLATES.TemplateResponse(request, template, {**base, **context}, status_code=status_code,
                                      headers=headers)


def reload_preview(response: Response) -> Response:
    """Ask the page (studio.js, through htmx's HX-Trigger) to reload the preview: the app changed."""
    response.headers["HX-Trigger"] = PREVIEW_RELOAD
    return response
