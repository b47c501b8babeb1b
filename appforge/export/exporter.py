"""Writing an export: the project's files, its data, ruff over its code, and the ZIP of it all (see __init__)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from appforge.export.data import copy_rows, copy_uploads, postgres_dump, write_sqlite
from appforge.export.plan import ExportError, plan_app
from appforge.export.render import Facts, project_files

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform


def ruff_binary() -> str | None:
    """The ruff executable, if installed: the `ruff` package's own, else one on PATH."""
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        return shutil.which("ruff")


def format_code(project: Path) -> None:
    """`ruff format` and ruff's safe fixes over the generated Python, with the project's own ruff settings."""
    ruff = ruff_binary()
    if ruff is None:
        return
    for args in (["format", "--quiet", "--no-cache", "."], ["check", "--fix", "--quiet", "--exit-zero", "--no-cache", "."]):
        subprocess.run([ruff, *args], cwd=project, check=False, capture_output=True, timeout=60)


def export_app(platform: Platform, app_name: str, out_dir: Path | str) -> Path:
    """Write the app's project into `out_dir` (made if missing; it must be empty) and return that folder.

    The project carries the current version of the app's spec and a copy of all its data, so it runs on its own
    straight away: `pip install -e .`, `alembic upgrade head`, `uvicorn app.main:app`.
    """
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty: export into a new or empty folder")
    version = platform.current(app_name)
    plan = plan_app(version.spec)
    records = platform.records(app_name)
    copied = copy_rows(records, plan)
    postgres = platform.storage.postgres
    facts = Facts(
        version=version.number,
        exported_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        row_counts=copied.rows,
        user_count=copied.users,
        postgres_dump=postgres,
    )
    out.mkdir(parents=True, exist_ok=True)
    for path, content in project_files(plan, facts).items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    format_code(out)
    write_sqlite(plan, copied, out / "data" / "app.sqlite3")
    if postgres:
        (out / "data" / "data.sql").write_text(postgres_dump(plan, copied), encoding="utf-8")
    copy_uploads(platform.data_dir / "uploads" / app_name, out / "data" / "uploads")
    return out


def export_zip(platform: Platform, app_name: str) -> bytes:
    """The app's project as a ZIP archive, everything under one folder named after the app."""
    with tempfile.TemporaryDirectory(prefix="appforge-export-") as scratch:
        project = export_app(platform, app_name, Path(scratch) / app_name)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(project.rglob("*")):
                if path.is_file():
                    archive.write(path, Path(app_name) / path.relative_to(project))
        return buffer.getvalue()
