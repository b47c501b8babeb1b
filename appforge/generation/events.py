"""The progress of a generation as a person follows it: small events, in order, that serialise to JSON.

    received -> model_chosen -> proposed -> validated -> migrated -> ready
                                   (or, at any stage: failed, and nothing stored changed)

`received` is sent at once; each later event says that its stage is done, and `failed` (`data["at"]`) names the
stage that could not be done. Each event has a `stage`, a sentence for a person (`text`), `data` for a program (the
studio, a script) and the milliseconds since the message was received. `Event.sse()` is the event as one server-sent event, so that the
studio streams the events as they happen; the CLI prints `text`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

RECEIVED = "received"
MODEL_CHOSEN = "model_chosen"
PROPOSED = "proposed"
VALIDATED = "validated"
MIGRATED = "migrated"
READY = "ready"
FAILED = "failed"
# The stages of a generation that succeeds, in the order their events arrive.
STAGES = (RECEIVED, MODEL_CHOSEN, PROPOSED, VALIDATED, MIGRATED, READY)


@dataclass(frozen=True)
class Event:
    """One step of a generation. `data` holds JSON values only (operations as the JSON `apply_operations` reads)."""

    stage: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "text": self.text, "data": self.data, "elapsed_ms": round(self.elapsed_ms, 1)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def sse(self) -> str:
        """The event in the text/event-stream format: named by its stage, the JSON on one `data:` line (JSON
        escapes the newlines a message may hold, so the event cannot be split or forged by its text)."""
        return f"event: {self.stage}\ndata: {self.to_json()}\n\n"
