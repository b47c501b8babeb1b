"""The spec panel: the app's spec in its text form (appforge.spec.text), to read and to edit by hand.

Saving parses and validates the whole text first; any problem is shown in place (its line and what is wrong) and
nothing is stored. A valid text becomes a new version through `Platform.replace_spec`, which archives whatever the
text dropped (with its data) exactly as a rollback does. A hand edit after a thumbs down or an undo is the fix the
feedback was waiting for.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from appforge.spec.text import TextFormError, from_text, to_text
from appforge.studio.chat import workspace
from appforge.studio.web import OwnedApp, builder_key, owned_app, render, studio_of

router = APIRouter(include_in_schema=False)
MAX_SPEC_CHARS = 2_000_000


@router.get("/apps/{name}/spec")
def spec_page(request: Request, name: str, saved: int | None = None) -> Response:
    app = owned_app(request, name)
    return _page(request, app, to_text(app.current.spec), saved=saved)


@router.post("/apps/{name}/spec")
async def save_spec(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    form = await request.form()
    text = str(form.get("text") or "").replace("\r\n", "\n")[:MAX_SPEC_CHARS]
    base = str(form.get("base") or "")
    if base.isdigit() and int(base) != app.current.number:
        return _page(request, app, text, 409, problems=[(None, (
            f"The app changed while you edited (it is now at version {app.current.number}); nothing was saved. "
            "Copy your changes, reload the page and make them again."))])
    try:
        spec = from_text(text)
    except TextFormError as exc:
        return _page(request, app, text, 422, problems=exc.problems)
    if spec.name != name:
        return _page(request, app, text, 422, problems=[(1, f"the app's name is its address: keep 'app {name}'")])
    if spec.model_dump() == app.current.spec.model_dump():
        return _page(request, app, text, 200, notice="Nothing changed: the text says what the app already is.")

    def store() -> int:
        version = studio.platform.replace_spec(name, spec, message="Edited the spec by hand",
                                               author=builder_key(app.builder))
        if studio.app_settings.get(name).feedback:
            studio.feedback.record_fix(name, version.spec, "spec_edit")
        return version.number

    try:
        number = await run_in_threadpool(store)
    except ValueError as exc:  # MigrationError, OperationError, RecordInvalid: what the stored data does not allow
        return _page(request, app, text, 422, problems=[(None, f"the database could not follow: {exc}")])
    return RedirectResponse(f"/apps/{name}/spec?saved={number}", 303)


def _page(request: Request, app: OwnedApp, text: str, status: int = 200, *,
          problems: list[tuple[int | None, str]] | None = None, saved: int | None = None,
          notice: str | None = None) -> Response:
    problems = problems or []
    bad_lines = {line for line, _ in problems if line is not None}
    line_count = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    first_error = min(bad_lines) if bad_lines else None
    return render(request, "spec.html", status, text=text, problems=problems, bad_lines=bad_lines, first_error=first_error,
                  line_count=line_count, saved=saved, notice=notice, **workspace(request, app, "spec"))
