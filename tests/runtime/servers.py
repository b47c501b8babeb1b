"""Real appforge servers for tests: uvicorn on a free loopback port, a fresh data folder, real SQLite or PostgreSQL.

    with serve_specs([SHOP], data_dir=tmp_path) as server:
        client = server.client("shop")          # talks to http://shop-<suffix>.localhost:<port> over loopback
        sign_up(client, "ann@example.com")

`*.localhost` does not resolve everywhere, so clients connect to 127.0.0.1 and send the app's name in the Host
header, exactly as a browser would after resolving it. Each server renames its apps with a random suffix
(`shop` -> `shop-k3x9`), so servers that share one PostgreSQL database never see each other's apps; ask
`server.name("shop")` for the real name.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from appforge.settings import Settings
from appforge.spec.model import AppSpec

REPO = Path(__file__).resolve().parents[2]
EXAMPLES_DIR = REPO / "examples"
PG_URL = os.environ.get("APPFORGE_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    port: int
    settings: Settings
    platform: Any
    names: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def name(self, app: str) -> str:
        return self.names.get(app, app)

    def host(self, app: str | None = None) -> str:
        return f"{self.name(app)}.localhost:{self.port}" if app else f"127.0.0.1:{self.port}"

    def app_url(self, app: str) -> str:
        """The address a browser would use."""
        return f"http://{self.host(app)}"

    def client(self, app: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Host": self.host(app), **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=30, **kwargs)

    def records(self, app: str) -> Any:
        return self.platform.records(self.name(app))


def load_spec(spec: dict[str, Any] | AppSpec | Path) -> dict[str, Any]:
    if isinstance(spec, Path):
        return json.loads(spec.read_text())
    if isinstance(spec, AppSpec):
        return spec.model_dump(mode="json")
    return json.loads(json.dumps(spec))


def example_specs() -> list[Path]:
    """Every spec file in examples/ (JSON)."""
    return sorted(EXAMPLES_DIR.glob("*.json")) if EXAMPLES_DIR.is_dir() else []


@contextlib.contextmanager
def in_thread(app: Any, port: int, **config: Any) -> Iterator[uvicorn.Server]:
    """Serve an ASGI app with uvicorn on 127.0.0.1:`port` in a thread until the block ends."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                           **config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on 127.0.0.1:{port} within 15 s")
        time.sleep(0.02)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(10)


@contextlib.contextmanager
def serve_specs(
    specs: list[dict[str, Any] | AppSpec | Path], *, data_dir: Path, database_url: str | None = None
) -> Iterator[LiveServer]:
    """Create a platform with these apps, serve it with uvicorn in a thread, stop it afterwards."""
    from appforge.runtime.platform import Platform
    from appforge.runtime.server import create_server

    port = free_port()
    settings = Settings(data_dir=data_dir, database_url=database_url, port=port, secret_key=secrets.token_urlsafe(32))
    platform = Platform(settings)
    suffix = secrets.token_hex(3)
    names: dict[str, str] = {}
    for spec in specs:
        data = load_spec(spec)
        original = data["name"]
        data["name"] = re.sub(r"-+$", "", f"{original[:30]}-{suffix}")
        names[original] = data["name"]
        platform.create_app(AppSpec.model_validate(data))
    try:
        with in_thread(create_server(settings, platform), port):
            yield LiveServer(port, settings, platform, names)
    finally:
        close = getattr(platform, "close", None) or getattr(platform, "dispose", None)
        if callable(close):
            close()


# --- helpers a user would go through -------------------------------------------------------------------------------


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'name="csrf-token" content="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def sign_up(client: httpx.Client, email: str, password: str = PASSWORD, name: str = "") -> httpx.Response:
    """Sign up through the form, as a browser does; the client keeps the session cookie."""
    token = csrf_from(client.get("/auth/signup").text)
    response = client.post("/auth/signup", data={"email": email, "name": name or email.split("@")[0],
                                                 "password": password, "csrf_token": token})
    return response


