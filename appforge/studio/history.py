"""History: every version of the app with its message, model and time; view one, compare two, roll back to any.

A comparison is a diff of the two versions' text form (appforge.spec.text), the form a person reads and edits, so it
shows "+ tip: money(USD)" rather than JSON. A rollback is itself a new version (Platform.rollback): nothing is lost,
rows included, and turns it takes back are marked undone.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from appforge.spec.text import to_text
from appforge.studio.chat import workspace
from appforge.studio.web import StudioError, builder_key, owned_app, render, studio_of

if TYPE_CHECKING:
    from appforge.runtime.platform import AppVersion
    from appforge.studio.app import Studio

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "add", "del", "same" or "hunk"
    old: int | None
    new: int | None
    text: str


def spec_diff(before: str, after: str, context: int = 3) -> list[DiffLine]:
    """A unified diff of two texts as lines a template can show, with the line numbers on each side."""
    lines: list[DiffLine] = []
    old_lines, new_lines = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        lines.append(DiffLine("hunk", None, None, f"lines {first[1] + 1}–{last[2]} → {first[3] + 1}–{last[4]}"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [DiffLine("same", i1 + k + 1, j1 + k + 1, old_lines[i1 + k]) for k in range(i2 - i1)]
                continue
            lines += [DiffLine("del", i + 1, None, old_lines[i]) for i in range(i1, i2)]
            lines += [DiffLine("add", None, j + 1, new_lines[j]) for j in range(j1, j2)]
    return lines


def version_models(studio: Studio, name: str) -> dict[int, str]:
    """Which model made each version: the studio's turns, else the generation log (a change made with the CLI)."""
    models = {r.version: r.model for r in studio.service.log.recent(app=name, limit=None)
              if r.accepted and r.version is not None}
    models.update(studio.turns.models_by_version(name))
    return models


@router.get("/apps/{name}/history")
def history(request: Request, name: str, rolled: int | None = None) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    versions = list(reversed(studio.platform.versions(name)))
    return render(request, "history.html", versions=versions, models=version_models(studio, name),
                  authors=studio.builders.names(), rolled=rolled, **workspace(request, app, "history"))


@router.get("/apps/{name}/versions/{number}")
def version_page(request: Request, name: str, number: int) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    version = _version(studio, name, number)
    return render(request, "version.html", version=version, text=to_text(version.spec),
                  models=version_models(studio, name), authors=studio.builders.names(),
                  **workspace(request, app, "history"))


@router.get("/apps/{name}/compare")
def compare(request: Request, name: str, a: int | None = None, b: int | None = None) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    latest = app.current.number
    b = b if b is not None else latest
    a = a if a is not None else max(1, b - 1)
    old, new = _version(studio, name, a), _version(studio, name, b)
    lines = spec_diff(to_text(old.spec), to_text(new.spec))
    return render(request, "compare.html", a=old, b=new, lines=lines, numbers=list(range(latest, 0, -1)),
                  **workspace(request, app, "history"))


@router.post("/apps/{name}/rollback")
async def rollback(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    form = await request.form()
    raw = str(form.get("to") or "")
    if not raw.isdigit():
        raise StudioError(422, "Which version?", "Choose the version to go back to.")
    number = int(raw)
    _version(studio, name, number)

    def roll_back() -> None:
        studio.platform.rollback(name, number, author=builder_key(app.builder))
        studio.feedback.mark_undone(studio.turns.undo_after(name, number))

    await run_in_threadpool(roll_back)
    return RedirectResponse(f"/apps/{name}/history?rolled={number}", 303)


def _version(studio: Studio, name: str, number: int) -> AppVersion:
    try:
        return studio.platform.version(name, number)
    except LookupError:
        raise StudioError(404, "No such version", f"{name} has no version {number}.") from None
