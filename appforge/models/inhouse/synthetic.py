"""Synthetic training data for the in-house model: messages people might type, with the operations they mean.

There is no log of real requests to learn from, but there is a catalogue of 300 complete apps. Every example is
derived from one blueprint: a *create* example describes an app near the blueprint (its words for things, extra
fields, a calendar, who may delete what) and the operations turn the blueprint into it; an *edit* example asks
for one to three changes to an app and the operations make exactly those. Because the operations are derived
from the spec, never written by hand, every example applies cleanly, and held-out blueprints (`domain_split`)
let an evaluation measure domains the model never saw.
"""

from __future__ import annotations

import random
import re
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from appforge.catalogue import Blueprint, load_catalogue
from appforge.models.inhouse import intents as fi
from appforge.models.inhouse import intents_app as ai
from appforge.models.inhouse import intents_entity as ei
from appforge.models.inhouse.intents import Draft, Intent, new_words
from appforge.models.inhouse.phrasing import (
    Voice,
    a,
    compose,
    entity_words,
    field_words,
    idea_field,
    keep,
    listing,
    options_field,
    plain,
    plural,
    random_field,
    sentence,
    singular,
    snake,
    style,
    view_type_words,
)
from appforge.models.inhouse.start import entity_index
from appforge.models.inhouse.vocabulary import BUSINESS_ENDINGS, CHATTER, CONTEXTS
from appforge.models.rebuild import field_dump as _field_dump
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import RESERVED_ENTITY_NAMES, RESERVED_FIELD_NAMES, AppSpec, Entity, Field, FieldType
from appforge.spec.operations import OperationError, apply_operations

Kind = Literal["create", "edit"]


@dataclass
class Example:
    kind: Kind
    message: str  # what a person typed
    start: AppSpec  # create: the source blueprint's spec; edit: the app as it stands
    operations: list[dict[str, Any]]  # apply_operations(start, operations) succeeds
    domain: str  # the blueprint the example came from
    blueprint: str | None  # create: the blueprint `start` is; edit: None


# How often an edit message asks for each kind of change (relative weights).
EDIT_INTENTS: list[tuple[Any, float]] = [
    (fi.add_field, 14), (fi.rename_field, 6), (fi.remove_field, 6), (fi.change_type, 4), (fi.set_field, 8),
    (fi.add_option, 5), (fi.remove_option, 3), (ei.add_entity, 5), (ei.rename_entity, 4), (ei.remove_entity, 2),
    (ei.restore, 2), (ai.add_view, 5), (ai.configure_view, 5), (ai.remove_view, 3), (ai.add_widget, 6),
    (ai.change_widget, 2), (ai.add_role, 2), (ai.remove_role, 1.5), (ai.set_permission, 5),
    (ai.remove_permission, 2), (ai.set_auth, 3), (ai.set_theme, 5), (ai.set_app, 3), (ai.nav_or_home, 3),
    (ai.configure_entity, 2),
]
# What a create message may ask for beyond the blueprint's entities and fields.
CREATE_EXTRAS: list[tuple[Any, float]] = [
    (ai.add_view, 3), (ai.add_widget, 3), (ai.set_permission, 2), (ai.set_theme, 2), (ai.set_app, 1.5),
    (ai.set_auth, 1), (ei.add_entity, 2.5), (ai.add_role, 0.5),
]
_CHOICE_KINDS = (FieldType.choice, FieldType.tags)
_DESCRIBABLE = tuple(t for t in FieldType if t.value not in ("computed", "created_at", "updated_at", "created_by"))


def domain_split(seed: int = 0, heldout: float = 0.1) -> tuple[list[str], list[str]]:
    """(train, held-out) blueprint names: a seeded shuffle of the catalogue, each list sorted."""
    names = sorted(b.name for b in load_catalogue())
    random.Random(seed).shuffle(names)
    k = max(1, round(len(names) * heldout)) if heldout > 0 else 0
    return sorted(names[k:]), sorted(names[:k])


