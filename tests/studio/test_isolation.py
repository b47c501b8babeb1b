"""Isolation: a builder reaches only their own apps (404 on every route naming another's), an app's users never reach
the studio (another host, another realm), and the preview's token opens one app for two minutes, nothing more."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from appforge.runtime import auth
from appforge.spec.model import AppSpec
from tests.studio.conftest import PASSWORD, Studio, csrf, csrf_of, new_app, post_stream

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def studio_routes() -> list[tuple[str, str]]:
    """(method, path) of every studio route that names an app."""
    from appforge.studio import chat, data, history, home, settings, spec_editor

    found = []
    for module in (chat, data, history, home, settings, spec_editor):
        for route in module.router.routes:
            path = getattr(route, "path", "")
            if "{name}" in path:
                found.extend((method, path) for method in sorted(route.methods - {"HEAD"}))
    return found


def filled(path: str, app: str) -> str:
    return (path.replace("{name}", app).replace("{number}", "1").replace("{entity_name}", "client")
            .replace("{row_id}", "1").replace("{turn_id}", "1").replace("{user_id}", "1"))


@pytest.fixture()
def two_builders(studio: Studio) -> dict[str, Any]:
    ann = studio.builder("ann@example.com", "Ann")
    app = new_app(ann, SENTENCE)
    studio.platform.records(app).create("client", {"name": "Dana"})
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    bob = studio.builder("bob@example.com", "Bob")
    return {"ann": ann, "bob": bob, "app": app}


def test_every_studio_route_for_another_builders_app_is_a_404(studio: Studio, two_builders: dict[str, Any]) -> None:
    bob: TestClient = two_builders["bob"]
    app = two_builders["app"]
    before = [v.number for v in studio.platform.versions(app)]
    token = csrf(bob)
    routes = studio_routes()
    assert len(routes) >= 20
    for method, path in routes:
        url = filled(path, app)
        if method == "GET":
            response = bob.get(url)
        else:
            response = bob.request(method, url, headers={"X-CSRF-Token": token}, data={
                "message": "remove everything", "to": "1", "text": f"app {app}\n", "model": "", "access": "public",
                "value": "down", "name": "x", "email": "x@example.com", "password": PASSWORD, "role": ""})
        assert response.status_code == 404, (method, url, response.status_code)
        assert "Dana" not in response.text and "Booking salon" not in response.text
    missing = bob.get(f"/apps/no-such-app-{app}")
    assert missing.status_code == 404  # the same answer whether the app exists or not
    assert [v.number for v in studio.platform.versions(app)] == before
    assert studio.platform.records(app).count("client") == 1


def test_the_start_page_lists_only_ones_own_apps(studio: Studio, two_builders: dict[str, Any]) -> None:
    bob: TestClient = two_builders["bob"]
    assert two_builders["app"] not in bob.get("/").text
    mine = new_app(bob, "a reading list with books and authors")
    page = bob.get("/").text
    assert f"/apps/{mine}" in page and f"/apps/{two_builders['app']}" not in page
    assert f"/apps/{mine}" not in two_builders["ann"].get("/").text


def test_apps_nobody_owns_belong_to_the_first_builder(studio: Studio) -> None:
    studio.platform.create_app(AppSpec.model_validate({"name": "example", "entities": [
        {"name": "note", "fields": [{"name": "title"}]}]}), message="Loaded the example app")
    first = studio.builder("first@example.com")
    second = studio.builder("second@example.com")
    assert "/apps/example" in first.get("/").text and first.get("/apps/example").status_code == 200
    assert "/apps/example" not in second.get("/").text and second.get("/apps/example").status_code == 404


def app_user(studio: Studio, app: str, email: str = "user@example.com") -> TestClient:
    client = studio.client(app)
    token = csrf_of(client.get("/auth/signup").text)
    response = client.post("/auth/signup", data={"email": email, "name": "User", "password": PASSWORD,
                                                  "csrf_token": token})
    assert response.status_code == 303, response.text
    return client


def test_an_app_users_session_means_nothing_in_the_studio(studio: Studio, two_builders: dict[str, Any]) -> None:
    app = two_builders["app"]
    user = app_user(studio, app)
    cookie = user.cookies.get("appforge_session")
    token = csrf_of(user.get("/").text)
    stranger = studio.client()
    stranger.cookies.set("appforge_session", cookie)
    assert "Create your account" in stranger.get("/").text
    assert stranger.get(f"/apps/{app}").status_code == 303  # sent to sign in
    response = stranger.post(f"/apps/{app}/chat", data={"message": "drop it"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 403
    assert [v.number for v in studio.platform.versions(app)][-1] == 2


def test_a_builders_session_means_nothing_on_an_apps_origin(studio: Studio, two_builders: dict[str, Any]) -> None:
    ann: TestClient = two_builders["ann"]
    app = two_builders["app"]
    visitor = studio.client(app)
    visitor.cookies.set("appforge_session", ann.cookies.get("appforge_session"))
    response = visitor.get("/")
    assert response.status_code == 303 and response.headers["location"].startswith("/auth/signin")


def test_an_apps_origin_serves_no_studio_route(studio: Studio, two_builders: dict[str, Any]) -> None:
    app = two_builders["app"]
    user = app_user(studio, app)
    for path in ("/signin", "/signup", "/templates", f"/apps/{app}", f"/apps/{app}/spec", "/assets/studio.js"):
        response = user.get(path)
        assert response.status_code == 404, path
        assert "appforge studio" not in response.text
    token = csrf_of(user.get("/").text)
    for path in ("/new", f"/apps/{app}/chat", f"/apps/{app}/rollback"):
        assert user.post(path, data={"message": "x", "to": "1"}, headers={"X-CSRF-Token": token}).status_code in (
            404, 405), path


def preview_link(studio: Studio, client: TestClient, app: str) -> str:
    url = client.get(f"/apps/{app}/preview?path=/e/client").json()["url"]
    assert url.startswith(f"http://{app}.localhost:8000/auth/preview?token=")
    return url.split(":8000", 1)[1]


def test_the_preview_token_signs_the_frame_into_that_app_only(studio: Studio, two_builders: dict[str, Any]) -> None:
    ann: TestClient = two_builders["ann"]
    app = two_builders["app"]
    other = new_app(ann, "a reading list with books and authors")
    link = preview_link(studio, ann, app)
    frame = studio.client(app)
    response = frame.get(link)
    assert response.status_code == 303 and response.headers["location"] == "/e/client"
    cookie = response.headers["set-cookie"]
    assert "SameSite=None" in cookie and "Secure" in cookie and "Partitioned" in cookie
    assert "HttpOnly" in cookie and "Domain" not in cookie
    value = re.search(r"appforge_session=([^;]+)", cookie).group(1)
    page = studio.client(app).get("/e/client", headers={"Cookie": f"appforge_session={value}"})
    assert page.status_code == 200 and "Dana" in page.text
    assert studio.client(other).get(link).status_code == 401  # another app's realm
    forged = re.sub(r"token=([^.&]+)\.([^.&]+)\.[^&]+", r"token=\1.\2.AAAAAAAAAAAAAAAAAAAAAAAAAAA", link)
    assert forged != link and studio.client(app).get(forged).status_code == 401


def test_a_preview_token_expires(studio: Studio, two_builders: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    link = preview_link(studio, two_builders["ann"], two_builders["app"])
    monkeypatch.setattr(auth, "PREVIEW_MAX_AGE", -1)
    response = studio.client(two_builders["app"]).get(link)
    assert response.status_code == 401 and "expired" in response.text


def test_the_preview_user_cannot_be_signed_into_with_a_password(studio: Studio, two_builders: dict[str, Any]) -> None:
    app = two_builders["app"]
    assert two_builders["ann"].get(f"/apps/{app}").status_code == 200  # the page makes the preview user
    users = studio.platform.records(app).list_users()
    assert [u["email"] for u in users] == ["builder-1@studio.appforge.invalid"]
    client = studio.client(app)
    for password in ("", "!studio-preview", PASSWORD):
        response = client.post("/api/auth/token", json={"email": users[0]["email"], "password": password})
        assert response.status_code in (401, 422)


def test_the_studio_may_frame_apps_and_is_framed_by_nobody(studio: Studio, two_builders: dict[str, Any]) -> None:
    ann: TestClient = two_builders["ann"]
    response = ann.get(f"/apps/{two_builders['app']}")
    csp = response.headers["content-security-policy"]
    assert "frame-src 'self' http://*.localhost:8000" in csp and "frame-ancestors 'self'" in csp
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    app_page = studio.client(two_builders["app"]).get("/auth/signin")
    assert "frame-ancestors 'self' http://127.0.0.1:8000" in app_page.headers["content-security-policy"]


def test_what_a_builder_types_is_escaped(studio: Studio, two_builders: dict[str, Any]) -> None:
    ann: TestClient = two_builders["ann"]
    app = two_builders["app"]
    post_stream(ann, f"/apps/{app}/chat", "<script>alert(1)</script> add a note field to clients")
    page = ann.get(f"/apps/{app}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
