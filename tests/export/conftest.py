"""Fixtures of the export tests: a platform holding one app with data, and for each export a fresh virtual environment
with the dependencies of an exported project (installed from wheels fetched once per session)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from appforge.export.plan import plan_app
from appforge.export.render import Facts, project_files
from appforge.runtime.auth import hash_password
from appforge.runtime.platform import Platform
from appforge.settings import Settings
from tests.export.apps import spec_of

PASSWORD = "a password from appforge"


def platform_with(name: str, data_dir: Path) -> Platform:
    """A platform on SQLite with the app `name` (its seed rows), an account, and rows that account added."""
    platform = Platform(Settings(data_dir=data_dir, secret_key="test-secret"))
    spec = spec_of(name)
    platform.create_app(spec)
    records = platform.records(spec.name)
    role = spec.auth.owner_role or (spec.roles[0].name if spec.roles else None)
    records.create_user("owner@example.com", "Owner", hash_password(PASSWORD), role)
    return platform


@pytest.fixture
def tasks_platform(tmp_path: Path) -> Iterator[Platform]:
    platform = platform_with("tasks", tmp_path / "data")
    yield platform
    platform.close()


def clean_environment() -> dict[str, str]:
    """The environment for the export's own programs: nothing of appforge's virtual environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def run(command: list[str], cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=clean_environment(), capture_output=True, text=True,
                          timeout=timeout, check=False)


def _needs() -> list[str]:
    pyproject = tomllib.loads(str(project_files(plan_app(spec_of("tasks")), Facts())["pyproject.toml"]))
    project = pyproject["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"], "setuptools>=68"]


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheels of what an exported project depends on, fetched once, so that each export's fresh environment
    installs from this folder in seconds instead of from the network."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    built = run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "-w", str(folder),
                 *_needs()])
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


@pytest.fixture
def export_venv(tmp_path: Path, wheelhouse: Path) -> Path:
    """A fresh virtual environment (python3.11 -m venv) per export, with only what an exported project depends on."""
    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    installed = run([*pip, "--no-index", "--find-links", str(wheelhouse), *_needs()])
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv


def install(venv: Path, project: Path) -> None:
    """Install an export into the environment, as its README says (`pip install -e .`); its dependencies are
    already there."""
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    installed = run([*pip, "--no-deps", "--no-build-isolation", "-e", str(project)])
    assert installed.returncode == 0, installed.stdout + installed.stderr
