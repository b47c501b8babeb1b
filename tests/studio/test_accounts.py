"""Builder accounts: sign-up, sign-in, sign-out, argon2 hashes, host-only cookies, CSRF on every post."""

from __future__ import annotations

import sqlalchemy as sa

from tests.studio.conftest import PASSWORD, Studio, csrf, sign_up


def test_a_stranger_sees_the_welcome_and_is_sent_to_sign_in_from_any_studio_page(studio: Studio) -> None:
    client = studio.client()
    welcome = client.get("/")
    assert welcome.status_code == 200 and "Create your account" in welcome.text
    for path in ("/apps/anything", "/apps/anything/history", "/templates"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/signin?next=")


def test_sign_up_signs_in_and_stores_an_argon2_hash(studio: Studio) -> None:
    client = studio.client()
    response = sign_up(client, "Ann@Example.com", "Ann")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Domain" not in cookie
    assert "Your apps" in client.get("/").text
    with studio.platform.storage.platform_engine().connect() as conn:
        email, stored = conn.execute(sa.text("SELECT email, password_hash FROM builders")).one()
    assert email == "ann@example.com" and stored.startswith("$argon2") and PASSWORD not in stored


def test_sign_up_refusals_are_shown_beside_their_fields(studio: Studio) -> None:
    client = studio.client()
    bad = sign_up(client, "not-an-email", password="short")
    assert bad.status_code == 422
    assert "Enter an email address" in bad.text and "at least 8 characters" in bad.text
    assert sign_up(studio.client(), "ann@example.com").status_code == 303
    twice = sign_up(studio.client(), "ann@example.com")
    assert twice.status_code == 422 and "already an account" in twice.text


def test_sign_in_and_sign_out(studio: Studio) -> None:
    studio.builder("ann@example.com", "Ann")
    client = studio.client()
    token = csrf(client, "/signin")
    wrong = client.post("/signin", data={"email": "ann@example.com", "password": "nope-nope", "csrf_token": token})
    assert wrong.status_code == 401 and "Wrong email or password" in wrong.text
    right = client.post("/signin", data={"email": "ANN@example.com", "password": PASSWORD, "csrf_token": token,
                                         "next": "/templates"})
    assert right.status_code == 303 and right.headers["location"] == "/templates"
    assert "Ann" in client.get("/").text
    out = client.post("/signout", data={"csrf_token": csrf(client)})
    assert out.status_code == 303
    assert "Create your account" in client.get("/").text


def test_sign_in_never_redirects_off_the_studio(studio: Studio) -> None:
    studio.builder("ann@example.com")
    client = studio.client()
    response = client.post("/signin", data={"email": "ann@example.com", "password": PASSWORD,
                                            "csrf_token": csrf(client, "/signin"), "next": "//evil.example/"})
    assert response.headers["location"] == "/"


def test_every_post_needs_the_csrf_token(studio: Studio) -> None:
    client = studio.builder("ann@example.com")
    for path in ("/new", "/signout", "/new/template"):
        response = client.post(path, data={"message": "a todo list"})
        assert response.status_code == 403, path
    other = studio.client()
    assert other.post("/signup", data={"email": "bob@example.com", "password": PASSWORD}).status_code == 403
