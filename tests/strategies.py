"""Hypothesis strategies for random *valid* app specs, shared by every property test.

`specs()` draws a whole `AppSpec`: several entities with fields of every type and valid settings (options,
targets, formulas, bounds, defaults), views of every type, dashboards with widgets, roles, permissions, theme,
custom blocks with hostile markup, seed rows with valid values, archive entries and some explicit ids that differ
from the names. Values are checked
with `value_problem`, the one definition of a valid value, so a drawn default or seed value always fits its field.

    from tests.strategies import specs

    @given(specs())
    def test_something(spec): ...
"""

from __future__ import annotations

import datetime as dt
import keyword
from typing import Any

from hypothesis import strategies as st

from appforge.spec.formula import FUNCTIONS
from appforge.spec.model import (
    ACTIONS,
    BUILT_IN_AUDIENCES,
    COLUMNLESS_TYPES,
    DATE_TYPES,
    NUMERIC_TYPES,
    READ_ONLY_TYPES,
    RESERVED_ENTITY_NAMES,
    RESERVED_FIELD_NAMES,
    TEXTUAL_TYPES,
    AppSpec,
    Field,
    FieldType,
    ViewType,
    WidgetType,
)
from appforge.spec.validate import value_problem

FIELD_TYPES = list(FieldType)
# Names a formula could not read as a field: Python keywords, the formula's functions and its true/false.
_NOT_IN_FORMULAS = set(keyword.kwlist) | set(keyword.softkwlist) | set(FUNCTIONS) | {"true", "false"}

_identifier = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)


def identifiers() -> st.SearchStrategy[str]:
    """snake_case names as the model accepts them for entities, fields, views and roles."""
    return _identifier


def entity_names() -> st.SearchStrategy[str]:
    return _identifier.filter(lambda n: n not in RESERVED_ENTITY_NAMES)


def field_names() -> st.SearchStrategy[str]:
    return _identifier.filter(lambda n: n not in RESERVED_FIELD_NAMES)


def role_names() -> st.SearchStrategy[str]:
    return _identifier.filter(lambda n: n not in BUILT_IN_AUDIENCES)


def app_names() -> st.SearchStrategy[str]:
    return st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)


def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    """Free text for labels and titles: quotes, backslashes, unicode, emoji, line breaks and all."""
    return st.one_of(
        st.text(max_size=max_size),
        st.sampled_from(['Salon "Bloom"', "a\\b", "Ünïcödé ✂️", "two\nlines", " padded ", "#tag", "x=1", "a, b"]),
    )


def colors() -> st.SearchStrategy[str]:
    return st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)


def option_colors() -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), colors(), st.sampled_from(["red", "green", "blue", "slate", "amber"]))


def option_values() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(min_size=1, max_size=20).filter(lambda s: len(s) <= 80),
        st.sampled_from(["To do", "In progress", "Done", "a:b", "x, y", "(maybe)", "1", "true", "Ça va"]),
    )


def dates() -> st.SearchStrategy[str]:
    return st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)


def datetimes() -> st.SearchStrategy[str]:
    return st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31)).map(
        lambda d: d.replace(microsecond=0).isoformat()
    )


def times() -> st.SearchStrategy[str]:
    return st.times().map(lambda t: t.replace(microsecond=0).isoformat())


_finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


def raw_values(field: Field) -> st.SearchStrategy[Any]:
    """Candidate values for a field, most of them valid; `valid_value` keeps only those that fit."""
    t = field.type
    options = [o.value for o in field.options]
    if t in (FieldType.integer,):
        return st.integers(-10_000, 10_000)
    if t == FieldType.rating:
        return st.integers(1, 5)
    if t in (FieldType.decimal, FieldType.money):
        return st.one_of(st.integers(-10_000, 10_000), _finite)
    if t == FieldType.boolean:
        return st.booleans()
    if t == FieldType.date:
        return dates()
    if t == FieldType.datetime:
        return datetimes()
    if t == FieldType.time:
        return times()
    if t == FieldType.choice:
        return st.sampled_from(options)
    if t == FieldType.tags:
        return st.lists(st.sampled_from(options), unique=True, max_size=3)
    if t == FieldType.email:
        return st.tuples(st.from_regex(r"[a-z0-9.]{1,8}", fullmatch=True), st.sampled_from(["example.com", "a.io"])).map(
            lambda p: f"{p[0]}@{p[1]}"
        )
    if t == FieldType.url:
        return st.from_regex(r"[a-z0-9/]{0,10}", fullmatch=True).map(lambda p: "https://example.com/" + p)
    if t == FieldType.phone:
        return st.from_regex(r"\+?[0-9]{3,12}", fullmatch=True)
    if t in (FieldType.text, FieldType.long_text):
        return st.one_of(st.text(max_size=20), st.from_regex(r"[A-Z]{2}[0-9]{1,4}", fullmatch=True))
    if t in (FieldType.reference, FieldType.user):
        return st.integers(1, 1000)
    if t == FieldType.many_to_many:
        return st.lists(st.integers(1, 1000), max_size=3)
    if t in (FieldType.image, FieldType.file):
        return st.from_regex(r"[a-z0-9]{1,8}\.(png|pdf)", fullmatch=True)
    return st.none()


