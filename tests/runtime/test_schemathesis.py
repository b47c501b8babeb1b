"""Property-based API tests: for every example app (every spec file in examples/; a spec with every field type until
there are some), a real server, a signed-up user with an API token, and schemathesis generating requests from the
app's own OpenAPI. No request may cause a server error, and every response must match the schema it declares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from tests.runtime.servers import SHOP, api_token, example_specs, serve_specs, sign_up

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

MAX_EXAMPLES = 6
# Valid requests (must succeed or be refused as documented) and invalid ones (must be refused with a 4xx).
MODES = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
SPECS: list[Any] = example_specs() or [SHOP]


def _id(spec: Any) -> str:
    return spec.stem if isinstance(spec, Path) else spec["name"]


@pytest.mark.parametrize("spec", SPECS, ids=[_id(s) for s in SPECS])
def test_generated_requests_never_break_the_api(spec: Any, tmp_path: Path) -> None:
    from appforge.runtime.server import create_server  # noqa: F401 - fail early with a clear import error

    with serve_specs([spec], data_dir=tmp_path) as server:
        original = next(iter(server.names))
        with server.client(original) as browser:
            assert sign_up(browser, "fuzz@example.com").status_code == 303
        token = api_token(server, original, "fuzz@example.com")
        headers = {"Authorization": f"Bearer {token}", "Host": server.host(original)}
        schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json", headers=headers)
        checks = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
        failures: list[str] = []
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in MODES:

                @given(case=operation.as_strategy(generation_mode=mode))
                @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                def run(case: Any) -> None:
                    case.call_and_validate(base_url=server.base_url, headers=headers, checks=checks)

                try:
                    run()
                except Unsatisfiable:
                    continue  # no invalid request exists (an endpoint without parameters)
                except Exception as exc:  # noqa: BLE001 - gather every failure, then report them all
                    failures.append(f"{operation.method.upper()} {operation.path} ({mode.value}): {exc}")
        assert not failures, "\n\n".join(failures)
