"""Every page of a generated app over real HTTP: each view type renders with data, invalid forms show their
errors beside the fields and store nothing, and user text is escaped wherever it appears."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))
from live import SPEC  # noqa: E402

from appforge.runtime.templating import format_money, markdown, safe_link, theme_css  # noqa: E402
from appforge.spec.model import Theme  # noqa: E402
from tests.runtime.servers import csrf_from, serve_specs, sign_up  # noqa: E402

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Any]]:
    """The real server with the tasks app; a person signs up (the first user: the owner) and enters the rows
    through the app's own forms, CSRF token and all. Yields that person's client and the app's records."""
    with serve_specs([SPEC], data_dir=tmp_path_factory.mktemp("data")) as server:
        records = server.records("tasks")
        with server.client("tasks") as client:
            signed_up = sign_up(client, "ann@example.com")
            assert signed_up.status_code == 303 and "/auth/" not in signed_up.headers["location"], signed_up.text
            project = submit(client, "/e/project/new", {"name": "Apollo", "budget": "1200"})
            today = dt.date.today().isoformat()
            for title, status, cost in [("Write docs", "Todo", "10"), ("Fix login", "Doing", "25.5"),
                                        ("Ship", "Done", "40")]:
                submit(client, "/e/task/new", {"title": title, "status": status, "due": today, "cost": cost,
                                               "priority": "4", "project": project, "labels": ["bug"],
                                               "notes": "**bold** note"})
            submit(client, "/e/task/new", {"title": PAYLOAD, "status": "Todo", "notes": PAYLOAD})
            assert records.list("task").total == 4
            yield client, records


def csrf(client: httpx.Client, url: str) -> str:
    return csrf_from(client.get(url).text)


def submit(client: httpx.Client, form: str, data: dict[str, Any]) -> str:
    """Fill in and send a form as a browser does; the new row's id, read from where the app redirects."""
    response = client.post(form, data={"csrf_token": csrf(client, form), **data})
    assert response.status_code == 303, response.text[:2000]
    location = response.headers["location"]
    return location.rstrip("/").rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/", ["Tasks", "Total cost", "chart-data-1"]),
        ("/v/tasks", ["Write docs", "Fix login", "Apollo", "$25.50", "<table"]),
        ("/v/board", ["data-kanban", "Todo", "Doing", "Done", "Write docs", "Sortable.min.js"]),
        ("/v/gallery", ['class="cards"', "Fix login"]),
        ("/v/calendar", ["cal-event", "Ship", dt.date.today().strftime("%B")]),
        ("/v/task_page", ["Write docs"]),
        ("/v/quick_add", ['name="title"', 'name="status"', 'type="date"']),
        ("/v/overview", ["stat-value", "chart.umd.min.js", "By status"]),
        ("/e/task", ["Write docs", 'type="search"']),
        ("/e/task/new", ['type="number"', 'step="0.01"', 'type="url"', 'name="labels"', 'type="file"']),
        ("/e/project", ["Apollo", "€1,200.00"]),
    ],
)
def test_every_view_renders_with_data(site: tuple[httpx.Client, Any], url: str, expected: list[str]) -> None:
    client, _ = site
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    for text in expected:
        assert text in response.text, f"{url}: {text!r} missing"


def test_detail_formats_each_type_and_lists_related_rows(site: tuple[httpx.Client, Any]) -> None:
    client, records = site
    task = records.list("task", search="Fix login").rows[0]
    page = client.get(f"/e/task/{task['id']}").text
    assert "$25.50" in page and "<strong>bold</strong>" in page
    assert 'aria-label="4 out of 5"' in page and "badge" in page
    assert f'href="/e/project/{task["project"]}"' in page
    assert "/edit" in page and "/delete" in page
    project_page = client.get(f"/e/project/{task['project']}").text
    assert "Fix login" in project_page and "Tasks" in project_page


def test_table_searches_filters_sorts_and_returns_a_partial_to_htmx(site: tuple[httpx.Client, Any]) -> None:
    client, _ = site
    assert "Write docs" not in client.get("/v/tasks", params={"q": "login"}).text
    filtered = client.get("/v/tasks", params={"f_status": "Done"}).text
    assert "Ship" in filtered and "Fix login" not in filtered
    ordered = client.get("/v/tasks", params={"sort": "-cost"}).text
    assert ordered.index("Ship") < ordered.index("Fix login") < ordered.index("Write docs")
    partial = client.get("/v/tasks", params={"q": "login"}, headers={"HX-Request": "true", "HX-Target": "list"})
    assert "Fix login" in partial.text and "<html" not in partial.text


