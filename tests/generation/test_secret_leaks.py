"""With a provider key configured, the key reaches no page, API answer, /v1 answer, error page, export, CLI output,
recorded generation, progress event or log line: not even when a provider echoes it back, in an error message or
inside an answer. The real server on loopback (SQLite and PostgreSQL), the real service, the loopback fault server.
(The router's own notes, exceptions and reprs are checked in tests/models/test_router.py.)
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pydantic import SecretStr
from typer.testing import CliRunner

from appforge.cli import app as cli
from appforge.generation import GenerationService
from appforge.models.providers import register_configured
from appforge.models.router import Router
from appforge.settings import ProviderConfig, Settings
from tests.models.provider_servers import fault_server
from tests.runtime.servers import BACKENDS, LiveServer, database_url, serve_specs

KEY = "sk-leak-" + secrets.token_hex(20)
LIBRARY: dict[str, Any] = {
    "name": "library", "title": "Library", "auth": {"access": "public"},
    "entities": [{"name": "book", "fields": [{"name": "title", "required": True},
                                             {"name": "pages", "type": "integer"}]}],
    "seed": {"book": [{"title": "Dune", "pages": 412}]},
}


@pytest.fixture(params=BACKENDS)
def live(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """The platform server started with a provider key in its environment, as an operator would configure it."""
    monkeypatch.setenv("APPFORGE_PROVIDER_NAME", "own-endpoint")
    monkeypatch.setenv("APPFORGE_PROVIDER_MODEL", "keyword-rules")
    monkeypatch.setenv("APPFORGE_PROVIDER_API_KEY", KEY)
    monkeypatch.setenv("APPFORGE_PROVIDER_PRICE_IN", "3")
    with serve_specs([LIBRARY], data_dir=tmp_path / "data", database_url=database_url(request.param)) as server:
        key = server.settings.provider_api_key
        assert key is not None and key.get_secret_value() == KEY, "the server runs with the key configured"
        yield server


def test_a_provider_key_reaches_no_page_answer_export_record_event_or_log(
        live: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app = live.name("library")
    seen: list[str] = []
    with fault_server("echo-key", "key-in-answer") as faults:
        settings = live.settings.model_copy(update={
            "provider_base_url": f"{live.base_url}/v1", "provider_retries": 0, "provider_timeout": 5.0,
            "providers": [ProviderConfig(name="echo", base_url=f"{faults.base_url}/v1", model="m",
                                         api_key=SecretStr(KEY))]})
        register_configured(settings)  # registered as on a configured platform
        service = GenerationService(live.platform, Router(settings, register=False, fallback="keyword-rules"))
        try:
            paid = service.generate(app, "add an author field to books", model="own-endpoint")
            echoed = service.generate(app, "add a due date to books", model="echo")  # a 500 that echoes the key
            smuggled = service.generate(app, "add gadgets", model="echo")  # a valid answer holding the key
            seen += pages(live, app) + cli_output(live, app) + stored_rows(live, app)
            seen += studio_pages(live, app) + exported(live, app)
        finally:
            register_configured(Settings(providers=[], provider_model=None))
            service.log.forget(app)
    # the test is not vacuous: the key was sent, echoed back twice, and the generations were recorded
    assert all(KEY in r["headers"].get("authorization", "") for r in faults.requests) and len(faults.requests) == 2
    assert paid.accepted and paid.record.prompt_tokens and paid.record.cost is not None, paid.reason
    assert echoed.accepted and echoed.record.fell_back and "bad credentials" in (echoed.record.note or "")
    assert not smuggled.accepted and "provider key" in (smuggled.reason or "")
    for generation in (paid, echoed, smuggled):
        seen += [event.to_json() for event in generation.events] + [event.sse() for event in generation.events]
        seen += [repr(generation.record), str(generation.reason), repr(generation.proposal)]
    seen += [repr(service), caplog.text] + [r.getMessage() for r in caplog.records]
    seen += [repr(r.args) for r in caplog.records]
    for text in seen:
        assert KEY not in text and KEY[-6:] not in text, text[:500]


def pages(live: LiveServer, app: str) -> list[str]:
    """The platform's pages, the app's pages, API and exports, /v1 and error answers, as a browser gets them."""
    texts = []
    with live.client() as home:
        for path in ("/", "/no-such-page", "/v1/models", "/v1/models/own-endpoint", "/v1/models/echo", "/v1/nope"):
            texts.append(home.get(path).text)
        # configured providers are not served on /v1 (any key will do there): no page of theirs to leak from
        assert "keyword-rules" in texts[2] and "own-endpoint" not in texts[2] and "echo" not in texts[2]
        texts.append(home.post("/v1/chat/completions", json={"model": "own-endpoint"}).text)
        texts.append(home.post("/v1/chat/completions", json={"model": "nope", "messages": [
            {"role": "user", "content": "x"}]}).text)
    with live.client("library") as browser:
        book = browser.get("/api/book")
        assert book.status_code == 200 and "Dune" in book.text, book.text[:300]
        for path in ("/", "/e/book", "/e/book/1", "/e/book/new", "/e/book/999999", "/no-such-page", "/api/book/1",
                     "/api/book.csv", "/api/openapi.json", "/api/docs", "/api/nope", "/auth/signin"):
            response = browser.get(path)
            texts.append(response.text + str(response.headers))
        assert browser.get("/").status_code == 200
    return texts + [book.text]


def cli_output(live: LiveServer, app: str) -> list[str]:
    """What an operator sees in a terminal, the CSV of a spec export included."""
    base = ["--data-dir", str(live.settings.data_dir)]
    if live.settings.database_url:
        base += ["--database-url", live.settings.database_url]
    outputs = []
    for args in (["generations"], ["generations", "--app", app], ["versions", app], ["spec", "show", app, "--json"],
                 ["apps", "list"]):
        result = CliRunner().invoke(cli, [*base, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert "own-endpoint" in outputs[0] and "echo" in outputs[0]
    return outputs


def studio_pages(live: LiveServer, app: str) -> list[str]:
    """The studio as its builder sees it: the app list, the app's chat, settings (where models are chosen), history."""
    import re

    texts = []
    with live.client() as studio:
        form = studio.get("/signup").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
        email = f"leak-{secrets.token_hex(4)}@example.com"  # PostgreSQL keeps builders between runs
        signed = studio.post("/signup", data={"email": email, "name": "leak",
                                              "password": "correct horse battery", "csrf_token": token})
        assert signed.status_code in (200, 303), signed.text[:300]
        from appforge.studio.accounts import Builders

        builder = Builders(live.platform).authenticate(email, "correct horse battery")
        assert builder is not None
        live.platform.set_owner(app, f"builder:{builder.id}")  # on PostgreSQL an earlier run's builder came first
        for path in ("/", f"/apps/{app}", f"/apps/{app}/settings", f"/apps/{app}/history", f"/apps/{app}/spec",
                     f"/apps/{app}/data"):
            response = studio.get(path, follow_redirects=True)
            assert response.status_code == 200, (path, response.status_code)
            texts.append(response.text + str(response.headers))
        zipped = studio.get(f"/apps/{app}/export")
        assert zipped.status_code == 200 and zipped.content[:2] == b"PK"
        texts.append(_unzipped(zipped.content))
    return texts


def _unzipped(data: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def exported(live: LiveServer, app: str) -> list[str]:
    """`appforge export`: every file of the standalone project, its data included."""
    out = live.settings.data_dir.parent / "export"
    base = ["--data-dir", str(live.settings.data_dir)]
    if live.settings.database_url:
        base += ["--database-url", live.settings.database_url]
    result = CliRunner().invoke(cli, [*base, "export", app, "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.suffix == ".py" for p in files)
    return [result.output] + [p.read_bytes().decode("utf-8", "replace") for p in files]


def stored_rows(live: LiveServer, app: str) -> list[str]:
    """Every stored row of the platform about this app: its generations and its versions (spec and operations)."""
    schema = live.platform.storage.platform_schema()
    prefix = f'"{schema}".' if schema else ""
    with live.platform.storage.platform_engine().connect() as conn:
        rows = [*conn.execute(sa.text(f"SELECT * FROM {prefix}generations WHERE app = :app"), {"app": app}),
                *conn.execute(sa.text(f"SELECT * FROM {prefix}versions WHERE app = :app"), {"app": app})]
    assert len(rows) == 3 + 3, "three generations, the first version and two applied ones"
    return [repr(tuple(row)) for row in rows]
