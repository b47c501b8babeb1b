"""Export: any app, at any time, leaves as a standalone FastAPI project that needs nothing of appforge.

People fear lock-in with app builders; this is appforge's answer. `export_app` writes a readable project (one
SQLAlchemy model per entity, an Alembic migration, a JSON API and server-rendered pages for every view, the same
sign-in and permission rules, its own test suite) with the app's data in it; `export_zip` gives the same project
as a ZIP, for the studio's Export button. See docs/export.md.

How it is made: `plan` turns the spec into Python and SQL names once; `render` fills the Jinja templates of
`templates/` with that plan (and copies `skeleton/` and appforge's static files); `data` copies the rows; and
`ruff format` finishes the code when ruff is installed (the templates are written close to its style already).
"""

from __future__ import annotations

from typing import Any

__all__ = ["ExportError", "export_app", "export_zip", "ruff_binary"]


def __getattr__(name: str) -> Any:
    """The public names, imported when first used, so that `appforge` commands other than export start quickly."""
    if name in __all__:
        from appforge.export import exporter

        return getattr(exporter, name)
    raise AttributeError(f"module 'appforge.export' has no attribute {name!r}")
