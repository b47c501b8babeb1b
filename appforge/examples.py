"""The example apps: spec files in `Settings.examples_dir` (examples/ of the checkout), loaded on first start.

Seed rows are written around one fixed week, `SEED_ANCHOR`. When an example is loaded, its date and datetime
seed values move by whole weeks so that this anchor week becomes the current week: a calendar opened on the day
of the first start shows this week's appointments, and weekdays stay weekdays. Nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from appforge.spec.model import AppSpec, FieldType

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform
    from appforge.settings import Settings

# The Monday of the week the example seed data is written around.
SEED_ANCHOR = dt.date(2026, 11, 23)
EXAMPLE_MESSAGE = "Loaded the example app"


def example_files(directory: Path) -> list[Path]:
    """The example spec files (JSON), by name; none when the folder does not exist (an installed wheel)."""
    return sorted(directory.glob("*.json")) if directory.is_dir() else []


def week_shift(today: dt.date | None = None) -> dt.timedelta:
    """How far the seed dates move: from `SEED_ANCHOR` to the Monday of `today`'s week."""
    today = today or dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    return monday - SEED_ANCHOR


def shift_seed_dates(data: dict[str, Any], shift: dt.timedelta) -> dict[str, Any]:
    """A copy of a spec's JSON whose date and datetime seed values are moved by `shift`."""
    data = json.loads(json.dumps(data))
    if not shift:
        return data
    kinds = {
        entity.get("name"): {
            f["name"]: f.get("type") for f in entity.get("fields", []) if f.get("type") in ("date", "datetime")
        }
        for entity in data.get("entities", [])
    }
    for entity, rows in data.get("seed", {}).items():
        dated = kinds.get(entity, {})
        for row in rows:
            for name, kind in dated.items():
                value = row.get(name)
                if not isinstance(value, str):
                    continue
                try:
                    if kind == FieldType.date.value:
                        row[name] = (dt.date.fromisoformat(value) + shift).isoformat()
                    else:
                        row[name] = (dt.datetime.fromisoformat(value) + shift).isoformat()
                except ValueError:
                    continue  # validation names it when the spec is built
    return data


def read_example(path: Path, today: dt.date | None = None) -> AppSpec:
    """One example spec, its seed dates moved to the current week."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return AppSpec.model_validate(shift_seed_dates(data, week_shift(today)))


def load_examples(platform: Platform, settings: Settings, today: dt.date | None = None) -> list[str]:
    """Create every example app the platform does not have yet; return the names of those created."""
    created = []
    for path in example_files(settings.examples_dir):
        spec = read_example(path, today)
        if platform.has_app(spec.name):
            continue
        platform.create_app(spec, message=EXAMPLE_MESSAGE)
        created.append(spec.name)
    return created


def load_examples_on_first_start(platform: Platform, settings: Settings) -> list[str]:
    """Load the examples when the platform has no apps at all (a fresh data folder); otherwise do nothing."""
    if platform.list_apps():
        return []
    return load_examples(platform, settings)
