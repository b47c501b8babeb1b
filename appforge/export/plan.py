"""What an export is made of: the spec's entities, fields, views and rules as Python and SQL names and types.

The code templates never look at the spec directly; they read this plan, so every naming decision (a class name,
a column, an attribute that would clash with a Python keyword or a Pydantic method) is made once, here, and the
models, schemas, migration, data copy and tests all agree on it.
"""

from __future__ import annotations

import builtins
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from appforge.export.formulas import FormulaCode, formula_code
from appforge.spec.model import (
    READ_ONLY_TYPES,
    TEXTUAL_TYPES,
    AppSpec,
    Entity,
    Field,
    FieldType,
    Filter,
    SortKey,
    View,
    Widget,
)

# Attribute names a generated class cannot take as they are: Python keywords, what SQLAlchemy's declarative base
# and Pydantic's BaseModel already define. Such a field keeps its name in the database, the API and the forms, and
# becomes `name_` in Python.
RESERVED_ATTRIBUTES = frozenset(keyword.kwlist) | {"metadata", "registry", "self", "cls"} | {
    name for name in dir(BaseModel) if not name.startswith("__")
}
# Class names the generated modules import or define themselves; an entity whose class name would be one of them
# is suffixed with "Item".
RESERVED_CLASSES = frozenset({
    "Any", "Annotated", "APIRouter", "Base", "BaseModel", "BigInteger", "Boolean", "Column", "ConfigDict", "Date",
    "DateTime", "Depends", "EntityPages", "Field", "FieldInfo", "ForeignKey", "Grant", "HTTPException", "Integer",
    "JSON", "Literal", "Mapped", "Numeric", "Path", "Query", "Record", "Request", "Response", "Rule", "Select",
    "Session", "Settings", "Table", "Text", "Time", "User", "Widget",
})
# Module names the generated packages use for themselves.
RESERVED_MODULES = frozenset({"base", "common", "user", "users", "auth", "deps", "registry"})

SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "created_by")


class ExportError(ValueError):
    """The app cannot be exported as it stands; the message says what and where."""


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


@dataclass
class FieldPlan:
    """One field of an entity as the generated code sees it."""

    spec: Field
    name: str  # the name in the spec, the API, the forms and (for plain fields) the database column
    attr: str  # the Python attribute on the model and the schemas
    kind: str  # the spec's field type, as text
    label: str
    help: str | None
    required: bool
    unique: bool
    default: Any
    options: list[tuple[str, str | None]]
    target: str | None = None  # the target entity's name (reference, many_to_many)
    column: str | None = None  # the database column (None: no column of its own)
    link_attr: str | None = None  # reference/user: the relationship attribute; `attr` is then the id column's
    formula: FormulaCode | None = None
    association: str | None = None  # many_to_many: the association table
    left_column: str | None = None
    right_column: str | None = None

    @property
    def is_column(self) -> bool:
        return self.column is not None

    @property
    def writable(self) -> bool:
        return self.spec.type not in READ_ONLY_TYPES

    @property
    def is_file(self) -> bool:
        return self.kind in ("image", "file")

    @property
    def api_writable(self) -> bool:
        """Set through the JSON API: uploads go through the forms only, as in appforge."""
        return self.writable and not self.is_file

    @property
    def key(self) -> str:
        """The field's name in the schemas and in a dict of validated values (`class_` for `class`)."""
        return self.link_attr or self.attr

    @property
    def display_attr(self) -> str:
        """What a page reads to show the value: the related row for a relation, else the attribute."""
        return self.link_attr or self.attr

    @property
    def textual(self) -> bool:
        return self.spec.type in TEXTUAL_TYPES

    @property
    def python_type(self) -> str:
        return PYTHON_TYPES.get(self.kind, "str")

    @property
    def min(self) -> Any:
        return self.spec.min

    @property
    def max(self) -> Any:
        return self.spec.max

    @property
    def pattern(self) -> str | None:
        return self.spec.pattern

    @property
    def currency(self) -> str | None:
        return self.spec.currency


