"""What each operation does to a spec: one function per operation, applied to a draft copy.

`appforge.spec.operations` defines the language (the operation types, parsing) and applies a batch atomically;
this module holds the semantics of each operation: renames follow into views, formulas, widgets and seed rows;
removals archive; anything that does not fit raises `Refusal` with the reason.
"""

from __future__ import annotations

from typing import Any

from appforge.spec.edits import app, schema
from appforge.spec.edits.finding import Refusal, clean_message

EDITS: dict[str, Any] = {**schema.EDITS, **app.EDITS}

__all__ = ["EDITS", "Refusal", "clean_message"]
