"""The operations language: every change to an app, from a person or a model, is a list of these.

A model never writes code into the runtime: it proposes operations, and `apply_operations` either applies the
whole batch to a copy of the spec or refuses it with an `OperationError` that names the operation and the
reason. Renames carry their consequences (views, formulas, permissions, seed rows follow the new name);
removals archive what they take away so it can be restored with its data.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from pydantic import Field as PydanticField

from appforge.spec.edits import EDITS, Refusal
from appforge.spec.edits import clean_message as _clean
from appforge.spec.model import (
    Action,
    AppSpec,
    Block,
    ChoiceOption,
    Field,
    FieldType,
    Filter,
    SortKey,
    View,
    Widget,
)


class OperationError(ValueError):
    """A batch was refused. `index` is the 1-based position of the operation at fault (0: the batch as a whole)."""

    def __init__(self, index: int, op: str, reason: str):
        self.index, self.op, self.reason = index, op, reason
        where = f"operation {index} ({op})" if index else "operations"
        super().__init__(f"{where}: {reason}")


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def summary(self) -> str:
        return self.op.replace("_", " ")  # type: ignore[attr-defined]


class AddEntity(_Op):
    op: Literal["add_entity"] = "add_entity"
    entity: str
    label: str | None = None
    plural: str | None = None
    icon: str | None = None
    display_field: str | None = None
    fields: list[Field] = PydanticField(default_factory=list)

    def summary(self) -> str:
        return f"added entity {self.label or self.entity} with {len(self.fields)} fields"


class RenameEntity(_Op):
    op: Literal["rename_entity"] = "rename_entity"
    entity: str
    to: str
    label: str | None = None

    def summary(self) -> str:
        return f"renamed entity {self.entity} to {self.to}"


class RemoveEntity(_Op):
    op: Literal["remove_entity"] = "remove_entity"
    entity: str

    def summary(self) -> str:
        return f"removed entity {self.entity} (archived, can be restored)"


class RestoreEntity(_Op):
    op: Literal["restore_entity"] = "restore_entity"
    entity: str

    def summary(self) -> str:
        return f"restored entity {self.entity}"


class ConfigureEntity(_Op):
    op: Literal["configure_entity"] = "configure_entity"
    entity: str
    label: str | None = None
    plural: str | None = None
    icon: str | None = None
    display_field: str | None = None
    order_by: list[SortKey] | None = None

    def summary(self) -> str:
        return f"changed settings of entity {self.entity}"


class AddField(_Op):
    op: Literal["add_field"] = "add_field"
    entity: str
    field: Field
    after: str | None = None

    def summary(self) -> str:
        return f"added field {self.field.title} ({self.field.type.value}) to {self.entity}"


class RenameField(_Op):
    op: Literal["rename_field"] = "rename_field"
    entity: str
    field: str
    to: str
    label: str | None = None

    def summary(self) -> str:
        return f"renamed field {self.entity}.{self.field} to {self.to}"


class RemoveField(_Op):
    op: Literal["remove_field"] = "remove_field"
    entity: str
    field: str

    def summary(self) -> str:
        return f"removed field {self.entity}.{self.field} (archived, can be restored)"


class RestoreField(_Op):
    op: Literal["restore_field"] = "restore_field"
    entity: str
    field: str

    def summary(self) -> str:
        return f"restored field {self.entity}.{self.field}"


class ChangeType(_Op):
    op: Literal["change_type"] = "change_type"
    entity: str
    field: str
    type: FieldType
    options: list[ChoiceOption] | None = None
    currency: str | None = None
    target: str | None = None
    formula: str | None = None

    def summary(self) -> str:
        return f"changed {self.entity}.{self.field} to {self.type.value}"


class SetField(_Op):
    """Set constraints and settings of a field. Only the keys given change; give null to clear one."""

    op: Literal["set_field"] = "set_field"
    entity: str
    field: str
    label: str | None = None
    help: str | None = None
    required: bool | None = None
    unique: bool | None = None
    default: Any = None
    min: float | str | None = None
    max: float | str | None = None
    pattern: str | None = None
    options: list[ChoiceOption] | None = None
    currency: str | None = None
    formula: str | None = None

    def summary(self) -> str:
        keys = sorted(self.model_fields_set - {"op", "entity", "field"})
        return f"set {', '.join(keys) or 'nothing'} of {self.entity}.{self.field}"


class AddOption(_Op):
    op: Literal["add_option"] = "add_option"
    entity: str
    field: str
    value: str
    color: str | None = None

    def summary(self) -> str:
        return f"added option {self.value!r} to {self.entity}.{self.field}"


class RemoveOption(_Op):
    op: Literal["remove_option"] = "remove_option"
    entity: str
    field: str
    value: str

    def summary(self) -> str:
        return f"removed option {self.value!r} from {self.entity}.{self.field}"


class AddView(_Op):
    op: Literal["add_view"] = "add_view"
    view: View
    in_nav: bool = True

    def summary(self) -> str:
        return f"added {self.view.type.value} view {self.view.heading!r}"


class ConfigureView(_Op):
    op: Literal["configure_view"] = "configure_view"
    view: str
    title: str | None = None
    fields: list[str] | None = None
    group_by: str | None = None
    date_field: str | None = None
    image_field: str | None = None
    filters: list[Filter] | None = None
    sort: list[SortKey] | None = None
    page_size: int | None = None

    def summary(self) -> str:
        return f"changed view {self.view}"


class RemoveView(_Op):
    op: Literal["remove_view"] = "remove_view"
    view: str

    def summary(self) -> str:
        return f"removed view {self.view}"


class AddWidget(_Op):
    op: Literal["add_widget"] = "add_widget"
    view: str
    widget: Widget

    def summary(self) -> str:
        return f"added {self.widget.type.value} {self.widget.title!r} to {self.view}"


class ConfigureWidget(_Op):
    op: Literal["configure_widget"] = "configure_widget"
    view: str
    widget: str
    title: str | None = None
    type: str | None = None
    aggregate: str | None = None
    field: str | None = None
    group_by: str | None = None
    period: str | None = None
    filters: list[Filter] | None = None

    def summary(self) -> str:
        return f"changed widget {self.widget!r} of {self.view}"


class RemoveWidget(_Op):
    op: Literal["remove_widget"] = "remove_widget"
    view: str
    widget: str

    def summary(self) -> str:
        return f"removed widget {self.widget!r} from {self.view}"


class AddRole(_Op):
    op: Literal["add_role"] = "add_role"
    role: str
    label: str | None = None

    def summary(self) -> str:
        return f"added role {self.role}"


class RemoveRole(_Op):
    op: Literal["remove_role"] = "remove_role"
    role: str

    def summary(self) -> str:
        return f"removed role {self.role}"


class SetPermission(_Op):
    """Who may do `action` on `entity`; replaces whatever rules that entity and action had.

    "Members edit their own tasks, leads edit all" is one rule in two parts: `roles` with `own`, and `any_row` for
    the roles that may act on every row besides, so a single change can say it and no order of changes loses half.
    """

    op: Literal["set_permission"] = "set_permission"
    entity: str
    action: Action
    roles: list[str]
    own: bool = False
    any_row: list[str] = PydanticField(default_factory=list)

    def summary(self) -> str:
        own = " (own rows only)" if self.own else ""
        also = f"; {', '.join(self.any_row)} on any row" if self.any_row else ""
        return f"only {', '.join(self.roles)} may {self.action} {self.entity}{own}{also}"


class RemovePermission(_Op):
    op: Literal["remove_permission"] = "remove_permission"
    entity: str
    action: Action

    def summary(self) -> str:
        return f"removed the {self.action} rule of {self.entity}"


class SetAuth(_Op):
    op: Literal["set_auth"] = "set_auth"
    access: Literal["public", "signin"] | None = None
    signup: bool | None = None
    default_role: str | None = None
    owner_role: str | None = None

    def summary(self) -> str:
        return "changed sign-in settings" if self.access is None else f"made the app {self.access}"


class SetTheme(_Op):
    op: Literal["set_theme"] = "set_theme"
    name: str | None = None
    primary: str | None = None
    background: str | None = None
    text: str | None = None
    accent: str | None = None
    dark: bool | None = None
    font: str | None = None
    radius: int | None = None
    icon: str | None = None

    def summary(self) -> str:
        keys = sorted(self.model_fields_set - {"op"})
        return f"changed the theme ({', '.join(keys)})"


class SetApp(_Op):
    op: Literal["set_app"] = "set_app"
    title: str | None = None
    description: str | None = None

    def summary(self) -> str:
        return "changed the app's title" if self.title else "changed the app's description"


class SetNav(_Op):
    op: Literal["set_nav"] = "set_nav"
    views: list[str]

    def summary(self) -> str:
        return f"set navigation to {', '.join(self.views)}"


class SetHome(_Op):
    op: Literal["set_home"] = "set_home"
    view: str | None

    def summary(self) -> str:
        return f"set the home page to {self.view}"


class SeedRows(_Op):
    op: Literal["seed_rows"] = "seed_rows"
    entity: str
    rows: list[dict[str, Any]]

    def summary(self) -> str:
        return f"added {len(self.rows)} sample rows to {self.entity}"


class AddBlock(_Op):
    """A custom block: bespoke HTML (and CSS) shown in a sandboxed iframe on the home page or a view's page."""

    op: Literal["add_block"] = "add_block"
    block: Block

    def summary(self) -> str:
        where = f"the {self.block.view} page" if self.block.view else "the home page"
        return f"added custom block {self.block.heading!r} to {where}"


