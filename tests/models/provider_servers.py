"""A small real HTTP server on loopback that plays a misbehaving model provider (fault injection for the router).

It speaks just enough of OpenAI's chat completion API (POST /v1/chat/completions) and Anthropic's Messages API
(POST /v1/messages) to be called by the official SDKs, and answers each request by the next entry of `script`
(the last one repeats): a good answer, a 500, a hang past the client's timeout, malformed JSON, schema-violating
JSON, operations the spec refuses, a body that is not JSON, a 500 that echoes the caller's key back, or a valid
answer with the caller's key inside an operation (`key-in-answer`). Every request is recorded (path, headers, JSON
body) so that tests can count retries and read the repair round.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from tests.runtime.servers import free_port, in_thread

# A good answer for any app: a new entity no test app has.
GOOD: dict[str, Any] = {"operations": [{"op": "add_entity", "entity": "gadget",
                                        "fields": [{"name": "name", "type": "text"}]}],
                        "note": "added gadgets"}
ANSWERS: dict[str, str] = {
    "ok": json.dumps(GOOD),
    "malformed": '{"operations": [{"op": "add_entity", "entity": ',
    "schema": json.dumps({"operations": [{"op": "add_entity", "colour": "blue"}]}),
    "shape": json.dumps({"ops": "none"}),
    "refused": json.dumps({"operations": [{"op": "remove_field", "entity": "no_such_entity", "field": "x"}]}),
}


@dataclass
class FaultServer:
    port: int
    script: list[str] = field(default_factory=lambda: ["ok"])
    hang_s: float = 5.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    stopping: bool = False

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def next_mode(self) -> str:
        index = min(len(self.requests) - 1, len(self.script) - 1)
        return self.script[index]


def _chat(content: str) -> dict[str, Any]:
    return {"id": "chatcmpl-fault", "object": "chat.completion", "created": 0, "model": "fault",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}


def _message(answer: str) -> dict[str, Any]:
    try:
        block: dict[str, Any] = {"type": "tool_use", "id": "toolu_fault", "name": "propose_operations",
                                 "input": json.loads(answer)}
    except json.JSONDecodeError:
        block = {"type": "text", "text": answer}
    return {"id": "msg_fault", "type": "message", "role": "assistant", "model": "fault", "content": [block],
            "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 5}}


def _app(state: FaultServer) -> Starlette:
    async def answer(request: Request) -> Response:
        body = json.loads(await request.body() or b"{}")
        state.requests.append({"path": request.url.path, "headers": dict(request.headers), "body": body})
        mode = state.next_mode()
        if mode == "500":
            return JSONResponse({"error": {"message": "upstream exploded", "type": "server_error"}}, 500)
        if mode == "echo-key":
            echoed = request.headers.get("authorization") or request.headers.get("x-api-key") or ""
            return JSONResponse({"error": {"message": f"bad credentials: {echoed}", "type": "server_error"}}, 500)
        if mode == "hang":
            until = time.monotonic() + state.hang_s
            while time.monotonic() < until and not state.stopping:  # let the server stop without cancelling us
                await asyncio.sleep(0.05)
            mode = "ok"
        if mode == "key-in-answer":  # a valid answer that smuggles the caller's key into the app (a label)
            echoed = request.headers.get("authorization") or request.headers.get("x-api-key") or ""
            content = json.dumps({"operations": [{"op": "add_entity", "entity": "gadget", "label": echoed,
                                                  "fields": [{"name": "name", "type": "text"}]}]})
            return JSONResponse(_message(content) if request.url.path.endswith("/messages") else _chat(content))
        if mode == "not-json":
            return PlainTextResponse("<html>502 bad gateway</html>", 200, media_type="application/json")
        content = ANSWERS[mode]
        return JSONResponse(_message(content) if request.url.path.endswith("/messages") else _chat(content))

    return Starlette(routes=[Route("/v1/chat/completions", answer, methods=["POST"]),
                             Route("/v1/messages", answer, methods=["POST"])])


@contextlib.contextmanager
def fault_server(*script: str, hang_s: float = 5.0) -> Iterator[FaultServer]:
    """Serve the fault script on a free loopback port in a thread; stop it afterwards."""
    state = FaultServer(free_port(), list(script) or ["ok"], hang_s)
    with in_thread(_app(state), state.port, timeout_graceful_shutdown=1):
        try:
            yield state
        finally:
            state.stopping = True
