"""Settings: the model per app (the router honours it), visibility (a spec change), users and roles, feedback
opt-out, and the export button."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from tests.studio.conftest import Studio, csrf, new_app, post_stream

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def test_the_chosen_model_answers_the_apps_messages(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    page = ann.get(f"/apps/{app}/settings").text
    assert "Platform default (keyword-rules)" in page and "appforge (in-house)" in page
    token = csrf(ann, f"/apps/{app}/settings")
    unknown = ann.post(f"/apps/{app}/settings/model", data={"model": "gpt-99", "csrf_token": token})
    assert unknown.status_code == 422 and "There is no model" in unknown.text
    chosen = ann.post(f"/apps/{app}/settings/model", data={"model": "nearest-blueprint", "csrf_token": token})
    assert chosen.status_code == 303
    found = dict(post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients"))
    assert found["model_chosen"]["data"]["model"] == "nearest-blueprint"
    record = studio.server.home.app.state.studio.service.log.recent(app=app, limit=1)[0]
    assert record.model_asked == "nearest-blueprint"


def test_visibility_is_the_specs_access_and_a_new_version(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    assert studio.platform.current(app).spec.auth.access == "signin"
    response = ann.post(f"/apps/{app}/settings/access", data={"access": "public", "csrf_token": csrf(ann)})
    assert response.status_code == 303
    current = studio.platform.current(app)
    assert current.spec.auth.access == "public" and current.number == 2
    assert studio.client(app).get("/").status_code == 200  # a stranger may open it now
    assert ann.post(f"/apps/{app}/settings/access", data={"access": "nobody", "csrf_token": csrf(ann)}
                    ).status_code == 422


def test_users_are_listed_added_and_given_roles(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    text = studio.platform.current(app).spec.model_dump()
    text["roles"] = [{"name": "manager"}, {"name": "staff"}]
    from appforge.spec.model import AppSpec

    studio.platform.replace_spec(app, AppSpec.model_validate(text))
    token = csrf(ann, f"/apps/{app}/settings")
    bad = ann.post(f"/apps/{app}/users", data={"email": "nope", "password": "short", "csrf_token": token})
    assert bad.status_code == 422 and "Enter an email address" in bad.text
    added = ann.post(f"/apps/{app}/users", data={"email": "Sam@Example.com", "name": "Sam", "password": "a long password",
                                                 "role": "staff", "csrf_token": token})
    assert added.status_code == 303
    records = studio.platform.records(app)
    sam = records.user_by_email("sam@example.com")
    assert sam["role"] == "staff" and sam["password_hash"].startswith("$argon2")
    promoted = ann.post(f"/apps/{app}/users/{sam['id']}/role", data={"role": "manager", "csrf_token": token})
    assert promoted.status_code == 303 and records.user_by_id(sam["id"])["role"] == "manager"
    page = ann.get(f"/apps/{app}/settings").text
    assert "sam@example.com" in page and "you, in the preview" in page and "password_hash" not in page
    assert ann.post(f"/apps/{app}/users/99/role", data={"role": "", "csrf_token": token}).status_code == 404


def test_opting_out_of_feedback_deletes_and_stops_it(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    state = studio.server.home.app.state.studio
    assert len(state.feedback.turns(app)) == 1
    response = ann.post(f"/apps/{app}/settings/feedback", data={"csrf_token": csrf(ann)})
    assert response.status_code == 303 and state.feedback.turns(app) == []
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    assert state.feedback.turns(app) == [] and len(state.turns.for_app(app)) == 2


def test_export_says_plainly_when_the_exporter_is_missing(studio: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    real_import = builtins.__import__

    def no_export(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "appforge.export" or name.startswith("appforge.export."):
            raise ImportError("no appforge.export")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_export)
    response = ann.get(f"/apps/{app}/export")
    assert response.status_code == 501 and "Export is not available" in response.text


def test_export_downloads_the_zip_when_the_exporter_is_there(studio: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    fake = types.ModuleType("appforge.export")
    fake.export_zip = lambda platform, name: b"PK\x05\x06" + name.encode()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "appforge.export", fake)
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    response = ann.get(f"/apps/{app}/export")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    assert response.content.endswith(app.encode())
    assert f'filename="{app}.zip"' in response.headers["content-disposition"]
