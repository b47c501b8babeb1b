"""A field's value on its way between JSON or an HTML form, the database, and back.

`to_db` accepts what people and clients send (JSON values, or form strings such as "12.50", "on",
"2024-05-01", "a, b") and either returns the value to store or raises `ValueError` with a message a person can
act on. Type changes reuse it: converting a column is reading each value as JSON and writing it as the new type.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from appforge.spec.model import Field, FieldType
from appforge.spec.validate import value_problem

TRUE = {"true", "yes", "y", "on", "1", "t", "x", "✓"}
FALSE = {"false", "no", "n", "off", "0", "f", ""}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y")
MAX_INT = 2**63 - 1


class RecordInvalid(ValueError):
    """Values that do not fit; `errors` maps each field name to what is wrong with it. Nothing was stored."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso_moment(value: Any) -> str | None:
    """A stored moment as the API shows it: UTC, to the second, without an offset."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="seconds")
    return str(value)


def _number(value: Any, whole: bool) -> int | float:
    if isinstance(value, bool):
        raise ValueError("must be a number" if not whole else "must be a whole number")
    if isinstance(value, (int, float, Decimal)):
        number = value
    else:
        text = str(value).strip().replace(",", "").replace("_", "")
        text = re.sub(r"^[^\d\-+.]+|[^\d.]+$", "", text)  # "$12.50", "12 EUR"
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError("must be a whole number" if whole else "must be a number") from None
    if whole:
        if Decimal(str(number)) != Decimal(int(number)):
            raise ValueError("must be a whole number")
        result = int(number)
        if abs(result) > MAX_INT:
            raise ValueError("is too large")
        return result
    result = float(number)
    if result != result or result in (float("inf"), float("-inf")) or abs(result) > 1e15:
        raise ValueError("must be a finite number below 10^15")
    return result


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("must be a date like 2024-05-31")


def _datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime.combine(value, dt.time())
    else:
        text = str(value).strip().replace(" ", "T", 1) if len(str(value).strip()) > 10 else str(value).strip()
        try:
            result = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            result = dt.datetime.combine(_date(text), dt.time()) if len(text) <= 11 else None  # type: ignore[assignment]
            if result is None:
                raise ValueError("must be a date and time like 2024-05-31T14:30") from None
    if result.tzinfo is not None:
        result = result.astimezone(dt.UTC).replace(tzinfo=None)
    return result.replace(microsecond=0)


def _time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, dt.datetime):
        return value.time()
    try:
        return dt.time.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError("must be a time like 14:30") from None


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ValueError("must be true or false")


def _tags(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value]
    else:
        items = [part.strip() for part in str(value).split(",")]
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _option(field: Field, value: Any) -> str:
    text = str(value).strip()
    for option in field.options:
        if option.value == text:
            return option.value
    for option in field.options:
        if option.value.lower() == text.lower():
            return option.value
    return text


def empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "") or value == []


def to_db(field: Field, value: Any) -> Any:
    """The value to store for `field`, or ValueError saying why `value` does not fit."""
    t = field.type
    if t == FieldType.tags:
        if value is None:
            return None
        stored: Any = [_option(field, v) for v in _tags(value)]
        problem = value_problem(field, stored)
        if problem:
            raise ValueError(problem)
        return stored or None
    if empty(value):
        return None
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user):
        stored = _number(value, whole=True)
    elif t in (FieldType.decimal, FieldType.money):
        stored = _number(value, whole=False)
    elif t == FieldType.boolean:
        stored = _bool(value)
    elif t == FieldType.date:
        stored = _date(value)
    elif t == FieldType.datetime:
        stored = _datetime(value)
    elif t == FieldType.time:
        stored = _time(value)
    elif t == FieldType.choice:
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        stored = _option(field, value)
    elif isinstance(value, (dict, list)):
        raise ValueError("must be text")
    else:
        stored = value if isinstance(value, str) else _plain_text(value)
        if "\x00" in stored:
            raise ValueError("must not contain NUL characters")
        if t not in (FieldType.long_text,):
            stored = stored.strip()
    problem = value_problem(field, to_json(field, stored))
    if problem:
        raise ValueError(problem)
    return stored


def _plain_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def to_json(field: Field, value: Any) -> Any:
    """A stored value as the API and the pages see it (see docs/architecture.md)."""
    if value is None:
        return [] if field.type == FieldType.tags else None
    t = field.type
    if t in (FieldType.decimal, FieldType.money):
        return float(value)
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user):
        return int(value)
    if t == FieldType.boolean:
        return bool(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if t == FieldType.tags:
        return list(value) if isinstance(value, (list, tuple)) else _tags(value)
    return value


def convert(old: Field, new: Field, value: Any) -> Any:
    """A stored value of `old`'s type as a stored value of `new`'s type; ValueError when it does not fit."""
    if value is None:
        return None
    plain = to_json(old, value)
    if old.type in (FieldType.reference, FieldType.user) or new.type in (FieldType.reference, FieldType.user):
        if old.type != new.type:
            raise ValueError(f"a {old.type.value} cannot become a {new.type.value}")
        return to_db(new, plain)
    if old.type == FieldType.tags and new.type != FieldType.tags:
        if len(plain) > 1:
            raise ValueError("holds several tags")
        plain = plain[0] if plain else None
    elif new.type == FieldType.tags and not isinstance(plain, list):
        plain = [plain]
    elif old.type == FieldType.boolean and new.type not in (FieldType.boolean,):
        plain = "yes" if plain else "no"
        if new.type in (FieldType.integer, FieldType.decimal):
            plain = 1 if value else 0
    elif old.type == FieldType.datetime and new.type == FieldType.date:
        plain = str(plain)[:10]
    elif new.type not in (FieldType.decimal, FieldType.money, FieldType.integer, FieldType.rating) and not isinstance(plain, (str, list)):
        plain = _plain_text(plain)
    return to_db(new, plain)
