"""Scoring of model answers against the hand-written benchmark in `benchmarks/model/` (see docs/evaluation.md)."""

from appforge.evaluation.checklist import Case, CaseError, load_base, load_cases
from appforge.evaluation.scoring import CaseScore, CheckResult, KindScore, Summary, score_case, summarize

__all__ = [
    "Case",
    "CaseError",
    "CaseScore",
    "CheckResult",
    "KindScore",
    "Summary",
    "load_base",
    "load_cases",
    "score_case",
    "summarize",
]
