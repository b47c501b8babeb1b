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
import re
import time
from collections.abc import Callable
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from pydantic import SecretStr

from appforge.models import MODELS, Model, Proposal, register
from appforge.models.prompting import propose_with_repair
from appforge.settings import ProviderConfig, Settings, get_settings
from appforge.spec.model import AppSpec

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


class SDKProvider:
    """What the adapters over an official SDK share: the repair round, usage, the key kept out of every text, and
    the SDK's failures turned into `ProviderError`s (both SDKs name their errors alike). A subclass makes
    `self._client` and implements `_round_trip(turns, base)`, one request of the conversation."""

    def __init__(self, config: ProviderConfig, settings: Settings) -> None:
        self.name = config.name
        self.config = config
        self.timeout = config.timeout or settings.provider_timeout
        self.usage: dict[str, int] = {}

    def __repr__(self) -> str:  # the client holds the key: never show it
        return f"{type(self).__name__}(name={self.name!r}, model={self.config.model!r}, base_url={self.config.base_url!r})"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        """Operations for `message`, checked against `base`, with one repair round (prompting.propose_with_repair).

        The tokens of every round go into `proposal.usage`. Each call counts into its own dict, so that calls on
        one provider from several threads (the studio's requests) do not mix; `self.usage` is the last call's.
        """
        started = time.perf_counter()
        usage: dict[str, int] = {}
        try:
            proposal = propose_with_repair(self.name, message, base,
                                           lambda turns: self._round_trip(turns, base, usage))
        finally:
            self.usage = usage
        proposal.timings["provider_s"] = time.perf_counter() - started
        proposal.usage = dict(usage)
        return proposal

    def _round_trip(self, turns: list[tuple[str, str]], base: AppSpec | None, usage: dict[str, int]) -> Any:
        """One request of the conversation; adds the tokens the response reports to `usage` (`count_usage`)."""
        raise NotImplementedError

    @staticmethod
    def count_usage(usage: dict[str, int], prompt: Any, completion: Any) -> None:
        """Add one response's token counts (an SDK's usage fields, possibly None) to `usage`."""
        for key, value in (("prompt_tokens", prompt), ("completion_tokens", completion)):
            usage[key] = usage.get(key, 0) + int(value or 0)

    def _safe(self, text: str) -> str:
        return redact(text, self.config.api_key)

    def _failure(self, exc: Exception, sdk: ModuleType) -> ProviderError:
        """The `ProviderError` for an exception the SDK raised while asking."""
        if isinstance(exc, sdk.APITimeoutError):
            return ProviderError(f"{self.name}: no answer within {self.timeout:g} s", transient=True)
        if isinstance(exc, sdk.APIConnectionError):
            return ProviderError(self._safe(f"{self.name}: cannot connect: {exc}"), transient=True)
        if isinstance(exc, sdk.APIStatusError):
            status = exc.status_code
            words = re.sub(r"^Error code: \d+ - ", "", str(exc.message))[:300]  # the server's words, not the SDK's
            return ProviderError(self._safe(f"{self.name}: HTTP {status}: {words}"),
                                 transient=status >= 500 or status == 429)
        if isinstance(exc, ValueError):  # the SDK's own JSON decoding of a body that is not JSON
            return ProviderError(self._safe(f"{self.name}: the response body is not JSON ({exc})"[:400]),
                                 transient=False)
        return ProviderError(self._safe(f"{self.name}: unusable response: {type(exc).__name__}: {exc}"[:400]),
                             transient=False)


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


def configured_names() -> frozenset[str]:
    """The registered models that are external providers: they spend the operator's key on every call."""
    return frozenset(_REGISTERED)


__all__ = ["KINDS", "ProviderError", "SDKProvider", "build_provider", "configured_names", "load_kinds",
           "provider_kind", "redact", "register_configured"]
