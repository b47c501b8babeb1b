"""appforge's own model: MiniLM reads the message, a small decoder writes a program, the grammar keeps it valid.

A new app starts from the catalogue blueprint nearest to the message (retrieval by MiniLM sentence vectors), with the
catalogue's version of every thing the message names that the blueprint lacks (`start`), the fields the message lists
for its things (`listed`), the roles its rules name (`rules`) and links from its events to its things; the program
then changes it to what the person said: their names, the views, rules and looks they asked for. A change to an
existing app is a program over that app, followed by what the program missed of a plain list or of quoted options.
Either way, the rules, charts and limits the words state plainly are read last (`rules`, `charts`, `limits`), and
the answer is operations, every one of them applied once before it is returned (see `complete`).
Files: `program` + `slots` (the language, its grammar and what it points at), `cues` (what the message's words
settle for the grammar), `compile` (operations -> training targets), `features`, `network` (the decoder), `train`,
`synthetic` + `phrasing` (training data), `complete` (program -> spec operations), `start`, `links`, `listed` +
`fieldtypes` (where a new app starts), `mentions` (which words name which thing), `quoted`, `rules`, `charts`,
`limits`, `looks`, `pages` (what the words state plainly).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file

from appforge.models import MAX_MESSAGE_CHARS, Proposal, new_app, register
from appforge.models.encoder import load_encoder
from appforge.models.inhouse.charts import chart_operations
from appforge.models.inhouse.complete import Realiser
from appforge.models.inhouse.cues import asks_rename
from appforge.models.inhouse.features import (
    WordVectors,
    quoted_spans,
    read_message,
    said_words,
    slot_features,
    word_names,
)
from appforge.models.inhouse.limits import limit_operations
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.looks import colour_operations, title_operations
from appforge.models.inhouse.mentions import UNIT_WORDS
from appforge.models.inhouse.network import NEG, Decoder, DecoderConfig
from appforge.models.inhouse.pages import page_operations, pages_had
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.program import KEYWORDS, Program
from appforge.models.inhouse.quoted import as_quoted, quoted_options
from appforge.models.inhouse.rules import access_operations, rule_operations
from appforge.models.inhouse.start import entity_index
from appforge.models.inhouse.thingnames import DEEDS, NOT_KEPT_PEOPLE
from appforge.models.rebuild import spec_to_operations
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations, parse_operations

WEIGHTS_DIR = Path(__file__).parent / "weights"
# A new app starts from the nearest blueprint only when it is near enough (cosine of MiniLM sentence vectors);
# otherwise, when the message describes the app itself, from nothing, built from the words alone.
BLUEPRINT_AT_LEAST = 0.5
DESCRIBED_IN_WORDS = 8
MAX_STEPS = 160
NOTHING = (
    "I could not find anything to build in that message. Describe the app (\"a booking app for my salon: clients, "
    "stylists, appointments\") or the change you want (\"add a tip field to appointments\")."
)


class WeightsMissing(RuntimeError):
    pass


class InhouseModel:
    """Loads the shipped weights once; `propose` is thread-safe (inference only)."""

    name = "appforge"

    def __init__(self, weights: Path = WEIGHTS_DIR) -> None:
        meta_path = weights / "meta.json"
        if not meta_path.exists():
            raise WeightsMissing(f"no trained weights in {weights}; run `appforge train` first")
        meta = json.loads(meta_path.read_text())
        self.meta = meta
        if meta.get("keywords") != KEYWORDS:
            raise WeightsMissing(
                f"the weights in {weights} were trained for another version of the program language; "
                "run `appforge train` again"
            )
        self.vocab_words: list[str] = meta["vocabulary"]
        self.tokens = KEYWORDS + self.vocab_words
        self.keyword_index = {k: i for i, k in enumerate(KEYWORDS)}
        self.decoder = Decoder(DecoderConfig(**meta["config"]["decoder"]))
        self.decoder.load_state_dict(load_file(str(weights / "decoder.safetensors")))
        self.decoder.eval()
        self.encoder = load_encoder()
        self.vectors = WordVectors(self.encoder)
        self.known = frozenset(self.encoder.tokenizer.get_vocab())
        self.catalogue = load_catalogue_vectors()

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        note = None
        text = message[:MAX_MESSAGE_CHARS]
        if len(message) > MAX_MESSAGE_CHARS:
            note = f"Only the first {MAX_MESSAGE_CHARS} characters of the message were read."
        if not self._has_words(text):
            return Proposal([], self.name, NOTHING, timings)
        read = read_message(self.encoder, [text])[0]
        timings["encode_ms"] = (time.perf_counter() - started) * 1000
        create = base is None
        blueprint, score = None, 0.0
        if create:
            start, blueprint, nearest, score = self.start_for(text, len(read.words))
        else:
            start = base
        realiser = Realiser(start)
        quoted = quoted_spans(text)
        program = self.decode(start, read, create, realiser, quoted, renames=asks_rename(text))
        if create and blueprint is None and not realiser.kept and not start.entities:
            # Words that name nothing and build nothing from an empty app: decode again from the nearest blueprint.
            blueprint, start = nearest, nearest.spec
            realiser = Realiser(start)
            program = self.decode(start, read, create, realiser, quoted)
        if create and program.nothing and score >= BLUEPRINT_AT_LEAST:
            # A request close to a blueprint that the program reads as asking for nothing: that blueprint as it is
            # beats no app at all.
            program.nothing = False
        timings["decode_ms"] = (time.perf_counter() - started) * 1000 - timings["encode_ms"]
        if program.nothing:
            return Proposal([], self.name, NOTHING, timings)
        ops, spec, refused = realiser.kept, realiser.spec, realiser.refused
        tidy = [_options_as_said(_in_units(o), text) for o in ops]
        if tidy != ops:
            try:
                ops, spec = tidy, apply_operations(start, tidy)
            except (OperationError, ValueError):
                pass  # something the program added refers to the name it wrote: keep it
        held: list[tuple[str, str, set[str]]] = []
        if create:
            # The start already holds what the message lists for each thing ("walks (date, duration)"); the
            # program writing the same words, or a thing's own name, as fields of another thing misplaces them.
            kept = _misplaced_on_create(ops, start, listed_fields(self.catalogue).held(start, text), text,
                                        entity_index(self.catalogue).people)
            if kept != ops:
                ops, spec = kept, apply_operations(start, kept)
        if not create:
            options, spec = quoted_options(spec, text, ops)
            ops = ops + options
            # "orders need a price total and a 'paid' checkbox", "feedings: hive, date, syrup litres": what the program
            # missed of a list said of a thing.
            reader = listed_fields(self.catalogue)
            listed, spec = reader.operations(spec, text, headless=False, before=start)
            held = reader.held(base, text)
            # What each list's thing holds once read ("track payments for each member: amount, date"): the same
            # words the program put on another thing are misplaced.
            ops = _folded(_without_misplaced(ops, listed, base, held + reader.held(spec, text), text) + listed)
        # "members see only their own loans, staff see all", "bar chart of sales by location", "party size max 12":
        # what the words state plainly, read last (see `rules`, `charts`, `limits`, `looks`, `pages`).
        stated: list[dict[str, Any]] = []
        for read in (rule_operations, access_operations, chart_operations, limit_operations, page_operations,
                     title_operations):
            more, spec = read(spec, text)
            stated += more
        more, spec = colour_operations(spec, text, before=start)
        stated += more
        # A rule read from the words replaces the decoder's for that thing and action; only the last one is said.
        settled = {(r["entity"], r["action"]) for r in stated if r["op"] == "set_permission"}
        ops = [o for o in ops if not (o["op"] in ("set_permission", "remove_permission")
                                      and (o["entity"], o["action"]) in settled)] + stated
        if refused:
            note = (note + " " if note else "") + f"Left out {len(refused)} change(s) the app refused: " + "; ".join(refused[:3])
        if create:
            ops = spec_to_operations(spec)
            source = (f"Started from the catalogue's {blueprint.spec.heading!r} ({score:.2f})." if blueprint is not None
                      else f"Built from your words: no catalogue app was close enough (nearest {nearest.spec.heading!r}, "
                      f"{score:.2f}).")
            note = (note + " " if note else "") + source
        elif not ops and note is None:
            had = pages_had(spec, text)
            note = _already(held) if held else (f"Nothing to change: the app already has {' and '.join(had)}."
                                                 if had else NOTHING)
        ops = as_quoted(ops, text)
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        return Proposal(parse_operations(ops) if ops else [], self.name, note, timings)

    def start_for(self, text: str, words: int | None = None) -> tuple[AppSpec, Any, Any, float]:
        """Where a new app from `text` starts: (spec, the blueprint or None, the nearest blueprint, its score).

        Training from feedback starts its create examples where the model would, so it lives here, once.
        """
        query = self.encoder.embed([text])[0]
        nearest, score = self.catalogue.nearest(query, 1)[0]
        words = len(re.findall(r"[a-z0-9]+", text.lower())) if words is None else words
        index = entity_index(self.catalogue)
        # With what the words name, list and rule (see `start.start_with_words`).
        if score >= BLUEPRINT_AT_LEAST or words < DESCRIBED_IN_WORDS:
            spec, blueprint = index.start_with_words(nearest.spec, text, query), nearest
        else:
            spec, blueprint = index.start_with_words(new_app(), text, query), None
        return spec, blueprint, nearest, score

    def _has_words(self, text: str) -> bool:
        """Whether the text has at least one real word (one MiniLM knows whole): noise and empty input do not."""
        return any(len(w) > 1 and w in self.known for w in re.findall(r"[a-z]+", text.lower()))

    @torch.inference_mode()
    def decode(self, start: AppSpec, read: Any, create: bool, realiser: Realiser | None = None,
               quoted: dict[int, int] | None = None, renames: bool = True) -> Program:
        """Greedy decoding under the grammar: at each step only what `Program.allowed` lists can be chosen."""
        quoted = quoted or {}
        program = Program(start, read.words, create=create, accept=realiser, cues=True, renames=renames)
        d = self.decoder
        v = len(self.tokens)
        message = read.states.unsqueeze(0) if len(read.words) else torch.zeros(1, 1, 384)
        word_pad = torch.zeros(1, message.shape[1], dtype=torch.bool)
        if not read.words:
            word_pad[:] = True
        empty = torch.zeros(1, 0, dtype=torch.long)
        named = word_names(read.words, program.slots).unsqueeze(0) if read.words else torch.zeros(1, 1, dtype=torch.long)
        words_mem, _ = d.memory(message, torch.zeros(1, 0, 384), torch.zeros(1, 0, 384), empty, empty, empty,
                                word_pad, named)
        said = said_words(read.words)
        slot_from: list[int] = [0] * len(program.slots)
        fed: list[tuple[str, Any]] = [("kw", "<bos>")]
        slots_mem = self._slots(program, said)
        for _ in range(MAX_STEPS):
            if program.done:
                break
            allowed = program.allowed()
            x = self._inputs(fed, read.words, slots_mem, words_mem)
            # An empty app has no slots; one hidden placeholder keeps the shapes what training saw.
            sf = torch.tensor([slot_from + [10_000] * (slots_mem.shape[1] - len(slot_from))])
            logits = d(x, words_mem, slots_mem, word_pad, sf)[0, -1]
            mask = torch.zeros(v + message.shape[1] + slots_mem.shape[1], dtype=torch.bool)
            mask[[self.keyword_index[k] for k in allowed.keywords]] = True
            if allowed.words and allowed.copies is not None:
                mask[[v + c for c in allowed.copies]] = True
            elif allowed.words:
                mask[len(KEYWORDS) : v] = True
                mask[v : v + len(read.words)] = True
            mask[[v + message.shape[1] + s for s in allowed.slots]] = True
            choice = int(logits.masked_fill(~mask, NEG).argmax())
            if choice < len(KEYWORDS):
                token: tuple[str, Any] = ("kw", self.tokens[choice])
            elif choice < v:
                token = ("word", self.tokens[choice])
            elif choice < v + message.shape[1]:
                token = ("copy", choice - v)
            else:
                token = ("slot", choice - v - message.shape[1])
            program.feed(token)
            fed.append(token)
            if token[0] == "copy" and token[1] in quoted and program.allowed().words:
                # A quoted phrase is one value: copy the rest of it ("'Late cancel'" is not "Late" and "Cancel").
                for rest in range(token[1] + 1, quoted[token[1]]):
                    if not program.allowed().words:
                        break
                    program.feed(("copy", rest))
                    fed.append(("copy", rest))
            if len(program.slots) > len(slot_from):
                slot_from += [len(fed) - 1] * (len(program.slots) - len(slot_from))
                slots_mem = self._slots(program, said)
        return program

    def _slots(self, program: Program, said: set[str]) -> torch.Tensor:
        if not program.slots:
            return torch.zeros(1, 1, self.decoder.config.dim)
        features = slot_features(self.vectors, program.slots, said)
        _, slots = self.decoder.memory(torch.zeros(1, 0, 384), *(f.unsqueeze(0) for f in features))
        return slots

    def _inputs(
        self, fed: list[tuple[str, Any]], words: list[str], slots: torch.Tensor, words_mem: torch.Tensor
    ) -> torch.Tensor:
        t = len(fed)
        ids = torch.zeros(1, t, dtype=torch.long)
        vectors = torch.zeros(1, t, 384)
        kinds = torch.zeros(1, t, dtype=torch.long)
        index = torch.zeros(1, t, dtype=torch.long)
        copied = torch.full((1, t), -1, dtype=torch.long)
        for j, (kind, value) in enumerate(fed):
            if kind == "kw":
                ids[0, j] = self.keyword_index[value]
            elif kind == "slot":
                kinds[0, j], index[0, j] = 2, value
            else:
                kinds[0, j] = 1
                if kind == "copy":
                    copied[0, j] = value
                vectors[0, j] = self.vectors.vector(value if kind == "word" else words[value])
        return self.decoder.inputs(ids, vectors, kinds, index, slots, copied, words_mem)


def _already(held: list[tuple[str, str, set[str]]]) -> str:
    """"Nothing to change: event already has ticket price and capacity." """
    by_entity: dict[str, dict[str, None]] = {}
    for entity, item, _ in held:
        by_entity.setdefault(entity, {})[item] = None
    said = "; ".join(f"{e} already has {' and '.join(items)}" for e, items in by_entity.items())
    return f"Nothing to change: {said}."



def _without_misplaced(ops: list[dict[str, Any]], listed: list[dict[str, Any]], base: AppSpec,
                       held: list[tuple[str, str, set[str]]], text: str,
                       also: Callable[[dict[str, Any]], bool] | None = None) -> list[dict[str, Any]]:
    """The program's operations less those the list reading shows misplaced, if the rest still applies without
    them: "appointments need a type: new, follow-up" puts `type` on appointments, so the program's `type` on another
    thing is the same words misplaced; so is a "price" on tickets for "add a ticket price to events" when events have
    one; "labels like bug, feature" are options of the labels, not of another field; and "a waitlist with guest
    name, party size and phone" makes a phone field, not a "Phone" option elsewhere (a quoted 'misted' stays one)."""
    placed = {(op["field"]["name"], op["entity"]) for op in listed if op["op"] == "add_field"}
    names = {name for name, _ in placed}
    options = {o["value"].lower() for op in listed if op["op"] == "add_field" for o in op["field"].get("options", [])}
    # "track vaccinations for each dog with expiry date": the new thing, not a "vaccinations" field on dogs.
    things = {op["entity"] for op in listed if op["op"] == "add_entity"}

    # "add an allergies table: ..., noted on": a thing made of a listed field's words is that field misread.
    misread = {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
               and any(set(o["entity"].split("_")) <= set(n.split("_")) for n in names)}

    def misplaced(o: dict[str, Any]) -> bool:
        if o.get("entity") in misread or (o["op"] == "add_field" and o["field"].get("target") in misread):
            return True
        if o["op"] == "add_option":
            # a quoted 'misted' is an option; a 'paid' checkbox is a field
            quoted = re.search(rf"['\"‘“]{re.escape(o['value'])}['\"’”](?!\s*(?:checkbox|tickbox|tick box|check box|"
                               rf"field|column|box|toggle|flag|yes/no)\b)", text, re.IGNORECASE) is not None
            return o["value"].lower() in options or snake(o["value"]) in things | (set() if quoted else names)
        if o["op"] != "add_field":
            return False
        name, entity = o["field"]["name"], o["entity"]
        if re.search(rf"\b\w+ in {name}\b", text.lower()) and name in UNIT_WORDS:
            return True  # "a watering interval in days": the unit of a field, not a field
        if name in things or "_".join(name.split("_")[:-1] + [singular(name.split("_")[-1])]) in things:
            return True
        words = {singular(w) for w in name.split("_")}
        return (name in names and (name, entity) not in placed) or any(
            entity != owner and words <= said for owner, _, said in held)

    kept = [o for o in ops if not misplaced(o) and not (also is not None and also(o))]
    if len(kept) == len(ops):
        return ops
    try:
        apply_operations(base, kept)
    except (OperationError, ValueError):
        return ops
    return kept


