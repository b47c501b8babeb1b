"""Python source as `ruff format` and ruff's isort write it: literals, wrapped calls and the import block.

The code templates render a module's body; `finish_module` then writes its imports from the names the body
actually uses (found with Python's own parser, so a word in a string or an assigned attribute never counts), which is how
every generated module imports exactly what it needs and nothing else.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

LINE_LENGTH = 120
IMPORTS_MARK = "# <imports>\n"


def string(text: str) -> str:
    """A string literal with ruff's quotes: double, unless the text holds more double quotes than single."""
    body = repr(text)[1:-1]
    if repr(text).startswith('"'):  # repr chose double quotes because the text holds a single quote
        return f'"{body}"' if '"' not in text else repr(text)
    body = body.replace("\\'", "'")
    if '"' in text and "'" not in text:
        return "'" + body + "'"
    return '"' + body.replace('"', '\\"') + '"'


def literal(value: Any) -> str:
    """`value` as Python source on one line."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(int(value)) + ".0" if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, dt.datetime):
        parts = [value.year, value.month, value.day, value.hour, value.minute] + ([value.second] if value.second else [])
        return f"dt.datetime({', '.join(map(str, parts))})"
    if isinstance(value, dt.date):
        return f"dt.date({value.year}, {value.month}, {value.day})"
    if isinstance(value, dt.time):
        return f"dt.time({value.hour}, {value.minute}{', ' + str(value.second) if value.second else ''})"
    if isinstance(value, tuple):
        if len(value) == 1:
            return f"({literal(value[0])},)"
        return "(" + ", ".join(literal(v) for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, Code):
        return value.text
    raise TypeError(f"no Python literal for {value!r}")


@dataclass(frozen=True)
class Code:
    """Source text that goes into a literal as it is (an expression, a call)."""

    text: str


def items_of(value: Any) -> list[str]:
    if isinstance(value, Mapping):
        return [f"{literal(k)}: {literal(v)}" for k, v in value.items()]
    return [literal(v) for v in value]


def block(prefix: str, value: Any, indent: int = 0, suffix: str = "") -> str:
    """`prefix` followed by a tuple, list or dict literal: on one line when it fits, else one item per line with
    a trailing comma (which ruff format then keeps as it is)."""
    one_line = prefix + literal(value) + suffix
    pad = " " * indent
    if len(pad + one_line) <= LINE_LENGTH or not value:
        return pad + one_line
    opening, closing = {tuple: ("(", ")"), list: ("[", "]")}.get(type(value), ("{", "}"))
    lines = [pad + prefix + opening]
    lines += [pad + "    " + item + "," for item in items_of(value)]
    lines.append(pad + closing + suffix)
    return "\n".join(lines)


def call(head: str, args: Iterable[str], indent: int = 0, suffix: str = "") -> str:
    """`head(args)` on one line when it fits, else one argument per line with a trailing comma."""
    args = list(args)
    pad = " " * indent
    one_line = f"{pad}{head}({', '.join(args)}){suffix}"
    if len(one_line) <= LINE_LENGTH or not args:
        return one_line
    inner = "\n".join(f"{pad}    {a}," for a in args)
    return f"{pad}{head}(\n{inner}\n{pad}){suffix}"


def docstring(text: str) -> str:
    """Text that can sit between triple quotes as it is."""
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text + " " if text.endswith('"') else text


# --- imports -------------------------------------------------------------------------------------------------------

# name -> (module, name as imported) for `from module import name`, or (module, None) for `import module as name`.
KNOWN: dict[str, tuple[str, str | None]] = {
    "dt": ("datetime", None),
    "re": ("re", None),
    "calendar": ("calendar", None),
    "mimetypes": ("mimetypes", None),
    "secrets": ("secrets", None),
    "shutil": ("shutil", None),
    "subprocess": ("subprocess", None),
    "sys": ("sys", None),
    "os": ("os", None),
    "sqlite3": ("sqlite3", None),
    "socket": ("socket", None),
    "time": ("time", None),
    "itertools": ("itertools", None),
}
for _module, _names in {
    "typing": "Annotated Any Generic Literal TYPE_CHECKING TypeVar",
    "collections.abc": "Callable Iterator Mapping Sequence",
    "collections": "defaultdict",
    "dataclasses": "dataclass",
    "pathlib": "Path",
    "types": "ModuleType",
    "urllib.parse": "quote urlencode",
    "sqlalchemy": "BigInteger Boolean Column Engine ColumnElement Date DateTime ForeignKey Integer JSON Numeric Select "
                  "Table Text Time cast false func or_ select",
    "sqlalchemy.orm": "Mapped Session mapped_column relationship sessionmaker synonym validates",
    "sqlalchemy.exc": "IntegrityError",
    "pydantic": "AfterValidator BeforeValidator BaseModel ConfigDict Field StringConstraints ValidationError field_validator",
    "fastapi": "APIRouter Depends FastAPI HTTPException Query Request status",
    "fastapi.encoders": "jsonable_encoder",
    "alembic": "command",
    "alembic.config": "Config",
    "alembic.migration": "MigrationContext",
    "alembic.autogenerate": "compare_metadata",
    "fastapi.testclient": "TestClient",
    "starlette.responses": "FileResponse HTMLResponse JSONResponse RedirectResponse Response",
    "starlette.datastructures": "FormData UploadFile",
    "starlette.middleware.sessions": "SessionMiddleware",
    "fastapi.staticfiles": "StaticFiles",
    "fastapi.templating": "Jinja2Templates",
    "markupsafe": "Markup escape",
    "httpx": "httpx",
    "pytest": "pytest",
}.items():
    for _name in _names.split():
        KNOWN[_name] = (_module, None) if _name == _module else (_module, _name)

STDLIB = frozenset({
    "__future__", "calendar", "collections", "itertools", "dataclasses", "datetime", "io", "mimetypes", "os", "pathlib", "re",
    "secrets", "shutil", "socket", "sqlite3", "subprocess", "sys", "time", "types", "typing", "urllib",
})
FIRST_PARTY = ("app", "tests")


def used_names(source: str) -> set[str]:
    """The global names a module's code reads: not the ones it assigns, nor a function's parameters and locals,
    nor attributes, nor words in strings."""
    uses = _Uses()
    uses.visit(ast.parse(source))
    return uses.used


class _Uses(ast.NodeVisitor):
    def __init__(self) -> None:
        self.scopes: list[set[str]] = []
        self.used: set[str] = set()

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        if not isinstance(node, ast.Lambda):
            for decorator in node.decorator_list:
                self.visit(decorator)
            if node.returns is not None:
                self.visit(node.returns)
        every = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs, node.args.vararg, node.args.kwarg]
        arguments = [a for a in every if a is not None]
        for argument in arguments:
            if argument.annotation is not None:
                self.visit(argument.annotation)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        local = {a.arg for a in arguments}
        body = node.body if isinstance(node.body, list) else [node.body]
        for statement in body:
            local |= {n.id for n in ast.walk(statement) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        self.scopes.append(local)
        for statement in body:
            self.visit(statement)
        self.scopes.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function
    visit_Lambda = _function

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load) and not any(node.id in scope for scope in self.scopes):
            self.used.add(node.id)


def _section(module: str) -> int:
    root = module.split(".")[0]
    if root == "__future__":
        return 0
    if root in STDLIB:
        return 1
    return 3 if root in FIRST_PARTY else 2


def _name_key(name: str) -> tuple[int, str, str]:
    bare = name.split(" as ")[0]
    kind = 0 if bare.isupper() and len(bare) > 1 else (1 if bare[:1].isupper() else 2)
    return kind, bare.lower(), bare


def import_block(imports: Mapping[str, tuple[str, str | None]], names: Iterable[str]) -> str:
    """The import statements for `names`, grouped and sorted as ruff's isort does."""
    straight: dict[int, set[str]] = {}
    froms: dict[int, dict[str, set[str]]] = {}
    for name in names:
        module, imported = imports[name]
        section = _section(module)
        if imported is None:
            statement = module if name == module.split(".")[-1] and name == module else f"{module} as {name}"
            straight.setdefault(section, set()).add(statement)
        else:
            shown = imported if imported == name else f"{imported} as {name}"
            froms.setdefault(section, {}).setdefault(module, set()).add(shown)
    sections = []
    for section in sorted(set(straight) | set(froms)):
        lines = [f"import {s}" for s in sorted(straight.get(section, ()), key=str.lower)]
        for module in sorted(froms.get(section, {}), key=lambda m: (m.lower(), m)):
            plain = sorted((n for n in froms[section][module] if " as " not in n), key=_name_key)
            aliased = sorted((n for n in froms[section][module] if " as " in n), key=_name_key)
            if plain:
                line = f"from {module} import {', '.join(plain)}"
                if len(line) > LINE_LENGTH:
                    line = f"from {module} import (\n" + "".join(f"    {n},\n" for n in plain) + ")"
                lines.append(line)
            lines += [f"from {module} import {n}" for n in aliased]
        sections.append("\n".join(lines))
    return "\n\n".join(sections)


def finish_module(source: str, first_party: Mapping[str, tuple[str, str | None]] | None = None) -> str:
    """Replace the imports mark of a rendered module with the imports its code needs."""
    if IMPORTS_MARK not in source:
        return source
    head, body = source.split(IMPORTS_MARK, 1)
    imports = {**KNOWN, **(first_party or {})}
    needed = {n for n in used_names(body) if n in imports} - _defined_names(body)
    text = import_block(imports, needed)
    body = body.lstrip("\n")
    if not text:
        return head + body
    gap = "\n\n\n" if re.match(r"(def |class |async def |@)", body) else "\n\n"
    return head + text + gap + body


def _defined_names(body: str) -> set[str]:
    """Names the module itself defines at the top level (classes, functions, assignments)."""
    found = set(re.findall(r"^(?:class|def) (\w+)", body, re.MULTILINE))
    found |= set(re.findall(r"^(\w+)(?:: [^=\n]+)? = ", body, re.MULTILINE))
    return found
