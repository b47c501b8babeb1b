"""What each operation does to a spec: one function per operation, applied to a draft copy.

`appforge.spec.operations` defines the language (the operation types, parsing) and applies a batch atomically;
this module holds the semantics of each operation: renames follow into views, formulas, widgets and seed rows;
removals archive; anything that does not fit raises `Refusal` with the reason.
"""

from __future__ import annotations

import io
import tokenize
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from appforge.spec.model import (
    AppSpec,
    Archived,
    Auth,
    Block,
    ChoiceOption,
    Entity,
    Field,
    FieldType,
    Permission,
    Role,
    Theme,
    View,
    ViewType,
    Widget,
)
from appforge.spec.validate import slug, value_problem

if TYPE_CHECKING:
    from appforge.spec.operations import (
        AddBlock,
        AddEntity,
        AddField,
        AddOption,
        AddRole,
        AddView,
        AddWidget,
        ChangeType,
        ConfigureBlock,
        ConfigureEntity,
        ConfigureView,
        ConfigureWidget,
        RemoveBlock,
        RemoveEntity,
        RemoveField,
        RemoveOption,
        RemovePermission,
        RemoveRole,
        RemoveView,
        RemoveWidget,
        RenameEntity,
        RenameField,
        RestoreEntity,
        RestoreField,
        SeedRows,
        SetApp,
        SetAuth,
        SetField,
        SetHome,
        SetNav,
        SetPermission,
        SetTheme,
        _Op,
    )


class Refusal(ValueError):
    """An operation that does not fit the spec; `apply_operations` adds which operation it was."""


def clean_message(message: str) -> str:
    return message.removeprefix("Value error, ")


_clean = clean_message


def _refuse(reason: str) -> Refusal:
    return Refusal(reason)


def _entity(spec: AppSpec, name: str) -> Entity:
    entity = spec.entity(name)
    if entity is None:
        known = ", ".join(e.name for e in spec.entities) or "none yet"
        raise _refuse(f"there is no entity {name!r} (entities: {known})")
    return entity


def _field(entity: Entity, name: str) -> Field:
    field = entity.field(name)
    if field is None:
        known = ", ".join(f.name for f in entity.fields) or "none yet"
        raise _refuse(f"entity {entity.name!r} has no field {name!r} (fields: {known})")
    return field


def _view(spec: AppSpec, name: str) -> View:
    view = spec.view(name)
    if view is None:
        known = ", ".join(v.name for v in spec.views) or "none yet"
        raise _refuse(f"there is no view {name!r} (views: {known})")
    return view


def _widget(view: View, key: str) -> Widget:
    for widget in view.widgets:
        if key in (widget.id, widget.title) or slug(key) == widget.id:
            return widget
    raise _refuse(f"view {view.name!r} has no widget {key!r}")


def _given(op: _Op, exclude: set[str]) -> dict[str, Any]:
    """The settings an operation actually carries, so that an explicit null clears and an absent key keeps."""
    return {k: getattr(op, k) for k in op.model_fields_set - exclude - {"op"}}


def rename_in_formula(formula: str, old: str, new: str) -> str:
    tokens = list(tokenize.generate_tokens(io.StringIO(formula).readline))
    out = []
    for i, tok in enumerate(tokens):
        is_call = i + 1 < len(tokens) and tokens[i + 1].string == "("
        if tok.type == tokenize.NAME and tok.string == old and not is_call:
            tok = tok._replace(string=new)
        out.append(tok)
    return tokenize.untokenize(out).strip()


# --- entities -----------------------------------------------------------------------------------------------


def _add_entity(spec: AppSpec, op: AddEntity) -> None:
    if spec.entity(op.entity) is not None:
        raise _refuse(f"there is already an entity {op.entity!r}")
    spec.entities.append(
        Entity(
            name=op.entity, label=op.label, plural=op.plural, icon=op.icon,
            display_field=op.display_field, fields=[f.model_copy() for f in op.fields],
        )
    )


def _rename_entity(spec: AppSpec, op: RenameEntity) -> None:
    entity = _entity(spec, op.entity)
    if op.to != op.entity and spec.entity(op.to) is not None:
        raise _refuse(f"there is already an entity {op.to!r}")
    old = entity.name
    entity.name = op.to
    if op.label is not None:
        entity.label = op.label
    elif entity.label is None:
        pass
    for other in spec.entities:
        for field in other.fields:
            if field.target == old:
                field.target = op.to
    for view in spec.views:
        if view.entity == old:
            view.entity = op.to
        for widget in view.widgets:
            if widget.entity == old:
                widget.entity = op.to
    for perm in spec.permissions:
        if perm.entity == old:
            perm.entity = op.to
    if old in spec.seed:
        spec.seed[op.to] = spec.seed.pop(old)
    for item in spec.archive:
        if item.entity == old:
            item.entity = op.to
        if item.field is not None and item.field.target == old:
            item.field.target = op.to


