"""Words for one thing: a word MiniLM puts near another (car, vehicle), words people use for one record (booking,
appointment), a kind the app keeps under a longer name (lots of green_lot), and a record called after its kind (a
"Repair ticket" is what a bike shop calls its repairs)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import torch

from appforge.models.encoder import load_encoder
from appforge.models.inhouse.phrasing import singular
from appforge.spec.model import AppSpec, Entity

# Two words for one thing (cosine of their MiniLM vectors): car and vehicle 0.87, kid and child 0.81; a game and a
# match (0.55), a client and a customer (0.61) stay two words.
SAME_WORD = 0.8

# What a record of something is called after its kind: a "Repair ticket", a "Cake order", a "Leave request".
RECORD_WORDS = frozenset({"ticket", "order", "request", "entry", "record", "log", "booking", "job", "form", "application",
                           "submission", "registration", "report"})

# The last word of a thing's name that says nothing of what it is: a line_item is no item of stock, a ticket_type no type.
_KINDLESS = frozenset({"type", "item", "entry", "log", "note", "record", "line", "detail", "set", "slot", "list",
                       "plan", "group", "member", "photo", "task", "step", "part", "event", "form", "day"})


def kept_as_kind(spec: AppSpec, name: str) -> str | None:
    """The thing the app keeps as a kind of `name`: "lots" where a roastery keeps green_lot, "bookings" where a hall
    keeps venue_booking; None where it keeps `name` itself or no such kind."""
    if "_" in name or name in _KINDLESS or spec.entity(name) is not None:
        return None
    return next((e.name for e in spec.entities if e.name.endswith("_" + name)), None)


@cache
def word_vector(word: str) -> torch.Tensor:
    """A word's MiniLM vector, once per word: the same few names are asked about on every new app."""
    return load_encoder().embed([word])[0]


# Words for one thing that MiniLM holds apart (booking and appointment 0.6): an app keeps one of them.
_ONE_THING = (frozenset({"booking", "appointment", "reservation", "consultation", "stay"}),
              frozenset({"employee", "staff_member", "worker"}), frozenset({"kid", "child", "pupil", "learner"}),
              frozenset({"hairdresser", "stylist", "hairstylist"}), frozenset({"pet", "patient"}),
              frozenset({"learner", "student"}), frozenset({"workout", "session"}),
              frozenset({"shoot", "photoshoot", "session"}))


def one_thing(a: str, b: str) -> bool:
    """Whether two words are one thing that apps call by either ("booking" and "appointment")."""
    return a != b and any(a in group and b in group for group in _ONE_THING)


def same_thing(name: str, have: set[str]) -> str | None:
    """What the app keeps that is the thing under another word ("vehicle" for "car", "child" for "kid"): MiniLM puts
    the two words this near, and they are not two forms of one stem ("donor", "donation")."""
    others = sorted(h for h in have if "_" not in h and h[:3] != name[:3])
    if "_" in name or not others:
        return None
    kin = [o for o in others if one_thing(name, o)]
    if kin:
        return kin[0]  # "clients can book appointments" where the app keeps bookings
    scores = torch.stack([word_vector(o) for o in others]) @ word_vector(name)
    return others[int(scores.argmax())] if float(scores.max()) >= SAME_WORD else None


def kind_named_by(names: Iterable[str], word: str) -> str | None:
    """The thing whose name opens with `word`: "maintenance tickets" where the app keeps maintenance_request."""
    return next((n for n in names if n.startswith(word + "_")), None)


def called_as_kind(spec: AppSpec, name: str) -> Entity | None:
    """The thing `spec` keeps that a person calls `name`: a bike_ticket labelled "Repair ticket" for "repairs", a
    green_lot for "lots", a repair_order for "repair jobs", a clean for "cleanings"."""
    for e in spec.entities:
        words = (e.label or "").lower().split()
        if len(words) == 2 and singular(words[0]) == name and words[1] in RECORD_WORDS:
            return e
        # "cleanings" of a clean, "vaccination records" of a vaccination: the thing, said as its doing or its record
        if name in (e.name + "ing", e.name.removesuffix("e") + "ing") or (
                name.startswith(e.name + "_") and name.removeprefix(e.name + "_") in RECORD_WORDS):
            return e
        # "repair jobs" where a garage keeps repair_order: one record of a repair, whatever the shop calls it
        said, kept = name.split("_"), e.name.split("_")
        if (len(said) == len(kept) == 2 and said[0] == kept[0] and said[1] != kept[1]
                and {said[1], kept[1]} <= RECORD_WORDS):
            return e
    return spec.entity(kept_as_kind(spec, name) or "")


__all__ = ["RECORD_WORDS", "SAME_WORD", "called_as_kind", "kept_as_kind", "kind_named_by", "one_thing", "same_thing",
           "word_vector"]
