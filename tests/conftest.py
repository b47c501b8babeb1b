"""Shared fixtures: `backend` is a real Platform on SQLite files or on the local PostgreSQL (one schema per app)."""

from __future__ import annotations

import copy
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from appforge.runtime.platform import AppNotFound, Platform
from appforge.settings import Settings
from appforge.spec.model import AppSpec

PG_URL = os.environ.get("APPFORGE_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_problem() -> str | None:
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - any failure means no PostgreSQL here
        return f"PostgreSQL at {PG_URL} is not reachable: {exc}"
    return None


class TestPlatform(Platform):
    """A Platform that names test apps with a random suffix (runs sharing PostgreSQL never collide) and
    deletes them afterwards."""

    __test__ = False

    def __init__(self, settings: Settings, kind: str) -> None:
        super().__init__(settings)
        self.kind = kind
        self.suffix = secrets.token_hex(3)
        self.made: list[str] = []

    def unique(self, name: str) -> str:
        return re.sub(r"-+$", "", f"{name[:30]}-{self.suffix}")

    def new_app(self, data: dict[str, Any], **kwargs: Any) -> str:
        """Create an app from a spec dict (renamed uniquely); returns its real name."""
        data = copy.deepcopy(data)
        data["name"] = self.unique(data["name"])
        self.made.append(data["name"])
        self.create_app(AppSpec.model_validate(data), **kwargs)
        return data["name"]

    def cleanup(self) -> None:
        for name in self.made:
            try:
                self.delete_app(name)
            except AppNotFound:
                pass
        self.close()


def make_platform(kind: str, data_dir: Path) -> TestPlatform:
    url = None
    if kind == "postgresql":
        problem = _pg_problem()
        if problem:
            (pytest.fail if os.environ.get("CI") else pytest.skip)(problem)
        url = PG_URL
    return TestPlatform(Settings(data_dir=data_dir, database_url=url, secret_key="test-secret"), kind)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestPlatform]:
    platform = make_platform(request.param, tmp_path / "data")
    try:
        yield platform
    finally:
        platform.cleanup()
