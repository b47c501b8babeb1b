"""The scores a trained model carries in the registry: what promotion compares.

Two numbers decide whether a candidate may replace the model in use: its mean checklist score on the benchmark's
held-out part (everyone's requests) and its mean score on a held-out slice of feedback (the builders' own requests,
`appforge.models.dataset.turn_score`). Both are measured the same way for every model, so they compare.
"""

from __future__ import annotations

from typing import Any

from appforge.evaluation.checklist import load_cases
from appforge.evaluation.run import evaluate
from appforge.models.dataset import Turn, score_turns


def score_model(model: Any, feedback: list[Turn] | None = None, name: str = "candidate") -> dict[str, float]:
    """{"heldout", "heldout_create", "heldout_edit"[, "feedback"]} for a loaded model."""
    result = evaluate(name, load_cases(split="heldout"), model=model)
    scores = {"heldout": result.mean(split="heldout") or 0.0,
              "heldout_create": result.mean("create", "heldout") or 0.0,
              "heldout_edit": result.mean("edit", "heldout") or 0.0}
    if feedback:
        scores["feedback"] = score_turns(model, feedback) or 0.0
    return {k: round(v, 4) for k, v in scores.items()}


__all__ = ["score_model"]
