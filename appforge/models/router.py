"""Which model answers a request, and what happens when it cannot.

The choice: the model named by the request, else the app's (`Settings.app_models[app]`), else the default
(`Settings.model`, "appforge"). An external model gets a deadline, retries with exponential backoff for what a retry
may cure (HTTP 5xx and 429, timeouts, connection errors), and when it still fails, or answers something unusable
(not JSON, not the answer's shape, operations the spec refuses even after the repair round), the in-house model
answers instead and the note says so: "the configured model failed: <reason>; used appforge's model". A person
always gets an answer, and never one that was not checked against the spec.

The router only proposes: it never applies or stores anything, so a failing provider cannot change a stored app.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections.abc import Callable

from appforge.models import Model, Proposal, get_model, model_names, new_app
from appforge.models.prompting import AnswerError
from appforge.models.providers import ProviderError, build_provider, redact, register_configured
from appforge.settings import Settings, get_settings
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations

logger = logging.getLogger(__name__)

FALLBACK = "appforge"


class Router:
    """Chooses a model per request or per app, and falls back to the in-house model; see the module docstring."""

    def __init__(self, settings: Settings | None = None, *, fallback: str = FALLBACK, register: bool = True,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings or get_settings()
        self.fallback = fallback
        self.timeout = self.settings.provider_timeout
        self.retries = max(0, self.settings.provider_retries)
        self.backoff = max(0.0, self.settings.provider_backoff)
        self._sleep = sleep
        self._configs = {c.name: c for c in self.settings.provider_configs()}
        self._providers: dict[str, Model] = {}
        self._secrets = [c.api_key for c in self._configs.values()]
        if register:  # so that get_model(name), model_names() and the /v1 endpoint know the providers too
            register_configured(self.settings)

    def __repr__(self) -> str:
        return f"Router(default={self.settings.model!r}, providers={sorted(self._configs)!r}, fallback={self.fallback!r})"

    def choose(self, model: str | None = None, app: str | None = None) -> str:
        """The model's name: the request's, else the app's setting, else the default."""
        if model:
            return model
        if app and app in self.settings.app_models:
            return self.settings.app_models[app]
        return self.settings.model or self.fallback

    def names(self) -> list[str]:
        """Every model a request may name: the registered ones and the configured providers."""
        return sorted(set(model_names()) | set(self._configs))

    def propose(self, message: str, base: AppSpec | None = None, model: str | None = None, *,
                app: str | None = None) -> Proposal:
        """A checked proposal from the chosen model, or the in-house model's with a note saying why.

        `app` defaults to `base.name`, so an edit of an app uses that app's model setting.
        """
        started = time.perf_counter()
        name = self.choose(model, app or (base.name if base is not None else None))
        if name == self.fallback:
            return self._fallback_model().propose(message, base)
        attempts = 0
        try:
            chosen = self._model(name)
        except Exception as exc:  # noqa: BLE001 - unknown name, bad config, SDK missing: say so and fall back
            reason = self._safe(f"{name} is not available: {exc}")
        else:
            while True:
                attempts += 1
                try:
                    proposal = self._call(chosen, name, message, base)
                    self._check(proposal, base)
                except ProviderError as exc:
                    if exc.transient and attempts <= self.retries:
                        delay = self.backoff * 2 ** (attempts - 1)
                        logger.info("model %s: transient failure (%s); retry %d in %.2f s", name,
                                    self._safe(exc.reason), attempts, delay)
                        self._sleep(delay)
                        continue
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    reason = self._safe(exc.reason) + tries
                except AnswerError as exc:
                    reason = self._safe(f"{name} gave an unusable answer: {exc}")
                except Exception as exc:  # noqa: BLE001 - a plugin's own failure: never the person's problem
                    reason = self._safe(f"{name} failed: {type(exc).__name__}: {exc}")
                else:
                    proposal.timings["router_s"] = time.perf_counter() - started
                    proposal.timings["attempts"] = float(attempts)
                    return proposal
                break
        logger.warning("model %s failed: %s; falling back to %s", name, reason, self.fallback)
        answer = self._fallback_model().propose(message, base)
        used = "appforge's model" if self.fallback == FALLBACK else f"the {self.fallback} model"
        note = f"the configured model failed: {reason}; used {used}"
        answer.note = f"{note}. {answer.note}" if answer.note else note
        answer.timings["router_s"] = time.perf_counter() - started
        answer.timings["attempts"] = float(attempts)
        return answer

    # --- helpers -------------------------------------------------------------------------------------------------

    def _fallback_model(self) -> Model:
        return get_model(self.fallback)

    def _model(self, name: str) -> Model:
        """A configured provider is built here, from these settings (not from get_model's cache, which another
        Settings may have filled); any other name comes from the registry."""
        if name in self._configs:
            if name not in self._providers:
                self._providers[name] = build_provider(self._configs[name], self.settings)
            return self._providers[name]
        return get_model(name)

    def _call(self, chosen: Model, name: str, message: str, base: AppSpec | None) -> Proposal:
        """One attempt under a hard deadline, for providers (plugins) that do not honour their own timeout. The
        deadline leaves room for the repair round: two requests."""
        config = self._configs.get(name)
        timeout = (config.timeout if config and config.timeout else self.timeout)
        deadline = 2 * timeout + 1
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"model-{name}")
        try:
            future = pool.submit(chosen.propose, message, base)
            try:
                return future.result(timeout=deadline)
            except concurrent.futures.TimeoutError:
                raise ProviderError(f"{name}: no answer within {deadline:g} s", transient=True) from None
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _check(proposal: Proposal, base: AppSpec | None) -> None:
        """Every model's answer is checked the same way, including a plugin that skipped prompting's checks."""
        try:
            apply_operations(base if base is not None else new_app(), proposal.operations)
        except OperationError as exc:
            raise AnswerError(f"the operations were refused: {exc}") from None

    def _safe(self, text: str) -> str:
        return redact(str(text), *self._secrets)


def propose(message: str, base: AppSpec | None = None, model: str | None = None, *, app: str | None = None) -> Proposal:
    """One routed proposal with the platform's settings (a Router is cheap; the models are cached)."""
    return Router().propose(message, base, model, app=app)
