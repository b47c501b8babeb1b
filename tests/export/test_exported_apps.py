"""Each exported app in a fresh virtual environment: installed as its README says, its own test suite passes, and
it serves what appforge held. Slow (a virtual environment, a few test suites, servers); `make test` runs them."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from appforge.export import export_app
from appforge.runtime.auth import hash_password
from appforge.runtime.platform import Platform
from appforge.settings import Settings
from appforge.spec.model import AppSpec
from tests.export.apps import BLUEPRINTS, EXAMPLES
from tests.export.conftest import PASSWORD, clean_environment, install, platform_with, run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", [*EXAMPLES, *BLUEPRINTS, "nasty-names"])
def test_an_export_passes_its_own_test_suite(name: str, export_venv: Path, tmp_path: Path) -> None:
    platform = platform_with(name, tmp_path / "appforge")
    try:
        project = export_app(platform, platform.list_apps()[0].name, tmp_path / "export")
    finally:
        platform.close()
    install(export_venv, project)
    result = run([str(export_venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(venv: Path, project: Path) -> Iterator[str]:
    """The exported app served by uvicorn from its own environment, on a loopback port."""
    port = free_port()
    env = clean_environment() | {"DATA_DIR": str(project / "data"), "SECRET_KEY": "round trip"}
    server = subprocess.Popen(
        [str(venv / "bin" / "python"), "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/auth/signin", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read().decode() if server.stdout else ""
                    raise AssertionError(f"the exported app did not start:\n{output}") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_rows_go_both_ways_and_survive_a_restart(export_venv: Path, tmp_path: Path) -> None:
    platform = platform_with("tasks", tmp_path / "appforge")
    records = platform.records("tasks")
    owner = records.user_by_email("owner@example.com")
    assert owner is not None
    made = records.create("project", {"name": "Made in appforge", "code": "MIA"}, user_id=owner["id"])
    records.create("task", {"title": "Carry me over", "project": made["id"]}, user_id=owner["id"])
    try:
        project = export_app(platform, "tasks", tmp_path / "export")
    finally:
        platform.close()
    install(export_venv, project)
    migrated = run([str(export_venv / "bin" / "alembic"), "upgrade", "head"], cwd=project)
    assert migrated.returncode == 0, migrated.stderr

    with serving(export_venv, project) as url:
        token = httpx.post(f"{url}/api/auth/token", json={"email": "owner@example.com", "password": PASSWORD})
        assert token.status_code == 200, token.text  # the password set in appforge signs in
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        projects = httpx.get(f"{url}/api/project", params={"page_size": 500}, headers=headers).json()
        assert "Made in appforge" in [p["name"] for p in projects["rows"]]
        tasks = httpx.get(f"{url}/api/task", params={"q": "Carry me over"}, headers=headers).json()
        assert [t["project"] for t in tasks["rows"]] == [made["id"]]
        added = httpx.post(f"{url}/api/task", json={"title": "Made in the export", "project": made["id"]},
                           headers=headers)
        assert added.status_code == 201, added.text

    with serving(export_venv, project) as url:
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        found = httpx.get(f"{url}/api/task/{added.json()['id']}", headers=headers)
        assert found.status_code == 200
        assert found.json()["title"] == "Made in the export"
    assert os.path.getsize(project / "data" / "app.sqlite3") > 0


VAULT = {
    "name": "vault", "title": "Vault",
    "roles": [{"name": "admin"}, {"name": "member"}],
    "auth": {"access": "signin", "signup": True, "owner_role": "admin", "default_role": "member"},
    "entities": [
        {"name": "secret", "fields": [{"name": "title", "required": True}]},
        {"name": "memo", "fields": [{"name": "title", "required": True},
                                    {"name": "secret", "type": "reference", "target": "secret"}]},
    ],
    "permissions": [{"entity": "secret", "action": "read", "roles": ["admin"]}],
}


def test_an_exported_page_names_a_linked_row_only_to_those_who_may_read_it(export_venv: Path, tmp_path: Path) -> None:
    """A member reads a memo that points at an admins-only secret: the memo shows, the secret's title does not, on
    its page, in the list or in the form's picker; the admin sees it."""
    platform = Platform(Settings(data_dir=tmp_path / "appforge", secret_key="test-secret"))
    try:
        platform.create_app(AppSpec.model_validate(VAULT))
        records = platform.records("vault")
        admin = records.create_user("admin@example.com", "Admin", hash_password(PASSWORD), "admin")
        records.create_user("mia@example.com", "Mia", hash_password(PASSWORD), "member")
        secret = records.create("secret", {"title": "launch plan zeta"}, user_id=admin["id"])
        memo = records.create("memo", {"title": "read me", "secret": secret["id"]}, user_id=admin["id"])
        project = export_app(platform, "vault", tmp_path / "export")
    finally:
        platform.close()
    install(export_venv, project)
    assert run([str(export_venv / "bin" / "alembic"), "upgrade", "head"], cwd=project).returncode == 0

    @contextmanager
    def signed_in(url: str, email: str) -> Iterator[httpx.Client]:
        with httpx.Client(base_url=url, timeout=30) as client:
            page = client.get("/auth/signin").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page)
            assert token is not None
            response = client.post("/auth/signin", data={"csrf_token": token.group(1), "email": email,
                                                         "password": PASSWORD})
            assert response.status_code in (200, 303), response.text[:300]
            yield client

    with serving(export_venv, project) as url:
        with signed_in(url, "mia@example.com") as mia:
            for path in (f"/e/memo/{memo['id']}", "/e/memo", "/e/memo/new"):
                page = mia.get(path)
                assert page.status_code == 200, path
                assert "launch plan zeta" not in page.text, path
            assert "read me" in mia.get("/e/memo").text
        with signed_in(url, "admin@example.com") as admin_client:
            assert "launch plan zeta" in admin_client.get(f"/e/memo/{memo['id']}").text
