"""How a list read from a message lands on the app as it stands (see `listed`): the thing that already holds most
of what it lists, a field the change added under a shorter name ("insurance" for "insurance category"), a yes/no the
change typed for words that ask no question, and what the change added before the list was read.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.fieldtypes import FieldTypes
from appforge.models.inhouse.itemfield import has_field, name_words
from appforge.models.inhouse.listmarks import CHOICE_WORDS
from appforge.models.inhouse.mentions import EVERY_THING_HAS, apply_if_fits, entity_of, words_for_entities
from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec, Field, FieldType


def holder_of(spec: AppSpec, items: list[str], links: bool = False) -> str | None:
    """The entity that already holds most of a list's telling fields (two at least), if one does.

    Links ("hive") and fields every thing has ("date", "notes") tell nothing about which thing a list is of, unless
    `links`: a list said of no thing at all ("date, vendor, category, amount") is of the thing that points at most of
    the things it names and holds most of the rest.
    """
    words_for = words_for_entities(spec)
    said = [w for w in (name_words(re.sub(r"\(.*?\)", "", i.lower())) for i in items) if w]
    telling = [w for w in said if (links or entity_of(w, words_for) is None) and " ".join(w) not in EVERY_THING_HAS]
    best, held_most = None, 0
    for entity in spec.entities:
        held = sum(has_field(entity, w) or any(f.target and f.target == entity_of(w, words_for) for f in entity.fields)
                   for w in telling)
        if held > held_most:
            best, held_most = entity.name, held
    return best if held_most >= 2 and (links or held_most * 2 >= len(telling)) else None


def named_in_full(spec: AppSpec, before: AppSpec, op: dict[str, Any], said: set[str],
                   ops: list[dict[str, Any]]) -> AppSpec:
    """"add insurance category: electronics, jewelry": the change added the choice as "insurance"; the list names
    what kind of choice it is ("category", "type", "level"), so the added field takes the list's name."""
    entity, old = spec.entity(op["entity"]), before.entity(op["entity"])
    if entity is None or entity.field(op["field"]["name"]) is not None:
        return spec
    had = {f.name for f in old.fields} if old is not None else set()
    shorter = [f for f in entity.fields if f.name not in had and f.type.value == op["field"].get("type", "text")
               and (words := {singular(w) for w in f.name.split("_")}) < said and said - words <= CHOICE_WORDS]
    if len(shorter) != 1:
        return spec
    return apply_if_fits(spec, {"op": "rename_field", "entity": entity.name, "field": shorter[0].name,
                                "to": op["field"]["name"]}, ops)


def retyped(types: FieldTypes, spec: AppSpec, before: AppSpec, entity_name: str, item: str,
             ops: list[dict[str, Any]]) -> AppSpec:
    """"a reason for visit", "track tips": a yes/no the change added for words that ask no question, or a type
    apps never give a field of that name, is typed as apps type it (a reason is text, tips are money)."""
    entity, old = spec.entity(entity_name), before.entity(entity_name)
    field = entity.field(snake(" ".join(name_words(item.lower())))) if entity is not None else None
    if field is None or (old is not None and old.field(field.name) is not None) or field.options:
        return spec
    wanted = types.type_of(field.name)
    usual = types.by_name.get(field.name) or types.by_name.get(singular(field.name))
    agreed = usual is not None and sum(usual.values()) >= 2 and usual.most_common(1)[0][0] == wanted
    if wanted == field.type or (field.type != FieldType.boolean and not agreed) or wanted == FieldType.boolean or (
            re.search(r"\?|\b(?:whether|if|is|are|has|have|y/n|yes/no|checkbox|tick)\b", item.lower())):
        return spec  # "tips" on appointments are money wherever apps keep them; the program's own type otherwise
    return apply_if_fits(spec, {"op": "change_type", "entity": entity_name, "field": field.name, "type": wanted.value}, ops)


def added_words(before: AppSpec, after: AppSpec) -> dict[str, list[set[str]]]:
    """Per entity, the words of each field `after` has that `before` did not."""
    out: dict[str, list[set[str]]] = {}
    for entity in after.entities:
        old = before.entity(entity.name)
        had = {f.name for f in old.fields} if old is not None else set()
        out[entity.name] = [{singular(w) for w in f.name.split("_")} for f in entity.fields if f.name not in had]
    return out


def option_values(spec: AppSpec, entity_name: str, before: AppSpec | None) -> set[str]:
    """The options of the fields a change added to the entity (none without `before`)."""
    entity, old = spec.entity(entity_name), before.entity(entity_name) if before is not None else None
    if entity is None or before is None:
        return set()
    return {o.value.lower() for f in entity.fields if old is None or old.field(f.name) is None for o in f.options}



def options_as_said(spec: AppSpec, entity_name: str, field: Field, items: list[str], ops: list[dict[str, Any]]) -> AppSpec:
    """`field`'s options become the kinds the person listed, in their words ("checking, savings, credit card" where
    the app offered current, savings, credit card, cash); the ones it had and the person said keep their place."""
    said = [i.strip() for i in items if i.strip()]
    low = {i.lower() for i in said}
    for option in field.options:
        if option.value.lower() not in low:
            spec = apply_if_fits(spec, {"op": "remove_option", "entity": entity_name, "field": field.name,
                                        "value": option.value}, ops)
    had = {o.value.lower() for o in field.options}
    for value in said:
        if value.lower() not in had:
            spec = apply_if_fits(spec, {"op": "add_option", "entity": entity_name, "field": field.name,
                                        "value": value[:1].upper() + value[1:]}, ops)
    return spec


__all__ = ["options_as_said", "added_words", "holder_of", "named_in_full", "option_values", "retyped"]