PYTHON_TYPES = {
    "integer": "int", "rating": "int", "decimal": "float", "money": "float", "boolean": "bool", "date": "dt.date",
    "datetime": "dt.datetime", "time": "dt.time", "tags": "list[str]", "reference": "int", "user": "int",
}


@dataclass
class EntityPlan:
    spec: Entity
    name: str
    class_name: str
    module: str
    table: str
    title: str
    plural: str
    icon: str | None
    display: str  # the spec name of the field that names a row ("id" when none)
    fields: list[FieldPlan]
    order_by: list[SortKey]

    def field(self, name: str) -> FieldPlan | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def columns(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.is_column]

    @property
    def writable(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.writable]

    @property
    def api_writable(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.api_writable]

    @property
    def references(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.kind == "reference"]

    @property
    def user_fields(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.kind == "user"]

    @property
    def links(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.kind == "many_to_many"]

    @property
    def computed(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.kind == "computed"]

    @property
    def choices(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.kind in ("choice", "tags")]

    @property
    def unique(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.unique and f.is_column]

    @property
    def searchable(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.is_column and (f.textual or f.kind == "choice")]

    @property
    def sortable(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.is_column and f.kind != "tags"]

    @property
    def display_field(self) -> FieldPlan | None:
        return self.field(self.display)

    @property
    def files(self) -> list[FieldPlan]:
        return [f for f in self.fields if f.is_file]


@dataclass
class ViewPlan:
    spec: View
    name: str
    kind: str
    heading: str
    entity: EntityPlan | None
    fields: list[str]  # spec names of the fields it shows (system columns included)
    filters: list[Filter]
    sort: list[SortKey]
    page_size: int
    group_by: str | None = None
    date_field: str | None = None
    image_field: str | None = None
    widgets: list[Widget] = field(default_factory=list)

    @property
    def function(self) -> str:
        """The route function's name."""
        return f"{self.name}_page" if self.name in RESERVED_ATTRIBUTES or hasattr(builtins, self.name) else self.name


@dataclass
class AppPlan:
    spec: AppSpec
    name: str
    title: str
    description: str
    entities: list[EntityPlan]
    views: list[ViewPlan]
    roles: list[tuple[str, str]]
    nav: list[str]
    home: str | None

    def entity(self, name: str) -> EntityPlan:
        found = next((e for e in self.entities if e.name == name), None)
        if found is None:
            raise ExportError(f"there is no entity {name!r}")
        return found

    def view(self, name: str) -> ViewPlan | None:
        return next((v for v in self.views if v.name == name), None)

    def view_kinds(self) -> set[str]:
        return {v.kind for v in self.views}

    @property
    def public(self) -> bool:
        return self.spec.auth.access == "public"

    @property
    def has_computed(self) -> bool:
        return any(e.computed for e in self.entities)

    @property
    def has_files(self) -> bool:
        return any(e.files for e in self.entities)

    @property
    def package(self) -> str:
        """The distribution name in pyproject.toml."""
        return self.name

    def creation_order(self) -> list[EntityPlan]:
        """Entities with the ones others refer to first, so a migration can create them in this order."""
        done: list[EntityPlan] = []
        pending = list(self.entities)
        while pending:
            ready = [e for e in pending if all(
                f.target in {d.name for d in done} or f.target == e.name
                for f in e.references
            )]
            chosen = ready[0] if ready else pending[0]  # a cycle: SQLite does not mind the order
            done.append(chosen)
            pending.remove(chosen)
        return done


def _attr(name: str) -> str:
    return f"{name}_" if name in RESERVED_ATTRIBUTES or name.startswith("model_") else name


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}_{n}"
        n += 1
    taken.add(candidate)
    return candidate


