"""Every generation, recorded: what was asked, of which model, which model answered (and why another, when it fell
back), the operations, whether they were applied (and why not), how long it took, and the tokens and cost where the
provider counts them. `appforge generations` lists the records with totals per model.

The table `generations` lives beside the platform's own (`apps`, `versions`): in the platform's SQLite file, or in
its `appforge` schema on PostgreSQL, created the same way on first use. Every value goes in as a bound parameter,
never into SQL text: a message is whatever a person typed. The service redacts provider keys before it records.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from appforge.runtime.records import utcnow
from appforge.runtime.storage import BigId, reading

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform


@dataclass(frozen=True)
class GenerationRecord:
    """One generation as recorded. `model_used` is None when no model answered (the app did not exist, say)."""

    id: int
    created_at: str
    app: str
    message: str
    author: str | None
    model_asked: str
    model_used: str | None
    note: str | None
    operations: list[dict[str, Any]]
    accepted: bool
    reason: str | None
    version: int | None
    latency_ms: float
    model_ms: float | None
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: float | None

    @property
    def fell_back(self) -> bool:
        """Another model answered than the one asked for (the router's fallback; `note` says why)."""
        return self.model_used is not None and self.model_used != self.model_asked

    @property
    def model(self) -> str:
        """The model the generation counts for in the totals: the one that answered, else the one asked."""
        return self.model_used or self.model_asked


@dataclass(frozen=True)
class ModelTotals:
    """The generations of one model. Tokens and cost are None when none of them reported any (unknown, not 0)."""

    model: str
    count: int
    accepted: int
    mean_ms: float
    p50_ms: float
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: float | None

    @property
    def accepted_share(self) -> float:
        return self.accepted / self.count if self.count else 0.0


class GenerationLog:
    """The `generations` table of one platform: record, list, totals per model."""

    def __init__(self, platform: Platform) -> None:
        storage = platform.storage
        schema = storage.platform_schema()
        self._engine = storage.platform_engine()
        self._meta = sa.MetaData(schema=schema)
        self._table = sa.Table(
            "generations", self._meta,
            sa.Column("id", BigId, primary_key=True, autoincrement=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("app", sa.String(64), nullable=False, index=True),
            sa.Column("message", sa.Text, nullable=False),
            sa.Column("author", sa.Text),
            sa.Column("model_asked", sa.Text, nullable=False),
            sa.Column("model_used", sa.Text),
            sa.Column("note", sa.Text),
            sa.Column("operations", sa.Text, nullable=False),
            sa.Column("accepted", sa.Boolean, nullable=False),
            sa.Column("reason", sa.Text),
            sa.Column("version", sa.Integer),
            sa.Column("latency_ms", sa.Float, nullable=False),
            sa.Column("model_ms", sa.Float),
            sa.Column("prompt_tokens", sa.Integer),
            sa.Column("completion_tokens", sa.Integer),
            sa.Column("cost", sa.Float),
        )
        platform.storage.create_platform_tables(self._meta)

    def record(self, *, app: str, message: str, model_asked: str, accepted: bool, latency_ms: float,
               author: str | None = None, model_used: str | None = None, note: str | None = None,
               operations: list[dict[str, Any]] | None = None, reason: str | None = None, version: int | None = None,
               model_ms: float | None = None, usage: dict[str, int] | None = None,
               cost: float | None = None) -> GenerationRecord:
        """Store one generation and return it as stored."""
        usage = usage or {}
        values = dict(
            created_at=utcnow(), app=app[:64], message=message, author=author, model_asked=model_asked,
            model_used=model_used, note=note, operations=json.dumps(operations or [], ensure_ascii=False),
            accepted=accepted, reason=reason, version=version, latency_ms=latency_ms, model_ms=model_ms,
            prompt_tokens=usage.get("prompt_tokens"), completion_tokens=usage.get("completion_tokens"), cost=cost,
        )
        with self._engine.begin() as conn:
            ident = conn.execute(self._table.insert().values(**values)).inserted_primary_key[0]
        return _record({**values, "id": ident})

    def recent(self, app: str | None = None, model: str | None = None, limit: int | None = 50) -> list[GenerationRecord]:
        """The newest generations first, of one app and/or one model (asked for or used) when given."""
        statement = self._where(sa.select(self._table), app, model).order_by(self._table.c.id.desc())
        if limit is not None:
            statement = statement.limit(limit)
        with reading(self._engine) as conn:
            return [_record(row._mapping) for row in conn.execute(statement)]

    def totals(self, app: str | None = None, model: str | None = None) -> list[ModelTotals]:
        """Per model (the one that answered): count, accepted, mean and median latency, tokens and cost; the
        busiest model first."""
        t = self._table
        columns = [t.c.model_asked, t.c.model_used, t.c.accepted, t.c.latency_ms, t.c.prompt_tokens,
                   t.c.completion_tokens, t.c.cost]
        with reading(self._engine) as conn:
            rows = conn.execute(self._where(sa.select(*columns), app, model)).all()
        groups: dict[str, list[Any]] = {}
        for row in rows:
            groups.setdefault(row.model_used or row.model_asked, []).append(row)
        totals = [ModelTotals(
            model=name, count=len(group), accepted=sum(bool(r.accepted) for r in group),
            mean_ms=statistics.fmean(r.latency_ms for r in group),
            p50_ms=statistics.median(r.latency_ms for r in group),
            prompt_tokens=_sum(r.prompt_tokens for r in group),
            completion_tokens=_sum(r.completion_tokens for r in group),
            cost=_sum(r.cost for r in group),
        ) for name, group in groups.items()]
        return sorted(totals, key=lambda m: (-m.count, m.model))

    def forget(self, app: str) -> int:
        """Delete the records of an app (when the app itself is deleted); how many there were."""
        with self._engine.begin() as conn:
            return conn.execute(self._table.delete().where(self._table.c.app == app)).rowcount

    def _where(self, statement: sa.Select, app: str | None, model: str | None) -> sa.Select:
        t = self._table
        if app is not None:
            statement = statement.where(t.c.app == app)
        if model is not None:
            statement = statement.where(sa.or_(t.c.model_used == model, t.c.model_asked == model))
        return statement


def _sum(values: Iterable[Any]) -> Any:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _record(row: Mapping[str, Any]) -> GenerationRecord:
    created = row["created_at"]
    when = created.replace(tzinfo=None).isoformat(timespec="seconds") if isinstance(created, dt.datetime) else str(created)
    return GenerationRecord(
        id=int(row["id"]), created_at=when, app=row["app"], message=row["message"], author=row["author"],
        model_asked=row["model_asked"], model_used=row["model_used"], note=row["note"],
        operations=json.loads(row["operations"] or "[]"), accepted=bool(row["accepted"]), reason=row["reason"],
        version=row["version"], latency_ms=float(row["latency_ms"]), model_ms=row["model_ms"],
        prompt_tokens=row["prompt_tokens"], completion_tokens=row["completion_tokens"], cost=row["cost"],
    )