def test_invalid_form_shows_errors_next_to_fields_keeps_input_and_stores_nothing(site: tuple[httpx.Client, Any]) -> None:
    client, records = site
    before = records.list("task").total
    token = csrf(client, "/e/task/new")
    response = client.post("/e/task/new", data={"csrf_token": token, "title": "", "cost": "lots", "notes": "kept"})
    assert response.status_code == 422
    assert 'id="f-title-error"' in response.text and 'aria-invalid="true"' in response.text
    assert 'id="f-cost-error"' in response.text
    assert ">kept</textarea>" in response.text
    assert records.list("task").total == before


def test_valid_form_creates_and_redirects_with_a_flash_message(site: tuple[httpx.Client, Any]) -> None:
    client, records = site
    token = csrf(client, "/e/task/new")
    response = client.post("/e/task/new", data={"csrf_token": token, "title": "Brand new", "status": "Doing",
                                                "labels": ["bug", "feature"], "urgent": "on"})
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Brand new" in page.text and "Added task" in page.text
    row = records.list("task", search="Brand new").rows[0]
    assert row["status"] == "Doing" and row["urgent"] is True


def test_user_text_is_escaped_everywhere(site: tuple[httpx.Client, Any]) -> None:
    client, records = site
    row = records.list("task", search="script").rows[0]
    for url in ["/v/tasks", "/v/board", "/v/gallery", f"/e/task/{row['id']}", f"/e/task/{row['id']}/edit"]:
        text = client.get(url).text
        assert "<script>alert" not in text and "<img src=x" not in text, url
        assert "&lt;script&gt;" in text, url
    assert 'href="javascript:' not in client.get(f"/e/task/{row['id']}").text


def test_a_javascript_link_is_refused_beside_its_field_and_never_stored(site: tuple[httpx.Client, Any]) -> None:
    client, records = site
    before = records.list("task").total
    token = csrf(client, "/e/task/new")
    response = client.post("/e/task/new", data={"csrf_token": token, "title": "Sneaky", "link": "javascript:alert(1)"})
    assert response.status_code == 422
    assert 'id="f-link-error"' in response.text and 'href="javascript:' not in response.text
    assert records.list("task").total == before


def test_unknown_things_get_a_404_page(site: tuple[httpx.Client, Any]) -> None:
    client, _ = site
    for url in ["/v/nothing", "/e/nothing", "/e/task/99999", "/e/task/abc"]:
        response = client.get(url)
        assert response.status_code == 404 and "Not found" in response.text, url


def test_filters_format_money_markdown_links_and_theme() -> None:
    assert format_money(1234.5, "EUR") == "€1,234.50"
    assert format_money(-3, "XAF") == "-XAF 3.00"
    assert "&lt;b&gt;" in markdown("<b>hi</b>") and "<em>x</em>" in markdown("*x*")
    assert 'href="javascript' not in markdown("[a](javascript:alert(1))")
    assert safe_link("javascript:alert(1)") is None and safe_link("https://a.b") == "https://a.b"
    css = theme_css(Theme(dark=True, font="Inter</style><script>"))
    assert "--bg:#0f172a" in css and "<" not in css


def test_buttons_hide_and_requests_are_refused_without_permission(tmp_path: Path) -> None:
    spec = {**SPEC, "roles": [{"name": "admin"}], "permissions": [
        {"entity": "task", "action": "create", "roles": ["admin"]},
        {"entity": "task", "action": "delete", "roles": ["admin"]},
        {"entity": "task", "action": "update", "roles": ["admin"]}]}
    with serve_specs([spec], data_dir=tmp_path) as server:
        records = server.records("tasks")
        row = records.create("task", {"title": "Locked", "status": "Todo"})
        with server.client("tasks") as owner:
            sign_up(owner, "owner@example.com")  # the first user becomes admin
        with server.client("tasks") as client:
            sign_up(client, "member@example.com")
            board = client.get("/v/board").text
            assert "Locked" in board
            assert "+ New task" not in board and "+ Add task" not in board and "data-editable" not in board
            detail = client.get(f"/e/task/{row['id']}").text
            assert "/edit" not in detail and "/delete" not in detail
            assert client.get("/e/task/new").status_code == 403
            assert client.get(f"/e/task/{row['id']}/edit").status_code == 403
            token = csrf(client, "/v/board")
            refused = client.post(f"/e/task/{row['id']}/delete", data={"csrf_token": token})
            assert refused.status_code == 403 and "Not allowed" in refused.text
            assert records.get("task", row["id"]) is not None