class ConfigureBlock(_Op):
    """Change a custom block. Only the keys given change; `view: null` moves it to the home page."""

    op: Literal["configure_block"] = "configure_block"
    block: str
    title: str | None = None
    view: str | None = None
    html: str | None = None
    css: str | None = None
    height: int | None = None

    def summary(self) -> str:
        keys = sorted(self.model_fields_set - {"op", "block"})
        return f"changed {', '.join(keys) or 'nothing'} of custom block {self.block}"


class RemoveBlock(_Op):
    op: Literal["remove_block"] = "remove_block"
    block: str

    def summary(self) -> str:
        return f"removed custom block {self.block}"


Operation = Annotated[
    AddEntity | RenameEntity | RemoveEntity | RestoreEntity | ConfigureEntity | AddField | RenameField | RemoveField | RestoreField | ChangeType | SetField | AddOption | RemoveOption | AddView | ConfigureView | RemoveView | AddWidget | ConfigureWidget | RemoveWidget | AddRole | RemoveRole | SetPermission | RemovePermission | SetAuth | SetTheme | SetApp | SetNav | SetHome | SeedRows | AddBlock | ConfigureBlock | RemoveBlock,
    PydanticField(discriminator="op"),
]
_OPERATION = TypeAdapter(Operation)
OPERATION_NAMES: tuple[str, ...] = tuple(
    t.model_fields["op"].default for t in Operation.__origin__.__args__  # type: ignore[attr-defined]
)

