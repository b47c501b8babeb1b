"""App users over real HTTP: sign-up, sign-in and sign-out pages, roles of the first and later users, closed
sign-up, API tokens, and the sign-in gate of a sign-in app (redirect for pages, 401 for the API)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.runtime.servers import (
    BACKENDS,
    BOARD,
    PASSWORD,
    SHOP,
    TEAM,
    LiveServer,
    api_token,
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


def test_a_stranger_is_sent_to_sign_in_and_the_api_answers_401(server: LiveServer) -> None:
    with server.client("shop") as client:
        page = client.get("/v/anything?x=1")
        assert page.status_code == 303
        assert page.headers["location"] == "/auth/signin?next=%2Fv%2Fanything%3Fx%3D1"
        for method, path in [("GET", "/api/product"), ("POST", "/api/product"), ("GET", "/api/product/1"),
                             ("GET", "/api/me"), ("GET", "/openapi.json"), ("GET", "/api/product.csv")]:
            response = client.request(method, path, json={"name": "x"} if method == "POST" else None)
            assert response.status_code == 401, (method, path, response.text)
            assert response.headers["www-authenticate"] == "Bearer"
        assert client.get("/auth/signin").status_code == 200
        assert client.get("/static/app.css").status_code == 200


def test_sign_up_signs_in_and_sign_out_signs_out(server: LiveServer) -> None:
    with server.client("shop") as client:
        response = sign_up(client, "Ann@Example.com", name="Ann")
        assert response.status_code == 303 and response.headers["location"] == "/"
        me = client.get("/api/me")
        assert me.status_code == 200 and me.json()["email"] == "ann@example.com" and me.json()["name"] == "Ann"
        token = csrf_from(client.get("/auth/signin").text)
        out = client.post("/auth/signout", data={"csrf_token": token})
        assert out.status_code == 303
        assert client.get("/api/me").status_code == 401
        back = sign_in(client, "ann@example.com")
        assert back.status_code == 303
        assert client.get("/api/me").json()["email"] == "ann@example.com"


def test_sign_in_goes_back_to_the_page_asked_for_but_never_off_site(server: LiveServer) -> None:
    with server.client("shop") as client:
        sign_up(client, "nina@example.com")
        client.cookies.clear()
        token = csrf_from(client.get("/auth/signin?next=/v/x").text)
        ok = client.post("/auth/signin", data={"email": "nina@example.com", "password": PASSWORD,
                                               "csrf_token": token, "next": "/v/x?y=1"})
        assert ok.headers["location"] == "/v/x?y=1"
        for evil in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
            client.cookies.clear()
            token = csrf_from(client.get("/auth/signin").text)
            response = client.post("/auth/signin", data={"email": "nina@example.com", "password": PASSWORD,
                                                         "csrf_token": token, "next": evil})
            assert response.headers["location"] == "/", evil


def test_wrong_password_and_unknown_email_read_the_same(server: LiveServer) -> None:
    with server.client("shop") as client:
        sign_up(client, "bob@example.com")
        client.cookies.clear()
        wrong = sign_in(client, "bob@example.com", "not the password")
        unknown = sign_in(client, "nobody@example.com", "not the password")
        assert wrong.status_code == unknown.status_code == 401
        assert "Wrong email or password" in wrong.text and "Wrong email or password" in unknown.text
        assert client.get("/api/me").status_code == 401


@pytest.mark.parametrize("email, password, field", [
    ("not-an-email", PASSWORD, "email"),
    ("short@example.com", "short", "password"),
])
def test_sign_up_refuses_bad_input_beside_the_field(server: LiveServer, email: str, password: str, field: str
                                                    ) -> None:
    with server.client("shop") as client:
        response = sign_up(client, email, password)
        assert response.status_code == 422
        assert f'id="{field}-error"' in response.text
        assert client.get("/api/me").status_code == 401


def test_an_email_signs_up_once(server: LiveServer) -> None:
    with server.client("shop") as first, server.client("shop") as second:
        assert sign_up(first, "twice@example.com").status_code == 303
        again = sign_up(second, "TWICE@example.com")
        assert again.status_code == 422 and "already an account" in again.text


def test_first_user_gets_the_owner_role_and_later_ones_the_default(server: LiveServer) -> None:
    with server.client("team") as owner, server.client("team") as member:
        sign_up(owner, "boss@example.com")
        sign_up(member, "crew@example.com")
        assert owner.get("/api/me").json()["role"] == "admin"
        assert member.get("/api/me").json()["role"] == "member"


def test_closed_sign_up_admits_only_the_first_user(server: LiveServer) -> None:
    with server.client("board") as first, server.client("board") as second:
        assert sign_up(first, "founder@example.com").status_code == 303
        assert first.get("/api/me").json()["email"] == "founder@example.com"
        assert second.get("/auth/signup").status_code == 403
        refused = sign_up(second, "late@example.com")
        assert refused.status_code == 403 and "does not take new sign-ups" in refused.text
        assert second.get("/api/me").status_code == 401


def test_api_token_authenticates_without_cookies_or_csrf(server: LiveServer) -> None:
    with server.client("shop") as browser:
        sign_up(browser, "robot@example.com")
    token = api_token(server, "shop", "robot@example.com")
    with server.client("shop", headers={"Authorization": f"Bearer {token}"}) as api:
        assert api.get("/api/me").json()["email"] == "robot@example.com"
        created = api.post("/api/category", json={"name": "Robots"})
        assert created.status_code == 201, created.text
        assert "set-cookie" not in created.headers


def test_a_wrong_or_forged_token_is_refused(server: LiveServer) -> None:
    with server.client("shop") as client:
        sign_up(client, "eve@example.com")
        wrong = client.post("/api/auth/token", json={"email": "eve@example.com", "password": "guess guess"})
        assert wrong.status_code == 401
    token = api_token(server, "shop", "eve@example.com")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for value in (forged, "nonsense", "a.b.c"):
        with server.client("shop", headers={"Authorization": f"Bearer {value}"}) as api:
            assert api.get("/api/product").status_code == 401


def test_a_public_app_lets_strangers_read_but_not_write(server: LiveServer) -> None:
    with server.client("board") as stranger:
        assert stranger.get("/api/post").status_code == 200
        assert stranger.post("/api/post", json={"title": "spam"}).status_code == 401
        assert stranger.get("/api/me").status_code == 401
        assert stranger.get("/").status_code == 200
        token = csrf_from(stranger.get("/auth/signin").text)
        assert stranger.post("/api/post", json={"title": "spam"}, headers={"X-CSRF-Token": token}).status_code == 401
