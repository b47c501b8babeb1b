"""The pages a message asks for in so many words: "kanban for deals", "see appts in a calendar", "calendar pls".

A calendar needs a date to place things on and a board a choice to make its columns of; a page asked for that the
app can draw is added, unless the app already has one of that kind for that thing.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.listed import apply_if_fits, first_named, words_for_entities
from appforge.models.inhouse.slots import main_entity, singular, unique_name
from appforge.spec.model import AppSpec, Entity

_KINDS = {"calendar": "calendar", "calender": "calendar", "kanban": "kanban", "board": "kanban", "pipeline": "kanban",
          "gallery": "cards", "cards": "cards"}
_PAGE = re.compile(r"\b(calendar|calender|kanban|board|pipeline|gallery|cards)\b")


def page_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The `add_view`s for the pages the words name."""
    ops: list[dict[str, Any]] = []
    low = re.sub(r"\([^)]*\)", " ", text.lower())
    words_for = words_for_entities(spec)
    for sentence in re.split(r"[.;!?\n]+", low):
        words = re.findall(r"[a-z]+", sentence)
        for m in _PAGE.finditer(" ".join(words)):
            kind = _KINDS[m.group(1)]
            at = len(" ".join(words)[: m.start()].split())
            entity = _thing_near(spec, words, at, words_for) or (
                (first_named(spec, low, timed=True) or _first_dated(spec)) if kind == "calendar" else None)
            view = _view(spec.entity(entity or ""), kind, spec) if entity else None
            if view is not None:
                spec = apply_if_fits(spec, {"op": "add_view", "view": view}, ops)
    return ops, spec


def _thing_near(spec: AppSpec, words: list[str], at: int, words_for: dict[str, str]) -> str | None:
    """The thing a page word is said of: after "for"/"of" ("kanban for deals"), else just before it ("pipeline board
    for leads", "deals kanban"), else "see appts in a calendar"."""
    def named(w: str) -> str | None:
        return words_for.get(w) or words_for.get(singular(w)) or next(
            (e.name for e in spec.entities if len(w) >= 4 and e.name.startswith(w.rstrip("s"))), None)

    for j in range(at + 1, min(len(words), at + 5)):
        if words[j - 1] in ("for", "of", "showing", "with") or (j > at + 1 and words[j - 2] in ("for", "of")):
            if (found := named(words[j])) is not None:
                return found
    for j in range(at - 1, max(-1, at - 5), -1):
        if (found := named(words[j])) is not None:
            return found
    return None


def _first_dated(spec: AppSpec) -> str | None:
    """"calendar pls": the app's main thing if it has a date, else its first thing that has one."""
    main = spec.entity(main_entity(spec) or "")
    for entity in ([main] if main else []) + list(spec.entities):
        if any(f.type.value in ("date", "datetime") for f in entity.fields):
            return entity.name
    return None


def _view(entity: Entity | None, kind: str, spec: AppSpec) -> dict[str, Any] | None:
    if entity is None or any(v.type.value == kind and v.entity == entity.name for v in spec.views):
        return None
    view: dict[str, Any] = {"type": kind, "entity": entity.name,
                            "name": unique_name(f"{entity.name}_{kind}", {v.name for v in spec.views}),
                            "title": f"{(entity.plural or entity.name.replace('_', ' ') + 's').capitalize()} "
                                     f"{'board' if kind == 'kanban' else kind}"}
    if kind == "calendar":
        dated = next((f for f in entity.fields if f.type.value in ("datetime", "date")), None)
        if dated is None:
            return None
        view["date_field"] = dated.name
    if kind == "kanban":
        choice = next((f for f in entity.fields if f.type.value == "choice" and f.name in ("status", "stage")), None) \
            or next((f for f in entity.fields if f.type.value == "choice"), None)
        if choice is None:
            return None
        view["group_by"] = choice.name
    if kind == "cards":
        image = next((f for f in entity.fields if f.type.value == "image"), None)
        if image is not None:
            view["image_field"] = image.name
    return view


__all__ = ["page_operations"]
