"""One row: every field formatted, Edit/Delete when permitted, and the rows of other entities that refer to it."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from appforge.runtime.pages.common import Ctx, columns, entity_field, page
from appforge.spec.model import Entity, FieldType, Filter, View

RELATED_LIMIT = 10


def related_rows(ctx: Ctx, entity: Entity, row_id: int) -> list[dict[str, Any]]:
    """For each field anywhere that points at this entity, the rows pointing at this row (as far as readable)."""
    groups = []
    for other in ctx.spec.entities:
        if not ctx.can(other.name, "read"):
            continue
        for f in other.fields:
            if f.target != entity.name or f.type not in (FieldType.reference, FieldType.many_to_many):
                continue
            op = "eq" if f.type == FieldType.reference else "contains"
            try:
                result = ctx.records.list(
                    other.name, filters=[Filter(field=f.name, op=op, value=row_id)], page=1,
                    page_size=RELATED_LIMIT, owner_id=ctx.owner_id(other.name),
                )
            except Exception:  # a filter the storage cannot run on this field: leave the group out
                continue
            title = other.plural_title
            if sum(1 for g in other.fields if g.target == entity.name) > 1:
                title = f"{title} ({f.title.lower()})"
            groups.append({
                "entity": other, "field": f, "title": title, "result": result,
                "fields": [c for c in columns(other, limit=4) if c.name != f.name],
                "more": f"/e/{other.name}?f_{f.name}={row_id}" if f.type == FieldType.reference else None,
                "add": f"/e/{other.name}/new?{f.name}={row_id}&next=/e/{entity.name}/{row_id}"
                if f.type == FieldType.reference and ctx.can(other.name, "create") else None,
            })
    return groups


def render_detail(ctx: Ctx, request: Request, entity: Entity, row_id: int, view: View | None = None,
                  *, current: str) -> Response:
    ctx.require(entity.name, "read")
    row = ctx.get_row(entity, row_id)
    names = view.fields if view and view.fields else None
    fields = [entity_field(entity, n) for n in names] if names else list(entity.fields)
    fields = [f for f in fields if f is not None and f.type not in (FieldType.created_at, FieldType.updated_at)]
    image = next((f for f in fields if f.type == FieldType.image and row.get(f.name)), None)
    title_value = row.get(entity.display())
    return page(
        request, "detail.html", ctx=ctx, entity=entity, row=row, view=view, current=current,
        fields=[f for f in fields if f is not image and f.name != entity.display()], hero=image,
        title=str(title_value) if title_value not in (None, "") else f"{entity.title} #{row_id}",
        can_update=ctx.can(entity.name, "update"), can_delete=ctx.can(entity.name, "delete"),
        related=related_rows(ctx, entity, row_id),
    )