@st.composite
def valid_value(draw: st.DrawFn, field: Field) -> Any:
    """A value that fits `field` (type, options, bounds, pattern), or None when the draw did not fit."""
    value = draw(raw_values(field))
    if field.type in (FieldType.many_to_many, FieldType.image, FieldType.file):
        return value
    return value if value_problem(field, value) is None else None


@st.composite
def _bounds(draw: st.DrawFn, t: FieldType) -> dict[str, Any]:
    if not draw(st.booleans()):
        return {}
    if t in NUMERIC_TYPES:
        lo, hi = sorted(draw(st.lists(st.integers(-100, 100) if t != FieldType.decimal else _finite, min_size=2, max_size=2)))
    elif t in TEXTUAL_TYPES:
        lo, hi = sorted(draw(st.lists(st.integers(0, 40), min_size=2, max_size=2)))
    elif t == FieldType.date:
        lo, hi = sorted(draw(st.lists(dates(), min_size=2, max_size=2)))
    elif t == FieldType.datetime:
        lo, hi = sorted(draw(st.lists(datetimes(), min_size=2, max_size=2)))
    else:
        return {}
    which = draw(st.sampled_from(["min", "max", "both"]))
    return {k: v for k, v in (("min", lo), ("max", hi)) if which in (k, "both")}


@st.composite
def fields(draw: st.DrawFn, name: str, field_type: FieldType, entity_names: list[str], siblings: list[str]) -> dict[str, Any]:
    """A field of `field_type` with settings that fit it; `siblings` are the entity's other plain fields."""
    t = field_type
    data: dict[str, Any] = {"name": name, "type": t.value}
    if t in (FieldType.choice, FieldType.tags):
        values = draw(st.lists(option_values(), min_size=1, max_size=5, unique=True))
        data["options"] = [
            {"value": v} | ({"color": c} if (c := draw(option_colors())) is not None else {}) for v in values
        ]
    if t in (FieldType.reference, FieldType.many_to_many):
        data["target"] = draw(st.sampled_from(entity_names))
    if t == FieldType.money and draw(st.booleans()):
        data["currency"] = draw(st.sampled_from(["EUR", "USD", "GBP", "JPY"]))
    if t == FieldType.computed:
        data["formula"] = draw(formulas(siblings))
    if t == FieldType.text and draw(st.integers(0, 4)) == 0:
        data["pattern"] = draw(st.sampled_from([r"[A-Z]{2}\d+", r".*", r"[^\s]+ \w+", r"(a|b)?"]))
    data |= draw(_bounds(t))
    if t not in READ_ONLY_TYPES:
        data["required"] = draw(st.booleans())
    if t not in COLUMNLESS_TYPES and t not in (FieldType.tags, FieldType.boolean):
        data["unique"] = draw(st.integers(0, 3)) == 0
    if draw(st.booleans()):
        data["label"] = draw(texts())
    if draw(st.integers(0, 3)) == 0:
        data["help"] = draw(texts(60))
    if t not in READ_ONLY_TYPES and t not in (FieldType.many_to_many, FieldType.image, FieldType.file):
        if draw(st.booleans()):
            default = draw(valid_value(Field.model_validate(data)))
            if default is not None and default != "":
                data["default"] = default
    return data


@st.composite
def formulas(draw: st.DrawFn, names: list[str]) -> str:
    """A formula over `names` (fields of the same entity that are not computed), using the formula's functions."""
    usable = [n for n in names if n not in _NOT_IN_FORMULAS]
    if not usable:
        return draw(st.sampled_from(["1 + 2", "round(10 / 3, 2)", "today()", "concat('a', 'b')"]))
    a, b = draw(st.sampled_from(usable)), draw(st.sampled_from(usable))
    template = draw(st.sampled_from([
        "{a} + {b}", "{a} * 2 - {b}", "round({a} * 1.2, 2)", "coalesce({a}, 0) + coalesce({b}, 0)",
        "concat({a}, ' - ', {b})", "days_between({a}, today())", "{a} if {b} else 0", "max({a}, {b}, 1)",
        "upper({a})", "len({a})", "-{a}", "{a} >= 10 and {b} != 'x'", "year({a})",
    ]))
    return template.format(a=a, b=b)


