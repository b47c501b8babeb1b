"""The text form as an outline of numbered lines, and the tokens and values on a line: every problem is named by
its line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from appforge.spec.text.grammar import TextFormError


@dataclass
class Line:
    number: int
    indent: int
    text: str
    children: list[Line] = dataclass_field(default_factory=list)

    @property
    def keyword(self) -> str:
        return self.text.split(None, 1)[0]

    @property
    def rest(self) -> str:
        parts = self.text.split(None, 1)
        return parts[1] if len(parts) > 1 else ""

    def fail(self, message: str) -> TextFormError:
        return TextFormError(self.number, message)

    def no_children(self) -> None:
        if self.children:
            raise self.children[0].fail(f"unexpected indented line: '{self.keyword}' takes no indented lines")


def outline(text: str) -> list[Line]:
    """Lines as a tree by indentation. Only "\\n" ends a line: other line breaks may sit inside quoted text."""
    roots: list[Line] = []
    stack: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r").rstrip()
        body = raw.lstrip(" \t")
        if not body or body.startswith("#") or body.startswith("//"):
            continue
        lead = raw[: len(raw) - len(body)]
        line = Line(number, len(lead.expandtabs(4)), body)
        while stack and stack[-1].indent >= line.indent:
            stack.pop()
        if stack:
            stack[-1].children.append(line)
        elif line.indent:
            raise line.fail("indented line without a statement above it to belong to")
        else:
            roots.append(line)
        stack.append(line)
    return roots


def scan(text: str, number: int) -> Iterator[tuple[str, int]]:
    """Tokens split on spaces, keeping quoted strings and bracketed groups whole; yields (token, end offset)."""
    i, n = 0, len(text)
    closing = {"(": ")", "[": "]", "{": "}"}
    while i < n:
        while i < n and text[i] in " \t":
            i += 1
        if i >= n:
            return
        start, depth = i, []
        while i < n and (depth or text[i] not in " \t"):
            c = text[i]
            if c == '"':
                i = string_end(text, i, number)
                continue
            if c in closing:
                depth.append(closing[c])
            elif depth and c == depth[-1]:
                depth.pop()
            i += 1
        if depth:
            raise TextFormError(number, f"{text[start:]!r}: missing {depth[-1]!r}")
        yield text[start:i], i


def string_end(text: str, i: int, number: int) -> int:
    """Offset just past the JSON string starting at `text[i]`."""
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == '"':
            return j + 1
        j += 1
    raise TextFormError(number, f"a quoted text is not closed: {text[i:]}")


def tokens_of(text: str, number: int) -> list[str]:
    return [token for token, _ in scan(text, number)]


def split_list(text: str, number: int) -> list[str]:
    """Items of a comma-separated list, commas inside quotes and brackets kept."""
    items, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == '"':
            i = string_end(text, i, number)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    items.append(text[start:].strip())
    if items == [""]:
        return []
    if "" in items:
        raise TextFormError(number, f"empty item in the list {text!r}")
    return items


def json_value(text: str, number: int, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TextFormError(number, f"{what}: {text!r} is not valid JSON ({exc.msg})") from None


def read_text(token: str, number: int) -> str:
    """A name or label: quoted JSON-style, or a bare word taken as it is."""
    if token.startswith('"'):
        value = json_value(token, number, "quoted text")
        if not isinstance(value, str):
            raise TextFormError(number, f"expected a quoted text, got {token}")
        return value
    return token


def read_value(token: str, number: int = 0) -> Any:
    """A value: JSON where it reads as JSON (numbers, true, false, null, quoted, lists), else the bare text."""
    if token[:1] in '"[{':
        return json_value(token, number, "value")
    try:
        value = json.loads(token)
    except json.JSONDecodeError:
        return token
    return token if isinstance(value, str) else value


def key_value(token: str) -> tuple[str, str] | None:
    if token[:1] in '"#[{(':
        return None
    key, sep, value = token.partition("=")
    if not sep or not re.match(r"^[a-z_]+$", key):
        return None
    return key, value


def choose(value: str, allowed: tuple[str, ...], what: str, number: int) -> str:
    if value not in allowed:
        raise TextFormError(number, f"unknown {what} {value!r} (expected one of {', '.join(allowed)})")
    return value


def read_id(token: str, number: int) -> str:
    return read_text(token[1:], number)


def read_sort(text: str, number: int) -> list[dict[str, Any]]:
    keys = []
    for item in split_list(text, number):
        desc = item.startswith("-")
        keys.append({"field": read_text(item[1:] if desc else item, number), "desc": desc})
    return keys
