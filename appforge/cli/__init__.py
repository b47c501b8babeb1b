"""`appforge ...`: serve the platform and work with apps and their specs from a terminal.

    appforge serve [--host H] [--port P]     the platform and every app; loads the examples on first start
    appforge apps list                       the apps: name, title, version, URL
    appforge spec validate FILE              a spec file (.json, or the text form .app): OK, or every problem
    appforge spec show APP [--json]          the current spec of an app, text form or JSON
    appforge spec schema                     the JSON Schema of a spec
    appforge apply APP FILE                  a JSON list of operations -> a new version (all or nothing)
    appforge versions APP                    the numbered versions of an app
    appforge rollback APP VERSION            make that version's spec current again (as a new version)
    appforge change APP "MESSAGE" [--model M] [--new]   a model's operations -> a new version, progress shown
    appforge generations [--app A] [--model M]           the recorded generations, with totals per model

Settings come from the environment (APPFORGE_DATA_DIR, DATABASE_URL, ...; see appforge/settings.py) or from
`--data-dir` / `--database-url` before the command. Every error is one line saying what and where, exit status 1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from appforge.export.cli import add_export_command
from appforge.settings import Settings

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform

app = typer.Typer(
    name="appforge",
    help="appforge: describe an app, get a working web app. The spec is the single source of truth.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
apps_app = typer.Typer(help="The apps on this platform.", no_args_is_help=True)
spec_app = typer.Typer(help="App specs: validate a file, show an app's spec, the JSON Schema.", no_args_is_help=True)
app.add_typer(apps_app, name="apps")
app.add_typer(spec_app, name="spec")
add_export_command(app)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class CliError(Exception):
    """A failure to report as one line (or a few, one per problem) and exit 1."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


# --- settings and errors ---------------------------------------------------------------------------------------------


@app.callback()
def main(
    ctx: typer.Context,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", help="Where apps keep their data (default: ./data, or APPFORGE_DATA_DIR).")] = None,
    database_url: Annotated[str | None, typer.Option(
        "--database-url", help="postgresql://... to keep apps in PostgreSQL (default: SQLite files).")] = None,
) -> None:
    overrides: dict[str, Any] = {}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    if database_url is not None:
        overrides["database_url"] = database_url
    ctx.obj = overrides


def _settings(ctx: typer.Context, **more: Any) -> Settings:
    return Settings(**{**(ctx.obj or {}), **more})


def _platform(settings: Settings) -> Platform:
    from appforge.runtime.platform import Platform

    return Platform(settings)


def _fail(message: str, details: list[str] | None = None) -> NoReturn:
    raise CliError(message, details)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


@contextmanager
def _reported() -> Iterator[None]:
    """Turn every failure into readable lines on stderr and exit status 1; never a traceback."""
    try:
        yield
    except typer.Exit:
        raise
    except CliError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, soft_wrap=True)
        for line in exc.details:
            err.print(f"  - {line}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, not a traceback
        kind = type(exc).__name__
        label = {"AppNotFound": "no such app", "OperationError": "refused", "MigrationError": "migration failed",
                 "PromotionRefused": "refused", "RegistryError": "registry"}.get(kind)
        prefix = f"{label}: " if label else ("" if kind in ("ValueError", "RuntimeError") else f"{kind}: ")
        err.print(f"[bold red]error:[/] {escape(prefix + _one_line(exc))}", markup=True, soft_wrap=True)
        raise typer.Exit(1) from None


def _require_app(platform: Platform, name: str) -> None:
    if not platform.has_app(name):
        names = ", ".join(_app_names(platform)) or "none yet"
        _fail(f"there is no app {name!r} on this platform (apps: {names})")


def _app_names(platform: Platform) -> list[str]:
    names = []
    for item in platform.list_apps():
        names.append(item if isinstance(item, str) else getattr(item, "name", None) or item["name"])
    return names


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{path}: no such file")
    except IsADirectoryError:
        _fail(f"{path}: is a folder, not a file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot be read: {_one_line(exc)}")


# --- serve -------------------------------------------------------------------------------------------------------------


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1, or APPFORGE_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000, or APPFORGE_PORT).")] = None,
) -> None:
    """Serve the platform and every app; load the example apps on first start."""
    with _reported():
        import uvicorn

        from appforge.examples import load_examples_on_first_start
        from appforge.runtime.server import create_server

        more = {k: v for k, v in (("host", host), ("port", port)) if v is not None}
        settings = _settings(ctx, **more)
        platform = _platform(settings)
        created = load_examples_on_first_start(platform, settings)
        if created:
            out.print(f"Loaded the example apps: {', '.join(created)}")
        server = create_server(settings, platform)
        out.print(f"[bold]appforge[/] on [link]http://{_shown_host(settings.host)}:{settings.port}/[/link]")
        for name in _app_names(platform):
            out.print(f"  {name:<14} {settings.app_origin(name)}/")
        out.print("Stop with Ctrl+C.")
    try:
        uvicorn.run(server, host=settings.host, port=settings.port, log_level="info", lifespan="on",
                    proxy_headers=False, server_header=False)
    except (KeyboardInterrupt, SystemExit):
        pass


