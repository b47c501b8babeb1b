"""Views that show many rows: table (search, filters, sort, pages), cards, kanban board and calendar month."""

from __future__ import annotations

import calendar as cal
import datetime as dt
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from appforge.runtime.pages.common import Ctx, PageError, columns, entity_field, page, query, today
from appforge.spec.model import DATE_TYPES, Entity, Field, FieldType, Filter, SortKey, View, ViewType

FILTERABLE = {FieldType.choice, FieldType.boolean, FieldType.date, FieldType.datetime, FieldType.reference,
              FieldType.tags}
MAX_FILTERS = 5


def default_view(entity: Entity) -> View:
    """The table an entity gets at /e/<entity> when no view of the spec is used."""
    return View(name=f"all_{entity.name}", type=ViewType.table, entity=entity.name, title=entity.plural_title)


def filter_fields(entity: Entity, view: View) -> list[Field]:
    preferred = [entity.field(n) for n in view.fields] + list(entity.fields)
    seen: list[Field] = []
    for f in preferred:
        if f is not None and f.type in FILTERABLE and f not in seen:
            seen.append(f)
    return seen[:MAX_FILTERS]


def user_filters(ctx: Ctx, entity: Entity, fields: list[Field], params: dict[str, str]) -> list[Filter]:
    """Filters from the filter bar's query parameters; values that do not parse are ignored."""
    out: list[Filter] = []
    for f in fields:
        key = f"f_{f.name}"
        if f.type in (FieldType.date, FieldType.datetime):
            for suffix, op in (("_from", "ge"), ("_to", "le")):
                value = params.get(key + suffix, "")
                try:
                    day = dt.date.fromisoformat(value)
                except ValueError:
                    continue
                if f.type == FieldType.datetime:
                    value = f"{day}T00:00:00" if op == "ge" else f"{day}T23:59:59"
                out.append(Filter(field=f.name, op=op, value=value))
            continue
        value = params.get(key, "")
        if value == "":
            continue
        if f.type == FieldType.boolean:
            if value in ("yes", "no"):
                out.append(Filter(field=f.name, op="eq", value=value == "yes"))
        elif f.type == FieldType.reference:
            if value == "none":
                out.append(Filter(field=f.name, op="empty"))
            elif value.isdigit():
                out.append(Filter(field=f.name, op="eq", value=int(value)))
        elif f.type == FieldType.tags:
            if value in {o.value for o in f.options}:
                out.append(Filter(field=f.name, op="contains", value=value))
        elif f.type == FieldType.choice:
            if value == "none":
                out.append(Filter(field=f.name, op="empty"))
            elif value in {o.value for o in f.options}:
                out.append(Filter(field=f.name, op="eq", value=value))
    return out


def _sort(entity: Entity, view: View, param: str) -> tuple[list[SortKey], str]:
    name = param.lstrip("-")
    if name and entity_field(entity, name) is not None:
        f = entity_field(entity, name)
        if f is not None and f.type not in (FieldType.many_to_many, FieldType.tags, FieldType.computed):
            return [SortKey(field=name, desc=param.startswith("-"))], param
    return list(view.sort), ""


def _page_number(params: dict[str, str]) -> int:
    value = params.get("page", "1")
    return max(1, int(value)) if value.isdigit() else 1


def render_table(ctx: Ctx, request: Request, view: View, base_url: str, *, current: str) -> Response:
    """A table or a card gallery: both search, filter, sort and page the same way."""
    entity = ctx.entity(view.entity)
    granted = ctx.require(entity.name, "read")
    params = dict(request.query_params)
    search = params.get("q", "").strip()
    bar = filter_fields(entity, view)
    chosen = user_filters(ctx, entity, bar, params)
    sort, sort_param = _sort(entity, view, params.get("sort", ""))
    result = ctx.records.list(
        entity.name,
        search=search or None,
        filters=ctx.filters(list(view.filters)) + chosen,
        sort=sort,
        page=_page_number(params),
        page_size=view.page_size,
        owner_id=granted.owner_id(ctx.user),
    )
    cards = view.type == ViewType.cards
    values: dict[str, Any] = dict(
        ctx=ctx,
        view=view,
        entity=entity,
        base_url=base_url,
        current=current,
        fields=columns(entity, view.fields, limit=None if view.fields else (4 if cards else 7)),
        filter_fields=bar,
        choices={f.name: ctx.choices(f.target) for f in bar if f.type == FieldType.reference and f.target
                 and ctx.can(f.target, "read")},
        params=params,
        search=search,
        sort=sort_param,
        result=result,
        filtered=bool(search or chosen),
        query=query,
        can_create=ctx.can(entity.name, "create"),
        image_field=entity.field(view.image_field) if view.image_field else _first_image(entity),
        display=entity.display(),
    )
    partial = request.headers.get("HX-Request") == "true" and request.headers.get("HX-Target") == "list"
    if partial:
        return page(request, "partials/list.html", **values)
    return page(request, "table.html", **values)


