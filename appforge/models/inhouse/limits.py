"""Limits a change states in so many words: "party size max 12", "at least 1 guest", "price between 5 and 500".

The decoder rarely picks a number's limit over its other settings; a number field the words name, next to a number
and a word for a bound, says it plainly, so it is read here without learning.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.listed import apply_if_fits
from appforge.models.inhouse.slots import singular
from appforge.spec.model import AppSpec, Entity, Field

_NUMBER = r"(\d+(?:\.\d+)?)"
_UPPER = r"(?:max|maximum|at most|up to|no more than|not more than|limit(?: of)?|cap(?: of)?)"
_LOWER = r"(?:min|minimum|at least|no less than|not less than)"
_NUMERIC = ("integer", "decimal", "money", "rating")


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
            if m := re.search(rf"\b{_UPPER}\s*(?:of\s*)?{_NUMBER}", clause):
                bounds["max"] = float(m.group(1))
            if m := re.search(rf"\b{_LOWER}\s*(?:of\s*)?{_NUMBER}", clause):
                bounds["min"] = float(m.group(1))
        bounds = {k: int(v) if v.is_integer() and field.type.value != "decimal" else v for k, v in bounds.items()}
        wanted = {k: v for k, v in bounds.items() if getattr(field, k) != v}
        if wanted:
            spec = apply_if_fits(spec, {"op": "set_field", "entity": entity.name, "field": field.name, **wanted}, ops)
    return ops, spec


def _field_named(spec: AppSpec, clause: str) -> tuple[Entity, Field] | None:
    """The number field whose words a clause says ("party size" -> reservation.party_size), the longest match."""
    said = {singular(w) for w in re.findall(r"[a-z]+", clause)}
    best: tuple[int, Entity, Field] | None = None
    for entity in spec.entities:
        for f in entity.fields:
            words = [singular(w) for w in f.name.split("_")]
            if f.type.value in _NUMERIC and all(w in said for w in words) and (best is None or len(words) > best[0]):
                best = (len(words), entity, f)
    return (best[1], best[2]) if best else None


__all__ = ["limit_operations"]
