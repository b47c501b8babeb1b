"""Reading the text form into a spec, every problem named by its line."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from appforge.spec.model import (
    ACTIONS,
    OPTION_TYPES,
    RELATION_TYPES,
    AppSpec,
    FieldType,
    Theme,
)
from appforge.spec.text.grammar import (
    FIELD_LINE,
    FIELD_SETTINGS,
    FIELD_TYPES,
    TOP_LEVEL,
    VIEW_SETTINGS,
    VIEW_TYPES,
    WORD,
    TextFormError,
)
from appforge.spec.text.lines import (
    Line,
    choose,
    json_value,
    key_value,
    outline,
    read_id,
    read_sort,
    read_text,
    read_value,
    scan,
    split_list,
    string_end,
    tokens_of,
)
from appforge.spec.text.widgets import read_conditions, read_widget
from appforge.spec.validate import spec_problems, unchecked_spec


def from_text(text: str) -> AppSpec:
    """Read the text form. Raises `TextFormError` (a ValueError) naming the line of each problem."""
    reader = _Reader()
    data = reader.read(outline(text))
    try:
        return AppSpec.model_validate(data)
    except ValidationError as exc:
        problems = reader.problems(data, exc)
    raise TextFormError(problems[0][0], problems[0][1], problems)


class _Reader:
    """Builds the JSON form from the outline, remembering which line said what for the model's complaints."""

    def __init__(self) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        self.data: dict[str, Any] = {}

    def read(self, roots: list[Line]) -> dict[str, Any]:
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

    def _app(self, line: Line) -> None:
        if "name" in self.data:
            raise line.fail("a second `app` line; a text form describes one app")
        tokens = tokens_of(line.rest, line.number)
        if not tokens or len(tokens) > 2:
            raise line.fail("expected `app <name> [\"Title\"]`")
        self.data["name"] = read_text(tokens[0], line.number)
        self.lines[("name",)] = line.number
        if len(tokens) == 2:
            self.data["title"] = read_text(tokens[1], line.number)
            self.lines[("title",)] = line.number
        for child in line.children:
            self._setting(child)

    def _setting(self, line: Line) -> None:
        keyword, rest, number = line.keyword, line.rest.strip(), line.number
        line.no_children()
        data, auth = self.data, self.data.setdefault("auth", {})
        if keyword == "description":
            data["description"] = read_text(rest, number)
            self.lines[("description",)] = number
        elif keyword == "format":
            data["format"] = read_value(rest, number)
            self.lines[("format",)] = number
        elif keyword == "access":
            auth["access"] = choose(rest, ("public", "signin"), "access mode", number)
        elif keyword == "signup":
            auth["signup"] = choose(rest, ("on", "off"), "signup setting", number) == "on"
        elif keyword in ("default_role", "owner_role"):
            auth[keyword] = read_text(rest, number)
            self.lines[("auth", keyword)] = number
        elif keyword == "theme":
            theme = data.setdefault("theme", {})
            for token in tokens_of(rest, number):
                pair = key_value(token)
                if pair is None or pair[0] not in Theme.model_fields:
                    raise line.fail(f"theme setting {token!r}: expected key=value with key one of "
                                    f"{', '.join(Theme.model_fields)}")
                key, value = pair
                theme[key] = read_value(value, number) if key in ("dark", "radius") else read_text(value, number)
            self.lines[("theme",)] = number
        elif keyword == "nav":
            data["nav"] = [read_text(item, number) for item in split_list(rest, number)]
            self.lines[("nav",)] = number
        elif keyword == "home":
            data["home"] = read_text(rest, number)
            self.lines[("home",)] = number
        else:
            raise line.fail(f"unknown app setting {keyword!r} (expected one of description, format, access, signup, "
                            "theme, default_role, owner_role)")
        if "access" in auth or "signup" in auth:
            self.lines.setdefault(("auth",), number)

    def _role(self, line: Line) -> None:
        line.no_children()
        tokens = tokens_of(line.rest, line.number)
        if not tokens or len(tokens) > 2:
            raise line.fail("expected `role <name> [\"Label\"]`")
        role: dict[str, Any] = {"name": read_text(tokens[0], line.number)}
        if len(tokens) == 2:
            role["label"] = read_text(tokens[1], line.number)
        roles = self.data.setdefault("roles", [])
        self.lines[("roles", len(roles))] = line.number
        roles.append(role)

    def _permission(self, line: Line) -> None:
        line.no_children()
        tokens = tokens_of(line.rest, line.number)
        if len(tokens) not in (3, 4) or (len(tokens) == 4 and tokens[3] != "own"):
            raise line.fail("expected `permission <entity> <action> <role>,<role> [own]`")
        roles = [] if tokens[2] == "[]" else [read_text(r, line.number) for r in split_list(tokens[2], line.number)]
        perms = self.data.setdefault("permissions", [])
        self.lines[("permissions", len(perms))] = line.number
        perms.append({
            "entity": read_text(tokens[0], line.number),
            "action": choose(tokens[1], ACTIONS, "action", line.number),
            "roles": roles,
            "own": len(tokens) == 4,
        })

    # entities and fields

    def _entity(self, line: Line, path: tuple[Any, ...] | None = None) -> dict[str, Any]:
        tokens = tokens_of(line.rest, line.number)
        if not tokens:
            raise line.fail("expected `entity <name> [\"Label\"] [#id]`")
        entity: dict[str, Any] = {"name": read_text(tokens[0], line.number), "fields": []}
        for token in tokens[1:]:
            if token.startswith("#"):
                entity["id"] = read_id(token, line.number)
            elif token.startswith('"') and "label" not in entity:
                entity["label"] = read_text(token, line.number)
            else:
                raise line.fail(f"unexpected {token!r}; expected `entity <name> [\"Label\"] [#id]`")
        if path is None:
            entities = self.data.setdefault("entities", [])
            path = ("entities", len(entities))
            entities.append(entity)
        self.lines[path] = line.number
        for child in line.children:
            if FIELD_LINE.match(child.text):
                child.no_children()
                self.lines[(*path, "fields", len(entity["fields"]))] = child.number
                entity["fields"].append(self._field(child))
                continue
            child.no_children()
            keyword, rest = child.keyword, child.rest.strip()
            if keyword == "plural":
                entity["plural"] = read_text(rest, child.number)
            elif keyword == "icon":
                entity["icon"] = read_text(rest, child.number)
            elif keyword == "display":
                entity["display_field"] = read_text(rest, child.number)
            elif keyword == "order":
                entity["order_by"] = read_sort(rest, child.number)
            else:
                raise child.fail(f"expected a field (`name: type ...`) or one of plural, icon, display, order; "
                                 f"got {keyword!r}")
        return entity

    def _field(self, line: Line) -> dict[str, Any]:
        number = line.number
        match = FIELD_LINE.match(line.text)
        assert match is not None
        field: dict[str, Any] = {"name": read_text(match.group(1), number)}
        rest = match.group(2)
        scanned = list(scan(rest, number))
        if not scanned:
            raise line.fail(f"field {field['name']!r}: expected a type after ':' (one of {', '.join(FIELD_TYPES)})")
        kind, _ = scanned[0]
        name, _, args = kind.partition("(")
        field["type"] = choose(name, FIELD_TYPES, "field type", number)
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
                field["id"] = read_id(token, number)
            elif (pair := key_value(token)) is not None and pair[0] in FIELD_SETTINGS:
                key, value = pair
                if key in ("default", "min", "max"):
                    field[key] = read_value(value, number)
                elif key == "options":
                    field[key] = json_value(value, number, "options")
                else:
                    field[key] = read_text(value, number)
            else:
                raise line.fail(f"field {field['name']!r}: unknown setting {token!r} (expected required, unique, "
                                f"#id, = formula, or key=value with key one of {', '.join(FIELD_SETTINGS[:6])})")
        return field

    def _type_args(self, field: dict[str, Any], args: str, number: int) -> None:
        kind = FieldType(field["type"])
        if kind in OPTION_TYPES:
            field["options"] = [self._option(item, number) for item in split_list(args, number)]
        elif kind in RELATION_TYPES:
            field["target"] = read_text(args.strip(), number)
        elif kind == FieldType.money:
            field["currency"] = read_text(args.strip(), number)
        else:
            raise TextFormError(number, f"a {kind.value} field takes nothing in brackets; choice and tags take "
                                        "options, reference and many_to_many a target, money a currency")

    @staticmethod
    def _option(item: str, number: int) -> dict[str, Any]:
        if item.startswith('"'):
            end = string_end(item, 0, number)
            value, rest = read_text(item[:end], number), item[end:].strip()
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

    def _view(self, line: Line) -> None:
        number = line.number
        scanned = list(scan(line.rest, number))
        tokens = [t for t, _ in scanned]
        view: dict[str, Any] = {}
        if line.keyword == "dashboard":
            if not tokens:
                raise line.fail("expected `dashboard <name> [\"Title\"]`")
            view["name"], view["type"], rest = read_text(tokens[0], number), "dashboard", tokens[1:]
        else:
            if len(tokens) < 2:
                raise line.fail(f"expected `view <name> <type> <entity> [\"Title\"] ...` (type one of "
                                f"{', '.join(VIEW_TYPES)})")
            view["name"] = read_text(tokens[0], number)
            view["type"] = choose(tokens[1], VIEW_TYPES, "view type", number)
            rest = tokens[2:]
        for i, token in enumerate(rest):
            if token == "where":
                view["filters"] = read_conditions(rest[i + 1:], number)
                break
            pair = key_value(token)
            if pair is not None and pair[0] in VIEW_SETTINGS:
                key, value = pair
                if key in ("fields",):
                    view[key] = [read_text(v, number) for v in split_list(value, number)]
                elif key == "sort":
                    view[key] = read_sort(value, number)
                elif key == "page_size":
                    view[key] = read_value(value, number)
                else:
                    view[key] = read_text(value, number)
            elif token.startswith('"') and "title" not in view:
                view["title"] = read_text(token, number)
            elif WORD.match(token) and "entity" not in view and "title" not in view:
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
            widgets.append(read_widget(child))

    # custom blocks

    def _block(self, line: Line) -> None:
        number = line.number
        usage = "expected `block <name> [\"Title\"] [view=<view>] [height=N]` and indented `html \"...\"` [`css \"...\"`]"
        tokens = tokens_of(line.rest, number)
        if not tokens:
            raise line.fail(usage)
        block: dict[str, Any] = {"name": read_text(tokens[0], number)}
        for token in tokens[1:]:
            pair = key_value(token)
            if token.startswith('"') and "title" not in block:
                block["title"] = read_text(token, number)
            elif pair is not None and pair[0] == "view":
                block["view"] = read_text(pair[1], number)
            elif pair is not None and pair[0] == "height":
                block["height"] = read_value(pair[1], number)
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
            end = string_end(rest, 0, child.number)
            if rest[end:].strip():
                raise child.fail(f"block {block['name']!r}: unexpected {rest[end:].strip()!r} after the quoted {keyword}")
            block[keyword] = read_text(rest[:end], child.number)
            self.lines[(*path, keyword)] = child.number

    # seed rows and the archive

    def _seed(self, line: Line) -> None:
        name = read_text(line.rest.strip(), line.number)
        if not name:
            raise line.fail("expected `seed <entity>` followed by indented rows like {\"name\": \"Anna\"}")
        rows = self.data.setdefault("seed", {}).setdefault(name, [])
        self.lines[("seed", name)] = line.number
        for child in line.children:
            child.no_children()
            row = json_value(child.text, child.number, "seed row")
            if not isinstance(row, dict):
                raise child.fail("a seed row is a JSON object like {\"name\": \"Anna\"}")
            self.lines[("seed", name, len(rows))] = child.number
            rows.append(row)

    def _archived(self, line: Line) -> None:
        tokens = tokens_of(line.rest, line.number)
        usage = "expected `archived <field|entity> <entity> [replaced_by=<id>]`"
        if len(tokens) not in (2, 3):
            raise line.fail(usage)
        entry: dict[str, Any] = {
            "kind": choose(tokens[0], ("field", "entity"), "kind of archived thing", line.number),
            "entity": read_text(tokens[1], line.number),
        }
        if len(tokens) == 3:
            pair = key_value(tokens[2])
            if pair is None or pair[0] != "replaced_by":
                raise line.fail(usage)
            entry["replaced_by"] = read_text(pair[1], line.number)
        archive = self.data.setdefault("archive", [])
        path = ("archive", len(archive))
        archive.append(entry)
        self.lines[path] = line.number
        for child in line.children:
            if child.keyword == "entity" and not FIELD_LINE.match(child.text):
                if "definition" in entry:
                    raise child.fail("an archived entry keeps one entity definition")
                entry["definition"] = self._entity(child, (*path, "definition"))
            elif FIELD_LINE.match(child.text):
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
            unchecked = unchecked_spec(data)
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
