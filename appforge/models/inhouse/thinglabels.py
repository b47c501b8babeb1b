"""What a new app calls its things: the person's words for a kind of thing ("leave requests" are Leave requests)
in its labels, and no label a thing brought from another app's kind gave it ("Eyewear order" in a bakery). The names
of things stay the catalogue's, which pages, rules and the decoder's program already use; a field the person listed
takes the name they gave it ("ammonia" for the blueprint's ammonia_ppm), keeping the blueprint's label and unit.
"""

from __future__ import annotations

import re

from appforge.models.inhouse.fieldtypes import SHORT
from appforge.models.inhouse.itemfield import holders
from appforge.models.inhouse.mentions import apply_if_fits
from appforge.models.inhouse.phrasing import singular
from appforge.models.inhouse.rules import RULE_VERBS
from appforge.models.inhouse.thingnames import (
    AFTER_A_THING,
    APP_WORDS,
    COMMANDS,
    DEEDS,
    DOING,
    LIST_WORDS,
    QUANTITY,
    tokenize,
)
from appforge.spec.model import RELATION_TYPES, AppSpec, pluralize


def named_as_said(spec: AppSpec, text: str) -> AppSpec:
    """A thing the message only ever names with the same word before it is labelled so: "leave requests", "gravity
    readings", "packaging runs" show as Leave requests, Gravity readings and Packaging runs, not Requests, Readings
    and Runs. Not when that word is a thing of the app ("customer orders"), a word of time or degree ("daily sales",
    "open jobs"), one that says which of them ("each", "new") or a deed ("can delete tenants")."""
    tokens = tokenize(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()))
    said_words = {singular(w) for w in tokens if w.isalpha()}
    names = {e.name for e in spec.entities}
    for entity in list(spec.entities):
        own = set(entity.name.split("_"))
        label = [singular(w) for w in re.findall(r"[a-z]+", (entity.label or "").lower())]
        if own < set(label) and not set(label) - own <= said_words:
            # a bakery's order brought from an optician's app is no "Eyewear order"
            spec = apply_if_fits(spec, {"op": "configure_entity", "entity": entity.name,
                                        "label": entity.name.replace("_", " ").capitalize(),
                                        "plural": pluralize(entity.name.replace("_", " ")).capitalize()}, [])
            entity = spec.entity(entity.name) or entity
        if "_" in entity.name:
            continue
        before = {tokens[i - 1] if i else "" for i, w in enumerate(tokens) if w.isalpha() and singular(w) == entity.name
                  and _heads(tokens, i)}
        kinds = {w for w in before if w.isalpha() and w not in _NOT_A_KIND | LIST_WORDS | QUANTITY | DOING | COMMANDS
                 | APP_WORDS and not w.endswith(("ly", "ed")) and not (
                     w.endswith("ing") and (entity.name not in SAYS_NOTHING_ALONE or w in _HOW_IT_GOES))}
        if len(kinds) != 1 or len(before - kinds - {"", ",", "(", ".", "-", ":"}) > 2:
            continue
        (word,) = kinds
        if (len(word) < 4 or word != singular(word) or word in names or f"{word}_{entity.name}" in names
                or word.endswith(_SAYS_HOW)):
            continue  # "electric boats", "commercial clients": how they are, not what kind
        if entity.name in SAYS_NOTHING_ALONE and spec.entity(f"{word}_{entity.name}") is None:
            # "packaging runs", "gravity readings", "damage reports": a run or a report alone says nothing of what
            # it is, so the thing is named as said
            spec = apply_if_fits(spec, {"op": "rename_entity", "entity": entity.name, "to": f"{word}_{entity.name}",
                                        "label": f"{word} {entity.name}".capitalize()}, [])
            continue
        said = f"{word} {entity.name.replace('_', ' ')}".capitalize()
        plural = f"{word} {(entity.plural or pluralize(entity.name.replace('_', ' '))).lower()}".capitalize()
        spec = apply_if_fits(spec, {"op": "configure_entity", "entity": entity.name, "label": said, "plural": plural}, [])
    return spec


def fields_as_said(spec: AppSpec, held: list[tuple[str, str, set[str]]]) -> AppSpec:
    """A field the person listed (`held`: entity, item, its words, from the list reader) that the blueprint keeps
    under more words is named as they said it: "ph, ammonia, nitrate, temp" are ammonia, nitrate and temp, not
    ammonia_ppm and temp_c; what the page shows stays ("Ammonia (ppm)", "Budget hours"). Only when exactly one field holds the item,
    by whole words, and no other item of the list is held by it ("make, model" in make_model)."""
    chosen: dict[tuple[str, str], list[str]] = {}
    for entity_name, item, _ in held:
        entity = spec.entity(entity_name)
        words = item.split()
        if entity is None or any(w in SHORT for w in words):
            continue
        found = holders(entity, words)
        if len(found) == 1:
            chosen.setdefault((entity_name, found[0].name), []).append("_".join(words))
    for (entity_name, old), said in chosen.items():
        entity = spec.entity(entity_name)
        field = entity.field(old) if entity is not None else None
        if field is None or len(set(said)) != 1 or field.type in RELATION_TYPES:
            continue
        (new,) = set(said)
        if {singular(w) for w in new.split("_")} < {singular(p) for p in old.split("_")}:
            label = field.label or old.replace("_", " ").capitalize()  # the page shows what it showed ("Budget hours")
            spec = apply_if_fits(spec, {"op": "rename_field", "entity": entity_name, "field": old, "to": new,
                                        "label": label}, [])
    return spec


