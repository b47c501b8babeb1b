"""Security over real HTTP: CSRF on every cookie-authenticated write, apps isolated from each other (cookies,
tokens, data), role and own-row permissions in the API, security headers, and a platform home that grants nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest

from tests.runtime.servers import (
    BACKENDS,
    BOARD,
    SHOP,
    TEAM,
    LiveServer,
    api_token,
    bearer_client,
    csrf_from,
    database_url,
    serve_specs,
    sign_in,
    sign_up,
)


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = database_url(request.param)
    with serve_specs([SHOP, TEAM, BOARD], data_dir=tmp_path_factory.mktemp("data"), database_url=url) as live:
        yield live


@pytest.fixture(scope="module")
def team(server: LiveServer) -> dict[str, httpx.Client]:
    """The team app's admin (first user) and two members, each an API client; plus a browser of the admin."""
    clients = {who: bearer_client(server, "team", f"{who}@team.example") for who in ("admin", "mia", "max")}
    return clients


@contextlib.contextmanager
def browser_signed_up(server: LiveServer, app: str, email: str) -> Iterator[httpx.Client]:
    with server.client(app) as client:
        assert sign_up(client, email).status_code == 303
        yield client


# --- CSRF -------------------------------------------------------------------------------------------------------------


def test_a_cookie_authenticated_write_without_csrf_token_is_refused(server: LiveServer) -> None:
    with browser_signed_up(server, "shop", "csrf@example.com") as browser:
        before = browser.get("/api/category").json()["total"]
        assert browser.post("/api/category", json={"name": "Forged"}).status_code == 403
        assert browser.post("/api/category", json={"name": "Forged"},
                            headers={"X-CSRF-Token": "made-up"}).status_code == 403
        assert browser.post("/e/category/new", data={"name": "Forged"}).status_code == 403
        assert browser.post("/e/category/new", data={"name": "Forged", "csrf_token": "made-up"}).status_code == 403
        assert browser.post("/auth/signout").status_code == 403
        assert browser.get("/api/category").json()["total"] == before
        assert browser.get("/api/me").status_code == 200, "a refused sign-out leaves the user signed in"


def test_a_cookie_authenticated_write_with_the_token_passes(server: LiveServer) -> None:
    with browser_signed_up(server, "shop", "csrf-ok@example.com") as browser:
        token = csrf_from(browser.get("/auth/signin").text)
        ok = browser.post("/api/category", json={"name": "Honest"}, headers={"X-CSRF-Token": token})
        assert ok.status_code == 201, ok.text
        form = browser.post("/e/category/new", data={"name": "Honest form", "csrf_token": token})
        assert form.status_code in (200, 303), form.text[:300]
        names = {r["name"] for r in browser.get("/api/category", params={"q": "Honest"}).json()["rows"]}
        assert {"Honest", "Honest form"} <= names


def test_a_token_from_before_sign_in_is_worthless_after_it(server: LiveServer) -> None:
    with server.client("shop") as browser:
        before = csrf_from(browser.get("/auth/signup").text)
        sign_up(browser, "rotate@example.com")
        assert browser.post("/api/category", json={"name": "Old token"},
                            headers={"X-CSRF-Token": before}).status_code == 403


def test_session_cookie_is_host_only_http_only_and_same_site(server: LiveServer) -> None:
    with server.client("shop") as browser:
        cookie = browser.get("/auth/signin").headers["set-cookie"]
        attributes = [part.strip().lower() for part in cookie.split(";")]
        assert "httponly" in attributes and "samesite=lax" in attributes
        assert not any(a.startswith("domain=") for a in attributes)


# --- apps are isolated ------------------------------------------------------------------------------------------------


def test_a_session_cookie_of_one_app_is_rejected_by_another(server: LiveServer, team: dict) -> None:
    with browser_signed_up(server, "shop", "cross@example.com") as shop:
        cookie = shop.cookies.get("appforge_session")
        token = csrf_from(shop.get("/auth/signin").text)
        with server.client("team", cookies={"appforge_session": cookie}) as stolen:
            assert stolen.get("/api/me").status_code == 401
            assert stolen.get("/api/note").status_code == 401
            assert stolen.post("/api/note", json={"title": "x"}, headers={"X-CSRF-Token": token}).status_code in (
                401, 403)


def test_a_token_of_one_app_is_rejected_by_another(server: LiveServer, team: dict) -> None:
    team["admin"].post("/api/secret", json={"title": "launch codes"})
    token = api_token(server, "team", "admin@team.example")
    with server.client("shop", headers={"Authorization": f"Bearer {token}"}) as elsewhere:
        assert elsewhere.get("/api/me").status_code == 401
        assert elsewhere.get("/api/product").status_code == 401


def test_a_user_of_one_app_cannot_read_another_apps_data(server: LiveServer, team: dict) -> None:
    with browser_signed_up(server, "shop", "nosy@example.com") as shop:
        assert shop.get("/api/secret").status_code == 404, "the shop has no secrets; the team's are not reachable"
        assert shop.get("/api/note").status_code == 404


# --- permissions --------------------------------------------------------------------------------------------------