@st.composite
def entities(draw: st.DrawFn, name: str, entity_names: list[str]) -> dict[str, Any]:
    names = draw(st.lists(field_names(), min_size=1, max_size=7, unique=True))
    types = [draw(st.sampled_from(FIELD_TYPES)) for _ in names]
    # Always one field of each of a few kinds, so that views and widgets of every type have something to use.
    for extra, extra_type in (("status_x", FieldType.choice), ("when_x", FieldType.date), ("amount_x", FieldType.money)):
        if extra not in names and draw(st.booleans()):
            names, types = names + [extra], types + [extra_type]
    plain = [n for n, t in zip(names, types, strict=True) if t != FieldType.computed]
    field_list = [draw(fields(n, t, entity_names, plain)) for n, t in zip(names, types, strict=True)]
    # Some fields keep an id that is not their name, as after a rename.
    for f in field_list:
        if draw(st.integers(0, 5)) == 0:
            f["id"] = f"{f['name']}_{draw(st.integers(2, 9))}"
    data: dict[str, Any] = {"name": name, "fields": field_list}
    for key in ("label", "plural", "icon"):
        if draw(st.integers(0, 2)) == 0:
            data[key] = draw(texts())
    if draw(st.booleans()):
        data["display_field"] = draw(st.sampled_from([*names, "id"]))
    sortable = [f["name"] for f in field_list if FieldType(f["type"]) not in _UNSORTABLE] + ["created_at", "id"]
    data["order_by"] = draw(st.lists(sort_keys(sortable), max_size=2))
    if draw(st.integers(0, 5)) == 0:
        data["id"] = f"{name}_{draw(st.integers(2, 9))}"
    return data


_UNSORTABLE = {FieldType.many_to_many, FieldType.tags, FieldType.computed}


def sort_keys(names: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"field": st.sampled_from(names), "desc": st.booleans()})


def filter_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(), st.booleans(), st.integers(-1000, 1000), _finite, texts(10),
        st.sampled_from(["today", "me", "done", "2024-05-31"]), st.lists(st.sampled_from(["a", "b c"]), max_size=2),
    )


@st.composite
def filters(draw: st.DrawFn, names: list[str]) -> dict[str, Any]:
    op = draw(st.sampled_from(["eq", "ne", "lt", "le", "gt", "ge", "contains", "in", "empty", "not_empty"]))
    return {"field": draw(st.sampled_from(names)), "op": op, "value": draw(filter_values())}


def _field_list(entity: dict[str, Any]) -> list[tuple[str, FieldType]]:
    return [(f["name"], FieldType(f["type"])) for f in entity["fields"]]


@st.composite
def views(draw: st.DrawFn, name: str, view_type: ViewType, entity_list: list[dict[str, Any]]) -> dict[str, Any]:
    """A view of `view_type` whose entity, group_by, date_field, image_field, sort and filters fit."""
    data: dict[str, Any] = {"name": name, "type": view_type.value}
    if draw(st.booleans()):
        data["title"] = draw(texts())
    if draw(st.integers(0, 3)) == 0:
        data["page_size"] = draw(st.integers(1, 500))
    if view_type == ViewType.dashboard:
        data["widgets"] = draw(st.lists(widgets(entity_list), max_size=4))
        for i, w in enumerate(data["widgets"]):
            if draw(st.integers(0, 4)) == 0:
                w["id"] = f"w{i}_{draw(st.integers(2, 9))}"
        return data
    if view_type == ViewType.kanban:
        candidates = [e for e in entity_list if any(t == FieldType.choice for _, t in _field_list(e))]
    else:
        candidates = entity_list
    entity = draw(st.sampled_from(candidates))
    data["entity"] = entity["name"]
    fields_ = _field_list(entity)
    names = [n for n, _ in fields_] + ["id", "created_at", "updated_at", "created_by"]
    data["fields"] = draw(st.lists(st.sampled_from(names), max_size=4, unique=True))
    if view_type == ViewType.kanban:
        data["group_by"] = draw(st.sampled_from([n for n, t in fields_ if t == FieldType.choice]))
    if view_type == ViewType.calendar:
        data["date_field"] = draw(st.sampled_from([n for n, t in fields_ if t in DATE_TYPES] + ["created_at", "updated_at"]))
    images = [n for n, t in fields_ if t == FieldType.image]
    if images and draw(st.booleans()):
        data["image_field"] = draw(st.sampled_from(images))
    sortable = [n for n, t in fields_ if t not in _UNSORTABLE] + ["created_at", "id"]
    data["sort"] = draw(st.lists(sort_keys(sortable), max_size=2))
    data["filters"] = draw(st.lists(filters(names), max_size=2))
    return data


