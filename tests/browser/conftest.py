"""Browser tests: Debian's Chromium driven by Playwright (never a downloaded browser), against an app served
over real HTTP and visited as http://<app>.localhost:<port> (Chromium resolves *.localhost to loopback)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from live import SPEC, serve

CHROMIUM = os.environ.get("APPFORGE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of the example tasks app: http://tasks.localhost:<port>."""
    os.environ.setdefault("APPFORGE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    from standin import make_app

    app, records = make_app(SPEC)
    records.create("project", {"name": "Apollo", "budget": "1200"})
    with serve(app) as port:
        yield f"http://tasks.localhost:{port}"
