"""The apps the export tests use: the example apps, catalogue blueprints of different shapes, and one whose names
clash with Python, SQLAlchemy and Pydantic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from appforge.catalogue import load_catalogue
from appforge.examples import read_example
from appforge.settings import REPO_ROOT
from appforge.spec.model import AppSpec

EXAMPLES = ("salon", "tasks", "inventory", "plants")
# Many-to-many links and roles; self references and detail views; own-rows rules, a form view and a calendar.
BLUEPRINTS = ("tutoring_agency", "family_tree", "choir_rota")

NASTY_NAMES: dict[str, Any] = {
    "name": "nasty-names",
    "title": "Nasty \"names\" {app}",
    "entities": [
        {"name": "session", "fields": [{"name": "title", "required": True}, {"name": "global", "type": "boolean"}]},
        {"name": "class", "display_field": "from", "fields": [
            {"name": "from", "required": True, "max": 40},
            {"name": "json", "type": "integer", "min": 0},
            {"name": "metadata", "label": "Meta \"data\""},
            {"name": "model_type", "type": "choice", "options": [{"value": "A's"}, {"value": "B\"s"}]},
            {"name": "import", "type": "reference", "target": "session"},
            {"name": "return", "type": "many_to_many", "target": "session"},
            {"name": "lambda", "type": "computed", "formula": "json * 2"},
            {"name": "select", "type": "date", "min": "2024-01-01"},
        ]},
    ],
    "views": [
        {"name": "all", "type": "table", "entity": "class", "filters": [{"field": "model_type", "value": "A's"}]},
        {"name": "for", "type": "kanban", "entity": "class", "group_by": "model_type"},
        {"name": "def", "type": "calendar", "entity": "class", "date_field": "select"},
        {"name": "yield", "type": "dashboard", "widgets": [
            {"title": "How many", "type": "stat", "entity": "class"},
            {"title": "By type", "type": "pie", "entity": "class", "group_by": "model_type"},
        ]},
    ],
    "auth": {"access": "public"},
    "permissions": [{"entity": "class", "action": "delete", "roles": ["signed_in"]}],
}


def spec_of(name: str) -> AppSpec:
    """An example (by name), a blueprint (by file name) or "nasty-names"."""
    if name == "nasty-names":
        return AppSpec.model_validate(json.loads(json.dumps(NASTY_NAMES)))
    path = Path(REPO_ROOT) / "examples" / f"{name}.json"
    if path.exists():
        return read_example(path)
    return next(b.spec for b in load_catalogue() if b.name == name)
