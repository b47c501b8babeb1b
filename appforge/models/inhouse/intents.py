"""One change a person asks for, as words and as the operations that make it: fields and options.

Each intent looks at the app as it stands and either returns the operations and a clause that asks for them,
or None when the app has nothing it could apply to. A `Draft` records what earlier intents of the same message
claimed, so that one message never asks for two things that collide (renaming a field and removing it) and
the operations of a message apply in order. The changes to entities are in `intents_entity`, the app-level ones
(views, access, theme) in `intents_app`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from appforge.models.inhouse.phrasing import (
    Clause,
    NewField,
    a,
    entity_words,
    field_words,
    keep,
    listing,
    options_field,
    random_field,
    sentence,
    snake,
)
from appforge.models.inhouse.vocabulary import COLOURS, MODIFIERS, NOVEL_WORDS, OPTION_IDEAS, SYNONYMS
from appforge.spec.model import (
    RESERVED_FIELD_NAMES,
    AppSpec,
    Entity,
    Field,
    FieldType,
    humanize,
)

Ops = list[dict[str, Any]]
Intent = tuple[Ops, Clause]
T = FieldType


@dataclass
class Draft:
    """The app an edit message starts from, and what the message's earlier intents already claimed."""

    spec: AppSpec
    borrow: list[Entity] = dc_field(default_factory=list)  # entities of other blueprints to add whole
    busy: list[str] = dc_field(default_factory=list)  # "e:client", "f:client.phone", "v:board", "r:staff", ...
    new_names: list[str] = dc_field(default_factory=list)  # entity, view and role names taken by this message

    def claim(self, *keys: str) -> None:
        self.busy.extend(keys)

    def free(self, key: str) -> bool:
        return key not in self.busy

    def entities(self) -> list[Entity]:
        return [e for e in self.spec.entities if self.free(f"e:{e.name}")]

    def fields(self, entity: Entity, test: Callable[[Field], bool] = lambda f: True) -> list[Field]:
        return [f for f in entity.fields if self.free(f"f:{entity.name}.{f.name}") and test(f)]

    def pick_field(self, rng: random.Random, test: Callable[[Entity, Field], bool]) -> tuple[Entity, Field] | None:
        pairs = [(e, f) for e in self.entities() for f in self.fields(e) if test(e, f)]
        return rng.choice(pairs) if pairs else None

    def taken(self, name: str) -> bool:
        spec = self.spec
        return (name in self.new_names or spec.entity(name) is not None or spec.view(name) is not None
                or spec.role(name) is not None)

    def currency(self) -> str | None:
        for entity in self.spec.entities:
            for f in entity.fields:
                if f.currency:
                    return f.currency
        return None


def used(spec: AppSpec, entity: Entity, name: str) -> bool:
    """Whether a view, widget, formula, sort or filter names the field (so removing or retyping it would fail)."""
    for other in entity.fields:
        if other.formula and name in other.formula:
            return True
    if entity.display_field == name or any(k.field == name for k in entity.order_by):
        return True
    for view in spec.views:
        if view.entity == entity.name and (
            name in (view.group_by, view.date_field, view.image_field)
            or any(x.field == name for x in [*view.filters, *view.sort])
        ):
            return True
        for w in view.widgets:
            if w.entity == entity.name and (name in (w.field, w.group_by) or any(x.field == name for x in w.filters)):
                return True
    return False


def new_words(rng: random.Random, old: str) -> str:
    """Another name for `old`: a synonym people use, or an unusual word the catalogue never has."""
    options = SYNONYMS.get(old, []) + SYNONYMS.get(old.split("_")[-1], [])
    if rng.random() < 0.15:
        # The same word made more precise: "dish" -> "shipping dish", "notes" -> "internal notes".
        return f"{rng.choice(MODIFIERS)} {humanize(old).lower()}"
    if options and rng.random() < 0.65:
        return rng.choice(options)
    word = rng.choice(NOVEL_WORDS)
    if rng.random() < 0.3:
        word = f"{word} {humanize(old).lower().split()[-1]}"
    return word


def _field_ok(entity: Entity, name: str) -> bool:
    return entity.field(name) is None and name not in RESERVED_FIELD_NAMES


