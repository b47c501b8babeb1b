"""The chat: a message streams its progress, then the turn (summary, undo, thumbs); undo keeps the rows typed since;
a failure says why and changes nothing; a failing provider's fallback note is shown with the turn."""

from __future__ import annotations

from pydantic import SecretStr

from appforge.generation import GenerationService
from appforge.models.router import Router
from appforge.settings import ProviderConfig
from tests.studio.conftest import Studio, csrf, new_app, post_stream

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def test_a_new_app_streams_each_step_then_opens_its_page(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    found = post_stream(ann, "/new", SENTENCE)
    stages = [name for name, _ in found]
    assert stages == ["received", "model_chosen", "proposed", "validated", "migrated", "ready", "turn"]
    turn = found[-1][1]
    assert turn["created"] == "/apps/booking-salon" and turn["url"] == "http://booking-salon.localhost:8000/"
    assert "added entity client" in turn["html"]
    spec = studio.platform.current("booking-salon").spec
    assert spec.title == "Booking salon" and [e.name for e in spec.entities] == ["client", "stylist", "appointment"]
    assert studio.platform.owner("booking-salon") == "builder:1"
    page = ann.get("/apps/booking-salon").text
    assert "Built the app:" in page and 'src="http://booking-salon.localhost:8000/auth/preview?token=' in page


def test_a_change_shows_what_changed_and_undo_keeps_the_rows(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    records = studio.platform.records(app)
    records.create("client", {"name": "Dana"})
    found = post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    turn = dict(found)["turn"]
    assert turn["accepted"] and turn["version"] == 2
    assert "added field Phone (phone) to client" in turn["html"] and "Undo" in turn["html"]
    studio.platform.records(app).update("client", 1, {"phone": "555 0100"})
    turn_id = studio.server.home.app.state.studio.turns.for_app(app)[-1].id
    undone = ann.post(f"/apps/{app}/turns/{turn_id}/undo", headers={"X-CSRF-Token": csrf(ann), "HX-Request": "true"})
    assert undone.status_code == 200 and undone.headers["HX-Trigger"] == "preview-reload"
    assert "Undone" in undone.text and "back to what version 1 was" in undone.text
    current = studio.platform.current(app)
    assert current.number == 3 and studio.platform.current(app).spec.entity("client").field("phone") is None
    assert studio.platform.records(app).get("client", 1)["name"] == "Dana"
    studio.platform.rollback(app, 2)  # the undone field was archived with its column: going back brings the value
    assert studio.platform.records(app).get("client", 1)["phone"] == "555 0100"


def test_thumbs_are_kept_per_turn_and_pressing_again_takes_them_back(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    turn_id = studio.server.home.app.state.studio.turns.for_app(app)[0].id
    headers = {"X-CSRF-Token": csrf(ann), "HX-Request": "true"}
    down = ann.post(f"/apps/{app}/turns/{turn_id}/thumbs", data={"value": "down"}, headers=headers)
    assert down.status_code == 200 and 'value="down" aria-pressed="true"' in down.text
    assert "your fix is kept" in down.text
    again = ann.post(f"/apps/{app}/turns/{turn_id}/thumbs", data={"value": "down"}, headers=headers)
    assert 'aria-pressed="true"' not in again.text


def test_a_refused_message_says_why_and_changes_nothing(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    empty = ann.post(f"/apps/{app}/chat", data={"message": "   "},
                     headers={"X-CSRF-Token": csrf(ann), "Accept": "text/event-stream"})
    assert empty.status_code == 422 and "Write what to change" in empty.text
    found = post_stream(ann, f"/apps/{app}/chat", "make it nicer somehow")
    names = [name for name, _ in found]
    assert "failed" in names and "ready" not in names
    turn = dict(found)["turn"]
    assert not turn["accepted"] and "Nothing changed." in turn["html"] and "Undo" not in turn["html"]
    assert studio.platform.current(app).number == 1


def test_a_failing_provider_falls_back_and_the_turn_says_so(studio: Studio) -> None:
    broken = ProviderConfig(name="broken", kind="openai", base_url="http://127.0.0.1:9/v1", model="x",
                            api_key=SecretStr("sk-test-key-123456"), timeout=1)
    settings = studio.settings.model_copy(update={"providers": [broken], "provider_retries": 0})
    state = studio.server.home.app.state.studio
    state.service = GenerationService(studio.platform, Router(settings, fallback="keyword-rules", register=False))
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    state.app_settings.set(app, model="broken")
    found = post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    assert dict(found)["model_chosen"]["data"]["model"] == "broken"
    turn = dict(found)["turn"]
    assert turn["accepted"] and "the configured model failed" in turn["html"] and 'class="note"' in turn["html"]
    assert "sk-test-key-123456" not in turn["html"]


def test_without_a_script_a_message_is_a_plain_post_and_redirect(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    response = ann.post("/new", data={"message": SENTENCE, "csrf_token": csrf(ann)})
    assert response.status_code == 303 and response.headers["location"] == "/apps/booking-salon"
    response = ann.post("/apps/booking-salon/chat", data={"message": "add a phone field to clients",
                                                          "csrf_token": csrf(ann)})
    assert response.status_code == 303 and studio.platform.current("booking-salon").number == 2
