"""The app spec: the single source of truth of an app.

Everything else (the runtime's tables and pages, the model's answers, the exporter's code) is derived from an
`AppSpec`. Names are snake_case identifiers that people see in URLs and the API; every entity and field also
carries a stable `id` that never changes after creation, so that renames, removals and rollbacks can be told
apart from new things when two versions of a spec are compared.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic import Field as PydanticField

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
APP_NAME = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# Names the runtime uses for its own columns and routes; a field or entity may not take them.
RESERVED_FIELD_NAMES = frozenset({"id", "created_at", "updated_at", "created_by"})
RESERVED_ENTITY_NAMES = frozenset({"api", "auth", "static", "users", "user", "docs", "openapi", "admin", "v"})
# The most a custom block's html, or its css, may hold (UTF-8 bytes): a page section, not a site.
BLOCK_MAX_BYTES = 20 * 1024


class FieldType(str, Enum):
    text = "text"
    long_text = "long_text"
    integer = "integer"
    decimal = "decimal"
    money = "money"
    boolean = "boolean"
    date = "date"
    datetime = "datetime"
    time = "time"
    choice = "choice"
    tags = "tags"
    email = "email"
    url = "url"
    phone = "phone"
    rating = "rating"
    image = "image"
    file = "file"
    reference = "reference"
    many_to_many = "many_to_many"
    user = "user"
    computed = "computed"
    created_at = "created_at"
    updated_at = "updated_at"
    created_by = "created_by"


NUMERIC_TYPES = frozenset({FieldType.integer, FieldType.decimal, FieldType.money, FieldType.rating})
TEXTUAL_TYPES = frozenset(
    {FieldType.text, FieldType.long_text, FieldType.email, FieldType.url, FieldType.phone}
)
DATE_TYPES = frozenset({FieldType.date, FieldType.datetime, FieldType.created_at, FieldType.updated_at})
OPTION_TYPES = frozenset({FieldType.choice, FieldType.tags})
RELATION_TYPES = frozenset({FieldType.reference, FieldType.many_to_many})
# Values of these are kept by the runtime itself, never typed into a form.
SYSTEM_TYPES = frozenset({FieldType.created_at, FieldType.updated_at, FieldType.created_by})
READ_ONLY_TYPES = SYSTEM_TYPES | {FieldType.computed}
# A field of these types has no column of its own in the entity's table.
COLUMNLESS_TYPES = SYSTEM_TYPES | {FieldType.computed, FieldType.many_to_many}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class ChoiceOption(_Model):
    value: str = PydanticField(min_length=1, max_length=80)
    color: str | None = None

    @model_validator(mode="after")
    def _check_color(self) -> ChoiceOption:
        if self.color is not None and not (COLOR.match(self.color) or re.match(r"^[a-z]{3,20}$", self.color)):
            raise ValueError(f"option {self.value!r}: colour {self.color!r} is neither #rrggbb nor a colour name")
        return self


class Field(_Model):
    """A typed attribute of an entity. Constraints apply on the server, whatever the client."""

    name: str
    type: FieldType = FieldType.text
    id: str = ""
    label: str | None = None
    help: str | None = None
    required: bool = False
    unique: bool = False
    default: Any = None
    # Numbers: the value; text: the length; dates: ISO strings.
    min: float | str | None = None
    max: float | str | None = None
    pattern: str | None = None
    options: list[ChoiceOption] = PydanticField(default_factory=list)
    currency: str | None = None
    target: str | None = None
    formula: str | None = None

    @property
    def title(self) -> str:
        return self.label or humanize(self.name)


class SortKey(_Model):
    field: str
    desc: bool = False


FilterOp = Literal["eq", "ne", "lt", "le", "gt", "ge", "contains", "in", "empty", "not_empty"]


class Filter(_Model):
    """A condition on a field; `value` may be "today" or "me" (the signed-in user) where that makes sense."""

    field: str
    op: FilterOp = "eq"
    value: Any = None


class Entity(_Model):
    name: str
    id: str = ""
    label: str | None = None
    plural: str | None = None
    icon: str | None = None
    display_field: str | None = None
    order_by: list[SortKey] = PydanticField(default_factory=list)
    fields: list[Field] = PydanticField(default_factory=list)

    @property
    def title(self) -> str:
        return self.label or humanize(self.name)

    @property
    def plural_title(self) -> str:
        return self.plural or pluralize(self.title)

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def display(self) -> str:
        """The field that names a row: the declared one, else the first text-like field, else `id`."""
        if self.display_field:
            return self.display_field
        for f in self.fields:
            if f.type in (FieldType.text, FieldType.email):
                return f.name
        return "id"


class ViewType(str, Enum):
    table = "table"
    cards = "cards"
    kanban = "kanban"
    calendar = "calendar"
    detail = "detail"
    form = "form"
    dashboard = "dashboard"


class WidgetType(str, Enum):
    stat = "stat"
    bar = "bar"
    line = "line"
    pie = "pie"


Aggregate = Literal["count", "sum", "avg", "min", "max"]
Period = Literal["day", "week", "month"]


class Widget(_Model):
    """A dashboard tile: a single figure (`stat`) or a chart grouped by a field or by a period of a date field."""

    title: str
    type: WidgetType = WidgetType.stat
    entity: str
    aggregate: Aggregate = "count"
    field: str | None = None
    group_by: str | None = None
    period: Period | None = None
    filters: list[Filter] = PydanticField(default_factory=list)
    id: str = ""


class View(_Model):
    name: str
    type: ViewType = ViewType.table
    title: str | None = None
    entity: str | None = None
    fields: list[str] = PydanticField(default_factory=list)
    group_by: str | None = None
    date_field: str | None = None
    image_field: str | None = None
    filters: list[Filter] = PydanticField(default_factory=list)
    sort: list[SortKey] = PydanticField(default_factory=list)
    page_size: int = PydanticField(default=25, ge=1, le=500)
    widgets: list[Widget] = PydanticField(default_factory=list)

    @property
    def heading(self) -> str:
        return self.title or humanize(self.name)


Action = Literal["read", "create", "update", "delete"]
ACTIONS: tuple[Action, ...] = ("read", "create", "update", "delete")

# Who a permission may name besides the app's own roles.
EVERYONE = "everyone"  # anyone, signed in or not
SIGNED_IN = "signed_in"  # any signed-in app user
BUILT_IN_AUDIENCES = frozenset({EVERYONE, SIGNED_IN})


class Permission(_Model):
    """Who may do `action` on `entity`. With `own`, only on rows they created.

    When an entity has no permission for an action, the app's access mode decides: a public app lets everyone
    do it, a sign-in app lets any signed-in user do it.
    """

    entity: str
    action: Action
    roles: list[str] = PydanticField(default_factory=lambda: [SIGNED_IN])
    own: bool = False


class Role(_Model):
    name: str
    label: str | None = None


class Auth(_Model):
    access: Literal["public", "signin"] = "signin"
    signup: bool = True
    default_role: str | None = None
    # The first user to sign up to an app gets this role, so somebody can always administer it.
    owner_role: str | None = None


def luminance(color: str) -> float:
    """Relative luminance of a #rrggbb colour (0 black, 1 white): whether text on it must be light or dark."""
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


