"""Values the export's own tests use: for each field, a Python expression of `n` that gives a valid value (a
different one for each `n`, so unique fields stay unique), and values that each rule of the spec refuses.

They are worked out from the spec's rules here, once, and checked against appforge's own definition of a valid
value (`appforge.spec.validate.value_problem`) by appforge's tests.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from appforge.export.code import literal, string
from appforge.export.plan import FieldPlan

try:  # Python 3.11 keeps the regular expression parser here; later versions under re._parser
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

VARIANTS = 4


def _pattern_text(pattern: str, n: int) -> str | None:
    """A short text that matches `pattern`, different for each `n` where the pattern allows; None if too hard."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    counter = [n]

    def pick(chars: list[str]) -> str:
        choice = chars[counter[0] % len(chars)]
        counter[0] //= max(1, len(chars))
        return choice

    def chars_of(items: list[tuple[Any, Any]]) -> list[str]:
        found: list[str] = []
        for op, value in items:
            name = str(op)
            if name == "LITERAL":
                found.append(chr(value))
            elif name == "RANGE":
                found += [chr(c) for c in range(value[0], min(value[1], value[0] + 25) + 1)]
            elif name == "CATEGORY":
                category = str(value)
                found += list("0123456789") if "DIGIT" in category and "NOT" not in category else (
                    list("abcdefghij") if "WORD" in category and "NOT" not in category else [" "] if "SPACE" in
                    category and "NOT" not in category else list("abc"))
            elif name == "NEGATE":
                return [c for c in "abcdefghijABCDEFGHIJ0123456789" if c not in _negated(items)]
        return found

    def walk(items: Any) -> str | None:
        out = []
        for op, value in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(value))
            elif name == "NOT_LITERAL":
                out.append("a" if chr(value) != "a" else "b")
            elif name == "ANY":
                out.append(pick(list("abcdefgh")))
            elif name == "IN":
                chars = chars_of(value)
                if not chars:
                    return None
                out.append(pick(chars))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, inner = value
                count = low if low > 0 else (1 if high > 0 else 0)
                for _ in range(count):
                    part = walk(inner)
                    if part is None:
                        return None
                    out.append(part)
            elif name == "SUBPATTERN":
                part = walk(value[-1])
                if part is None:
                    return None
                out.append(part)
            elif name == "BRANCH":
                part = walk(value[1][counter[0] % len(value[1])])
                if part is None:
                    return None
                out.append(part)
            elif name == "AT":
                continue
            elif name == "CATEGORY":
                out.append(chars_of([(op, value)])[0])
            else:
                return None
        return "".join(out)

    text = walk(parsed)
    if text is None or not re.fullmatch(pattern, text):
        return None
    return text


