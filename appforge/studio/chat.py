"""The app page: the chat beside the live preview. A message streams its progress as server-sent events (the
generation service's own events), then a `turn` event carries the finished turn: what changed, in the operations'
own words, with undo and thumbs. Undo rolls back to the version before the turn; the platform archives instead of
dropping, so rows typed since are kept.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse

from appforge.generation import FAILED, Event
from appforge.generation.events import PROPOSED, READY
from appforge.runtime.auth import csrf_token
from appforge.runtime.context import AppUser
from appforge.studio.preview import preview_pages, preview_url
from appforge.studio.turns import Turn
from appforge.studio.web import (
    TEMPLATES,
    OwnedApp,
    StudioError,
    app_origin,
    builder_key,
    is_htmx,
    owned_app,
    reload_preview,
    render,
    studio_of,
)

if TYPE_CHECKING:
    from appforge.studio.app import Studio

logger = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)
MAX_MESSAGE = 4000


def workspace(request: Request, app: OwnedApp, panel: str) -> dict[str, Any]:
    """What every panel of the app page shows around itself: the tabs, the share link and the preview."""
    studio = studio_of(request)
    return {
        "app": app, "panel": panel, "pages": preview_pages(app.current.spec),
        "preview": preview_url(studio, app.name, app.origin, app.builder),
    }


@router.get("/apps/{name}")
def chat_page(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    studio.warm_up()
    turns = studio.turns.for_app(name)
    return render(request, "chat.html", turns=turns, **workspace(request, app, "chat"))


@router.get("/apps/{name}/preview")
def preview_address(request: Request, name: str, path: str = "/") -> Response:
    """A fresh preview address (the token inside lives two minutes), to reload the frame after a change."""
    app = owned_app(request, name)
    return JSONResponse({"url": preview_url(studio_of(request), name, app.origin, app.builder, path)},
                        headers={"Cache-Control": "no-store"})


@router.post("/apps/{name}/chat")
async def send_message(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    form = await request.form()
    message = str(form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return PlainTextResponse("Write what to change first.", 422)
    if not wants_stream(request):
        return await finished_turn(request, studio_of(request), name, message, app.builder, new=False)
    return stream_turn(request, studio_of(request), name, message, app.builder, new=False)


def wants_stream(request: Request) -> bool:
    """studio.js asks for server-sent events; a plain form post (no script) gets the finished turn's page instead."""
    return "text/event-stream" in request.headers.get("accept", "")


def turn_events(request: Request, studio: Studio, name: str, message: str, builder: AppUser, *,
                new: bool, title: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(event name, data): the generation's events as they happen, then the recorded turn (`turn`; for a new app
    with `created`, its studio page)."""
    model = None if new else studio.app_settings.get(name).model
    key = builder_key(builder)
    origin = app_origin(request, name)
    token = csrf_token(request)
    seen: dict[str, Event] = {}
    studio.models_ready()
    try:
        options: dict[str, Any] = {"title": title} if new else {}
        for event in studio.service.stream(name, message, model=model, author=key, new=new, **options):
            seen[event.stage] = event
            yield event.stage, event.to_dict()
    except Exception as exc:  # noqa: BLE001 - a bug must still end the stream with words, not a cut connection
        logger.exception("generation for %s crashed", name)
        failed = Event(FAILED, f"Failed: {type(exc).__name__}; nothing changed", {"reason": str(exc)})
        seen[FAILED] = failed
        yield failed.stage, failed.to_dict()
    if new and READY not in seen:
        return  # no app, so no chat to keep the turn in: the failed event said why
    turn = record_turn(studio, name, message, key, seen, new=new)
    html = TEMPLATES.get_template("partials/turn.html").render(turn=turn, app_name=name, csrf_token=token)
    payload: dict[str, Any] = {"html": html, "accepted": turn.accepted, "version": turn.version_after}
    if new:
        payload["created"] = f"/apps/{name}"
        payload["url"] = origin + "/"
    yield "turn", payload


def stream_turn(request: Request, studio: Studio, name: str, message: str, builder: AppUser, *,
                new: bool, title: str | None = None) -> StreamingResponse:
    """`turn_events` as server-sent events, each sent as it happens."""
    events = turn_events(request, studio, name, message, builder, new=new, title=title)
    body = (f"event: {stage}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n" for stage, data in events)
    return StreamingResponse(body, media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


async def finished_turn(request: Request, studio: Studio, name: str, message: str, builder: AppUser, *,
                        new: bool, title: str | None = None) -> Response:
    """The same turn without a script: run it to the end, then show the app's page (or why nothing was made)."""
    events = await run_in_threadpool(
        lambda: list(turn_events(request, studio, name, message, builder, new=new, title=title)))
    if any(stage == "turn" for stage, _ in events):
        return RedirectResponse(f"/apps/{name}", 303)
    reason = next((data.get("text", "") for stage, data in events if stage == FAILED), "")
    raise StudioError(422, "Nothing was made", reason)


