"""Writing the text form: only what differs from the defaults, ids only where the name would not give them back."""

from __future__ import annotations

import json
from typing import Any

from appforge.spec.model import (
    OPTION_TYPES,
    RELATION_TYPES,
    AppSpec,
    Block,
    Entity,
    Field,
    FieldType,
    Filter,
    SortKey,
    Theme,
    View,
    ViewType,
)
from appforge.spec.text.grammar import BARE_VALUE, SYMBOL_OF, WORD
from appforge.spec.text.lines import read_value
from appforge.spec.validate import assign_ids


def to_text(spec: AppSpec) -> str:
    """The text form of `spec`; `from_text` reads it back to an equal spec."""
    implicit = _implicit_ids(spec)
    out: list[str] = []
    add = out.append
    add(_join("app", _word(spec.name), _quote(spec.title) if spec.title else ""))
    if spec.description:
        add(f"  description {_quote(spec.description)}")
    if spec.format != 1:
        add(f"  format {spec.format}")
    add(f"  access {spec.auth.access}")
    if not spec.auth.signup:
        add("  signup off")
    theme = _theme_settings(spec.theme)
    if theme:
        add("  theme " + " ".join(theme))
    for role in spec.roles:
        add(_join("role", _word(role.name), _quote(role.label) if role.label is not None else ""))
    if spec.auth.default_role is not None:
        add(f"default_role {_word(spec.auth.default_role)}")
    if spec.auth.owner_role is not None:
        add(f"owner_role {_word(spec.auth.owner_role)}")
    for entity in spec.entities:
        add("")
        out.extend(_entity_lines(entity, "", implicit))
    if spec.views:
        add("")
    for view in spec.views:
        out.extend(_view_lines(view, implicit))
    for block in spec.blocks:
        add("")
        out.extend(_block_lines(block))
    if spec.permissions:
        add("")
    for perm in spec.permissions:
        roles = ",".join(_word(r) for r in perm.roles) if perm.roles else "[]"
        add(_join("permission", _word(perm.entity), perm.action, roles, "own" if perm.own else ""))
    if spec.nav or spec.home is not None:
        add("")
    if spec.nav:
        add("nav " + ", ".join(_word(n) for n in spec.nav))
    if spec.home is not None:
        add(f"home {_word(spec.home)}")
    for entity_name, rows in spec.seed.items():
        add("")
        add(f"seed {_word(entity_name)}")
        out.extend("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    for archived in spec.archive:
        add("")
        replaced = f"replaced_by={_value(archived.replaced_by)}" if archived.replaced_by is not None else ""
        add(_join("archived", archived.kind, _word(archived.entity), replaced))
        if archived.field is not None:
            add("  " + _field_line(archived.field, None))
        if archived.definition is not None:
            out.extend(_entity_lines(archived.definition, "  ", None))
    return "\n".join(out) + "\n"


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _word(text: str) -> str:
    """A name as a bare word where it can be read back as itself, else quoted."""
    return text if WORD.match(text) else _quote(text)


def _value(value: Any) -> str:
    """Any JSON value; a string stays bare when it cannot be mistaken for a number, true, false or null."""
    if isinstance(value, str):
        if BARE_VALUE.match(value) and read_value(value) == value:
            return value
        return _quote(value)
    return json.dumps(value, ensure_ascii=False)


def _theme_settings(theme: Theme) -> list[str]:
    default = Theme()
    return [f"{key}={_value(getattr(theme, key))}" for key in Theme.model_fields
            if getattr(theme, key) != getattr(default, key)]


def _implicit_ids(spec: AppSpec) -> set[int]:
    """The entities, fields and widgets (by `id()`) whose id their name gives back, so the text can leave it out.

    Found by trying: blank the candidates' ids in a copy, assign ids as the model does, and keep only those that
    came back the same; repeat, since writing one id can change what another is assigned.
    """
    def things(s: AppSpec) -> list[Any]:
        found: list[Any] = []
        for entity in s.entities:
            found.append(entity)
            found.extend(entity.fields)
        for view in s.views:
            found.extend(view.widgets)
        return found

    originals = things(spec)
    candidates = set(range(len(originals)))
    while True:
        copy = spec.model_copy(deep=True)
        copies = things(copy)
        for i in candidates:
            copies[i].id = ""
        assign_ids(copy)
        wrong = {i for i in candidates if copies[i].id != originals[i].id}
        if not wrong:
            return {id(originals[i]) for i in candidates}
        candidates -= wrong


def _id_mark(thing: Any, implicit: set[int] | None) -> str:
    if not thing.id or (implicit is not None and id(thing) in implicit):
        return ""
    return "#" + _word(thing.id)


def _entity_lines(entity: Entity, indent: str, implicit: set[int] | None) -> list[str]:
    lines = [indent + _join("entity", _word(entity.name), _quote(entity.label) if entity.label is not None else "",
                            _id_mark(entity, implicit))]
    inner = indent + "  "
    if entity.plural is not None:
        lines.append(f"{inner}plural {_quote(entity.plural)}")
    if entity.icon is not None:
        lines.append(f"{inner}icon {_quote(entity.icon)}")
    if entity.display_field is not None:
        lines.append(f"{inner}display {_word(entity.display_field)}")
    if entity.order_by:
        lines.append(f"{inner}order " + ", ".join(_sort_key(k) for k in entity.order_by))
    lines.extend(inner + _field_line(f, implicit) for f in entity.fields)
    return lines


def _sort_key(key: SortKey) -> str:
    return ("-" if key.desc else "") + _word(key.field)


def _field_line(f: Field, implicit: set[int] | None) -> str:
    kind = f.type.value
    extra: list[str] = []
    if f.type in OPTION_TYPES:
        kind += "(" + ", ".join(_option(o.value, o.color) for o in f.options) + ")"
    elif f.options:
        extra.append("options=" + json.dumps([o.model_dump(exclude_defaults=True) for o in f.options], ensure_ascii=False))
    if f.type in RELATION_TYPES and f.target is not None:
        kind += f"({_word(f.target)})"
    elif f.target is not None:
        extra.append(f"target={_quote(f.target)}")
    if f.type == FieldType.money and f.currency is not None:
        kind += f"({_word(f.currency)})"
    elif f.currency is not None:
        extra.append(f"currency={_quote(f.currency)}")
    parts = [f"{_word(f.name)}:", kind]
    if f.required:
        parts.append("required")
    if f.unique:
        parts.append("unique")
    for key in ("label", "help"):
        if getattr(f, key) is not None:
            parts.append(f"{key}={_quote(getattr(f, key))}")
    if f.default is not None:
        parts.append(f"default={_value(f.default)}")
    for key in ("min", "max"):
        bound = getattr(f, key)
        if isinstance(bound, float) and bound.is_integer() and abs(bound) < 1e15:
            bound = int(bound)  # the model reads 80 back as 80.0
        if bound is not None:
            parts.append(f"{key}={_value(bound)}")
    if f.pattern is not None:
        parts.append(f"pattern={_quote(f.pattern)}")
    parts.extend(extra)
    parts.append(_id_mark(f, implicit))
    formula = f.formula
    if formula is not None:
        # The formula ends the line as it is typed; one that would not survive that is written quoted.
        if formula and formula == formula.strip() and "\n" not in formula and "\r" not in formula:
            parts.append(f"= {formula}")
        else:
            parts.append(f"formula={_quote(formula)}")
    return _join(*parts)


def _option(value: str, color: str | None) -> str:
    plain = (value == value.strip() and value.isascii() and value.isprintable()
             and not any(c in value for c in '"(),:[]{}=#\\'))
    text = value if plain else _quote(value)
    return f"{text}:{color}" if color is not None else text


def _view_lines(view: View, implicit: set[int]) -> list[str]:
    dashboard = view.type == ViewType.dashboard
    parts = ["dashboard", _word(view.name)] if dashboard else ["view", _word(view.name), view.type.value]
    if view.entity is not None and WORD.match(view.entity) and view.entity != "where":
        parts.append(view.entity)
    elif view.entity is not None:
        parts.append(f"entity={_quote(view.entity)}")
    if view.title is not None:
        parts.append(_quote(view.title))
    if view.fields:
        parts.append("fields=" + ",".join(_word(n) for n in view.fields))
    for key in ("group_by", "date_field", "image_field"):
        if getattr(view, key) is not None:
            parts.append(f"{key}={_word(getattr(view, key))}")
    if view.sort:
        parts.append("sort=" + ",".join(_sort_key(k) for k in view.sort))
    if view.page_size != 25:
        parts.append(f"page_size={view.page_size}")
    parts.append(_where(view.filters))
    lines = [_join(*parts)]
    if dashboard:
        lines.insert(0, "")
    for widget in view.widgets:
        target = _word(widget.entity) + (f".{_word(widget.field)}" if widget.field is not None else "")
        lines.append("  " + _join(
            widget.type.value, _quote(widget.title), widget.aggregate, target,
            f"by {_word(widget.group_by)}" if widget.group_by is not None else "",
            f"per {widget.period}" if widget.period is not None else "",
            _id_mark(widget, implicit), _where(widget.filters),
        ))
    return lines


def _block_lines(block: Block) -> list[str]:
    """A block's html and css are written as quoted JSON text, one line each: markup has comment-like lines
    (`#id { ... }`) and blank lines that the outline would otherwise eat."""
    view = f"view={_word(block.view)}" if block.view is not None else ""
    height = f"height={block.height}" if block.height != Block.model_fields["height"].default else ""
    title = _quote(block.title) if block.title is not None else ""
    lines = [_join("block", _word(block.name), title, view, height), f"  html {_quote(block.html)}"]
    if block.css is not None:
        lines.append(f"  css {_quote(block.css)}")
    return lines


def _where(filters: list[Filter]) -> str:
    if not filters:
        return ""
    conds = []
    for flt in filters:
        name = _word(flt.field)
        if flt.op in SYMBOL_OF:
            conds.append(f"{name}{SYMBOL_OF[flt.op]}{_value(flt.value)}")
        else:
            conds.append(f"{name}:{flt.op}" + (f"={_value(flt.value)}" if flt.value is not None else ""))
    return "where " + " and ".join(conds)