# --- fields ---------------------------------------------------------------------------------------------------


def add_field(d: Draft, rng: random.Random) -> Intent | None:
    entities = d.entities()
    if not entities:
        return None
    entity = rng.choice(entities)
    taken = [f.name for f in entity.fields] + [k.split(".")[1] for k in d.busy if k.startswith(f"f:{entity.name}.")]
    new = _borrowed_choice(d, rng, taken) if rng.random() < 0.3 else None
    new = new or random_field(rng, taken, d.currency())
    if new is None:
        return None
    if rng.random() < 0.1 and new.field["type"] not in ("boolean", "user"):
        new.field["required"] = True
        new.phrase += rng.choice([" (required)", " - required", ", mandatory"])
    d.claim(f"f:{entity.name}.{new.field['name']}")
    e, one = entity_words(entity, rng), entity_words(entity, rng, many=False)
    f = new.phrase
    text, imperative = rng.choice([
        (f"add {f} to {e}", True), (f"add {a(f)} field to {e}", True), (f"put {f} on {e}", True),
        (f"{e} should also have {f}", False), (f"can we track {f} for each {one}", False),
        (f"I want to record {f} for every {one}", False), (f"new field on {e}: {f}", False),
        (f"track {f} on {e} too", True), (f"{one} needs {f}", False), (f"add {f}", True),
        (f"give {e} {f}", True), (f"we also need {f} on the {one}", False), (f"add {f} for {e}", True),
        (f"add {a(f)} to {e}", True), (f"add {a(f)} to the {one}", True), (f"{e} need {a(f)}", False),
        (f"can you add {a(f)} field to {e}", False), (f"add {a(f)} field on the {one}", True),
    ])
    if text == f"add {f}" and len(d.spec.entities) > 1:
        text = f"add {f} to the {one}"
    options = [o["value"] for o in new.field.get("options") or []]
    if options and rng.random() < 0.5:
        # The field's name, then its choices: "shift for bookings: morning, afternoon and night".
        w, o = keep(humanize(new.field["name"]).lower()), listing([keep(x) for x in options], rng)
        text, imperative = rng.choice([
            (f"{w} for {e}: {o}", False), (f"I want a {w} field: {o}", False), (f"add {w} to {e}: {o}", True),
            (f"{e} need a {w} ({o})", False), (f"add a {w} field to {e} with options {o}", True),
            (f"add {w} on {e} - {o}", True), (f"new {w} choice on the {one}: {o}", False),
            (f"{e} should have {a(w)} too: {o}", False), (f"add a {w} to {e} ({o})", True),
        ])
    return [{"op": "add_field", "entity": entity.name, "field": new.field}], Clause(text, imperative)


def _borrowed_choice(d: Draft, rng: random.Random, taken: list[str]) -> NewField | None:
    """A choice field of another app, with its options ("document type: power of attorney, affidavit, deed")."""
    fields = [f for e in d.borrow for f in e.fields if f.type in (T.choice, T.tags) and f.name not in taken
              and f.name not in RESERVED_FIELD_NAMES and 2 <= len(f.options) <= 8]
    if not fields:
        return None
    f = rng.choice(fields)
    options = [o.value if rng.random() < 0.6 else o.value.lower() for o in f.options]
    if any(len(o) > 30 for o in options):
        return None
    return options_field(f.type.value, humanize(f.name).lower(), options, rng)


def rename_field(d: Draft, rng: random.Random) -> Intent | None:
    pick = d.pick_field(rng, lambda e, f: f.type not in (T.created_at, T.updated_at, T.created_by))
    if pick is None:
        return None
    entity, fld = pick
    words = new_words(rng, fld.name)
    name = snake(words)
    if not _field_ok(entity, name) or not d.free(f"f:{entity.name}.{name}"):
        return None
    d.claim(f"f:{entity.name}.{fld.name}", f"f:{entity.name}.{name}")
    op: dict[str, Any] = {"op": "rename_field", "entity": entity.name, "field": fld.name, "to": name}
    if fld.label:
        op["label"] = sentence(words)
    f, n, e = field_words(fld, rng), keep(words), entity_words(entity, rng)
    text, imperative = rng.choice([
        (f"rename {f} to {n}", True), (f"call {f} '{n}' instead", True), (f"{f} should be called {n}", False),
        (f"rename the {f} field on {e} to {n}", True), (f"we say {n}, not {f}", False),
        (f"change the name of {f} to {n}", True), (f"{f} -> {n}", False), (f"can {f} be renamed {n}", False),
        (f"in {e}, {f} should be '{n}'", False),
    ])
    return [op], Clause(text, imperative)


