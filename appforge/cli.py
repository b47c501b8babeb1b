"""`appforge ...`: serve the platform and work with apps and their specs from a terminal.

    appforge serve [--host H] [--port P]     the platform and every app; loads the examples on first start
    appforge apps list                       the apps: name, title, version, URL
    appforge spec validate FILE              a spec file (.json, or the text form .app): OK, or every problem
    appforge spec show APP [--json]          the current spec of an app, text form or JSON
    appforge spec schema                     the JSON Schema of a spec
    appforge apply APP FILE                  a JSON list of operations -> a new version (all or nothing)
    appforge versions APP                    the numbered versions of an app
    appforge rollback APP VERSION            make that version's spec current again (as a new version)

Settings come from the environment (APPFORGE_DATA_DIR, DATABASE_URL, ...; see appforge/settings.py) or from
`--data-dir` / `--database-url` before the command. Every error is one line saying what and where, exit status 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from appforge.settings import Settings
from appforge.spec.model import AppSpec

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
        err.print(f"[bold red]error:[/] {exc}", markup=True, soft_wrap=True)
        for line in exc.details:
            err.print(f"  - {line}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, not a traceback
        kind = type(exc).__name__
        label = {"AppNotFound": "no such app", "OperationError": "refused", "MigrationError": "migration failed"}.get(kind)
        prefix = f"{label}: " if label else ("" if kind in ("ValueError", "RuntimeError") else f"{kind}: ")
        err.print(f"[bold red]error:[/] {prefix}{_one_line(exc)}", markup=True, soft_wrap=True)
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


# --- spec ----------------------------------------------------------------------------------------------------------


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


class _UncheckedSpec(AppSpec):
    """An AppSpec without the whole-spec checks, so that all of their problems can be listed at once."""

    def _check(self) -> AppSpec:  # type: ignore[override]
        return self


def spec_file_problems(data: dict[str, Any]) -> list[str]:
    """Every problem of a spec's JSON: shape and types first (with where), then the whole-spec checks."""
    from appforge.spec.validate import assign_ids, spec_problems

    try:
        unchecked = _UncheckedSpec.model_validate(data)
    except ValidationError as exc:
        return _validation_lines(exc, data)
    assign_ids(unchecked)
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


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


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


# --- the in-house model ----------------------------------------------------------------------------------------------


@app.command()
def train(
    examples: Annotated[int, typer.Option(help="Synthetic training examples to generate.")] = 24_000,
    epochs: Annotated[int, typer.Option(help="Passes over the examples.")] = 12,
    seed: Annotated[int, typer.Option(help="Seed of the data and the initial weights.")] = 0,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Where to write the weights (default: the shipped ones).")] = None,
) -> None:
    """Train the in-house model from scratch: progress bar, loss curve (loss.png) and weights in --out."""
    with _reported():
        from appforge.models.inhouse.train import WEIGHTS_DIR, TrainConfig
        from appforge.models.inhouse.train import train as run_training

        target = out_dir or WEIGHTS_DIR
        summary = run_training(TrainConfig(examples=examples, epochs=epochs, seed=seed), target, console=err)
        last = [h for h in summary["history"] if "validation" in h]
        out.print(f"[bold green]trained[/] in {summary['minutes']} min on {summary['data']['train_examples']} examples; "
                  f"validation loss {last[-1]['validation']:.3f}" if last else "trained")
        out.print(f"weights: {target / 'decoder.safetensors'}  loss curve: {target / 'loss.png'}")


@app.command()
def generate(
    message: Annotated[str, typer.Argument(help="What the person wants, in their words.")],
    base: Annotated[Path | None, typer.Option(help="The app as it stands (a spec .json or .app); none: a new app.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the resulting spec as JSON on stdout.")] = False,
    model: Annotated[str, typer.Option(help="Which model answers.")] = "appforge",
) -> None:
    """Turn a message into operations (and, with --json, the resulting spec) without touching any app."""
    with _reported():
        from appforge.models import apply_proposal, get_model

        start = load_spec_file(base) if base is not None else None
        proposal = get_model(model).propose(message, start)
        spec = apply_proposal(proposal, start)
        if as_json:
            sys.stdout.write(spec.model_dump_json(indent=2, exclude_defaults=True) + "\n")
            for op in proposal.operations:
                err.print(f"  - {op.summary()}", markup=False)
        else:
            for op in proposal.operations:
                out.print(f"  - {op.summary()}", markup=False)
        if proposal.note:
            err.print(proposal.note, markup=False)
        if not proposal.operations:
            err.print("no change", markup=False)