def _heads(tokens: list[str], i: int) -> bool:
    """Whether the word at `i` ends the words naming a thing, after a word that may say its kind: not "can delete
    tenants" (a deed), "age group team" or "mobile car detailing" (the words go on)."""
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    if after.isalpha() and after not in LIST_WORDS | APP_WORDS | DOING | AFTER_A_THING | _AFTER_THINGS:
        return False
    if i < 1:
        return True
    word, first = tokens[i - 1], tokens[i - 2] if i >= 2 else "."
    return (word not in RULE_VERBS and word not in DEEDS and word not in _DEEDS_DONE_TO and not first.isdigit() and (
        not first.isalpha() or first in _BEFORE_A_KIND or first in LIST_WORDS or first.endswith("ly")))


# Things whose name alone says nothing of what they are: a run, a reading, a report.
SAYS_NOTHING_ALONE = frozenset({"run", "reading", "report", "check", "form", "note", "entry", "record", "item", "log"})
# Words in -ing that say how a thing goes, not what kind it is ("pending", "recurring"); others are kinds
# ("packaging runs", "cleaning checks").
_HOW_IT_GOES = frozenset({"pending", "upcoming", "outstanding", "existing", "remaining", "ongoing", "incoming",
                          "outgoing", "missing", "matching", "following", "recurring", "running", "opening", "closing",
                          "coming", "waiting", "trending", "leading", "winning", "losing", "failing"})
# Endings of words that say how a thing is rather than what kind it is.
_SAYS_HOW = ("al", "ic", "ible", "able", "ive", "ous", "ful", "less", "ish")


# Words after a thing's name that go on about it: "leave requests that ...", "bookings need ...".
_AFTER_THINGS = frozenset({"that", "which", "where", "are", "is", "was", "get", "gets", "need", "needs", "can", "like",
                           "should", "must", "will", "go", "come", "belong", "linked", "assigned", "done", "due"})
# Words before a kind of thing: "our leave requests", "the rent payments".
_BEFORE_A_KIND = frozenset({"the", "a", "an", "our", "my", "their", "your", "his", "her", "its", "some", "any", "all",
                            "each", "every", "of", "for", "per", "new", "log", "track", "keep", "manage", "record"})
# Deeds people do to things, before them: "delete tenants", "edit chores", "borrow copies".
_DEEDS_DONE_TO = frozenset({"delete", "edit", "create", "take", "close", "borrow", "tune", "post", "return", "change",
                            "request", "add", "update", "remove", "cancel", "approve", "view", "see", "assign", "submit",
                            "mark", "tick", "print", "send", "against", "sell", "buy", "hire", "rent", "confirm", "reject",
                            "manage", "run", "move", "drag", "sort", "filter", "export", "import", "upload", "download",
                            "choose", "pick", "select", "enter", "log", "record", "track", "keep", "list", "show", "use"})


# Words before a thing that say which of them or how they are, not what kind: "open jobs", "upcoming events".
_NOT_A_KIND = frozenset({"a", "an", "own", "his", "her", "open", "closed", "upcoming", "past", "current", "future", "active", "recent", "other", "main",
                         "next", "last", "first", "this", "that", "these", "those", "each", "every", "some", "many",
                         "more", "most", "your", "their", "same", "whole", "full", "free", "paid", "unpaid", "late",
                         "good", "best", "small", "large", "big", "little", "simple", "basic", "regular", "extra",
                         "special", "single", "double", "public", "private", "internal", "external", "local", "online",
                         "total", "real", "actual", "different", "various", "weekly", "daily", "monthly", "yearly",
                         "annual", "nightly", "overall", "which", "what", "with", "from", "into", "about", "over",
                         "under", "after", "before", "when", "where", "them", "they", "then", "also", "just", "only",
                         "want", "need", "have", "make", "like", "keep", "track", "show", "list", "manage", "book",
                         "short", "long", "high", "young", "cold", "quick", "easy", "hard", "light", "dark", "heavy",
                         "green", "blue", "black", "white", "yellow", "pink", "purple", "orange", "brown", "grey",
                         "gray", "responsible", "assigned", "favourite", "favorite", "important", "urgent"})


__all__ = ["SAYS_NOTHING_ALONE", "fields_as_said", "named_as_said"]
