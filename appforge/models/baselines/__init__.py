"""Two baselines with no learned decoder: what the in-house model has to beat to be worth its weights.

- `keyword-rules`: hand-written patterns over the message (entity nouns with field lists, field types by keyword,
  views, roles, theme and access words; for edits: add / rename / remove / retype a field, options, rules) resolved
  against the base spec. It shows how far surface patterns go on the benchmark.
- `nearest-blueprint`: the catalogue blueprint nearest to the message, as is. It shows what retrieval alone gives:
  a plausible app for the domain that ignores the particulars the person asked for.

Both were written from the benchmark's dev cases and docs only (never its heldout split). Every proposal goes through
`validated`, which keeps only the operations that apply, so a rule's mistake costs a part of the answer, never all of
it; the proposal's note says what was dropped.

The rules live in `create_rules` (a new app from a message), `edit_rules` (a change to a base spec) and `reading`
(the word tables and phrase readers both share); this module holds the two models and `validated`.
"""

from __future__ import annotations

import re
import time
from typing import Any

from appforge.evaluation.checklist import norm
from appforge.models import Proposal, new_app, register
from appforge.models.baselines.create_rules import _create
from appforge.models.baselines.edit_rules import _edit
from appforge.models.rebuild import spec_to_operations
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations, parse_operation


def validated(ops: list[dict[str, Any]], base: AppSpec | None, model: str, note: str | None = None,
              timings: dict[str, float] | None = None) -> Proposal:
    """A proposal of the operations of `ops` that apply, one at a time, in order; the rest are dropped and counted.

    Why: a baseline's rules are guesses; one bad guess (a field that already exists, a view on a missing field)
    would otherwise make the whole batch fail and the answer score as no valid spec.
    """
    spec = base if base is not None else new_app()
    kept = []
    dropped: list[str] = []
    for data in ops:
        try:
            op = parse_operation(data)
            spec = apply_operations(spec, [op])
        except (OperationError, ValueError) as exc:
            dropped.append(f"{data.get('op', '?')}: {exc}")
            continue
        kept.append(op)
    notes = [note] if note else []
    if dropped:
        notes.append(f"dropped {len(dropped)} operation(s) that did not apply: " + "; ".join(dropped[:3]))
    return Proposal(operations=kept, model=model, note=" ".join(notes) or None, timings=timings or {})


class KeywordRules:
    """The rule baseline: regular expressions and word lists, no learning."""

    name = "keyword-rules"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        start = time.perf_counter()
        ops = _edit(message, base) if base is not None else _create(message)
        timings = {"rules_ms": (time.perf_counter() - start) * 1000}
        note = None if ops else "no rule matched the message; nothing to change"
        return validated(ops, base, self.name, note, timings)


@register("keyword-rules")
def keyword_rules() -> KeywordRules:
    return KeywordRules()


# --- nearest blueprint -----------------------------------------------------------------------------------------


class NearestBlueprint:
    """The retrieval baseline: the nearest catalogue blueprint, rebuilt as operations, and nothing else."""

    name = "nearest-blueprint"

    def __init__(self) -> None:
        from appforge.models.retrieval import load_catalogue_vectors, nearest_blueprints

        load_catalogue_vectors()  # the catalogue's vectors, loaded (or encoded) now rather than on the first answer
        self._nearest = nearest_blueprints

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        start = time.perf_counter()
        if base is None:
            found = self._nearest(message, k=1)
            timings = {"retrieve_ms": (time.perf_counter() - start) * 1000}
            if not found:
                return Proposal(operations=[], model=self.name, note="the catalogue is empty", timings=timings)
            blueprint, score = found[0]
            ops = spec_to_operations(blueprint.spec, seed=False)
            return validated(ops, None, self.name, f"blueprint {blueprint.name} (cosine {score:.2f})", timings)
        return self._edit(message, base, start)

    def _edit(self, message: str, base: AppSpec, start: float) -> Proposal:
        from appforge.catalogue import Blueprint

        query = Blueprint(name=base.name, spec=base).summary + ". " + message
        found = self._nearest(query, k=3)
        timings = {"retrieve_ms": (time.perf_counter() - start) * 1000}
        said = " " + " ".join(re.findall(r"[a-z0-9]+", message.lower())) + " "
        said_norm = {norm(w) for w in said.split()}
        ops: list[dict[str, Any]] = []
        used: set[tuple[str, str]] = set()
        for entity in base.entities:
            for blueprint, _ in found:
                twin = next((e for e in blueprint.spec.entities
                             if norm(e.name) == norm(entity.name) or (e.label and entity.label
                                                                      and norm(e.label) == norm(entity.label))), None)
                if twin is None:
                    continue
                for f in twin.fields:
                    words = f.name.split("_")
                    mentioned = f" {' '.join(words)} " in said or (len(words) == 1 and norm(f.name) in said_norm)
                    if mentioned and entity.field(f.name) is None and (entity.name, f.name) not in used:
                        used.add((entity.name, f.name))
                        ops.append({"op": "add_field", "entity": entity.name,
                                    "field": f.model_dump(mode="json", exclude={"id"}, exclude_defaults=True)
                                    | {"name": f.name}})
        names = ", ".join(bp.name for bp, _ in found)
        note = f"fields from {names}" if ops else f"no field of the nearest blueprints ({names}) is named; no change"
        return validated(ops, base, self.name, note, timings)


@register("nearest-blueprint")
def nearest_blueprint() -> NearestBlueprint:
    return NearestBlueprint()
