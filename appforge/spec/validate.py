"""Whole-spec checks: every cross-reference resolves and every setting fits its field's type.

Each problem is a sentence that says where (`entity 'task', field 'due'`) and what is wrong, so that a person or a
model can act on it. `AppSpec` runs these on construction, so an invalid spec never exists in memory.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from appforge.spec.formula import FormulaError, formula_names
from appforge.spec.model import (
    APP_NAME,
    BLOCK_MAX_BYTES,
    BUILT_IN_AUDIENCES,
    COLUMNLESS_TYPES,
    DATE_TYPES,
    IDENTIFIER,
    NUMERIC_TYPES,
    OPTION_TYPES,
    READ_ONLY_TYPES,
    RELATION_TYPES,
    RESERVED_ENTITY_NAMES,
    RESERVED_FIELD_NAMES,
    TEXTUAL_TYPES,
    AppSpec,
    FieldType,
    ViewType,
    WidgetType,
)

if TYPE_CHECKING:
    from appforge.spec.model import Block, Entity, Field, Filter, SortKey, View, Widget

SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "created_by")
SEED_BY_LABEL_TYPES = frozenset({FieldType.reference, FieldType.many_to_many, FieldType.user, FieldType.image, FieldType.file})


def slug(text: str) -> str:
    """A snake_case identifier from free text ("Due date" -> "due_date")."""
    value = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if not value or not value[0].isalpha():
        value = "x_" + value if value else "x"
    return value[:63]


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}_{n}"
        n += 1
    return candidate


def assign_ids(spec: AppSpec) -> None:
    """Give new entities, fields and widgets a stable id, never one that an archived thing holds."""
    entity_ids = {e.id for e in spec.entities if e.id}
    entity_ids |= {a.definition.id for a in spec.archive if a.kind == "entity" and a.definition and a.definition.id}
    for entity in spec.entities:
        if not entity.id:
            entity.id = _unique(slug(entity.name), entity_ids)
            entity_ids.add(entity.id)
        field_ids = {f.id for f in entity.fields if f.id} | set(SYSTEM_COLUMNS)
        field_ids |= {
            a.field.id for a in spec.archive if a.kind == "field" and a.entity == entity.name and a.field and a.field.id
        }
        for field in entity.fields:
            if not field.id:
                field.id = _unique(slug(field.name), field_ids)
                field_ids.add(field.id)
    for view in spec.views:
        widget_ids: set[str] = {w.id for w in view.widgets if w.id}
        for widget in view.widgets:
            if not widget.id:
                widget.id = _unique(slug(widget.title), widget_ids)
                widget_ids.add(widget.id)


class _UncheckedSpec(AppSpec):
    def _check(self) -> AppSpec:  # type: ignore[override]
        return self


def unchecked_spec(data: dict[str, Any]) -> AppSpec:
    """`data` as a spec with its ids, without the whole-spec checks: `AppSpec` stops at their first problem, and
    `spec_problems` of this lists them all at once. Shape and type errors still raise `ValidationError`."""
    spec = _UncheckedSpec.model_validate(data)
    assign_ids(spec)
    return spec


def spec_problems(spec: AppSpec) -> list[str]:
    problems: list[str] = []
    add = problems.append
    if not APP_NAME.match(spec.name):
        add(f"app name {spec.name!r} must be lower case letters, digits and dashes, starting with a letter")

    names: set[str] = set()
    ids: set[str] = set()
    for entity in spec.entities:
        where = f"entity {entity.name!r}"
        if not IDENTIFIER.match(entity.name):
            add(f"{where}: name must be snake_case letters, digits and underscores, starting with a letter")
        if entity.name in RESERVED_ENTITY_NAMES:
            add(f"{where}: {entity.name!r} is reserved; choose another name")
        if entity.name in names:
            add(f"{where}: there is already an entity with this name")
        if entity.id in ids:
            add(f"{where}: id {entity.id!r} is used twice")
        names.add(entity.name)
        ids.add(entity.id)
        problems.extend(_entity_problems(spec, entity))

    roles = {r.name for r in spec.roles}
    seen_roles: set[str] = set()
    for role in spec.roles:
        if not IDENTIFIER.match(role.name):
            add(f"role {role.name!r}: name must be a snake_case identifier")
        if role.name in BUILT_IN_AUDIENCES:
            add(f"role {role.name!r}: this name is built in; choose another")
        if role.name in seen_roles:
            add(f"role {role.name!r}: declared twice")
        seen_roles.add(role.name)
    for key in ("default_role", "owner_role"):
        value = getattr(spec.auth, key)
        if value is not None and value not in roles:
            add(f"auth.{key}: there is no role {value!r}")

    view_names: set[str] = set()
    for view in spec.views:
        if view.name in view_names:
            add(f"view {view.name!r}: there is already a view with this name")
        view_names.add(view.name)
        problems.extend(_view_problems(spec, view))
    for name in spec.nav:
        if name not in view_names:
            add(f"nav: there is no view {name!r}")
    if spec.home is not None and spec.home not in view_names:
        add(f"home: there is no view {spec.home!r}")

    block_names: set[str] = set()
    for block in spec.blocks:
        if block.name in block_names:
            add(f"block {block.name!r}: there is already a block with this name")
        block_names.add(block.name)
        problems.extend(_block_problems(block, view_names))

    for perm in spec.permissions:
        where = f"permission {perm.action} on {perm.entity!r}"
        entity = spec.entity(perm.entity)
        if entity is None:
            add(f"{where}: there is no entity {perm.entity!r}")
        if not perm.roles:
            add(f"{where}: name at least one role (or 'signed_in' / 'everyone')")
        for role in perm.roles:
            if role not in roles and role not in BUILT_IN_AUDIENCES:
                add(f"{where}: there is no role {role!r}; add it first or use 'signed_in' / 'everyone'")
        if perm.own and perm.action == "create":
            add(f"{where}: 'own rows only' does not apply to create")

    for entity_name, rows in spec.seed.items():
        entity = spec.entity(entity_name)
        if entity is None:
            add(f"seed: there is no entity {entity_name!r}")
            continue
        writable = {f.name for f in entity.fields if f.type not in READ_ONLY_TYPES}
        for n, row in enumerate(rows, start=1):
            for key, value in row.items():
                if key not in writable:
                    add(f"seed {entity_name!r} row {n}: there is no writable field {key!r}")
                    continue
                field = entity.field(key)
                # References in seed rows may name the other row by its display value; the runtime resolves them.
                if field is not None and field.type not in SEED_BY_LABEL_TYPES:
                    error = value_problem(field, value)
                    if error:
                        add(f"seed {entity_name!r} row {n}, field {key!r}: {error}")
    return problems


def _block_problems(block: Block, view_names: set[str]) -> list[str]:
    problems: list[str] = []
    add = problems.append
    where = f"block {block.name!r}"
    if not IDENTIFIER.match(block.name):
        add(f"{where}: name must be a snake_case identifier")
    if block.view is not None and block.view not in view_names:
        known = ", ".join(sorted(view_names)) or "none yet"
        add(f"{where}: there is no view {block.view!r} to show it on (views: {known}; no view: the home page)")
    for key in ("html", "css"):
        size = len((getattr(block, key) or "").encode("utf-8"))
        if size > BLOCK_MAX_BYTES:
            add(f"{where}: its {key} is {size:,} bytes; a block holds at most {BLOCK_MAX_BYTES:,} bytes "
                f"({BLOCK_MAX_BYTES // 1024} KB) of {key}: make it smaller or split it into several blocks")
    return problems


def _entity_problems(spec: AppSpec, entity: Entity) -> list[str]:
    problems: list[str] = []
    add = problems.append
    names: set[str] = set()
    ids: set[str] = set()
    for field in entity.fields:
        where = f"entity {entity.name!r}, field {field.name!r}"
        if not IDENTIFIER.match(field.name):
            add(f"{where}: name must be snake_case letters, digits and underscores, starting with a letter")
        if field.name in RESERVED_FIELD_NAMES and field.type.value != field.name:
            add(f"{where}: {field.name!r} is kept by the runtime; choose another name")
        if field.name in names:
            add(f"{where}: the entity already has a field with this name")
        if field.id in ids:
            add(f"{where}: id {field.id!r} is used twice")
        names.add(field.name)
        ids.add(field.id)
        problems.extend(f"{where}: {p}" for p in field_problems(spec, entity, field))
    display = entity.display_field
    if display is not None and display != "id" and entity.field(display) is None:
        add(f"entity {entity.name!r}: display field {display!r} is not one of its fields")
    for key in entity.order_by:
        if not _sortable(entity, key.field):
            add(f"entity {entity.name!r}: cannot order by {key.field!r}: no such field")
    return problems


def field_problems(spec: AppSpec, entity: Entity, field: Field) -> list[str]:
    """Problems of one field's settings, without the 'where' prefix."""
    problems: list[str] = []
    add = problems.append
    t = field.type
    if t in OPTION_TYPES:
        if not field.options:
            add(f"a {t.value} field needs at least one option")
        values = [o.value for o in field.options]
        if len(values) != len(set(values)):
            add("options must be different from each other")
    elif field.options:
        add(f"options only apply to choice and tags fields, not {t.value}")
    if t in RELATION_TYPES:
        if not field.target:
            add(f"a {t.value} field needs a target entity")
        elif spec.entity(field.target) is None:
            add(f"target {field.target!r} is not an entity of this app")
    elif field.target:
        add(f"target only applies to reference and many_to_many fields, not {t.value}")
    if t == FieldType.computed:
        if not field.formula:
            add("a computed field needs a formula")
        else:
            try:
                used = formula_names(field.formula)
            except FormulaError as exc:
                add(str(exc))
            else:
                for name in sorted(used):
                    other = entity.field(name)
                    if other is None and name not in ("id",):
                        add(f"formula reads {name!r}, which is not a field of {entity.name!r}")
                    elif other is not None and other.type == FieldType.computed:
                        add(f"formula reads {name!r}, which is itself computed")
    elif field.formula:
        add(f"a formula only applies to computed fields, not {t.value}")
    if t == FieldType.money:
        if field.currency is not None and not re.match(r"^[A-Z]{3}$", field.currency):
            add(f"currency {field.currency!r} must be a three-letter code such as USD or EUR")
    elif field.currency is not None:
        add(f"a currency only applies to money fields, not {t.value}")
    if field.pattern is not None:
        if t not in TEXTUAL_TYPES:
            add(f"a pattern only applies to text-like fields, not {t.value}")
        else:
            try:
                re.compile(field.pattern)
            except re.error as exc:
                add(f"pattern {field.pattern!r} is not a valid regular expression: {exc}")
    if t in READ_ONLY_TYPES and field.required:
        add(f"a {t.value} field is filled in by the app and cannot be required")
    if field.unique and (t in COLUMNLESS_TYPES or t in (FieldType.tags, FieldType.boolean)):
        add(f"a {t.value} field cannot be unique")
    if field.min is not None or field.max is not None:
        if t not in NUMERIC_TYPES and t not in TEXTUAL_TYPES and t not in (FieldType.date, FieldType.datetime):
            add(f"min and max do not apply to {t.value} fields")
        else:
            lo, hi = _bound(field, field.min), _bound(field, field.max)
            if isinstance(lo, str) or isinstance(hi, str):
                add(str(lo if isinstance(lo, str) else hi))
            elif lo is not None and hi is not None and lo > hi:
                add(f"min {field.min!r} is greater than max {field.max!r}")
    if field.default is not None:
        if t in READ_ONLY_TYPES or t in (FieldType.many_to_many, FieldType.image, FieldType.file):
            add(f"a {t.value} field cannot have a default")
        else:
            error = value_problem(field, field.default)
            if error:
                add(f"default {field.default!r}: {error}")
    return problems


