"""Finding what an operation names in a spec, or refusing it with the names there are."""

from __future__ import annotations

import io
import tokenize
from typing import TYPE_CHECKING, Any

from appforge.spec.model import (
    AppSpec,
    Block,
    Entity,
    Field,
    View,
    Widget,
)
from appforge.spec.validate import slug

if TYPE_CHECKING:
    from appforge.spec.operations import (
        _Op,
    )


class Refusal(ValueError):
    """An operation that does not fit the spec; `apply_operations` adds which operation it was."""


def clean_message(message: str) -> str:
    return message.removeprefix("Value error, ")



def refuse(reason: str) -> Refusal:
    return Refusal(reason)


def find_entity(spec: AppSpec, name: str) -> Entity:
    entity = spec.entity(name)
    if entity is None:
        known = ", ".join(e.name for e in spec.entities) or "none yet"
        raise refuse(f"there is no entity {name!r} (entities: {known})")
    return entity


def find_field(entity: Entity, name: str) -> Field:
    field = entity.field(name)
    if field is None:
        known = ", ".join(f.name for f in entity.fields) or "none yet"
        raise refuse(f"entity {entity.name!r} has no field {name!r} (fields: {known})")
    return field


def find_view(spec: AppSpec, name: str) -> View:
    view = spec.view(name)
    if view is None:
        known = ", ".join(v.name for v in spec.views) or "none yet"
        raise refuse(f"there is no view {name!r} (views: {known})")
    return view


def find_block(spec: AppSpec, name: str) -> Block:
    block = spec.block(name)
    if block is None:
        known = ", ".join(b.name for b in spec.blocks) or "none yet"
        raise refuse(f"there is no block {name!r} (blocks: {known})")
    return block


def find_widget(view: View, key: str) -> Widget:
    for widget in view.widgets:
        if key in (widget.id, widget.title) or slug(key) == widget.id:
            return widget
    raise refuse(f"view {view.name!r} has no widget {key!r}")


def settings_given(op: _Op, exclude: set[str]) -> dict[str, Any]:
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