def _misplaced_on_create(ops: list[dict[str, Any]], start: AppSpec, held: list[tuple[str, str, set[str]]],
                         text: str, people: set[str]) -> list[dict[str, Any]]:
    """A new app's program less the fields the start shows misplaced: words a list gave to another thing ("walks
    (date, duration, which walker)" puts no date on walkers) and a field named for a thing the app keeps ("payments"
    on walkers, "suppliers" on suppliers), which is that thing, not a value."""
    things = {e.name for e in start.entities}
    people = people | {r.name for r in start.roles}

    def deed(name: str) -> bool:
        """"members_book", "reception_books": people and what they do, read off a rule, not a field; "sales_to_customers":
        a thing and what it goes to, read off a list of things."""
        words = name.split("_")
        if len(words) >= 3 and set(words) & {"to", "from", "for", "per", "of"} and any(
                w in things or singular(w) in things for w in words):
            return True
        return len(words) == 2 and (singular(words[0]) in people or words[0] in NOT_KEPT_PEOPLE) and (
            words[1] in DEEDS or singular(words[1]) in DEEDS)

    # "green beans we buy", "cafes that order from us": what the person does, not a thing to keep ("buy", "us").
    deeds = {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
             and (_only_done(o["entity"], text.lower()) or o["entity"] in _PRONOUNS | _QUESTIONS)}

    fields_of = {(e.name, f.name) for e in start.entities for f in e.fields}
    fields_of |= {(o["entity"], o["field"]["name"]) for o in ops if o["op"] == "add_field"}

    def named_for_a_thing(o: dict[str, Any]) -> bool:
        shown = [part.get("entity") for part in (o.get("view"), o.get("widget")) if isinstance(part, dict)]
        if o.get("entity") in deeds or set(shown) & deeds or (o["op"] == "add_field" and o["field"].get("target") in deeds):
            return True
        if o["op"] != "add_field" or o["field"].get("type") in ("reference", "many_to_many"):
            return False
        if o["field"]["name"] in _PRONOUNS:
            return True
        if _a_copy(o["field"]["name"], {name for entity, name in fields_of if entity == o["entity"]}):
            return True  # "size_2", "sold_2": the same words read twice
        name = o["field"]["name"]
        return name in things or singular(name) in things or deed(name)

    single = [_without_copies(o) for o in ops]
    try:
        apply_operations(start, single)
    except (OperationError, ValueError):
        single = ops  # a page shows a copy: keep them both
    return _without_misplaced(single, [], start, held, text, also=named_for_a_thing)