def generate(n: int, seed: int, domains: list[str] | None = None,
             kinds: tuple[Kind, ...] | list[Kind] = ("create", "edit")) -> list[Example]:
    """`n` examples from the blueprints named in `domains` (default: all); the same seed gives the same list."""
    catalogue = {b.name: b for b in load_catalogue()}
    names = sorted(catalogue) if domains is None else sorted(dict.fromkeys(domains))
    unknown = [d for d in names if d not in catalogue]
    if unknown:
        raise ValueError(f"unknown blueprints: {', '.join(unknown[:5])}")
    if not names or not kinds:
        raise ValueError("need at least one domain and one kind")
    pool = [catalogue[d] for d in names]
    borrowable = [(b.name, e) for b in pool for e in b.spec.entities]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        kind: Kind = kinds[0] if len(kinds) == 1 else ("edit" if rng.random() < 0.6 else "create")
        bp = rng.choice(pool)
        borrow = [e for name, e in rng.sample(borrowable, min(4, len(borrowable))) if name != bp.name]
        out.append(_create(rng, bp, borrow) if kind == "create" else _edit(rng, bp, borrow))
    return out


def _pick(rng: random.Random, table: list[tuple[Any, float]]) -> Any:
    return rng.choices([f for f, _ in table], weights=[w for _, w in table])[0]


def _run(d: Draft, rng: random.Random, table: list[tuple[Any, float]], k: int) -> list[Intent]:
    found: list[Intent] = []
    for _ in range(k * 5):
        if len(found) >= k:
            break
        made = _pick(rng, table)(d, rng)
        if made is not None:
            found.append(made)
    return found


def _chatter(rng: random.Random) -> str:
    return style(rng.choice(CHATTER), Voice.pick(rng), rng)


# --- edits ----------------------------------------------------------------------------------------------------


def _history(rng: random.Random, spec: AppSpec, borrow: list[Entity]) -> AppSpec:
    """The blueprint after a few earlier edits, so that edits also start from apps with an archive and changes."""
    d = Draft(spec, borrow=borrow)
    made = _run(d, rng, EDIT_INTENTS, rng.randint(0, 2))
    if rng.random() < 0.5:
        made += _run(d, rng, [(fi.remove_field, 3), (ei.remove_entity, 1)], 1)
    ops = [op for ops_, _ in made for op in ops_]
    try:
        with warnings.catch_warnings():
            # configure_widget stores the widget type as a str, which pydantic warns about when dumping; harmless.
            warnings.simplefilter("ignore", UserWarning)
            return apply_operations(spec, ops)
    except OperationError:
        return spec


_EDIT_LEADS = ["", "", "", "", "small thing: ", "quick change - ", "the app is great but ", "feedback from the team: ",
               "one more thing, ", "after using it for a week: ", "my boss asked: ", "hmm, ", "ok next: "]


def _edit(rng: random.Random, bp: Blueprint, borrow: list[Entity]) -> Example:
    start = _history(rng, bp.spec, borrow) if rng.random() < 0.15 else bp.spec
    if rng.random() < 0.05:
        return Example("edit", _chatter(rng), start, [], bp.name, None)
    d = Draft(start, borrow=borrow)
    count = rng.choices([1, 2, 3], weights=[55, 30, 15])[0]
    made = _run(d, rng, EDIT_INTENTS, rng.randrange(count))
    if start.archive and rng.random() < 0.4:
        made += _run(d, rng, [(ei.restore, 1)], 1)
    made += _run(d, rng, EDIT_INTENTS, count - len(made))
    if not made:
        return Example("edit", _chatter(rng), start, [], bp.name, None)
    text = rng.choice(_EDIT_LEADS) + compose([c for _, c in made], rng)
    message = style(text, Voice.pick(rng), rng)
    return Example("edit", message, start, [op for ops, _ in made for op in ops], bp.name, None)


# --- creates --------------------------------------------------------------------------------------------------


@cache
def _concepts(name: str) -> tuple[list[str], str | None]:
    """What people call the app ("cake order form", "wholesale bakery") and the business behind it ("bakery")."""
    spec = next(b.spec for b in load_catalogue() if b.name == name)
    aliases = [spec.heading.lower()]
    found = re.search(r"Also: (.*?)\.?$", spec.description)
    if found:
        aliases += [x.strip() for x in found.group(1).split(",") if x.strip()]
    business = None
    words = re.split(r"[\s:,]+", spec.description)
    if words and words[0] in ("A", "An"):
        head = words[1:5]
        ends = [i for i, w in enumerate(head) if w.lower().endswith(BUSINESS_ENDINGS)]
        if ends:
            business = " ".join(head[: ends[0] + 1]).lower()
    return aliases, business