def plan_field(entity: Entity, spec_field: Field, taken: set[str], tables: set[str]) -> FieldPlan:
    kind = spec_field.type.value
    plan = FieldPlan(
        spec=spec_field, name=spec_field.name, attr=_attr(spec_field.name), kind=kind, label=spec_field.title,
        help=spec_field.help, required=spec_field.required, unique=spec_field.unique, default=spec_field.default,
        options=[(o.value, o.color if o.color and o.color.startswith("#") else None) for o in spec_field.options],
        target=spec_field.target,
    )
    if spec_field.type in (FieldType.reference, FieldType.user):
        plan.link_attr = plan.attr
        plan.attr = plan.column = _unique(f"{spec_field.name}_id", taken)
    elif spec_field.type == FieldType.many_to_many:
        plan.association = _unique(f"{entity.name}_{spec_field.name}", tables)
        plan.left_column = f"{entity.name}_id"
        right = f"{spec_field.target}_id" if spec_field.target != entity.name else f"{spec_field.name}_id"
        plan.right_column = right if right != plan.left_column else f"other_{right}"
    elif spec_field.type not in READ_ONLY_TYPES:
        plan.column = spec_field.name
    return plan


def plan_entity(entity: Entity, classes: set[str], modules: set[str], tables: set[str]) -> EntityPlan:
    class_name = camel(entity.name)
    if class_name in RESERVED_CLASSES:
        class_name += "Item"
    module = entity.name
    if module in RESERVED_MODULES or keyword.iskeyword(module):
        module += "_entity"
    # Attribute names of the class: the system columns, every field's own name, then the derived ones.
    taken = set(SYSTEM_COLUMNS) | {f.name for f in entity.fields} | {_attr(f.name) for f in entity.fields}
    fields = [plan_field(entity, f, taken, tables) for f in entity.fields]
    attributes = {f.name: f.attr for f in fields}
    for f in fields:
        if f.name in SYSTEM_COLUMNS:  # a created_at field called created_at is the system column itself
            f.column = None
        if f.kind == "computed":
            f.formula = formula_code(f.spec.formula or "", attributes)
    return EntityPlan(
        spec=entity, name=entity.name, class_name=_unique(class_name, classes), module=_unique(module, modules),
        table=entity.name, title=entity.title, plural=entity.plural_title, icon=entity.icon,
        display=entity.display(), fields=fields, order_by=list(entity.order_by),
    )


def plan_app(spec: AppSpec) -> AppPlan:
    """The plan of `spec`, or ExportError when something in it cannot become Python."""
    classes: set[str] = set()
    modules: set[str] = set()
    tables: set[str] = {e.name for e in spec.entities} | {"users", "alembic_version"}
    if "users" in {e.name for e in spec.entities}:
        raise ExportError("an entity named 'users' would clash with the table of the app's users")
    entities = [plan_entity(e, classes, modules, tables) for e in spec.entities]
    by_name = {e.name: e for e in entities}
    views = []
    for view in spec.views:
        entity = by_name.get(view.entity or "")
        fields = list(view.fields)
        views.append(ViewPlan(
            spec=view, name=view.name, kind=view.type.value, heading=view.heading, entity=entity, fields=fields,
            filters=list(view.filters), sort=list(view.sort), page_size=view.page_size, group_by=view.group_by,
            date_field=view.date_field, image_field=view.image_field, widgets=list(view.widgets),
        ))
    bad_views = [v.name for v in views if not re.match(r"^[a-z][a-z0-9_]*$", v.name)]
    if bad_views:
        raise ExportError(f"view {bad_views[0]!r}: its name is not a Python identifier")
    return AppPlan(
        spec=spec, name=spec.name, title=spec.heading, description=spec.description, entities=entities,
        views=views, roles=[(r.name, r.label or r.name.replace("_", " ").capitalize()) for r in spec.roles],
        nav=list(spec.nav), home=spec.home,
    )
