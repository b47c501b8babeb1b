"""Computed fields as plain Python: a formula of the spec becomes the body of a property on the exported model.

`price * quantity + tip` becomes `self.price * self.quantity + self.tip`, and the spec's formula functions become
calls into the export's own `app/formulas.py` (`formulas.coalesce(self.tip, 0)`), which holds only the functions
the app's formulas use. The property catches the same errors appforge's evaluator does, so a missing value gives
an empty result rather than an error page.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass, field

from appforge.spec.formula import parse_formula

# The spec's formula functions and the name of each in the export's app/formulas.py.
HELPERS = {
    "round": "round_number", "abs": "absolute", "min": "smallest", "max": "largest", "len": "length",
    "upper": "upper", "lower": "lower", "concat": "concat", "coalesce": "coalesce",
    "days_between": "days_between", "today": "today", "year": "year", "month": "month",
}
TEXT_RESULT = {"concat", "upper", "lower"}
WHOLE_RESULT = {"days_between", "year", "month", "len"}


@dataclass
class FormulaCode:
    source: str
    expression: str  # Python, reading the row's attributes from `self`
    helpers: set[str] = field(default_factory=set)  # names in app/formulas.py that it calls
    returns: str = "Any"  # the property's return annotation


def _string_literal(text: str) -> str:
    """A string literal as ruff format writes it: double quotes unless that takes more escapes."""
    body = repr(text)[1:-1]
    if repr(text).startswith('"'):  # repr chose double quotes because the text holds a single quote
        return f'"{body}"' if '"' not in text else repr(text)
    body = body.replace("\\'", "'")
    if '"' in text and "'" not in text:
        return "'" + body + "'"
    return '"' + body.replace('"', '\\"') + '"'


def _returns(node: ast.expr) -> str:
    if isinstance(node, (ast.Compare, ast.BoolOp)) or (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)):
        return "bool | None"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id in TEXT_RESULT:
            return "str | None"
        if node.func.id in WHOLE_RESULT:
            return "int | None"
        if node.func.id == "round":
            return "float | None"
    if isinstance(node, ast.IfExp):
        body = _returns(node.body)
        if isinstance(node.orelse, ast.Constant) and node.orelse.value is None:
            return body if body.endswith("| None") else "Any"
        return body if body == _returns(node.orelse) else "Any"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return "str"
    return "Any"


def formula_code(source: str, attributes: dict[str, str]) -> FormulaCode:
    """The Python of one formula; `attributes` maps the entity's field names to the model's attributes."""
    tree = parse_formula(source)
    strings: list[str] = []
    helpers: set[str] = set()

    class Rewrite(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            if node.id in ("true", "True", "false", "False"):
                return ast.Constant(node.id in ("true", "True"))
            name = attributes.get(node.id, node.id)
            return ast.Attribute(value=ast.Name("self", ast.Load()), attr=name, ctx=ast.Load())

        def visit_Call(self, node: ast.Call) -> ast.expr:
            assert isinstance(node.func, ast.Name)
            helper = HELPERS[node.func.id]
            helpers.add(helper)
            args = [self.visit(a) for a in node.args]
            return ast.Call(ast.Attribute(ast.Name("formulas", ast.Load()), helper, ast.Load()), args, [])

        def visit_Constant(self, node: ast.Constant) -> ast.expr:
            if isinstance(node.value, str):
                strings.append(node.value)
                return ast.Name(f"__string_{len(strings) - 1}__", ast.Load())
            return node

    rewritten = Rewrite().visit(ast.Expression(body=copy.deepcopy(tree)))
    text = ast.unparse(ast.fix_missing_locations(rewritten))
    for n, value in enumerate(strings):
        text = text.replace(f"__string_{n}__", _string_literal(value))
    return FormulaCode(source=source, expression=text, helpers=helpers, returns=_returns(tree))
