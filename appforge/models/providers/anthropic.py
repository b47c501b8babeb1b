"""Anthropic's models through the official `anthropic` SDK.

Structured output is a forced tool call: one tool, `propose_operations`, whose input schema is the answer's JSON
Schema, and `tool_choice` naming it, so the answer arrives as the tool's parsed input. Should a model answer in text
anyway, the text is read as JSON. The system text carries the operations language and the app as it stands. The
SDK's own retries are off: the router retries with its backoff and then falls back.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

import anthropic as anthropic_sdk

from appforge.models import Proposal
from appforge.models.prompting import answer_json_schema, app_context, propose_with_repair, system_prompt
from appforge.models.providers import ProviderError, provider_kind, redact
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec

logger = logging.getLogger(__name__)

TOOL = "propose_operations"
MAX_TOKENS = 8192


class AnthropicModel:
    """A Model backed by Anthropic's Messages API; see the module docstring for the request it sends."""

    def __init__(self, config: ProviderConfig, settings: Settings) -> None:
        self.name = config.name
        self.config = config
        self.timeout = config.timeout or settings.provider_timeout
        key = config.api_key.get_secret_value() if config.api_key else None
        self._client = anthropic_sdk.Anthropic(api_key=key, base_url=config.base_url, timeout=self.timeout,
                                               max_retries=0)
        self.usage: dict[str, int] = {}

    def __repr__(self) -> str:  # the client holds the key: never show it
        return f"AnthropicModel(name={self.name!r}, model={self.config.model!r}, base_url={self.config.base_url!r})"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        """Operations for `message`, checked against `base`, with one repair round (prompting.propose_with_repair)."""
        started = time.perf_counter()
        self.usage = {}
        proposal = propose_with_repair(self.name, message, base, lambda turns: self._round_trip(turns, base))
        proposal.timings["provider_s"] = time.perf_counter() - started
        return proposal

    def _round_trip(self, turns: list[tuple[str, str]], base: AppSpec | None) -> str | dict[str, Any] | None:
        tool: Any = {"name": TOOL, "description": "Propose the operations that make the app what the person asked for.",
                     "input_schema": answer_json_schema()}
        messages: Any = [{"role": role, "content": text} for role, text in turns]
        try:
            reply = self._client.messages.create(
                model=self.config.model, max_tokens=MAX_TOKENS, system=system_prompt() + "\n" + app_context(base),
                messages=messages, tools=[tool], tool_choice={"type": "tool", "name": TOOL})
        except anthropic_sdk.APITimeoutError:
            raise ProviderError(f"{self.name}: no answer within {self.timeout:g} s", transient=True) from None
        except anthropic_sdk.APIConnectionError as exc:
            raise ProviderError(self._safe(f"{self.name}: cannot connect: {exc}"), transient=True) from None
        except anthropic_sdk.APIStatusError as exc:
            status = exc.status_code
            detail = self._safe(f"{self.name}: HTTP {status}: {_server_words(str(exc.message))}")
            raise ProviderError(detail, transient=status >= 500 or status == 429) from None
        except ValueError as exc:  # the SDK's own JSON decoding of a body that is not JSON
            raise ProviderError(self._safe(f"{self.name}: the response body is not JSON ({exc})"[:400]),
                                transient=False) from None
        except anthropic_sdk.AnthropicError as exc:
            raise ProviderError(self._safe(f"{self.name}: unusable response: {type(exc).__name__}: {exc}"[:400]),
                                transient=False) from None
        try:
            usage = getattr(reply, "usage", None)
            if usage is not None:
                for ours, theirs in (("prompt_tokens", "input_tokens"), ("completion_tokens", "output_tokens")):
                    self.usage[ours] = self.usage.get(ours, 0) + int(getattr(usage, theirs, 0) or 0)
            texts = []
            for block in reply.content:
                if block.type == "tool_use" and block.name == TOOL:
                    return block.input if isinstance(block.input, dict) else None
                if block.type == "text":
                    texts.append(block.text)
            return "".join(texts) or None
        except (AttributeError, TypeError, ValueError) as exc:  # a 200 that is not a Messages answer
            raise ProviderError(self._safe(f"{self.name}: the response is not a message ({exc})"[:400]),
                                transient=False) from None

    def _safe(self, text: str) -> str:
        return redact(text, self.config.api_key)


def _server_words(message: str) -> str:
    """The server's own message, without the SDK's "Error code: 500 - " prefix, cut to a readable length."""
    return re.sub(r"^Error code: \d+ - ", "", message)[:300]


@provider_kind("anthropic")
def anthropic(config: ProviderConfig, settings: Settings) -> AnthropicModel:
    """Factory for kind "anthropic"."""
    return AnthropicModel(config, settings)