def _remove_entity(spec: AppSpec, op: RemoveEntity) -> None:
    entity = _entity(spec, op.entity)
    for other in spec.entities:
        if other.name == entity.name:
            continue
        for field in other.fields:
            if field.target == entity.name:
                raise _refuse(
                    f"field {other.name}.{field.name} refers to {entity.name!r}; remove or change that field first"
                )
    spec.entities.remove(entity)
    spec.archive.append(Archived(kind="entity", entity=entity.name, definition=entity))
    for view in list(spec.views):
        if view.entity == entity.name:
            _drop_view(spec, view)
        else:
            view.widgets = [w for w in view.widgets if w.entity != entity.name]
    spec.permissions = [p for p in spec.permissions if p.entity != entity.name]
    spec.seed.pop(entity.name, None)


def _restore_entity(spec: AppSpec, op: RestoreEntity) -> None:
    if spec.entity(op.entity) is not None:
        raise _refuse(f"there is already a live entity {op.entity!r}")
    for item in reversed(spec.archive):
        if item.kind == "entity" and item.entity == op.entity and item.definition is not None:
            spec.archive.remove(item)
            definition = item.definition
            for field in definition.fields:
                if field.target and spec.entity(field.target) is None and field.target != definition.name:
                    raise _refuse(f"its field {field.name!r} refers to {field.target!r}, which is not live; restore that first")
            spec.entities.append(definition)
            return
    raise _refuse(f"there is no archived entity {op.entity!r} to restore")


def _configure_entity(spec: AppSpec, op: ConfigureEntity) -> None:
    entity = _entity(spec, op.entity)
    for key, value in _given(op, {"entity"}).items():
        setattr(entity, key, value)


# --- fields -------------------------------------------------------------------------------------------------


def _add_field(spec: AppSpec, op: AddField) -> None:
    entity = _entity(spec, op.entity)
    if entity.field(op.field.name) is not None:
        raise _refuse(f"entity {entity.name!r} already has a field {op.field.name!r}")
    field = op.field.model_copy(update={"id": ""})
    if op.after is not None:
        _field(entity, op.after)
        position = next(i for i, f in enumerate(entity.fields) if f.name == op.after) + 1
        entity.fields.insert(position, field)
    else:
        entity.fields.append(field)


def _rename_field(spec: AppSpec, op: RenameField) -> None:
    entity = _entity(spec, op.entity)
    field = _field(entity, op.field)
    if op.to != op.field and entity.field(op.to) is not None:
        raise _refuse(f"entity {entity.name!r} already has a field {op.to!r}")
    old, new = field.name, op.to
    field.name = new
    if op.label is not None:
        field.label = op.label
    if entity.display_field == old:
        entity.display_field = new
    for key in entity.order_by:
        if key.field == old:
            key.field = new
    for other in entity.fields:
        if other.formula:
            other.formula = rename_in_formula(other.formula, old, new)
    for view in spec.views:
        if view.entity == entity.name:
            view.fields = [new if n == old else n for n in view.fields]
            for attr in ("group_by", "date_field", "image_field"):
                if getattr(view, attr) == old:
                    setattr(view, attr, new)
            for item in [*view.filters, *view.sort]:
                if item.field == old:
                    item.field = new
        for widget in view.widgets:
            if widget.entity == entity.name:
                if widget.field == old:
                    widget.field = new
                if widget.group_by == old:
                    widget.group_by = new
                for flt in widget.filters:
                    if flt.field == old:
                        flt.field = new
    for row in spec.seed.get(entity.name, []):
        if old in row:
            row[new] = row.pop(old)


def _field_users(spec: AppSpec, entity: Entity, name: str) -> list[str]:
    """What would break if the field went: the reasons to refuse its removal."""
    users = []
    for other in entity.fields:
        if other.name != name and other.formula and name in _formula_names_safe(other.formula):
            users.append(f"the formula of {entity.name}.{other.name} reads it")
    for view in spec.views:
        if view.entity == entity.name:
            if view.group_by == name:
                users.append(f"view {view.name!r} groups by it")
            if view.date_field == name:
                users.append(f"view {view.name!r} is a calendar on it")
        for widget in view.widgets:
            if widget.entity == entity.name and name in (widget.field, widget.group_by):
                users.append(f"widget {widget.title!r} of view {view.name!r} uses it")
    return users