# Custom blocks carry markup the operations language cannot check; only external models may propose them (the
# in-house model's program language has no words for them, and its training data never holds them).
EXTERNAL_ONLY_OPERATIONS: frozenset[str] = frozenset({"add_block", "configure_block", "remove_block"})


def parse_operation(data: Any, index: int = 1) -> Operation:
    if isinstance(data, BaseModel) and hasattr(data, "op"):
        return data  # type: ignore[return-value]
    name = data.get("op", "?") if isinstance(data, dict) else "?"
    if not isinstance(data, dict):
        raise OperationError(index, name, "an operation is a JSON object with an 'op' key")
    if name not in OPERATION_NAMES:
        raise OperationError(index, str(name), f"unknown operation; expected one of {', '.join(OPERATION_NAMES)}")
    try:
        return _OPERATION.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"][1:]) or "operation"
        raise OperationError(index, name, f"{loc}: {first['msg']}") from None


def parse_operations(data: Any) -> list[Operation]:
    """Operations from JSON text, a list of dicts, or one dict; errors name the operation's position."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise OperationError(0, "parse", f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if isinstance(data, dict) and "operations" in data:
        data = data["operations"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise OperationError(0, "parse", "expected a list of operations")
    return [parse_operation(item, i) for i, item in enumerate(data, start=1)]


def apply_operations(spec: AppSpec, operations: list[Operation] | list[dict[str, Any]]) -> AppSpec:
    """Apply a batch to a copy of `spec`: all of it, or none of it (the given spec is never changed)."""
    ops = parse_operations(list(operations))
    # One copy for the batch: each step edits the spec the last one validated, which nothing outside holds (a deep
    # copy of the whole spec per operation was most of the cost of a batch).
    current = spec.model_copy(deep=True)
    for index, op in enumerate(ops, start=1):
        try:
            EDITS[op.op](current, op)
            current = AppSpec.model_validate(current.model_dump())
        except Refusal as exc:
            raise OperationError(index, op.op, str(exc)) from None
        except ValidationError as exc:
            reasons = "; ".join(_clean(e["msg"]) for e in exc.errors())
            raise OperationError(index, op.op, f"the app would not be valid: {reasons}") from None
    return current


assert set(EDITS) == set(OPERATION_NAMES), set(OPERATION_NAMES) ^ set(EDITS)


def operations_json_schema() -> dict[str, Any]:
    """The JSON Schema of one operation; models use it for structured output."""
    return _OPERATION.json_schema()