def sign_in(client: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    token = csrf_from(client.get("/auth/signin").text)
    return client.post("/auth/signin", data={"email": email, "password": password, "csrf_token": token})


def api_token(server: LiveServer, app: str, email: str, password: str = PASSWORD) -> str:
    with server.client(app) as client:
        response = client.post("/api/auth/token", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["token"]


def bearer_client(server: LiveServer, app: str, email: str, password: str = PASSWORD) -> httpx.Client:
    """A signed-up user's API client: `Authorization: Bearer <token>`, no cookies."""
    with server.client(app) as browser:
        sign_up(browser, email, password)
    token = api_token(server, app, email, password)
    return server.client(app, headers={"Authorization": f"Bearer {token}"})


def page_csrf(client: httpx.Client, path: str = "/auth/signin") -> str:
    """The CSRF token of the client's session, read from a page."""
    return csrf_from(client.get(path).text)


# --- apps the runtime tests serve ----------------------------------------------------------------------------------

SHOP: dict[str, Any] = {
    "name": "shop", "title": "Shop", "auth": {"access": "signin", "signup": True},
    "entities": [
        {"name": "category", "fields": [{"name": "name", "required": True, "unique": True}]},
        {"name": "product", "fields": [
            {"name": "name", "required": True, "max": 80},
            {"name": "price", "type": "money", "currency": "EUR", "min": 0},
            {"name": "stock", "type": "integer"},
            {"name": "stars", "type": "rating"},
            {"name": "status", "type": "choice", "options": [{"value": "draft"}, {"value": "live"},
                                                              {"value": "retired"}]},
            {"name": "labels", "type": "tags", "options": [{"value": "new"}, {"value": "sale"}]},
            {"name": "released", "type": "date"},
            {"name": "launch", "type": "datetime"},
            {"name": "opens", "type": "time"},
            {"name": "active", "type": "boolean"},
            {"name": "contact", "type": "email"},
            {"name": "site", "type": "url"},
            {"name": "phone", "type": "phone"},
            {"name": "notes", "type": "long_text"},
            {"name": "category", "type": "reference", "target": "category"},
            {"name": "worth", "type": "computed", "formula": "price * stock"},
        ]},
    ],
}

TEAM: dict[str, Any] = {
    "name": "team", "title": "Team notes",
    "roles": [{"name": "admin"}, {"name": "member"}],
    "auth": {"access": "signin", "signup": True, "owner_role": "admin", "default_role": "member"},
    "entities": [
        {"name": "note", "fields": [{"name": "title", "required": True}]},
        {"name": "secret", "fields": [{"name": "title", "required": True}]},
        {"name": "memo", "fields": [{"name": "title", "required": True},
                                    {"name": "secret", "type": "reference", "target": "secret"},
                                    {"name": "note", "type": "reference", "target": "note"}]},
    ],
    "permissions": [
        {"entity": "note", "action": "read", "roles": ["member"], "own": True},
        {"entity": "note", "action": "read", "roles": ["admin"]},
        {"entity": "note", "action": "update", "roles": ["member"], "own": True},
        {"entity": "note", "action": "update", "roles": ["admin"]},
        {"entity": "note", "action": "delete", "roles": ["admin"]},
        {"entity": "secret", "action": "read", "roles": ["admin"]},
        {"entity": "secret", "action": "create", "roles": ["admin"]},
    ],
}

BOARD: dict[str, Any] = {
    "name": "board", "title": "Notice board", "auth": {"access": "public", "signup": False},
    "entities": [{"name": "post", "fields": [{"name": "title", "required": True},
                                             {"name": "body", "type": "long_text"}]}],
    "permissions": [{"entity": "post", "action": "create", "roles": ["signed_in"]},
                    {"entity": "post", "action": "update", "roles": ["signed_in"]},
                    {"entity": "post", "action": "delete", "roles": ["signed_in"]}],
}

BACKENDS = ("sqlite", "postgresql")


def database_url(backend: str) -> str | None:
    """None for SQLite files under the data folder; the local PostgreSQL otherwise (skips when it is down)."""
    if backend == "sqlite":
        return None
    import pytest

    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - any failure means no PostgreSQL here
        # CI promises a PostgreSQL: there, a missing one is a failure, not a quiet skip.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"PostgreSQL at {PG_URL} is not reachable: {exc}")
    return PG_URL
