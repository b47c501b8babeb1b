"""The generation service as the studio and the CLI use it: a message becomes the app's next version through a real
model, router and platform (SQLite and PostgreSQL), with its events in order and a record of every attempt; a
failure at any stage changes nothing stored. Provider faults come from the loopback fault server; tokens from
appforge's own OpenAI-compatible endpoint, called through the OpenAI adapter.

The router falls back to the keyword-rules baseline here rather than the in-house model: the subject is what the
service records and announces, which must not depend on the in-house model's weights of the day.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from appforge.generation import STAGES, Event, GenerationService
from appforge.models import MODELS, Proposal
from appforge.models.router import Router
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec
from appforge.spec.operations import parse_operations
from tests.conftest import TestPlatform
from tests.models.provider_servers import fault_server
from tests.runtime.servers import LiveServer, serve_specs

REPO = Path(__file__).resolve().parents[2]
KEY = "sk-generation-test-key-0123456789"
LIBRARY: dict[str, Any] = {
    "name": "library", "title": "Library",
    "entities": [{"name": "book", "fields": [{"name": "title", "required": True},
                                             {"name": "pages", "type": "integer"}]}],
    # Two books share a title, so that making titles unique is refused by the database, not by the spec.
    "seed": {"book": [{"title": "Dune", "pages": 412}, {"title": "Dune", "pages": 896}]},
}
EDIT = "add an author field to books"
FALLBACK = "keyword-rules"


@pytest.fixture
def platform(backend: TestPlatform) -> Iterator[TestPlatform]:
    """The `backend` platform (SQLite or PostgreSQL); the generations of its apps are forgotten afterwards, since
    the PostgreSQL test database outlives the run."""
    yield backend
    service = GenerationService(backend, router_for())
    for name in backend.made:
        service.log.forget(name)


@pytest.fixture
def library(platform: TestPlatform) -> str:
    return platform.new_app(LIBRARY)


@pytest.fixture(scope="module")
def appforge_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """appforge itself, for its OpenAI-compatible /v1 endpoint (which reports usage)."""
    with serve_specs([], data_dir=tmp_path_factory.mktemp("endpoint")) as live:
        yield live


def router_for(*providers: ProviderConfig, model: str = FALLBACK) -> Router:
    settings = Settings(providers=list(providers), model=model, provider_timeout=5.0, provider_retries=0,
                        provider_backoff=0.0)
    return Router(settings, register=False, fallback=FALLBACK, sleep=lambda _s: None)


def provider(name: str, base_url: str, model: str = "m", **extra: Any) -> ProviderConfig:
    return ProviderConfig(name=name, kind="openai", base_url=base_url, model=model, api_key=SecretStr(KEY), **extra)


def stored(platform: TestPlatform, app: str) -> tuple[list[tuple[int, str]], dict[str, Any], list[dict[str, Any]]]:
    """Everything a failed generation must leave alone: the versions, the live spec, the rows."""
    versions = [(v.number, v.message) for v in platform.versions(app)]
    rows = platform.records(app).list("book").rows
    return versions, platform.current(app).spec.model_dump(), rows


# --- a generation that works -------------------------------------------------------------------------------------


def test_events_arrive_in_order_and_end_in_ready(platform: TestPlatform, library: str) -> None:
    heard: list[Event] = []
    generation = GenerationService(platform, router_for()).generate(library, EDIT, on_event=heard.append)
    assert generation.accepted, generation.reason
    assert [e.stage for e in heard] == list(STAGES)
    assert heard == generation.events
    assert [e.elapsed_ms for e in heard] == sorted(e.elapsed_ms for e in heard)
    received, chosen, proposed, validated, migrated, ready = heard
    assert received.data == {"app": library, "message": EDIT, "new": False}
    assert chosen.data["model"] == FALLBACK
    assert proposed.data["model"] == FALLBACK and not proposed.data["fell_back"]
    assert parse_operations(proposed.data["operations"]) == generation.proposal.operations
    assert migrated.data["version"] == 2 and ready.data["version"] == 2
    assert ready.data["url"].startswith(f"http://{library}.")
    for event in heard:  # what the studio streams: JSON, one server-sent event each
        assert json.loads(event.to_json()) == event.to_dict()
        assert event.sse() == f"event: {event.stage}\ndata: {event.to_json()}\n\n"


def test_the_change_is_a_new_version_with_the_persons_words(platform: TestPlatform, library: str) -> None:
    generation = GenerationService(platform, router_for()).generate(library, EDIT, author="ann@example.com")
    version = platform.current(library)
    assert generation.version is not None and generation.version.number == version.number == 2
    assert version.message == EDIT and version.author == "ann@example.com"
    book = version.spec.entity("book")
    assert book is not None and any("author" in f.name for f in book.fields)
    assert [r["title"] for r in platform.records(library).list("book").rows] == ["Dune", "Dune"]
    record = generation.record
    assert (record.app, record.message, record.author) == (library, EDIT, "ann@example.com")
    assert (record.model_asked, record.model_used, record.accepted, record.version) == (FALLBACK, FALLBACK, True, 2)
    assert record.operations == version.operations
    assert record.latency_ms >= (record.model_ms or 0) > 0
    assert platform_record(platform, library) == [record]


def platform_record(platform: TestPlatform, app: str) -> list[Any]:
    return GenerationService(platform, router_for()).log.recent(app=app)


def test_a_new_app_is_created_from_a_message(platform: TestPlatform) -> None:
    name = platform.unique("shop")
    platform.made.append(name)
    generation = GenerationService(platform, router_for()).generate(name, "a shop with products and orders",
                                                                    new=True)
    assert generation.accepted, generation.reason
    assert [e.stage for e in generation.events] == list(STAGES)
    (first,) = platform.versions(name)
    assert first.number == 1 and first.spec.name == name and first.spec.entities
    assert first.operations == generation.record.operations != []


def test_the_stream_yields_the_events_of_a_generation_as_they_happen(platform: TestPlatform, library: str) -> None:
    events = list(GenerationService(platform, router_for()).stream(library, EDIT))
    assert [e.stage for e in events] == list(STAGES)
    assert platform.current(library).number == 2


def test_a_listener_that_fails_does_not_stop_a_generation_halfway(platform: TestPlatform, library: str) -> None:
    def closed_stream(event: Event) -> None:
        if event.stage == "validated":
            raise ConnectionResetError("the browser went away")

    generation = GenerationService(platform, router_for()).generate(library, EDIT, on_event=closed_stream)
    assert generation.accepted and [e.stage for e in generation.events] == list(STAGES)
    assert platform_record(platform, library)[0].version == 2


def test_a_message_is_stored_exactly_as_typed(platform: TestPlatform, library: str) -> None:
    message = "add a field called x'); DROP TABLE generations; -- \"quoted\" ünïcødé ✓ {{7*7}} %s"
    generation = GenerationService(platform, router_for()).generate(library, message)
    (record,) = platform_record(platform, library)
    assert record.message == message == generation.record.message


# --- fallback, failures ------------------------------------------------------------------------------------------


def test_a_generation_that_falls_back_records_the_model_asked_for_the_one_used_and_the_note(
        platform: TestPlatform, library: str) -> None:
    with fault_server("500") as server:
        router = router_for(provider("flaky", f"{server.base_url}/v1"), model="flaky")
        generation = GenerationService(platform, router).generate(library, EDIT)
    assert server.requests, "the provider was asked first"
    assert generation.accepted, generation.reason
    record = generation.record
    assert (record.model_asked, record.model_used) == ("flaky", FALLBACK) and record.fell_back
    assert record.note is not None and record.note.startswith("the configured model failed: ")
    assert "HTTP 500" in record.note and f"used the {FALLBACK} model" in record.note
    chosen, proposed = generation.events[1:3]
    assert chosen.data["model"] == "flaky"
    assert proposed.data["fell_back"] and proposed.data["asked"] == "flaky" and "HTTP 500" in proposed.text
    log = GenerationService(platform, router_for()).log
    assert [r.id for r in log.recent(app=library, model="flaky")] == [record.id]


class Stubborn:
    """A plugin model whose answer the spec refuses (the router does not check the fallback's answers)."""

    name = "stubborn-test-model"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        return Proposal(parse_operations([{"op": "remove_field", "entity": "no_such_entity", "field": "x"}]),
                        self.name)


@pytest.mark.parametrize(("case", "stage", "reason"), [
    ("nothing proposed", "proposed", "proposed no change"),
    ("spec refuses", "validated", "no_such_entity"),
    ("database refuses", "migrated", "cannot make book.title unique"),
    ("unknown app", "received", "there is no app"),
    ("empty message", "received", "the message is empty"),
])
def test_a_failing_generation_records_why_and_leaves_the_app_unchanged(
        platform: TestPlatform, library: str, monkeypatch: pytest.MonkeyPatch, case: str, stage: str,
        reason: str) -> None:
    app, message, router = library, EDIT, router_for()
    with fault_server("500") as server:
        if case == "nothing proposed":  # the provider fails, and the fallback finds nothing to build
            message, router = "tell me a joke", router_for(provider("flaky", f"{server.base_url}/v1"), model="flaky")
        elif case == "spec refuses":
            monkeypatch.setitem(MODELS, Stubborn.name, Stubborn)
            router = Router(Settings(providers=[], model=Stubborn.name), register=False, fallback=Stubborn.name)
        elif case == "database refuses":
            message = "make the title unique"
        elif case == "unknown app":
            app = platform.unique("no-such-app")
        else:
            message = "   "
        before = stored(platform, library)
        generation = GenerationService(platform, router).generate(app, message)
    assert not generation.accepted and generation.version is None
    assert reason in (generation.reason or "")
    failed = generation.events[-1]
    assert failed.stage == "failed" and failed.data["at"] == stage and reason in failed.text
    assert "nothing changed" in failed.text
    assert [e.stage for e in generation.events[:-1]] == list(STAGES[:max(1, STAGES.index(stage))])
    assert stored(platform, library) == before
    (record,) = GenerationService(platform, router_for()).log.recent(app=app)
    assert (record.accepted, record.version, record.reason) == (False, None, generation.reason)
    if case == "nothing proposed":
        assert "HTTP 500" in (record.reason or "") and record.model_asked == "flaky"
        assert record.model_used == FALLBACK and record.fell_back
    if case == "database refuses":
        assert record.operations == [{"op": "set_field", "entity": "book", "field": "title", "unique": True}]


def test_a_new_app_that_fails_leaves_no_trace_but_its_record(platform: TestPlatform) -> None:
    name = platform.unique("broken")
    platform.made.append(name)
    generation = GenerationService(platform, router_for()).generate(name, "tell me a joke", new=True)
    assert not generation.accepted and not platform.has_app(name)
    assert [r.accepted for r in platform_record(platform, name)] == [False]


# --- tokens and cost ---------------------------------------------------------------------------------------------


def test_tokens_and_cost_are_recorded_for_a_provider_with_a_price(platform: TestPlatform, library: str,
                                                                  appforge_server: LiveServer) -> None:
    endpoint = f"{appforge_server.base_url}/v1"
    priced = provider("priced", endpoint, model="keyword-rules", price_in=2.5, price_out=10.0)
    unpriced = provider("unpriced", endpoint, model="keyword-rules")
    service = GenerationService(platform, router_for(priced, unpriced))
    paid = service.generate(library, EDIT, model="priced").record
    assert paid.accepted and paid.model_used == "priced", paid.reason
    assert paid.prompt_tokens and paid.prompt_tokens > 0 and paid.completion_tokens and paid.completion_tokens > 0
    assert paid.cost == pytest.approx((paid.prompt_tokens * 2.5 + paid.completion_tokens * 10.0) / 1_000_000)
    free = service.generate(library, "add a due date to books", model="unpriced").record
    assert free.accepted and free.prompt_tokens and free.cost is None, free.reason
    local = service.generate(library, "add a isbn field to books").record
    assert local.model_used == FALLBACK and (local.prompt_tokens, local.completion_tokens, local.cost) == (
        None, None, None)
    totals = {t.model: t for t in service.log.totals(app=library)}
    assert totals["priced"].cost == pytest.approx(paid.cost)
    assert totals["priced"].prompt_tokens == paid.prompt_tokens
    assert totals["unpriced"].cost is None and totals[FALLBACK].prompt_tokens is None
    assert {t.count for t in totals.values()} == {1} and {t.accepted_share for t in totals.values()} == {1.0}


def test_a_price_from_the_environment_reaches_the_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPFORGE_PROVIDER_MODEL", "gpt-4o-mini")
    monkeypatch.setenv("APPFORGE_PROVIDER_PRICE_IN", "0.15")
    monkeypatch.setenv("APPFORGE_PROVIDER_PRICE_OUT", "0.6")
    (config,) = Settings().provider_configs()
    assert config.cost({"prompt_tokens": 1_000_000, "completion_tokens": 500_000}) == pytest.approx(0.45)
    assert config.cost({}) is None
    assert ProviderConfig(name="x", model="m").cost({"prompt_tokens": 10}) is None


# --- the layers --------------------------------------------------------------------------------------------------


def test_models_and_runtime_never_import_the_generation_layer() -> None:
    offenders = []
    for layer in ("spec", "runtime", "models"):
        for path in sorted((REPO / "appforge" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.startswith("appforge.generation")]
    assert offenders == []

