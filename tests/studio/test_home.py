"""The start page: a builder's apps, a name and title from the sentence, the catalogue searchable, a template."""

from __future__ import annotations

from appforge.studio.home import search_templates, suggest_name, suggest_title
from tests.studio.conftest import Studio, csrf


def test_a_name_and_a_title_come_from_the_telling_words() -> None:
    taken = {"booking-salon", "booking-salon-2"}
    assert suggest_name("A booking app for my salon", taken.__contains__) == "booking-salon-3"
    assert suggest_name("track my houseplants and when I water them", set().__contains__) == "houseplants-water"
    assert suggest_name("an app", set().__contains__) == "app"
    assert suggest_name("42 ways to 9x", set().__contains__) == "ways"
    assert suggest_name("Café Müller's orders", set().__contains__) == "cafe-muller"
    assert suggest_title("a booking app for my salon") == "Booking salon"


def test_templates_are_searched_by_every_word() -> None:
    found = search_templates("plant water")
    assert found and all("plant" in (b.summary + b.name).lower() for b in found)
    assert len(search_templates("")) == 300 and search_templates("zzzz-nothing") == []


def test_the_catalogue_answers_htmx_with_a_fragment(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    fragment = ann.get("/templates?q=gym", headers={"HX-Request": "true"}).text
    assert fragment.lstrip().startswith("<ul") and "Use" in fragment
    none = ann.get("/templates?q=zzzz-nothing", headers={"HX-Request": "true"}).text
    assert "No template matches" in none and "zzzz-nothing" in none


def test_an_app_from_a_template_is_the_builders(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    blueprint = search_templates("plant")[0]
    response = ann.post("/new/template", data={"template": blueprint.name, "csrf_token": csrf(ann)})
    assert response.status_code == 303
    name = response.headers["location"].rsplit("/", 1)[1]
    assert studio.platform.owner(name) == "builder:1"
    assert studio.platform.current(name).spec.heading == blueprint.spec.heading
    assert f"/apps/{name}" in ann.get("/").text
    missing = ann.post("/new/template", data={"template": "no-such", "csrf_token": csrf(ann)})
    assert missing.status_code == 404


def test_empty_start_page_says_what_to_do(studio: Studio) -> None:
    page = studio.builder("ann@example.com").get("/").text
    assert "No apps yet." in page and "What do you want to build?" in page
