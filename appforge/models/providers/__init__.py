"""External models: a provider is one module that turns a `ProviderConfig` into a `Model`.

Each adapter module declares its kind with `@provider_kind("openai")`; a third-party package can add a kind the same
way, or through the entry point group `appforge.providers` (the value is the module to import). The configured
providers (`Settings.provider_configs()`) are registered in `appforge.models.MODELS` under their names by
`register_configured`, so that `get_model("gpt")`, `model_names()` and the /v1 endpoint see them like any other model.

Errors: an adapter raises `ProviderError` with `transient=True` for what a retry may cure (HTTP 5xx and 429,
timeouts, connection errors) and `transient=False` for the rest; an unusable answer after the repair round is a
`prompting.AnswerError`. Every message an adapter builds goes through `redact`, so that a key a server echoes back
never reaches a log, a note or an exception.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from importlib.metadata import entry_points

from pydantic import SecretStr

from appforge.models import MODELS, Model, register
from appforge.settings import ProviderConfig, Settings, get_settings

logger = logging.getLogger(__name__)

BUILTIN_KINDS = ("appforge.models.providers.openai_compatible", "appforge.models.providers.anthropic")
KINDS: dict[str, Callable[[ProviderConfig, Settings], Model]] = {}
# Names that register_configured put in MODELS, so that a second call replaces them and nothing else.
_REGISTERED: set[str] = set()


class ProviderError(RuntimeError):
    """A provider call failed. `transient`: a retry may succeed (5xx, 429, timeout, connection)."""

    def __init__(self, reason: str, *, transient: bool) -> None:
        super().__init__(reason)
        self.reason, self.transient = reason, transient


def redact(text: str, *secrets: SecretStr | str | None) -> str:
    """`text` with every key, and the recognisable start and end of a long one, replaced by '***'."""
    for secret in secrets:
        value = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
        if not value:
            continue
        text = text.replace(value, "***")
        if len(value) >= 16:  # servers echo keys masked in the middle ("sk-abcd****wxyz"): hide the ends too
            text = text.replace(value[:8], "***").replace(value[-6:], "***")
    return text


def provider_kind(kind: str) -> Callable[[Callable[[ProviderConfig, Settings], Model]], Callable[..., Model]]:
    """Declare an adapter for a `ProviderConfig.kind` (decorator on its factory)."""

    def decorate(factory: Callable[[ProviderConfig, Settings], Model]) -> Callable[[ProviderConfig, Settings], Model]:
        KINDS[kind] = factory
        return factory

    return decorate


def load_kinds() -> dict[str, Callable[[ProviderConfig, Settings], Model]]:
    """Import the built-in adapters and any installed under the entry point group `appforge.providers`."""
    for module in BUILTIN_KINDS:
        importlib.import_module(module)
    for point in entry_points(group="appforge.providers"):
        try:
            importlib.import_module(point.value)
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not take the built-in models down
            logger.warning("provider plugin %s could not be loaded: %s: %s", point.name, type(exc).__name__, exc)
    return KINDS


def build_provider(config: ProviderConfig, settings: Settings | None = None) -> Model:
    """The model for one provider config (the SDK client is made here; no request is sent)."""
    kinds = load_kinds()
    if config.kind not in kinds:
        raise KeyError(f"provider {config.name!r}: no adapter of kind {config.kind!r}; known: {', '.join(sorted(kinds))}")
    return kinds[config.kind](config, settings or get_settings())


def register_configured(settings: Settings | None = None) -> list[str]:
    """Register every configured provider in MODELS under its name (again after the settings change); the names.

    `get_model` caches what it built, so a provider re-registered under the same name is rebuilt only after
    `get_model.cache_clear()`, which this does when a name was registered before.
    """
    from appforge.models import get_model, model_names

    settings = settings or get_settings()
    configs = settings.provider_configs()
    builtin = set(model_names()) - _REGISTERED
    stale = _REGISTERED - {c.name for c in configs}
    for name in stale:
        MODELS.pop(name, None)
    replaced = bool(stale) or any(c.name in _REGISTERED for c in configs)
    for config in configs:
        if config.name in builtin:
            raise ValueError(f"provider {config.name!r}: that name is taken by a built-in model; choose another")
        register(config.name)(lambda config=config: build_provider(config, settings))
        _REGISTERED.add(config.name)
    _REGISTERED.intersection_update({c.name for c in configs})
    if replaced:
        get_model.cache_clear()
    return [c.name for c in configs]


__all__ = ["KINDS", "ProviderError", "build_provider", "load_kinds", "provider_kind", "redact",
           "register_configured"]
