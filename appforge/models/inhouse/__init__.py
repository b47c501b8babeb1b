"""appforge's own model: MiniLM reads the message, a small decoder writes a program, the grammar keeps it valid.

A new app starts from the catalogue blueprint nearest to the message (retrieval by MiniLM sentence vectors), with the
catalogue's version of every thing the message names that the blueprint lacks (`start`), the fields the message lists
for its things (`listed`), the roles its rules name (`roles`) and links from its events to its things; the program
then changes it to what the person said: their names, the views, rules and looks they asked for. A change to an
existing app is a program over that app, followed by what the program missed of a plain list or of quoted options.
Either way, the rules, charts and limits the words state plainly are read last (`rules`, `charts`, `limits`), and
the answer is operations, every one of them applied once before it is returned (see `complete`).
Files: `program` + `slots` (the language, its grammar and what it points at), `cues` (what the message's words
settle for the grammar), `compile` (operations -> training targets), `features`, `network` (the decoder), `decoding`
(the decoder under the grammar), `train`, `synthetic` + `phrasing` (training data), `complete` (program -> spec
operations), `start`, `implied`, `links`, `listed` + `fieldtypes` (where a new app starts), `mentions` (which words
name which thing), `thinglabels` (what a new app calls its things), `quoted`, `roles`, `rules`, `charts`, `limits`, `looks`, `pages` (what the words state plainly).
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

from safetensors.torch import load_file

from appforge.models import MAX_MESSAGE_CHARS, Proposal, new_app, register
from appforge.models.encoder import load_encoder
from appforge.models.inhouse.charts import chart_operations, charts_had, figure_not_field, unasked_charts
from appforge.models.inhouse.choose import BARELY, about_the_app, naming_the_things, pages_of_its_own, saying_the_trade
from appforge.models.inhouse.complete import Realiser, with_links
from appforge.models.inhouse.courtesy import without_courtesy
from appforge.models.inhouse.cues import asks_rename
from appforge.models.inhouse.decoding import GrammarDecoding
from appforge.models.inhouse.features import (
    WordVectors,
    quoted_spans,
    read_message,
)
from appforge.models.inhouse.limits import defaults_said, limit_operations, settings_not_said
from appforge.models.inhouse.links import link_loose
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.looks import colour_operations, title_operations
from appforge.models.inhouse.mentions import apply_if_fits
from appforge.models.inhouse.network import Decoder, DecoderConfig
from appforge.models.inhouse.notes import already, not_there, renames_nothing
from appforge.models.inhouse.pages import (
    asks_home,
    hidden_fields,
    hidden_had,
    home_operations,
    page_operations,
    pages_had,
    sort_operations,
)
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.quoted import (
    added_options,
    as_quoted,
    named_as_option,
    options_as_listed,
    options_had,
    options_held,
    options_not_fields,
    options_where_said,
    quoted_options,
    removed_options,
    replaced_options,
    slashed_options,
    without_option_clashes,
)
from appforge.models.inhouse.rules import access_operations, rule_operations, stated_rules
from appforge.models.inhouse.spelling import Speller
from appforge.models.inhouse.start import entity_index
from appforge.models.inhouse.thinglabels import fields_as_said, named_as_said
from appforge.models.inhouse.thingreader import FILE as THINGS_FILE
from appforge.models.inhouse.thingreader import ThingReader
from appforge.models.inhouse.tidy import (
    applying,
    bound_not_field,
    folded,
    in_units,
    measured_as_said,
    misplaced_on_create,
    no_thing,
    not_conditions,
    options_as_said,
    without_misplaced,
)
from appforge.models.inhouse.tokens import KEYWORDS
from appforge.models.rebuild import spec_to_operations
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations, parse_operations

WEIGHTS_DIR = Path(__file__).parent / "weights"
# A new app starts from the nearest blueprint only when it is near enough (cosine of MiniLM sentence vectors);
# otherwise, when the message describes the app itself, from nothing, built from the words alone.
BLUEPRINT_AT_LEAST = 0.5
DESCRIBED_IN_WORDS = 8
# Words that speak of who may do what, though no rule reads off them whole.
_RULE_WORDS = re.compile(r"\b(?:only|permission|permissions|access|allowed|allow|role|roles|admins?|staff|private|"
                         r"public|anyone|everyone|nobody|no one|lock|locked|restrict|restricted|read[- ]only|sign[- ]?in|"
                         r"log[- ]?in|login)\b")
# A new app's words that give something a name of their own ("call the clients patients", "rename ... to ...");
# `asks_rename` is looser, for changes, and takes "(call, email, meeting)" for one.
_NAMES_ITS_OWN = re.compile(r"\b(?:rename|renamed|relabel|call (?:it|them|the|my|our)|called|instead of)\b")
# Words about who sees what: without them, a new app's rule on reading is the decoder's guess.
SEEING = re.compile(r"\b(?:see|sees|seen|seeing|view|views|viewed|read|reads|access|accessed|visible|private|hidden|"
                    r"hide|look at|looks at|confidential|public)\b")
NOTHING = (
    "I could not find anything to build in that message. Describe the app (\"a booking app for my salon: clients, "
    "stylists, appointments\") or the change you want (\"add a tip field to appointments\")."
)


class WeightsMissing(RuntimeError):
    pass


class InhouseModel(GrammarDecoding):
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
        self.speller = Speller(self.catalogue.blueprints, self.known)
        # fitted apart from the decoder (on requests, not on the catalogue): a fine-tuned decoder keeps the shipped one
        self.thing_reader = ThingReader.load(weights / THINGS_FILE) or ThingReader.load(WEIGHTS_DIR / THINGS_FILE)

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        note = None
        text = message[:MAX_MESSAGE_CHARS]
        if len(message) > MAX_MESSAGE_CHARS:
            note = f"Only the first {MAX_MESSAGE_CHARS} characters of the message were read."
        text = without_courtesy(text)
        if not self._has_words(text):
            return Proposal([], self.name, NOTHING, timings)
        text = self.speller.mended(text, base)
        if base is not None and (unnamed := renames_nothing(base, text)) is not None:
            return Proposal([], self.name, unnamed, timings)
        read = read_message(self.encoder, [text])[0]
        timings["encode_ms"] = (time.perf_counter() - started) * 1000
        create = base is None
        blueprint, score = None, 0.0
        if create:
            things = tuple(self.thing_reader.things(read, text)) if self.thing_reader is not None else ()
            start, blueprint, nearest, score = self.start_for(text, len(read.words), things)
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
        if program.nothing and (create or not self._states_something(start, text)):
            # "i want a kanban board" where there is one
            had = [] if create else pages_had(start, text) + charts_had(start, text) + hidden_had(start, text)
            return Proposal([], self.name, f"Nothing to change: the app already has {' and '.join(had)}." if had
                            else NOTHING, timings)
        ops, spec, refused = realiser.kept, realiser.spec, realiser.refused
        if create and not _NAMES_ITS_OWN.search(text.lower()):
            # a new app's names are the blueprint's or the person's words: the decoder renaming a deal's close date
            # "meeting" (said as a kind of activity) is a word misplaced, never what was asked
            try:
                kept = [o for o in ops if o["op"] != "rename_field"]
                spec, ops = apply_operations(start, kept), kept
            except (OperationError, ValueError):
                pass
        if not create and not asks_rename(text):
            # "members under 18 need a guardian name": a new field, not the name labelled "Guardian name"
            relabels = [o for o in ops if o["op"] == "set_field" and set(o) <= {"op", "entity", "field", "label"}]
            if relabels:
                try:
                    ops = [o for o in ops if not any(o is r for r in relabels)]
                    spec = apply_operations(start, ops)
                except (OperationError, ValueError):
                    ops, spec = realiser.kept, realiser.spec
        for removal in realiser.linked:
            more = with_links(removal, spec)
            try:
                spec, ops = apply_operations(spec, more), ops + more
            except (OperationError, ValueError) as exc:
                refused = refused + [f"remove_entity: {exc}"]
        tidy = [measured_as_said(options_as_said(in_units(o), text), text) for o in ops]
        if tidy != ops:
            try:
                ops, spec = tidy, apply_operations(start, tidy)
            except (OperationError, ValueError):
                pass  # something the program added refers to the name it wrote: keep it
        held: list[tuple[str, str, set[str]]] = []
        if create:
            # The start already holds what the message lists for each thing ("walks (date, duration)"); the
            # program writing the same words, or a thing's own name, as fields of another thing misplaces them.
            kept = misplaced_on_create(ops, start, listed_fields(self.catalogue).held(start, text), text,
                                        entity_index(self.catalogue).people)
            if kept != ops:
                ops, spec = kept, apply_operations(start, kept)
        if not create:
            # "add genre options: fiction, kids", "no more no-show status": the options said, in place of what the
            # program made of them (an `option` thing, a "Non" option, the whole status removed)
            said = added_options(start, text) + removed_options(start, text)
            if said:
                kept = without_option_clashes(ops, said)
                try:
                    spec, ops = apply_operations(start, kept), kept
                except (OperationError, ValueError):
                    pass  # something else refers to what the program did: keep it
                done: list[dict[str, Any]] = []
                for op in said:
                    spec = apply_if_fits(spec, op, done)
                ops = ops + done
            placed = options_where_said(ops, start, text)
            if placed != ops:
                try:
                    spec, ops = apply_operations(start, placed), placed
                except (OperationError, ValueError):
                    pass  # the field it names already has it: keep the program's
            options, spec = quoted_options(spec, text, ops)
            ops = ops + options
            for said in (slashed_options, replaced_options):
                options, spec = said(spec, text)
                ops = ops + options
            # "orders need a price total and a 'paid' checkbox", "feedings: hive, date, syrup litres": what the program
            # missed of a list said of a thing.
            reader = listed_fields(self.catalogue)
            listed, spec = reader.operations(spec, text, headless=False, before=start)
            held = reader.held(base, text)
            # What each list's thing holds once read ("track payments for each member: amount, date"): the same
            # words the program put on another thing are misplaced.
            # Read on the app as it was, too: "add a payment method: cash, card, transfer" is a choice there, so the
            # program's "payment_method" thing with fields cash, card and transfer is those words misread.
            first, _ = reader.operations(base, text, headless=False, before=base)
            bound = bound_not_field(base, text)
            kept = without_misplaced(ops, listed + first, base, held + reader.held(spec, text), text,
                                      also=lambda o: no_thing(o, text))
            if kept != ops:
                # "add a delivery address + delivery fee": the program's "delivery_address" thing was the field
                # misread, so the lists are read again on the app without it (no link to a thing that is gone)
                listed, spec = reader.operations(apply_operations(base, kept), text, headless=False, before=start)
            ops = folded(kept + listed)
            # "classes need a max capacity of 20": the bound of the capacity (read by `limits` below), not a field,
            # whether the program or the list reading wrote it
            bound = bound_not_field(base, text)
            # "a status of booked, confirmed, done or no-show": the options of the status, not fields
            # "i want a total value of everything on the overview": a figure (read by `charts` below), not a field
            figure, option = figure_not_field(text), named_as_option(base)
            unbound = [o for o in options_held(not_conditions(options_not_fields(ops, base, text), text), base)
                       if not bound(o) and not figure(o) and not option(o)]
            if len(unbound) < len(ops):
                try:
                    ops, spec = unbound, apply_operations(base, unbound)
                except (OperationError, ValueError):
                    pass  # something else refers to it: keep it
        # "members see only their own loans, staff see all", "bar chart of sales by location", "party size max 12":
        # what the words state plainly, read last (see `rules`, `charts`, `limits`, `looks`, `pages`).
        stated: list[dict[str, Any]] = []
        for reader in (rule_operations, access_operations, chart_operations, limit_operations, page_operations,
                       hidden_fields, home_operations, title_operations, sort_operations):
            more, spec = reader(spec, text)
            stated += more
        more, spec = colour_operations(spec, text, before=start)
        stated += more
        said = settings_not_said(ops, spec, text)
        if said != ops:
            try:
                spec = apply_operations(start, said + stated)
                ops = said
            except (OperationError, ValueError):
                pass  # something else refers to it: keep it
        # A rule read from the words replaces the decoder's for that thing and action; only the last one is said.
        if not create and asks_home(text):
            # "make the clients list the home page": that page opens first; the decoder's new page or `home_page`
            # field was the same words misread
            ops = [o for o in ops if not (o["op"] in ("add_view", "set_home") or (
                o["op"] == "add_field" and re.search(r"(?:home|start|landing)_?page", o["field"]["name"])))]
        if not create and defaults_said(spec, text):
            ops = [o for o in ops if not (o["op"] == "set_field" and "default" in o)]  # the default said, read above
        sorted_views = {r["view"] for r in stated if r["op"] == "configure_view" and "sort" in r}
        if sorted_views and not create:
            # "sort events by date, soonest first": the lists in that order; the decoder's new page was the words
            # misread (it had made a calendar)
            ops = [o for o in ops if o["op"] not in ("add_view", "configure_view")
                   or (o["op"] == "configure_view" and o["view"] not in sorted_views and "sort" not in o)]
        if not create and not stated_rules(text) and not _RULE_WORDS.search(text.lower()):
            # "items can be in a room, add rooms": no one is said to do anything, so no rule changes (the decoder
            # had let everyone add items)
            ops = [o for o in ops if o["op"] not in ("set_permission", "remove_permission", "add_role")]
        settled = {(r["entity"], r["action"]) for r in stated if r["op"] == "set_permission"}
        # ... and where the words give rules to roles, the decoder's rule for everyone signed in is the sign-in misread
        # ("let borrowers sign in and see their loans only" had also locked the borrowers' list to signed-in users)
        ruled = [o for o in ops if not (o["op"] in ("set_permission", "remove_permission")
                                      and ((o["entity"], o["action"]) in settled
                                           or (settled and set(o.get("roles", [])) <= {"signed_in", "everyone"})
                                           or (create and o["action"] == "read" and not SEEING.search(text.lower()))))]
        # ... and a new app's rule on who may see a thing needs words about seeing ("trainers run classes, admins
        # manage memberships" had hidden the classes from everyone but the admins)
        if create and len(ruled) < len(ops):
            try:
                spec = apply_operations(start, ruled + stated)  # a new app is its spec: the rules left out go from it
            except (OperationError, ValueError):
                ruled = ops  # something else refers to them: keep them
        ops = ruled
        if create:
            # a role the program made of words never said ("admin_record" from "only admins can delete orders")
            said = {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
            unsaid = {o["role"] for o in ops if o["op"] == "add_role" and start.role(o["role"]) is None
                      and not {singular(w) for w in o["role"].split("_")} <= said}
            if unsaid:
                kept = [o for o in ops if not (o["op"] == "add_role" and o["role"] in unsaid) and not (
                    o["op"] in ("set_permission", "remove_permission") and set(o.get("roles", [])) & unsaid)]
                try:
                    spec, ops = apply_operations(start, kept + stated), kept
                except (OperationError, ValueError):
                    pass  # something else refers to it: keep it
        unasked = unasked_charts(ops, spec, text)
        if unasked:
            asked = [o for o in ops if not any(o is u for u in unasked)] + stated
            try:
                ops, spec = asked, apply_operations(start, asked)
            except (OperationError, ValueError):
                ops = ops + stated  # something else refers to the chart: keep it
        else:
            ops = ops + stated
        if refused:
            note = (note + " " if note else "") + f"Left out {len(refused)} change(s) the app refused: " + "; ".join(refused[:3])
        if create:
            spec = named_as_said(link_loose(spec, text, entity_index(self.catalogue).link_count), text)
            spec = options_as_listed(spec, text)
            spec = fields_as_said(spec, listed_fields(self.catalogue).held(spec, text))
        if create and blueprint is None:
            spec = pages_of_its_own(spec)
        if create:
            ops = spec_to_operations(spec)
            source = (f"Started from the catalogue's {blueprint.spec.heading!r} ({score:.2f})." if blueprint is not None
                      else f"Built from your words: no catalogue app was close enough (nearest {nearest.spec.heading!r}, "
                      f"{score:.2f}).")
            note = (note + " " if note else "") + source
        elif not ops and note is None and (had_options := options_had(spec, text)) is not None:
            note = had_options
        elif not ops and note is None and (missing := not_there(spec, text)) is not None:
            note = missing
        elif not ops and note is None:
            had = pages_had(spec, text) + charts_had(spec, text) + hidden_had(spec, text)
            note = already(held) if held else (f"Nothing to change: the app already has {' and '.join(had)}."
                                                 if had else NOTHING)
        ops = as_quoted(ops, text)
        if not create:
            ops = applying(base, ops)
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        return Proposal(parse_operations(ops) if ops else [], self.name, note, timings)

    def _states_something(self, spec: AppSpec, text: str) -> bool:
        """Whether the words plainly state a change that the readers after the decoder make ("title: 'Mia's Hair
        Studio'"), though the decoder read the message as asking for nothing."""
        return any(read(spec, text)[0] for read in (rule_operations, access_operations, chart_operations,
                                                     limit_operations, page_operations, hidden_fields, home_operations,
                                                     title_operations,
                                                     slashed_options, replaced_options))

    def start_for(self, text: str, words: int | None = None,
                  read: tuple[str, ...] = ()) -> tuple[AppSpec, Any, Any, float]:
        """Where a new app from `text` starts: (spec, the blueprint or None, the nearest blueprint, its score).

        Training from feedback starts its create examples where the model would, so it lives here, once. `read`:
        the things `thingreader` found in the message, which the start keeps though no other reader does.
        """
        described = about_the_app(text)
        vectors = self.encoder.embed([text] if described == text else [text, described])  # one pass for both
        query = vectors[0]
        words = len(re.findall(r"[a-z0-9]+", text.lower())) if words is None else words
        near = self.catalogue.nearest(query, 5)
        if described != text:
            # each blueprint as near as the whole message or its sentences about what the app keeps make it
            scores = {b.name: (b, s) for b, s in near}
            for b, s in self.catalogue.nearest(vectors[1], 5):
                if s > scores.get(b.name, (b, -1.0))[1]:
                    scores[b.name] = (b, s)
            near = sorted(scores.values(), key=lambda bs: -bs[1])[:5]
        trade = saying_the_trade(near, text) if words < DESCRIBED_IN_WORDS else None
        nearest, score, naming = (*trade, True) if trade is not None else naming_the_things(near[:3], text)
        index = entity_index(self.catalogue)
        near_enough, unlike = score >= BLUEPRINT_AT_LEAST, frozenset[str]()
        if near_enough and score < BLUEPRINT_AT_LEAST + 2 * BARELY and words >= DESCRIBED_IN_WORDS:
            # "a raffle: ticket sellers, tickets sold, prizes and winners" barely near a fun run's runners and sponsors:
            # a blueprint that keeps none of the things a message names is no start for them (nearer, it mostly keeps
            # them under its own words: a movers' app keeps jobs as moves, an HOA's keeps requests as work orders)
            named = index.named(text, True)
            things = set(named) | set(index.listed(text, named, True))
            kept = {e.name for e in nearest.spec.entities} | {snake(e.label) for e in nearest.spec.entities if e.label}
            # ... and a little nearer, one near for the kind of app it names ("renovation project tracker" near
            # woodworking projects) that keeps none of the rooms, tasks and contractors listed; one near for its
            # trade keeps them under its own words (a movers' app keeps jobs as moves)
            barely = score < BLUEPRINT_AT_LEAST + BARELY
            near_enough = not ((not naming and len(things) >= 2 and barely)
                               or (len(things) >= 3 and not things & kept and (barely or naming)))
            unlike = frozenset() if near_enough else frozenset({nearest.name})  # nor are its things the ones named
        # With what the words name, list and rule (see `start.start_with_words`).
        if near_enough or words < DESCRIBED_IN_WORDS:
            spec, blueprint = index.start_with_words(nearest.spec, text, query, read=read), nearest
        else:
            spec, blueprint = index.start_with_words(new_app(), text, query, unlike, read), None
        return spec, blueprint, nearest, score

    def _has_words(self, text: str) -> bool:
        """Whether the text has at least one real word (one MiniLM knows whole): noise and empty input do not."""
        return any(len(w) > 1 and w in self.known for w in re.findall(r"[a-z]+", text.lower()))


@register("appforge")
def _inhouse() -> Any:
    # APPFORGE_MODEL_WEIGHTS points at another trained model (an experiment, a candidate) without copying it in;
    # otherwise the model in use is the registry's (the shipped weights until a fine-tuned model is promoted).
    if os.environ.get("APPFORGE_MODEL_WEIGHTS"):
        return InhouseModel(Path(os.environ["APPFORGE_MODEL_WEIGHTS"]))
    from appforge.models.registry import LiveInhouse

    return LiveInhouse()


__all__ = ["InhouseModel", "WeightsMissing"]
