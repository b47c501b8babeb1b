"""Settings of the platform, read once from the environment (prefix APPFORGE_, plus the usual DATABASE_URL)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


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
