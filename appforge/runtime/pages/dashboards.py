"""Dashboards: stat tiles and Chart.js charts, the data computed by `Records.aggregate` and embedded as JSON."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from appforge.runtime.pages.common import Ctx, page
from appforge.runtime.templating import format_money, format_number
from appforge.spec.model import FieldType, View, Widget, WidgetType

PALETTE = ["#4f46e5", "#f59e0b", "#10b981", "#ef4444", "#06b6d4", "#8b5cf6", "#ec4899", "#84cc16", "#f97316",
           "#64748b"]


def _stat_text(ctx: Ctx, widget: Widget, value: Any) -> str:
    if value is None:
        return "–"
    entity = ctx.spec.entity(widget.entity)
    field = entity.field(widget.field) if entity and widget.field else None
    if widget.aggregate != "count" and field is not None and field.type == FieldType.money:
        return format_money(value, field.currency)
    if widget.aggregate == "avg":
        return format_number(round(float(value), 2))
    return format_number(value)


def _colors(ctx: Ctx, widget: Widget, labels: list[str]) -> list[str]:
    """Choice options keep their own colours; other groups take the theme's colours, then a palette."""
    theme = ctx.spec.theme
    palette = [theme.primary, theme.accent] + [c for c in PALETTE if c not in (theme.primary, theme.accent)]
    entity = ctx.spec.entity(widget.entity)
    field = entity.field(widget.group_by) if entity and widget.group_by else None
    own = {o.value: o.color for o in field.options} if field is not None and field.options else {}
    out = []
    for i, label in enumerate(labels):
        color = own.get(label)
        out.append(color if color and color.startswith("#") else palette[i % len(palette)])
    return out


def widget_data(ctx: Ctx, widget: Widget) -> dict[str, Any]:
    granted = ctx.grant(widget.entity, "read")
    if not granted.allowed:
        return {"widget": widget, "hidden": True}
    resolved = widget.model_copy(update={"filters": ctx.filters(list(widget.filters))})
    value = ctx.records.aggregate(resolved, owner_id=granted.owner_id(ctx.user))
    entity = ctx.spec.entity(widget.entity)
    link = f"/e/{widget.entity}" if entity else None
    if widget.type == WidgetType.stat:
        return {"widget": widget, "text": _stat_text(ctx, widget, value), "link": link}
    pairs = [(str(label) if label not in (None, "") else "(none)", value or 0) for label, value in (value or [])]
    labels = [label for label, _ in pairs]
    chart = {
        "type": widget.type.value,
        "labels": labels,
        "values": [float(v) if v is not None else 0 for _, v in pairs],
        "label": widget.title,
        "colors": _colors(ctx, widget, labels),
    }
    return {"widget": widget, "chart": chart, "empty": not pairs, "link": link}


def render_dashboard(ctx: Ctx, request: Request, view: View, *, current: str) -> Response:
    tiles = [widget_data(ctx, w) for w in view.widgets]
    tiles = [t for t in tiles if not t.get("hidden")]
    return page(
        request, "dashboard.html", ctx=ctx, view=view, current=current,
        stats=[t for t in tiles if t["widget"].type == WidgetType.stat],
        charts=[t for t in tiles if t["widget"].type != WidgetType.stat],
    )
