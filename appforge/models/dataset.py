"""Recorded turns -> training examples for the in-house model: what builders kept, and what they fixed by hand.

A turn is a message, the app before it (None for a new app) and the spec the person ended with: the model's answer
when they kept it, their own fix when they undid it or thumbed it down and then corrected it (in the spec panel or
by a follow-up message). The example teaches the operations that lead from where the model starts to that end, so
a fix teaches what the person wanted, not what the model said. Only messages and specs go in: rows never do (a
spec's sample rows are dropped too), so no personal data of an app's users can reach the weights.
"""

from __future__ import annotations

import json
import random
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations

Source = Literal["kept", "corrected"]


@dataclass
class Turn:
    message: str
    before: AppSpec | None  # None: the message made a new app
    after: AppSpec  # what the person kept
    source: Source
    app: str = ""
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "app": self.app, "source": self.source, "message": self.message,
                "before": _clean(self.before).model_dump(mode="json") if self.before is not None else None,
                "after": _clean(self.after).model_dump(mode="json")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Turn:
        before = AppSpec.model_validate(data["before"]) if data.get("before") else None
        return cls(data["message"], before, AppSpec.model_validate(data["after"]), data.get("source", "kept"),
                   data.get("app", ""), str(data.get("id", "")))


def _clean(spec: AppSpec) -> AppSpec:
    """The spec without sample rows: structure only."""
    return spec.model_copy(update={"seed": {}})


def write_dataset(turns: Iterable[Turn], path: Path) -> int:
    """One JSON line per turn; returns how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w") as out:
        for turn in turns:
            out.write(json.dumps(turn.to_json(), sort_keys=True) + "\n")
            n += 1
    return n


def read_dataset(path: Path) -> list[Turn]:
    turns = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            turns.append(Turn.from_json(json.loads(line)))
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{path}:{number}: not a recorded turn ({type(exc).__name__}: {exc})"[:300]) from None
    return turns


def split_heldout(turns: list[Turn], share: float = 0.2, seed: int = 0) -> tuple[list[Turn], list[Turn]]:
    """(train, held out): a seeded share of the turns never trained on, to score candidates with."""
    order = list(range(len(turns)))
    random.Random(seed).shuffle(order)
    k = round(len(turns) * share) if len(turns) > 1 else 0
    held = set(order[:k])
    return [t for i, t in enumerate(turns) if i not in held], [t for i, t in enumerate(turns) if i in held]


def to_examples(turns: Iterable[Turn], model: Any) -> tuple[list[Any], int]:
    """Training examples from turns, starting where `model` (the in-house model) would; and how many were left out.

    A turn is left out when no operations lead from that start to what the person kept (rare: a hand edit the
    operations language cannot say).
    """
    from appforge.models import new_app
    from appforge.models.diff import operations_between
    from appforge.models.inhouse.synthetic import Example

    examples, skipped = [], 0
    for turn in turns:
        after = _clean(turn.after)
        starts = [model.start_for(turn.message)[0], new_app()] if turn.before is None else [_clean(turn.before)]
        for start in starts:
            ops = operations_between(start, after)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    apply_operations(start, ops)
            except (OperationError, ValueError):
                continue
            kind = "create" if turn.before is None else "edit"
            examples.append(Example(kind, turn.message, start, ops, f"feedback:{turn.app}", None))
            break
        else:
            skipped += 1
    return examples, skipped


def facts(spec: AppSpec) -> set[tuple[str, ...]]:
    """What an app has, as comparable facts: entities, fields with their type, options, views, rules, roles."""
    out: set[tuple[str, ...]] = {("role", r.name) for r in spec.roles}
    for entity in spec.entities:
        out.add(("entity", entity.name))
        for f in entity.fields:
            out.add(("field", entity.name, f.name, f.type.value, f.target or ""))
            out |= {("option", entity.name, f.name, o.value.lower()) for o in f.options}
    out |= {("view", v.type.value, v.entity or "") for v in spec.views}
    out |= {("rule", p.entity, p.action, ",".join(sorted(p.roles)), str(p.own)) for p in spec.permissions}
    return out


def turn_score(turn: Turn, got: AppSpec | None) -> float:
    """How much of what the person changed the model's answer also changed (F1 over facts); 0 for no answer."""
    if got is None:
        return 0.0
    before = facts(turn.before) if turn.before is not None else set()
    wanted = facts(turn.after) ^ before
    made = facts(got) ^ before
    if not wanted and not made:
        return 1.0
    hit = len(wanted & made)
    if not hit:
        return 0.0
    precision, recall = hit / len(made), hit / len(wanted)
    return 2 * precision * recall / (precision + recall)


def score_turns(model: Any, turns: list[Turn]) -> float | None:
    """Mean `turn_score` of the model's answers to the turns' messages; None without turns."""
    from appforge.models import apply_proposal

    if not turns:
        return None
    total = 0.0
    for turn in turns:
        try:
            got = apply_proposal(model.propose(turn.message, turn.before), turn.before)
        except Exception:  # noqa: BLE001 - an answer that does not apply scores 0, like the benchmark's
            got = None
        total += turn_score(turn, got)
    return total / len(turns)


__all__ = ["Turn", "facts", "read_dataset", "score_turns", "split_heldout", "to_examples", "turn_score",
           "write_dataset"]
