"""The models' OpenAI-compatible endpoint, called with the official `openai` client against a real uvicorn server.

The tests call a real model: the in-house model "appforge" when it loads, else the baseline `BASELINE`. Set `MODEL`
to a name to pin one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI

from appforge.models import MODELS, Proposal, get_model
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations
from tests.runtime.servers import BOARD, LiveServer, serve_specs

# None: "appforge" when it loads, else BASELINE. A name: always that model.
MODEL: str | None = None
BASELINE = "keyword-rules"

CREATE = "I need an app to keep track of my books: title, author, number of pages and the date I finished it"
LIBRARY: dict[str, Any] = {
    "name": "library", "title": "Library",
    "entities": [{"name": "book", "fields": [{"name": "title", "required": True}, {"name": "pages",
                                                                                     "type": "integer"}]}],
}
EDIT = "add an author field to books"
NOTHING = "hello, how are you today?"


# --- fixtures --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_name() -> str:
    if MODEL is not None:
        return MODEL
    try:
        get_model("appforge")
    except Exception:  # noqa: BLE001 - not registered, or its weights are not trained yet
        return BASELINE
    return "appforge"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve_specs([BOARD], data_dir=tmp_path_factory.mktemp("openai-endpoint")) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[OpenAI]:
    with OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", max_retries=0, timeout=120) as c:
        yield c


def answer_of(content: str | None) -> dict[str, Any]:
    assert content is not None
    data = json.loads(content)
    assert set(data) == {"operations", "note"}, data
    assert isinstance(data["operations"], list)
    return data


def entity_names(spec: AppSpec) -> list[str]:
    return [e.name for e in spec.entities]


# --- the model list --------------------------------------------------------------------------------------------------


def test_the_model_list_names_every_model_owned_by_appforge(client: OpenAI, model_name: str) -> None:
    models = list(client.models.list())
    names = [m.id for m in models]
    assert model_name in names
    assert {m.owned_by for m in models} == {"appforge"}
    assert {m.object for m in models} == {"model"}
    assert client.models.retrieve(model_name).id == model_name


def test_the_model_list_includes_the_in_house_model_and_the_baselines(client: OpenAI) -> None:
    names = [m.id for m in client.models.list()]
    assert {"appforge", "keyword-rules", "nearest-blueprint"} <= set(names)
    assert names == sorted(names)


# --- create, edit, nothing -------------------------------------------------------------------------------------------


def test_a_create_request_answers_operations_that_build_an_app_named_after_the_request(
        client: OpenAI, model_name: str) -> None:
    completion = client.chat.completions.create(
        model=model_name, messages=[{"role": "user", "content": CREATE}], response_format={"type": "json_object"})
    assert completion.id.startswith("chatcmpl-")
    assert completion.object == "chat.completion"
    assert completion.model == model_name
    assert completion.created > 0
    choice = completion.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    answer = answer_of(choice.message.content)
    assert answer["operations"], answer["note"]
    spec = apply_operations(AppSpec(name="app"), answer["operations"])
    assert any(name.startswith("book") for name in entity_names(spec)), entity_names(spec)


def test_usage_counts_whitespace_separated_words(client: OpenAI, model_name: str) -> None:
    completion = client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": CREATE}])
    usage = completion.usage
    assert usage is not None
    assert usage.prompt_tokens == len(CREATE.split())
    assert usage.completion_tokens == len((completion.choices[0].message.content or "").split())
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def _assert_edits_the_library(content: str | None) -> None:
    base = AppSpec.model_validate(LIBRARY)
    answer = answer_of(content)
    assert answer["operations"], answer["note"]
    spec = apply_operations(base, answer["operations"])
    assert spec.model_dump() != base.model_dump()
    book = spec.entity("book")
    assert book is not None
    assert any("author" in f.name for f in book.fields), [f.name for f in book.fields]


def test_an_edit_request_changes_the_app_given_in_the_app_body_field(client: OpenAI, model_name: str) -> None:
    completion = client.chat.completions.create(
        model=model_name, messages=[{"role": "user", "content": EDIT}], extra_body={"app": LIBRARY})
    _assert_edits_the_library(completion.choices[0].message.content)


def test_an_edit_request_changes_the_app_given_as_a_system_message(client: OpenAI, model_name: str) -> None:
    completion = client.chat.completions.create(model=model_name, messages=[
        {"role": "system", "content": "You build apps."},  # not JSON: an instruction, ignored
        {"role": "system", "content": json.dumps(LIBRARY)},
        {"role": "user", "content": "make me a library app"},
        {"role": "assistant", "content": "{\"operations\": [], \"note\": null}"},
        {"role": "user", "content": EDIT},  # the last user message is the request
    ])
    _assert_edits_the_library(completion.choices[0].message.content)


def test_a_message_that_asks_for_nothing_buildable_answers_no_operations_and_a_note(
        client: OpenAI, model_name: str) -> None:
    completion = client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": NOTHING}])
    answer = answer_of(completion.choices[0].message.content)
    assert answer["operations"] == []
    assert isinstance(answer["note"], str) and answer["note"].strip()
    assert completion.choices[0].finish_reason == "stop"


# --- streaming -------------------------------------------------------------------------------------------------------


def test_a_streamed_answer_concatenates_to_the_same_json_and_ends_with_stop(client: OpenAI, model_name: str) -> None:
    messages: list[Any] = [{"role": "user", "content": CREATE}]
    whole = client.chat.completions.create(model=model_name, messages=messages)
    chunks = list(client.chat.completions.create(model=model_name, messages=messages, stream=True))
    assert len(chunks) >= 3
    assert {c.object for c in chunks} == {"chat.completion.chunk"}
    assert len({c.id for c in chunks}) == 1 and chunks[0].id.startswith("chatcmpl-")
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert answer_of(streamed) == answer_of(whole.choices[0].message.content)
    assert streamed == whole.choices[0].message.content


def test_a_stream_with_include_usage_ends_with_a_usage_chunk(client: OpenAI, model_name: str) -> None:
    chunks = list(client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": CREATE}],
                                                 stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens == len(CREATE.split())
    assert chunks[-2].choices[0].finish_reason == "stop"


def test_the_stream_is_server_sent_events_ending_with_done(server: LiveServer, model_name: str) -> None:
    body = {"model": model_name, "stream": True, "messages": [{"role": "user", "content": NOTHING}]}
    with server.client() as http, http.stream("POST", "/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in response.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"
    assert json.loads(lines[-2][6:])["choices"][0]["finish_reason"] == "stop"


# --- refusals --------------------------------------------------------------------------------------------------------


def test_an_unknown_model_is_not_found(client: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": CREATE}])
    assert "no-such-model" in caught.value.message
    assert caught.value.code == "model_not_found"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("no-such-model")


def test_a_request_without_messages_is_refused_and_says_what_is_missing(client: OpenAI, model_name: str) -> None:
    with pytest.raises((openai.BadRequestError, openai.UnprocessableEntityError)) as caught:
        client.chat.completions.create(model=model_name, messages=[])
    assert "messages" in caught.value.message
    assert "user message" in caught.value.message


def test_a_request_with_only_a_system_message_is_refused(client: OpenAI, model_name: str) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=model_name, messages=[{"role": "system", "content": "hi"}])
    assert "no user message" in caught.value.message


def test_a_spec_in_a_system_message_that_does_not_parse_is_refused_with_where(client: OpenAI, model_name: str) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=model_name, messages=[
            {"role": "system", "content": '{"name": "library", "entities": ['},
            {"role": "user", "content": EDIT},
        ])
    assert "messages[0].content" in caught.value.message
    assert "not valid JSON" in caught.value.message and "line 1" in caught.value.message


def test_an_invalid_spec_is_refused_naming_the_part_at_fault(client: OpenAI, model_name: str) -> None:
    broken = {"name": "library", "entities": [{"name": "book", "fields": [{"name": "pages", "type": "gibberish"}]}]}
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": EDIT}],
                                       extra_body={"app": broken})
    assert "app: the app spec is not valid" in caught.value.message
    assert "entities[0].fields[0].type" in caught.value.message


def test_a_model_that_fails_answers_a_server_error_in_openais_shape(
        client: OpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        name = "broken-for-test"

        def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
            raise RuntimeError("the decoder fell over")

    monkeypatch.setitem(MODELS, Broken.name, Broken)
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model=Broken.name, messages=[{"role": "user", "content": CREATE}])
    assert "the decoder fell over" in caught.value.message


def test_a_listed_model_that_cannot_be_loaded_is_unavailable_and_says_why(
        client: OpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_weights() -> Any:
        raise RuntimeError("no trained weights in weights/")

    monkeypatch.setitem(MODELS, "unloadable-for-test", no_weights)
    assert "unloadable-for-test" in [m.id for m in client.models.list()]
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(model="unloadable-for-test", messages=[{"role": "user", "content": CREATE}])
    assert caught.value.status_code == 503
    assert "no trained weights" in caught.value.message


def test_refusals_have_openais_error_shape(server: LiveServer) -> None:
    with server.client() as http:
        not_json = http.post("/v1/chat/completions", content=b"{nope", headers={"content-type": "application/json"})
        wrong_role = http.post("/v1/chat/completions", json={"model": "x", "messages": [{"role": "robot"}]})
        no_path = http.get("/v1/embeddings")
    assert not_json.status_code == 400
    assert set(not_json.json()["error"]) == {"message", "type", "param", "code"}
    assert "not valid JSON" in not_json.json()["error"]["message"]
    assert wrong_role.status_code == 400
    assert wrong_role.json()["error"]["param"] == "messages[0].role"
    assert wrong_role.json()["error"]["type"] == "invalid_request_error"
    assert no_path.status_code == 404 and "error" in no_path.json()


# --- where it is served ----------------------------------------------------------------------------------------------


def test_an_apps_host_does_not_serve_the_models(server: LiveServer) -> None:
    with server.client("board") as http:
        listing = http.get("/v1/models")
        chat = http.post("/v1/chat/completions", json={"model": "appforge",
                                                       "messages": [{"role": "user", "content": CREATE}]})
    assert listing.status_code == 404
    assert "data" not in listing.text[:200]
    assert chat.status_code in {403, 404}
    assert "chatcmpl" not in chat.text


def test_the_platform_home_still_answers_beside_the_models(server: LiveServer) -> None:
    with server.client() as http:
        assert http.get("/").status_code == 200


def test_the_models_are_not_served_when_the_setting_is_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("APPFORGE_SERVE_MODELS", "false")
    with serve_specs([], data_dir=tmp_path) as live, httpx.Client(base_url=live.base_url) as http:
        assert http.get("/v1/models").status_code == 404
