"""The models on an OpenAI-compatible endpoint, so that any OpenAI client can call them.

    GET  /v1/models                 every model of `model_names()` that runs here, in OpenAI's list format
    GET  /v1/models/{model}         one of them
    POST /v1/chat/completions       OpenAI's chat request and answer (and its Server-Sent Events with stream=true)

The request: the content of the *last user message* is what the person asks for. The app as it stands (omit it for
a new app) is either the extra body field `"app": {spec JSON}` (the openai client sends it with `extra_body`) or a
system message whose whole content is the spec JSON (it starts with `{`); `app` wins when both are given. Other
system messages, assistant messages and earlier user messages are read by no model and ignored. `temperature`,
`max_tokens`, `seed` and OpenAI's other sampling settings are accepted and ignored: the models are deterministic.

The answer: `choices[0].message.content` is JSON text `{"operations": [...], "note": ...}`; apply the operations to
the app with `appforge.spec.operations.apply_operations` (all or none). A request that asks for nothing buildable
gets `"operations": []` and the model's note, in words. `usage` counts whitespace-separated words, not a
tokenizer's tokens: the prompt's words are those of every message's text (plus the JSON of `app`), the completion's
those of the content.

Refusals have OpenAI's error shape `{"error": {"message", "type", "param", "code"}}`: 400 for a malformed request
(with the field at fault in `param`), 404 for an unknown model (code `model_not_found`) or path, 503 for a model
that is listed but cannot be loaded (say, its weights are missing), 500 when the model itself fails.

The endpoint is served on the platform's bare host only (`http://127.0.0.1:<port>/v1`), never on an app's host;
it reads no session cookie and any API key will do (`appforge.runtime.server` routes /v1 around the home's
sign-in and CSRF checks). Because any key will do, the configured external providers are not served here: each
call would spend the operator's key for whoever can reach the port. Model calls are CPU-bound and run in the
threadpool.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic import Field as PydanticField
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from appforge.models import Model, Proposal, get_model, model_names
from appforge.spec.edits import clean_message
from appforge.spec.model import AppSpec

logger = logging.getLogger(__name__)

PREFIX = "/v1"
OWNER = "appforge"
# Models are registered in code, not trained by date: one fixed `created` for all (2025-01-01T00:00:00Z).
MODELS_CREATED = 1735689600
# The largest request body read, in bytes (a large spec is ~200 KB).
MAX_BODY_BYTES = 2_000_000


# --- errors ----------------------------------------------------------------------------------------------------------


class OpenAIError(Exception):
    """A refusal in OpenAI's shape: {"error": {"message", "type", "param", "code"}}."""

    def __init__(self, status: int, message: str, *, type: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type, param, code

    def response(self) -> JSONResponse:
        return error_response(self.status, self.message, type=self.type, param=self.param, code=self.code)


def error_response(status: int, message: str, *, type: str = "invalid_request_error", param: str | None = None,
                   code: str | None = None) -> JSONResponse:
    body = {"error": {"message": message, "type": type, "param": param, "code": code}}
    return JSONResponse(body, status)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    """A pydantic location as a path a person reads: ('messages', 0, 'role') -> 'messages[0].role'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


# --- the request -----------------------------------------------------------------------------------------------------


class _Loose(BaseModel):
    # OpenAI adds parameters often; ones the endpoint has no use for are accepted and ignored, not refused.
    model_config = ConfigDict(extra="allow")


class ContentPart(_Loose):
    type: str
    text: str | None = None


class ChatMessage(_Loose):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = None


class ResponseFormat(_Loose):
    # The answer is always a JSON object; "text" and "json_schema" are accepted too (the schema is not read).
    type: Literal["text", "json_object", "json_schema"]


class StreamOptions(_Loose):
    include_usage: bool = False


class ChatCompletionRequest(_Loose):
    model: str = PydanticField(min_length=1)
    messages: list[ChatMessage] = PydanticField(min_length=1)
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    response_format: ResponseFormat | None = None
    n: int | None = PydanticField(default=1, ge=1, le=1)
    # appforge's own field: the app as it stands (its spec JSON), or none for a new app.
    app: dict[str, Any] | None = None


_FRIENDLY = {
    "messages": "give at least one message; the content of the last user message is the request",
    "n": "only one answer per request is offered (n=1)",
    "model": "name a model: GET /v1/models lists them",
}
_BOUNDS = {"too_short", "string_too_short", "less_than_equal", "greater_than_equal"}


def parse_request(body: bytes) -> ChatCompletionRequest:
    """The request from the raw body, or an `OpenAIError` (400) that names what is wrong and where."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise OpenAIError(400, f"The body is not valid JSON{where}: {getattr(exc, 'msg', exc)}.") from None
    if not isinstance(data, dict):
        raise OpenAIError(400, "The body must be a JSON object with 'model' and 'messages'.")
    try:
        return ChatCompletionRequest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = _where(first["loc"])
        if first["type"] == "missing":
            message = f"{param} is required" + (f"; {_FRIENDLY[param]}" if param in _FRIENDLY else "")
        elif param in _FRIENDLY and first["type"] in _BOUNDS:
            message = f"{param}: {_FRIENDLY[param]}"
        else:
            message = f"{param}: {clean_message(first['msg'])}"
        more = len(exc.errors()) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise OpenAIError(400, message, param=param) from None


def text_of(message: ChatMessage, index: int) -> str:
    """The text of a message: its string content, or its text parts joined (other parts are refused)."""
    content = message.content
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    texts = []
    for j, part in enumerate(content):
        if part.type != "text" or part.text is None:
            raise OpenAIError(400, f"messages[{index}].content[{j}]: only text parts are understood, not "
                              f"{part.type!r}", param=f"messages[{index}].content[{j}]")
        texts.append(part.text)
    return "\n".join(texts)


def spec_from_json(data: Any, where: str) -> AppSpec:
    """An AppSpec from parsed JSON, or a 400 that says which part of the spec is wrong and where it came from."""
    if not isinstance(data, dict):
        raise OpenAIError(400, f"{where}: the app must be a JSON object (an app spec)", param=where)
    try:
        return AppSpec.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors()[:5]:
            loc = _where(error["loc"])
            problems.append(f"{loc}: {clean_message(error['msg'])}" if loc else clean_message(error["msg"]))
        more = len(exc.errors()) - len(problems)
        tail = f" (and {more} more)" if more > 0 else ""
        raise OpenAIError(400, f"{where}: the app spec is not valid: {'; '.join(problems)}{tail}",
                          param=where) from None


def request_parts(request: ChatCompletionRequest) -> tuple[str, AppSpec | None]:
    """(the person's message, the app as it stands or None) under the conventions of the module docstring."""
    texts = [text_of(m, i) for i, m in enumerate(request.messages)]
    users = [i for i, m in enumerate(request.messages) if m.role == "user"]
    if not users:
        raise OpenAIError(400, "messages: there is no user message; the content of the last user message is the "
                          "request", param="messages")
    message = texts[users[-1]].strip()
    if not message:
        raise OpenAIError(400, f"messages[{users[-1]}].content: the request is empty; say what to build or change",
                          param=f"messages[{users[-1]}].content")
    if request.app is not None:
        return message, spec_from_json(request.app, "app")
    base: AppSpec | None = None
    for i, m in enumerate(request.messages):
        if m.role not in {"system", "developer"} or not texts[i].lstrip().startswith("{"):
            continue
        where = f"messages[{i}].content"
        try:
            data = json.loads(texts[i])
        except json.JSONDecodeError as exc:
            raise OpenAIError(400, f"{where}: a system message that starts with '{{' is read as the app's spec JSON, "
                              f"and this one is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                              param=where) from None
        base = spec_from_json(data, where)  # the last one counts
    return message, base


# --- the answer ------------------------------------------------------------------------------------------------------


def operation_json(op: Any) -> dict[str, Any]:
    """One operation as the JSON `apply_operations` reads back: the keys that were given (a `set_field` with
    `default: null` clears the default, so unset keys must stay out), with `op` first."""
    return {"op": op.op} | op.model_dump(mode="json", exclude_unset=True)


def content_pieces(proposal: Proposal) -> list[str]:
    """The answer's content in pieces whose concatenation is `json.dumps({"operations": [...], "note": ...})`:
    the opening, one piece per operation, the note and the closing (the pieces a stream sends)."""
    ops = [json.dumps(operation_json(op), ensure_ascii=False) for op in proposal.operations]
    pieces = ['{"operations": [']
    pieces += [("" if i == 0 else ", ") + text for i, text in enumerate(ops)]
    pieces.append('], "note": ' + json.dumps(proposal.note, ensure_ascii=False) + "}")
    return pieces


def count_words(text: str) -> int:
    """Usage is counted in whitespace-separated words: the models have no tokenizer a client could repeat."""
    return len(text.split())


def prompt_words(request: ChatCompletionRequest) -> int:
    total = sum(count_words(text_of(m, i)) for i, m in enumerate(request.messages))
    if request.app is not None:
        total += count_words(json.dumps(request.app, ensure_ascii=False))
    return total


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def completion_body(ident: str, created: int, model: str, content: str, prompt: int) -> dict[str, Any]:
    return {
        "id": ident, "object": "chat.completion", "created": created, "model": model, "system_fingerprint": None,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                     "logprobs": None, "finish_reason": "stop"}],
        "usage": _usage(prompt, count_words(content)),
    }