def _bound(field: Field, value: Any) -> Any:
    """A comparable bound, or a string saying why it is not one."""
    if value is None:
        return None
    if field.type in (FieldType.date, FieldType.datetime):
        try:
            return dt.datetime.fromisoformat(str(value)) if field.type == FieldType.datetime else dt.date.fromisoformat(str(value))
        except ValueError:
            return f"bound {value!r} is not an ISO date"
    try:
        return float(value)
    except (TypeError, ValueError):
        return f"bound {value!r} is not a number"


def value_problem(field: Field, value: Any) -> str | None:
    """Why `value` does not fit `field` (type, options, bounds, pattern), or None when it fits.

    This is the single definition of a valid value; the runtime's validation and the spec's defaults both use it.
    """
    t = field.type
    if value is None or value == "":
        return None
    if t in (FieldType.integer, FieldType.rating):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        if t == FieldType.rating and not 1 <= value <= 5:
            return "must be a rating from 1 to 5"
    elif t in (FieldType.decimal, FieldType.money):
        if isinstance(value, bool) or not isinstance(value, (int, float)) and not _is_decimal(value):
            return "must be a number"
    elif t == FieldType.boolean:
        if not isinstance(value, bool):
            return "must be true or false"
    elif t == FieldType.date:
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            return "must be a date like 2024-05-31"
    elif t == FieldType.datetime:
        try:
            dt.datetime.fromisoformat(str(value))
        except ValueError:
            return "must be a date and time like 2024-05-31T14:30"
    elif t == FieldType.time:
        try:
            dt.time.fromisoformat(str(value))
        except ValueError:
            return "must be a time like 14:30"
    elif t == FieldType.choice:
        if str(value) not in {o.value for o in field.options}:
            return f"must be one of {', '.join(o.value for o in field.options)}"
    elif t == FieldType.tags:
        if not isinstance(value, list):
            return "must be a list of tags"
        allowed = {o.value for o in field.options}
        unknown = [v for v in value if str(v) not in allowed]
        if unknown:
            return f"unknown tag {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}"
    elif t == FieldType.email:
        if not isinstance(value, str) or not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value):
            return "must be an email address"
    elif t == FieldType.url:
        if not isinstance(value, str) or not re.match(r"^https?://[^\s]+$", value):
            return "must be a web address starting with http:// or https://"
    elif t == FieldType.phone:
        if not isinstance(value, str) or not re.match(r"^\+?[0-9 ()./-]{3,30}$", value):
            return "must be a phone number"
    elif t in (FieldType.text, FieldType.long_text):
        if not isinstance(value, str):
            return "must be text"
    elif t in (FieldType.reference, FieldType.user):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be the id of a row"
    if t in NUMERIC_TYPES and not isinstance(value, bool):
        number = float(value)
        if field.min is not None and number < float(field.min):
            return f"must be at least {_fmt(field.min)}"
        if field.max is not None and number > float(field.max):
            return f"must be at most {_fmt(field.max)}"
    if t in TEXTUAL_TYPES and isinstance(value, str):
        if field.min is not None and len(value) < float(field.min):
            return f"must be at least {_fmt(field.min)} characters"
        if field.max is not None and len(value) > float(field.max):
            return f"must be at most {_fmt(field.max)} characters"
        if field.pattern and not re.fullmatch(field.pattern, value):
            return f"must match the pattern {field.pattern}"
    if t in (FieldType.date, FieldType.datetime):
        parse = dt.date.fromisoformat if t == FieldType.date else dt.datetime.fromisoformat
        if field.min is not None and parse(str(value)) < parse(str(field.min)):
            return f"must be on or after {field.min}"
        if field.max is not None and parse(str(value)) > parse(str(field.max)):
            return f"must be on or before {field.max}"
    return None


