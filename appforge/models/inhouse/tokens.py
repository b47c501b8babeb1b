"""The program language's tokens: every keyword a decoded program may write, and how a message splits into words.

Kept apart from `program` (the grammar that says which token may come next) because the trained decoder's output
layer is indexed by `KEYWORDS`: this list, in this order, is part of the shipped weights, while the grammar's rules
change with every reader of the words.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse import vocabulary
from appforge.spec.model import ACTIONS, FieldType

FIELD_TYPES = [
    t.value
    for t in FieldType
    if t not in (FieldType.computed, FieldType.created_at, FieldType.updated_at, FieldType.created_by)
]
VIEW_TYPES = ["table", "cards", "kanban", "calendar", "form", "dashboard"]
WIDGET_TYPES = ["stat", "bar", "line", "pie"]
AGGREGATES = ["count", "sum", "avg", "min", "max"]
THEME_KEYS = ["primary", "background", "accent", "text"]
# Colours and fonts a program can name: the training data's tables, spaces turned into underscores.
COLOURS: dict[str, str] = {name.replace(" ", "_"): value for name, value in vocabulary.COLOURS.items()}
FONTS: dict[str, str] = {name.replace(" ", "_"): value for name, value in vocabulary.FONTS.items()}

SPECIAL = ["<end>", "<sep>", "<none>", "<bos>", "nothing"]
OPS = [
    "add_entity", "add_field", "rename_entity", "rename_field", "remove_entity", "remove_field", "change_type",
    "required", "unique", "add_option", "remove_option", "add_view", "remove_view", "add_widget", "add_role",
    "remove_role", "perm", "access", "theme", "dark", "light", "font", "title", "label", "default", "min", "max",
    "optional", "signup_on", "signup_off", "default_role", "unperm",
]
AUDIENCES = ["role:everyone", "role:signed_in"]
MARKS = ["field", "end_entity", "end_options", "own", "end_roles", *AUDIENCES]
KEYWORDS: list[str] = (
    SPECIAL
    + OPS
    + MARKS
    + [f"type:{t}" for t in FIELD_TYPES]
    + [f"view:{v}" for v in VIEW_TYPES]
    + [f"widget:{w}" for w in WIDGET_TYPES]
    + [f"agg:{a}" for a in AGGREGATES]
    + [f"action:{a}" for a in ACTIONS]
    + ["access:public", "access:signin"]
    + [f"key:{k}" for k in THEME_KEYS]
    + [f"colour:{c}" for c in COLOURS]
    + [f"font:{f}" for f in FONTS]
)
WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


# A token is ("kw", keyword) | ("word", w) | ("copy", position) | ("slot", index).
Token = tuple[str, Any]


__all__ = ["AGGREGATES", "AUDIENCES", "COLOURS", "FIELD_TYPES", "FONTS", "KEYWORDS", "MARKS", "OPS", "SPECIAL",
           "THEME_KEYS", "VIEW_TYPES", "WIDGET_TYPES", "WORD", "Token", "words_of"]
