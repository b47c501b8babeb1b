"""Custom blocks over real HTTP: a page shows a block only as a sandboxed iframe, and the block's own address
serves its html untouched, alone, under a policy that sandboxes it and cuts it off from the network."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from appforge.runtime.pages.blocks import BLOCK_POLICY
from tests.runtime.servers import LiveServer, serve_specs, sign_up

# Looks like a template and like script: served as written, evaluated by nobody on the server.
HOSTILE = (
    "<p id=greeting>Hello {{ 7 * 7 }} {% if true %}yes{% endif %}</p>"
    "<script>parent.document.body.innerHTML='pwned'; fetch('/api/note')</script>"
)
SECRET_ROW = "Quarterly numbers (confidential)"

NOTES: dict[str, Any] = {
    "name": "notes", "title": "Notes", "auth": {"access": "signin", "signup": True, "owner_role": "admin",
                                               "default_role": "member"},
    "roles": [{"name": "admin"}, {"name": "member"}],
    "entities": [{"name": "note", "fields": [{"name": "title", "required": True}]},
                 {"name": "secret", "fields": [{"name": "title", "required": True}]}],
    "views": [{"name": "notes", "type": "table", "entity": "note"},
              {"name": "secrets", "type": "table", "entity": "secret"}],
    "nav": ["notes", "secrets"],
    "permissions": [{"entity": "secret", "action": "read", "roles": ["admin"]}],
    "blocks": [
        {"name": "welcome", "title": "Welcome", "html": HOSTILE, "css": "#greeting { color: red }"},
        {"name": "legend", "view": "notes", "html": "<p>Legend of the notes</p>", "height": 120},
        {"name": "vault", "view": "secrets", "html": "<p>Only for admins</p>"},
    ],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve_specs([NOTES], data_dir=tmp_path_factory.mktemp("data")) as live:
        live.records("notes").create("note", {"title": SECRET_ROW})
        yield live


@pytest.fixture(scope="module")
def admin(server: LiveServer) -> Iterator[httpx.Client]:
    """The first person to sign up: the app's admin, signed in with a session cookie."""
    with server.client("notes") as client:
        assert sign_up(client, "ann@example.com").status_code == 303
        yield client


def iframes(page: str) -> list[str]:
    return re.findall(r"<iframe[^>]*>", page)


def test_the_home_page_shows_its_block_as_a_sandboxed_iframe_and_never_its_html(admin: httpx.Client) -> None:
    page = admin.get("/")
    assert page.status_code == 200
    # The home page shows the notes view (first in nav): the home page's block, then that view's.
    welcome, legend = iframes(page.text)
    assert 'src="/blocks/welcome"' in welcome and 'sandbox="allow-scripts"' in welcome and 'title="Welcome"' in welcome
    assert 'src="/blocks/legend"' in legend and 'sandbox="allow-scripts"' in legend
    assert "allow-same-origin" not in page.text
    assert "greeting" not in page.text and "pwned" not in page.text, "the block's html is not part of the page"


def test_a_view_page_shows_the_blocks_of_that_view_only(admin: httpx.Client) -> None:
    (frame,) = iframes(admin.get("/v/notes").text)
    assert 'src="/blocks/legend"' in frame and 'height="120"' in frame
    assert iframes(admin.get("/e/note").text) == [], "an entity's own list is not a page blocks are shown on"


def test_the_app_pages_policy_lets_them_frame_their_blocks(admin: httpx.Client) -> None:
    policy = admin.get("/v/notes").headers["content-security-policy"]
    assert "frame-src 'self'" in policy and "script-src 'self'" in policy


def test_a_blocks_address_serves_its_html_untouched_under_the_sandboxing_policy(
    server: LiveServer, admin: httpx.Client
) -> None:
    response = admin.get("/blocks/welcome")
    assert response.status_code == 200
    studio = f"'self' http://127.0.0.1:{server.port} http://localhost:{server.port}"
    assert response.headers["content-security-policy"] == (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        f"form-action 'none'; sandbox allow-scripts; frame-ancestors {studio}"
    )
    assert response.headers["content-security-policy"].startswith(BLOCK_POLICY)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["cache-control"] == "no-store"
    assert "set-cookie" not in response.headers
    body = response.text
    assert HOSTILE in body and "<style>#greeting { color: red }</style>" in body
    assert "Hello 49" not in body and "yes</p>" not in body, "nothing in the html is evaluated as a template"


def test_a_blocks_document_carries_no_session_token_or_record_data(admin: httpx.Client) -> None:
    token = re.search(r'name="csrf-token" content="([^"]+)"', admin.get("/").text).group(1)
    body = admin.get("/blocks/welcome").text
    assert token not in body and "csrf" not in body.lower()
    assert SECRET_ROW not in body and "ann@example.com" not in body
    assert admin.cookies.get("appforge_session") not in body


def test_a_stranger_is_sent_to_sign_in_and_an_unknown_block_is_not_found(
    server: LiveServer, admin: httpx.Client
) -> None:
    with server.client("notes") as stranger:
        response = stranger.get("/blocks/welcome")
    assert response.status_code == 303 and response.headers["location"].startswith("/auth/signin")
    missing = admin.get("/blocks/nothing")
    assert missing.status_code == 404 and "This app has no block" in missing.text


def test_a_block_on_a_view_is_for_those_who_may_see_that_view(server: LiveServer, admin: httpx.Client) -> None:
    assert admin.get("/blocks/vault").status_code == 200
    with server.client("notes") as member:
        assert sign_up(member, "max@example.com").status_code == 303
        assert member.get("/v/secrets").status_code == 403
        assert member.get("/blocks/vault").status_code == 403
        assert member.get("/blocks/legend").status_code == 200


def test_a_new_block_shows_without_a_restart(server: LiveServer, admin: httpx.Client) -> None:
    server.platform.apply(server.name("notes"), [
        {"op": "add_block", "block": {"name": "late", "view": "notes", "html": "<p>Just added</p>"}},
        {"op": "configure_block", "block": "legend", "html": "<p>Changed legend</p>"},
    ])
    assert 'src="/blocks/late"' in admin.get("/v/notes").text
    assert "<p>Changed legend</p>" in admin.get("/blocks/legend").text
