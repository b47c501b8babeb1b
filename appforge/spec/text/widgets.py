"""Reading a dashboard's widget lines and the `where` conditions of views and widgets, each problem named by its
line: `bar "Sales by month" sum sale.amount per month where status=paid`."""

from __future__ import annotations

from typing import Any

from appforge.spec.text.grammar import AGGREGATES, COND_NAME, FILTER_OPS, PERIODS, SYMBOLS, WIDGET_TYPES, TextFormError
from appforge.spec.text.lines import Line, choose, read_id, read_text, read_value, string_end, tokens_of


def read_widget(line: Line) -> dict[str, Any]:
    number = line.number
    tokens = tokens_of(line.text, number)
    usage = "expected `<stat|bar|line|pie> \"Title\" <count|sum|avg|min|max> <entity>[.<field>] [by <field>] " \
            "[per <day|week|month>] [#id] [where ...]`"
    if len(tokens) < 4:
        raise line.fail(usage)
    widget: dict[str, Any] = {
        "type": choose(tokens[0], WIDGET_TYPES, "widget type", number),
        "title": read_text(tokens[1], number),
        "aggregate": choose(tokens[2], AGGREGATES, "aggregate", number),
    }
    target = tokens[3]
    if target.startswith('"'):
        end = string_end(target, 0, number)
        entity, dotted = target[:end], target[end:]
    else:
        entity, dot, dotted = target.partition(".")
        dotted = dot + dotted
    widget["entity"] = read_text(entity, number)
    if dotted:
        if not dotted.startswith(".") or len(dotted) == 1:
            raise line.fail(f"{target!r}: expected <entity>.<field>")
        widget["field"] = read_text(dotted[1:], number)
    i = 4
    while i < len(tokens):
        token = tokens[i]
        if token == "where":
            widget["filters"] = read_conditions(tokens[i + 1:], number)
            break
        if token in ("by", "per") and i + 1 < len(tokens):
            if token == "by":
                widget["group_by"] = read_text(tokens[i + 1], number)
            else:
                widget["period"] = choose(tokens[i + 1], PERIODS, "period", number)
            i += 2
            continue
        if token.startswith("#"):
            widget["id"] = read_id(token, number)
        else:
            raise line.fail(f"unexpected {token!r}; {usage}")
        i += 1
    return widget

def read_conditions(tokens: list[str], number: int) -> list[dict[str, Any]]:
    conditions = []
    for i, token in enumerate(tokens):
        if i % 2 == 1:
            if token != "and":
                raise TextFormError(number, f"expected `and` between conditions, got {token!r}")
            continue
        conditions.append(_condition(token, number))
    if not conditions or len(tokens) % 2 == 0:
        raise TextFormError(number, "expected a condition after `where`/`and`, like status=done or due<today")
    return conditions

def _condition(token: str, number: int) -> dict[str, Any]:
    match = COND_NAME.match(token)
    if not match:
        raise TextFormError(number, f"condition {token!r}: expected <field><op><value>, like status=done")
    name, rest = read_text(match.group(1), number), token[match.end():]
    if rest.startswith(":"):
        op, sep, value = rest[1:].partition("=")
        op = choose(op, FILTER_OPS, "filter operator", number)
        return {"field": name, "op": op, "value": read_value(value, number) if sep else None}
    for symbol, op in SYMBOLS.items():
        if rest.startswith(symbol):
            value = rest[len(symbol):]
            if not value:
                raise TextFormError(number, f"condition {token!r}: expected a value after {symbol!r}")
            return {"field": name, "op": op, "value": read_value(value, number)}
    raise TextFormError(number, f"condition {token!r}: expected an operator (=, !=, <, <=, >, >=, ~ or "
                                f":op with op one of {', '.join(FILTER_OPS)})")
