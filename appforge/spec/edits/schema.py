"""What the operations on entities, fields and seed rows do: renames follow into views, formulas, widgets and seed
rows; removals archive."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from appforge.spec.edits.app import drop_view
from appforge.spec.edits.finding import find_entity, find_field, refuse, rename_in_formula, settings_given
from appforge.spec.model import (
    AppSpec,
    Archived,
    ChoiceOption,
    Entity,
    Field,
    FieldType,
)
from appforge.spec.validate import value_problem

if TYPE_CHECKING:
    from appforge.spec.operations import (
        AddEntity,
        AddField,
        AddOption,
        ChangeType,
        ConfigureEntity,
        RemoveEntity,
        RemoveField,
        RemoveOption,
        RenameEntity,
        RenameField,
        RestoreEntity,
        RestoreField,
        SeedRows,
        SetField,
    )


def _add_entity(spec: AppSpec, op: AddEntity) -> None:
    if spec.entity(op.entity) is not None:
        raise refuse(f"there is already an entity {op.entity!r}")
    spec.entities.append(
        Entity(
            name=op.entity, label=op.label, plural=op.plural, icon=op.icon,
            display_field=op.display_field, fields=[f.model_copy() for f in op.fields],
        )
    )


def _rename_entity(spec: AppSpec, op: RenameEntity) -> None:
    entity = find_entity(spec, op.entity)
    if op.to != op.entity and spec.entity(op.to) is not None:
        raise refuse(f"there is already an entity {op.to!r}")
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
    entity = find_entity(spec, op.entity)
    for other in spec.entities:
        if other.name == entity.name:
            continue
        for field in other.fields:
            if field.target == entity.name:
                raise refuse(
                    f"field {other.name}.{field.name} refers to {entity.name!r}; remove or change that field first"
                )
    spec.entities.remove(entity)
    spec.archive.append(Archived(kind="entity", entity=entity.name, definition=entity))
    for view in list(spec.views):
        if view.entity == entity.name:
            drop_view(spec, view)
        else:
            view.widgets = [w for w in view.widgets if w.entity != entity.name]
    spec.permissions = [p for p in spec.permissions if p.entity != entity.name]
    spec.seed.pop(entity.name, None)


def _restore_entity(spec: AppSpec, op: RestoreEntity) -> None:
    if spec.entity(op.entity) is not None:
        raise refuse(f"there is already a live entity {op.entity!r}")
    for item in reversed(spec.archive):
        if item.kind == "entity" and item.entity == op.entity and item.definition is not None:
            spec.archive.remove(item)
            definition = item.definition
            for field in definition.fields:
                if field.target and spec.entity(field.target) is None and field.target != definition.name:
                    raise refuse(f"its field {field.name!r} refers to {field.target!r}, which is not live; restore that first")
            spec.entities.append(definition)
            return
    raise refuse(f"there is no archived entity {op.entity!r} to restore")


def _configure_entity(spec: AppSpec, op: ConfigureEntity) -> None:
    entity = find_entity(spec, op.entity)
    for key, value in settings_given(op, {"entity"}).items():
        setattr(entity, key, value)




def _add_field(spec: AppSpec, op: AddField) -> None:
    entity = find_entity(spec, op.entity)
    if entity.field(op.field.name) is not None:
        raise refuse(f"entity {entity.name!r} already has a field {op.field.name!r}")
    field = op.field.model_copy(update={"id": ""})
    if op.after is not None:
        find_field(entity, op.after)
        position = next(i for i, f in enumerate(entity.fields) if f.name == op.after) + 1
        entity.fields.insert(position, field)
    else:
        entity.fields.append(field)


def _rename_field(spec: AppSpec, op: RenameField) -> None:
    entity = find_entity(spec, op.entity)
    field = find_field(entity, op.field)
    if op.to != op.field and entity.field(op.to) is not None:
        raise refuse(f"entity {entity.name!r} already has a field {op.to!r}")
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
    entity = find_entity(spec, op.entity)
    field = find_field(entity, op.field)
    users = _field_users(spec, entity, field.name)
    if users:
        raise refuse(f"cannot remove {entity.name}.{field.name}: {'; '.join(users)}; change those first")
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
    entity = find_entity(spec, op.entity)
    if entity.field(op.field) is not None:
        raise refuse(f"entity {entity.name!r} already has a live field {op.field!r}")
    for item in reversed(spec.archive):
        if item.kind == "field" and item.entity == entity.name and item.field and item.field.name == op.field:
            if item.replaced_by is not None:
                continue
            spec.archive.remove(item)
            entity.fields.append(item.field)
            return
    raise refuse(f"there is no archived field {op.field!r} of {entity.name!r} to restore")


def _change_type(spec: AppSpec, op: ChangeType) -> None:
    entity = find_entity(spec, op.entity)
    field = find_field(entity, op.field)
    if field.type == op.type and op.type not in (FieldType.reference, FieldType.many_to_many):
        raise refuse(f"{entity.name}.{field.name} is already {op.type.value}")
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
        raise refuse(f"changing {entity.name}.{field.name} to {op.type.value} needs its options")
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
    entity = find_entity(spec, op.entity)
    field = find_field(entity, op.field)
    given = settings_given(op, {"entity", "field"})
    if not given:
        raise refuse("name at least one setting to change")
    for key, value in given.items():
        if key in ("required", "unique") and value is None:
            value = False
        setattr(field, key, value)


def _add_option(spec: AppSpec, op: AddOption) -> None:
    field = find_field(find_entity(spec, op.entity), op.field)
    if field.type not in (FieldType.choice, FieldType.tags):
        raise refuse(f"{op.entity}.{op.field} is {field.type.value}, not a choice or tags field")
    if any(o.value == op.value for o in field.options):
        raise refuse(f"{op.entity}.{op.field} already has the option {op.value!r}")
    field.options.append(ChoiceOption(value=op.value, color=op.color))


def _remove_option(spec: AppSpec, op: RemoveOption) -> None:
    field = find_field(find_entity(spec, op.entity), op.field)
    if not any(o.value == op.value for o in field.options):
        raise refuse(f"{op.entity}.{op.field} has no option {op.value!r}")
    field.options = [o for o in field.options if o.value != op.value]
    if field.default == op.value:
        field.default = None


def _seed_rows(spec: AppSpec, op: SeedRows) -> None:
    find_entity(spec, op.entity)
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
    "seed_rows": _seed_rows,
}