def remove_field(d: Draft, rng: random.Random) -> Intent | None:
    pick = d.pick_field(rng, lambda e, f: len(e.fields) > 1 and not used(d.spec, e, f.name))
    if pick is None:
        return None
    entity, fld = pick
    d.claim(f"f:{entity.name}.{fld.name}")
    f, e = field_words(fld, rng), entity_words(entity, rng)
    text, imperative = rng.choice([
        (f"we don't need the {f} thing anymore", False), (f"remove {f} from {e}", True), (f"get rid of {f}", True),
        (f"drop the {f} field", True), (f"delete the {f} column on {e}", True), (f"{f} isn't needed", False),
        (f"lose the {f} field on {e}", True), (f"no more {f} on {e}", False), (f"take {f} off {e}", True),
        (f"we never use {f}, remove it", False), (f"remove {f}", True),
    ])
    return [{"op": "remove_field", "entity": entity.name, "field": fld.name}], Clause(text, imperative)


_CONVERSIONS: dict[T, list[tuple[T, list[str]]]] = {
    T.text: [(T.long_text, ["make {f} a long text", "{f} needs to be multi-line", "{f} should be a paragraph box"]),
             (T.choice, ["make {f} a dropdown with {o}", "{f} should be a choice: {o}", "turn {f} into {o}"])],
    T.long_text: [(T.text, ["{f} only needs one line", "make {f} a short text field"])],
    T.integer: [(T.decimal, ["{f} needs decimals", "allow decimals in {f}", "{f} should be a decimal number"]),
                (T.money, ["{f} is actually money", "make {f} a money field"])],
    T.decimal: [(T.integer, ["{f} should be whole numbers", "make {f} an integer"]),
                (T.money, ["{f} is an amount of money", "make {f} currency"])],
    T.money: [(T.decimal, ["{f} isn't money, just a number", "make {f} a plain number"])],
    T.date: [(T.datetime, ["{f} needs a time too", "make {f} a date and time", "add the time to {f}"])],
    T.datetime: [(T.date, ["{f} only needs the date, no time", "make {f} just a date"])],
    T.boolean: [(T.choice, ["{f} should be a dropdown: {o}", "make {f} a choice of {o} instead of a checkbox"])],
    T.choice: [(T.text, ["make {f} free text instead of a dropdown", "{f} should just be text"])],
}


def change_type(d: Draft, rng: random.Random) -> Intent | None:
    pick = d.pick_field(rng, lambda e, f: f.type in _CONVERSIONS and not used(d.spec, e, f.name)
                        and not (f.type == T.text and f.unique))
    if pick is None:
        return None
    entity, fld = pick
    to, forms = rng.choice(_CONVERSIONS[fld.type])
    d.claim(f"f:{entity.name}.{fld.name}")
    op: dict[str, Any] = {"op": "change_type", "entity": entity.name, "field": fld.name, "type": to.value}
    options = ""
    if to == T.choice:
        values = rng.choice([["yes", "no", "maybe"], ["low", "medium", "high"], ["new", "open", "closed"],
                             ["small", "medium", "large"], ["a", "b", "c"], ["draft", "final"]])
        values = [sentence(v) for v in values] if rng.random() < 0.4 else values
        op["options"] = [{"value": v} for v in values]
        options = listing([keep(v) for v in values], rng)
    if to == T.money and d.currency():
        op["currency"] = d.currency()
    text = rng.choice(forms).format(f=field_words(fld, rng), o=options)
    return [op], Clause(text, text.startswith(("make", "allow", "add", "turn")))


_HELP = ["as it appears on the receipt", "leave blank if unknown", "ask the customer", "in kilograms",
         "format: ABC-123", "the one on their ID", "include the area code", "optional", "best guess is fine"]