def record_turn(studio: Studio, name: str, message: str, key: str, seen: dict[str, Event], *, new: bool) -> Turn:
    """Keep the turn for the chat and, unless the app opted out, for feedback (closing a fix it was waiting for)."""
    proposed, ready, failed = seen.get(PROPOSED), seen.get(READY), seen.get(FAILED)
    after = int(ready.data["version"]) if ready is not None else None
    if new:
        before = None
    elif after is not None:
        before = after - 1
    else:
        before = failed.data.get("version") if failed is not None else None
    chosen = seen.get("model_chosen")
    model = (proposed.data.get("model") if proposed is not None else None) or (
        chosen.data.get("model") if chosen is not None else None)
    turn = studio.turns.add(
        app=name, builder=key, message=message, model=model,
        note=proposed.data.get("note") if proposed is not None else None,
        summaries=list(proposed.data.get("summaries") or []) if proposed is not None else [],
        accepted=ready is not None, reason=failed.data.get("reason") if failed is not None else None,
        version_before=before, version_after=after,
    )
    if after is not None and studio.app_settings.get(name).feedback:
        platform = studio.platform
        spec_after = platform.version(name, after).spec
        if not new:
            studio.feedback.record_fix(name, spec_after, "follow_up")
        studio.feedback.record_turn(
            turn.id, name, message, model, platform.version(name, before).spec if before else None,
            list(proposed.data.get("operations") or []) if proposed is not None else [], spec_after)
    return turn


@router.post("/apps/{name}/turns/{turn_id}/undo")
async def undo(request: Request, name: str, turn_id: int) -> Response:
    """Roll back to the version before the turn (later turns are undone with it); the chat, re-rendered."""
    app = owned_app(request, name)
    studio = studio_of(request)
    turn = studio.turns.get(name, turn_id)
    if turn is None:
        raise StudioError(404, "No such turn")
    if not turn.can_undo:
        raise StudioError(409, "Nothing to undo", "This turn made the app or changed nothing.")

    def roll_back() -> None:
        studio.platform.rollback(name, turn.version_before, author=builder_key(app.builder))
        undone = studio.turns.undo_after(name, turn.version_before)
        studio.feedback.mark_undone(undone)

    await run_in_threadpool(roll_back)
    if not is_htmx(request):
        return RedirectResponse(f"/apps/{name}", 303)
    response = render(request, "partials/chat_log.html", turns=studio.turns.for_app(name), app_name=name,
                      flash=f"Undone: the app is back to what version {turn.version_before} was.")
    return reload_preview(response)


@router.post("/apps/{name}/turns/{turn_id}/thumbs")
async def thumbs(request: Request, name: str, turn_id: int) -> Response:
    owned_app(request, name)
    studio = studio_of(request)
    form = await request.form()
    turn = studio.turns.get(name, turn_id)
    if turn is None:
        raise StudioError(404, "No such turn")
    value = {"up": 1, "down": -1}.get(str(form.get("value") or ""))
    if turn.thumbs == value:
        value = None  # pressing the same thumb again takes it back
    studio.turns.set_thumbs(name, turn_id, value)
    studio.feedback.set_thumbs(turn_id, {1: "up", -1: "down"}.get(value or 0))
    if not is_htmx(request):
        return RedirectResponse(f"/apps/{name}", 303)
    return render(request, "partials/turn.html", turn=studio.turns.get(name, turn_id), app_name=name)