def _formula_names_safe(formula: str) -> set[str]:
    from appforge.spec.formula import FormulaError, formula_names

    try:
        return formula_names(formula)
    except FormulaError:
        return set()


def _remove_field(spec: AppSpec, op: RemoveField) -> None:
    entity = _entity(spec, op.entity)
    field = _field(entity, op.field)
    users = _field_users(spec, entity, field.name)
    if users:
        raise _refuse(f"cannot remove {entity.name}.{field.name}: {'; '.join(users)}; change those first")
    entity.fields.remove(field)
    spec.archive.append(Archived(kind="field", entity=entity.name, field=field))
    if entity.display_field == field.name:
        entity.display_field = None
    entity.order_by = [k for k in entity.order_by if k.field != field.name]
    for view in spec.views:
        if view.entity == entity.name:
            view.fields = [n for n in view.fields if n != field.name]
            view.filters = [f for f in view.filters if f.field != field.name]
            view.sort = [k for k in view.sort if k.field != field.name]
            if view.image_field == field.name:
                view.image_field = None
        for widget in view.widgets:
            if widget.entity == entity.name:
                widget.filters = [f for f in widget.filters if f.field != field.name]
    for row in spec.seed.get(entity.name, []):
        row.pop(field.name, None)


def _restore_field(spec: AppSpec, op: RestoreField) -> None:
    entity = _entity(spec, op.entity)
    if entity.field(op.field) is not None:
        raise _refuse(f"entity {entity.name!r} already has a live field {op.field!r}")
    for item in reversed(spec.archive):
        if item.kind == "field" and item.entity == entity.name and item.field and item.field.name == op.field:
            if item.replaced_by is not None:
                continue
            spec.archive.remove(item)
            entity.fields.append(item.field)
            return
    raise _refuse(f"there is no archived field {op.field!r} of {entity.name!r} to restore")


def _change_type(spec: AppSpec, op: ChangeType) -> None:
    entity = _entity(spec, op.entity)
    field = _field(entity, op.field)
    if field.type == op.type and op.type not in (FieldType.reference, FieldType.many_to_many):
        raise _refuse(f"{entity.name}.{field.name} is already {op.type.value}")
    old = field.model_copy(deep=True)
    field.type = op.type
    field.options = op.options if op.options is not None else (field.options if op.type in (FieldType.choice, FieldType.tags) else [])
    field.currency = op.currency if op.type == FieldType.money else None
    field.target = op.target if op.type in (FieldType.reference, FieldType.many_to_many) else None
    field.formula = op.formula if op.type == FieldType.computed else None
    field.pattern = field.pattern if op.type in (FieldType.text, FieldType.long_text, FieldType.email, FieldType.url, FieldType.phone) else None
    if old.type in (FieldType.text, FieldType.long_text) and op.type not in (FieldType.text, FieldType.long_text):
        field.min = field.max = None
    if field.default is not None and value_problem(field, field.default):
        field.default = None
    if op.type in (FieldType.choice, FieldType.tags) and not field.options:
        raise _refuse(f"changing {entity.name}.{field.name} to {op.type.value} needs its options")
    # A new id gives the converted values a column of their own; the old column stays, archived, for rollback.
    taken = {f.id for f in entity.fields} | {a.field.id for a in spec.archive if a.field is not None}
    new_id = old.id
    n = 2
    base = old.id.rsplit("__", 1)[0]
    while new_id in taken:
        new_id = f"{base}__{n}"
        n += 1
    field.id = new_id
    spec.archive.append(Archived(kind="field", entity=entity.name, field=old, replaced_by=new_id))
    for row in spec.seed.get(entity.name, []):
        if field.name in row:
            converted = _seed_value(field, row[field.name])
            if converted is None:
                row.pop(field.name)
            else:
                row[field.name] = converted


def _seed_value(field: Field, value: Any) -> Any:
    """A sample value carried across a type change: kept if it still fits, else reread, else dropped."""
    if value_problem(field, value) is None:
        return value
    text = str(value).lower() if isinstance(value, bool) else str(value)
    for candidate in (text, _number(text)):
        if candidate is not None and value_problem(field, candidate) is None:
            return candidate
    return None


def _number(text: str) -> int | float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def _set_field(spec: AppSpec, op: SetField) -> None:
    entity = _entity(spec, op.entity)
    field = _field(entity, op.field)
    given = _given(op, {"entity", "field"})
    if not given:
        raise _refuse("name at least one setting to change")
    for key, value in given.items():
        if key in ("required", "unique") and value is None:
            value = False
        setattr(field, key, value)


