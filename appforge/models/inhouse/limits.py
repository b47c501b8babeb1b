"""Limits a change states in so many words: "party size max 12", "at least 1 guest", "price between 5 and 500",
"make due on required", "emails must be unique".

The decoder rarely picks a number's limit over its other settings, and drops a "make X required" said after another
change; a field the words name, next to a number and a word for a bound or a word for a setting, says it plainly, so
it is read here without learning.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.mentions import apply_if_fits, words_for_entities
from appforge.models.inhouse.slots import singular
from appforge.spec.model import AppSpec, Entity, Field

_NUMBER = r"(\d+(?:\.\d+)?)"
_UPPER = r"(?:max|maximum|at most|up to|no more than|not more than|limit(?: of)?|cap(?: of)?)"
_LOWER = r"(?:min|minimum|at least|no less than|not less than)"
_NUMERIC = ("integer", "decimal", "money", "rating")
# "make due on required", "email should be unique", "notes optional": a field named before a word for a setting.
_SETTING = re.compile(r"\b(?:make|making|set)\s+(?:the\s+)?(?P<a>[a-z ]+?)\s+(?:field\s+)?(?P<s>required|mandatory|"
                      r"compulsory|unique|optional)\b|\b(?P<b>[a-z ]+?)\s+(?:field\s+)?(?:is|are|should be|must be|to be)"
                      r"\s+(?P<t>required|mandatory|compulsory|unique|optional)\b|^\s*(?P<c>[a-z ]+?)\s+(?P<u>required|"
                      r"mandatory|compulsory|unique|optional)\s*$")
_SETTINGS = {"required": {"required": True}, "mandatory": {"required": True}, "compulsory": {"required": True},
             "unique": {"unique": True}, "optional": {"required": False}}


def limit_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The `set_field` min/max of each number field the words bound, each applied once."""
    ops: list[dict[str, Any]] = []
    low = text.lower()
    for clause in re.split(r"[.;,!?\n]", low):
        found = _field_named(spec, clause)
        if found is None:
            continue
        entity, field = found
        bounds: dict[str, float] = {}
        if m := re.search(rf"\bbetween {_NUMBER} and {_NUMBER}\b", clause):
            bounds = {"min": float(m.group(1)), "max": float(m.group(2))}
        else:
            # "party size max 12", and "a max capacity of 20" with the field's words between
            between = r"\s*(?:[a-z]+\s+){0,3}?(?:of\s*|is\s*|at\s*|=\s*)?"
            if m := re.search(rf"\b{_UPPER}\b{between}{_NUMBER}", clause):
                bounds["max"] = float(m.group(1))
            if m := re.search(rf"\b{_LOWER}\b{between}{_NUMBER}", clause):
                bounds["min"] = float(m.group(1))
        bounds = {k: int(v) if v.is_integer() and field.type.value != "decimal" else v for k, v in bounds.items()}
        wanted = {k: v for k, v in bounds.items() if getattr(field, k) != v}
        if wanted:
            spec = apply_if_fits(spec, {"op": "set_field", "entity": entity.name, "field": field.name, **wanted}, ops)
    for entity, field, setting in _settings_said(spec, low):
        wanted = {k: v for k, v in _SETTINGS[setting].items() if getattr(field, k) != v}
        if wanted:
            spec = apply_if_fits(spec, {"op": "set_field", "entity": entity.name, "field": field.name, **wanted}, ops)
    for entity, field, value in defaults_said(spec, low):
        if field.default != value:
            spec = apply_if_fits(spec, {"op": "set_field", "entity": entity.name, "field": field.name,
                                        "default": value}, ops)
    return ops, spec


def defaults_said(spec: AppSpec, text: str) -> list[tuple[Entity, Field, str]]:
    """(entity, choice, option) for "new appointments should default to booked": the one choice of that thing with
    that option."""
    out = []
    words_for = words_for_entities(spec)
    for m in _DEFAULT.finditer(text.lower()):
        entity = spec.entity(words_for.get(m.group(1)) or words_for.get(singular(m.group(1))) or "")
        choices = [(f, o.value) for f in (entity.fields if entity else []) if f.type.value in ("choice", "tags")
                   for o in f.options if o.value.lower() == m.group(2).strip()]
        if entity is not None and len(choices) == 1:
            out.append((entity, choices[0][0], choices[0][1]))
    return out


_DEFAULT = re.compile(r"\b([a-z]+)\s+(?:should|must|will|to|always)?\s*(?:default|start)s?\s+(?:to|as|at|on)\s+"
                      r"(?:the\s+|a\s+)?([a-z][a-z -]*?)\s*(?:[.,;!?]|$|\band\b)")


def settings_not_said(ops: list[dict[str, Any]], spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """`ops` less the required/unique settings on fields other than those the words make so, when they name any:
    "add an allergies field and make phone required" makes the phone required, not the allergies."""
    named = {(entity.name, field.name) for entity, field, _ in _settings_said(spec, text.lower())}
    if not named:
        return ops
    return [o for o in ops if not (o["op"] == "set_field" and ({"required", "unique"} & o.keys())
                                   and (o["entity"], o["field"]) not in named)]


def _settings_said(spec: AppSpec, low: str) -> list[tuple[Entity, Field, str]]:
    """(entity, field, setting word) for each clause that makes a field of the app required, unique or optional."""
    out = []
    before = ""
    for clause in re.split(r"[.;,!?\n]|\band\b|\bbut\b", low):
        m = _SETTING.search(clause)
        found = _field_named(spec, m.group("a") or m.group("b") or m.group("c"), numeric=False) if m else None
        if m is not None and found is not None:
            out.append((found[0], found[1], m.group("s") or m.group("t") or m.group("u")))
        elif clause.strip() in _SETTINGS and (found := _field_named(spec, before, numeric=False)) is not None:
            out.append((found[0], found[1], clause.strip()))  # "add a waiver signed checkbox to members, required"
        before = clause
    return out


def _field_named(spec: AppSpec, clause: str, numeric: bool = True) -> tuple[Entity, Field] | None:
    """The (number) field whose words a clause says ("party size" -> reservation.party_size), the longest match."""
    spoken = [singular(w) for w in re.findall(r"[a-z]+", clause)]
    said = set(spoken)
    first = next((w for w in spoken if w not in ("the", "a", "an", "all", "every", "each")), "")
    best: tuple[tuple[int, bool], Entity, Field] | None = None
    for entity in spec.entities:
        for f in entity.fields:
            words = [singular(w) for w in f.name.split("_")]
            # the longest match; between equals, the one said first ("phone number" is the phone, not a table number)
            rank = (len(words), words[0] == first)
            if (f.type.value in _NUMERIC or not numeric) and all(w in said for w in words) and (best is None or rank > best[0]):
                best = (rank, entity, f)
    return (best[1], best[2]) if best else None


__all__ = ["defaults_said", "limit_operations", "settings_not_said"]