def test_a_role_without_read_gets_403(team: dict) -> None:
    assert team["admin"].post("/api/secret", json={"title": "plan"}).status_code == 201
    assert team["admin"].get("/api/secret").status_code == 200
    for path in ("/api/secret", "/api/secret/1", "/api/secret.csv", "/api/secret/choices"):
        assert team["mia"].get(path).status_code == 403, path
    assert team["mia"].post("/api/secret", json={"title": "mine"}).status_code == 403


def test_own_rows_only_lists_own_rows_and_hides_others(team: dict) -> None:
    mia_note = team["mia"].post("/api/note", json={"title": "mia's"}).json()
    max_note = team["max"].post("/api/note", json={"title": "max's"}).json()
    mia_rows = {r["id"] for r in team["mia"].get("/api/note").json()["rows"]}
    assert mia_note["id"] in mia_rows and max_note["id"] not in mia_rows
    assert team["mia"].get(f"/api/note/{max_note['id']}").status_code == 404
    assert team["mia"].patch(f"/api/note/{max_note['id']}", json={"title": "hacked"}).status_code == 404
    assert team["max"].get(f"/api/note/{max_note['id']}").json()["title"] == "max's"
    assert team["mia"].patch(f"/api/note/{mia_note['id']}", json={"title": "mia's too"}).status_code == 200
    assert team["mia"].delete(f"/api/note/{mia_note['id']}").status_code == 403, "only admins delete"
    admin_rows = {r["id"] for r in team["admin"].get("/api/note").json()["rows"]}
    assert {mia_note["id"], max_note["id"]} <= admin_rows


def test_a_page_names_a_linked_row_only_to_those_who_may_read_it(server: LiveServer, team: dict) -> None:
    """A memo everyone may read points at an admins-only secret and at max's own note: mia sees the memo and the
    links' numbers, never the secret's title or max's note; the admin sees both names."""
    secret = team["admin"].post("/api/secret", json={"title": "launch plan zeta"}).json()
    note = team["max"].post("/api/note", json={"title": "max diary omega"}).json()
    memo = team["admin"].post("/api/memo", json={"title": "read me", "secret": secret["id"], "note": note["id"]})
    assert memo.status_code == 201, memo.text
    path = f"/e/memo/{memo.json()['id']}"
    with server.client("team") as mia:
        assert sign_in(mia, "mia@team.example").status_code == 303
        page = mia.get(path)
        assert page.status_code == 200 and "read me" in page.text
        assert "launch plan zeta" not in page.text and "max diary omega" not in page.text
        assert f"#{secret['id']}" in page.text
        listing = mia.get("/e/memo").text
        assert "launch plan zeta" not in listing and "max diary omega" not in listing
    with server.client("team") as admin:
        assert sign_in(admin, "admin@team.example").status_code == 303
        page = admin.get(path).text
        assert "launch plan zeta" in page and "max diary omega" in page


def test_a_stranger_cannot_write_a_public_apps_rows(server: LiveServer) -> None:
    with server.client("board") as stranger:
        assert stranger.post("/api/post", json={"title": "anon"}).status_code == 401


# --- headers and the platform home ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("app, path", [("shop", "/auth/signin"), ("shop", "/api/product"), ("board", "/"),
                                       (None, "/"), ("shop", "/static/app.css"), ("nope", "/")])
def test_every_response_carries_security_headers(server: LiveServer, app: str | None, path: str) -> None:
    with server.client(app) as client:
        response = client.get(path)
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"]
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors" in csp
    if app not in (None,):
        studio = f"http://127.0.0.1:{server.port}"
        assert studio in csp and f"http://localhost:{server.port}" in csp, "the studio may frame an app"
        assert "x-frame-options" not in headers
    else:
        assert headers["x-frame-options"] == "SAMEORIGIN"


def test_static_files_are_served_on_every_origin_with_cache_headers(server: LiveServer) -> None:
    for app in (None, "shop", "board"):
        with server.client(app) as client:
            response = client.get("/static/app.js")
            assert response.status_code == 200 and "max-age" in response.headers["cache-control"]


def test_unknown_app_is_a_clear_404_page(server: LiveServer) -> None:
    with server.client("nothing-here") as client:
        response = client.get("/")
    assert response.status_code == 404 and "No such app" in response.text


def test_the_studio_on_the_bare_host_grants_nothing_to_an_app_cookie(server: LiveServer) -> None:
    with server.client(None) as home:
        page = home.get("/")
        assert page.status_code == 200
        # The studio lists apps to their builder only (tests/studio/test_isolation.py), never to a stranger.
        assert server.app_url("shop") not in page.text and "Sign in" in page.text
    with browser_signed_up(server, "shop", "home@example.com") as shop:
        cookie = shop.cookies.get("appforge_session")
        token = csrf_from(shop.get("/auth/signin").text)
    with server.client(None, cookies={"appforge_session": cookie}) as home:
        page = home.get("/")
        assert page.status_code == 200 and "home@example.com" not in page.text
        assert home.post("/", headers={"X-CSRF-Token": token}).status_code == 403
