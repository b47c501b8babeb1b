"""The words and shapes of the text form, which its writer and its reader both follow."""

from __future__ import annotations

import re

from appforge.spec.model import (
    FieldType,
    ViewType,
    WidgetType,
)

FIELD_TYPES = tuple(t.value for t in FieldType)
VIEW_TYPES = tuple(t.value for t in ViewType)
WIDGET_TYPES = tuple(t.value for t in WidgetType)
AGGREGATES = ("count", "sum", "avg", "min", "max")
PERIODS = ("day", "week", "month")
FILTER_OPS = ("eq", "ne", "lt", "le", "gt", "ge", "contains", "in", "empty", "not_empty")
# Shorthand operators of a condition (`price>=10`); the others are written `field:op=value`. Longest first.
SYMBOLS = {"!=": "ne", "<=": "le", ">=": "ge", "=": "eq", "<": "lt", ">": "gt", "~": "contains"}
SYMBOL_OF = {op: sym for sym, op in SYMBOLS.items()}

TOP_LEVEL = ("app", "role", "default_role", "owner_role", "access", "signup", "theme", "entity", "view", "dashboard",
             "block", "permission", "nav", "home", "seed", "archived")
FIELD_SETTINGS = ("label", "help", "default", "min", "max", "pattern", "options", "currency", "target", "formula")
VIEW_SETTINGS = ("title", "entity", "fields", "group_by", "date_field", "image_field", "sort", "page_size")

# A word written without quotes: names, ids, enum values.
WORD = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
# A value written without quotes after `key=`: also colours, dates, times, simple web addresses.
BARE_VALUE = re.compile(r"^[A-Za-z0-9_#.\-/@:+%?&=~]+$")
FIELD_LINE = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s:"]+)\s*:(.*)$')
COND_NAME = re.compile(r'^("(?:[^"\\]|\\.)*"|[A-Za-z0-9_]+)')


class TextFormError(ValueError):
    """The text form could not be read, or what it says is not a valid spec.

    `line` and `message` name the first problem; `problems` lists every one as (line, message), where line is
    None for a problem that belongs to no single line.
    """

    def __init__(self, line: int | None, message: str, problems: list[tuple[int | None, str]] | None = None):
        self.line, self.message = line, message
        self.problems = problems or [(line, message)]
        super().__init__("\n".join(located(n, m) for n, m in self.problems))


def located(line: int | None, message: str) -> str:
    return f"line {line}: {message}" if line is not None else message
