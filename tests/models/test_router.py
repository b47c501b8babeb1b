"""The router: which model answers, retries with backoff for transient failures, and the fallback to the in-house
model ("appforge", shipped weights) when a provider fails, hangs or answers garbage, told to the person in the note.
Faults come from a small real HTTP server on loopback (tests/models/provider_servers.py); a stored app never changes.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from appforge.models import Proposal, apply_proposal, get_model
from appforge.models.providers import ProviderError
from appforge.models.router import Router
from appforge.runtime.platform import Platform
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec
from tests.models.provider_servers import FaultServer, fault_server

EDIT = "add an author field to books"
LIBRARY: dict[str, Any] = {
    "name": "library", "title": "Library",
    "entities": [{"name": "book", "fields": [{"name": "title", "required": True},
                                             {"name": "pages", "type": "integer"}]}],
}
FAILED = "the configured model failed: "
USED = "used appforge's model"


@pytest.fixture(scope="module", autouse=True)
def inhouse_model() -> None:
    get_model("appforge")  # load the shipped weights once, outside every test's timing


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[Platform]:
    """A real platform with the library app stored, to prove that a failing provider changes nothing stored."""
    live = Platform(Settings(data_dir=tmp_path, secret_key=secrets.token_urlsafe(32)))
    live.create_app(AppSpec.model_validate(LIBRARY))
    try:
        yield live
    finally:
        live.close()


def router_for(server: FaultServer | None, *, key: str = "sk-router-test-key-0123456789", timeout: float = 2.0,
               retries: int = 2, kind: str = "openai", sleeps: list[float] | None = None,
               **extra: Any) -> Router:
    base_url = None if server is None else (f"{server.base_url}/v1" if kind == "openai" else server.base_url)
    config = ProviderConfig(name="flaky", kind=kind, base_url=base_url or "http://127.0.0.1:9/v1", model="m",
                            api_key=SecretStr(key))
    settings = Settings(providers=[config], model="flaky", provider_timeout=timeout, provider_retries=retries,
                        provider_backoff=0.01, **extra)
    return Router(settings, register=False, sleep=(sleeps.append if sleeps is not None else lambda s: None))


def stored(platform: Platform) -> tuple[int, dict[str, Any]]:
    current = platform.current("library")
    return len(platform.versions("library")), current.spec.model_dump()


def assert_inhouse_answer(proposal: Proposal, base: AppSpec, reason: str) -> None:
    assert proposal.model == "appforge"
    assert proposal.note is not None and proposal.note.startswith(FAILED), proposal.note
    assert USED in proposal.note and reason in proposal.note, proposal.note
    apply_proposal(proposal, base)  # the in-house answer applies (all or none)


# --- fallback --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("script", "reason"), [
    (("500",), "HTTP 500"),
    (("hang",), "no answer within"),
    (("malformed",), "not valid JSON"),
    (("schema",), "operation 1 (add_entity)"),
    (("shape",), '{"operations": [...]}'),
    (("refused",), "no_such_entity"),
    (("not-json",), "not JSON"),
], ids=["server-error", "hang", "malformed-json", "schema-violating-json", "wrong-shape", "refused-operations",
        "body-not-json"])
def test_a_failing_provider_ends_in_the_inhouse_answer_with_a_note_and_nothing_stored_changes(
        platform: Platform, script: tuple[str, ...], reason: str) -> None:
    before = stored(platform)
    base = platform.current("library").spec
    base_dump = base.model_dump()
    with fault_server(*script, hang_s=3) as server:
        proposal = router_for(server, timeout=0.5, retries=1).propose(EDIT, base)
    assert server.requests, "the provider was called"
    assert_inhouse_answer(proposal, base, reason)
    assert base.model_dump() == base_dump
    assert stored(platform) == before


def test_transient_failures_are_retried_with_exponential_backoff_then_fall_back() -> None:
    sleeps: list[float] = []
    with fault_server("500") as server:
        proposal = router_for(server, retries=3, sleeps=sleeps).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert len(server.requests) == 4
    assert sleeps == [0.01, 0.02, 0.04]
    assert_inhouse_answer(proposal, AppSpec.model_validate(LIBRARY), "after 4 attempts")
    assert proposal.timings["attempts"] == 4


def test_a_transient_failure_that_clears_on_retry_keeps_the_providers_answer() -> None:
    with fault_server("500", "ok") as server:
        proposal = router_for(server).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.model == "flaky"
    assert [op.op for op in proposal.operations] == ["add_entity"]
    assert proposal.note is None or FAILED not in proposal.note
    assert len(server.requests) == 2


def test_garbage_is_repaired_once_and_never_retried() -> None:
    with fault_server("malformed") as server:
        proposal = router_for(server, retries=3).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert len(server.requests) == 2, "one request and one repair round; garbage is not a transient failure"
    assert proposal.model == "appforge" and "repair round" in (proposal.note or "")


def test_a_hang_is_cut_at_the_timeout_not_waited_out() -> None:
    import time

    started = time.perf_counter()
    with fault_server("hang", hang_s=30) as server:
        proposal = router_for(server, timeout=0.3, retries=1).propose(EDIT, AppSpec.model_validate(LIBRARY))
        elapsed = time.perf_counter() - started
    assert proposal.model == "appforge"
    assert len(server.requests) == 2
    assert elapsed < 15, elapsed


def test_the_anthropic_provider_falls_back_the_same_way() -> None:
    with fault_server("500") as server:
        proposal = router_for(server, kind="anthropic", retries=0).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert_inhouse_answer(proposal, AppSpec.model_validate(LIBRARY), "HTTP 500")


def test_an_unknown_model_name_falls_back_and_says_so() -> None:
    proposal = router_for(None).propose(EDIT, AppSpec.model_validate(LIBRARY), model="no-such-model")
    assert_inhouse_answer(proposal, AppSpec.model_validate(LIBRARY), "no-such-model")


def test_a_plugin_model_that_raises_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from appforge.models import MODELS

    class Broken:
        name = "broken-plugin"

        def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
            raise ProviderError("broken-plugin: out of credits", transient=False)

    monkeypatch.setitem(MODELS, Broken.name, Broken)
    proposal = router_for(None).propose(EDIT, AppSpec.model_validate(LIBRARY), model="broken-plugin")
    assert_inhouse_answer(proposal, AppSpec.model_validate(LIBRARY), "out of credits")


# --- choice ----------------------------------------------------------------------------------------------------------


def test_the_request_beats_the_app_setting_which_beats_the_default() -> None:
    router = router_for(None, app_models={"library": "keyword-rules"})
    assert router.choose() == "flaky"
    assert router.choose(app="library") == "keyword-rules"
    assert router.choose(model="nearest-blueprint", app="library") == "nearest-blueprint"
    assert Router(Settings(providers=[]), register=False).choose() == "appforge"


def test_an_apps_model_setting_is_used_for_edits_of_that_app() -> None:
    router = router_for(None, app_models={"library": "keyword-rules"})
    proposal = router.propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.model == "keyword-rules"
    assert proposal.note is None or FAILED not in proposal.note


def test_the_default_is_the_inhouse_model_without_a_note() -> None:
    proposal = Router(Settings(providers=[]), register=False).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.model == "appforge"
    assert proposal.note is None or FAILED not in proposal.note


# --- secrets ---------------------------------------------------------------------------------------------------------


def test_a_provider_key_appears_in_no_log_note_exception_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    key = "sk-leak-check-" + secrets.token_hex(16)
    caplog.set_level(logging.DEBUG)
    with fault_server("echo-key") as server:
        router = router_for(server, key=key, retries=1)
        proposal = router.propose(EDIT, AppSpec.model_validate(LIBRARY))
        provider = router._model("flaky")
        with pytest.raises(ProviderError) as caught:
            provider.propose(EDIT)
    sent = [r["headers"].get("authorization", "") for r in server.requests]
    assert sent and all(key in header for header in sent), "the key was really sent, and echoed back"
    assert proposal.model == "appforge" and "bad credentials" in (proposal.note or "")
    seen = [proposal.note or "", repr(proposal), str(caught.value), repr(caught.value), caught.value.reason,
            repr(router.settings), str(router.settings), router.settings.model_dump_json(),
            str(router.settings.model_dump()), repr(router.settings.provider_configs()), repr(router), repr(provider),
            caplog.text]
    seen += [record.getMessage() for record in caplog.records]
    seen += [repr(record.args) for record in caplog.records]
    assert caplog.records, "the failure was logged"
    for text in seen:
        assert key not in text
        assert key[:8] not in text and key[-6:] not in text