def _shown_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


# --- apps ----------------------------------------------------------------------------------------------------------


@apps_app.command("list")
def apps_list(ctx: typer.Context) -> None:
    """The apps: name, title, current version and address."""
    with _reported():
        settings = _settings(ctx)
        platform = _platform(settings)
        names = _app_names(platform)
        if not names:
            out.print("No apps yet. `appforge serve` loads the examples on first start.")
            return
        table = Table("name", "title", "version", "URL", title="Apps", title_justify="left")
        for name in names:
            current = platform.current(name)
            table.add_row(name, current.spec.heading, str(current.number), f"{settings.app_origin(name)}/")
        out.print(table)


# --- versions ------------------------------------------------------------------------------------------------------


@app.command()
def apply(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")],
    file: Annotated[Path, typer.Argument(help="A JSON list of operations (see docs/operations.md).")],
) -> None:
    """Apply a JSON list of operations: a new version, or nothing at all when one is refused."""
    with _reported():
        from appforge.spec.operations import OperationError, parse_operations

        text = _read(file)
        try:
            operations = parse_operations(text)
        except OperationError as exc:
            _fail(f"{file}: {exc}")
        if not operations:
            _fail(f"{file}: the list of operations is empty; nothing to do")
        platform = _platform(_settings(ctx))
        _require_app(platform, name)
        before = platform.current(name).number
        try:
            version = platform.apply(name, operations, message=f"appforge apply {file.name}")
        except OperationError as exc:
            _fail(f"{exc} (nothing changed; {name} stays at version {before})")
        except Exception as exc:
            if type(exc).__name__ == "MigrationError":
                _fail(f"the database could not follow: {_one_line(exc)} (nothing changed; {name} stays at version {before})")
            raise
        out.print(f"[bold green]{name} is now at version {version.number}[/] ({_n(len(operations), 'operation')})")
        for op in operations:
            out.print(f"  - {op.summary()}", markup=False)


