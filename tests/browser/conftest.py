"""Browser tests: Debian's Chromium driven by Playwright (never a downloaded browser), against an app served
over real HTTP and visited as http://<app>.localhost:<port> (Chromium resolves *.localhost to loopback)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from live import SPEC

CHROMIUM = os.environ.get("APPFORGE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        # `make test` installs it; on CI a missing browser is a failure, not a quiet skip.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real appforge server (real SQLite, real sign-in and CSRF) serving two apps: tasks and vault."""
    from tests.runtime.servers import serve_specs

    vault = dict(SPEC, name="vault", title="Vault")
    with serve_specs([SPEC, vault], data_dir=tmp_path_factory.mktemp("data")) as server:
        server.records("tasks").create("project", {"name": "Apollo", "budget": "1200"})
        server.records("vault").create("project", {"name": "Secret project", "budget": "1"})
        yield server


@pytest.fixture(scope="module")
def app_url(live_server: Any) -> str:
    """The address a person types: http://tasks-<suffix>.localhost:<port>."""
    return live_server.app_url("tasks")
