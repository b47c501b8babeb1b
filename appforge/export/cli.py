"""`appforge export APP --out DIR`: the command, added to appforge's command line by `add_export_command`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from appforge.settings import Settings


def add_export_command(app: typer.Typer) -> None:
    """Register `export` on appforge's Typer app. The settings come from the app's callback (`ctx.obj`, the
    --data-dir and --database-url overrides), as for every other command."""

    @app.command("export")
    def export(
        ctx: typer.Context,
        name: Annotated[str, typer.Argument(metavar="APP", help="The app's name.")],
        out: Annotated[Path, typer.Option("--out", help="A new or empty folder for the project.")],
    ) -> None:
        """Export an app as a standalone FastAPI project with its data: it runs without appforge."""
        from appforge.export.exporter import ExportError, export_app
        from appforge.runtime.platform import AppNotFound, Platform

        platform = Platform(Settings(**(ctx.obj or {})))
        try:
            project = export_app(platform, name, out)
        except (AppNotFound, ExportError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        finally:
            platform.close()
        typer.echo(f"exported {name} to {project}")
        typer.echo(f"run it:  cd {project} && python3 -m venv .venv && . .venv/bin/activate && "
                   'pip install -e ".[test]" && uvicorn app.main:app')
