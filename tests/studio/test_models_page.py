"""The models page shows the flywheel turning: each model's share of turns kept, and the trained models' scores."""

from __future__ import annotations

import re

from appforge.studio.feedback import feedback_turns
from tests.studio.conftest import Studio, csrf, new_app, post_stream


def test_the_models_page_shows_turns_kept_per_model_and_the_scores_of_trained_models(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, "a booking app for my salon: clients, stylists, appointments")
    post_stream(ann, f"/apps/{app}/chat", "add a phone field to clients")
    post_stream(ann, f"/apps/{app}/chat", "add a tip field to appointments")
    last = feedback_turns(studio.platform, app)[-1]
    ann.post(f"/apps/{app}/turns/{last.turn}/thumbs", data={"value": "down"},
             headers={"X-CSRF-Token": csrf(ann), "HX-Request": "true"})
    page = ann.get("/models")
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.text)
    assert "<td>keyword-rules</td><td>3</td><td>2</td><td>67%</td>" in text
    assert re.search(r"<td>shipped</td><td>yes</td><td>-</td> <td>0\.\d{3}</td>", text)


def test_the_models_page_is_for_builders_only(studio: Studio) -> None:
    stranger = studio.client()
    assert stranger.get("/models").status_code == 303
