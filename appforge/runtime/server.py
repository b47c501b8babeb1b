"""One ASGI server for every app: the Host header picks the app.

    http://<app>.<base_domain>:<port>/...   that app: its pages, its API (/api, /openapi.json, /docs), sign-in
    http://127.0.0.1:<port>/ (or localhost)  the studio (appforge.studio): builders, their apps, chat and preview
    http://127.0.0.1:<port>/v1/...           the models, OpenAI-compatible (appforge.models.serving); bare host only
    /static/...                              the runtime's CSS, JS and vendored libraries, on every origin

Each app is served by a FastAPI application built from its current spec version and cached by (app, version);
when an operation makes a new version, the next request builds the new application, so changes show up live
without a restart. Every response carries the security headers of `security_headers`: a CSP with
`default-src 'self'`, nosniff, a referrer policy, and framing allowed only to the studio's origins so that the
studio can preview an app in an iframe. A response that brings a stricter policy of its own (an uploaded file, a
custom block's sandboxed document) keeps it, with the same `frame-ancestors` added when it names none.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.exception_handlers import http_exception_handler
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from appforge.runtime.api import build_api_router
from appforge.runtime.auth import AppAuth, Realm
from appforge.runtime.context import AppContext
from appforge.runtime.signin import build_auth_router
from appforge.settings import Settings
from appforge.spec.model import APP_NAME, AppSpec

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform

STATIC_DIR = Path(__file__).parent / "static"
STATIC_MAX_AGE = 3600
PLATFORM_REALM = "platform:studio"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


# --- security headers ------------------------------------------------------------------------------------------------


CSP = b"content-security-policy"


def security_headers(frame_ancestors: str, frame_src: str = "'self'") -> list[tuple[bytes, bytes]]:
    # frame-src 'self': pages frame their custom blocks' documents (/blocks/<name>), which are sandboxed themselves;
    # the studio also frames the apps' own origins (its live preview).
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        f"font-src 'self' data:; connect-src 'self'; frame-src {frame_src}; object-src 'none'; base-uri 'self'; "
        f"form-action 'self'; frame-ancestors {frame_ancestors}"
    )
    return [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"content-security-policy", csp.encode()),
        (b"cross-origin-resource-policy", b"same-site"),
    ]


def with_frame_ancestors(policy: bytes, ours: bytes) -> bytes:
    """A response's own CSP, with the `frame-ancestors` of `ours` added when it names none."""
    directives = [d.strip() for d in policy.split(b";") if d.strip()]
    if any(d.split()[0].lower() == b"frame-ancestors" for d in directives):
        return policy
    ancestors = [d.strip() for d in ours.split(b";") if d.strip().lower().startswith(b"frame-ancestors")]
    return b"; ".join(directives + ancestors)


