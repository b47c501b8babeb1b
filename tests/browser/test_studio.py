"""The studio in a real browser (Debian's Chromium, headless) against a real server on loopback: sign up, build an
app from a sentence, see it in the live preview, change it without losing the rows typed in the preview, undo,
roll back two versions, a spec error shown in place, a thumbs down and a fix by hand kept as feedback. Screenshots
go to docs/screenshots/studio-*.png (the README shows them)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from appforge.runtime.platform import Platform
from appforge.runtime.server import create_server
from appforge.settings import Settings
from appforge.studio.feedback import feedback_turns
from tests.runtime.servers import free_port, in_thread

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SENTENCE = "a booking app for my salon: clients, stylists, appointments"
PASSWORD = "correct horse battery staple"
LAPTOP = {"width": 1366, "height": 820}


@dataclass
class StudioServer:
    port: int
    platform: Platform

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def app_url(self, app: str) -> str:
        return f"http://{app}.localhost:{self.port}"


@pytest.fixture(scope="module")
def studio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StudioServer]:
    port = free_port()
    settings = Settings(data_dir=tmp_path_factory.mktemp("studio"), port=port, secret_key=secrets.token_urlsafe(32),
                        model="keyword-rules")
    platform = Platform(settings)
    with in_thread(create_server(settings, platform), port):
        yield StudioServer(port, platform)
    platform.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    yield page
    context.close()


def shot(page: Any, name: str, **options: Any) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(SCREENSHOTS / f"studio-{name}.png"), **options)


def sign_up(page: Any, server: StudioServer, name: str = "Ann Example") -> None:
    """Sign up with the keyboard alone: the name field has the focus, Tab moves on, Enter submits."""
    page.goto(server.url + "/signup")
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    page.keyboard.type(f"{secrets.token_hex(4)}@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(server.url + "/")


def build(page: Any, sentence: str = SENTENCE) -> str:
    """Type the sentence on the start page and press Enter; wait for the app's page; its name."""
    page.locator("#new-message").fill(sentence)
    page.locator("#new-message").press("Enter")
    page.wait_for_url(re.compile(r".*/apps/[a-z0-9-]+$"))
    return page.url.rsplit("/", 1)[1]


def preview(page: Any) -> Any:
    return page.frame_locator("#preview")


def preview_frame(page: Any, server: StudioServer, app: str) -> Any:
    return next(f for f in page.frames if f.url.startswith(server.app_url(app)))


def send(page: Any, message: str) -> Any:
    """Send a chat message with Enter; the finished turn's card."""
    count = page.locator("article.turn:not(.turn-pending)").count()
    page.locator("#message").fill(message)
    page.locator("#message").press("Enter")
    turn = page.locator("article.turn:not(.turn-pending)").nth(count)
    turn.wait_for()
    return turn


def submit_in_preview(frame: Any, path_after: str) -> None:
    """Submit the app's form inside the preview and wait for the page it leads to. (The app's one-time flash message
    is a SameSite=Lax cookie, which a cross-site frame does not keep, so the page itself is the sign.)"""
    frame.click("form.form button[type=submit]")
    frame.wait_for_url(re.compile(path_after))


def show_in_preview(page: Any, path: str, expect: str) -> None:
    page.select_option("[data-preview-page]", path)
    preview(page).locator(f"text={expect}").first.wait_for()


def test_sign_up_build_from_a_sentence_and_see_the_preview(page: Any, studio_server: StudioServer) -> None:
    page.goto(studio_server.url + "/")
    assert "Describe an app" in page.inner_text("main")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    sign_up(page, studio_server)
    assert "No apps yet." in page.inner_text("main")
    page.locator("#new-message").fill(SENTENCE)
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none"  # the focus is visible
    shot(page, "start")
    app = build(page)
    frame = preview(page)
    for entity in ("Clients", "Stylists", "Appointments"):
        frame.locator(".card", has_text=entity).first.wait_for()
    assert "Built the app:" in page.inner_text("#chat-log")
    assert "added entity appointment" in page.inner_text("#chat-log")
    assert page.locator("#message").evaluate("el => el === document.activeElement")
    assert app in page.input_value("#share-url")
    shot(page, "chat")


def test_a_change_keeps_the_rows_then_undo_and_roll_back_two_versions(page: Any, studio_server: StudioServer
                                                                      ) -> None:
    sign_up(page, studio_server)
    app = build(page)
    preview(page).locator(".card", has_text="Clients").first.wait_for()
    frame = preview_frame(page, studio_server, app)
    frame.goto(studio_server.app_url(app) + "/e/client/new")
    frame.fill("#f-name", "Dana Scully")
    submit_in_preview(frame, r".*/e/client/1$")
    assert studio_server.platform.records(app).get("client", 1)["name"] == "Dana Scully"

    turn = send(page, "add a phone field to clients")
    assert "added field Phone (phone) to client" in turn.inner_text()
    show_in_preview(page, "/e/client", "Dana Scully")
    preview(page).locator("th", has_text="Phone").wait_for()
    frame = preview_frame(page, studio_server, app)
    frame.goto(studio_server.app_url(app) + "/e/client/1/edit")
    frame.fill("#f-phone", "555 0100")
    submit_in_preview(frame, r".*/e/client/1$")
    page.click("[data-preview-reload]")
    preview(page).locator("text=555 0100").first.wait_for()
    shot(page, "change")

    turn.locator("[data-undo]").click()
    page.locator("#chat-log .flash", has_text="Undone").wait_for()
    preview(page).locator("th", has_text="Phone").wait_for(state="detached")
    assert preview(page).locator("text=Dana Scully").count() >= 1  # the row typed before stays
    assert "Undone" in page.inner_text(f"#turn-{turn.get_attribute('data-turn')}")

    send(page, "add a notes field to clients")  # version 4
    page.click("nav.tabs >> text=History")
    page.wait_for_url(f"**/apps/{app}/history")
    assert page.locator("li.version").count() == 4
    shot(page, "history")
    page.click("li.version[data-version='4'] >> text=Changes")
    page.locator(".diff-add", has_text="notes").first.wait_for()
    shot(page, "compare")
    page.go_back()
    page.get_by_role("button", name="Roll back to version 2").click()  # two versions back from 4
    page.wait_for_url("**/history?rolled=2")
    assert "Rolled back" in page.inner_text(".flash")
    show_in_preview(page, "/e/client", "555 0100")  # version 2's phone field, with the value typed then
    assert studio_server.platform.current(app).number == 5
    assert studio_server.platform.records(app).get("client", 1)["phone"] == "555 0100"