def set_field(d: Draft, rng: random.Random) -> Intent | None:
    pick = d.pick_field(rng, lambda e, f: f.type not in (T.computed, T.created_at, T.updated_at, T.created_by,
                                                         T.many_to_many))
    if pick is None:
        return None
    entity, fld = pick
    f, e, one = field_words(fld, rng), entity_words(entity, rng), entity_words(entity, rng, many=False)
    op: dict[str, Any] = {"op": "set_field", "entity": entity.name, "field": fld.name}
    numeric = fld.type in (T.integer, T.decimal, T.money)
    roll = rng.random()
    if roll < 0.2:
        op["required"] = not fld.required
        text = rng.choice([f"make {f} required", f"{f} should be mandatory", f"{f} must be filled in",
                           f"don't allow {e} without {f}", f"require {f} on {e}"] if not fld.required else
                          [f"make {f} optional", f"{f} shouldn't be required", f"{f} can be left empty"])
    elif roll < 0.3 and not fld.unique and fld.type in (T.text, T.email, T.phone, T.integer, T.url):
        op["unique"] = True
        text = rng.choice([f"{f} must be unique", f"no two {e} with the same {f}", f"{f} can't repeat",
                           f"make {f} unique"])
    elif roll < 0.5 and numeric:
        lo = 0 if rng.random() < 0.5 else rng.choice([1, 5, 10])
        hi = rng.choice([10, 20, 50, 100, 500, 1000])
        if isinstance(fld.max, int | float) and lo > fld.max:
            return None
        if isinstance(fld.default, int | float) and not lo <= fld.default <= hi:
            return None
        if rng.random() < 0.5:
            op["min"] = lo
            text = rng.choice([f"{f} can't be negative", f"{f} must be at least 0", f"no negative {f}"] if lo == 0
                              else [f"{f} must be at least {lo}", f"minimum {f} is {lo}", f"{f} >= {lo}"])
        else:
            op["min"], op["max"] = lo, hi
            text = rng.choice([f"{f} between {lo} and {hi}", f"{f} should be {lo}-{hi}",
                               f"limit {f} to {lo} to {hi}"])
    elif roll < 0.65 and fld.type in (T.choice, T.boolean, T.integer):
        if fld.type == T.choice:
            value: Any = rng.choice(fld.options).value
            v = keep(value)
            text = rng.choice([f"{f} should default to {v}", f"new {e} start as {v}",
                               f"default {f} = {v}", f"set {v} as the default {f}"])
        elif fld.type == T.boolean:
            value = rng.random() < 0.5
            text = rng.choice([f"{f} on by default", f"tick {f} by default"] if value else
                              [f"{f} should default to no", f"{f} off by default"])
        else:
            lo = int(fld.min) if isinstance(fld.min, int | float) else 0
            value = lo + rng.choice([0, 1, 2, 5])
            if isinstance(fld.max, int | float) and value > fld.max:
                return None
            text = rng.choice([f"{f} defaults to {value}", f"default {f} to {value}", f"start {f} at {value}"])
        op["default"] = value
    elif roll < 0.85:
        words = sentence(new_words(rng, fld.name))
        op["label"] = words
        text = rng.choice([f"show {f} as '{keep(words)}'", f"label {f} '{keep(words)}'",
                           f"change the label of {f} to {keep(words)}", f"display {f} as {keep(words)} on {e}"])
    else:
        hint = rng.choice(_HELP)
        op["help"] = hint
        text = rng.choice([f"add a hint under {f}: {keep(hint)}", f"help text for {f}: '{keep(hint)}'",
                           f"put '{keep(hint)}' under the {f} field of the {one}"])
    d.claim(f"f:{entity.name}.{fld.name}")
    return [op], Clause(text, text.split()[0] in ("make", "require", "limit", "set", "show", "label", "change",
                                                   "display", "add", "tick", "default", "start", "put"))


def _option_style(existing: list[str], value: str) -> str:
    return sentence(value) if existing and existing[0][:1].isupper() else value


