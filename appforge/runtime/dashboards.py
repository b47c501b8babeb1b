"""The figures of an app's dashboards: a stat tile's number, a chart's labelled values.

Part of `Records` (it reads rows the same way, narrowed to a user's own rows when the rule says so); kept apart
because grouping by period, option order and link labels is its own concern.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from appforge.spec.model import DATE_TYPES, OPTION_TYPES, Field, FieldType, Widget


class DashboardFigures:
    """`Records.aggregate`: rows read through the records' own filters (`_where`, `_rows`), then counted or summed
    per group; labels come from `labels` and `user_by_id`."""

    def aggregate(self, widget: Widget, *, owner_id: int | None = None) -> Any:
        """A stat tile's figure, or a chart's (label, value) pairs in display order."""
        entity = self.entity(widget.entity)
        table = self._table(entity)
        with self._connect() as conn:
            where = self._where(entity, search=None, filters=widget.filters, owner_id=owner_id, conn=conn)
            rows = self._rows(conn, entity, conn.execute(sa.select(table).where(*where)).mappings().all())
        if widget.group_by is None:
            return _combine(widget.aggregate, [r.get(widget.field) for r in rows] if widget.field else rows)
        groups: dict[Any, list[Any]] = defaultdict(list)
        group_field = entity.field(widget.group_by)
        for row in rows:
            for key in self._group_keys(group_field, widget, row.get(widget.group_by)):
                groups[key].append(row.get(widget.field) if widget.field else row)
        keys = list(groups)
        if widget.period is not None or (group_field is not None and group_field.type in DATE_TYPES) \
                or widget.group_by in ("created_at", "updated_at"):
            keys.sort(key=lambda k: (k is None, str(k)))
        elif group_field is not None and group_field.type in OPTION_TYPES:
            order = {o.value: i for i, o in enumerate(group_field.options)}
            keys.sort(key=lambda k: order.get(k, len(order)))
        else:
            keys.sort(key=lambda k: (k is None, str(k)))
        labels: dict[Any, str] = {}
        if group_field is not None and group_field.type in (FieldType.reference,) and group_field.target:
            labels = self.labels(group_field.target, [k for k in keys if k is not None])
        if group_field is not None and group_field.type == FieldType.user:
            labels = {k: (u["name"] if (u := self.user_by_id(k)) else f"#{k}") for k in keys if k is not None}
        return [(labels.get(k, "(none)" if k is None else str(k)), _combine(widget.aggregate, groups[k])) for k in keys]

    @staticmethod
    def _group_keys(field: Field | None, widget: Widget, value: Any) -> list[Any]:
        if isinstance(value, list):
            return value or [None]
        if value is None:
            return [None]
        is_date = widget.group_by in ("created_at", "updated_at") or (field is not None and field.type in DATE_TYPES)
        if is_date:
            day = dt.date.fromisoformat(str(value)[:10])
            period = widget.period or "day"
            if period == "week":
                return [(day - dt.timedelta(days=day.weekday())).isoformat()]
            if period == "month":
                return [day.strftime("%Y-%m")]
            return [day.isoformat()]
        return [value]


def _combine(aggregate: str, values: list[Any]) -> float | int | None:
    if aggregate == "count":
        return len(values)
    numbers = [float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not numbers:
        return 0 if aggregate == "sum" else None
    result = {"sum": sum, "min": min, "max": max, "avg": lambda xs: sum(xs) / len(xs)}[aggregate](numbers)
    return round(result, 4)
