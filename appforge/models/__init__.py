"""Models: whatever turns a person's words into operations on an app spec.

Every model, the in-house one, the baselines and (later) external providers, answers the same question the same
way: given a message and the app as it stands (`None` for a new app), propose a list of operations. The caller
applies them with `appforge.spec.operations.apply_operations`, so a model can never change an app in a way the
spec does not allow. Models register by name in `MODELS`; `get_model` builds one on first use.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol, runtime_checkable

from appforge.spec.model import AppSpec
from appforge.spec.operations import Operation, apply_operations

# The largest message a model reads; longer input is cut here (and the answer says so) rather than refused.
MAX_MESSAGE_CHARS = 4000


@dataclass
class Proposal:
    """A model's answer: the operations it proposes and, when it proposes none or had to guess, why, in words.

    `usage` is what the answer cost in tokens, as the provider counted them ("prompt_tokens", "completion_tokens",
    summed over the repair round); empty when the model counts none (the in-house model and the baselines), so a
    generation's cost can be told apart from "free".
    """

    operations: list[Operation]
    model: str
    note: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.operations


@runtime_checkable
class Model(Protocol):
    name: str

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        """Operations that make `base` (or, with None, a new app) what `message` asks for."""
        ...


def new_app(name: str = "app") -> AppSpec:
    """The empty spec a create request starts from."""
    return AppSpec(name=name)


def apply_proposal(proposal: Proposal, base: AppSpec | None = None) -> AppSpec:
    """The spec after the proposal: `base` (or a new, empty app) with the operations applied, all or none."""
    return apply_operations(base if base is not None else new_app(), proposal.operations)


MODELS: dict[str, Callable[[], Model]] = {}


def register(name: str) -> Callable[[Callable[[], Model]], Callable[[], Model]]:
    """Declare a model factory under `name` (decorator); the factory runs once, on first use."""

    def decorate(factory: Callable[[], Model]) -> Callable[[], Model]:
        MODELS[name] = factory
        return factory

    return decorate


@cache
def get_model(name: str = "appforge") -> Model:
    _load_builtins()
    if name not in MODELS:
        raise KeyError(f"no model named {name!r}; known: {', '.join(sorted(MODELS))}")
    return MODELS[name]()


def model_names() -> list[str]:
    _load_builtins()
    return sorted(MODELS)


_loaded = False
_loading = threading.RLock()


def _load_builtins() -> None:
    # Importing registers them; done lazily so that `import appforge.models` does not load torch. Configured
    # providers (appforge.models.providers) register after the built-ins; a bad provider configuration is reported
    # and leaves the built-in models working.
    # A second thread asking during the first load waits for it, rather than finding an empty registry.
    global _loaded
    if _loaded:
        return
    with _loading:
        if _loaded:
            return
        from appforge.models import baselines, inhouse  # noqa: F401
        from appforge.models.providers import register_configured

        _loaded = True  # register_configured asks for model_names(): the built-ins are in by now
        try:
            register_configured()
        except Exception as exc:  # noqa: BLE001 - any configuration error; the message may not name the key
            logging.getLogger(__name__).warning(
                "external models not registered (%s); check the APPFORGE_PROVIDER* settings", type(exc).__name__
            )
