"""The page routes of an export: each view of the spec as a FastAPI route, its filters and sort order as SQLAlchemy
expressions, and the navigation. `appforge.export.render` puts them into app/pages/views.py and common.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from appforge.export.code import LINE_LENGTH, call, literal, string
from appforge.export.plan import AppPlan, EntityPlan, ViewPlan
from appforge.spec.model import Filter

SYSTEM_KINDS = {"id": "integer", "created_at": "created_at", "updated_at": "updated_at", "created_by": "created_by"}


def _filter_value(kind: str, value: Any) -> str:
    if value == "me":
        return "me(user)"
    if value == "today" and kind in ("date", "created_at", "updated_at", "datetime"):
        return "dt.date.today()" if kind == "date" else "dt.datetime.combine(dt.date.today(), dt.time())"
    try:
        if kind == "date":
            return literal(dt.date.fromisoformat(str(value)[:10]))
        if kind in ("datetime", "created_at", "updated_at"):
            return literal(dt.datetime.fromisoformat(str(value)).replace(tzinfo=None))
        if kind in ("integer", "rating", "reference", "user", "created_by", "many_to_many"):
            return literal(int(value))
        if kind in ("decimal", "money"):
            return literal(float(value))
        if kind == "boolean":
            return literal(value if isinstance(value, bool) else str(value).lower() in ("true", "yes", "1"))
    except (TypeError, ValueError):
        pass
    return literal(value if isinstance(value, str | int | float | bool) or value is None else str(value))


def filter_code(e: EntityPlan, flt: Filter, plan: AppPlan) -> str | None:
    """A view's filter as a SQLAlchemy condition on the model; None for one SQL cannot run (on a computed field)."""
    f = e.field(flt.field)
    if f is None:
        kind, attr = SYSTEM_KINDS.get(flt.field, "integer"), flt.field
    elif f.kind == "computed":
        return None
    else:
        kind, attr = f.kind, (f.attr if f.kind != "created_by" else "created_by")
    column = f"{e.class_name}.{attr}"
    if kind == "many_to_many" and f is not None:
        target = plan.entity(f.target or "").class_name
        if flt.op == "empty":
            return f"~{column}.any()"
        if flt.op == "not_empty":
            return f"{column}.any()"
        values = flt.value if isinstance(flt.value, list) else [flt.value]
        ids = ", ".join(_filter_value(kind, v) for v in values)
        found = f"{column}.any({target}.id.in_([{ids}]))"
        return f"~{found}" if flt.op == "ne" else found
    if flt.op == "empty":
        return f"{column}.is_(None)"
    if flt.op == "not_empty":
        return f"{column}.is_not(None)"
    if kind == "tags":
        return f"cast({column}, Text).contains({string(chr(34) + str(flt.value) + chr(34))})"
    if flt.op == "in":
        values = flt.value if isinstance(flt.value, list) else [v.strip() for v in str(flt.value).split(",")]
        return f"{column}.in_([{', '.join(_filter_value(kind, v) for v in values)}])"
    value = _filter_value(kind, flt.value)
    if flt.op == "contains":
        return f"{column}.contains({value}, autoescape=True)"
    if flt.value is None and flt.op in ("eq", "ne"):
        return f"{column}.is_(None)" if flt.op == "eq" else f"{column}.is_not(None)"
    if kind == "boolean" and flt.op in ("eq", "ne"):  # `IS`: a comparison with True or False reads as one
        return f"{column}.{'is_' if flt.op == 'eq' else 'is_not'}({value})"
    operators = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
    condition = f"{column} {operators[flt.op]} {value}"
    return f"or_({condition}, {column}.is_(None))" if flt.op == "ne" else condition


def order_code(e: EntityPlan, keys: list[Any]) -> list[str]:
    order = []
    for key in keys:
        f = e.field(key.field)
        if f is not None and not f.is_column and f.kind not in ("created_at", "updated_at", "created_by"):
            continue
        attr = key.field if f is None else (f.attr if f.is_column else f.kind if f.kind != "created_by" else "created_by")
        order.append(f"{e.class_name}.{attr}.{'desc' if key.desc else 'asc'}()")
    return order


def _conditions(e: EntityPlan, filters: list[Filter], plan: AppPlan) -> list[str]:
    return [code for code in (filter_code(e, flt, plan) for flt in filters) if code is not None]


def _sequence(items: list[str]) -> str:
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def view_routes(plan: AppPlan) -> list[str]:
    routes = []
    for view in plan.views:
        routes.extend(_view_route(view, plan))
    return routes


def _route(path: str, function: str, body: list[str], *, post: bool = False, row: bool = False) -> str:
    params = "request: Request, db: DbSession, user: PageUser"
    if row:
        params = "request: Request, row_id: int, db: DbSession, user: PageUser"
    prefix = "async def" if post else "def"
    head = f"@router.{'post' if post else 'get'}({string(path)})\n{prefix} {function}({params}) -> Response:"
    if len(head.split("\n")[1]) > LINE_LENGTH:
        head = (f"@router.{'post' if post else 'get'}({string(path)})\n{prefix} {function}(\n    "
                + params.replace(", ", ",\n    ") + ",\n) -> Response:")
    return head + "\n" + "\n".join(body)


