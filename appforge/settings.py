"""Settings of the platform, read once from the environment (prefix APPFORGE_, plus the usual DATABASE_URL)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class ProviderConfig(BaseModel):
    """One external model (appforge.models.providers): which adapter, where, which model and the key.

    The key is a SecretStr so that a repr, a log line or a dump of the settings shows '**********', never the key.
    """

    name: str
    kind: str = "openai"  # "openai" (any OpenAI-compatible endpoint) or "anthropic"; plugins add more
    base_url: str | None = None
    model: str
    api_key: SecretStr | None = None
    timeout: float | None = None  # seconds per request; None: Settings.provider_timeout
    # What the provider charges per million prompt (input) and completion (output) tokens, in any one currency;
    # unset: the cost of a generation is unknown (None), not zero.
    price_in: float | None = Field(default=None, ge=0)
    price_out: float | None = Field(default=None, ge=0)

    def cost(self, usage: Mapping[str, int]) -> float | None:
        """What a call that used these tokens cost; None without a price or without token counts. With one of the
        two prices set, the other kind of token counts as free."""
        if (self.price_in is None and self.price_out is None) or not usage:
            return None
        prompt, completion = usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)
        return (prompt * (self.price_in or 0.0) + completion * (self.price_out or 0.0)) / 1_000_000


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APPFORGE_", extra="ignore")

    data_dir: Path = Path("data")
    # Unset: one SQLite file per app under data_dir. postgresql://...: one schema per app in that database.
    database_url: str | None = Field(default=None, validation_alias=AliasChoices("DATABASE_URL", "APPFORGE_DATABASE_URL"))
    host: str = "127.0.0.1"
    port: int = 8000
    # Apps are served on http://<app>.<base_domain>:<port>; the studio on the bare host.
    base_domain: str = "localhost"
    secret_key: str | None = None
    examples_dir: Path = REPO_ROOT / "examples"
    # The models on an OpenAI-compatible endpoint at http://<host>:<port>/v1 (the bare host only, never an app's).
    serve_models: bool = True

    # --- models and providers (appforge.models.providers, appforge.models.router) ---
    # The model used when neither the request nor the app names one.
    model: str = "appforge"
    # Per app choice of model: {"salon": "gpt"} (env: APPFORGE_APP_MODELS='{"salon": "gpt"}').
    app_models: dict[str, str] = Field(default_factory=dict)
    # Named external models (env: APPFORGE_PROVIDERS='[{"name": "gpt", "kind": "openai", "model": "gpt-4o-mini",
    # "api_key": "sk-..."}]').
    providers: list[ProviderConfig] = Field(default_factory=list)
    # One provider in plain variables: APPFORGE_PROVIDER_MODEL (set it to enable), _KIND, _BASE_URL, _API_KEY, _NAME,
    # and its prices per million tokens _PRICE_IN (prompt) and _PRICE_OUT (completion).
    provider_name: str = "provider"
    provider_kind: str = "openai"
    provider_base_url: str | None = None
    provider_model: str | None = None
    provider_api_key: SecretStr | None = None
    provider_price_in: float | None = None
    provider_price_out: float | None = None
    # Seconds per provider request; retries of transient failures (5xx, timeouts, connection errors) and the first
    # backoff in seconds (doubled at each retry), before the router falls back to the in-house model.
    provider_timeout: float = 60.0
    provider_retries: int = 2
    provider_backoff: float = 0.5

    def provider_configs(self) -> list[ProviderConfig]:
        """Every configured provider: the named list, plus the one from the plain APPFORGE_PROVIDER_* variables."""
        configs = list(self.providers)
        if self.provider_model:
            configs.append(ProviderConfig(name=self.provider_name, kind=self.provider_kind,
                                          base_url=self.provider_base_url, model=self.provider_model,
                                          api_key=self.provider_api_key, price_in=self.provider_price_in,
                                          price_out=self.provider_price_out))
        return configs

    def secret(self) -> str:
        """The signing secret: from the environment, else created once and kept in the data folder."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()

    def app_origin(self, app: str) -> str:
        return f"http://{app}.{self.base_domain}:{self.port}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
