"""Any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, LM Studio, llama.cpp's server, OpenRouter, appforge's
own /v1) through the official `openai` SDK.

The request: the operations language as a system message, the app as it stands as a second system message that is
the spec JSON alone (appforge's own endpoint reads it as the app), the person's message as the user message, and
`response_format` json_schema with the answer's schema (non-strict: the operation schema has optional keys, which
strict mode forbids; servers that ignore response_format still get the instructions). The SDK's own retries are
off: the router retries, with its own backoff, and knows when to give up and fall back.
"""

from __future__ import annotations

import logging
from typing import Any

import openai

from appforge.models.prompting import answer_json_schema, spec_message, system_prompt
from appforge.models.providers import ProviderError, SDKProvider, provider_kind
from appforge.settings import ProviderConfig, Settings
from appforge.spec.model import AppSpec

logger = logging.getLogger(__name__)

# Local servers (Ollama, vLLM, llama.cpp) want no key, but the SDK refuses to start without one.
NO_KEY = "not-needed"


class OpenAICompatibleModel(SDKProvider):
    """A Model backed by a chat completion endpoint; see the module docstring for the request it sends."""

    def __init__(self, config: ProviderConfig, settings: Settings) -> None:
        super().__init__(config, settings)
        key = config.api_key.get_secret_value() if config.api_key else NO_KEY
        self._client = openai.OpenAI(base_url=config.base_url, api_key=key, timeout=self.timeout, max_retries=0)

    def _round_trip(self, turns: list[tuple[str, str]], base: AppSpec | None, usage: dict[str, int]) -> str | None:
        messages: list[Any] = [{"role": "system", "content": system_prompt()}]
        spec = spec_message(base)
        if spec is not None:
            messages.append({"role": "system", "content": spec})
        else:
            messages.append({"role": "system", "content": "There is no app yet: build a new one."})
        messages += [{"role": role, "content": text} for role, text in turns]
        response_format: Any = {"type": "json_schema", "json_schema": {
            "name": "operations", "schema": answer_json_schema(), "strict": False}}
        try:
            completion = self._client.chat.completions.create(
                model=self.config.model, messages=messages, response_format=response_format, temperature=0)
        except (ValueError, openai.OpenAIError) as exc:
            raise self._failure(exc, openai) from None
        try:
            counted = getattr(completion, "usage", None)
            if counted is not None:
                self.count_usage(usage, getattr(counted, "prompt_tokens", 0), getattr(counted, "completion_tokens", 0))
            choices = completion.choices
            return choices[0].message.content if choices else None
        except (AttributeError, IndexError, TypeError, ValueError) as exc:  # a 200 that is not a chat completion
            raise ProviderError(self._safe(f"{self.name}: the response is not a chat completion ({exc})"[:400]),
                                transient=False) from None


@provider_kind("openai")
def openai_compatible(config: ProviderConfig, settings: Settings) -> OpenAICompatibleModel:
    """Factory for kind "openai" (OpenAI itself, or any server that speaks its chat completion API)."""
    return OpenAICompatibleModel(config, settings)


provider_kind("openai-compatible")(openai_compatible)
