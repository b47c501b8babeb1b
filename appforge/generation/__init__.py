"""Generation: a person's message -> operations from a model -> a checked, applied new version of an app, with
progress events as it happens and a record of every attempt. See docs/generation.md.

    from appforge.generation import GenerationService
    service = GenerationService(platform)
    for event in service.stream("salon", "add a tip field to appointments"):
        print(event.text)

The layer above `models` (which answer) and `runtime` (which stores and serves); neither imports it.
"""

from appforge.generation.events import FAILED, STAGES, Event
from appforge.generation.log import GenerationLog, GenerationRecord, ModelTotals
from appforge.generation.service import Generation, GenerationFailed, GenerationService, generate, operations_json

__all__ = ["FAILED", "STAGES", "Event", "Generation", "GenerationFailed", "GenerationLog", "GenerationRecord",
           "GenerationService", "ModelTotals", "generate", "operations_json"]