def test_the_page_picked_last_stays_in_the_preview_when_an_earlier_reload_answers_late(
        page: Any, studio_server: StudioServer) -> None:
    """A turn's reload and the person's pick of a page can overlap; the slow answer to the first must not win. The
    delay is injected in the page (a real server answers too fast to show the overlap on demand)."""
    sign_up(page, studio_server)
    app = build(page)
    preview(page).locator(".card", has_text="Clients").first.wait_for()
    page.evaluate("""() => {
      const realFetch = window.fetch;
      window.fetch = (url, options) => String(url).includes("path=%2F&") || String(url).endsWith("path=%2F")
        ? new Promise(done => setTimeout(() => done(realFetch(url, options)), 1500))
        : realFetch(url, options);
    }""")
    page.click("[data-preview-reload]")  # the home page, answered late
    page.select_option("[data-preview-page]", "/e/client")
    page.wait_for_timeout(2500)
    assert preview_frame(page, studio_server, app).url.startswith(studio_server.app_url(app) + "/e/client")


def test_a_spec_error_is_shown_in_place_and_nothing_is_stored(page: Any, studio_server: StudioServer) -> None:
    sign_up(page, studio_server)
    app = build(page)
    page.click("nav.tabs >> text=Spec")
    editor = page.locator("#spec-text")
    text = editor.input_value()
    broken = text.replace("  name: text", "  name: txet", 1)
    line = broken.splitlines().index("  name: txet") + 1
    editor.fill(broken)
    page.click("text=Save as a new version")
    alert = page.locator("#spec-problems")
    alert.wait_for()
    assert f"line {line}" in alert.inner_text() and "txet" in alert.inner_text()
    assert page.locator(".gutter li.bad").inner_text() == str(line)
    assert editor.evaluate("el => el === document.activeElement")  # the caret waits on the faulty line
    selected = editor.evaluate("el => el.value.slice(el.selectionStart, el.selectionEnd)")
    assert selected == "  name: txet"
    shot(page, "spec")
    assert studio_server.platform.current(app).number == 1


def test_a_thumbs_down_and_a_fix_by_hand_are_kept_as_feedback(page: Any, studio_server: StudioServer) -> None:
    sign_up(page, studio_server)
    app = build(page)
    turn = send(page, "add a tip field to clients")
    turn.locator("button[value=down]").click()
    page.locator(f"#turn-{turn.get_attribute('data-turn')} button[value=down][aria-pressed=true]").wait_for()
    page.click("nav.tabs >> text=Spec")
    editor = page.locator("#spec-text")
    text = editor.input_value()
    fixed = text.replace("\n  tip: money", "", 1).replace("entity appointment\n", "entity appointment\n  tip: money\n")
    editor.fill(fixed)
    page.click("text=Save as a new version")
    page.locator(".flash", has_text="Saved as version 3").wait_for()
    kept = feedback_turns(studio_server.platform, app)[-1]
    assert kept.message == "add a tip field to clients" and kept.thumbs == "down"
    assert kept.correction == "spec_edit" and not kept.kept
    appointment = next(e for e in kept.spec_final["entities"] if e["name"] == "appointment")
    assert "tip" in [f["name"] for f in appointment["fields"]]


def test_the_data_and_settings_panels_and_a_phone(page: Any, browser: Any, studio_server: StudioServer) -> None:
    sign_up(page, studio_server)
    app = build(page)
    records = studio_server.platform.records(app)
    for name in ("Dana Scully", "Fox Mulder", "Walter Skinner"):
        records.create("client", {"name": name})
    page.click("nav.tabs >> text=Data")
    page.get_by_role("link", name="Edit client #2").click()
    page.fill("#f-name", "Fox W. Mulder")
    page.keyboard.press("Enter")
    page.locator(".flash", has_text="Saved client #2.").wait_for()
    assert "Fox W. Mulder" in page.inner_text("table")
    shot(page, "data")
    page.click("nav.tabs >> text=Settings")
    page.check("input[value=public]")
    page.click("text=Save visibility")
    page.locator(".flash", has_text="Visibility saved").wait_for()
    shot(page, "settings", full_page=True)

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                device_scale_factor=2)
    cookies = page.context.cookies(studio_server.url)
    phone.add_cookies(cookies)
    small = phone.new_page()
    small.goto(f"{studio_server.url}/apps/{app}")
    preview(small).locator(".card", has_text="Clients").first.wait_for()
    wide = small.evaluate("""[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)
        .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)""")
    assert small.evaluate("document.documentElement.scrollWidth") <= 390, wide  # nothing sideways on a phone
    small.screenshot(path=str(SCREENSHOTS / "studio-phone.png"))
    phone.close()
