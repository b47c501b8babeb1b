"""The export of a 10-entity app with data takes under 2 s (benchmarks/export_speed.py measures it in full)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from appforge.settings import REPO_ROOT

LIMIT_S = 2.0


def test_a_ten_entity_app_exports_in_under_two_seconds() -> None:
    path = Path(REPO_ROOT) / "benchmarks" / "export_speed.py"
    spec = importlib.util.spec_from_file_location("export_speed", path)
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    times = benchmark.measure(rows=20, runs=3)
    assert min(times) < LIMIT_S, times