def _terse(rng: random.Random, spec: AppSpec, aliases: list[str], business: str | None) -> str:
    alias = rng.choice(aliases)
    main = entity_words(spec.entities[0], rng, many=True)
    forms = [alias, f"{alias} app", f"an app for {alias}", f"need a {alias}", f"{main} tracker", f"simple {alias} pls",
             f"{alias}?", f"something to track {main}", f"make me {a(alias)} app", f"{alias} system", f"i want {a(alias)}"]
    if business:
        forms += [f"app for my {business}", f"{alias} for my {business}", f"crm for my {business}",
                  f"{business} app", f"something to run my {business}"]
    return rng.choice(forms)


def _field_phrase(rng: random.Random, fld: Field, words: str) -> str:
    """An existing field described as a person would, sometimes with the cue that implies its type."""
    if fld.type in _CHOICE_KINDS and fld.options and rng.random() < 0.4:
        return options_field(fld.type.value, words, [o.value for o in fld.options], rng).phrase
    if rng.random() < 0.35 and fld.type.value in ("boolean", "integer", "money", "date", "datetime", "rating",
                                                  "image", "decimal", "long_text"):
        return idea_field(fld.type.value, words, rng, fld.currency).phrase
    return words


def _describe_entity(rng: random.Random, d: Draft, entity: Entity, ops: list[dict[str, Any]],
                     adds: list[dict[str, Any]], exact: bool = False) -> tuple[str, list[str], str, list[dict[str, Any]]]:
    """The words for one entity of the blueprint and its fields, with renames and new fields as operations.

    Also returns the entity's final name and the fields the words describe (as `add_entity` would take them), which
    is all a new app built from the words alone can know.
    """
    name = entity.name
    if rng.random() < 0.2 and not entity.plural:
        words = singular(new_words(rng, name))
        new = snake(words)
        if not d.taken(new) and new not in RESERVED_ENTITY_NAMES:
            op: dict[str, Any] = {"op": "rename_entity", "entity": name, "to": new}
            if entity.label:
                op["label"] = sentence(singular(words))
            ops.append(op)
            d.new_names.append(new)
            d.claim(f"e:{name}")
            name, ewords = new, keep(plural(singular(words)))
        else:
            ewords = entity_words(entity, rng, many=True)
    else:
        ewords = entity_words(entity, rng, many=True)
    if exact:
        ewords = keep(ewords)
    candidates = [f for f in entity.fields if f.type in _DESCRIBABLE]
    chosen = rng.sample(candidates, min(len(candidates), rng.randint(1, 4)))
    chosen.sort(key=entity.fields.index)
    phrases = []
    said: list[dict[str, Any]] = []
    taken = [f.name for f in entity.fields]
    for fld in chosen:
        words = field_words(fld, rng)
        if exact:  # the words become the field's name, so styling must leave them as they are
            words = keep(words)
        spoken = _spoken(fld.name, words)
        said.append(_field_dump(fld) | {"name": spoken})
        if spoken != fld.name:
            said[-1].pop("label", None)
        if rng.random() < 0.08 and fld.type not in (FieldType.reference, FieldType.many_to_many):
            new_w = new_words(rng, fld.name)
            to = snake(new_w)
            if to not in taken and to not in RESERVED_FIELD_NAMES:
                op = {"op": "rename_field", "entity": name, "field": fld.name, "to": to}
                if fld.label:
                    op["label"] = sentence(new_w)
                ops.append(op)
                taken.append(to)
                d.claim(f"f:{entity.name}.{fld.name}")
                said[-1]["name"] = to
                said[-1].pop("label", None)
                if fld.label:
                    said[-1]["label"] = sentence(new_w)
                words = keep(new_w)
        phrases.append(_field_phrase(rng, fld, words))
    for _ in range(rng.choices([0, 1, 2], weights=[45, 35, 20])[0]):
        new_field = random_field(rng, taken, d.currency())
        if new_field is None:
            continue
        taken.append(new_field.field["name"])
        adds.append({"op": "add_field", "entity": name, "field": new_field.field})
        at = rng.randint(0, len(phrases))
        phrases.insert(at, new_field.phrase)
        said.insert(at, dict(new_field.field))
    spoken = plain(ewords).split()
    return ewords, phrases, _spoken(name, " ".join(spoken[:-1] + [singular(spoken[-1])])), said