def _first_image(entity: Entity) -> Field | None:
    return next((f for f in entity.fields if f.type == FieldType.image), None)


def render_kanban(ctx: Ctx, request: Request, view: View, base_url: str, *, current: str) -> Response:
    entity = ctx.entity(view.entity)
    granted = ctx.require(entity.name, "read")
    group = entity.field(view.group_by or "")
    if group is None or group.type != FieldType.choice:
        raise PageError(500, "This board is misconfigured", "A kanban board needs a choice field to group by.")
    base_filters = ctx.filters(list(view.filters))
    lanes = []
    for option in [*group.options, None]:
        flt = Filter(field=group.name, op="eq", value=option.value) if option else Filter(field=group.name, op="empty")
        result = ctx.records.list(
            entity.name, filters=[*base_filters, flt], sort=list(view.sort), page=1,
            page_size=max(view.page_size, 50), owner_id=granted.owner_id(ctx.user),
        )
        if option is None and not result.total:
            continue  # the "No status" lane only when some rows have no value
        lanes.append({"value": option.value if option else "", "title": option.value if option else f"No {group.title.lower()}",
                      "color": option.color if option else None, "index": group.options.index(option) if option else -1,
                      "result": result})
    return page(
        request, "kanban.html", ctx=ctx, view=view, entity=entity, group=group, lanes=lanes, current=current,
        base_url=base_url, fields=[f for f in columns(entity, view.fields, limit=3) if f.name != group.name
                                   and f.name != entity.display()],
        display=entity.display(), can_create=ctx.can(entity.name, "create"),
        can_update=ctx.can(entity.name, "update"),
    )


def _month(param: str | None) -> dt.date:
    if param:
        try:
            year, month = param.split("-")
            return dt.date(int(year), int(month), 1)
        except ValueError:
            pass
    return today().replace(day=1)


def render_calendar(ctx: Ctx, request: Request, view: View, base_url: str, *, current: str) -> Response:
    entity = ctx.entity(view.entity)
    granted = ctx.require(entity.name, "read")
    date_field = view.date_field or "created_at"
    first = _month(request.query_params.get("month"))
    start = first - dt.timedelta(days=first.weekday())
    last = first.replace(day=cal.monthrange(first.year, first.month)[1])
    end = last + dt.timedelta(days=6 - last.weekday())
    rows = ctx.records.rows_for_calendar(entity.name, date_field, start, end, owner_id=granted.owner_id(ctx.user))
    by_day: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        value = row.get(date_field)
        if value:
            by_day.setdefault(str(value)[:10], []).append(row)
    weeks, day = [], start
    while day <= end:
        weeks.append([day + dt.timedelta(days=i) for i in range(7)])
        day += dt.timedelta(days=7)
    prev_month = (first - dt.timedelta(days=1)).replace(day=1)
    next_month = (last + dt.timedelta(days=1))
    field = entity_field(entity, date_field)
    return page(
        request, "calendar.html", ctx=ctx, view=view, entity=entity, current=current, base_url=base_url,
        weeks=weeks, by_day=by_day, first=first, today=today(), month_name=cal.month_name[first.month],
        prev=prev_month.strftime("%Y-%m"), next=next_month.strftime("%Y-%m"), this=today().strftime("%Y-%m"),
        display=entity.display(), date_field=date_field,
        timed=field is not None and field.type != FieldType.date and field.type in DATE_TYPES,
        prefill=entity.field(date_field) is not None and ctx.can(entity.name, "create"),
        total=len(rows),
    )
