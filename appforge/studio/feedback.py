"""Feedback on the model's turns, kept as training data for the in-house model (issue 7's `appforge dataset export`
reads it through `feedback_turns`).

For each applied turn of an app that has not opted out, one row: the message, the spec before (None for a new app),
the model's operations, the spec they made (`spec_model`) and the spec the person ended with (`spec_final`, the same
until a fix), the thumbs and whether the turn was undone. A turn thumbed down or undone waits for a fix: the next
hand edit in the spec panel (`correction="spec_edit"`; later edits refine it) or the next applied message
(`correction="follow_up"`, which closes it) sets `spec_final` to what the person made.

Only messages and specs are stored: specs without their seed rows and operations without `seed_rows`, never the
rows of an app. Opting an app out deletes what was kept for it and keeps nothing more.

    from appforge.studio.feedback import feedback_turns
    for turn in feedback_turns(platform):
        turn.message, turn.spec_before, turn.operations, turn.spec_final, turn.kept, turn.corrected
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from appforge.runtime.records import utcnow
from appforge.runtime.storage import BigId, reading
from appforge.spec.model import AppSpec
from appforge.studio.store import create_tables, iso, operations_without_rows, spec_without_rows

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform

Thumbs = Literal["up", "down"]
Correction = Literal["spec_edit", "follow_up"]
_THUMBS: dict[int, Thumbs] = {1: "up", -1: "down"}


@dataclass(frozen=True)
class FeedbackTurn:
    """One recorded turn. `thumbs` is None when the person gave none; `correction` says how it was fixed by hand."""

    turn: int
    app: str
    message: str
    model: str | None
    spec_before: dict[str, Any] | None
    operations: list[dict[str, Any]]
    spec_model: dict[str, Any]
    spec_final: dict[str, Any]
    thumbs: Thumbs | None
    undone: bool
    correction: Correction | None
    created_at: str
    updated_at: str

    @property
    def corrected(self) -> bool:
        """Fixed by hand after a thumbs down or an undo: `spec_final` is the example to learn."""
        return self.correction is not None

    @property
    def kept(self) -> bool:
        """Neither undone nor thumbed down: the model's answer stood (a positive example)."""
        return not self.undone and self.thumbs != "down" and not self.corrected


class Feedback:
    """The `feedback` table of one platform."""

    def __init__(self, platform: Platform) -> None:
        self._meta = sa.MetaData(schema=platform.storage.platform_schema())
        self._table = sa.Table(
            "feedback", self._meta,
            sa.Column("turn", BigId, primary_key=True,
                      autoincrement=False),
            sa.Column("app", sa.String(64), nullable=False, index=True),
            sa.Column("message", sa.Text, nullable=False),
            sa.Column("model", sa.Text),
            sa.Column("spec_before", sa.Text),
            sa.Column("operations", sa.Text, nullable=False),
            sa.Column("spec_model", sa.Text, nullable=False),
            sa.Column("spec_final", sa.Text, nullable=False),
            sa.Column("thumbs", sa.Integer),
            sa.Column("undone", sa.Boolean, nullable=False, default=False),
            sa.Column("correction", sa.String(16)),
            sa.Column("closed", sa.Boolean, nullable=False, default=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        )
        self._engine = create_tables(platform, self._meta)

    def record_turn(self, turn: int, app: str, message: str, model: str | None, spec_before: AppSpec | None,
                    operations: list[dict[str, Any]], spec_after: AppSpec) -> None:
        """Keep an applied turn: what was asked, of which spec, what the model did and what it made."""
        now = utcnow()
        after = _dumps(spec_without_rows(spec_after))
        with self._engine.begin() as conn:
            conn.execute(self._table.insert().values(
                turn=turn, app=app, message=message, model=model, spec_before=_dumps(spec_without_rows(spec_before)),
                operations=_dumps(operations_without_rows(operations)), spec_model=after, spec_final=after,
                thumbs=None, undone=False, correction=None, closed=False, created_at=now, updated_at=now,
            ))

    def set_thumbs(self, turn: int, thumbs: Thumbs | None) -> None:
        value = {"up": 1, "down": -1}.get(thumbs or "")
        self._update(self._table.c.turn == turn, thumbs=value)

    def mark_undone(self, turns: list[int]) -> None:
        if turns:
            self._update(self._table.c.turn.in_(turns), undone=True)

    def record_fix(self, app: str, spec: AppSpec, how: Correction) -> int | None:
        """The person changed `app` to `spec` by hand: the latest turn waiting for a fix (thumbed down or undone, not
        closed) ends with this spec. A follow-up message closes it; spec edits may refine it. The turn, or None."""
        t = self._table
        waiting = (sa.select(t.c.turn).where(t.c.app == app, t.c.closed.is_(False),
                                             sa.or_(t.c.thumbs == -1, t.c.undone.is_(True)))
                   .order_by(t.c.turn.desc()).limit(1))
        with self._engine.begin() as conn:
            turn = conn.execute(waiting).scalar()
            if turn is None:
                return None
            conn.execute(t.update().where(t.c.turn == turn).values(
                spec_final=_dumps(spec_without_rows(spec)), correction=how, closed=how == "follow_up",
                updated_at=utcnow()))
        return int(turn)

    def turns(self, app: str | None = None) -> list[FeedbackTurn]:
        """Every recorded turn (of one app when given), oldest first."""
        statement = sa.select(self._table).order_by(self._table.c.turn)
        if app is not None:
            statement = statement.where(self._table.c.app == app)
        with reading(self._engine) as conn:
            return [_turn(row._mapping) for row in conn.execute(statement)]

    def forget(self, app: str) -> int:
        """Delete what was kept for `app` (it opted out, or it was deleted); how many turns there were."""
        with self._engine.begin() as conn:
            return conn.execute(self._table.delete().where(self._table.c.app == app)).rowcount

    def _update(self, where: sa.ColumnElement[bool], **values: Any) -> None:
        with self._engine.begin() as conn:
            conn.execute(self._table.update().where(where).values(**values, updated_at=utcnow()))


def feedback_turns(platform: Platform, app: str | None = None) -> list[FeedbackTurn]:
    """Every recorded turn of the platform (of one app when given), oldest first: the input of a dataset export."""
    return Feedback(platform).turns(app)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _turn(row: Any) -> FeedbackTurn:
    return FeedbackTurn(
        turn=int(row["turn"]), app=row["app"], message=row["message"], model=row["model"],
        spec_before=json.loads(row["spec_before"]) if row["spec_before"] else None,
        operations=json.loads(row["operations"]), spec_model=json.loads(row["spec_model"]),
        spec_final=json.loads(row["spec_final"]), thumbs=_THUMBS.get(row["thumbs"]), undone=bool(row["undone"]),
        correction=row["correction"], created_at=iso(row["created_at"]), updated_at=iso(row["updated_at"]),
    )


__all__ = ["Correction", "Feedback", "FeedbackTurn", "Thumbs", "feedback_turns"]