class Theme(_Model):
    name: str = "default"
    primary: str = "#4f46e5"
    background: str = "#ffffff"
    text: str = "#111827"
    accent: str = "#f59e0b"
    dark: bool = False
    font: str = "system-ui"
    radius: int = PydanticField(default=8, ge=0, le=32)
    icon: str | None = None

    @model_validator(mode="after")
    def _check_colors(self) -> Theme:
        for key in ("primary", "background", "text", "accent"):
            value = getattr(self, key)
            if not COLOR.match(value):
                raise ValueError(f"theme.{key}: {value!r} is not a colour like #1a2b3c")
        return self


class Block(_Model):
    """A custom touch the operations language cannot express: a bespoke page section with its own HTML and CSS.

    Only an external model (or a person) writes one; the in-house model cannot. The runtime never executes or
    templates it: it serves the html as data, alone in a document of its own under a strict Content Security
    Policy, shown in a sandboxed iframe on the home page (`view` None) or on the page of the view it names.
    See docs/blocks.md.
    """

    name: str
    title: str | None = None
    view: str | None = None
    html: str
    css: str | None = None
    height: int = PydanticField(default=240, ge=40, le=2000)

    @property
    def heading(self) -> str:
        return self.title or humanize(self.name)


class Archived(_Model):
    """What a removal took away, kept so that it can be restored and its id never reused."""

    kind: Literal["entity", "field"]
    entity: str
    field: Field | None = None
    definition: Entity | None = None
    # A type change archives the old field and gives the field a new id; this names that new id.
    replaced_by: str | None = None


class AppSpec(_Model):
    name: str
    title: str = ""
    description: str = ""
    format: int = 1
    theme: Theme = PydanticField(default_factory=Theme)
    entities: list[Entity] = PydanticField(default_factory=list)
    views: list[View] = PydanticField(default_factory=list)
    nav: list[str] = PydanticField(default_factory=list)
    home: str | None = None
    roles: list[Role] = PydanticField(default_factory=list)
    auth: Auth = PydanticField(default_factory=Auth)
    permissions: list[Permission] = PydanticField(default_factory=list)
    blocks: list[Block] = PydanticField(default_factory=list)
    seed: dict[str, list[dict[str, Any]]] = PydanticField(default_factory=dict)
    archive: list[Archived] = PydanticField(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> AppSpec:
        from appforge.spec.validate import assign_ids, spec_problems

        assign_ids(self)
        problems = spec_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def entity(self, name: str) -> Entity | None:
        return next((e for e in self.entities if e.name == name), None)

    def view(self, name: str) -> View | None:
        return next((v for v in self.views if v.name == name), None)

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.name == name), None)

    def block(self, name: str) -> Block | None:
        return next((b for b in self.blocks if b.name == name), None)

    @property
    def heading(self) -> str:
        return self.title or humanize(self.name)


def humanize(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def pluralize(word: str) -> str:
    if not word:
        return word
    lower = word.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
