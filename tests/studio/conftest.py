"""Studio tests over HTTP: the real ASGI server (Host routing, AppAuth, CSRF) driven by Starlette's TestClient.

The studio's model here is the keyword-rules baseline: fast, deterministic, no weights to load; the in-house model
is measured by benchmarks/studio_speed.py.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from appforge.runtime.platform import Platform
from appforge.runtime.server import create_server
from appforge.settings import Settings

PORT = 8000
PASSWORD = "correct horse battery"
MODEL = "keyword-rules"


@dataclass
class Studio:
    settings: Settings
    platform: Platform
    server: Any

    def client(self, app: str | None = None) -> TestClient:
        """A browser on the studio (bare host) or on an app's origin: its own cookie jar."""
        host = f"{app}.localhost:{PORT}" if app else f"127.0.0.1:{PORT}"
        return TestClient(self.server, base_url=f"http://{host}", follow_redirects=False)

    def builder(self, email: str, name: str = "") -> TestClient:
        client = self.client()
        response = sign_up(client, email, name)
        assert response.status_code == 303, response.text
        return client


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf-token" content="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def csrf(client: TestClient, path: str = "/") -> str:
    return csrf_of(client.get(path).text)


def sign_up(client: TestClient, email: str, name: str = "", password: str = PASSWORD) -> Any:
    token = csrf_of(client.get("/signup").text)
    return client.post("/signup", data={"email": email, "name": name or email.split("@")[0], "password": password,
                                        "csrf_token": token})


def events(body: str) -> list[tuple[str, dict[str, Any]]]:
    """The server-sent events of a response body, as (name, data)."""
    found = []
    for block in body.strip().split("\n\n"):
        name = re.search(r"^event: (.*)$", block, re.M)
        data = re.search(r"^data: (.*)$", block, re.M)
        if name and data:
            found.append((name.group(1), json.loads(data.group(1))))
    return found


def post_stream(client: TestClient, path: str, message: str) -> list[tuple[str, dict[str, Any]]]:
    response = client.post(path, data={"message": message},
                           headers={"X-CSRF-Token": csrf(client), "Accept": "text/event-stream"})
    assert response.status_code == 200, response.text
    return events(response.text)


def new_app(client: TestClient, sentence: str) -> str:
    """Make an app from a sentence through the studio; its name."""
    found = post_stream(client, "/new", sentence)
    created = [data for name, data in found if name == "turn"]
    assert created, found
    return created[0]["created"].rsplit("/", 1)[1]


@pytest.fixture()
def studio(tmp_path: Path) -> Iterator[Studio]:
    settings = Settings(data_dir=tmp_path / "data", port=PORT, secret_key=secrets.token_urlsafe(32), model=MODEL)
    platform = Platform(settings)
    try:
        yield Studio(settings, platform, create_server(settings, platform))
    finally:
        platform.close()