def _chunk(ident: str, created: int, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}


async def stream_events(ident: str, created: int, model: str, pieces: list[str], prompt: int,
                        include_usage: bool) -> AsyncIterator[str]:
    """OpenAI's stream: a delta with the role, the content in pieces, an empty delta with finish_reason "stop",
    (with stream_options.include_usage) a chunk with no choices and the usage, then `data: [DONE]`."""

    def event(data: dict[str, Any]) -> str:
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    yield event(_chunk(ident, created, model, {"role": "assistant", "content": ""}, None))
    for piece in pieces:
        yield event(_chunk(ident, created, model, {"content": piece}, None))
    yield event(_chunk(ident, created, model, {}, "stop"))
    if include_usage:
        usage = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                 "system_fingerprint": None, "choices": [], "usage": _usage(prompt, count_words("".join(pieces)))}
        yield event(usage)
    yield "data: [DONE]\n\n"


# --- the routes ------------------------------------------------------------------------------------------------------


def served_names() -> list[str]:
    """The models this endpoint answers for: every registered one except the external providers."""
    from appforge.models.providers import configured_names

    external = configured_names()
    return [name for name in model_names() if name not in external]


def _model_card(name: str) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": MODELS_CREATED, "owned_by": OWNER}


def _load(name: str) -> Model:
    """The model called `name` (the first call loads it: run this in the threadpool), or a 404."""
    names = served_names()
    if name not in names:
        raise OpenAIError(404, f"The model {name!r} does not exist; known: {', '.join(names)}.",
                          param="model", code="model_not_found")
    try:
        return get_model(name)
    except Exception as exc:  # noqa: BLE001 - listed but not loadable (weights missing, ...): say so, not a bare 500
        raise OpenAIError(503, f"The model {name!r} cannot be loaded: {type(exc).__name__}: {exc}",
                          type="server_error", param="model", code="model_not_available") from None