def _folded(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A field added and renamed in the same change is added under its last name (one step in the history, not two),
    when nothing between the two refers to it."""
    out = list(ops)
    for k, op in enumerate(out):
        if op["op"] != "rename_field":
            continue
        added = next((j for j in range(k) if out[j]["op"] == "add_field" and out[j]["entity"] == op["entity"]
                      and out[j]["field"]["name"] == op["field"]), None)
        if added is not None and not any(op["field"] in str(o) for o in out[added + 1 : k]):
            out[added] = {**out[added], "field": {**out[added]["field"], "name": op["to"]}}
            out[k] = {}
    return [o for o in out if o]


# "an estimate in hours" is estimate_hours, "weight in kg" weight_kg: as apps name fields said in a unit.
_IN_UNIT = re.compile(r"^([a-z0-9_]+)_in_(hours|hrs|minutes|mins|days|weeks|months|years|kg|grams|lbs|km|miles|metres|"
                      r"meters|cm|mm|litres|liters|ml|celsius|percent|euros|dollars)$")


def _options_as_said(op: dict[str, Any], text: str) -> dict[str, Any]:
    """Options the program wrote a word at a time ("Bright", "Indirect") that the message lists as one ("low,
    medium, bright indirect, direct") are that one option."""
    if op["op"] != "add_field" or len(op["field"].get("options") or []) < 3:
        return op
    said = [i.strip() for i in re.split(r",|\bor\b|/|:|\(|\)", text.lower()) if len(i.split()) in (2, 3)]
    values = [o["value"] for o in op["field"]["options"]]
    for item in said:
        words = item.split()
        low = [v.lower() for v in values]
        at = next((k for k in range(len(low) - len(words) + 1) if low[k : k + len(words)] == words), None)
        if at is not None:
            values[at : at + len(words)] = [item[:1].upper() + item[1:]]
    if len(values) == len(op["field"]["options"]):
        return op
    return {**op, "field": {**op["field"], "options": [{"value": v} for v in values]}}


def _in_units(op: dict[str, Any]) -> dict[str, Any]:
    """A new field named "<what>_in_<unit>" named "<what>_<unit>" instead."""
    if op["op"] == "add_field" and _IN_UNIT.match(op["field"]["name"]):
        return {**op, "field": {**op["field"], "name": _IN_UNIT.sub(r"\1_\2", op["field"]["name"])}}
    if op["op"] == "add_entity" and any(_IN_UNIT.match(f["name"]) for f in op.get("fields") or []):
        return {**op, "fields": [{**f, "name": _IN_UNIT.sub(r"\1_\2", f["name"])} for f in op["fields"]]}
    return op


def _without_copies(op: dict[str, Any]) -> dict[str, Any]:
    """A new thing less the fields the program wrote twice ("size", "size_2", "sold", "sold_2")."""
    if op["op"] != "add_entity" or not op.get("fields"):
        return op
    names = {f["name"] for f in op["fields"]}
    fields = [f for f in op["fields"] if not _a_copy(f["name"], names)]
    return op if len(fields) == len(op["fields"]) else {**op, "fields": fields}


def _a_copy(name: str, names: set[str]) -> bool:
    """Whether a field name is another of `names` numbered again ("size_2" beside "size")."""
    copy = re.fullmatch(r"(.+)_[2-9]", name)
    return copy is not None and copy.group(1) in names


_PRONOUNS = frozenset({"us", "we", "me", "i", "you", "them", "they", "it", "him", "her", "our", "my", "their"})
# A question word the program takes for a thing ("items found, where, date"): the list asked where, it named nothing.
_QUESTIONS = frozenset({"where", "who", "what", "which", "when", "how", "why", "whether"})


def _only_done(name: str, text: str) -> bool:
    """Whether a one-word name is only ever said as what someone does: "beans we buy", "people who order"."""
    if "_" in name or not re.search(rf"\b(?:we|i|they|you|who|that|people)\s+{name}\b", text):
        return False
    return not re.search(rf"\b(?:a|an|the|my|our|each|every|per|their|his|her|of)\s+{name}s?\b|\b{name}s\b", text)


@register("appforge")
def _inhouse() -> Any:
    # APPFORGE_MODEL_WEIGHTS points at another trained model (an experiment, a candidate) without copying it in;
    # otherwise the model in use is the registry's (the shipped weights until a fine-tuned model is promoted).
    if os.environ.get("APPFORGE_MODEL_WEIGHTS"):
        return InhouseModel(Path(os.environ["APPFORGE_MODEL_WEIGHTS"]))
    from appforge.models.registry import LiveInhouse

    return LiveInhouse()


__all__ = ["InhouseModel", "WeightsMissing"]
