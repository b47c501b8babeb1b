"""The generation service: a person's message -> a model's operations -> a checked, applied new version of the app.

    service = GenerationService(platform)
    generation = service.generate("salon", "add a tip field to appointments", on_event=print)
    generation.accepted, generation.version.number, generation.proposal.operations

Each step is announced by an event (appforge.generation.events): the message is received; the router chooses the
model (the request's, else the app's, else the default) and asks it, falling back to the in-house model when a
provider fails (proposed); the operations are applied to a copy of the spec (validated); `Platform.apply`, or
`Platform.create_app` for a new app, migrates the database and stores the version (migrated); ready. A failure at
any step ends in a `failed` event that says where and why. The platform applies all or nothing, and nothing is
stored before that step, so a failed generation changes no app. Every generation, applied or not, is recorded
(appforge.generation.log), with provider keys redacted from every text that is recorded or sent as an event.

This layer sits above `models` and `runtime`, which never import it; the studio and the CLI call it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import SecretStr, ValidationError

from appforge.generation.events import FAILED, MIGRATED, MODEL_CHOSEN, PROPOSED, READY, RECEIVED, VALIDATED, Event
from appforge.generation.log import GenerationLog, GenerationRecord
from appforge.models import Proposal, new_app
from appforge.models.providers import redact
from appforge.models.router import Router
from appforge.runtime.platform import AppVersion, Platform
from appforge.spec.model import AppSpec
from appforge.spec.operations import Operation, OperationError, apply_operations

logger = logging.getLogger(__name__)

Listener = Callable[[Event], None]

# A version's message is the person's words, cut here; the generation's record keeps all of them.
VERSION_MESSAGE_CHARS = 500


class GenerationFailed(Exception):
    """A generation stopped at `stage` for `reason` (words a person can act on); nothing stored changed."""

    def __init__(self, stage: str, reason: str, *, withhold: bool = False) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage, self.reason = stage, reason
        self.withhold = withhold  # the proposal holds a secret: the caller gets it without its operations


@dataclass
class Generation:
    """What a generation came to: applied (`version`, the app's new current version) or not (`reason`), with the
    model's proposal, the events in the order they were sent, and the record stored for it."""

    app: str
    message: str
    accepted: bool
    record: GenerationRecord
    events: list[Event] = field(default_factory=list)
    proposal: Proposal | None = None
    version: AppVersion | None = None
    reason: str | None = None


class GenerationService:
    """Generations on one platform. Make one and keep it: it holds the router (whose providers keep their HTTP
    clients) and the generations table. `router` defaults to one over the platform's settings."""

    def __init__(self, platform: Platform, router: Router | None = None) -> None:
        self.platform = platform
        self.router = router or Router(platform.settings, register=False)
        self.log = GenerationLog(platform)
        self._prices = {c.name: c for c in self.router.settings.provider_configs()}
        configs = [*platform.settings.provider_configs(), *self._prices.values()]
        self._secrets: list[SecretStr] = [c.api_key for c in configs if c.api_key is not None]

    def __repr__(self) -> str:
        return f"GenerationService(router={self.router!r})"

    def generate(self, app: str, message: str, *, model: str | None = None, author: str | None = None,
                 new: bool = False, on_event: Listener | None = None, title: str | None = None) -> Generation:
        """Change `app` (with `new`, create it) as `message` asks, announcing each step to `on_event`.

        `title` names a new app when the model's operations give it none (the studio makes one from the sentence).
        Never raises for what a person or a model got wrong: the result says `accepted=False` and why, and the last
        event is `failed`. `model` names the model for this request; None lets the router choose.
        """
        run = _Run(on_event, self._safe)
        asked = self.router.choose(model, app)
        proposal: Proposal | None = None
        before: int | None = None
        try:
            run.emit(RECEIVED, f"Received: {_shorten(message)}", app=app, message=message, new=new)
            base, before = self._base(app, new, message)
            run.emit(MODEL_CHOSEN, f"Asking {asked}", model=asked)
            proposal = self._propose(message, base, model, app, run)
            self._announce(proposal, asked, run)
            spec = self._validate(proposal, base, app, run, title)
            version = self._store(app, spec, proposal, message, author, new, run)
        except GenerationFailed as failure:
            record = self._record(app, message, author, asked, proposal, run, accepted=False, reason=failure.reason)
            if failure.withhold and proposal is not None:
                proposal = dataclasses.replace(proposal, operations=[], note=None)
            where = "" if before is None else f", {app} stays at version {before}"
            run.emit(FAILED, f"Failed at {failure.stage}: {failure.reason} (nothing changed{where})",
                     at=failure.stage, reason=failure.reason, app=app, version=before, record=record.id)
            return Generation(app, message, accepted=False, record=record, events=run.events, proposal=proposal,
                              reason=record.reason)
        record = self._record(app, message, author, asked, proposal, run, accepted=True, version=version.number)
        url = self.platform.settings.app_origin(app) + "/"
        run.emit(READY, f"Ready: {app} version {version.number} at {url}", app=app, version=version.number, url=url,
                 record=record.id)
        return Generation(app, message, accepted=True, record=record, events=run.events, proposal=proposal,
                          version=version)

    def stream(self, app: str, message: str, **options: Any) -> Iterator[Event]:
        """The same generation as an iterator of its events, each yielded as it happens (for a server-sent event
        response: `for event in service.stream(...): yield event.sse()`). The work runs in a thread of its own and
        finishes, recorded, even if the reader stops early."""
        events: queue.Queue[Event | None] = queue.Queue()
        errors: list[BaseException] = []

        def work() -> None:
            try:
                self.generate(app, message, on_event=events.put, **options)
            except BaseException as exc:  # noqa: BLE001 - handed to the reader, raised there
                errors.append(exc)
            finally:
                events.put(None)

        thread = threading.Thread(target=work, name=f"generation-{app}", daemon=True)
        thread.start()
        while (event := events.get()) is not None:
            yield event
        thread.join()
        if errors:
            raise errors[0]

    # --- the steps -----------------------------------------------------------------------------------------------

    def _base(self, app: str, new: bool, message: str) -> tuple[AppSpec | None, int | None]:
        """The app as it stands and its version number (None, None for a new app), or why there is nothing to do."""
        if not message.strip():
            raise GenerationFailed(RECEIVED, "the message is empty; say what to build or change")
        if new:
            try:
                new_app(app)
            except ValidationError as exc:
                problem = exc.errors()[0]["msg"].removeprefix("Value error, ")
                raise GenerationFailed(RECEIVED, f"{app!r} cannot name an app: {problem}") from None
            if self.platform.has_app(app):
                raise GenerationFailed(RECEIVED, f"there is already an app {app!r}; choose another name")
            return None, None
        if not self.platform.has_app(app):
            raise GenerationFailed(RECEIVED, f"there is no app {app!r}; generate it as a new app first")
        current = self.platform.current(app)
        return current.spec, current.number

    def _propose(self, message: str, base: AppSpec | None, model: str | None, app: str, run: _Run) -> Proposal:
        started = time.perf_counter()
        try:
            proposal = self.router.propose(message, base, model, app=app)
        except Exception as exc:  # noqa: BLE001 - a model's failure is the person's answer, not a crash
            raise GenerationFailed(PROPOSED, f"the model failed: {type(exc).__name__}: {_one_line(exc)}") from None
        finally:
            run.model_ms = (time.perf_counter() - started) * 1000
        return proposal

    def _announce(self, proposal: Proposal, asked: str, run: _Run) -> None:
        """The `proposed` event; an answer without operations ends the generation here (recorded with its note)."""
        if proposal.empty:
            raise GenerationFailed(PROPOSED, f"{proposal.model} proposed no change: "
                                   f"{proposal.note or 'it found nothing to build in the message'}")
        count = _count(len(proposal.operations), "operation")
        noted = f" ({proposal.note})" if proposal.note else ""
        run.emit(PROPOSED, f"{proposal.model} proposed {count}{noted}", model=proposal.model,
                 asked=asked, fell_back=proposal.model != asked, note=proposal.note,
                 operations=operations_json(proposal.operations),
                 summaries=[op.summary() for op in proposal.operations], usage=proposal.usage)

    def _validate(self, proposal: Proposal, base: AppSpec | None, app: str, run: _Run,
                  title: str | None = None) -> AppSpec:
        """The spec the operations make, from a copy of the app (a new app starts empty, under its name)."""
        try:
            start = base if base is not None else new_app(app).model_copy(update={"title": (title or "")[:200]})
            spec = apply_operations(start, proposal.operations)
        except (OperationError, ValueError) as exc:
            raise GenerationFailed(VALIDATED, f"refused: {_one_line(exc)}") from None
        if self._has_secret(json.dumps(operations_json(proposal.operations), ensure_ascii=False)):
            # A provider that echoes its key into an answer must not get it into a spec, and so into a page.
            raise GenerationFailed(VALIDATED, "refused: the answer contains a provider key", withhold=True)
        fields = sum(len(e.fields) for e in spec.entities)
        shape = (f"{_count(len(spec.entities), 'entity', 'entities')}, {_count(fields, 'field')}, "
                 f"{_count(len(spec.views), 'view')}")
        run.emit(VALIDATED, f"The operations fit the app: {shape}", entities=len(spec.entities), fields=fields,
                 views=len(spec.views))
        return spec

    def _store(self, app: str, spec: AppSpec, proposal: Proposal, message: str, author: str | None, new: bool,
               run: _Run) -> AppVersion:
        """Migrate and store, all or nothing (the platform's promise); the version's message is the person's."""
        words = message.strip()[:VERSION_MESSAGE_CHARS]
        try:
            if new:
                version = self.platform.create_app(spec, message=words, author=author, operations=proposal.operations)
            else:
                version = self.platform.apply(app, proposal.operations, message=words, author=author)
        except Exception as exc:  # noqa: BLE001 - every refusal of the platform is reported with what and where
            kind = type(exc).__name__
            label = {"OperationError": "refused", "MigrationError": "the database could not follow",
                     "RecordInvalid": "a sample row does not fit", "AppExists": "not created"}.get(kind, kind)
            logger.info("generation for %s not stored: %s: %s", app, label, self._safe(_one_line(exc)))
            raise GenerationFailed(MIGRATED, f"{label}: {_one_line(exc)}") from None
        done = "created" if new else "migrated"
        run.emit(MIGRATED, f"Database {done}: {app} is now at version {version.number}", version=version.number)
        return version

    def _record(self, app: str, message: str, author: str | None, asked: str, proposal: Proposal | None, run: _Run,
                *, accepted: bool, reason: str | None = None, version: int | None = None) -> GenerationRecord:
        usage = proposal.usage if proposal is not None else {}
        price = self._prices.get(proposal.model) if proposal is not None else None
        return self.log.record(
            app=app, message=self._safe(message), author=author, model_asked=asked,
            model_used=proposal.model if proposal is not None else None,
            note=self._safe(proposal.note) if proposal is not None and proposal.note else None,
            operations=json.loads(self._safe(json.dumps(operations_json(proposal.operations if proposal else [])))),
            accepted=accepted, reason=self._safe(reason) if reason else None, version=version,
            latency_ms=run.elapsed_ms(), model_ms=run.model_ms, usage=usage,
            cost=price.cost(usage) if price is not None else None,
        )

    def _safe(self, text: str) -> str:
        return redact(text, *self._secrets)

    def _has_secret(self, text: str) -> bool:
        """Whether a whole key is in `text` (its ends alone may be a common prefix such as 'sk-proj-')."""
        return any(secret.get_secret_value() in text for secret in self._secrets if secret.get_secret_value())


def generate(platform: Platform, app: str, message: str, **options: Any) -> Generation:
    """One generation with a service made for it (keep a `GenerationService` to make several)."""
    return GenerationService(platform).generate(app, message, **options)


def operations_json(operations: list[Operation]) -> list[dict[str, Any]]:
    """Operations as the JSON `apply_operations` reads back (the keys given, `op` first), as versions store them."""
    return [{"op": op.op} | op.model_dump(mode="json", exclude_unset=True) for op in operations]


class _Run:
    """The events of one generation and its clock. A listener that raises is dropped, not allowed to stop the
    generation between storing a version and recording it."""

    def __init__(self, listener: Listener | None, safe: Callable[[str], str]) -> None:
        self.listener, self.safe = listener, safe
        self.started = time.perf_counter()
        self.events: list[Event] = []
        self.model_ms: float | None = None

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000

    def emit(self, stage: str, text: str, **data: Any) -> None:
        event = Event(stage, self.safe(text), json.loads(self.safe(json.dumps(data, ensure_ascii=False))),
                      self.elapsed_ms())
        self.events.append(event)
        if self.listener is None:
            return
        try:
            self.listener(event)
        except Exception as exc:  # noqa: BLE001 - a closed stream must not leave a stored version unrecorded
            logger.warning("generation events: the listener failed (%s); no more events sent to it",
                           type(exc).__name__)
            self.listener = None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _shorten(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
