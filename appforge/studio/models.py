"""The models page: for each model, how it scores and how many of its turns builders kept, so the flywheel shows.

Scores come from the registry of trained in-house models (held-out benchmark, held-out feedback; see
docs/flywheel.md); the share of turns kept comes from the feedback the studio records, over every app (only counts
are shown, never another builder's messages).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from appforge.studio.feedback import feedback_turns
from appforge.studio.web import render, require_builder, studio_of

if TYPE_CHECKING:
    from appforge.studio.app import Studio

router = APIRouter(include_in_schema=False)


def model_rows(studio: Studio) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(trained in-house models with their scores, turns per answering model with the share kept)."""
    from appforge.models.registry import Registry

    platform = studio.platform
    registry = Registry(studio.settings.data_dir / "models")
    current = registry.state()["current"]
    trained = [{"name": c.name, "in_use": c.name == current, "parent": c.parent, "created": c.created,
                "scores": c.scores, "data": c.data} for c in registry.cards()]
    turns, kept = Counter[str](), Counter[str]()
    for turn in feedback_turns(platform):
        name = turn.model or "?"
        turns[name] += 1
        kept[name] += turn.kept
    usage = [{"model": m, "turns": n, "kept": kept[m], "share": kept[m] / n} for m, n in turns.most_common()]
    return trained, usage


@router.get("/models")
async def models_page(request: Request) -> Response:
    require_builder(request)
    trained, usage = await run_in_threadpool(model_rows, studio_of(request))
    return render(request, "models.html", trained=trained, usage=usage)
