"""The JSON Schema of an app spec, for editors and for people and models writing specs by hand.

The schema describes the shape (names, types, enums); the whole-spec checks of `validate.py` (targets exist,
kanban groups by a choice field, ...) are beyond what JSON Schema can say, so a file that passes the schema may
still be refused by `AppSpec`, with a message that says where and why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from appforge.spec.model import AppSpec

SCHEMA_ID = "https://appforge.dev/spec.schema.json"


def spec_json_schema() -> dict[str, Any]:
    """Pydantic's JSON Schema of `AppSpec`, titled and described."""
    schema = AppSpec.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "appforge app spec",
        "description": (
            "An app for appforge: entities with typed fields, relations, views, dashboards, roles and permissions, "
            "theme and seed rows. See docs/spec.md. Cross-references (targets, group_by, roles, nav) are checked "
            "when the spec is loaded, not by this schema."
        ),
    }


def write_schema(path: str | Path) -> Path:
    """Write the schema as indented JSON (the file docs/spec.schema.json is made with this)."""
    target = Path(path)
    target.write_text(json.dumps(spec_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":  # python -m appforge.spec.schema docs/spec.schema.json
    import sys

    print(write_schema(sys.argv[1] if len(sys.argv) > 1 else "docs/spec.schema.json"))