@st.composite
def widgets(draw: st.DrawFn, entity_list: list[dict[str, Any]]) -> dict[str, Any]:
    """A dashboard widget: a stat or a chart, grouped by a field or by a period of a date."""
    entity = draw(st.sampled_from(entity_list))
    fields_ = _field_list(entity)
    numbers = [n for n, t in fields_ if t in NUMERIC_TYPES or t == FieldType.computed]
    data: dict[str, Any] = {"title": draw(texts(20)), "entity": entity["name"]}
    aggregate = draw(st.sampled_from(["count", "sum", "avg", "min", "max"] if numbers else ["count"]))
    data["aggregate"] = aggregate
    if aggregate == "count":
        if draw(st.booleans()):
            data["field"] = draw(st.sampled_from([n for n, _ in fields_]))
    else:
        data["field"] = draw(st.sampled_from(numbers))
    kind = draw(st.sampled_from(list(WidgetType)))
    data["type"] = kind.value
    dates_ = [n for n, t in fields_ if t in DATE_TYPES] + ["created_at", "updated_at"]
    groupable = [n for n, t in fields_ if t not in (FieldType.many_to_many, FieldType.computed, FieldType.long_text)]
    if kind == WidgetType.line or (kind != WidgetType.stat and draw(st.booleans())):
        data["group_by"] = draw(st.sampled_from([d for d in dates_ if d in groupable or d in ("created_at", "updated_at")]))
        if draw(st.booleans()):
            data["period"] = draw(st.sampled_from(["day", "week", "month"]))
    elif kind != WidgetType.stat:
        data["group_by"] = draw(st.sampled_from(groupable + ["created_by"]))
    names = [n for n, _ in fields_] + ["id", "created_at"]
    data["filters"] = draw(st.lists(filters(names), max_size=2))
    return data


def markup() -> st.SearchStrategy[str]:
    """Block html or css: anything, including what would break out of a line, a quote or a page if it were
    treated as anything but data."""
    return st.one_of(
        st.text(max_size=200),
        st.sampled_from([
            "<script>parent.document.body.innerHTML='pwned'</script>", '<img src="x" onerror="alert(1)">',
            "</iframe></body>\n\n# not a comment\n// nor this", "#promo { color: red }\n\n  /* \"css\" */",
            "{{ config }} {% raw %}", 'a "quoted" \\ back\\slash\r\n', "",
        ]),
    )


@st.composite
def blocks(draw: st.DrawFn, view_names: list[str]) -> list[dict[str, Any]]:
    """Custom blocks with unique names, on the home page or on one of `view_names`."""
    names = draw(st.lists(identifiers(), max_size=3, unique=True))
    drawn = []
    for name in names:
        block: dict[str, Any] = {"name": name, "html": draw(markup())}
        if draw(st.booleans()):
            block["title"] = draw(texts())
        if view_names and draw(st.booleans()):
            block["view"] = draw(st.sampled_from(view_names))
        if draw(st.booleans()):
            block["css"] = draw(markup())
        if draw(st.integers(0, 2)) == 0:
            block["height"] = draw(st.integers(40, 2000))
        drawn.append(block)
    return drawn


@st.composite
def seed_rows(draw: st.DrawFn, entity: dict[str, Any]) -> dict[str, Any]:
    writable = [Field.model_validate(f) for f in entity["fields"] if FieldType(f["type"]) not in READ_ONLY_TYPES]
    row: dict[str, Any] = {}
    for f in writable:
        if draw(st.booleans()):
            value = draw(valid_value(f))
            row[f.name] = value
    return row


