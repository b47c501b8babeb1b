"""A person's path through a generated app in a real browser: sign up, add a task through the form, find it on
the kanban board, drag it to another column, reload and find it still there; the calendar and the dashboard
show it. Screenshots of the board, the dashboard and the form go to docs/screenshots/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture()
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


def sign_up_if_asked(page: Any, app_url: str) -> None:
    """A sign-in app sends a stranger to sign in; the first person signs up (and becomes its owner)."""
    page.goto(app_url + "/")
    if "/auth/" not in page.url:
        return
    page.goto(app_url + "/auth/signup")
    page.fill('input[name="name"]', "Ann Example")
    page.fill('input[name="email"]', "ann@example.com")
    page.fill('input[name="password"]', "correct horse battery staple")
    page.click('main button[type="submit"]')
    page.wait_for_load_state()
    if "/auth/" in page.url:  # the account exists already (an earlier test made it): sign in instead
        page.goto(app_url + "/auth/signin")
        page.fill('input[name="email"]', "ann@example.com")
        page.fill('input[name="password"]', "correct horse battery staple")
        page.click('main button[type="submit"]')
        page.wait_for_load_state()
    assert "/auth/" not in page.url, page.inner_text("main")


def test_create_drag_reload_calendar_dashboard(page: Any, app_url: str, live_server: Any) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    sign_up_if_asked(page, app_url)
    today = dt.date.today().isoformat()

    page.goto(app_url + "/e/task/new?next=/v/board")
    page.fill("#f-title", "Plan the launch")
    page.select_option("#f-status", "Todo")
    page.fill("#f-due", today)
    page.fill("#f-cost", "120")
    page.select_option("#f-project", label="Apollo")
    page.check('input[name="labels"][value="feature"]')
    page.click('label[for="f-priority-4"]')
    page.fill("#f-notes", "Talk to **marketing** first.")
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / "form.png"), full_page=True)
    page.click('form.form button[type="submit"]')
    page.wait_for_url("**/v/board")
    assert "Added task" in page.inner_text("[data-flash]")

    for title, status, days, cost in [("Write release notes", "Doing", -2, "35"), ("Book venue", "Done", 0, "80"),
                                      ("Order swag", "Todo", 3, "45")]:
        page.goto(app_url + "/e/task/new")
        page.fill("#f-title", title)
        page.select_option("#f-status", status)
        page.fill("#f-due", (dt.date.today() + dt.timedelta(days=days)).isoformat())
        page.fill("#f-cost", cost)
        page.click('form.form button[type="submit"]')
        page.wait_for_url("**/e/task/*")
        assert "Added task" in page.inner_text("[data-flash]")

    page.goto(app_url + "/v/board")
    todo = page.locator('.lane-cards[data-value="Todo"]')
    done = page.locator('.lane-cards[data-value="Done"]')
    card = todo.locator(".kcard", has_text="Plan the launch")
    assert card.count() == 1
    with page.expect_response(lambda r: "/api/task/" in r.url and r.request.method == "PATCH") as patched:
        card.drag_to(done)
    assert patched.value.ok, patched.value.text()
    page.reload()
    assert done.locator(".kcard", has_text="Plan the launch").count() == 1
    assert todo.locator(".kcard", has_text="Plan the launch").count() == 0
    stored = live_server.records("tasks").list("task", search="Plan the launch").rows
    assert [row["status"] for row in stored] == ["Done"], "the drag is in the database, not only on screen"
    page.screenshot(path=str(SCREENSHOTS / "kanban.png"), full_page=True)

    page.goto(app_url + "/v/calendar")
    event = page.locator(".cal-event", has_text="Plan the launch")
    assert event.count() == 1
    event.click()
    page.wait_for_url("**/e/task/*")
    assert page.locator("h1").inner_text() == "Plan the launch"
    assert page.locator(".prose strong").inner_text() == "marketing"
    page.screenshot(path=str(SCREENSHOTS / "detail.png"), full_page=True)

    page.goto(app_url + "/v/overview")
    page.wait_for_function("document.querySelectorAll('canvas[data-chart]').length === 3 && "
                           "[...document.querySelectorAll('canvas[data-chart]')].every(c => window.Chart.getChart(c))")
    assert page.locator(".stat-value").first.inner_text() == "4"
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)


def test_keyboard_moves_a_card_and_phone_menu_opens(page: Any, app_url: str) -> None:
    sign_up_if_asked(page, app_url)
    page.goto(app_url + "/e/task/new")
    page.fill("#f-title", "Keyboard card")
    page.select_option("#f-status", "Todo")
    page.click('form.form button[type="submit"]')
    page.goto(app_url + "/v/board")
    card = page.locator(".kcard", has_text="Keyboard card")
    card.focus()
    with page.expect_response(lambda r: "/api/task/" in r.url):
        page.keyboard.press("Alt+ArrowRight")
    page.reload()
    assert page.locator('.lane-cards[data-value="Doing"] .kcard', has_text="Keyboard card").count() == 1

    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(app_url + "/v/tasks")
    assert not page.locator("#site-nav").is_visible()
    page.click("[data-menu-toggle]")
    assert page.locator("#site-nav").is_visible()


def test_a_user_of_one_app_sees_nothing_of_another(page: Any, live_server: Any) -> None:
    app_url = live_server.app_url("tasks")
    sign_up_if_asked(page, app_url)
    page.goto(app_url + "/v/tasks")
    assert "/auth/" not in page.url
    vault = live_server.app_url("vault")
    page.goto(vault + "/e/project")
    assert "/auth/signin" in page.url, "a session in one app does not sign you in to another on the same server"
    assert "Secret project" not in page.content()
    status = page.evaluate("fetch('/api/project', {credentials: 'include'}).then(r => r.status)")
    assert status == 401
