"""The data panel: browse, add, edit, delete rows with the app's own validation; CSV export and import."""

from __future__ import annotations

from tests.studio.conftest import Studio, csrf, new_app

SENTENCE = "a booking app for my salon: clients, stylists, appointments"


def test_rows_are_added_edited_and_deleted_with_the_apps_rules(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    assert ann.get(f"/apps/{app}/data").headers["location"] == f"/apps/{app}/data/client"
    empty = ann.get(f"/apps/{app}/data/client").text
    assert "No clients yet." in empty
    token = csrf(ann, f"/apps/{app}/data/client")
    refused = ann.post(f"/apps/{app}/data/appointment/new", data={"name": "Cut", "stylist": "999", "csrf_token": token})
    assert refused.status_code == 422 and "no stylist with id 999" in refused.text
    assert 'aria-invalid="true"' in refused.text and 'value="Cut"' in refused.text
    added = ann.post(f"/apps/{app}/data/client/new", data={"name": "Dana", "csrf_token": token})
    assert added.status_code == 303
    assert "Added client #1." in ann.get(added.headers["location"]).text
    form = ann.get(f"/apps/{app}/data/client?edit=1").text
    assert 'value="Dana"' in form and "Edit client #1" in form
    saved = ann.post(f"/apps/{app}/data/client/1", data={"name": "Dana Scully", "csrf_token": token})
    assert saved.status_code == 303 and studio.platform.records(app).get("client", 1)["name"] == "Dana Scully"
    listing = ann.get(f"/apps/{app}/data/client?q=scully").text
    assert "Dana Scully" in listing
    assert "No clients match" in ann.get(f"/apps/{app}/data/client?q=mulder").text
    deleted = ann.post(f"/apps/{app}/data/client/1/delete", data={"csrf_token": token})
    assert deleted.status_code == 303 and studio.platform.records(app).count("client") == 0
    assert ann.post(f"/apps/{app}/data/client/1/delete", data={"csrf_token": token}).status_code == 404
    assert ann.get(f"/apps/{app}/data/nothing").status_code == 404


def test_the_flash_is_made_by_the_studio_not_taken_from_the_address(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    page = ann.get(f"/apps/{app}/data/client?done=<b>pwned</b>&n=1").text
    assert "pwned" not in page


def test_csv_export_and_import_round_trip(studio: Studio) -> None:
    ann = studio.builder("ann@example.com")
    app = new_app(ann, SENTENCE)
    records = studio.platform.records(app)
    records.create("client", {"name": "Dana"})
    records.create("client", {"name": "=HYPERLINK(1)"})
    exported = ann.get(f"/apps/{app}/data/client.csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert "Dana" in exported.text and "'=HYPERLINK(1)" in exported.text
    token = csrf(ann, f"/apps/{app}/data/client")
    imported = ann.post(f"/apps/{app}/data/client/import", data={"csrf_token": token},
                        files={"file": ("clients.csv", exported.content, "text/csv")})
    assert imported.status_code == 303 and "Imported 2 clients." in ann.get(imported.headers["location"]).text
    names = sorted(r["name"] for r in records.list("client").rows)
    assert names == ["=HYPERLINK(1)", "=HYPERLINK(1)", "Dana", "Dana"]
    bad = ann.post(f"/apps/{app}/data/client/import", data={"csrf_token": token},
                   files={"file": ("bad.csv", b"name,colour\nX,red\n", "text/csv")})
    assert bad.status_code == 422 and "Nothing imported" in bad.text and "has no field &#39;colour&#39;" in bad.text
    assert records.count("client") == 4
