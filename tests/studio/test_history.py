"""History: every version with its message, model and time; a version's spec; a readable diff; roll back to any."""

from __future__ import annotations

from appforge.studio.history import spec_diff
from tests.studio.conftest import Studio, csrf, new_app, post_stream

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def test_spec_diff_numbers_both_sides() -> None:
    lines = spec_diff("app a\nentity x\n  name: text\n", "app a\nentity x\n  name: text\n  phone: phone\n")
    kinds = [(line.kind, line.old, line.new, line.text) for line in lines]
    assert kinds[0][0] == "hunk"
    assert ("add", None, 4, "  phone: phone") in kinds and ("same", 1, 1, "app a") in kinds
    assert spec_diff("same\n", "same\n") == []


def test_history_lists_versions_with_message_model_and_author(studio: Studio) -> None:
    ann = studio.builder("ann@example.com", "Ann Builder")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    page = ann.get(f"/apps/{app}/history").text
    assert page.index("add a phone field to clients") < page.index(SENTENCE)  # newest first
    assert "keyword-rules" in page and "Ann Builder" in page and "Roll back to version 1" in page


def test_view_a_version_and_compare_two(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    version = ann.get(f"/apps/{app}/versions/1")
    assert version.status_code == 200 and f"app {app}" in version.text and "phone: phone" not in version.text
    diff = ann.get(f"/apps/{app}/compare?a=1&b=2").text
    assert 'class="diff-line diff-add"' in diff and "phone: phone" in diff
    assert ann.get(f"/apps/{app}/versions/9").status_code == 404


def test_roll_back_two_versions_keeps_rows(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    post_stream(ann, f"/apps/{app}/chat", "add a notes field to clients")
    studio.platform.records(app).create("client", {"name": "Dana", "phone": "555", "notes": "VIP"})
    response = ann.post(f"/apps/{app}/rollback", data={"to": "1", "csrf_token": csrf(ann)})
    assert response.status_code == 303 and response.headers["location"] == f"/apps/{app}/history?rolled=1"
    assert "Rolled back" in ann.get(response.headers["location"]).text
    client = studio.platform.current(app).spec.entity("client")
    assert studio.platform.current(app).number == 4 and [f.name for f in client.fields] == ["name"]
    assert studio.platform.records(app).get("client", 1)["name"] == "Dana"
    turns = studio.server.home.app.state.studio.turns.for_app(app)
    assert [t.undone for t in turns] == [False, True, True]
