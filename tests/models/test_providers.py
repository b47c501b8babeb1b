"""External models behind the Model interface: the OpenAI-compatible adapter against appforge's own /v1 endpoint
(a real server that speaks the OpenAI API), the Anthropic adapter and the repair round against a small fault server,
and how providers are configured and registered. The router's fallback is tested in test_router.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from appforge.models import MODELS, Model, apply_proposal, get_model, model_names
from appforge.models.prompting import AnswerError, answer_json_schema, check_answer
from appforge.models.providers import ProviderError, build_provider, redact, register_configured
from appforge.models.providers.anthropic import AnthropicModel
from appforge.models.providers.openai_compatible import OpenAICompatibleModel
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec
from tests.models.provider_servers import GOOD, fault_server
from tests.runtime.servers import LiveServer, serve_specs

KEY = "sk-test-provider-key-0123456789abcdef"
CREATE = "I need an app to keep track of my books: title, author, number of pages and the date I finished it"
EDIT = "add an author field to books"
LIBRARY: dict[str, Any] = {
    "name": "library", "title": "Library",
    "entities": [{"name": "book", "fields": [{"name": "title", "required": True},
                                             {"name": "pages", "type": "integer"}]}],
}


def settings_for(*configs: ProviderConfig, **extra: Any) -> Settings:
    return Settings(providers=list(configs), provider_timeout=extra.pop("provider_timeout", 5.0), **extra)


def openai_model(base_url: str, model: str = "fault", **extra: Any) -> Model:
    config = ProviderConfig(name="test-openai", kind="openai", base_url=base_url, model=model,
                            api_key=SecretStr(KEY), **extra)
    return build_provider(config, settings_for(config))


@pytest.fixture(scope="module")
def appforge_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve_specs([], data_dir=tmp_path_factory.mktemp("provider-endpoint")) as live:
        yield live


# --- the OpenAI-compatible adapter against a real OpenAI-speaking server ------------------------------------------


def test_the_openai_adapter_builds_a_new_app_through_appforges_own_endpoint(appforge_server: LiveServer) -> None:
    model = openai_model(f"{appforge_server.base_url}/v1", model="keyword-rules")
    proposal = model.propose(CREATE)
    assert proposal.model == "test-openai"
    assert proposal.operations, proposal.note
    spec = apply_proposal(proposal)
    assert any(e.name.startswith("book") for e in spec.entities), [e.name for e in spec.entities]
    assert proposal.timings["provider_s"] > 0
    assert proposal.usage["prompt_tokens"] > 0 and proposal.usage["completion_tokens"] > 0, proposal.usage


def test_the_openai_adapter_edits_the_app_it_sends_as_spec_json(appforge_server: LiveServer) -> None:
    base = AppSpec.model_validate(LIBRARY)
    before = base.model_dump()
    model = openai_model(f"{appforge_server.base_url}/v1", model="keyword-rules")
    proposal = model.propose(EDIT, base)
    spec = apply_proposal(proposal, base)
    book = spec.entity("book")
    assert book is not None
    assert any("author" in f.name for f in book.fields), [f.name for f in book.fields]
    assert base.model_dump() == before


# --- what is sent, and the repair round (fault server) --------------------------------------------------------------


def test_the_request_carries_the_operations_language_the_spec_and_a_json_schema() -> None:
    with fault_server("ok") as server:
        proposal = openai_model(f"{server.base_url}/v1").propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.operations and proposal.note == GOOD["note"]
    assert proposal.usage == {"prompt_tokens": 10, "completion_tokens": 5}
    (request,) = server.requests
    body = request["body"]
    assert request["headers"]["authorization"] == f"Bearer {KEY}"
    assert body["model"] == "fault"
    system, spec, user = body["messages"]
    assert system["role"] == "system" and "add_field" in system["content"] and "set_permission" in system["content"]
    assert json.loads(spec["content"])["name"] == "library"
    assert user == {"role": "user", "content": EDIT}
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == answer_json_schema()


def test_the_answer_schema_keeps_every_reference_resolvable() -> None:
    schema = answer_json_schema()
    refs = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.add(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert refs, "the operation schema refers to its $defs"
    assert {ref.removeprefix("#/$defs/") for ref in refs} <= set(schema["$defs"])
    assert schema["required"] == ["operations"]


def test_operations_the_spec_refuses_get_one_repair_round_with_the_refusal() -> None:
    with fault_server("refused", "ok") as server:
        proposal = openai_model(f"{server.base_url}/v1").propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert [op.op for op in proposal.operations] == ["add_entity"]
    assert len(server.requests) == 2
    assert proposal.usage == {"prompt_tokens": 20, "completion_tokens": 10}, "both rounds are paid for"
    repair = server.requests[1]["body"]["messages"]
    assert repair[-2]["role"] == "assistant" and "no_such_entity" in repair[-2]["content"]
    assert repair[-1]["role"] == "user"
    assert "refused" in repair[-1]["content"] and "no_such_entity" in repair[-1]["content"]
    assert EDIT in repair[-1]["content"]
    assert proposal.note is not None and "repaired after" in proposal.note


@pytest.mark.parametrize("garbage", ["malformed", "schema", "shape"])
def test_an_answer_still_unusable_after_the_repair_round_is_an_answer_error(garbage: str) -> None:
    with fault_server(garbage) as server, pytest.raises(AnswerError) as caught:
        openai_model(f"{server.base_url}/v1").propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert len(server.requests) == 2, "exactly one repair round"
    assert "also after one repair round" in str(caught.value)


def test_a_server_error_is_a_transient_provider_error() -> None:
    with fault_server("500") as server, pytest.raises(ProviderError) as caught:
        openai_model(f"{server.base_url}/v1").propose(EDIT)
    assert caught.value.transient
    assert "HTTP 500" in caught.value.reason and "upstream exploded" in caught.value.reason


def test_a_hang_past_the_timeout_is_a_transient_provider_error() -> None:
    with fault_server("hang", hang_s=5) as server, pytest.raises(ProviderError) as caught:
        openai_model(f"{server.base_url}/v1", timeout=0.3).propose(EDIT)
    assert caught.value.transient
    assert "no answer within 0.3 s" in caught.value.reason


def test_a_body_that_is_not_json_is_a_provider_error_not_a_crash() -> None:
    with fault_server("not-json") as server, pytest.raises((ProviderError, AnswerError)):
        openai_model(f"{server.base_url}/v1").propose(EDIT)


def test_an_unreachable_server_is_a_transient_provider_error() -> None:
    from tests.runtime.servers import free_port

    with pytest.raises(ProviderError) as caught:
        openai_model(f"http://127.0.0.1:{free_port()}/v1").propose(EDIT)
    assert caught.value.transient and "cannot connect" in caught.value.reason


# --- the Anthropic adapter --------------------------------------------------------------------------------------


def anthropic_model(base_url: str) -> Model:
    config = ProviderConfig(name="test-claude", kind="anthropic", base_url=base_url, model="claude-test",
                            api_key=SecretStr(KEY))
    return build_provider(config, settings_for(config))


def test_the_anthropic_adapter_forces_a_tool_call_with_the_answer_schema_and_reads_it() -> None:
    with fault_server("ok") as server:
        model = anthropic_model(server.base_url)
        assert isinstance(model, AnthropicModel)
        proposal = model.propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.model == "test-claude"
    assert [op.op for op in proposal.operations] == ["add_entity"]
    (request,) = server.requests
    assert request["path"] == "/v1/messages"
    # the SDK sends the key as x-api-key or (newer releases) as a bearer token
    assert KEY in (request["headers"].get("x-api-key", ""), request["headers"].get("authorization", "")[7:])
    body = request["body"]
    assert body["tool_choice"] == {"type": "tool", "name": "propose_operations"}
    assert body["tools"][0]["input_schema"] == answer_json_schema()
    assert "add_field" in body["system"] and '"library"' in body["system"]
    assert body["messages"] == [{"role": "user", "content": EDIT}]
    assert proposal.usage == {"prompt_tokens": 10, "completion_tokens": 5}
    assert model.usage == proposal.usage  # type: ignore[attr-defined]


def test_the_anthropic_adapter_repairs_once_and_reports_server_errors() -> None:
    with fault_server("refused", "ok") as server:
        proposal = anthropic_model(server.base_url).propose(EDIT, AppSpec.model_validate(LIBRARY))
    assert proposal.operations and len(server.requests) == 2
    with fault_server("500") as server, pytest.raises(ProviderError) as caught:
        anthropic_model(server.base_url).propose(EDIT)
    assert caught.value.transient and "HTTP 500" in caught.value.reason


# --- configuration and registration ---------------------------------------------------------------------------------


def test_a_provider_is_configured_from_plain_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPFORGE_PROVIDER_MODEL", "llama3.1")
    monkeypatch.setenv("APPFORGE_PROVIDER_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("APPFORGE_PROVIDER_API_KEY", KEY)
    monkeypatch.setenv("APPFORGE_PROVIDER_NAME", "ollama")
    (config,) = Settings().provider_configs()
    assert (config.name, config.kind, config.model) == ("ollama", "openai", "llama3.1")
    assert config.api_key is not None and config.api_key.get_secret_value() == KEY
    assert isinstance(build_provider(config, Settings()), OpenAICompatibleModel)


def test_named_providers_are_configured_from_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPFORGE_PROVIDERS", json.dumps([
        {"name": "gpt", "model": "gpt-4o-mini", "api_key": KEY},
        {"name": "claude", "kind": "anthropic", "model": "claude-sonnet-4-5", "api_key": KEY}]))
    monkeypatch.setenv("APPFORGE_APP_MODELS", json.dumps({"salon": "claude"}))
    settings = Settings()
    assert [(c.name, c.kind) for c in settings.provider_configs()] == [("gpt", "openai"), ("claude", "anthropic")]
    assert settings.app_models == {"salon": "claude"}


def test_configured_providers_are_registered_so_get_model_finds_them(tmp_path: Path) -> None:
    config = ProviderConfig(name="registered-for-test", base_url="http://127.0.0.1:9/v1", model="m",
                            api_key=SecretStr(KEY))
    try:
        assert register_configured(settings_for(config)) == ["registered-for-test"]
        assert "registered-for-test" in model_names()
        assert isinstance(get_model("registered-for-test"), OpenAICompatibleModel)
    finally:
        register_configured(Settings(providers=[]))
    assert "registered-for-test" not in MODELS


def test_the_platforms_v1_endpoint_does_not_resell_a_configured_provider() -> None:
    """/v1 takes any API key, so serving a provider there would spend the operator's key for anyone."""
    from fastapi.testclient import TestClient

    from appforge.models.serving import build_models_api

    config = ProviderConfig(name="paid-for-test", base_url="http://127.0.0.1:9/v1", model="m", api_key=SecretStr(KEY))
    try:
        register_configured(settings_for(config))
        client = TestClient(build_models_api())
        assert "paid-for-test" not in [m["id"] for m in client.get("/v1/models").json()["data"]]
        assert "keyword-rules" in [m["id"] for m in client.get("/v1/models").json()["data"]]
        answer = client.post("/v1/chat/completions",
                             json={"model": "paid-for-test", "messages": [{"role": "user", "content": "a crm"}]})
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "model_not_found"
    finally:
        register_configured(Settings(providers=[]))


def test_a_provider_may_not_take_a_built_in_models_name() -> None:
    config = ProviderConfig(name="keyword-rules", model="m")
    with pytest.raises(ValueError, match="taken by a built-in model"):
        register_configured(settings_for(config))


def test_an_unknown_provider_kind_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(KeyError, match="anthropic"):
        build_provider(ProviderConfig(name="x", kind="carrier-pigeon", model="m"))


def test_redact_hides_a_key_and_its_masked_ends() -> None:
    text = f"Incorrect API key provided: {KEY[:8]}****{KEY[-6:]}; sent {KEY}"
    safe = redact(text, SecretStr(KEY))
    assert KEY not in safe and KEY[:8] not in safe and KEY[-6:] not in safe


def test_check_answer_never_changes_the_base_spec() -> None:
    base = AppSpec.model_validate(LIBRARY)
    before = base.model_dump()
    checked = check_answer(GOOD, base)
    assert checked.operations and base.model_dump() == before
