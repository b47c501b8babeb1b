"""Which words of a message name which things of an app: "the tools", "roast batches", "children".

Every reader after the decoder (lists, rules, charts, pages, links) asks the same question of a message's words,
so it is answered once, here, and the answer changes with the app (a renamed thing answers to its new name).
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.complete import DATES, first_field
from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations

# Plurals that do not end in -s: "children, guardians, attendance" names the child entity.
_IRREGULAR = {"child": "children", "person": "people", "man": "men", "woman": "women", "mouse": "mice",
              "goose": "geese", "foot": "feet", "tooth": "teeth", "sheep": "sheep", "fish": "fish",
              "calf": "calves", "wolf": "wolves", "leaf": "leaves", "shelf": "shelves", "knife": "knives",
              "wife": "wives", "life": "lives", "half": "halves", "loaf": "loaves", "thief": "thieves",
              "cactus": "cacti", "fungus": "fungi", "criterion": "criteria", "phenomenon": "phenomena"}


# Field words every kind of thing has, which tell nothing of which thing a list is of.
EVERY_THING_HAS = frozenset({"name", "date", "notes", "note", "title", "description", "status", "type", "photo",
                             "comments"})

# Words before a plural that say which ones or how many, not a kind of thing: "new orders", "all bookings".
NOT_MODIFIERS = frozenset({"new", "old", "past", "future", "upcoming", "recent", "current", "open", "closed", "all",
                           "any", "some", "many", "few", "more", "other", "my", "our", "your", "their", "his", "her",
                           "its", "these", "those", "monthly", "weekly", "yearly", "annual", "daily", "two", "three",
                           "four", "five", "several", "various", "different", "small", "big", "large", "simple",
                           "basic", "main", "total", "individual", "single", "recurring", "regular", "special", "extra", "track", "log",
                           "manage", "keep", "see", "show", "list", "add", "record", "who", "what", "which"})
# Words that say what kind of entry a thing is rather than what it is about: "service records", "budget items" and
# "fuel logs" are records of services, items of a budget, logs of fuel (not vinyl records or shop items).
ENTRY_WORDS = frozenset({"record", "log", "item", "entry", "note", "detail", "history"})

# Units a quantity is said in: "hours per day" counts hours, it keeps no list of them.
UNIT_WORDS = frozenset({"days", "weeks", "months", "years", "hours", "hrs", "minutes", "mins", "kg", "grams", "litres",
                        "liters", "metres", "meters", "km", "miles", "cm", "mm", "celsius", "percent", "pounds", "lbs",
                        "ounces", "oz", "gallons", "inches", "feet"})


# "supplies like wax and wicks", "vendors such as florists or caterers": examples of a thing, not things of their own.
EXAMPLES = re.compile(r"\b(?:like|such as|e\.?g\.?,?|including)\s+[a-z]+(?:\s+[a-z]+)?"
                      r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[a-z]+(?:\s+[a-z]+)?)*(?=\s+(?:with|w/|w)\b)"
                      # "services like oil change, tyres etc (date, cost)": the services' examples, then their list
                      r"|\b(?:like|such as|e\.?g\.?,?|including)\s+[a-z]+(?:\s+[a-z]+)?"
                      r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[a-z]+(?:\s+[a-z]+)?)*,?\s*(?:etc\.?|\.\.\.|…)(?=\s*(?:\(|:|with\b|w/))"
                      # "tasks like change furnace filter, clean gutters; how often, last done": things done, each
                      # in words of its own (but "labels like bug, feature, chore" are the labels' options)
                      r"|(?<=[a-z] )(?<!labels )(?<!tags )(?<!types )(?<!kinds )(?<!categories )"
                      r"(?:like|such as|e\.g\.,?)\s+[a-z]+(?:\s+[a-z]+){1,2}"
                      r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[a-z]+(?:\s+[a-z]+){1,2})+(?=\s*(?:;|\.\s|$))")


def words_for_entities(spec: AppSpec) -> dict[str, str]:
    """The words a person may use for each entity: its name, its plural, its label, their last words."""
    out: dict[str, str] = {}
    for e in spec.entities:
        spoken = [e.name, snake(e.label) if e.label else "", snake(e.plural) if e.plural else "",
                  _IRREGULAR.get(e.name, "")]
        for s in spoken:
            if s:
                out.setdefault(s, e.name)
                out.setdefault(singular(s), e.name)
    return out


def named_in_order(spec: AppSpec, text: str) -> list[str]:
    """The things of the app the message names outside brackets, each once, in the order it names them."""
    words_for = words_for_entities(spec)
    order: list[str] = []
    for w in re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", text.lower())):
        name = words_for.get(w) or words_for.get(singular(w))
        if name is not None and name not in order:
            order.append(name)
    return order


def first_named(spec: AppSpec, text: str, timed: bool = False) -> str | None:
    """The first thing the message names outside brackets (with `timed`, the first that has a date or time): what
    "curators edit, volunteers view" or "only managers can cancel" is about."""
    dated = {e.name for e in spec.entities if first_field(e, DATES)}
    return next((name for name in named_in_order(spec, text) if not timed or name in dated), None)


def entity_of(words: list[str], words_for: dict[str, str]) -> str | None:
    """The entity the last one or two words before a list name ("roast batches" -> batch, "the tools" -> tool)."""
    if not words:
        return None
    for n in (2, 1):
        tail = words[-n:]
        if len(tail) < n:
            continue
        for key in ("_".join(tail), "_".join(tail[:-1] + [singular(tail[-1])])):
            if key in words_for:
                return words_for[key]
    return None


def last_named(words: list[str], words_for: dict[str, str]) -> str | None:
    """The last entity a run of words names anywhere in it."""
    for i in range(len(words), 0, -1):
        found = entity_of(words[:i], words_for)
        if found is not None:
            return found
    return None


def listed_words(name: str, text: str) -> set[str]:
    """The words of the fields the message lists for the thing itself: "games (date, opponent)" -> date, opponent."""
    words = name.split("_")
    spoken = r"[\s-]+".join(words[:-1] + [words[-1] + r"(?:s|es)?"])
    m = re.search(rf"\b{spoken}\s*(?:\(([^)]*)\)|(?::\s|\s+(?:with|w/|w)\s)([^.;:!?\n(]*))", text.lower())
    if m is None:
        return set()
    # "status: available/adopted/foster": the field is listed, its options are not
    listed = re.sub(r":[^,]*|[a-z]+(?:\s*/\s*[a-z]+)+", " ", m.group(1) or m.group(2) or "")
    return {singular(w) for w in re.findall(r"[a-z]+", listed) if len(w) > 2}


def apply_if_fits(spec: AppSpec, op: dict[str, Any], done: list[dict[str, Any]]) -> AppSpec:
    """`op` applied, and noted in `done`; one that does not fit (a reserved name, a clash) is left out."""
    try:
        spec = apply_operations(spec, [op])
    except (OperationError, ValueError):
        return spec
    done.append(op)
    return spec



# Words for what was done (irregular pasts; a regular one ends in -ed).
_DONE = frozenset({"done", "sold", "made", "taken", "given", "seen", "run", "worn", "spent", "paid", "lent", "bought",
                   "found", "kept", "sent", "held", "won", "lost", "read", "built", "grown", "caught", "brought", "written"})


def said_done(word: str) -> bool:
    """Whether a word after a thing says what was done to it ("sprays applied", "parts used", "items sold")."""
    return word in _DONE or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


__all__ = ["EVERY_THING_HAS", "EXAMPLES", "apply_if_fits", "entity_of", "first_named", "last_named", "named_in_order",
           "said_done", "words_for_entities"]
