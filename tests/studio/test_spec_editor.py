"""The spec panel: read and edit the text form; an error is shown with its line and nothing is stored."""

from __future__ import annotations

from appforge.spec.text import to_text
from tests.studio.conftest import Studio, csrf, new_app

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def save(client, app: str, text: str, base: int | None = None):  # type: ignore[no-untyped-def]
    data = {"text": text, "csrf_token": csrf(client, f"/apps/{app}/spec")}
    if base is not None:
        data["base"] = str(base)
    return client.post(f"/apps/{app}/spec", data=data)


def test_the_spec_panel_shows_the_text_form(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    page = ann.get(f"/apps/{app}/spec").text
    assert f"app {app} &#34;Booking salon&#34;" in page and "entity client" in page


def test_an_error_is_shown_with_its_line_and_nothing_is_stored(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    text = to_text(studio.platform.current(app).spec).replace("  name: text", "  name: txet", 1)
    response = save(ann, app, text)
    assert response.status_code == 422
    line = text.splitlines().index("  name: txet") + 1
    assert f'data-goto-line="{line}"' in response.text and "Not saved" in response.text
    assert f'<li class="bad">{line}</li>' in response.text and "name: txet" in response.text
    assert studio.platform.current(app).number == 1


def test_the_name_cannot_change_and_a_stale_base_is_refused(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    text = to_text(studio.platform.current(app).spec)
    renamed = save(ann, app, text.replace(f"app {app}", "app elsewhere", 1))
    assert renamed.status_code == 422 and "its address" in renamed.text
    stale = save(ann, app, text, base=7)
    assert stale.status_code == 409 and "changed while you edited" in stale.text
    same = save(ann, app, text)
    assert same.status_code == 200 and "Nothing changed" in same.text
    assert studio.platform.current(app).number == 1


def test_a_valid_edit_is_a_new_version_and_what_it_drops_keeps_its_data(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    text = to_text(studio.platform.current(app).spec).replace("  name: text", "  name: text\n  phone: phone", 1)
    response = save(ann, app, text, base=1)
    assert response.status_code == 303 and response.headers["location"] == f"/apps/{app}/spec?saved=2"
    assert "Saved as version 2" in ann.get(response.headers["location"]).text
    studio.platform.records(app).create("client", {"name": "Dana", "phone": "555 0100"})
    back = save(ann, app, text.replace("\n  phone: phone", "", 1))
    assert back.status_code == 303
    spec = studio.platform.current(app).spec
    assert spec.entity("client").field("phone") is None and any(a.field and a.field.name == "phone"
                                                                 for a in spec.archive)
    studio.platform.rollback(app, 2)
    assert studio.platform.records(app).get("client", 1)["phone"] == "555 0100"
