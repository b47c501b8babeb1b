"""A hostile custom block in a real browser: its script runs, but only inside its sandboxed iframe. It cannot touch
the page that shows it, read the app's cookies or storage, or reach the network (the app's API, an outside image
or script): the browser refuses, and says so with a Content Security Policy violation the block itself records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.browser

# Records what it was and was not allowed to do as JSON in #out, where the test reads it.
PROBE = """\
<pre id=out>{}</pre>
<script>
  const out = {violations: [], ran: true};
  const show = () => { document.getElementById('out').textContent = JSON.stringify(out); };
  document.addEventListener('securitypolicyviolation', e => {
    out.violations.push(e.effectiveDirective + ' ' + e.blockedURI); show();
  });
  if (window.parent !== window) {
    try { parent.document.body.innerHTML = 'pwned'; out.parent = 'changed'; }
    catch (e) { out.parent = 'blocked:' + e.name; }
  }
  try { out.cookie = 'read:' + document.cookie; } catch (e) { out.cookie = 'blocked:' + e.name; }
  try { localStorage.setItem('x', '1'); out.storage = 'open'; } catch (e) { out.storage = 'blocked:' + e.name; }
  out.origin = String(window.origin);
  fetch('/api/note').then(r => { out.fetch = 'answered:' + r.status; show(); },
                          e => { out.fetch = 'blocked:' + e.name; show(); });
  show();
</script>
<script>document.cookie</script>
<img src=http://example.com/x.png alt="">
<script src=http://example.com/x.js></script>
"""

SPEC: dict[str, Any] = {
    "name": "sandbox", "title": "Sandbox", "auth": {"access": "public", "signup": False},
    "entities": [{"name": "note", "fields": [{"name": "title", "required": True}]}],
    "views": [{"name": "notes", "type": "table", "entity": "note", "title": "All notes"}],
    "nav": ["notes"],
    "blocks": [{"name": "probe", "title": "Probe", "html": PROBE, "css": "pre { color: #b91c1c }", "height": 300}],
}
SETTLED = """() => {
  const o = JSON.parse(document.getElementById('out').textContent || '{}');
  return Boolean(o.fetch) && o.violations.length >= 3;
}"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.runtime.servers import serve_specs

    with serve_specs([SPEC], data_dir=tmp_path_factory.mktemp("data")) as server:
        server.records("sandbox").create("note", {"title": "A note the block must not see"})
        yield server.app_url("sandbox")


@pytest.fixture()
def visit(browser: Any, app_url: str) -> Iterator[tuple[Any, list[str]]]:
    """A page whose origin holds a cookie that scripts of the app may read; and how each request of it ended."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "visible", "value": "app-secret", "url": app_url}])
    page = context.new_page()
    requests: list[str] = []
    page.on("requestfinished", lambda request: requests.append(f"{request.url} finished"))
    page.on("requestfailed", lambda request: requests.append(f"{request.url} failed {request.failure}"))
    yield page, requests
    context.close()


def assert_nothing_left_the_app(requests: list[str]) -> None:
    """The outside image and script were refused by the policy before any byte went out; the API never saw a call."""
    assert not [r for r in requests if "/api/" in r], requests
    outside = sorted(r for r in requests if "example.com" in r)
    assert outside == ["http://example.com/x.js failed csp", "http://example.com/x.png failed csp"], requests


def probe_result(frame: Any) -> dict[str, Any]:
    frame.wait_for_function(SETTLED, timeout=10_000)
    return json.loads(frame.inner_text("#out"))


def test_a_block_runs_only_inside_its_sandbox(visit: tuple[Any, list[str]], app_url: str) -> None:
    page, requests = visit
    page.goto(app_url + "/")
    assert page.get_attribute("iframe[data-block=probe]", "sandbox") == "allow-scripts"
    frame = page.frame_locator("iframe[data-block=probe]").locator("#out").element_handle().owner_frame()
    out = probe_result(frame)

    assert out["ran"] is True, "the block's own script runs"
    assert out["origin"] == "null", "in an opaque origin, not the app's"
    assert out["parent"].startswith("blocked:"), out
    assert "pwned" not in page.content()
    assert page.inner_text("main h1") == "All notes"
    assert out["cookie"].startswith("blocked:"), out
    assert "visible=app-secret" in page.evaluate("document.cookie"), "the page itself can read the cookie"
    assert out["storage"].startswith("blocked:"), out
    assert out["fetch"].startswith("blocked:"), out
    directives = " | ".join(out["violations"])
    assert "connect-src" in directives and "img-src http://example.com/x.png" in directives
    assert "script-src-elem http://example.com/x.js" in directives
    assert_nothing_left_the_app(requests)
    assert frame.evaluate("getComputedStyle(document.querySelector('pre')).color") == "rgb(185, 28, 28)"


def test_a_block_opened_directly_is_sandboxed_too(visit: tuple[Any, list[str]], app_url: str) -> None:
    page, requests = visit
    page.goto(app_url + "/blocks/probe")
    out = probe_result(page.main_frame)
    assert out["origin"] == "null"
    assert out["cookie"].startswith("blocked:") and out["storage"].startswith("blocked:")
    assert out["fetch"].startswith("blocked:")
    assert_nothing_left_the_app(requests)
