"""How long `export_app` takes for a 10-entity app with data: it must stay under 2 s.

    python benchmarks/export_speed.py [--rows 50] [--runs 5]

Builds a synthetic app of ten entities (every field type, each entity referring to the one before, many-to-many
links, every kind of view, roles and own-rows rules) on a throwaway SQLite platform, adds rows, exports it
`--runs` times into fresh folders and prints each time, the median and the best. Exits 1 when the median is 2 s
or more.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from appforge.export import export_app
from appforge.runtime.platform import Platform
from appforge.settings import Settings
from appforge.spec.model import AppSpec

ENTITIES = 10
LIMIT_S = 2.0


def ten_entity_spec() -> AppSpec:
    """Ten entities `item_0` .. `item_9`: each with a field of every common type, a reference to the one before
    and links to it, and a table, a kanban board and a calendar; a dashboard over all of them."""
    entities: list[dict[str, Any]] = []
    views: list[dict[str, Any]] = []
    for n in range(ENTITIES):
        fields: list[dict[str, Any]] = [
            {"name": "title", "required": True, "max": 80},
            {"name": "status", "type": "choice", "default": "New",
             "options": [{"value": "New"}, {"value": "Doing"}, {"value": "Done"}]},
            {"name": "amount", "type": "money", "currency": "EUR", "min": 0},
            {"name": "quantity", "type": "integer", "min": 0, "max": 1000},
            {"name": "share", "type": "decimal"},
            {"name": "active", "type": "boolean", "default": True},
            {"name": "due", "type": "date"},
            {"name": "starts_at", "type": "datetime"},
            {"name": "at", "type": "time"},
            {"name": "labels", "type": "tags", "options": [{"value": "red"}, {"value": "blue"}]},
            {"name": "contact", "type": "email"},
            {"name": "site", "type": "url"},
            {"name": "phone", "type": "phone"},
            {"name": "score", "type": "rating"},
            {"name": "notes", "type": "long_text"},
            {"name": "owner", "type": "user"},
            {"name": "total", "type": "computed", "formula": "coalesce(amount, 0) * coalesce(quantity, 0)"},
        ]
        if n:
            fields.append({"name": "parent", "type": "reference", "target": f"item_{n - 1}"})
            fields.append({"name": "links", "type": "many_to_many", "target": f"item_{n - 1}"})
        entities.append({"name": f"item_{n}", "display_field": "title", "fields": fields})
        views += [
            {"name": f"table_{n}", "type": "table", "entity": f"item_{n}",
             "fields": ["title", "status", "amount", "due"], "filters": [{"field": "active", "value": True}]},
            {"name": f"board_{n}", "type": "kanban", "entity": f"item_{n}", "group_by": "status"},
            {"name": f"calendar_{n}", "type": "calendar", "entity": f"item_{n}", "date_field": "due"},
        ]
    views.append({"name": "overview", "type": "dashboard", "widgets": [
        {"title": f"Items {n}", "type": "bar", "entity": f"item_{n}", "group_by": "status"} for n in range(ENTITIES)
    ]})
    return AppSpec.model_validate({
        "name": "ten-entities", "title": "Ten entities", "entities": entities, "views": views,
        "roles": [{"name": "boss"}, {"name": "worker"}],
        "auth": {"access": "signin", "default_role": "worker", "owner_role": "boss"},
        "permissions": [{"entity": f"item_{n}", "action": "delete", "roles": ["boss"]} for n in range(ENTITIES)]
        + [{"entity": f"item_{n}", "action": "update", "roles": ["worker"], "own": True} for n in range(ENTITIES)],
    })


def fill(platform: Platform, name: str, rows: int) -> None:
    records = platform.records(name)
    for n in range(ENTITIES):
        for i in range(rows):
            values: dict[str, Any] = {"title": f"Item {n}.{i}", "status": ["New", "Doing", "Done"][i % 3],
                                      "amount": i * 1.5, "quantity": i, "due": f"2024-05-{1 + i % 28:02d}",
                                      "labels": ["red"], "contact": f"p{i}@example.com"}
            if n:
                values["parent"] = 1 + i
                values["links"] = [1 + i]
            records.create(f"item_{n}", values)


def measure(rows: int, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="export-speed-") as scratch:
        root = Path(scratch)
        platform = Platform(Settings(data_dir=root / "data", secret_key="benchmark"))
        try:
            spec = ten_entity_spec()
            platform.create_app(spec)
            fill(platform, spec.name, rows)
            times = []
            for run in range(runs):
                out = root / f"export-{run}"
                started = time.perf_counter()
                export_app(platform, spec.name, out)
                times.append(time.perf_counter() - started)
                shutil.rmtree(out)
            return times
        finally:
            platform.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50, help="rows per entity (default 50)")
    parser.add_argument("--runs", type=int, default=5, help="exports to time (default 5)")
    args = parser.parse_args()
    times = measure(args.rows, args.runs)
    median = statistics.median(times)
    print(f"export of a {ENTITIES}-entity app with {args.rows} rows per entity ({args.runs} runs)")
    print("runs:   " + "  ".join(f"{t:.3f} s" for t in times))
    print(f"median: {median:.3f} s   best: {min(times):.3f} s   limit: {LIMIT_S:.1f} s")
    return 0 if median < LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())