def _spoken(name: str, words: str) -> str:
    """`name`, or, when the words a person used for it do not contain it, the name those words make.

    An app built from the words alone can only name things the way the message does.
    """
    spoken = plain(words)
    said = {singular(w) for w in re.findall(r"[a-z0-9]+", spoken.lower())}
    if all(singular(part) in said for part in name.split("_")):
        return name
    return snake(spoken)


def _mention_views(rng: random.Random, d: Draft, named: dict[str, str]) -> list[str]:
    """Views the blueprint already has, asked for in words: the right answer for these is no operation."""
    out = []
    for view in d.spec.views:
        if view.entity in named and view.type.value in ("kanban", "calendar", "cards") and rng.random() < 0.3:
            out.append(rng.choice(["{w} of {e} pls", "a {w} for {e}", "{e} on a {w}", "show {e} in a {w}"]).format(
                w=view_type_words(view.type.value, rng), e=named[view.entity]))
    return out


def _create(rng: random.Random, bp: Blueprint, borrow: list[Entity]) -> Example:
    spec = bp.spec
    if rng.random() < 0.03:
        return Example("create", _chatter(rng), spec, [], bp.name, bp.name)
    aliases, business = _concepts(bp.name)
    voice = Voice.pick(rng)
    shape = rng.choices(["terse", "list", "prose", "bullets"], weights=[28, 27, 25, 20])[0]
    d = Draft(spec, borrow=borrow)
    if shape == "terse":
        text = _terse(rng, spec, aliases, business)
        made = _run(d, rng, CREATE_EXTRAS, 1) if rng.random() < 0.25 else []
        if made:
            text += rng.choice([", ", ". ", " - ", " and "]) + made[0][1].text
        return Example("create", style(text, voice, rng), spec, [op for ops, _ in made for op in ops], bp.name, bp.name)
    entities = list(spec.entities)
    if len(entities) > 1 and rng.random() < 0.5:
        entities = sorted(rng.sample(entities, rng.randint(1, len(entities))), key=spec.entities.index)
    renames: list[dict[str, Any]] = []
    adds: list[dict[str, Any]] = []
    described = []
    named: dict[str, str] = {}
    built: list[tuple[str, str, list[dict[str, Any]]]] = []
    where = rng.choices(["blueprint", "other", "blank"], weights=[1 - OTHER_START - BLANK_START, OTHER_START, BLANK_START])[0]
    blank = where != "blueprint"
    for entity in entities:
        ewords, phrases, final, said = _describe_entity(rng, d, entity, renames, adds, exact=blank)
        described.append((ewords, phrases))
        named[entity.name] = ewords
        built.append((entity.name, final, said))
    extras = _run(d, rng, CREATE_EXTRAS, rng.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0])
    asks = ([] if blank else _mention_views(rng, d, named)) + [c.text for _, c in extras]
    rng.shuffle(asks)
    text = style(_assemble(rng, shape, aliases, business, described, asks), voice, rng)
    extra_ops = [op for ops_, _ in extras for op in ops_]
    if blank:
        example = _from_words(text, built, extra_ops, bp.name, unseen_start(text, bp.name, where == "blank"))
        if example is not None:
            return example
    return Example("create", text, spec, extra_ops + renames + adds, bp.name, bp.name)


# Where a create starts, as the model would start it for a domain it has never seen (see `start`): from another
# blueprint, the nearest, with the things the message names; or, when no blueprint is near, from those things alone.
# The rest start from the very blueprint the message was written from, as a request in a known domain does.
OTHER_START = 0.55
BLANK_START = 0.2


def unseen_start(text: str, source: str, blank: bool) -> AppSpec:
    """The start of a create for `text` with its source blueprint out of the catalogue."""
    catalogue = load_catalogue_vectors()
    query = catalogue.vectors[catalogue.index[source]]
    exclude = frozenset({source})
    base = AppSpec(name="app") if blank else catalogue.nearest(query, 1, exclude)[0][0].spec
    return entity_index(catalogue).start(base, plain(text), query, exclude)


