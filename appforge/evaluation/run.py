"""Run a model over benchmark cases: every answer scored, timed and counted, with the model's load time and memory.

Scoring (`scoring.score_case`) grades a spec; this module turns a model's proposal into that spec and measures
what a person waiting on the model would feel: how long each answer took, how often it was no usable answer at all,
how long the model took to load and how much memory the process needed. A model that raises or proposes operations
that do not apply scores as "no valid spec" for that case, and the run goes on: one bad answer must not hide the rest.
Writing the results down (markdown, JSON, a chart) is `appforge.evaluation.report`'s job.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from appforge.evaluation.checklist import Case, load_base
from appforge.evaluation.scoring import CaseScore, Summary, score_case, summarize
from appforge.spec.model import AppSpec

Progress = Callable[[Case, "CaseRun"], None]


@dataclass
class CaseRun:
    """One case: the score, how long the answer took, whether it was a usable spec, and why not."""

    score: CaseScore
    latency_ms: float
    valid: bool
    error: str | None = None
    note: str | None = None
    operations: int = 0


@dataclass
class EvalResult:
    """A model over a set of cases; `summary(...)` gives the checklist's means over any subset of them."""

    model: str
    runs: list[CaseRun] = field(default_factory=list)
    load_s: float = 0.0
    peak_rss_mb: float = 0.0
    error: str | None = None  # the model could not be loaded at all

    def scores(self, kind: str | None = None, split: str | None = None) -> list[CaseScore]:
        return [r.score for r in self._runs(kind, split)]

    def _runs(self, kind: str | None, split: str | None) -> list[CaseRun]:
        return [r for r in self.runs if (kind in (None, "all") or r.score.kind == kind)
                and (split in (None, "all") or r.score.split == split)]

    def summary(self, kind: str | None = None, split: str | None = None) -> Summary:
        return summarize(self.scores(kind, split))

    def mean(self, kind: str | None = None, split: str | None = None) -> float | None:
        """Mean case score over the subset, or None when it holds no case (so a report shows '-', not 0)."""
        scores = self.scores(kind, split)
        return sum(s.score for s in scores) / len(scores) if scores else None

    @property
    def valid_rate(self) -> float | None:
        return sum(r.valid for r in self.runs) / len(self.runs) if self.runs else None

    def latency_percentile(self, q: float) -> float | None:
        return percentile([r.latency_ms for r in self.runs], q)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "error": self.error,
            "cases": len(self.runs),
            "load_s": round(self.load_s, 3),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "valid_rate": self.valid_rate,
            "latency_ms": {"p50": self.latency_percentile(50), "p95": self.latency_percentile(95)},
            "score": {f"{kind}_{split}": self.mean(kind, split)
                      for kind in ("create", "edit", "all") for split in ("heldout", "dev", "all")},
            "by_check_kind": {k: {"passed": v.passed, "total": v.total, "rate": v.rate}
                              for k, v in sorted(self.summary().by_check_kind.items())},
            "runs": [
                {"id": r.score.id, "kind": r.score.kind, "split": r.score.split, "score": r.score.score,
                 "valid": r.valid, "latency_ms": round(r.latency_ms, 2), "operations": r.operations,
                 "error": r.error, "note": r.note,
                 "failed": [c.reason for c in r.score.results if not c.passed]}
                for r in self.runs
            ],
        }


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation; None for no values."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def answer(model: Any, case: Case, base: AppSpec | None) -> tuple[AppSpec | None, CaseRun]:
    """The spec a model's answer to one case makes, and how that went; never raises for the model's faults."""
    from appforge.models import Proposal, apply_proposal

    start = time.perf_counter()
    spec: AppSpec | None = None
    error = note = None
    operations = 0
    try:
        proposal = model.propose(case.message, base)
        latency = (time.perf_counter() - start) * 1000
        if not isinstance(proposal, Proposal):
            raise TypeError(f"propose returned {type(proposal).__name__}, not a Proposal")
        note = proposal.note
        operations = len(proposal.operations)
        spec = apply_proposal(proposal, base)
    except Exception as exc:  # noqa: BLE001 - a model's failure is a result to record, not a crash
        latency = (time.perf_counter() - start) * 1000
        error = f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300]
        spec = None
    run = CaseRun(score=score_case(case, spec, base), latency_ms=latency, valid=spec is not None,
                          error=error, note=note, operations=operations)
    return spec, run