def _with_headers(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    """Set `extra` on the response, replacing the same headers, except that a CSP the response set stands."""
    keys = {k for k, _ in extra}

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            original = message.get("headers", [])
            policy = next((v for k, v in original if k.lower() == CSP), None)
            headers = [(k, v) for k, v in original if k.lower() not in keys]
            for key, value in extra:
                if key == CSP and policy is not None:
                    value = with_frame_ancestors(policy, value)
                headers.append((key, value))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


class CachedStatic:
    """The runtime's static files with a cache lifetime (they change only with a new appforge release)."""

    def __init__(self, directory: Path) -> None:
        self.files = StaticFiles(directory=str(directory))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cache = [(b"cache-control", f"public, max-age={STATIC_MAX_AGE}".encode())]
        await self.files(scope, receive, _with_headers(send, cache))


# --- hosts ------------------------------------------------------------------------------------------------------------


def split_host(scope: Scope) -> tuple[str, int | None]:
    """(host name, port) of the request as the client addressed it, lower case, without a trailing dot."""
    raw = ""
    for key, value in scope.get("headers", []):
        if key == b"host":
            raw = value.decode("latin-1")
            break
    if not raw and scope.get("server"):
        host, port = scope["server"]
        return str(host).lower(), port
    raw = raw.strip().lower()
    port: int | None = None
    if raw.startswith("["):
        end = raw.find("]")
        name, rest = raw[: end + 1], raw[end + 1 :]
        if rest.startswith(":") and rest[1:].isdigit():
            port = int(rest[1:])
    elif raw.count(":") == 1:
        name, _, tail = raw.partition(":")
        port = int(tail) if tail.isdigit() else None
    else:
        name = raw
    return name.rstrip("."), port


# --- pages of the server itself ----------------------------------------------------------------------------------------


def _page(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    from appforge.runtime.templating import render

    return render(request, template, status_code, **context)


def not_found_page(scope: Scope, title: str, message: str) -> Response:
    request = Request(scope)
    return _page(request, "error.html", 404, status=404, title=title, message=message)


def docs_page(app: FastAPI) -> Callable[[Request], Response]:
    """A plain page listing the app's endpoints: no CDN, no script; the full schema is at /openapi.json."""

    def page(request: Request) -> Response:
        schema = app.openapi()
        rows = []
        for path, methods in schema.get("paths", {}).items():
            for method, op in methods.items():
                rows.append(
                    f"<tr><td><code>{html.escape(method.upper())}</code></td><td><code>{html.escape(path)}</code>"
                    f"</td><td>{html.escape(op.get('summary', ''))}</td></tr>"
                )
        title = html.escape(schema.get("info", {}).get("title", "API"))
        body = (
            f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title} API</title>"
            "<link rel=stylesheet href=/static/app.css></head><body><main class=container>"
            f"<h1>{title} API</h1><p>The OpenAPI description: <a href=/openapi.json>/openapi.json</a>. "
            "Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> from "
            "<code>POST /api/auth/token</code>.</p>"
            "<table class=table><thead><tr><th>Method</th><th>Path</th><th>What</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></main></body></html>"
        )
        return HTMLResponse(body)

    return page


async def _unreadable_body_is_422(request: Request, exc: StarletteHTTPException) -> Response:
    """A body FastAPI cannot even parse (bytes that are not UTF-8, a broken multipart) is a 422 like any other
    malformed body, in the same shape, so clients handle one kind of refusal."""
    if exc.status_code == 400:
        detail = [{"loc": ["body"], "msg": f"the body cannot be read: {exc.detail}", "type": "value_error"}]
        return JSONResponse({"detail": detail}, 422)
    return await http_exception_handler(request, exc)


def _with_bearer_scheme(app: FastAPI) -> None:
    """Declare `Authorization: Bearer` in the OpenAPI (optional: public apps also answer strangers)."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = {
            "type": "http", "scheme": "bearer",
            "description": "An API token from POST /api/auth/token",
        }
        schema["security"] = [{"bearer": []}, {}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def build_app(ctx: AppContext, realm: Realm) -> ASGIApp:
    """The ASGI application of one app version: auth, API, docs and pages, behind `AppAuth`."""
    spec = ctx.spec
    app = FastAPI(
        title=spec.heading, version=str(ctx.version), description=spec.description or f"The API of {spec.heading}.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.add_exception_handler(StarletteHTTPException, _unreadable_body_is_422)  # type: ignore[arg-type]
    app.include_router(build_auth_router())
    app.include_router(build_api_router(spec))
    app.add_api_route("/docs", docs_page(app), methods=["GET"], include_in_schema=False)
    try:
        from appforge.runtime.pages import build_router
    except ImportError as exc:
        raise RuntimeError(
            f"appforge.runtime.pages cannot be imported ({exc}); the app {spec.name!r} has no pages without it"
        ) from exc
    app.include_router(build_router())
    _with_bearer_scheme(app)
    return AppAuth(app, ctx, realm)


# --- the server ----------------------------------------------------------------------------------------------------------


class AppforgeServer:
    """The ASGI entry point: routes by Host, caches each app's application by (app, version)."""

    def __init__(self, settings: Settings, platform: Platform) -> None:
        self.settings, self.platform = settings, platform
        secret = settings.secret()
        self._secret = secret
        self.static = CachedStatic(STATIC_DIR)
        from appforge.studio import build_studio

        self.home = build_studio(platform, settings, secret, Realm(secret, PLATFORM_REALM))
        # The models' OpenAI-compatible endpoint, beside the home rather than inside its AppAuth: OpenAI clients
        # send `Authorization: Bearer <any key>` and no CSRF token, and the endpoint changes nothing.
        self.models: ASGIApp | None = None
        if settings.serve_models:
            from appforge.models.serving import build_models_api

            self.models = build_models_api()
        self._apps: dict[str, tuple[int, ASGIApp]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def _build(self, name: str) -> tuple[int, ASGIApp] | None:
        from appforge.runtime.platform import AppNotFound

        try:
            version = self.platform.current(name)
        except AppNotFound:
            return None
        cached = self._apps.get(name)
        if cached is not None and cached[0] == version.number:
            return cached
        spec: AppSpec = version.spec
        ctx = AppContext(name=name, version=version.number, spec=spec, records=self.platform.records(name),
                         platform=self.platform)
        built = (version.number, build_app(ctx, Realm(self._secret, name)))
        self._apps[name] = built
        return built

    async def app_for(self, name: str) -> ASGIApp | None:
        """The application of the app's current version, building it when the version changed."""
        fresh = self.platform.cached_current(name)
        cached = self._apps.get(name)
        if fresh is not None and cached is not None and cached[0] == fresh.number:
            return cached[1]
        lock = self._locks.setdefault(name, asyncio.Lock())
        async with lock:
            built = await run_in_threadpool(self._build, name)
        return built[1] if built else None

    def _ports(self, scope: Scope) -> list[int]:
        ports = {self.settings.port}
        if scope.get("server"):
            ports.add(scope["server"][1])
        return sorted(ports)

    def _studio_ancestors(self, scope: Scope) -> str:
        origins = " ".join(f"http://127.0.0.1:{p} http://localhost:{p}" for p in self._ports(scope))
        return f"'self' {origins}"

    def _app_origins(self, scope: Scope) -> str:
        """What the studio may frame: its own pages and every app's origin (the live preview)."""
        base = self.settings.base_domain.lower()
        return "'self' " + " ".join(f"http://*.{base}:{p}" for p in self._ports(scope))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        host, _ = split_host(scope)
        base = self.settings.base_domain.lower()
        app_name: str | None = None
        if host.endswith("." + base):
            app_name = host[: -len(base) - 1]
        is_home = app_name is None and (host in LOOPBACK_HOSTS or host == base or host == self.settings.host)
        ancestors = self._studio_ancestors(scope) if app_name is not None else "'self'"
        extra = security_headers(ancestors, self._app_origins(scope) if is_home else "'self'")
        if is_home:
            extra.append((b"x-frame-options", b"SAMEORIGIN"))
        send = _with_headers(send, extra)

        if scope["path"].startswith("/static/"):
            await self.static({**scope, "path": scope["path"][len("/static") :], "root_path": ""}, receive, send)
            return
        if is_home:
            if self.models is not None and (scope["path"] == "/v1" or scope["path"].startswith("/v1/")):
                await self.models(scope, receive, send)
                return
            await self.home(scope, receive, send)
            return
        if app_name is None or not APP_NAME.match(app_name):
            response = not_found_page(scope, "No app here", f"Nothing is served at {host!r}. Apps live at "
                                      f"http://<app>.{base}:<port>/.")
            await response(scope, receive, send)
            return
        app = await self.app_for(app_name)
        if app is None:
            response = not_found_page(scope, "No such app", f"There is no app called {app_name!r} on this "
                                      "platform. Check the address, or create it in the studio.")
            await response(scope, receive, send)
            return
        await app(scope, receive, send)


def create_server(settings: Settings, platform: Platform | None = None) -> AppforgeServer:
    """The ASGI application serving the platform home and every app of `platform` (made from settings if None)."""
    if platform is None:
        from appforge.runtime.platform import Platform

        platform = Platform(settings)
    return AppforgeServer(settings, platform)