async def _read_body(request: Request) -> bytes:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise OpenAIError(413, f"The body is larger than {MAX_BODY_BYTES} bytes.")
    return bytes(body)


router = APIRouter(prefix=PREFIX)


@router.get("/models")
def list_models() -> dict[str, Any]:
    """Every model, in OpenAI's list format."""
    return {"object": "list", "data": [_model_card(name) for name in served_names()]}


@router.get("/models/{name}")
def retrieve_model(name: str) -> Response:
    if name not in served_names():
        return error_response(404, f"The model {name!r} does not exist.", param="model", code="model_not_found")
    return JSONResponse(_model_card(name))


@router.post("/chat/completions")
async def chat_completions(request: Request) -> Response:
    """A proposal in OpenAI's chat completion format; see the module docstring for the conventions."""
    try:
        chat = parse_request(await _read_body(request))
        message, base = await run_in_threadpool(request_parts, chat)  # validating a spec is CPU work too
        model = await run_in_threadpool(_load, chat.model)
    except OpenAIError as exc:
        return exc.response()
    try:
        proposal = await run_in_threadpool(model.propose, message, base)
    except Exception as exc:  # noqa: BLE001 - answered in OpenAI's shape; the connection stays usable
        logger.exception("model %s failed on %r", chat.model, message[:200])
        return error_response(500, f"The model failed: {type(exc).__name__}: {exc}", type="server_error")
    ident, created = "chatcmpl-" + secrets.token_hex(12), int(time.time())
    pieces, prompt = content_pieces(proposal), prompt_words(chat)
    if chat.stream:
        include_usage = bool(chat.stream_options and chat.stream_options.include_usage)
        events = stream_events(ident, created, chat.model, pieces, prompt, include_usage)
        return StreamingResponse(events, media_type="text/event-stream",
                                 headers={"cache-control": "no-store", "x-accel-buffering": "no"})
    return JSONResponse(completion_body(ident, created, chat.model, "".join(pieces), prompt))


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    message = f"No such endpoint: {request.method} {request.url.path}." if exc.status_code in {404, 405} else str(
        exc.detail)
    return error_response(exc.status_code, message, code="unknown_url" if exc.status_code == 404 else None)


async def _server_error(request: Request, exc: Exception) -> Response:
    return error_response(500, f"The model failed: {type(exc).__name__}: {exc}", type="server_error")


def build_models_api() -> FastAPI:
    """The endpoint as an ASGI application of its own (errors in OpenAI's shape, also for unknown paths)."""
    api = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    api.include_router(router)
    api.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    api.add_exception_handler(Exception, _server_error)
    return api


def is_models_path(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")
