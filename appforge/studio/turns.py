"""The chat of each app: one turn per message a builder sent, applied or not, with what the model did.

The generation log (appforge.generation.log) records every generation for the platform's operators; a turn is what
the builder sees and acts on: the summary of the operations, the versions before and after (undo rolls back to
`version_before`), the thumbs, and whether it was undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from appforge.runtime.records import utcnow
from appforge.runtime.storage import BigId, reading
from appforge.studio.store import create_tables, iso

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform


@dataclass(frozen=True)
class Turn:
    id: int
    app: str
    builder: str | None
    message: str
    model: str | None
    note: str | None
    summaries: list[str]
    accepted: bool
    reason: str | None
    version_before: int | None
    version_after: int | None
    thumbs: int | None
    undone: bool
    created_at: str

    @property
    def created_app(self) -> bool:
        """The turn that made the app (version 1): there is nothing before it to go back to."""
        return self.accepted and self.version_before is None

    @property
    def can_undo(self) -> bool:
        return self.accepted and not self.undone and self.version_before is not None


class Turns:
    """The `turns` table of one platform."""

    def __init__(self, platform: Platform) -> None:
        self._meta = sa.MetaData(schema=platform.storage.platform_schema())
        self._table = sa.Table(
            "turns", self._meta,
            sa.Column("id", BigId, primary_key=True, autoincrement=True),
            sa.Column("app", sa.String(64), nullable=False, index=True),
            sa.Column("builder", sa.Text),
            sa.Column("message", sa.Text, nullable=False),
            sa.Column("model", sa.Text),
            sa.Column("note", sa.Text),
            sa.Column("summaries", sa.Text, nullable=False),
            sa.Column("accepted", sa.Boolean, nullable=False),
            sa.Column("reason", sa.Text),
            sa.Column("version_before", sa.Integer),
            sa.Column("version_after", sa.Integer),
            sa.Column("thumbs", sa.Integer),
            sa.Column("undone", sa.Boolean, nullable=False, default=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        self._engine = create_tables(platform, self._meta)

    def add(self, *, app: str, builder: str | None, message: str, model: str | None, note: str | None,
            summaries: list[str], accepted: bool, reason: str | None, version_before: int | None,
            version_after: int | None) -> Turn:
        values = dict(app=app, builder=builder, message=message, model=model, note=note,
                      summaries=json.dumps(summaries, ensure_ascii=False), accepted=accepted, reason=reason,
                      version_before=version_before, version_after=version_after, thumbs=None, undone=False,
                      created_at=utcnow())
        with self._engine.begin() as conn:
            ident = conn.execute(self._table.insert().values(**values)).inserted_primary_key[0]
        return _turn({**values, "id": ident})

    def for_app(self, app: str) -> list[Turn]:
        """The app's turns, oldest first."""
        t = self._table
        with reading(self._engine) as conn:
            return [_turn(r._mapping) for r in conn.execute(sa.select(t).where(t.c.app == app).order_by(t.c.id))]

    def get(self, app: str, turn: int) -> Turn | None:
        """A turn of this app only: an id of another app's turn is not found."""
        t = self._table
        with reading(self._engine) as conn:
            row = conn.execute(sa.select(t).where(t.c.app == app, t.c.id == turn)).first()
        return _turn(row._mapping) if row is not None else None

    def set_thumbs(self, app: str, turn: int, thumbs: int | None) -> None:
        t = self._table
        with self._engine.begin() as conn:
            conn.execute(t.update().where(t.c.app == app, t.c.id == turn).values(thumbs=thumbs))

    def undo_after(self, app: str, version: int) -> list[int]:
        """Mark undone every applied turn that made a version after `version` (a rollback to it); their ids."""
        t = self._table
        where = (t.c.app == app, t.c.accepted.is_(True), t.c.undone.is_(False), t.c.version_after > version)
        with self._engine.begin() as conn:
            ids = [int(i) for i in conn.execute(sa.select(t.c.id).where(*where)).scalars()]
            if ids:
                conn.execute(t.update().where(t.c.id.in_(ids)).values(undone=True))
        return ids

    def models_by_version(self, app: str) -> dict[int, str]:
        """The model that made each version of the app, for the history."""
        return {t.version_after: t.model or "" for t in self.for_app(app) if t.version_after is not None}

    def forget(self, app: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(self._table.delete().where(self._table.c.app == app))


def _turn(row: Any) -> Turn:
    return Turn(
        id=int(row["id"]), app=row["app"], builder=row["builder"], message=row["message"], model=row["model"],
        note=row["note"], summaries=json.loads(row["summaries"] or "[]"), accepted=bool(row["accepted"]),
        reason=row["reason"], version_before=row["version_before"], version_after=row["version_after"],
        thumbs=row["thumbs"], undone=bool(row["undone"]), created_at=iso(row["created_at"]),
    )