def _negated(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, value in items:
        if str(op) == "LITERAL":
            out.add(chr(value))
        elif str(op) == "RANGE":
            out |= {chr(c) for c in range(value[0], value[1] + 1)}
    return out


@dataclass(frozen=True)
class Sample:
    """How the tests make a valid value of a field: `code` is Python that reads `n` (and `dt`)."""

    code: str


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _text_sample(f: FieldPlan) -> Sample | None:
    low = int(_number(f.min) or 0)
    high = int(_number(f.max)) if f.max is not None else None
    if f.pattern:
        variants = [_pattern_text(f.pattern, n) for n in range(VARIANTS)]
        if any(v is None for v in variants):
            return None
        texts = [v for v in variants if v is not None]
        if high is not None and any(len(t) > high for t in texts) or any(len(t) < low for t in texts):
            return None
        return Sample(f"{literal(tuple(texts))}[n % {VARIANTS}]")
    if f.kind == "email":
        return Sample('f"person{n}@example.com"')
    if f.kind == "url":
        return Sample('f"https://example.com/{n}"')
    if f.kind == "phone":
        return Sample('f"+44 20 7946 {n:04d}"')
    base = re.sub(r"[^A-Za-z ]", "", f.label).strip() or "Sample"
    if high is not None:
        base = base[: max(0, high - 2)]
    if len(base) + 2 < low:
        base = base + "x" * (low - len(base) - 2)
    base = base.rstrip()
    if not base:
        return Sample('f"{n}"') if (high or 1) >= 1 and low <= 1 else None
    return Sample(f'f"{base} {{n}}"' if "{" not in base else f'"{base} " + str(n)')


def sample(f: FieldPlan) -> Sample | None:
    """A valid value of a column field (references and links are made by the factories), or None."""
    kind = f.kind
    if kind in ("text", "long_text", "email", "url", "phone"):
        return _text_sample(f)
    if kind in ("integer", "rating"):
        low, high = _number(f.min), _number(f.max)
        if kind == "rating":
            low, high = max(1.0, low or 1.0), min(5.0, high if high is not None else 5.0)
        start = int(low) if low is not None else (0 if high is None or high >= 0 else int(high) - VARIANTS)
        if low is not None and low > start:
            start += 1
        if high is not None:
            span = int(high) - start
            return Sample(f"{start} + n % {span + 1}") if span >= 0 else None
        return Sample(f"{start} + n")
    if kind in ("decimal", "money"):
        low, high = _number(f.min), _number(f.max)
        start = low if low is not None else 0.0
        if high is not None:
            return Sample(f"{literal(start)} + {literal(high - start)} * (n % {VARIANTS}) / {VARIANTS}")
        return Sample(f"{literal(start)} + n + 0.5")
    if kind == "boolean":
        return Sample("n % 2 == 0")
    if kind in ("date", "datetime"):
        low = _parse(f, f.min)
        high = _parse(f, f.max)
        base = low if low is not None else dt.datetime(2024, 5, 1, 10, 0)
        if high is not None and base + dt.timedelta(days=VARIANTS) > high:
            base = max(high - dt.timedelta(days=VARIANTS), low or high - dt.timedelta(days=VARIANTS))
            if low is not None and high - low < dt.timedelta(days=VARIANTS):
                return Sample(_moment_code(f, low))
        return Sample(f"{_moment_code(f, base)} + dt.timedelta(days=n)")
    if kind == "time":
        return Sample("dt.time(9 + n % 8, 30)")
    if kind == "choice":
        values = [value for value, _ in f.options]
        return Sample(f"{literal(tuple(values))}[n % {len(values)}]" if len(values) > 1 else literal(values[0]))
    if kind == "tags":
        return Sample(f"[{string(f.options[0][0])}]")
    if kind in ("image", "file"):
        return Sample(f'f"{"0" * 16}-sample{{n}}.{"png" if kind == "image" else "txt"}"')
    return None


def _parse(f: FieldPlan, value: Any) -> dt.datetime | None:
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=None)


def _moment_code(f: FieldPlan, moment: dt.datetime) -> str:
    if f.kind == "date":
        return literal(moment.date())
    return literal(moment.replace(second=0, microsecond=0))


def wrong_types(f: FieldPlan) -> list[Any]:
    """Values of the wrong type for a field, each refused by the API with 422."""
    kind = f.kind
    if kind in ("integer", "rating", "decimal", "money"):
        return ["many"]
    if kind == "boolean":
        return ["maybe"]
    if kind == "date":
        return ["not a date"]
    if kind == "datetime":
        return ["soon"]
    if kind == "time":
        return ["noon"]
    if kind in ("reference", "user"):
        return ["the first one"]
    if kind == "many_to_many":
        return ["1,2"]
    if kind == "tags":
        return [f.options[0][0]]
    if kind == "email":
        return ["not-an-email"]
    if kind == "url":
        return ["example.com/no-scheme"]
    if kind == "phone":
        return ["call me"]
    if kind in ("text", "long_text"):
        return [12345]
    return []


def out_of_bounds(f: FieldPlan) -> list[Any]:
    """Values just outside a field's min and max (and one that its pattern refuses)."""
    found: list[Any] = []
    kind = f.kind
    if kind in ("integer", "rating", "decimal", "money"):
        whole = kind in ("integer", "rating")
        low, high = _number(f.min), _number(f.max)
        if kind == "rating":
            low, high = max(1.0, low or 1.0), min(5.0, high if high is not None else 5.0)
        if low is not None:
            found.append(int(low) - 1 if whole else low - 0.5)
        if high is not None:
            found.append(int(high) + 1 if whole else high + 0.5)
    elif kind in ("text", "long_text", "email", "url", "phone"):
        if f.min is not None and int(float(f.min)) > 1:
            found.append("x" * (int(float(f.min)) - 1))
        if f.max is not None:
            found.append("x" * (int(float(f.max)) + 1))
        if f.pattern and not re.fullmatch(f.pattern, "no match ☃"):
            found.append("no match ☃")
    elif kind in ("date", "datetime"):
        low, high = _parse(f, f.min), _parse(f, f.max)
        for moment, step in ((low, -1), (high, 1)):
            if moment is not None:
                moved = moment + dt.timedelta(days=step)
                found.append(moved.date().isoformat() if kind == "date" else moved.isoformat(timespec="minutes"))
    return found
