"""How pages show rows of an app: a row by its label, the choices of a reference picker, the rows of a
calendar's range, how many rows a thing has.

Part of `Records` (it reads through the records' own `get`, `list`, `_table` and `_rows`); kept apart because these
answer what a page needs to draw, not what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from appforge.runtime.values import empty, to_json
from appforge.spec.model import FieldType, SortKey


class RowLabels:
    """`Records.label`, `labels`, `choices`, `rows_for_calendar` and `count`."""

    def label(self, entity_name: str, row_id: int, owner_id: int | None = None) -> str:
        """The row's label; with `owner_id`, only if that user made it (their own rows are all they may read)."""
        entity = self.entity(entity_name)
        row = self.get(entity.name, row_id, owner_id=owner_id)
        if row is None:
            return f"#{row_id}"
        value = row.get(entity.display())
        return f"#{row_id}" if empty(value) else str(value)

    def labels(self, entity_name: str, ids: Sequence[int]) -> dict[int, str]:
        entity = self.entity(entity_name)
        table = self._table(entity)
        column = self._column(entity, entity.display())
        if not ids:
            return {}
        with self._connect() as conn:
            if column is None:
                return {int(i): f"#{i}" for i in ids}
            found = conn.execute(sa.select(table.c.id, column).where(table.c.id.in_([int(i) for i in ids]))).all()
        field = entity.field(entity.display())
        return {int(r[0]): (str(to_json(field, r[1])) if field and r[1] is not None else f"#{r[0]}") for r in found}

    def choices(self, entity_name: str, search: str | None = None, limit: int = 50,
                owner_id: int | None = None) -> list[tuple[int, str]]:
        """(id, label) of the rows a picker offers; with `owner_id`, only that user's own rows."""
        entity = self.entity(entity_name)
        display = entity.display()
        sort = [SortKey(field=display)] if self._column(entity, display) is not None else []
        page = self.list(entity.name, search=search, sort=sort, page=1, page_size=limit, owner_id=owner_id)
        return [(r["id"], f"#{r['id']}" if empty(r.get(display)) else str(r.get(display))) for r in page.rows]

    def rows_for_calendar(self, entity_name: str, date_field: str, start: dt.date, end: dt.date, *,
                          owner_id: int | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        entity = self.entity(entity_name)
        column = self._column(entity, date_field)
        if column is None:
            return []
        field = entity.field(date_field)
        lower: Any = start
        upper: Any = end
        if field is None or field.type != FieldType.date:
            lower = dt.datetime.combine(start, dt.time())
            upper = dt.datetime.combine(end, dt.time.max)
            if field is None or field.type in (FieldType.created_at, FieldType.updated_at):
                lower, upper = lower.replace(tzinfo=dt.UTC), upper.replace(tzinfo=dt.UTC)
        table = self._table(entity)
        with self._connect() as conn:
            statement = sa.select(table).where(column >= lower, column <= upper).order_by(column).limit(limit)
            if owner_id is not None:
                statement = statement.where(table.c.created_by == owner_id)
            return self._rows(conn, entity, conn.execute(statement).mappings().all())

    def count(self, entity_name: str) -> int:
        return self.list(entity_name, page_size=1).total