@app.command()
def versions(ctx: typer.Context, name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")]) -> None:
    """The numbered versions of an app, newest last."""
    with _reported():
        platform = _platform(_settings(ctx))
        _require_app(platform, name)
        current = platform.current(name).number
        table = Table("version", "when", "by", "changes", "message", title=f"Versions of {name}", title_justify="left")
        for version in platform.versions(name):
            number = f"{version.number} (current)" if version.number == current else str(version.number)
            table.add_row(number, _when(version.created_at), version.author or "", str(len(version.operations or [])),
                          version.message or "")
        out.print(table)


def _when(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)[:16].replace("T", " ")


@app.command()
def rollback(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")],
    version: Annotated[int, typer.Argument(help="The version number to go back to.")],
) -> None:
    """Make an earlier version's spec current again; this records a new version, so it can be undone too."""
    with _reported():
        platform = _platform(_settings(ctx))
        _require_app(platform, name)
        numbers = [v.number for v in platform.versions(name)]
        if version not in numbers:
            _fail(f"{name} has no version {version} (versions: {', '.join(map(str, numbers))})")
        new = platform.rollback(name, version)
        out.print(f"[bold green]{name} is back at the spec of version {version}[/] (recorded as version {new.number})")


# --- generation -----------------------------------------------------------------------------------------------------


@app.command()
def change(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")],
    message: Annotated[str, typer.Argument(help="What to change (or, with --new, build), in the person's words.")],
    model: Annotated[str | None, typer.Option(
        help="Which model answers (default: the app's setting, else APPFORGE_MODEL, else appforge).")] = None,
    new: Annotated[bool, typer.Option("--new", help="Create APP from the message (it must not exist yet).")] = False,
) -> None:
    """Change an app as a message asks (or create one with --new): progress as it happens, then what changed.

    A model proposes operations; they are checked against the spec and applied as a new version, all or nothing.
    Every attempt is recorded (`appforge generations`)."""
    with _reported():
        from rich.text import Text

        from appforge.generation import FAILED, Event, GenerationService

        def show(event: Event) -> None:
            if event.stage == FAILED:
                return  # said once, as the error line below
            line = Text(f"{event.elapsed_ms:>7.0f} ms  ", style="dim")
            line.append(f"{event.stage.replace('_', ' '):<14}", style="bold")
            line.append(event.text)
            out.print(line)

        platform = _platform(_settings(ctx))
        if not new:
            _require_app(platform, name)
        generation = GenerationService(platform).generate(name, message, model=model, new=new, on_event=show)
        version, proposal = generation.version, generation.proposal
        if not generation.accepted or version is None or proposal is None:
            _fail(generation.events[-1].text)
        operations = proposal.operations
        out.print(f"[bold green]{name} is now at version {version.number}[/] "
                  f"({_n(len(operations), 'operation')} by {proposal.model})")
        for op in operations:
            out.print(f"  - {op.summary()}", markup=False)


@app.command("generations")
def generations_list(
    ctx: typer.Context,
    app_name: Annotated[str | None, typer.Option("--app", help="Only this app's generations.")] = None,
    model: Annotated[str | None, typer.Option(help="Only generations that asked for or used this model.")] = None,
    limit: Annotated[int, typer.Option(help="How many of the newest to list (the totals count all).")] = 20,
) -> None:
    """The recorded generations, newest first, and totals per model: how many, how many applied, latency, tokens,
    cost (where the provider has a price: APPFORGE_PROVIDER_PRICE_IN / _OUT)."""
    with _reported():
        from rich.text import Text

        from appforge.generation import GenerationLog

        if limit < 1:
            _fail("--limit must be at least 1")
        log = GenerationLog(_platform(_settings(ctx)))
        records = log.recent(app=app_name, model=model, limit=limit)
        if not records:
            out.print('No generations recorded yet. `appforge change APP "MESSAGE"` makes one.')
            return
        # Two lines a row (when: date/time; app/model; message/result; tokens/cost) so that 80 columns read well.
        table = _table("Generations (newest first)", ["when", "app\nmodel", "message\n-> result", "ms", "tokens\ncost"])
        for r in records:
            if r.accepted:
                result = f"version {r.version}, {_n(len(r.operations), 'operation')}"
            else:
                result = f"not applied: {r.reason or ''}"
            if r.fell_back:
                result += f" ({r.model_asked} was asked for: {r.note or 'it failed'})"
            when = _when(r.created_at)[5:].replace(" ", "\n")
            row = [when, f"{r.app}\n{r.model}", f"{_cut(r.message, 100)}\n-> {_cut(result, 200)}",
                   f"{r.latency_ms:.0f}", f"{_tokens(r.prompt_tokens, r.completion_tokens)}\n{_cost(r.cost)}"]
            table.add_row(*map(Text, row))  # Text: a message is shown as typed, never read as Rich markup
        out.print(table)
        summary = _table("Totals per model", ["model", "count", "applied", "mean ms", "p50 ms", "tokens in/out",
                                              "cost"])
        for t in log.totals(app=app_name, model=model):
            row = [t.model, str(t.count), f"{t.accepted} ({t.accepted_share:.0%})", f"{t.mean_ms:.0f}",
                   f"{t.p50_ms:.0f}", _tokens(t.prompt_tokens, t.completion_tokens), _cost(t.cost)]
            summary.add_row(*map(Text, row))
        out.print(summary)


def _table(title: str, columns: list[str]) -> Table:
    """A compact table: words to the left and whole, numbers to the right; only a message column folds."""
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", pad_edge=False)
    for column in columns:
        words = column.startswith("message")
        table.add_column(column, no_wrap=not words, ratio=1 if words else None,
                         justify="left" if words or column in ("when", "app\nmodel", "model") else "right")
    return table


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _cut(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _int(value: int | None) -> str:
    return "-" if value is None else str(value)


def _tokens(prompt: int | None, completion: int | None) -> str:
    return "-" if prompt is None and completion is None else f"{_int(prompt)}/{_int(completion)}"


def _cost(value: float | None) -> str:
    """A cost to six places without trailing zeros; '-' when unknown (no price configured), which is not 0."""
    if value is None:
        return "-"
    return f"{value:.6f}".rstrip("0").rstrip(".") or "0"


def run() -> None:
    """Entry point for `python -m appforge`."""
    app(prog_name="appforge")


# The spec commands (`specs`) and the model commands (train, generate, eval, bench-model, models, dataset) register
# themselves on `spec_app` and `app`.
from appforge.cli import models as _models  # noqa: E402, F401
from appforge.cli import specs as _specs  # noqa: E402, F401

if __name__ == "__main__":
    sys.exit(run())
