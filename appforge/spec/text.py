"""The compact text form of an app spec: what a person reads, diffs and edits by hand.

It says the same as the JSON form, line by line and indented like an outline, so that `from_text(to_text(s)) == s`
for every valid spec: stable ids, archive, seed rows, permissions, theme, views, widgets and filters included.
Only what differs from the defaults is written; an id is written (`#tip_2`) only where the name would not give it
back. See docs/spec.md for the grammar with examples.

    app salon "Salon Bookings"
      access signin
    role manager "Manager"
    entity client "Client"
      name: text required
      vip: boolean default=false
    view clients table client
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from pydantic import ValidationError

from appforge.spec.model import (
    ACTIONS,
    OPTION_TYPES,
    RELATION_TYPES,
    AppSpec,
    Block,
    Entity,
    Field,
    FieldType,
    Filter,
    SortKey,
    Theme,
    View,
    ViewType,
    WidgetType,
)
from appforge.spec.validate import assign_ids, spec_problems

FIELD_TYPES = tuple(t.value for t in FieldType)
VIEW_TYPES = tuple(t.value for t in ViewType)
WIDGET_TYPES = tuple(t.value for t in WidgetType)
AGGREGATES = ("count", "sum", "avg", "min", "max")
PERIODS = ("day", "week", "month")
FILTER_OPS = ("eq", "ne", "lt", "le", "gt", "ge", "contains", "in", "empty", "not_empty")
# Shorthand operators of a condition (`price>=10`); the others are written `field:op=value`. Longest first.
_SYMBOLS = {"!=": "ne", "<=": "le", ">=": "ge", "=": "eq", "<": "lt", ">": "gt", "~": "contains"}
_SYMBOL_OF = {op: sym for sym, op in _SYMBOLS.items()}

TOP_LEVEL = ("app", "role", "default_role", "owner_role", "access", "signup", "theme", "entity", "view", "dashboard",
             "block", "permission", "nav", "home", "seed", "archived")
FIELD_SETTINGS = ("label", "help", "default", "min", "max", "pattern", "options", "currency", "target", "formula")
VIEW_SETTINGS = ("title", "entity", "fields", "group_by", "date_field", "image_field", "sort", "page_size")

# A word written without quotes: names, ids, enum values.
_WORD = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
# A value written without quotes after `key=`: also colours, dates, times, simple web addresses.
_BARE_VALUE = re.compile(r"^[A-Za-z0-9_#.\-/@:+%?&=~]+$")
_FIELD_LINE = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s:"]+)\s*:(.*)$')
_COND_NAME = re.compile(r'^("(?:[^"\\]|\\.)*"|[A-Za-z0-9_]+)')


class TextFormError(ValueError):
    """The text form could not be read, or what it says is not a valid spec.

    `line` and `message` name the first problem; `problems` lists every one as (line, message), where line is
    None for a problem that belongs to no single line.
    """

    def __init__(self, line: int | None, message: str, problems: list[tuple[int | None, str]] | None = None):
        self.line, self.message = line, message
        self.problems = problems or [(line, message)]
        super().__init__("\n".join(_located(n, m) for n, m in self.problems))


def _located(line: int | None, message: str) -> str:
    return f"line {line}: {message}" if line is not None else message


# --- writing ------------------------------------------------------------------------------------------------------


def to_text(spec: AppSpec) -> str:
    """The text form of `spec`; `from_text` reads it back to an equal spec."""
    implicit = _implicit_ids(spec)
    out: list[str] = []
    add = out.append
    add(_join("app", _word(spec.name), _quote(spec.title) if spec.title else ""))
    if spec.description:
        add(f"  description {_quote(spec.description)}")
    if spec.format != 1:
        add(f"  format {spec.format}")
    add(f"  access {spec.auth.access}")
    if not spec.auth.signup:
        add("  signup off")
    theme = _theme_settings(spec.theme)
    if theme:
        add("  theme " + " ".join(theme))
    for role in spec.roles:
        add(_join("role", _word(role.name), _quote(role.label) if role.label is not None else ""))
    if spec.auth.default_role is not None:
        add(f"default_role {_word(spec.auth.default_role)}")
    if spec.auth.owner_role is not None:
        add(f"owner_role {_word(spec.auth.owner_role)}")
    for entity in spec.entities:
        add("")
        out.extend(_entity_lines(entity, "", implicit))
    if spec.views:
        add("")
    for view in spec.views:
        out.extend(_view_lines(view, implicit))
    for block in spec.blocks:
        add("")
        out.extend(_block_lines(block))
    if spec.permissions:
        add("")
    for perm in spec.permissions:
        roles = ",".join(_word(r) for r in perm.roles) if perm.roles else "[]"
        add(_join("permission", _word(perm.entity), perm.action, roles, "own" if perm.own else ""))
    if spec.nav or spec.home is not None:
        add("")
    if spec.nav:
        add("nav " + ", ".join(_word(n) for n in spec.nav))
    if spec.home is not None:
        add(f"home {_word(spec.home)}")
    for entity_name, rows in spec.seed.items():
        add("")
        add(f"seed {_word(entity_name)}")
        out.extend("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    for archived in spec.archive:
        add("")
        replaced = f"replaced_by={_value(archived.replaced_by)}" if archived.replaced_by is not None else ""
        add(_join("archived", archived.kind, _word(archived.entity), replaced))
        if archived.field is not None:
            add("  " + _field_line(archived.field, None))
        if archived.definition is not None:
            out.extend(_entity_lines(archived.definition, "  ", None))
    return "\n".join(out) + "\n"


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _word(text: str) -> str:
    """A name as a bare word where it can be read back as itself, else quoted."""
    return text if _WORD.match(text) else _quote(text)


def _value(value: Any) -> str:
    """Any JSON value; a string stays bare when it cannot be mistaken for a number, true, false or null."""
    if isinstance(value, str):
        if _BARE_VALUE.match(value) and _read_value(value) == value:
            return value
        return _quote(value)
    return json.dumps(value, ensure_ascii=False)


def _theme_settings(theme: Theme) -> list[str]:
    default = Theme()
    return [f"{key}={_value(getattr(theme, key))}" for key in Theme.model_fields
            if getattr(theme, key) != getattr(default, key)]


def _implicit_ids(spec: AppSpec) -> set[int]:
    """The entities, fields and widgets (by `id()`) whose id their name gives back, so the text can leave it out.

    Found by trying: blank the candidates' ids in a copy, assign ids as the model does, and keep only those that
    came back the same; repeat, since writing one id can change what another is assigned.
    """
    def things(s: AppSpec) -> list[Any]:
        found: list[Any] = []
        for entity in s.entities:
            found.append(entity)
            found.extend(entity.fields)
        for view in s.views:
            found.extend(view.widgets)
        return found

    originals = things(spec)
    candidates = set(range(len(originals)))
    while True:
        copy = spec.model_copy(deep=True)
        copies = things(copy)
        for i in candidates:
            copies[i].id = ""
        assign_ids(copy)
        wrong = {i for i in candidates if copies[i].id != originals[i].id}
        if not wrong:
            return {id(originals[i]) for i in candidates}
        candidates -= wrong


def _id_mark(thing: Any, implicit: set[int] | None) -> str:
    if not thing.id or (implicit is not None and id(thing) in implicit):
        return ""
    return "#" + _word(thing.id)


def _entity_lines(entity: Entity, indent: str, implicit: set[int] | None) -> list[str]:
    lines = [indent + _join("entity", _word(entity.name), _quote(entity.label) if entity.label is not None else "",
                            _id_mark(entity, implicit))]
    inner = indent + "  "
    if entity.plural is not None:
        lines.append(f"{inner}plural {_quote(entity.plural)}")
    if entity.icon is not None:
        lines.append(f"{inner}icon {_quote(entity.icon)}")
    if entity.display_field is not None:
        lines.append(f"{inner}display {_word(entity.display_field)}")
    if entity.order_by:
        lines.append(f"{inner}order " + ", ".join(_sort_key(k) for k in entity.order_by))
    lines.extend(inner + _field_line(f, implicit) for f in entity.fields)
    return lines


def _sort_key(key: SortKey) -> str:
    return ("-" if key.desc else "") + _word(key.field)


def _field_line(f: Field, implicit: set[int] | None) -> str:
    kind = f.type.value
    extra: list[str] = []
    if f.type in OPTION_TYPES:
        kind += "(" + ", ".join(_option(o.value, o.color) for o in f.options) + ")"
    elif f.options:
        extra.append("options=" + json.dumps([o.model_dump(exclude_defaults=True) for o in f.options], ensure_ascii=False))
    if f.type in RELATION_TYPES and f.target is not None:
        kind += f"({_word(f.target)})"
    elif f.target is not None:
        extra.append(f"target={_quote(f.target)}")
    if f.type == FieldType.money and f.currency is not None:
        kind += f"({_word(f.currency)})"
    elif f.currency is not None:
        extra.append(f"currency={_quote(f.currency)}")
    parts = [f"{_word(f.name)}:", kind]
    if f.required:
        parts.append("required")
    if f.unique:
        parts.append("unique")
    for key in ("label", "help"):
        if getattr(f, key) is not None:
            parts.append(f"{key}={_quote(getattr(f, key))}")
    if f.default is not None:
        parts.append(f"default={_value(f.default)}")
    for key in ("min", "max"):
        bound = getattr(f, key)
        if isinstance(bound, float) and bound.is_integer() and abs(bound) < 1e15:
            bound = int(bound)  # the model reads 80 back as 80.0
        if bound is not None:
            parts.append(f"{key}={_value(bound)}")
    if f.pattern is not None:
        parts.append(f"pattern={_quote(f.pattern)}")
    parts.extend(extra)
    parts.append(_id_mark(f, implicit))
    formula = f.formula
    if formula is not None:
        # The formula ends the line as it is typed; one that would not survive that is written quoted.
        if formula and formula == formula.strip() and "\n" not in formula and "\r" not in formula:
            parts.append(f"= {formula}")
        else:
            parts.append(f"formula={_quote(formula)}")
    return _join(*parts)


def _option(value: str, color: str | None) -> str:
    plain = (value == value.strip() and value.isascii() and value.isprintable()
             and not any(c in value for c in '"(),:[]{}=#\\'))
    text = value if plain else _quote(value)
    return f"{text}:{color}" if color is not None else text


def _view_lines(view: View, implicit: set[int]) -> list[str]:
    dashboard = view.type == ViewType.dashboard
    parts = ["dashboard", _word(view.name)] if dashboard else ["view", _word(view.name), view.type.value]
    if view.entity is not None and _WORD.match(view.entity) and view.entity != "where":
        parts.append(view.entity)
    elif view.entity is not None:
        parts.append(f"entity={_quote(view.entity)}")
    if view.title is not None:
        parts.append(_quote(view.title))
    if view.fields:
        parts.append("fields=" + ",".join(_word(n) for n in view.fields))
    for key in ("group_by", "date_field", "image_field"):
        if getattr(view, key) is not None:
            parts.append(f"{key}={_word(getattr(view, key))}")
    if view.sort:
        parts.append("sort=" + ",".join(_sort_key(k) for k in view.sort))
    if view.page_size != 25:
        parts.append(f"page_size={view.page_size}")
    parts.append(_where(view.filters))
    lines = [_join(*parts)]
    if dashboard:
        lines.insert(0, "")
    for widget in view.widgets:
        target = _word(widget.entity) + (f".{_word(widget.field)}" if widget.field is not None else "")
        lines.append("  " + _join(
            widget.type.value, _quote(widget.title), widget.aggregate, target,
            f"by {_word(widget.group_by)}" if widget.group_by is not None else "",
            f"per {widget.period}" if widget.period is not None else "",
            _id_mark(widget, implicit), _where(widget.filters),
        ))
    return lines


def _block_lines(block: Block) -> list[str]:
    """A block's html and css are written as quoted JSON text, one line each: markup has comment-like lines
    (`#id { ... }`) and blank lines that the outline would otherwise eat."""
    view = f"view={_word(block.view)}" if block.view is not None else ""
    height = f"height={block.height}" if block.height != Block.model_fields["height"].default else ""
    title = _quote(block.title) if block.title is not None else ""
    lines = [_join("block", _word(block.name), title, view, height), f"  html {_quote(block.html)}"]
    if block.css is not None:
        lines.append(f"  css {_quote(block.css)}")
    return lines


def _where(filters: list[Filter]) -> str:
    if not filters:
        return ""
    conds = []
    for flt in filters:
        name = _word(flt.field)
        if flt.op in _SYMBOL_OF:
            conds.append(f"{name}{_SYMBOL_OF[flt.op]}{_value(flt.value)}")
        else:
            conds.append(f"{name}:{flt.op}" + (f"={_value(flt.value)}" if flt.value is not None else ""))
    return "where " + " and ".join(conds)


# --- reading ------------------------------------------------------------------------------------------------------


@dataclass
class _Line:
    number: int
    indent: int
    text: str
    children: list[_Line] = dataclass_field(default_factory=list)

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


def from_text(text: str) -> AppSpec:
    """Read the text form. Raises `TextFormError` (a ValueError) naming the line of each problem."""
    reader = _Reader()
    data = reader.read(_outline(text))
    try:
        return AppSpec.model_validate(data)
    except ValidationError as exc:
        problems = reader.problems(data, exc)
    raise TextFormError(problems[0][0], problems[0][1], problems)


def _outline(text: str) -> list[_Line]:
    """Lines as a tree by indentation. Only "\\n" ends a line: other line breaks may sit inside quoted text."""
    roots: list[_Line] = []
    stack: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r").rstrip()
        body = raw.lstrip(" \t")
        if not body or body.startswith("#") or body.startswith("//"):
            continue
        lead = raw[: len(raw) - len(body)]
        line = _Line(number, len(lead.expandtabs(4)), body)
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


def _scan(text: str, number: int) -> Iterator[tuple[str, int]]:
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
                i = _string_end(text, i, number)
                continue
            if c in closing:
                depth.append(closing[c])
            elif depth and c == depth[-1]:
                depth.pop()
            i += 1
        if depth:
            raise TextFormError(number, f"{text[start:]!r}: missing {depth[-1]!r}")
        yield text[start:i], i


def _string_end(text: str, i: int, number: int) -> int:
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


def _tokens(text: str, number: int) -> list[str]:
    return [token for token, _ in _scan(text, number)]


def _split_list(text: str, number: int) -> list[str]:
    """Items of a comma-separated list, commas inside quotes and brackets kept."""
    items, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == '"':
            i = _string_end(text, i, number)
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


def _json(text: str, number: int, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TextFormError(number, f"{what}: {text!r} is not valid JSON ({exc.msg})") from None


def _read_text(token: str, number: int) -> str:
    """A name or label: quoted JSON-style, or a bare word taken as it is."""
    if token.startswith('"'):
        value = _json(token, number, "quoted text")
        if not isinstance(value, str):
            raise TextFormError(number, f"expected a quoted text, got {token}")
        return value
    return token


def _read_value(token: str, number: int = 0) -> Any:
    """A value: JSON where it reads as JSON (numbers, true, false, null, quoted, lists), else the bare text."""
    if token[:1] in '"[{':
        return _json(token, number, "value")
    try:
        value = json.loads(token)
    except json.JSONDecodeError:
        return token
    return token if isinstance(value, str) else value


def _key_value(token: str) -> tuple[str, str] | None:
    if token[:1] in '"#[{(':
        return None
    key, sep, value = token.partition("=")
    if not sep or not re.match(r"^[a-z_]+$", key):
        return None
    return key, value


def _choose(value: str, allowed: tuple[str, ...], what: str, number: int) -> str:
    if value not in allowed:
        raise TextFormError(number, f"unknown {what} {value!r} (expected one of {', '.join(allowed)})")
    return value


def _read_id(token: str, number: int) -> str:
    return _read_text(token[1:], number)


def _read_sort(text: str, number: int) -> list[dict[str, Any]]:
    keys = []
    for item in _split_list(text, number):
        desc = item.startswith("-")
        keys.append({"field": _read_text(item[1:] if desc else item, number), "desc": desc})
    return keys


class _Reader:
    """Builds the JSON form from the outline, remembering which line said what for the model's complaints."""

    def __init__(self) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        self.data: dict[str, Any] = {}

    def read(self, roots: list[_Line]) -> dict[str, Any]:
        data = self.data
        if not roots or roots[0].keyword != "app":
            number = roots[0].number if roots else 1
            raise TextFormError(number, "the text form starts with `app <name>`, e.g. `app salon \"Salon Bookings\"`")
        handlers = {
            "app": self._app, "role": self._role, "entity": self._entity, "view": self._view,
            "dashboard": self._view, "permission": self._permission, "seed": self._seed, "archived": self._archived,
            "block": self._block,
        }
        for line in roots:
            keyword = line.keyword
            if keyword in handlers:
                handlers[keyword](line)
            elif keyword in ("default_role", "owner_role", "access", "signup", "theme", "nav", "home"):
                self._setting(line)
            else:
                raise line.fail(f"unknown statement {keyword!r} (expected one of {', '.join(TOP_LEVEL)})")
        return data

    # app-wide settings

    def _app(self, line: _Line) -> None:
        if "name" in self.data:
            raise line.fail("a second `app` line; a text form describes one app")
        tokens = _tokens(line.rest, line.number)
        if not tokens or len(tokens) > 2:
            raise line.fail("expected `app <name> [\"Title\"]`")
        self.data["name"] = _read_text(tokens[0], line.number)
        self.lines[("name",)] = line.number
        if len(tokens) == 2:
            self.data["title"] = _read_text(tokens[1], line.number)
            self.lines[("title",)] = line.number
        for child in line.children:
            self._setting(child)

    def _setting(self, line: _Line) -> None:
        keyword, rest, number = line.keyword, line.rest.strip(), line.number
        line.no_children()
        data, auth = self.data, self.data.setdefault("auth", {})
        if keyword == "description":
            data["description"] = _read_text(rest, number)
            self.lines[("description",)] = number
        elif keyword == "format":
            data["format"] = _read_value(rest, number)
            self.lines[("format",)] = number
        elif keyword == "access":
            auth["access"] = _choose(rest, ("public", "signin"), "access mode", number)
        elif keyword == "signup":
            auth["signup"] = _choose(rest, ("on", "off"), "signup setting", number) == "on"
        elif keyword in ("default_role", "owner_role"):
            auth[keyword] = _read_text(rest, number)
            self.lines[("auth", keyword)] = number
        elif keyword == "theme":
            theme = data.setdefault("theme", {})
            for token in _tokens(rest, number):
                pair = _key_value(token)
                if pair is None or pair[0] not in Theme.model_fields:
                    raise line.fail(f"theme setting {token!r}: expected key=value with key one of "
                                    f"{', '.join(Theme.model_fields)}")
                key, value = pair
                theme[key] = _read_value(value, number) if key in ("dark", "radius") else _read_text(value, number)
            self.lines[("theme",)] = number
        elif keyword == "nav":
            data["nav"] = [_read_text(item, number) for item in _split_list(rest, number)]
            self.lines[("nav",)] = number
        elif keyword == "home":
            data["home"] = _read_text(rest, number)
            self.lines[("home",)] = number
        else:
            raise line.fail(f"unknown app setting {keyword!r} (expected one of description, format, access, signup, "
                            "theme, default_role, owner_role)")
        if "access" in auth or "signup" in auth:
            self.lines.setdefault(("auth",), number)

    def _role(self, line: _Line) -> None:
        line.no_children()
        tokens = _tokens(line.rest, line.number)
        if not tokens or len(tokens) > 2:
            raise line.fail("expected `role <name> [\"Label\"]`")
        role: dict[str, Any] = {"name": _read_text(tokens[0], line.number)}
        if len(tokens) == 2:
            role["label"] = _read_text(tokens[1], line.number)
        roles = self.data.setdefault("roles", [])
        self.lines[("roles", len(roles))] = line.number
        roles.append(role)

    def _permission(self, line: _Line) -> None:
        line.no_children()
        tokens = _tokens(line.rest, line.number)
        if len(tokens) not in (3, 4) or (len(tokens) == 4 and tokens[3] != "own"):
            raise line.fail("expected `permission <entity> <action> <role>,<role> [own]`")
        roles = [] if tokens[2] == "[]" else [_read_text(r, line.number) for r in _split_list(tokens[2], line.number)]
        perms = self.data.setdefault("permissions", [])
        self.lines[("permissions", len(perms))] = line.number
        perms.append({
            "entity": _read_text(tokens[0], line.number),
            "action": _choose(tokens[1], ACTIONS, "action", line.number),
            "roles": roles,
            "own": len(tokens) == 4,
        })

    # entities and fields

    def _entity(self, line: _Line, path: tuple[Any, ...] | None = None) -> dict[str, Any]:
        tokens = _tokens(line.rest, line.number)
        if not tokens:
            raise line.fail("expected `entity <name> [\"Label\"] [#id]`")
        entity: dict[str, Any] = {"name": _read_text(tokens[0], line.number), "fields": []}
        for token in tokens[1:]:
            if token.startswith("#"):
                entity["id"] = _read_id(token, line.number)
            elif token.startswith('"') and "label" not in entity:
                entity["label"] = _read_text(token, line.number)
            else:
                raise line.fail(f"unexpected {token!r}; expected `entity <name> [\"Label\"] [#id]`")
        if path is None:
            entities = self.data.setdefault("entities", [])
            path = ("entities", len(entities))
            entities.append(entity)
        self.lines[path] = line.number
        for child in line.children:
            if _FIELD_LINE.match(child.text):
                child.no_children()
                self.lines[(*path, "fields", len(entity["fields"]))] = child.number
                entity["fields"].append(self._field(child))
                continue
            child.no_children()
            keyword, rest = child.keyword, child.rest.strip()
            if keyword == "plural":
                entity["plural"] = _read_text(rest, child.number)
            elif keyword == "icon":
                entity["icon"] = _read_text(rest, child.number)
            elif keyword == "display":
                entity["display_field"] = _read_text(rest, child.number)
            elif keyword == "order":
                entity["order_by"] = _read_sort(rest, child.number)
            else:
                raise child.fail(f"expected a field (`name: type ...`) or one of plural, icon, display, order; "
                                 f"got {keyword!r}")
        return entity

    def _field(self, line: _Line) -> dict[str, Any]:
        number = line.number
        match = _FIELD_LINE.match(line.text)
        assert match is not None
        field: dict[str, Any] = {"name": _read_text(match.group(1), number)}
        rest = match.group(2)
        scanned = list(_scan(rest, number))
        if not scanned:
            raise line.fail(f"field {field['name']!r}: expected a type after ':' (one of {', '.join(FIELD_TYPES)})")
        kind, _ = scanned[0]
        name, _, args = kind.partition("(")
        field["type"] = _choose(name, FIELD_TYPES, "field type", number)
        if args:
            if not args.endswith(")"):
                raise line.fail(f"field {field['name']!r}: {kind!r} should end with ')'")
            self._type_args(field, args[:-1], number)
        for token, end in scanned[1:]:
            if token == "=":
                field["formula"] = rest[end:].strip()
                break
            if token in ("required", "unique"):
                field[token] = True
            elif token.startswith("#"):
                field["id"] = _read_id(token, number)
            elif (pair := _key_value(token)) is not None and pair[0] in FIELD_SETTINGS:
                key, value = pair
                if key in ("default", "min", "max"):
                    field[key] = _read_value(value, number)
                elif key == "options":
                    field[key] = _json(value, number, "options")
                else:
                    field[key] = _read_text(value, number)
            else:
                raise line.fail(f"field {field['name']!r}: unknown setting {token!r} (expected required, unique, "
                                f"#id, = formula, or key=value with key one of {', '.join(FIELD_SETTINGS[:6])})")
        return field

    def _type_args(self, field: dict[str, Any], args: str, number: int) -> None:
        kind = FieldType(field["type"])
        if kind in OPTION_TYPES:
            field["options"] = [self._option(item, number) for item in _split_list(args, number)]
        elif kind in RELATION_TYPES:
            field["target"] = _read_text(args.strip(), number)
        elif kind == FieldType.money:
            field["currency"] = _read_text(args.strip(), number)
        else:
            raise TextFormError(number, f"a {kind.value} field takes nothing in brackets; choice and tags take "
                                        "options, reference and many_to_many a target, money a currency")

    @staticmethod
    def _option(item: str, number: int) -> dict[str, Any]:
        if item.startswith('"'):
            end = _string_end(item, 0, number)
            value, rest = _read_text(item[:end], number), item[end:].strip()
            if rest and not rest.startswith(":"):
                raise TextFormError(number, f"option {item!r}: expected `\"value\":colour`")
            color = rest[1:].strip() if rest else None
        else:
            value, sep, color_text = item.rpartition(":")
            if not sep:
                value, color_text = item, ""
            color = color_text.strip() if sep else None
            value = value.strip()
        option: dict[str, Any] = {"value": value}
        if color is not None:
            option["color"] = color
        return option

    # views and widgets

    def _view(self, line: _Line) -> None:
        number = line.number
        scanned = list(_scan(line.rest, number))
        tokens = [t for t, _ in scanned]
        view: dict[str, Any] = {}
        if line.keyword == "dashboard":
            if not tokens:
                raise line.fail("expected `dashboard <name> [\"Title\"]`")
            view["name"], view["type"], rest = _read_text(tokens[0], number), "dashboard", tokens[1:]
        else:
            if len(tokens) < 2:
                raise line.fail(f"expected `view <name> <type> <entity> [\"Title\"] ...` (type one of "
                                f"{', '.join(VIEW_TYPES)})")
            view["name"] = _read_text(tokens[0], number)
            view["type"] = _choose(tokens[1], VIEW_TYPES, "view type", number)
            rest = tokens[2:]
        for i, token in enumerate(rest):
            if token == "where":
                view["filters"] = self._conditions(rest[i + 1:], number)
                break
            pair = _key_value(token)
            if pair is not None and pair[0] in VIEW_SETTINGS:
                key, value = pair
                if key in ("fields",):
                    view[key] = [_read_text(v, number) for v in _split_list(value, number)]
                elif key == "sort":
                    view[key] = _read_sort(value, number)
                elif key == "page_size":
                    view[key] = _read_value(value, number)
                else:
                    view[key] = _read_text(value, number)
            elif token.startswith('"') and "title" not in view:
                view["title"] = _read_text(token, number)
            elif _WORD.match(token) and "entity" not in view and "title" not in view:
                view["entity"] = token
            else:
                raise line.fail(f"view {view['name']!r}: unexpected {token!r} (expected the entity, a quoted title, "
                                f"`where ...` or key=value with key one of {', '.join(VIEW_SETTINGS)})")
        views = self.data.setdefault("views", [])
        path = ("views", len(views))
        views.append(view)
        self.lines[path] = number
        for child in line.children:
            child.no_children()
            widgets = view.setdefault("widgets", [])
            self.lines[(*path, "widgets", len(widgets))] = child.number
            widgets.append(self._widget(child))

    def _widget(self, line: _Line) -> dict[str, Any]:
        number = line.number
        tokens = _tokens(line.text, number)
        usage = "expected `<stat|bar|line|pie> \"Title\" <count|sum|avg|min|max> <entity>[.<field>] [by <field>] " \
                "[per <day|week|month>] [#id] [where ...]`"
        if len(tokens) < 4:
            raise line.fail(usage)
        widget: dict[str, Any] = {
            "type": _choose(tokens[0], WIDGET_TYPES, "widget type", number),
            "title": _read_text(tokens[1], number),
            "aggregate": _choose(tokens[2], AGGREGATES, "aggregate", number),
        }
        target = tokens[3]
        if target.startswith('"'):
            end = _string_end(target, 0, number)
            entity, dotted = target[:end], target[end:]
        else:
            entity, dot, dotted = target.partition(".")
            dotted = dot + dotted
        widget["entity"] = _read_text(entity, number)
        if dotted:
            if not dotted.startswith(".") or len(dotted) == 1:
                raise line.fail(f"{target!r}: expected <entity>.<field>")
            widget["field"] = _read_text(dotted[1:], number)
        i = 4
        while i < len(tokens):
            token = tokens[i]
            if token == "where":
                widget["filters"] = self._conditions(tokens[i + 1:], number)
                break
            if token in ("by", "per") and i + 1 < len(tokens):
                if token == "by":
                    widget["group_by"] = _read_text(tokens[i + 1], number)
                else:
                    widget["period"] = _choose(tokens[i + 1], PERIODS, "period", number)
                i += 2
                continue
            if token.startswith("#"):
                widget["id"] = _read_id(token, number)
            else:
                raise line.fail(f"unexpected {token!r}; {usage}")
            i += 1
        return widget

    @staticmethod
    def _conditions(tokens: list[str], number: int) -> list[dict[str, Any]]:
        conditions = []
        for i, token in enumerate(tokens):
            if i % 2 == 1:
                if token != "and":
                    raise TextFormError(number, f"expected `and` between conditions, got {token!r}")
                continue
            conditions.append(_Reader._condition(token, number))
        if not conditions or len(tokens) % 2 == 0:
            raise TextFormError(number, "expected a condition after `where`/`and`, like status=done or due<today")
        return conditions

    @staticmethod
    def _condition(token: str, number: int) -> dict[str, Any]:
        match = _COND_NAME.match(token)
        if not match:
            raise TextFormError(number, f"condition {token!r}: expected <field><op><value>, like status=done")
        name, rest = _read_text(match.group(1), number), token[match.end():]
        if rest.startswith(":"):
            op, sep, value = rest[1:].partition("=")
            op = _choose(op, FILTER_OPS, "filter operator", number)
            return {"field": name, "op": op, "value": _read_value(value, number) if sep else None}
        for symbol, op in _SYMBOLS.items():
            if rest.startswith(symbol):
                value = rest[len(symbol):]
                if not value:
                    raise TextFormError(number, f"condition {token!r}: expected a value after {symbol!r}")
                return {"field": name, "op": op, "value": _read_value(value, number)}
        raise TextFormError(number, f"condition {token!r}: expected an operator (=, !=, <, <=, >, >=, ~ or "
                                    f":op with op one of {', '.join(FILTER_OPS)})")

    # custom blocks

    def _block(self, line: _Line) -> None:
        number = line.number
        usage = "expected `block <name> [\"Title\"] [view=<view>] [height=N]` and indented `html \"...\"` [`css \"...\"`]"
        tokens = _tokens(line.rest, number)
        if not tokens:
            raise line.fail(usage)
        block: dict[str, Any] = {"name": _read_text(tokens[0], number)}
        for token in tokens[1:]:
            pair = _key_value(token)
            if token.startswith('"') and "title" not in block:
                block["title"] = _read_text(token, number)
            elif pair is not None and pair[0] == "view":
                block["view"] = _read_text(pair[1], number)
            elif pair is not None and pair[0] == "height":
                block["height"] = _read_value(pair[1], number)
            else:
                raise line.fail(f"block {block['name']!r}: unexpected {token!r}; {usage}")
        blocks = self.data.setdefault("blocks", [])
        path = ("blocks", len(blocks))
        blocks.append(block)
        self.lines[path] = number
        for child in line.children:
            child.no_children()
            keyword, rest = child.keyword, child.rest.strip()
            if keyword not in ("html", "css"):
                raise child.fail(f"block {block['name']!r}: expected `html \"...\"` or `css \"...\"`, got {keyword!r}")
            if keyword in block:
                raise child.fail(f"block {block['name']!r}: a second `{keyword}` line; a block has one")
            if not rest.startswith('"'):
                raise child.fail(f"block {block['name']!r}: the {keyword} is written as one quoted text, "
                                 f"like {keyword} \"<p>Hello</p>\"")
            end = _string_end(rest, 0, child.number)
            if rest[end:].strip():
                raise child.fail(f"block {block['name']!r}: unexpected {rest[end:].strip()!r} after the quoted {keyword}")
            block[keyword] = _read_text(rest[:end], child.number)
            self.lines[(*path, keyword)] = child.number

    # seed rows and the archive

    def _seed(self, line: _Line) -> None:
        name = _read_text(line.rest.strip(), line.number)
        if not name:
            raise line.fail("expected `seed <entity>` followed by indented rows like {\"name\": \"Anna\"}")
        rows = self.data.setdefault("seed", {}).setdefault(name, [])
        self.lines[("seed", name)] = line.number
        for child in line.children:
            child.no_children()
            row = _json(child.text, child.number, "seed row")
            if not isinstance(row, dict):
                raise child.fail("a seed row is a JSON object like {\"name\": \"Anna\"}")
            self.lines[("seed", name, len(rows))] = child.number
            rows.append(row)

    def _archived(self, line: _Line) -> None:
        tokens = _tokens(line.rest, line.number)
        usage = "expected `archived <field|entity> <entity> [replaced_by=<id>]`"
        if len(tokens) not in (2, 3):
            raise line.fail(usage)
        entry: dict[str, Any] = {
            "kind": _choose(tokens[0], ("field", "entity"), "kind of archived thing", line.number),
            "entity": _read_text(tokens[1], line.number),
        }
        if len(tokens) == 3:
            pair = _key_value(tokens[2])
            if pair is None or pair[0] != "replaced_by":
                raise line.fail(usage)
            entry["replaced_by"] = _read_text(pair[1], line.number)
        archive = self.data.setdefault("archive", [])
        path = ("archive", len(archive))
        archive.append(entry)
        self.lines[path] = line.number
        for child in line.children:
            if child.keyword == "entity" and not _FIELD_LINE.match(child.text):
                if "definition" in entry:
                    raise child.fail("an archived entry keeps one entity definition")
                entry["definition"] = self._entity(child, (*path, "definition"))
            elif _FIELD_LINE.match(child.text):
                if "field" in entry:
                    raise child.fail("an archived entry keeps one field")
                child.no_children()
                self.lines[(*path, "field")] = child.number
                entry["field"] = self._field(child)
            else:
                raise child.fail("expected the archived field (`name: type ...`) or entity (`entity <name> ...`)")

    # what the model said, by line

    def problems(self, data: dict[str, Any], exc: ValidationError) -> list[tuple[int | None, str]]:
        found: list[tuple[int | None, str]] = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            if not loc:
                continue
            message = error["msg"].removeprefix("Value error, ")
            line, inner = self._line_of(loc)
            found.append((line, f"{'.'.join(map(str, inner))}: {message}" if inner else message))
        if not found:  # the whole-spec checks: run them again to have them one by one
            unchecked = _UncheckedSpec.model_validate(data)
            assign_ids(unchecked)
            found = [(self._line_of_problem(unchecked, p), p) for p in spec_problems(unchecked)]
        return found or [(None, str(exc))]

    def _line_of(self, loc: tuple[Any, ...]) -> tuple[int | None, tuple[Any, ...]]:
        for cut in range(len(loc), 0, -1):
            if loc[:cut] in self.lines:
                return self.lines[loc[:cut]], loc[cut:]
        return None, loc

    def _line_of_problem(self, spec: AppSpec, problem: str) -> int | None:
        """The line a whole-spec problem is about, from the thing its message names first."""
        candidates: list[tuple[str, tuple[Any, ...]]] = []
        for i, entity in enumerate(spec.entities):
            for j, f in enumerate(entity.fields):
                candidates.append((f"entity {entity.name!r}, field {f.name!r}", ("entities", i, "fields", j)))
            candidates.append((f"entity {entity.name!r}", ("entities", i)))
        for i, view in enumerate(spec.views):
            for j, w in enumerate(view.widgets):
                candidates.append((f"view {view.name!r}, widget {w.title!r}", ("views", i, "widgets", j)))
            candidates.append((f"view {view.name!r}", ("views", i)))
        for i, perm in enumerate(spec.permissions):
            candidates.append((f"permission {perm.action} on {perm.entity!r}", ("permissions", i)))
        for i, role in enumerate(spec.roles):
            candidates.append((f"role {role.name!r}", ("roles", i)))
        for i, block in enumerate(spec.blocks):
            candidates.append((f"block {block.name!r}", ("blocks", i)))
        for name, rows in spec.seed.items():
            for n in range(len(rows)):
                candidates.append((f"seed {name!r} row {n + 1}:", ("seed", name, n)))
        candidates += [("seed: there is no entity " + repr(n), ("seed", n)) for n in spec.seed]
        candidates += [("auth.default_role", ("auth", "default_role")), ("auth.owner_role", ("auth", "owner_role")),
                       ("nav:", ("nav",)), ("home:", ("home",)), ("app name", ("name",))]
        matches = [(prefix, path) for prefix, path in candidates if problem.startswith(prefix) and path in self.lines]
        if not matches:
            return None
        longest = max(len(prefix) for prefix, _ in matches)
        found = [self.lines[path] for prefix, path in matches if len(prefix) == longest]
        # A name used twice is a problem of its second use, which the same prefix also matches.
        repeated = "already" in problem or "twice" in problem
        return found[-1] if repeated and problem.startswith(("entity", "view", "role", "block")) else found[0]


class _UncheckedSpec(AppSpec):
    """An AppSpec without the whole-spec checks, to list their problems one by one."""

    def _check(self) -> AppSpec:  # type: ignore[override]
        return self


__all__ = ["TextFormError", "from_text", "to_text"]
