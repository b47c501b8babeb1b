"""A blueprint's thing and the person's word for it are one thing, kept once under the person's word.

"Clients n their dogs" from a grooming blueprint that keeps owners, "pets (species, breed)" where a vet's keeps patients,
"repair jobs" where a garage's keeps repair orders: a new app's start brings both, and a person expects one list.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.deeds import deed_record
from appforge.models.inhouse.links import SUPPLY_SIDE
from appforge.models.inhouse.mentions import EVERY_THING_HAS, apply_if_fits, listed_words
from appforge.models.inhouse.phrasing import singular
from appforge.models.inhouse.synonyms import RECORD_WORDS, called_as_kind, one_thing, word_vector
from appforge.models.rebuild import field_dump
from appforge.spec.model import RELATION_TYPES, AppSpec, Entity, FieldType

# A thing the message does not name is one it names under another word when it holds this share of the words the
# message lists for it ("pets (species, breed, birth date)": a patient holds all of them).
SAME_THING_HOLDS = 0.75
# Two words near enough (MiniLM cosine) that half of a list in common makes them one thing: animal and pet 0.76.
NEAR_WORD = 0.7

_HOLDS_A_CUSTOMER = frozenset({"customer", "client", "customer_name", "client_name", "owner", "owner_name"})


def one_kind_of_customer(spec: AppSpec, base: AppSpec, text: str) -> AppSpec:
    """"Clients n their dogs" from a grooming blueprint that keeps owners: the blueprint's one kind of customer, which
    the message does not name, is the one it does, under the person's name (the owners become the clients).

    Only one on each side, both with a way to reach them and neither signing in (staff, a tutor with an account), so
    a business's own people are never taken for its customers."""
    said = {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
    staff = {r.name for r in base.roles} | {r.name for r in spec.roles}

    def customer(entity: Entity) -> bool:
        # its own way to reach it: a pet's "owner_phone" reaches the owner, so the pet is no customer
        return (any(f.type in (FieldType.email, FieldType.phone) and f.name in ("email", "phone", "mobile")
                    for f in entity.fields)
                and not any(f.type == FieldType.user for f in entity.fields) and entity.name not in staff
                and entity.name.split("_")[-1] not in SUPPLY_SIDE
                and not any(f.name in _HOLDS_A_CUSTOMER for f in entity.fields))  # a repair ticket's customer and phone

    kept = {e.name for e in base.entities}
    unnamed = [e for e in spec.entities if e.name in kept and customer(e)
               and not all(w in said for w in e.name.split("_"))]
    # a lead with a stage moves along a pipeline: a thing of its own beside the clients it may become
    brought = [e for e in spec.entities if e.name not in kept and customer(e)
               and not any(f.name == "stage" and f.type == FieldType.choice for f in e.fields)]
    if len(unnamed) != 1 or len(brought) != 1 or any(f.target for f in brought[0].fields):
        return spec
    return under_the_persons_name(spec, unnamed[0].name, brought[0].name)


def one_thing_two_names(spec: AppSpec, base: AppSpec, text: str) -> AppSpec:
    """"owners, pets (species, breed, birth date)" from a vet blueprint that keeps patients: a thing of the blueprint
    that the message does not name, holding most of what the message lists for a thing brought in beside it, is that
    thing under the person's word (the patients become the pets), not a second list of the same animals."""
    said = {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
    kept = {e.name for e in base.entities}
    for brought in [e.name for e in spec.entities if e.name not in kept]:
        # "students" where a homeschool keeps learners: those, under the person's word
        kin = [name for name in kept if one_thing(name, brought) and spec.entity(name) is not None
               and name not in said]
        if len(kin) == 1:
            spec = under_the_persons_name(spec, kin[0], brought)
            continue
        wanted = listed_words(brought, text) - EVERY_THING_HAS
        if len(wanted) < 2:
            continue

        # (half of the list, where the two words are near: a rescue's "animals (species, age, vaccinated?)" are the
        # blueprint's pets, 0.76)
        shares = {e.name: _share_held(e, wanted) for e in spec.entities
                  if e.name in kept and not all(w in said for w in e.name.split("_"))}
        alike = [name for name, share in shares.items() if share >= SAME_THING_HOLDS or (
            share >= 0.5 and "_" not in name + brought and float(word_vector(name) @ word_vector(brought)) >= NEAR_WORD)]
        if len(alike) == 1:
            spec = under_the_persons_name(spec, alike[0], brought)
    return spec


def one_record_two_names(spec: AppSpec, kept: set[str], text: str = "") -> AppSpec:
    """"repair jobs per car with parts used" where a garage's blueprint keeps repair orders: the list made for the
    person's word is that record under it, with what the list added to it, not a second record of each repair; and
    "grant applications" where it keeps grants are the grants."""
    for made in [e for e in spec.entities if e.name not in kept]:
        kind = called_as_kind(spec, made.name)
        said = re.search(rf"\b([a-z]+)[ -]{made.name}s?\b", text.lower()) if made.name in RECORD_WORDS else None
        kept_said = spec.entity(singular(said.group(1))) if said is not None else None
        if (kind is None and kept_said is not None and kept_said.name in kept
                and deed_record(text.lower(), {made.name}) != made.name):  # "members book a boat": a boat's booking
            kind = kept_said
        if kind is None or kind.name == made.name or kind.name not in kept:
            continue
        merged, done = spec, []
        for f in made.fields:
            if f.type not in RELATION_TYPES and kind.field(f.name) is None and f.name != "name":
                merged = apply_if_fits(merged, {"op": "add_field", "entity": kind.name, "field": field_dump(f)}, done)
        if kind is kept_said:
            spec = _dropped(merged, made.name)
        else:
            spec = under_the_persons_name(merged, kind.name, made.name)
    return spec


def _dropped(spec: AppSpec, name: str) -> AppSpec:
    """`spec` without `name` and the links to it, or as it was."""
    done: list[dict[str, Any]] = []
    dropped = spec
    for e in spec.entities:
        for f in e.fields:
            if f.target == name:
                dropped = apply_if_fits(dropped, {"op": "remove_field", "entity": e.name, "field": f.name}, done)
    dropped = apply_if_fits(dropped, {"op": "remove_entity", "entity": name}, done)
    return dropped if dropped.entity(name) is None else spec


def _share_held(entity: Entity, wanted: set[str]) -> float:
    """The share of the words wanted that the entity's field names hold ("birth" and "date" in date_of_birth)."""
    held = {singular(w) for f in entity.fields for w in f.name.split("_")}
    return len(wanted & held) / len(wanted)


def under_the_persons_name(spec: AppSpec, old: str, new: str) -> AppSpec:
    """`spec` with `new` (brought in under the person's word) dropped and `old` renamed to it, or as it was."""
    merged = apply_if_fits(_dropped(spec, new), {"op": "rename_entity", "entity": old, "to": new}, [])
    if merged.entity(new) is None or merged.entity(old) is not None:
        return spec
    return merged


__all__ = ["one_kind_of_customer", "one_record_two_names", "one_thing_two_names", "under_the_persons_name"]
