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
    function = compile_formula(source) if isinstance(source, str) else _compile(source)
    try:
        result = function(row)
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


Compiled = Callable[[Mapping[str, Any]], Any]


@lru_cache(maxsize=1024)
def compile_formula(source: str) -> Compiled:
    """The formula as a Python function of a row, built once from its checked tree (no eval, no exec)."""
    return _compile(parse_formula(source))


def _compile(node: ast.expr) -> Compiled:
    if isinstance(node, ast.Constant):
        value = node.value
        return lambda row: value
    if isinstance(node, ast.Name):
        if node.id in ("true", "True", "false", "False"):
            flag = node.id in ("true", "True")
            return lambda row: flag
        key = node.id
        return lambda row: _num(row.get(key))
    if isinstance(node, ast.BinOp):
        left, right, op, kind = _compile(node.left), _compile(node.right), _BINARY[type(node.op)], node.op

        def binary(row: Mapping[str, Any]) -> Any:
            a, b = left(row), right(row)
            if a is None or b is None:
                return None
            _check_size(kind, a, b)
            return op(a, b)

        return binary
    if isinstance(node, ast.UnaryOp):
        operand, unary, negates = _compile(node.operand), _UNARY[type(node.op)], isinstance(node.op, ast.Not)

        def apply_unary(row: Mapping[str, Any]) -> Any:
            value = operand(row)
            return None if value is None and not negates else unary(value)

        return apply_unary
    if isinstance(node, ast.Compare):
        first = _compile(node.left)
        steps = [(_COMPARE[type(op)], isinstance(op, (ast.Eq, ast.NotEq)), _compile(c))
                 for op, c in zip(node.ops, node.comparators, strict=True)]

        def compare(row: Mapping[str, Any]) -> Any:
            left = first(row)
            for test, tolerates_none, comparator in steps:
                right = comparator(row)
                if (left is None or right is None) and not tolerates_none:
                    return None
                if not test(left, right):
                    return False
                left = right
            return True

        return compare
    if isinstance(node, ast.BoolOp):
        parts, combine = [_compile(v) for v in node.values], all if isinstance(node.op, ast.And) else any
        return lambda row: combine([part(row) for part in parts])
    if isinstance(node, ast.IfExp):
        test, body, orelse = _compile(node.test), _compile(node.body), _compile(node.orelse)
        return lambda row: body(row) if test(row) else orelse(row)
    if isinstance(node, ast.Call):
        function = FUNCTIONS[node.func.id]  # type: ignore[union-attr]
        arguments = [_compile(a) for a in node.args]
        return lambda row: function(*(a(row) for a in arguments))
    raise FormulaError(f"cannot evaluate {type(node).__name__}")