def _view_route(view: ViewPlan, plan: AppPlan) -> list[str]:
    url = f"/v/{view.name}"
    if view.kind == "dashboard":
        widgets = []
        for widget in view.widgets:
            entity = plan.entity(widget.entity)
            args = [string(widget.title), string(widget.type.value), string(widget.entity)]
            if widget.aggregate != "count":
                args.append(f"aggregate={string(widget.aggregate)}")
            if widget.field:
                args.append(f"field={string(widget.field)}")
            if widget.group_by:
                args.append(f"group_by={string(widget.group_by)}")
            if widget.period:
                args.append(f"period={string(widget.period)}")
            conditions = _conditions(entity, list(widget.filters), plan)
            if conditions:
                args.append(f"where={_sequence(conditions)}")
            widgets.append(call("Widget", args, 8, ","))
        body = ["    widgets = (", *widgets, "    )"] if widgets else ["    widgets: tuple[Widget, ...] = ()"]
        body.append(call("return render_dashboard", ["request", "db", "user", f"title={string(view.heading)}",
                                                     "widgets=widgets"], 4))
        return [_route(url, view.function, body)]
    e = view.entity
    assert e is not None
    entity = f"ENTITIES[{string(e.name)}]"
    common = ["request", "db", "user", entity]
    if view.kind == "form":
        names = [n for n in view.fields if (f := e.field(n)) is not None and f.writable]
        fields = f"entity.pick({literal(tuple(names))})" if names else "entity.editable"
        get_body = [
            f"    entity = {entity}",
            "    require_page(user, entity.name, \"create\", entity.plural)",
            f"    fields = {fields}",
            call("return render_form", [
                "request", "db", "user", "entity", f"title={string(view.heading)}", f"action={string(url)}",
                "fields=fields", "values=initial_values(fields, request.query_params)",
                "next_url=request.query_params.get(\"next\")"], 4),
        ]
        post_body = [
            f"    entity = {entity}",
            call("return await submit_create", [
                "request", "db", "user", "entity", f"title={string(view.heading)}", f"action={string(url)}",
                f"fields={fields}"], 4),
        ]
        return [_route(url, view.function, get_body), _route(url, f"submit_{view.name}", post_body, post=True)]
    args = [*common, f"title={string(view.heading)}", f"base_url={string(url)}"]
    if view.fields and view.kind != "calendar":
        args.append(f"fields={literal(tuple(view.fields))}")
    conditions = _conditions(e, view.filters, plan)
    if conditions:
        args.append(f"where={_sequence(conditions)}")
    order = order_code(e, view.sort)
    if order and view.kind not in ("calendar",):
        args.append(f"order={_sequence(order)}")
    if view.kind == "kanban":
        args.append(f"group_by={string(view.group_by or '')}")
        return [_route(url, view.function, [call("return render_kanban", args, 4)])]
    if view.kind == "calendar":
        args.append(f"date_field={string(view.date_field or 'created_at')}")
        return [_route(url, view.function, [call("return render_calendar", args, 4)])]
    if view.page_size != 25:
        args.append(f"page_size={view.page_size}")
    if view.kind == "cards":
        args.append("cards=True")
        if view.image_field:
            args.append(f"image={string(view.image_field)}")
    if view.kind != "detail":
        return [_route(url, view.function, [call("return render_list", args, 4)])]
    args.append(f"row_url={string(url)}")
    detail_args = ["request", "db", "user", entity, "row_id"]
    if view.fields:
        detail_args.append(f"fields={literal(tuple(view.fields))}")
    return [
        _route(url, view.function, [call("return render_list", args, 4)]),
        _route(url + "/{row_id}", f"{view.name}_row", [call("return render_detail", detail_args, 4)], row=True),
    ]


def nav_items(plan: AppPlan) -> list[str]:
    names = plan.nav or [v.name for v in plan.views]
    items = []
    for name in names:
        view = plan.view(name)
        if view is None:
            continue
        if view.kind == "dashboard":
            entities = tuple(dict.fromkeys(w.entity for w in view.widgets))
        else:
            entities = (view.entity.name,) if view.entity else ()
        items.append(call("NavItem", [string(view.heading), string(f"/v/{view.name}"), literal(entities)], 4, ","))
    if not plan.nav:
        for e in plan.entities:
            items.append(call("NavItem", [string(e.plural), string(f"/e/{e.name}"), literal((e.name,))], 4, ","))
    return items


def uses_me(plan: AppPlan) -> bool:
    filters = [f for v in plan.views for f in v.filters] + [f for v in plan.views for w in v.widgets for f in w.filters]
    return any(f.value == "me" for f in filters)