def run() -> None:
    """Entry point for `python -m appforge`."""
    app(prog_name="appforge")


# --- model evaluation ------------------------------------------------------------------------------------------------

DEFAULT_EVAL_MODELS = ("appforge", "keyword-rules", "nearest-blueprint")


@app.command("eval")
def eval_models(
    model: Annotated[list[str] | None, typer.Option(
        "--model", help="A model to evaluate (repeatable; default: appforge, keyword-rules, nearest-blueprint).")] = None,
    split: Annotated[str, typer.Option(help="Which cases: heldout, dev or all.")] = "all",
    kind: Annotated[str, typer.Option(help="Which cases: create, edit or all.")] = "all",
    out_dir: Annotated[Path, typer.Option("--out", help="Where report.md, report.json and report.png go.")] = Path(
        "benchmarks/model/results"),
    limit: Annotated[int | None, typer.Option(help="Only the first N cases of each kind (a quick look).")] = None,
) -> None:
    """Score models on the hand-written benchmark (docs/evaluation.md) and write a report: markdown, JSON, chart."""
    with _reported():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from appforge.evaluation.checklist import load_cases
        from appforge.evaluation.report import summary_rows, write_report
        from appforge.evaluation.run import evaluate, select_cases
        from appforge.models import model_names

        if split not in ("heldout", "dev", "all"):
            _fail(f"--split {split!r}: use heldout, dev or all")
        if kind not in ("create", "edit", "all"):
            _fail(f"--kind {kind!r}: use create, edit or all")
        if limit is not None and limit < 1:
            _fail("--limit must be at least 1")
        names = list(model or DEFAULT_EVAL_MODELS)
        known = model_names()
        unknown = [n for n in names if n not in known]
        if unknown:
            _fail(f"no model named {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
        cases = select_cases(load_cases(), split=split, kind=kind, limit=limit)
        if not cases:
            _fail("no cases match --split/--kind")
        results = []
        with Progress(TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as progress:
            for name in names:
                task = progress.add_task(name, total=len(cases))
                results.append(evaluate(name, cases, progress=lambda _case, _run, t=task: progress.advance(t)))
        rows = summary_rows(results)
        table = Table(*rows[0].keys(), title=f"Model benchmark ({len(cases)} cases, split {split}, kind {kind})",
                      title_justify="left")
        for row in rows:
            table.add_row(*row.values())
        out.print(table)
        written = write_report(results, out_dir, {"split": split, "kind": kind, "limit": limit, "cases": len(cases)},
                               say=lambda line: err.print(line, markup=False))
        out.print("Wrote " + ", ".join(str(p) for p in written.values()))


@app.command("bench-model")
def bench_model(
    model: Annotated[list[str] | None, typer.Option(
        "--model", help="A model to measure (repeatable; default: appforge, keyword-rules, nearest-blueprint).")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N create messages (default: all).")] = None,
) -> None:
    """Speed of each model, each in a fresh process: load time, warm create latency p50/p95, peak memory."""
    with _reported():
        import subprocess

        from appforge.models import model_names

        names = list(model or DEFAULT_EVAL_MODELS)
        known = model_names()
        unknown = [n for n in names if n not in known]
        if unknown:
            _fail(f"no model named {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
        table = Table("model", "load s", "p50 ms", "p95 ms", "mean ms", "messages", "failures", "peak MiB",
                      title="Model speed (fresh process per model; latency of creates, warm)", title_justify="left")
        code = "from appforge.evaluation.run import speed_main; speed_main()"
        for name in names:
            err.print(f"measuring {name} ...", markup=False)
            done = subprocess.run([sys.executable, "-c", code, name, str(limit or 0)], capture_output=True, text=True,
                                  check=False)
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no output"])[-1]
                table.add_row(name, "failed", last, "", "", "", "", "")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])

            def ms(value: float | None) -> str:
                return "-" if value is None else f"{value:.1f}"

            table.add_row(name, f"{r['load_s']:.2f}", ms(r["p50_ms"]), ms(r["p95_ms"]), ms(r["mean_ms"]),
                          str(r["messages"]), str(r["failures"]), f"{r['peak_rss_mb']:.0f}")
        out.print(table)


if __name__ == "__main__":
    sys.exit(run())