def add_option(d: Draft, rng: random.Random) -> Intent | None:
    pick = d.pick_field(rng, lambda e, f: f.type in (T.choice, T.tags))
    if pick is None:
        return None
    entity, fld = pick
    values = [o.value for o in fld.options]
    lower = {v.lower() for v in values}
    # Values of other apps' choices too ("Kids club", "Paid off"), so that new values are seldom ones
    # the model has seen as options before, and often more than one word.
    borrowed = [o.value.lower() for e in d.borrow for f in e.fields if f.type in (T.choice, T.tags) for o in f.options]
    pool = list(dict.fromkeys(v for v in OPTION_IDEAS + borrowed if v not in lower and len(v) <= 30))
    if not pool:
        return None
    many = rng.choices([1, 2, 3], weights=[65, 25, 10])[0]
    chosen = [_option_style(values, v) for v in rng.sample(pool, min(many, len(pool)))]
    ops: Ops = [{"op": "add_option", "entity": entity.name, "field": fld.name, "value": v} for v in chosen]
    d.claim(f"f:{entity.name}.{fld.name}")
    lowered = rng.random() < 0.4
    quote = rng.choice(["'", "'", '"', ""])
    shown = [f"{quote}{keep(v.lower() if lowered else v)}{quote}" for v in chosen]
    f, e, one = field_words(fld, rng), entity_words(entity, rng), entity_words(entity, rng, many=False)
    if len(chosen) > 1:
        both = listing(shown, rng)
        text, imperative = rng.choice([
            (f"add {both} to {f}", True), (f"{f}: add {both}", False), (f"new {f} options: {both}", False),
            (f"{f} also needs {both}", False), (f"add {both} as {f} options", True),
            (f"the {one} {f} should also allow {both}", False), (f"{e} can also be {both}", False),
        ])
        return ops, Clause(text, imperative)
    v = shown[0]
    colour = ""
    if rng.random() < 0.2:
        word = rng.choice(list(COLOURS))
        ops[0]["color"] = COLOURS[word]
        colour = rng.choice([f" in {word}", f" ({word})", f", coloured {word}"])
    text, imperative = rng.choice([
        (f"add a {v} option to {f}{colour}", True), (f"{f} also needs {v}{colour}", False),
        (f"add {v} to the {f} choices{colour}", True), (f"we need a {v} {f}{colour}", False),
        (f"{e} can also be {v}{colour}", False), (f"new {f} option: {v}{colour}", False),
        (f"add {v} as {a(f)}{colour}", True), (f"allow {v} as {f} for {e}{colour}", True),
        (f"add {v} {f}{colour}", True), (f"add a {v} option to the {one} {f}{colour}", True),
        (f"{f}: add {v}{colour}", False),
    ])
    return ops, Clause(text, imperative)


def _filter_values(spec: AppSpec) -> list[Any]:
    out: list[Any] = []
    for view in spec.views:
        out += [x.value for x in view.filters] + [x.value for w in view.widgets for x in w.filters]
    return out


def remove_option(d: Draft, rng: random.Random) -> Intent | None:
    in_use = _filter_values(d.spec)
    pick = d.pick_field(rng, lambda e, f: f.type in (T.choice, T.tags) and len(f.options) > 1
                        and not any(o.value in in_use or isinstance(v, list) for o in f.options for v in in_use))
    if pick is None:
        return None
    entity, fld = pick
    values = [o.value for o in fld.options if fld.default is None or isinstance(fld.default, str)
              or o.value != str(fld.default)]
    if len(values) < 2:
        return None
    value = rng.choice(values)
    d.claim(f"f:{entity.name}.{fld.name}")
    v = keep(value.lower() if rng.random() < 0.4 else value)
    f = field_words(fld, rng)
    text, imperative = rng.choice([
        (f"we don't use '{v}' for {f} anymore", False), (f"remove the {v} option from {f}", True),
        (f"drop {v} from {f}", True), (f"{f} doesn't need {v}", False), (f"get rid of {v} in {f}", True),
        (f"no more '{v}' {f}", False), (f"take '{v}' out of the {f} list", True),
    ])
    return [{"op": "remove_option", "entity": entity.name, "field": fld.name, "value": value}], Clause(text, imperative)
