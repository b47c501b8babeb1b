"""Write evaluation results down: `report.md` for people, `report.json` for tools, `report.png` for a glance.

Kept apart from running (`appforge.evaluation.run`) so that results can be re-rendered, compared or merged without
running a model again, and so that a machine without matplotlib still gets the markdown and JSON.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from appforge.evaluation.checklist import CHECK_KINDS
from appforge.evaluation.run import EvalResult

SCORE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("create heldout", "create", "heldout"),
    ("edit heldout", "edit", "heldout"),
    ("create dev", "create", "dev"),
    ("edit dev", "edit", "dev"),
)


def _num(value: float | None, digits: int = 3, suffix: str = "") -> str:
    return "-" if value is None else f"{value:.{digits}f}{suffix}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def summary_rows(results: list[EvalResult]) -> list[dict[str, str]]:
    """One row per model with the report's columns, as text (the markdown table and the CLI's Rich table share it)."""
    rows = []
    for r in results:
        row = {"model": r.model + (" (failed to load)" if r.error else "")}
        for title, kind, split in SCORE_COLUMNS:
            row[title] = _num(r.mean(kind, split))
        row["valid"] = _pct(r.valid_rate)
        row["p50 ms"] = _num(r.latency_percentile(50), 1)
        row["p95 ms"] = _num(r.latency_percentile(95), 1)
        row["load s"] = _num(r.load_s, 2)
        row["peak MiB"] = _num(r.peak_rss_mb, 0)
        rows.append(row)
    return rows


def check_kind_rows(results: list[EvalResult]) -> list[dict[str, str]]:
    """Pass rate per check kind (rows) and model (columns), over every case that ran."""
    rates = {r.model: r.summary().by_check_kind for r in results}
    kinds = [k for k in CHECK_KINDS if any(k in by for by in rates.values())]
    rows = []
    for kind in kinds:
        row = {"check": kind}
        for model, by in rates.items():
            k = by.get(kind)
            row[model] = f"{k.rate:.2f} ({k.passed}/{k.total})" if k else "-"
        rows.append(row)
    return rows


def _table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return "(no results)\n"
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row.get(h, "") for h in head) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def markdown(results: list[EvalResult], meta: dict[str, Any]) -> str:
    """The report as markdown: what ran, the score table, the per-check-kind table, models that failed."""
    parts = [
        "# Model benchmark\n",
        f"Cases: {meta.get('cases', '?')} (split {meta.get('split', 'all')}, kind {meta.get('kind', 'all')}"
        + (f", first {meta['limit']} of each kind" if meta.get("limit") else "") + f"). {meta.get('when', '')}\n",
        "Scores are the mean case score (fraction of a case's checks that pass; see docs/evaluation.md). "
        "**valid**: answers that applied to a valid spec. Latency is per answer, warm; load is `get_model` in the "
        "evaluating process; peak is the process's peak resident memory after the model ran (it only grows, so "
        "later models include earlier ones).\n",
        _table(summary_rows(results)),
        "\n## Pass rate per check kind\n",
        _table(check_kind_rows(results)),
    ]
    failed = [r for r in results if r.error]
    if failed:
        parts.append("\n## Models that did not load\n")
        parts += [f"- `{r.model}`: {r.error}\n" for r in failed]
    return "\n".join(parts)


def write_png(results: list[EvalResult], path: Path, say: Callable[[str], None] = print) -> bool:
    """A grouped bar chart of the pass rate per check kind per model; False (and a note) without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        say("matplotlib is not installed (it is in the dev extra): report.png skipped")
        return False
    rates = {r.model: r.summary().by_check_kind for r in results}
    kinds = [k for k in CHECK_KINDS if any(k in by for by in rates.values())]
    fig, ax = plt.subplots(figsize=(max(8, len(kinds) * 0.9), 4.5))
    width = 0.8 / max(1, len(results))
    for i, r in enumerate(results):
        values = [rates[r.model][k].rate if k in rates[r.model] else 0.0 for k in kinds]
        ax.bar([x + i * width for x in range(len(kinds))], values, width, label=r.model)
    ax.set_xticks([x + width * (len(results) - 1) / 2 for x in range(len(kinds))], kinds, rotation=40, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("pass rate")
    ax.set_title("Pass rate per check kind")
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def write_report(results: list[EvalResult], out_dir: str | Path, meta: dict[str, Any] | None = None,
                 say: Callable[[str], None] = print) -> dict[str, Path]:
    """Write report.md, report.json and (with matplotlib) report.png into `out_dir`; returns what was written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    meta = dict(meta or {})
    meta.setdefault("when", time.strftime("%Y-%m-%d %H:%M"))
    meta.setdefault("machine", {"python": sys.version.split()[0], "platform": platform.platform()})
    written = {"md": out / "report.md", "json": out / "report.json"}
    written["md"].write_text(markdown(results, meta), encoding="utf-8")
    data = {"meta": meta, "models": [r.to_dict() for r in results]}
    written["json"].write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    png = out / "report.png"
    if write_png(results, png, say):
        written["png"] = png
    return written
