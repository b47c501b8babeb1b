"""Running models over benchmark cases: scores in range, every answer applies, faulty models cost only their cases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appforge.cli import app
from appforge.evaluation.checklist import load_cases
from appforge.evaluation.report import write_report
from appforge.evaluation.run import evaluate, percentile, select_cases
from appforge.models import MODELS, Proposal, get_model, register
from appforge.spec.model import AppSpec

DEV = load_cases(split="dev")


def few(n: int = 4) -> list:
    return select_cases(DEV, limit=n)


def _appforge_loads() -> bool:
    try:
        get_model("appforge")
    except Exception:  # noqa: BLE001 - the in-house model is optional here
        return False
    return True


MODEL_NAMES = ["keyword-rules", "nearest-blueprint"]
if _appforge_loads():
    MODEL_NAMES.append("appforge")


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_models_answer_with_valid_specs_and_scores_in_range(name: str) -> None:
    cases = few()
    result = evaluate(name, cases)
    assert result.error is None
    assert len(result.runs) == len(cases)
    for run in result.runs:
        assert 0.0 <= run.score.score <= 1.0
        assert run.valid, (run.score.id, run.error)
        assert run.latency_ms >= 0
    assert result.valid_rate == 1.0
    assert result.load_s >= 0 and result.peak_rss_mb > 0
    assert 0.0 <= (result.mean() or 0.0) <= 1.0


class _Faulty:
    """A test-only model that injects faults: it raises, or proposes operations that do not apply."""

    name = "test-faulty"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        if len(message) % 2:
            raise RuntimeError("injected fault")
        # Refers to an entity that no app has: apply_operations refuses the whole batch.
        from appforge.spec.operations import parse_operations

        ops = parse_operations([{"op": "add_field", "entity": "no_such_entity", "field": {"name": "x"}}])
        return Proposal(operations=ops, model=self.name)


class _Garbage:
    """A test-only model whose answer is not a Proposal at all."""

    name = "test-garbage"

    def propose(self, message: str, base: AppSpec | None = None) -> object:
        return {"operations": "not a list"}


@pytest.fixture
def faulty_models() -> Iterator[None]:
    register("test-faulty")(_Faulty)
    register("test-garbage")(_Garbage)
    yield
    for name in ("test-faulty", "test-garbage"):
        MODELS.pop(name, None)
    get_model.cache_clear()


@pytest.mark.usefixtures("faulty_models")
@pytest.mark.parametrize("name", ["test-faulty", "test-garbage"])
def test_a_faulty_model_scores_zero_and_the_run_goes_on(name: str) -> None:
    cases = few(3)
    result = evaluate(name, cases)
    assert len(result.runs) == len(cases)
    for run in result.runs:
        assert not run.valid and run.error
        assert run.score.score == 0.0
        assert all(c.reason == "no valid spec was produced" for c in run.score.results)
    assert result.valid_rate == 0.0


def test_a_model_that_does_not_exist_is_reported_not_raised() -> None:
    result = evaluate("no-such-model", few(1))
    assert result.error and "no-such-model" in result.error
    assert all(not r.valid and r.score.score == 0.0 for r in result.runs)


def test_limit_takes_both_kinds() -> None:
    chosen = select_cases(DEV, split="dev", kind="all", limit=2)
    assert [c.kind for c in chosen] == ["create", "create", "edit", "edit"]
    assert all(c.split == "dev" for c in select_cases(load_cases(), split="dev"))


def test_percentile() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5


def test_report_files(tmp_path: Path) -> None:
    result = evaluate("keyword-rules", few(2))
    written = write_report([result], tmp_path, {"split": "dev", "kind": "all", "cases": 4}, say=lambda _: None)
    assert "keyword-rules" in written["md"].read_text()
    data = json.loads(written["json"].read_text())
    assert data["models"][0]["model"] == "keyword-rules" and len(data["models"][0]["runs"]) == 4


def test_cli_eval_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "tmp"
    result = CliRunner().invoke(app, ["eval", "--model", "keyword-rules", "--limit", "5", "--split", "dev",
                                      "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "keyword-rules" in result.output
    report = (out / "report.md").read_text()
    assert "| keyword-rules |" in report
    assert json.loads((out / "report.json").read_text())["models"][0]["model"] == "keyword-rules"
    pytest.importorskip("matplotlib")
    assert (out / "report.png").stat().st_size > 0


def test_cli_eval_scores_another_set_of_cases_and_names_a_missing_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--model", "keyword-rules", "--cases", "benchmarks/model/requests",
                                      "--split", "heldout", "--out", str(tmp_path / "r")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r" / "report.json").read_text())
    assert data["meta"]["cases"] == 200 and all(r["id"] >= "create-9171" for r in data["models"][0]["runs"])
    missing = CliRunner().invoke(app, ["eval", "--cases", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output


def test_cli_eval_refuses_an_unknown_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--model", "nope", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "no model named 'nope'" in result.output


def test_cli_eval_scores_a_configured_provider_beside_appforge(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Any configured provider is scored on the same cases: here an OpenAI-compatible provider pointed at appforge's
    own /v1 endpoint on loopback (serving keyword-rules), so its scores must equal keyword-rules' own."""
    from appforge.models.providers import register_configured
    from appforge.settings import Settings
    from tests.runtime.servers import serve_specs

    key = "sk-eval-provider-key-0123456789abcdef"
    out = tmp_path / "report"
    with serve_specs([], data_dir=tmp_path / "endpoint") as live:
        monkeypatch.setenv("APPFORGE_PROVIDER_NAME", "own-endpoint")
        monkeypatch.setenv("APPFORGE_PROVIDER_MODEL", "keyword-rules")
        monkeypatch.setenv("APPFORGE_PROVIDER_BASE_URL", f"{live.base_url}/v1")
        monkeypatch.setenv("APPFORGE_PROVIDER_API_KEY", key)
        try:
            result = CliRunner().invoke(app, [
                "eval", "--model", "appforge", "--model", "own-endpoint", "--model", "keyword-rules",
                "--limit", "2", "--split", "dev", "--out", str(out)], catch_exceptions=False)
        finally:
            register_configured(Settings(providers=[], provider_model=None))
    assert result.exit_code == 0, result.output
    report = (out / "report.md").read_text()
    assert "| own-endpoint |" in report and "| appforge" in report
    models = {m["model"]: m for m in json.loads((out / "report.json").read_text())["models"]}
    assert list(models) == ["appforge", "own-endpoint", "keyword-rules"]
    provider, direct = models["own-endpoint"], models["keyword-rules"]
    assert provider["error"] is None and provider["cases"] == 4
    assert provider["valid_rate"] == direct["valid_rate"] > 0
    assert [(r["id"], r["score"]) for r in provider["runs"]] == [(r["id"], r["score"]) for r in direct["runs"]]
    assert key not in report and key not in (out / "report.json").read_text() and key not in result.output
