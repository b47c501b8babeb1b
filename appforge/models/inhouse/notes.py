"""What the model says when it changes nothing: a person who asked to remove or rename what the app does not keep, or
to add what it already has, is told so in words, rather than that nothing was understood."""

from __future__ import annotations

import re

from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec

_RENAME_ONLY = re.compile(r"(?:please |pls |can you |could you )?rename (?:the |my |our )?([a-z][a-z ]*?)"
                          r"(?: field| table| list| column)? (?:to|as|into) (?:the |a )?[a-z][a-z ]*?[.!?]?")

_REMOVE = re.compile(r"\b(?:remove|delete|drop|get rid of|take out|take away)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?"
                     r"([a-z]+(?: [a-z]+)?)\s+(field|column|fields|columns|thing|table|list|page)\b")


def renames_nothing(spec: AppSpec, text: str) -> str | None:
    """"rename members to patrons" where the app keeps no members (its borrowers): say so, rather than make a
    patron thing with a "members" field."""
    m = _RENAME_ONLY.fullmatch(text.lower().strip())
    if m is None:
        return None
    words = m.group(1).split()
    if {"app", "application", "site", "website", "title", "it", "this", "page", "dashboard", "calendar", "board",
            "kanban", "table", "form", "overview", "chart", "view", "tab", "role", "status", "option"} & set(words):
        return None  # "rename the app to Snip and Style", "rename the calendar to Schedule": no thing or field
    names = {snake(" ".join(words)), snake(" ".join(words[:-1] + [singular(words[-1])]))}
    names |= set(words) | {singular(w) for w in words}  # "rename harvest kg to weight": the harvests' kg
    if names & ({v.name for v in spec.views} | {snake(v.title) for v in spec.views if v.title}
                | {r.name for r in spec.roles} | {snake(o.value) for e in spec.entities for f in e.fields for o in f.options}):
        return None
    for e in spec.entities:
        known = {e.name, snake(e.label or ""), snake(e.plural or "")} | {f.name for f in e.fields}
        known |= {snake(f.label) for f in e.fields if f.label} | {p for f in e.fields for p in f.name.split("_")}
        if names & known:
            return None
    return f"Nothing to change: the app has no {m.group(1)} to rename."


def not_there(spec: AppSpec, text: str) -> str | None:
    """"remove the linkedin field" where no thing has one: say so, rather than that nothing was understood."""
    m = _REMOVE.search(text.lower())
    if m is None:
        return None
    name = snake(m.group(1))
    if any(e.name == name or e.field(name) is not None or any(f.label and snake(f.label) == name for f in e.fields)
           for e in spec.entities):
        return None
    return f"Nothing to change: the app has no {m.group(1)} {m.group(2)}."


def already(held: list[tuple[str, str, set[str]]]) -> str:
    """"Nothing to change: event already has ticket price and capacity." """
    by_entity: dict[str, dict[str, None]] = {}
    for entity, item, _ in held:
        by_entity.setdefault(entity, {})[item] = None
    said = "; ".join(f"{e} already has {' and '.join(items)}" for e, items in by_entity.items())
    return f"Nothing to change: {said}."


__all__ = ["already", "not_there", "renames_nothing"]
