"""The studio's ASGI application: routes of every panel, its own static files, its stores, one generation service."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from appforge.generation import GenerationService
from appforge.runtime.auth import Realm
from appforge.runtime.platform import Platform
from appforge.settings import Settings
from appforge.studio.accounts import BuilderAuth, Builders, build_accounts_router
from appforge.studio.feedback import Feedback
from appforge.studio.settings import AppSettings
from appforge.studio.turns import Turns
from appforge.studio.web import SignInRequired, StudioError, is_htmx, render

STATIC_DIR = Path(__file__).parent / "static"
# The studio's own CSS and JS; /static/ on every origin is the runtime's (htmx comes from there).
ASSETS = "/assets"


class Studio:
    """Everything the studio's routes share, made once per server."""

    def __init__(self, platform: Platform, settings: Settings, secret: str) -> None:
        self.platform, self.settings, self._secret = platform, settings, secret
        self.builders = Builders(platform)
        self.turns = Turns(platform)
        self.feedback = Feedback(platform)
        self.app_settings = AppSettings(platform)
        self.service = GenerationService(platform)
        self._warming: threading.Thread | None = None
        self._lock = threading.Lock()

    def app_realm(self, app: str) -> Realm:
        """The realm of an app, as the server signs that app's sessions (appforge.runtime.server)."""
        return Realm(self._secret, app)

    def warm_up(self) -> None:
        """Load the default model in the background once, while the person types their first sentence."""
        with self._lock:
            if self._warming is not None:
                return

            def load() -> None:
                from appforge.models import get_model

                try:
                    get_model(self.service.router.choose(None, None))
                except Exception:  # noqa: BLE001 - the first generation reports it, with its reason
                    pass

            self._warming = threading.Thread(target=load, name="studio-warm-up", daemon=True)
            self._warming.start()

    def models_ready(self, timeout: float = 120.0) -> None:
        """Wait for the warm-up to finish before a generation: the model registry is filled on first use and is not
        safe to read while another thread is still filling it."""
        warming = self._warming
        if warming is not None and warming.is_alive():
            warming.join(timeout)


def build_studio(platform: Platform, settings: Settings, secret: str, realm: Realm) -> ASGIApp:
    """The studio on the bare host, behind `BuilderAuth` (sessions and CSRF in the platform's realm)."""
    from appforge.studio import chat, data, history, home, models, spec_editor
    from appforge.studio import settings as settings_panel

    studio = Studio(platform, settings, secret)
    web = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    web.state.studio = studio
    web.mount(ASSETS, StaticFiles(directory=str(STATIC_DIR)), name="assets")
    web.include_router(build_accounts_router(studio.builders))
    for module in (home, chat, history, spec_editor, data, settings_panel, models):
        web.include_router(module.router)

    @web.exception_handler(SignInRequired)
    async def sign_in_first(request: Request, exc: SignInRequired) -> Response:
        if request.method == "GET" and not is_htmx(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            from urllib.parse import urlencode

            return RedirectResponse("/signin?" + urlencode({"next": target}), 303)
        return JSONResponse({"detail": "Sign in to the studio first."}, 401)

    @web.exception_handler(StudioError)
    async def refused(request: Request, exc: StudioError) -> Response:
        if is_htmx(request) or request.headers.get("accept") == "text/event-stream":
            return PlainTextResponse(f"{exc.title}. {exc.message}".strip(), exc.status)
        return render(request, "error.html", exc.status, title=exc.title, message=exc.message, status=exc.status)

    @web.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> Response:
        return render(request, "error.html", 404, title="Not found", message="There is no page here.", status=404)

    return BuilderAuth(web, studio.builders, realm)
