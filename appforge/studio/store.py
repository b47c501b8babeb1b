"""The studio's tables live beside the platform's own (`apps`, `versions`, `generations`): in the platform's SQLite
file, or in its schema on PostgreSQL. Every value goes in as a bound parameter; a message is whatever a person typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from appforge.spec.model import AppSpec

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform


def create_tables(platform: Platform, meta: sa.MetaData) -> sa.Engine:
    """Create the tables of `meta` (named in the platform's schema) if missing; the platform's engine."""
    return platform.storage.create_platform_tables(meta)


def iso(value: Any) -> str:
    """A stored time as 'YYYY-MM-DDTHH:MM:SS' (UTC), whatever the backend returned."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    return str(value or "")


def spec_without_rows(spec: AppSpec | None) -> dict[str, Any] | None:
    """A spec as JSON without its seed rows: what training data may keep (specs, never a person's rows)."""
    if spec is None:
        return None
    data = spec.model_dump(mode="json", exclude_defaults=True)
    data.pop("seed", None)
    return data


def operations_without_rows(operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Operations as JSON, less `seed_rows` (rows are data, not the shape of an app)."""
    return [op for op in operations if op.get("op") != "seed_rows"]