def _add_option(spec: AppSpec, op: AddOption) -> None:
    field = _field(_entity(spec, op.entity), op.field)
    if field.type not in (FieldType.choice, FieldType.tags):
        raise _refuse(f"{op.entity}.{op.field} is {field.type.value}, not a choice or tags field")
    if any(o.value == op.value for o in field.options):
        raise _refuse(f"{op.entity}.{op.field} already has the option {op.value!r}")
    field.options.append(ChoiceOption(value=op.value, color=op.color))


def _remove_option(spec: AppSpec, op: RemoveOption) -> None:
    field = _field(_entity(spec, op.entity), op.field)
    if not any(o.value == op.value for o in field.options):
        raise _refuse(f"{op.entity}.{op.field} has no option {op.value!r}")
    field.options = [o for o in field.options if o.value != op.value]
    if field.default == op.value:
        field.default = None


# --- views and dashboards -----------------------------------------------------------------------------------


def _add_view(spec: AppSpec, op: AddView) -> None:
    if spec.view(op.view.name) is not None:
        raise _refuse(f"there is already a view {op.view.name!r}")
    spec.views.append(op.view.model_copy(deep=True))
    if op.in_nav and spec.nav:
        spec.nav.append(op.view.name)


def _configure_view(spec: AppSpec, op: ConfigureView) -> None:
    view = _view(spec, op.view)
    for key, value in _given(op, {"view"}).items():
        if key in ("fields", "filters", "sort") and value is None:
            value = []
        if key == "page_size" and value is None:
            value = 25
        setattr(view, key, value)


def _drop_view(spec: AppSpec, view: View) -> None:
    spec.views.remove(view)
    spec.nav = [n for n in spec.nav if n != view.name]
    if spec.home == view.name:
        spec.home = None
    # A block belongs to its page, as a widget to its dashboard: it goes with the view.
    spec.blocks = [b for b in spec.blocks if b.view != view.name]


def _remove_view(spec: AppSpec, op: RemoveView) -> None:
    _drop_view(spec, _view(spec, op.view))


def _dashboard(spec: AppSpec, name: str) -> View:
    view = _view(spec, name)
    if view.type != ViewType.dashboard:
        raise _refuse(f"view {name!r} is a {view.type.value} view, not a dashboard")
    return view


def _add_widget(spec: AppSpec, op: AddWidget) -> None:
    view = _dashboard(spec, op.view)
    view.widgets.append(op.widget.model_copy(update={"id": ""}))


def _configure_widget(spec: AppSpec, op: ConfigureWidget) -> None:
    widget = _widget(_dashboard(spec, op.view), op.widget)
    for key, value in _given(op, {"view", "widget"}).items():
        if key == "filters" and value is None:
            value = []
        setattr(widget, key, value)


def _remove_widget(spec: AppSpec, op: RemoveWidget) -> None:
    view = _dashboard(spec, op.view)
    view.widgets.remove(_widget(view, op.widget))


# --- roles, permissions, access -----------------------------------------------------------------------------


def _add_role(spec: AppSpec, op: AddRole) -> None:
    if spec.role(op.role) is not None:
        raise _refuse(f"there is already a role {op.role!r}")
    spec.roles.append(Role(name=op.role, label=op.label))


def _remove_role(spec: AppSpec, op: RemoveRole) -> None:
    role = spec.role(op.role)
    if role is None:
        raise _refuse(f"there is no role {op.role!r}")
    users = [f"the {p.action} rule of {p.entity!r}" for p in spec.permissions if op.role in p.roles]
    # Dropping a role from a rule silently could widen access, so the person decides what replaces it.
    if users:
        raise _refuse(f"role {op.role!r} is named by {', '.join(users)}; change those rules first")
    spec.roles.remove(role)
    if spec.auth.default_role == op.role:
        spec.auth.default_role = None
    if spec.auth.owner_role == op.role:
        spec.auth.owner_role = None


def _set_permission(spec: AppSpec, op: SetPermission) -> None:
    _entity(spec, op.entity)
    if op.any_row and not op.own:
        raise _refuse("any_row is for the roles that may act on every row besides those limited to their own "
                      "(own: true); without own, name them all in roles")
    both = sorted(set(op.roles) & set(op.any_row))
    if both:
        raise _refuse(f"{', '.join(both)} cannot be limited to their own rows and act on any row at once")
    spec.permissions = [p for p in spec.permissions if not (p.entity == op.entity and p.action == op.action)]
    spec.permissions.append(Permission(entity=op.entity, action=op.action, roles=list(op.roles), own=op.own))
    if op.any_row:
        spec.permissions.append(Permission(entity=op.entity, action=op.action, roles=list(op.any_row)))


