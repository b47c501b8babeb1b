"""Anthropic's models through the official `anthropic` SDK.

Structured output is a forced tool call: one tool, `propose_operations`, whose input schema is the answer's JSON
Schema, and `tool_choice` naming it, so the answer arrives as the tool's parsed input. Should a model answer in text
anyway, the text is read as JSON. The system text carries the operations language and the app as it stands. The
SDK's own retries are off: the router retries with its backoff and then falls back.
"""

from __future__ import annotations

import logging
from typing import Any

import anthropic as anthropic_sdk

from appforge.models.prompting import answer_json_schema, app_context, system_prompt
from appforge.models.providers import ProviderError, SDKProvider, provider_kind
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec

logger = logging.getLogger(__name__)

TOOL = "propose_operations"
MAX_TOKENS = 8192


class AnthropicModel(SDKProvider):
    """A Model backed by Anthropic's Messages API; see the module docstring for the request it sends."""

    def __init__(self, config: ProviderConfig, settings: Settings) -> None:
        super().__init__(config, settings)
        key = config.api_key.get_secret_value() if config.api_key else None
        self._client = anthropic_sdk.Anthropic(api_key=key, base_url=config.base_url, timeout=self.timeout,
                                               max_retries=0)

    def _round_trip(self, turns: list[tuple[str, str]], base: AppSpec | None,
                    usage: dict[str, int]) -> str | dict[str, Any] | None:
        tool: Any = {"name": TOOL, "description": "Propose the operations that make the app what the person asked for.",
                     "input_schema": answer_json_schema()}
        messages: Any = [{"role": role, "content": text} for role, text in turns]
        try:
            reply = self._client.messages.create(
                model=self.config.model, max_tokens=MAX_TOKENS, system=system_prompt() + "\n" + app_context(base),
                messages=messages, tools=[tool], tool_choice={"type": "tool", "name": TOOL})
        except (ValueError, anthropic_sdk.AnthropicError) as exc:
            raise self._failure(exc, anthropic_sdk) from None
        try:
            counted = getattr(reply, "usage", None)
            if counted is not None:
                self.count_usage(usage, getattr(counted, "input_tokens", 0), getattr(counted, "output_tokens", 0))
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


@provider_kind("anthropic")
def anthropic(config: ProviderConfig, settings: Settings) -> AnthropicModel:
    """Factory for kind "anthropic"."""
    return AnthropicModel(config, settings)
