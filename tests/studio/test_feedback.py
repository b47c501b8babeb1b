"""Feedback as training data: each applied turn with its message and specs; thumbs; undo; a fix by hand (spec edit)
or by a follow-up message after a thumbs down or an undo; never an app's rows."""

from __future__ import annotations

import json

import sqlalchemy as sa

from appforge.spec.text import to_text
from appforge.studio.feedback import feedback_turns
from tests.studio.conftest import Studio, csrf, new_app, post_stream

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def thumbs(client, app: str, turn: int, value: str) -> None:  # type: ignore[no-untyped-def]
    response = client.post(f"/apps/{app}/turns/{turn}/thumbs", data={"value": value},
                           headers={"X-CSRF-Token": csrf(client), "HX-Request": "true"})
    assert response.status_code == 200


def test_each_applied_turn_is_kept_with_its_specs(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    post_stream(ann, f"/apps/{app}/chat", "make it nicer somehow")  # refused: no feedback row
    first, second = feedback_turns(studio.platform, app)
    assert first.message == SENTENCE and first.spec_before is None and first.model == "keyword-rules"
    assert [e["name"] for e in first.spec_final["entities"]] == ["client", "stylist", "appointment"]
    assert second.spec_before == first.spec_final and second.operations[0]["op"] == "add_field"
    assert second.spec_model == second.spec_final and second.kept and not second.corrected


def test_thumbs_down_then_a_spec_edit_is_recorded_as_the_correction(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a tip field to clients")
    turn = feedback_turns(studio.platform, app)[-1]
    thumbs(ann, app, turn.turn, "down")
    text = to_text(studio.platform.current(app).spec)
    fixed = text.replace("\n  tip: money", "").replace("entity appointment\n", "entity appointment\n  tip: money\n")
    assert fixed != text
    response = ann.post(f"/apps/{app}/spec", data={"text": fixed, "csrf_token": csrf(ann)})
    assert response.status_code == 303
    kept = feedback_turns(studio.platform, app)[-1]
    assert kept.turn == turn.turn and kept.thumbs == "down" and kept.correction == "spec_edit" and not kept.kept
    assert "tip" in [f["name"] for f in _entity(kept.spec_model, "client")["fields"]]
    assert "tip" not in [f["name"] for f in _entity(kept.spec_final, "client")["fields"]]
    assert "tip" in [f["name"] for f in _entity(kept.spec_final, "appointment")["fields"]]


def test_undo_then_a_follow_up_message_is_recorded_as_the_correction(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    post_stream(ann, f"/apps/{app}/chat", "add a tip field to clients")
    wrong = feedback_turns(studio.platform, app)[-1]
    ann.post(f"/apps/{app}/turns/{wrong.turn}/undo", headers={"X-CSRF-Token": csrf(ann), "HX-Request": "true"})
    post_stream(ann, f"/apps/{app}/chat", "add a tip field to appointments")
    turns = {t.turn: t for t in feedback_turns(studio.platform, app)}
    fixed = turns[wrong.turn]
    assert fixed.undone and fixed.correction == "follow_up"
    assert "tip" in [f["name"] for f in _entity(fixed.spec_final, "appointment")["fields"]]
    follow_up = turns[max(turns)]
    assert follow_up.message == "add a tip field to appointments" and follow_up.kept
    post_stream(ann, f"/apps/{app}/chat", "add a notes field to clients")  # the fix was closed by the follow-up
    assert feedback_turns(studio.platform, app)[1].spec_final == fixed.spec_final


def test_no_row_of_any_app_is_kept(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    studio.platform.records(app).create("client", {"name": "Dana Secretrow"})
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    studio.platform.records(app).update("client", 1, {"phone": "555 0199 77"})
    turn = feedback_turns(studio.platform, app)[-1]
    thumbs(ann, app, turn.turn, "down")
    text = to_text(studio.platform.current(app).spec) + '\nseed client\n  {"name": "Seeded Secretrow"}\n'
    assert ann.post(f"/apps/{app}/spec", data={"text": text, "csrf_token": csrf(ann)}).status_code == 303
    with studio.platform.storage.platform_engine().connect() as conn:
        stored = json.dumps([list(r) for r in conn.execute(sa.text("SELECT * FROM feedback"))], default=str)
    assert "Secretrow" not in stored and "555 0199" not in stored
    assert all("seed" not in t.spec_final for t in feedback_turns(studio.platform))


def _entity(spec: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(e for e in spec["entities"] if e["name"] == name)