def evaluate(model_name: str, cases: list[Case], progress: Progress | None = None, model: Any = None) -> EvalResult:
    """Every case through the named model (create: a new app; edit: the case's base app), scored and timed.

    The load time is that of `get_model` in this process; modules already imported (torch, by an earlier model)
    make it look shorter than a cold start, which `appforge bench-model` measures in a fresh process. A `model`
    given as an object (a candidate not registered under any name) is used as it is, named `model_name`.
    """
    from appforge.models import get_model

    result = EvalResult(model=model_name)
    start = time.perf_counter()
    try:
        model = model if model is not None else get_model(model_name)
    except Exception as exc:  # noqa: BLE001 - a model that cannot load is reported, the others still run
        result.error = f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300]
        result.load_s = time.perf_counter() - start
        for case in cases:
            base = load_base(case.base) if case.kind == "edit" and case.base else None
            run = CaseRun(score=score_case(case, None, base), latency_ms=0.0, valid=False, error=result.error)
            result.runs.append(run)
            if progress:
                progress(case, run)
        result.peak_rss_mb = peak_rss_mb()
        return result
    result.load_s = time.perf_counter() - start
    for case in cases:
        base = load_base(case.base) if case.kind == "edit" and case.base else None
        _, run = answer(model, case, base)
        result.runs.append(run)
        if progress:
            progress(case, run)
    result.peak_rss_mb = peak_rss_mb()
    return result


def select_cases(cases: list[Case], split: str = "all", kind: str = "all", limit: int | None = None) -> list[Case]:
    """The cases of one split and kind; with `limit`, the first N of each kind, so that a short run sees both."""
    chosen = [c for c in cases if split in ("all", c.split) and kind in ("all", c.kind)]
    if limit is None:
        return chosen
    out: list[Case] = []
    for k in ("create", "edit"):
        out += [c for c in chosen if c.kind == k][:limit]
    return out


def latency_stats(values: list[float]) -> dict[str, float | None]:
    """p50, p95 and mean of a list of latencies (ms)."""
    return {"p50": percentile(values, 50), "p95": percentile(values, 95),
            "mean": statistics.fmean(values) if values else None}


def measure_speed(model_name: str, messages: list[str] | Callable[[], list[str]], warmup: int = 2) -> dict[str, Any]:
    """Load time, warm create latency (p50/p95 over `messages`) and peak memory of one model, in this process.

    Meant to run in a fresh process (`speed_main`, which `appforge bench-model` starts) so that the load time
    includes importing the model's libraries and the peak memory is the model's own. `messages` may be a callable,
    read after the model has loaded so that reading the cases does not count as loading.
    """
    start = time.perf_counter()
    from appforge.models import get_model

    model = get_model(model_name)
    load_s = time.perf_counter() - start
    rss_after_load = peak_rss_mb()
    texts = messages() if callable(messages) else messages
    for message in texts[:warmup]:
        model.propose(message, None)
    latencies = []
    failures = 0
    for message in texts:
        begin = time.perf_counter()
        try:
            model.propose(message, None)
        except Exception:  # noqa: BLE001 - a failed answer still took its time; count it and go on
            failures += 1
        latencies.append((time.perf_counter() - begin) * 1000)
    return {"model": model_name, "load_s": load_s, "messages": len(texts), "failures": failures,
            **{f"{k}_ms": v for k, v in latency_stats(latencies).items()},
            "rss_after_load_mb": rss_after_load, "peak_rss_mb": peak_rss_mb()}


def speed_main() -> None:
    """`python -c 'from appforge.evaluation.run import speed_main; speed_main()' MODEL [LIMIT]`: JSON on stdout."""
    import json

    name = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "0" else None

    def messages() -> list[str]:
        from appforge.evaluation.checklist import load_cases

        return [c.message for c in load_cases() if c.kind == "create"][:limit]

    print(json.dumps(measure_speed(name, messages)))
