"""Computed fields: a small, safe expression language over a row's other fields.

A formula reads like arithmetic (`price * quantity + tip`, `round(hours * rate, 2)`,
`days_between(due, today())`). It is parsed with Python's own parser and then walked by hand, so only the
node kinds and functions listed here can ever run; nothing is ever passed to `eval`.
"""

from __future__ import annotations

import ast
import datetime as dt
import math
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any


class FormulaError(ValueError):
    pass


def _days_between(a: Any, b: Any) -> int | None:
    a, b = _as_date(a), _as_date(b)
    if a is None or b is None:
        return None
    return (b - a).days


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _concat(*parts: Any) -> str:
    return "".join("" if p is None else str(p) for p in parts)


def _coalesce(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "round": lambda x, n=0: None if x is None else round(float(x), int(n)),
    "abs": lambda x: None if x is None else abs(x),
    "min": lambda *xs: min((x for x in xs if x is not None), default=None),
    "max": lambda *xs: max((x for x in xs if x is not None), default=None),
    "len": lambda x: 0 if x is None else len(x),
    "upper": lambda x: None if x is None else str(x).upper(),
    "lower": lambda x: None if x is None else str(x).lower(),
    "concat": _concat,
    "coalesce": _coalesce,
    "days_between": _days_between,
    "today": lambda: dt.date.today(),
    "year": lambda d: None if _as_date(d) is None else _as_date(d).year,
    "month": lambda d: None if _as_date(d) is None else _as_date(d).month,
}

_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.FloorDiv: operator.floordiv,
    ast.Pow: operator.pow,
}
_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_UNARY: dict[type, Callable[[Any], Any]] = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_}


@lru_cache(maxsize=1024)
def parse_formula(source: str) -> ast.expr:
    """Parse and check a formula; raise `FormulaError` naming the first thing that is not allowed.

    Cached: a list page evaluates the same few formulas on every row. The tree is never mutated.
    """
    if not source or not source.strip():
        raise FormulaError("the formula is empty")
    if len(source) > 500:
        raise FormulaError("the formula is longer than 500 characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"cannot parse {source!r}: {exc.msg}") from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.Load, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            continue
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Compare, ast.BoolOp, ast.IfExp, ast.Name)):
            if isinstance(node, ast.BinOp) and type(node.op) not in _BINARY:
                raise FormulaError(f"operator {type(node.op).__name__} is not allowed in {source!r}")
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool, type(None))):
            continue
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name):
                raise FormulaError(f"only the listed functions can be called in {source!r}: {', '.join(sorted(FUNCTIONS))}")
            if node.func.id not in FUNCTIONS:
                raise FormulaError(
                    f"function {node.func.id!r} is not available in formulas; use one of {', '.join(sorted(FUNCTIONS))}"
                )
            if node.keywords:
                raise FormulaError(f"{node.func.id}() takes no keyword arguments in formulas")
            continue
        raise FormulaError(f"{type(node).__name__} is not allowed in {source!r}")
    return tree.body


def formula_names(source: str) -> set[str]:
    """The field names a formula reads (function names excluded)."""
    body = parse_formula(source)
    called = {n.func.id for n in ast.walk(body) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return {n.id for n in ast.walk(body) if isinstance(n, ast.Name)} - (called & set(FUNCTIONS))


def evaluate_formula(source: str | ast.expr, row: Mapping[str, Any]) -> Any:
    """Evaluate against a row. Any missing value or arithmetic error makes the result empty, never a crash."""
    body = parse_formula(source) if isinstance(source, str) else source
    try:
        result = _eval(body, row)
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError, OverflowError, MemoryError):
        return None
    if isinstance(result, float) and result != result:  # NaN
        return None
    return result


def _num(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    return value


MAX_TEXT = 10_000
MAX_NUMBER = 1e15


def _check_size(op: ast.operator, left: Any, right: Any) -> None:
    """Refuse results that would eat memory or CPU: a formula runs on every row of every list page."""
    if isinstance(op, ast.Mult) and (isinstance(left, str) or isinstance(right, str)):
        count = right if isinstance(left, str) else left
        text = left if isinstance(left, str) else right
        if not isinstance(count, int) or len(text) * max(count, 0) > MAX_TEXT:
            raise ValueError("text too long")
    if isinstance(op, ast.Pow):
        base, exponent = abs(float(left)), abs(float(right))
        if exponent > 100 or (base > 1 and exponent * math.log10(base) > 15):
            raise ValueError("number too large")
    if isinstance(left, int) and isinstance(right, int) and max(abs(left), abs(right)) > MAX_NUMBER:
        raise ValueError("number too large")


def _eval(node: ast.expr, row: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in ("true", "True"):
            return True
        if node.id in ("false", "False"):
            return False
        return _num(row.get(node.id))
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, row), _eval(node.right, row)
        if left is None or right is None:
            return None
        _check_size(node.op, left, right)
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, row)
        if value is None and not isinstance(node.op, ast.Not):
            return None
        return _UNARY[type(node.op)](value)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, row)
        for op, comparator in zip(node.ops, node.comparators):
            right = _eval(comparator, row)
            if left is None or right is None:
                if type(op) not in (ast.Eq, ast.NotEq):
                    return None
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, row) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.IfExp):
        return _eval(node.body, row) if _eval(node.test, row) else _eval(node.orelse, row)
    if isinstance(node, ast.Call):
        return FUNCTIONS[node.func.id](*(_eval(a, row) for a in node.args))  # type: ignore[union-attr]
    raise FormulaError(f"cannot evaluate {type(node).__name__}")
