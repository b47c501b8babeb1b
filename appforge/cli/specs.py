"""`appforge spec validate | show | schema`: a spec file checked with every problem and where it is, an app's spec
in either form, the JSON Schema.

`load_spec_file` is also how `appforge generate --base` reads the app a message changes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from appforge.cli import _fail, _n, _platform, _read, _reported, _require_app, _settings, out, spec_app
from appforge.spec.model import AppSpec


@spec_app.command("validate")
def spec_validate(file: Annotated[Path, typer.Argument(help="A spec file: .json, or .app for the text form.")]) -> None:
    """Check a spec file: print OK with a summary, or every problem with where it is (exit 1)."""
    with _reported():
        spec = load_spec_file(file)
        out.print(f"[bold green]OK[/] {file}: {summary(spec)}")


def load_spec_file(path: Path) -> AppSpec:
    """A spec from a .json or .app (text form) file; every problem is reported with where it is."""
    text = _read(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            _fail(f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        if not isinstance(data, dict):
            _fail(f"{path}: a spec is a JSON object, not {type(data).__name__}")
        problems = spec_file_problems(data)
        if problems:
            _fail(f"{path}: {len(problems)} problem{'s' if len(problems) != 1 else ''}", problems)
        return AppSpec.model_validate(data)
    if suffix == ".app":
        from appforge.spec.text import from_text

        try:
            return from_text(text)
        except ValidationError as exc:
            problems = _validation_lines(exc, {})
            _fail(f"{path}: {len(problems)} problem{'s' if len(problems) != 1 else ''}", problems)
        except ValueError as exc:
            lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
            if len(lines) == 1:
                _fail(f"{path}: {lines[0]}")
            _fail(f"{path}: {len(lines)} problems", lines)
    _fail(f"{path}: unknown kind of file {suffix or '(no extension)'!r}; use .json or .app (the text form)")


def spec_file_problems(data: dict[str, Any]) -> list[str]:
    """Every problem of a spec's JSON: shape and types first (with where), then the whole-spec checks."""
    from appforge.spec.validate import spec_problems, unchecked_spec

    try:
        unchecked = unchecked_spec(data)
    except ValidationError as exc:
        return _validation_lines(exc, data)
    return spec_problems(unchecked)


def _validation_lines(exc: ValidationError, data: Any) -> list[str]:
    lines = []
    for error in exc.errors():
        message = error["msg"].removeprefix("Value error, ")
        where = _where(data, error["loc"])
        lines.append(f"{where}: {message}" if where else message)
    return lines


def _where(data: Any, loc: tuple[Any, ...]) -> str:
    """`entities['task'].fields['due'].type` from a pydantic location, naming list items by their name."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and key < len(node) else None
            label = item.get("name") or item.get("title") if isinstance(item, dict) else None
            parts.append(f"[{label!r}]" if isinstance(label, str) else f"[{key}]")
            node = item
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts)


def summary(spec: AppSpec) -> str:
    fields = sum(len(e.fields) for e in spec.entities)
    rows = sum(len(r) for r in spec.seed.values())
    access = "public" if spec.auth.access == "public" else "sign-in"
    return (
        f"{spec.name} ({spec.heading}): {_n(len(spec.entities), 'entity', 'entities')}, {_n(fields, 'field')}, "
        f"{_n(len(spec.views), 'view')}, {_n(len(spec.roles), 'role')}, {_n(len(spec.permissions), 'permission')}, "
        f"{_n(rows, 'seed row')}, {access}"
    )


@spec_app.command("show")
def spec_show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of the text form.")] = False,
) -> None:
    """The current spec of an app: the text form, or JSON with --json (which `spec validate` accepts back)."""
    with _reported():
        platform = _platform(_settings(ctx))
        _require_app(platform, name)
        spec = platform.current(name).spec
        if as_json:
            typer.echo(json.dumps(spec.model_dump(mode="json", exclude_defaults=True), indent=2, ensure_ascii=False))
        else:
            from appforge.spec.text import to_text

            typer.echo(to_text(spec).rstrip("\n"))


@spec_app.command("schema")
def spec_schema() -> None:
    """The JSON Schema of an app spec."""
    with _reported():
        typer.echo(json.dumps(AppSpec.model_json_schema(), indent=2))