def _is_decimal(value: Any) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal)


def _fmt(number: float | str) -> str:
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def _sortable(entity: Entity, name: str) -> bool:
    field = entity.field(name)
    if name in SYSTEM_COLUMNS:
        return True
    return field is not None and field.type not in (FieldType.many_to_many, FieldType.tags, FieldType.computed)


def _filter_problems(entity: Entity, filters: list[Filter], where: str) -> list[str]:
    problems = []
    for flt in filters:
        if flt.field not in SYSTEM_COLUMNS and entity.field(flt.field) is None:
            problems.append(f"{where}: filter on {flt.field!r}, which is not a field of {entity.name!r}")
    return problems


def _sort_problems(entity: Entity, keys: list[SortKey], where: str) -> list[str]:
    return [f"{where}: cannot sort by {k.field!r}" for k in keys if not _sortable(entity, k.field)]


def _view_problems(spec: AppSpec, view: View) -> list[str]:
    problems: list[str] = []
    add = problems.append
    where = f"view {view.name!r}"
    if not IDENTIFIER.match(view.name):
        add(f"{where}: name must be a snake_case identifier")
    if view.type == ViewType.dashboard:
        if view.entity is not None:
            add(f"{where}: a dashboard is not tied to one entity; its widgets name theirs")
        for widget in view.widgets:
            problems.extend(_widget_problems(spec, view, widget))
        return problems
    if view.widgets:
        add(f"{where}: only dashboards have widgets")
    if view.entity is None:
        add(f"{where}: a {view.type.value} view needs an entity")
        return problems
    entity = spec.entity(view.entity)
    if entity is None:
        add(f"{where}: there is no entity {view.entity!r}")
        return problems
    for name in view.fields:
        if name not in SYSTEM_COLUMNS and entity.field(name) is None:
            add(f"{where}: {name!r} is not a field of {entity.name!r}")
    if view.type == ViewType.kanban:
        group = entity.field(view.group_by) if view.group_by else None
        if group is None or group.type != FieldType.choice:
            add(f"{where}: a kanban board groups by a choice field of {entity.name!r} (group_by)")
    elif view.group_by is not None:
        add(f"{where}: group_by only applies to kanban views")
    if view.type == ViewType.calendar:
        date = entity.field(view.date_field) if view.date_field else None
        if view.date_field not in ("created_at", "updated_at") and (date is None or date.type not in DATE_TYPES):
            add(f"{where}: a calendar needs a date or datetime field of {entity.name!r} (date_field)")
    elif view.date_field is not None:
        add(f"{where}: date_field only applies to calendar views")
    if view.image_field is not None:
        image = entity.field(view.image_field)
        if image is None or image.type != FieldType.image:
            add(f"{where}: image_field {view.image_field!r} is not an image field of {entity.name!r}")
    problems.extend(_filter_problems(entity, view.filters, where))
    problems.extend(_sort_problems(entity, view.sort, where))
    return problems


