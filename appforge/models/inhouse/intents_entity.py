"""The changes to an app's things, as words and as the operations that make them: a new entity with its fields,
a renamed or removed one, and bringing back what an earlier edit removed.

The same contract as `intents`: each returns (operations, clause) for the app as it stands, or None when the app has
nothing it could apply to, and claims what it touches in the `Draft`.
"""

from __future__ import annotations

import random
from typing import Any

from appforge.models.inhouse.intents import Draft, Intent, T, new_words
from appforge.models.inhouse.phrasing import (
    Clause,
    a,
    entity_words,
    idea_field,
    keep,
    listing,
    options_field,
    plural,
    sentence,
    singular,
    snake,
)
from appforge.models.inhouse.vocabulary import ENTITY_IDEAS
from appforge.spec.model import (
    RESERVED_ENTITY_NAMES,
    RESERVED_FIELD_NAMES,
    Entity,
    humanize,
)


def entity_fields(rng: random.Random, source: Entity | tuple[str, list[str]], currency: str | None) -> list[Any]:
    """The fields of a new entity as NewField descriptions: borrowed from a blueprint or from a generic idea."""
    out = []
    if isinstance(source, Entity):
        simple = [f for f in source.fields if f.type.value in (
            "text", "long_text", "integer", "decimal", "money", "boolean", "date", "datetime", "email", "phone",
            "url", "image", "file", "rating", "choice", "tags")]
        for f in simple[: rng.randint(2, 5)]:
            words = humanize(f.name).lower()
            if f.type in (T.choice, T.tags):
                new = options_field(f.type.value, words, [o.value for o in f.options][:6], rng)
            else:
                new = idea_field(f.type.value, words, rng, currency)
            if not any(x.field["name"] == new.field["name"] for x in out):
                out.append(new)
    else:
        for spec in source[1]:
            words, _, kind = spec.partition(":")
            kind, _, options = kind.partition("=")
            out.append(idea_field(kind, f"{words}: {options}" if options else words, rng, currency))
    return out


def add_entity(d: Draft, rng: random.Random) -> Intent | None:
    links = d.entities()
    source: Entity | tuple[str, list[str]]
    if d.borrow and rng.random() < 0.5:
        source = rng.choice(d.borrow)
        words = humanize(source.name).lower()
    else:
        source = rng.choice(ENTITY_IDEAS)
        words = source[0]
    name = snake(words)
    if d.taken(name) or name in RESERVED_ENTITY_NAMES:
        return None
    fields = entity_fields(rng, source, d.currency())
    if not fields:
        return None
    ops_fields = [f.field for f in fields]
    many = plural(words)
    described = listing([f.phrase for f in fields], rng)
    link = rng.choice(links) if links and rng.random() < 0.7 else None
    tail = ""
    if link is not None:
        le = entity_words(link, rng, many=False)
        ref = snake(le)
        if _ok_name(ref, ops_fields):
            ops_fields.append({"name": ref, "type": "reference", "target": link.name})
            d.claim(f"ref:{link.name}")
            le = keep(le)
            tail = rng.choice([f", each linked to {a(le)}", f" - each belongs to {a(le)}", f" per {le}",
                               f". every one is for {a(le)}", f" (linked to {le})"])
    d.new_names.append(name)
    d.claim(f"e:{name}")
    w = keep(many)
    text, imperative = rng.choice([
        (f"add {w} with {described}{tail}", True), (f"track {w} too ({described}){tail}", True),
        (f"new table for {w}: {described}{tail}", False), (f"I also need to log {w}{tail} - {described}", False),
        (f"we need {w}{tail}. fields: {described}", False), (f"add {a(keep(words))} entity with {described}{tail}", True),
    ])
    return [{"op": "add_entity", "entity": name, "fields": ops_fields}], Clause(text, imperative)


def _ok_name(name: str, fields: list[dict[str, Any]]) -> bool:
    return name not in RESERVED_FIELD_NAMES and all(f["name"] != name for f in fields)


def rename_entity(d: Draft, rng: random.Random) -> Intent | None:
    entities = [e for e in d.entities() if not e.plural]
    if not entities:
        return None
    entity = rng.choice(entities)
    words = singular(new_words(rng, entity.name))
    name = snake(words)
    if d.taken(name) or name in RESERVED_ENTITY_NAMES:
        return None
    d.claim(f"e:{entity.name}", f"e:{name}")
    d.new_names.append(name)
    op: dict[str, Any] = {"op": "rename_entity", "entity": entity.name, "to": name}
    if entity.label:
        op["label"] = sentence(singular(words))
    e, n = entity_words(entity, rng, many=True), keep(plural(singular(words)))
    text, imperative = rng.choice([
        (f"rename {e} to {n}", True), (f"call {e} {n} instead", True), (f"we call them {n}, not {e}", False),
        (f"change {e} to {n} everywhere", True), (f"{e} should be {n}", False), (f"{e} -> {n}", False),
        (f"can {e} be called {n}", False),
    ])
    return [op], Clause(text, imperative)


def remove_entity(d: Draft, rng: random.Random) -> Intent | None:
    live = d.entities()
    referenced = [f.target for e in d.spec.entities for f in e.fields if f.target and f.target != e.name]
    candidates = [e for e in live if e.name not in referenced and d.free(f"ref:{e.name}")]
    if len(d.spec.entities) < 2 or not candidates:
        return None
    entity = rng.choice(candidates)
    d.claim(f"e:{entity.name}", *[f"v:{v.name}" for v in d.spec.views if v.entity == entity.name
                                  or any(w.entity == entity.name for w in v.widgets)])
    e = entity_words(entity, rng, many=True)
    text, imperative = rng.choice([
        (f"we don't need {e} anymore", False), (f"remove the {entity_words(entity, rng, False)} table", True),
        (f"get rid of {e} completely", True), (f"delete {e}", True), (f"drop {e}, we don't track them", True),
        (f"no more {e}", False),
    ])
    return [{"op": "remove_entity", "entity": entity.name}], Clause(text, imperative)


def restore(d: Draft, rng: random.Random) -> Intent | None:
    """Bring back something an earlier edit removed (only apps with an archive)."""
    spec = d.spec
    choices = []
    for item in spec.archive:
        if item.kind == "field" and item.replaced_by is None and item.field is not None:
            entity = spec.entity(item.entity)
            if (entity and d.free(f"e:{entity.name}") and entity.field(item.field.name) is None
                    and d.free(f"f:{entity.name}.{item.field.name}")):
                choices.append(("field", entity, item.field.name))
        elif item.kind == "entity" and item.definition is not None and d.free(f"e:{item.entity}"):
            targets = [f.target for f in item.definition.fields if f.target and f.target != item.entity]
            if spec.entity(item.entity) is None and all(spec.entity(t) and d.free(f"e:{t}") for t in targets):
                choices.append(("entity", None, item.entity))
    if not choices:
        return None
    kind, entity, name = rng.choice(choices)
    words = humanize(name).lower()
    if kind == "field" and entity is not None:
        d.claim(f"f:{entity.name}.{name}")
        text = rng.choice([f"bring back the {words} field", f"undo removing {words}", f"restore {words} on "
                           f"{entity_words(entity, rng)}", f"actually we need {words} again"])
        return [{"op": "restore_field", "entity": entity.name, "field": name}], Clause(text, False)
    d.claim(f"e:{name}")
    text = rng.choice([f"bring back {plural(words)}", f"restore the {words} table", f"we need {plural(words)} again"])
    return [{"op": "restore_entity", "entity": name}], Clause(text, text.startswith(("bring", "restore")))