@st.composite
def archive_entries(draw: st.DrawFn, entity_names: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["field", "entity"]))
    if kind == "field":
        name = draw(field_names())
        entry: dict[str, Any] = {
            "kind": "field",
            "entity": draw(st.sampled_from(entity_names)),
            "field": draw(fields(name, draw(st.sampled_from(FIELD_TYPES)), entity_names, [])) | {"id": f"{name}_old"},
        }
        if draw(st.booleans()):
            entry["replaced_by"] = f"{name}_{draw(st.integers(2, 9))}"
        return entry
    name = draw(entity_names_strategy.filter(lambda n: n not in entity_names))
    definition = draw(entities(name, entity_names))
    definition["id"] = f"{name}_gone"
    for i, f in enumerate(definition["fields"]):
        f.setdefault("id", f"{f['name']}_{i}")
    return {"kind": "entity", "entity": name, "definition": definition}


entity_names_strategy = entity_names()


@st.composite
def specs(draw: st.DrawFn, max_entities: int = 4) -> AppSpec:
    """A random valid AppSpec exercising every part of the model."""
    names = draw(st.lists(entity_names(), min_size=1, max_size=max_entities, unique=True))
    entity_list = [draw(entities(n, names)) for n in names]
    view_types = draw(st.lists(st.sampled_from(list(ViewType)), max_size=5))
    view_names = draw(st.lists(identifiers(), min_size=len(view_types), max_size=len(view_types), unique=True))
    has_choice = any(t == FieldType.choice for e in entity_list for _, t in _field_list(e))
    view_list = [
        draw(views(n, t, entity_list))
        for n, t in zip(view_names, view_types, strict=True)
        if t != ViewType.kanban or has_choice
    ]
    view_names = [v["name"] for v in view_list]
    roles = draw(st.lists(role_names(), max_size=3, unique=True))
    data: dict[str, Any] = {
        "name": draw(app_names()),
        "entities": entity_list,
        "views": view_list,
        "roles": [{"name": r} | ({"label": draw(texts())} if draw(st.booleans()) else {}) for r in roles],
    }
    if draw(st.booleans()):
        data["title"] = draw(texts())
    if draw(st.booleans()):
        data["description"] = draw(texts(80))
    if draw(st.integers(0, 4)) == 0:
        data["format"] = draw(st.integers(2, 3))
    if view_names:
        data["nav"] = draw(st.lists(st.sampled_from(view_names), unique=True, max_size=4))
        if draw(st.booleans()):
            data["home"] = draw(st.sampled_from(view_names))
    auth: dict[str, Any] = {"access": draw(st.sampled_from(["public", "signin"])), "signup": draw(st.booleans())}
    if roles and draw(st.booleans()):
        auth["default_role"] = draw(st.sampled_from(roles))
    if roles and draw(st.booleans()):
        auth["owner_role"] = draw(st.sampled_from(roles))
    data["auth"] = auth
    audiences = roles + sorted(BUILT_IN_AUDIENCES)
    permissions = []
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(ACTIONS))
        permissions.append({
            "entity": draw(st.sampled_from(names)),
            "action": action,
            "roles": draw(st.lists(st.sampled_from(audiences), min_size=1, max_size=3, unique=True)),
            "own": action != "create" and draw(st.booleans()),
        })
    data["permissions"] = permissions
    data["blocks"] = draw(blocks(view_names))
    if draw(st.booleans()):
        data["theme"] = draw(themes())
    seeded = draw(st.lists(st.sampled_from(range(len(entity_list))), unique=True, max_size=2))
    data["seed"] = {entity_list[i]["name"]: draw(st.lists(seed_rows(entity_list[i]), max_size=3)) for i in seeded}
    data["archive"] = draw(st.lists(archive_entries(names), max_size=2))
    return AppSpec.model_validate(data)


@st.composite
def themes(draw: st.DrawFn) -> dict[str, Any]:
    theme: dict[str, Any] = {}
    for key in ("primary", "background", "text", "accent"):
        if draw(st.booleans()):
            theme[key] = draw(colors())
    if draw(st.booleans()):
        theme["name"] = draw(st.one_of(st.sampled_from(["blush", "forest", "true", "5"]), texts(10)))
    if draw(st.booleans()):
        theme["font"] = draw(st.sampled_from(["Georgia, serif", "system-ui", "Inter"]))
    if draw(st.booleans()):
        theme["radius"] = draw(st.integers(0, 32))
    if draw(st.booleans()):
        theme["dark"] = draw(st.booleans())
    if draw(st.booleans()):
        theme["icon"] = draw(st.sampled_from(["✂️", "🌿", "x", "a b"]))
    return theme


__all__ = [
    "app_names", "blocks", "colors", "entity_names", "field_names", "formulas", "identifiers", "markup", "role_names",
    "specs", "texts", "valid_value", "views", "widgets",
]
