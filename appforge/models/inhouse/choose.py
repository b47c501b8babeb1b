"""Which blueprint a new app starts from: the nearest by meaning, unless another nearly as near keeps the things the
message names, or the nearest keeps none of them; and the pages an app built from words alone gets instead."""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.complete import DATES, first_field, spec_operations
from appforge.models.inhouse.mentions import apply_if_fits
from appforge.models.inhouse.phrasing import singular
from appforge.models.inhouse.thingnames import APP_WORDS, LIST_WORDS
from appforge.spec.model import AppSpec

# How much less near a blueprint that keeps a thing the message names may be than the nearest, which keeps none.
NAMING_MARGIN = 0.08
# How near a blueprint that keeps none of the things a message names may be and still not be its start.
BARELY = 0.05
_RULE_SENTENCE = re.compile(r"\b(?:can|cannot|can't|only|able to|allowed to)\b")


def naming_the_things(near: list[tuple[Any, float]], text: str) -> tuple[Any, float, bool]:
    """The nearest blueprint, unless it keeps nothing the message names and one nearly as near does: "apartment hunting
    tracker: listings with rent, neighborhood" is a house hunt's listings, not a neighbourhood watch's streets.
    Words of a rule do not count: "customers should be able to request a quote" asks a movers' app for no quotes app."""
    kept = [s for s in re.split(r"[.!?;\n]+", text.lower()) if not _RULE_SENTENCE.search(s)]
    said = {singular(w) for w in re.findall(r"[a-z]+", " ".join(kept))}

    def named(blueprint: Any) -> int:
        return sum(set(e.name.split("_")) <= said or bool(e.plural and {singular(w) for w in e.plural.lower().split()} <= said)
                   for e in blueprint.spec.entities)

    best, score = near[0]
    if named(best):
        return best, score, True
    named_ones = [(b, s, True) for b, s in near[1:] if s >= score - NAMING_MARGIN and named(b)]
    return named_ones[0] if named_ones else (best, score, False)


# Words of a request that say nothing of its trade: "a tracker for my bookings app".
_NOT_TRADE = APP_WORDS | LIST_WORDS | frozenset({"small", "simple", "little", "new", "want", "business", "company",
                                                "shop", "store", "list", "book", "booking", "order", "customer", "client"})
# How much less near a blueprint that says the trade's words may be than the nearest, which says none of them.
SAYING_MARGIN = 0.05


def saying_the_trade(near: list[tuple[Any, float]], text: str) -> tuple[Any, float] | None:
    """For a request of a few words, where sentence vectors are least sure ("window cleaning rounds" is nearest a
    miniature wargame's rounds), a blueprint nearly as near whose own words say the request's trade (a cleaning
    company's "cleaning") where the nearest's say none of it, or the nearest when it says more than any of them;
    None otherwise."""
    said = {singular(w) for w in re.findall(r"[a-z]{3,}", text.lower())} - _NOT_TRADE

    def says(blueprint: Any) -> int:
        spec = blueprint.spec
        own = " ".join([spec.title or "", spec.description or ""] + [e.name.replace("_", " ") for e in spec.entities])
        return len(said & {singular(w) for w in re.findall(r"[a-z]{3,}", own.lower())})

    best, score = near[0]
    first = says(best)
    close = [(says(b), s, b) for b, s in near[1:] if s >= score - NAMING_MARGIN]
    better = max(close, key=lambda c: (c[0], c[1]), default=None)
    if better is None or better[0] == first:
        return None
    if better[0] < first:
        return best, score  # "car detailing bookings": a car wash's, though a dealership keeps cars
    return (better[2], better[1]) if first == 0 and better[1] >= score - SAYING_MARGIN else None


# A sentence that only says how the app looks, which pages it has or who may open it: nothing of what the app keeps.
_SHOWING = re.compile(r"\b(?:dark|light)\s+mode\b|\b(?:theme|colou?rs?|background|font|pastel|public|private|log(?:ging)?\s*in|"
                      r"sign(?:ing)?\s*in|account|cards?|kanban|calendar|chart|graph|dashboard|leaderboard|page|view)\b")


def about_the_app(text: str) -> str:
    """The message without its sentences about looks, pages and access: "my vinyl collection: artist, album, year.
    show them as cards. public page so my friends can browse" is a record collection, and its last two sentences pull
    the whole message's vector away from every collection in the catalogue. The whole message when nothing is left."""
    sentences = [s for s in re.split(r"(?<=[.!?\n])\s+", text) if s.strip()]
    kept = [s for s in sentences if not _SHOWING.search(s.lower())]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


def pages_of_its_own(spec: AppSpec) -> AppSpec:
    """An app built from words alone has no blueprint's pages: a list of each thing it keeps, and a calendar of the
    first thing with a date (what a person who asked for "a blood pressure log" opens first), where it has none."""
    done: list[dict[str, Any]] = []
    for entity in spec.entities:
        if not any(v.entity == entity.name and v.type.value == "table" for v in spec.views):
            for op in spec_operations({"op": "add_view", "type": "table", "entity": entity.name}, spec):
                spec = apply_if_fits(spec, op, done)
    dated = next((e for e in spec.entities if first_field(e, DATES) is not None), None)
    if dated is not None and not any(v.type.value == "calendar" for v in spec.views):
        for op in spec_operations({"op": "add_view", "type": "calendar", "entity": dated.name}, spec):
            spec = apply_if_fits(spec, op, done)
    return spec


__all__ = ["BARELY", "about_the_app", "naming_the_things", "pages_of_its_own", "saying_the_trade"]