def _from_words(text: str, built: list[tuple[str, str, list[dict[str, Any]]]], extra_ops: list[dict[str, Any]],
                domain: str, start: AppSpec) -> Example | None:
    """The message answered from `start`: the entities and fields the words name that it lacks, then the extras.

    None when the extras name something the words did not build (the example is then kept as a blueprint one).
    """
    finals = {old: new for old, new, _ in built}
    have = {e.name: {f.name for f in e.fields} for e in start.entities}
    said_words = set(re.findall(r"[a-z0-9]+", text.lower()))
    for _, _, said in built:
        for i, f in enumerate(said):
            if f.get("target") is not None and f["target"] not in finals and f["target"] not in have:
                # A link to something the words never built is, for a person reading them, just a name.
                said[i] = f = {"name": f["name"], "type": "text"}
            if f.get("target") in finals:
                f["target"] = finals[f["target"]]
            if f.get("options"):
                # Only the options the message spells out can be known without a blueprint.
                f["options"] = [o for o in f["options"]
                                if set(re.findall(r"[a-z0-9]+", str(o["value"]).lower())) <= said_words]
                if not f["options"]:
                    said[i] = {"name": f["name"], "type": "text"}
                elif f.get("default") not in [o["value"] for o in f["options"]]:
                    f.pop("default", None)
    ops: list[dict[str, Any]] = []
    placed: set[str] = set(have)
    pending = [(new, list(said)) for _, new, said in built]
    while pending:
        ready = next((k for k, (new, fields) in enumerate(pending)
                      if all(f.get("target") in (None, new) or f["target"] in placed for f in fields)), 0)
        new, fields = pending.pop(ready)
        fields = [f for f in fields if f.get("target") in (None, new) or f["target"] in placed]
        if new in have:
            ops += [{"op": "add_field", "entity": new, "field": f} for f in fields if f["name"] not in have[new]]
        elif not fields:
            return None
        else:
            ops.append({"op": "add_entity", "entity": new, "fields": fields})
        placed.add(new)
    ops += extra_ops
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            apply_operations(start, ops)
    except (OperationError, ValueError):
        return None
    return Example("create", text, start, ops, domain, None)


_PROSE_ENTITY = ["I need to keep track of {e} - for each one I want {f}.", "Each {one} has {f}.",
                 "For {e} we record {f}.", "{E} need {f}.", "Then there are {e}: {f}.",
                 "We also have {e} ({f}).", "I'd like to log {e} with {f}.", "{e} should have {f}."]
_LIST_ENTITY = ["{e} ({f})", "{e} with {f}", "{e}: {f}", "{e} - {f}", "{e} w/ {f}"]


def _assemble(rng: random.Random, shape: str, aliases: list[str], business: str | None,
              described: list[tuple[str, list[str]]], asks: list[str]) -> str:
    alias = rng.choice(aliases)
    if business and rng.random() < 0.6:
        intro = rng.choice(CONTEXTS).format(thing=business) + " " + rng.choice(
            ["I need an app for it.", "need something to keep track of things.", "want to get off spreadsheets.",
             "we need a simple system.", f"I want {a(alias)} app."])
    else:
        intro = rng.choice([f"{alias} app.", f"I need {a(alias)} app.", f"building {a(alias)}.", f"{alias}:",
                            f"looking for something to manage {alias}.", f"{alias} system", ""])
    if shape == "bullets":
        lines = [f"{rng.choice(['-', '*', '•'])} {e}: {', '.join(f)}" for e, f in described]
        lines += [f"- {x}" for x in asks]
        return (intro + "\n" if intro else "") + "\n".join(lines)
    if shape == "list":
        parts = [rng.choice(_LIST_ENTITY).format(e=e, f=listing(f, rng)) for e, f in described]
        body = "; ".join(parts) if rng.random() < 0.3 else ", ".join(parts) if rng.random() < 0.5 else ". ".join(parts)
        tail = ". " + ". ".join(asks) if asks else ""
        return f"{intro} {body}{tail}".strip()
    sentences = []
    for e, f in described:
        one = singular(e.split()[-1]) if " " not in e.strip("\x01\x02") else e
        sentences.append(rng.choice(_PROSE_ENTITY).format(e=e, E=sentence(e), one=one, f=listing(f, rng)))
    sentences += [sentence(x) + "." for x in asks]
    closing = rng.choice(["", "", " Thanks!", " Can you set that up?", " Keep it simple.", " Nothing fancy."])
    return f"{intro} {' '.join(sentences)}{closing}".strip()


__all__ = ["Example", "domain_split", "generate"]
