"""The start page: a stranger's welcome, a builder's apps, and "new app" from one sentence or a catalogue template.

A new app needs a name before the model answers (it is the app's address, http://<name>.localhost:8000): the studio
makes one from the sentence's telling words ("a booking app for my salon" -> `booking-salon`), numbered when taken.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from appforge.catalogue import Blueprint, load_catalogue
from appforge.runtime.platform import AppExists
from appforge.spec.model import APP_NAME, AppSpec
from appforge.studio.chat import finished_turn, stream_turn, wants_stream
from appforge.studio.web import (
    StudioError,
    app_origin,
    builder_key,
    current_builder,
    may_work_on,
    render,
    require_builder,
    studio_of,
)

router = APIRouter(include_in_schema=False)

TEMPLATES_SHOWN = 12
MAX_MESSAGE = 4000
# Words that say nothing about what the app is for.
FILLER = frozenset("""
a an the app apps application for my our your their to of and or with that which who i we me us you want wants need
needs build make create simple little small tiny quick where can could would like track tracking manage managing keep
keeping list lists please on in at by it is are be some new web website site tool system platform let lets people
when how what from into about all each every also just so get have has using use used help helps organise organize
""".split())


def telling_words(message: str) -> list[str]:
    """The first two words of the sentence that say what the app is about."""
    plain = unicodedata.normalize("NFKD", message).encode("ascii", "ignore").decode().lower()  # café -> cafe
    return [w for w in re.findall(r"[a-z][a-z0-9]*", plain) if w not in FILLER and len(w) > 1][:2]


def suggest_title(message: str) -> str:
    """'A booking app for my salon' -> 'Booking salon' (the model may give a better one; its own wins)."""
    return " ".join(telling_words(message)).capitalize() or "My app"


def suggest_name(message: str, taken: Callable[[str], bool]) -> str:
    """A free app name from the sentence: its telling words, else 'app'; '-2', '-3'... when taken."""
    base = "-".join(telling_words(message))[:30].strip("-") or "app"
    name, n = base, 2
    while taken(name) or not APP_NAME.match(name):
        name, n = f"{base[:34]}-{n}", n + 1
    return name


@router.get("/")
def start(request: Request) -> Response:
    builder = current_builder(request)
    if builder is None:
        return render(request, "welcome.html")
    studio = studio_of(request)
    studio.warm_up()
    apps = [
        {"name": a.name, "title": a.title, "version": a.version, "url": app_origin(request, a.name) + "/",
         "created_at": a.created_at}
        for a in studio.platform.list_apps() if may_work_on(studio, builder, a.owner)
    ]
    return render(request, "start.html", apps=apps, templates=search_templates("")[:TEMPLATES_SHOWN])


@router.post("/new")
async def new_from_sentence(request: Request) -> Response:
    """Stream the making of a new app (server-sent events), ending with `created` and the app's studio page."""
    builder = require_builder(request)
    studio = studio_of(request)
    form = await request.form()
    message = str(form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return PlainTextResponse("Describe the app in a sentence first.", 422)
    name = await run_in_threadpool(suggest_name, message, studio.platform.has_app)
    title = suggest_title(message)
    if not wants_stream(request):
        return await finished_turn(request, studio, name, message, builder, new=True, title=title)
    return stream_turn(request, studio, name, message, builder, new=True, title=title)


def search_templates(query: str) -> list[Blueprint]:
    """Blueprints whose title, description or fields hold every word of the query, best title matches first."""
    words = [w for w in query.lower().split() if w]
    found = []
    for blueprint in load_catalogue():
        text = (blueprint.summary + " " + blueprint.name).lower()
        if all(w in text for w in words):
            in_title = sum(w in blueprint.spec.heading.lower() for w in words)
            found.append((-in_title, blueprint.spec.heading, blueprint))
    return [b for _, _, b in sorted(found, key=lambda item: item[:2])]


@router.get("/templates")
def templates(request: Request, q: str = "") -> Response:
    """The catalogue, searchable: a fragment for htmx as the person types, a whole page otherwise."""
    require_builder(request)
    query = q.strip()[:200]
    found = search_templates(query)
    context = {"templates": found[:TEMPLATES_SHOWN], "total": len(found), "query": query}
    if request.headers.get("hx-request") == "true":
        return render(request, "partials/templates.html", **context)
    return render(request, "templates.html", **context)


@router.post("/new/template")
async def new_from_template(request: Request) -> Response:
    builder = require_builder(request)
    studio = studio_of(request)
    form = await request.form()
    chosen = str(form.get("template") or "")
    blueprint = next((b for b in load_catalogue() if b.name == chosen), None)
    if blueprint is None:
        raise StudioError(404, "No such template", "Pick a template from the list.")

    def create() -> str:
        for _ in range(3):
            name = suggest_name(blueprint.spec.name.replace("-", " "), studio.platform.has_app)
            spec = AppSpec.model_validate({**blueprint.spec.model_dump(), "name": name})
            try:
                studio.platform.create_app(spec, message=f"Started from the template {blueprint.spec.heading}",
                                           author=builder_key(builder))
            except AppExists:
                continue  # taken by a request running at the same time: take the next free name
            return name
        raise StudioError(409, "Not created", "Another app took that name at the same moment; try again.")

    name = await run_in_threadpool(create)
    return RedirectResponse(f"/apps/{name}", 303)