def _remove_permission(spec: AppSpec, op: RemovePermission) -> None:
    before = len(spec.permissions)
    spec.permissions = [p for p in spec.permissions if not (p.entity == op.entity and p.action == op.action)]
    if len(spec.permissions) == before:
        raise _refuse(f"there is no {op.action} rule on {op.entity!r}")


def _set_auth(spec: AppSpec, op: SetAuth) -> None:
    spec.auth = Auth.model_validate({**spec.auth.model_dump(), **_given(op, set())})


def _set_theme(spec: AppSpec, op: SetTheme) -> None:
    given = {k: v for k, v in _given(op, set()).items() if v is not None or k == "icon"}
    try:
        spec.theme = Theme.model_validate({**spec.theme.model_dump(), **given})
    except ValidationError as exc:
        raise _refuse(_clean(exc.errors()[0]["msg"])) from None


def _set_app(spec: AppSpec, op: SetApp) -> None:
    for key, value in _given(op, set()).items():
        setattr(spec, key, value or "")


def _set_nav(spec: AppSpec, op: SetNav) -> None:
    for name in op.views:
        _view(spec, name)
    spec.nav = list(op.views)


def _set_home(spec: AppSpec, op: SetHome) -> None:
    if op.view is not None:
        _view(spec, op.view)
    spec.home = op.view


# --- custom blocks --------------------------------------------------------------------------------------------------


def _block(spec: AppSpec, name: str) -> Block:
    block = spec.block(name)
    if block is None:
        known = ", ".join(b.name for b in spec.blocks) or "none yet"
        raise _refuse(f"there is no block {name!r} (blocks: {known})")
    return block


def _block_view(spec: AppSpec, name: str | None) -> None:
    if name is not None and spec.view(name) is None:
        known = ", ".join(v.name for v in spec.views) or "none yet"
        raise _refuse(f"there is no view {name!r} to show the block on (views: {known}; leave view out for the "
                      "home page)")


def _add_block(spec: AppSpec, op: AddBlock) -> None:
    if spec.block(op.block.name) is not None:
        raise _refuse(f"there is already a block {op.block.name!r}; use configure_block to change it")
    _block_view(spec, op.block.view)
    spec.blocks.append(op.block.model_copy(deep=True))


def _configure_block(spec: AppSpec, op: ConfigureBlock) -> None:
    block = _block(spec, op.block)
    given = _given(op, {"block"})
    if not given:
        raise _refuse("name at least one setting to change (title, view, html, css, height)")
    if "html" in given and given["html"] is None:
        raise _refuse("a block needs its html; remove the block with remove_block instead")
    if "height" in given and given["height"] is None:
        given["height"] = Block.model_fields["height"].default
    if "view" in given:
        _block_view(spec, given["view"])
    try:
        changed = Block.model_validate({**block.model_dump(), **given})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _refuse(f"{'.'.join(str(p) for p in first['loc'])}: {_clean(first['msg'])}") from None
    spec.blocks[spec.blocks.index(block)] = changed


def _remove_block(spec: AppSpec, op: RemoveBlock) -> None:
    spec.blocks.remove(_block(spec, op.block))


def _seed_rows(spec: AppSpec, op: SeedRows) -> None:
    _entity(spec, op.entity)
    spec.seed.setdefault(op.entity, []).extend(dict(r) for r in op.rows)


EDITS: dict[str, Any] = {
    "add_entity": _add_entity,
    "rename_entity": _rename_entity,
    "remove_entity": _remove_entity,
    "restore_entity": _restore_entity,
    "configure_entity": _configure_entity,
    "add_field": _add_field,
    "rename_field": _rename_field,
    "remove_field": _remove_field,
    "restore_field": _restore_field,
    "change_type": _change_type,
    "set_field": _set_field,
    "add_option": _add_option,
    "remove_option": _remove_option,
    "add_view": _add_view,
    "configure_view": _configure_view,
    "remove_view": _remove_view,
    "add_widget": _add_widget,
    "configure_widget": _configure_widget,
    "remove_widget": _remove_widget,
    "add_role": _add_role,
    "remove_role": _remove_role,
    "set_permission": _set_permission,
    "remove_permission": _remove_permission,
    "set_auth": _set_auth,
    "set_theme": _set_theme,
    "set_app": _set_app,
    "set_nav": _set_nav,
    "set_home": _set_home,
    "seed_rows": _seed_rows,
    "add_block": _add_block,
    "configure_block": _configure_block,
    "remove_block": _remove_block,
}