def _widget_problems(spec: AppSpec, view: View, widget: Widget) -> list[str]:
    problems: list[str] = []
    add = problems.append
    where = f"view {view.name!r}, widget {widget.title!r}"
    entity = spec.entity(widget.entity)
    if entity is None:
        return [f"{where}: there is no entity {widget.entity!r}"]
    if widget.aggregate == "count":
        if widget.field is not None and entity.field(widget.field) is None:
            add(f"{where}: {widget.field!r} is not a field of {entity.name!r}")
    else:
        field = entity.field(widget.field) if widget.field else None
        numeric = field is not None and (field.type in NUMERIC_TYPES or field.type == FieldType.computed)
        if not numeric:
            add(f"{where}: {widget.aggregate} needs a number field of {entity.name!r}")
    if widget.type == WidgetType.stat:
        if widget.group_by is not None:
            add(f"{where}: a stat tile shows one figure and cannot be grouped")
        if widget.period is not None:
            add(f"{where}: a stat tile shows one figure; a period applies only to charts")
    else:
        if widget.group_by is None:
            add(f"{where}: a {widget.type.value} chart needs a field to group by")
        elif widget.group_by not in SYSTEM_COLUMNS and entity.field(widget.group_by) is None:
            add(f"{where}: cannot group by {widget.group_by!r}: not a field of {entity.name!r}")
        else:
            group = entity.field(widget.group_by)
            is_date = widget.group_by in ("created_at", "updated_at") or (group is not None and group.type in DATE_TYPES)
            if widget.period is not None and not is_date:
                add(f"{where}: grouping by {widget.period} needs a date field")
            if widget.type == WidgetType.line and not is_date:
                add(f"{where}: a line chart runs over time: group it by a date field")
            if group is not None and group.type in (FieldType.many_to_many, FieldType.computed, FieldType.long_text):
                add(f"{where}: cannot group by a {group.type.value} field")
    problems.extend(_filter_problems(entity, widget.filters, where))
    return problems
