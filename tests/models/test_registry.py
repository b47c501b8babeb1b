"""The registry of trained in-house models: a candidate that scores worse is refused, a promotion or a rollback
switches a running server without a restart, and a dataset carries messages and specs, never rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai import OpenAI
from typer.testing import CliRunner

from appforge.cli import app
from appforge.evaluation.candidate import score_model
from appforge.evaluation.checklist import load_base
from appforge.models import get_model
from appforge.models.inhouse import WEIGHTS_DIR, InhouseModel
from appforge.models.registry import MARGIN, SHIPPED, LiveInhouse, PromotionRefused, Registry
from appforge.settings import get_settings
from appforge.spec.operations import parse_operations
from tests.runtime.servers import serve_specs

pytestmark = pytest.mark.slow

BOARD = {"name": "board", "entities": [{"name": "note", "fields": [{"name": "title"}]}]}


@pytest.fixture(scope="module")
def weak_weights(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real model trained for a moment: it loads and answers, badly."""
    from appforge.models.inhouse.train import TrainConfig, train

    path = tmp_path_factory.mktemp("weak")
    train(TrainConfig(examples=160, epochs=1, batch=32), path)
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The platform's data dir for this test, seen by the model registry of a server started here."""
    monkeypatch.setenv("APPFORGE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    get_model.cache_clear()
    yield tmp_path
    monkeypatch.delenv("APPFORGE_DATA_DIR")
    get_settings.cache_clear()
    get_model.cache_clear()


def test_a_candidate_that_scores_worse_is_refused_promotion(data_dir: Path, weak_weights: Path) -> None:
    registry = Registry(data_dir / "models")
    shipped = registry.card(SHIPPED)
    scores = score_model(InhouseModel(weak_weights))
    assert scores["heldout"] < shipped.scores["heldout"] - MARGIN
    registry.add("weak", weak_weights, parent=SHIPPED, data={"note": "one epoch"}, scores=scores)
    with pytest.raises(PromotionRefused, match="heldout"):
        registry.promote("weak")
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), "models", "promote", "weak"])
    assert result.exit_code == 1 and "was not promoted" in result.output
    assert registry.current().name == SHIPPED
    listing = CliRunner().invoke(app, ["--data-dir", str(data_dir), "models", "list"])
    assert listing.exit_code == 0 and "weak" in listing.output and SHIPPED in listing.output


def _ask(client: OpenAI, message: str) -> list[dict]:
    answer = client.chat.completions.create(model="appforge", messages=[{"role": "user", "content": message}],
                                            extra_body={"app": load_base("salon").model_dump(mode="json")})
    return json.loads(answer.choices[0].message.content or "{}")["operations"]


def _ops(model: InhouseModel, message: str) -> list[dict]:
    return _strip([op.model_dump(mode="json") for op in model.propose(message, load_base("salon")).operations])


def test_promotion_and_rollback_switch_the_model_of_a_running_server(data_dir: Path, weak_weights: Path) -> None:
    message = "add a tip field to appointments and a colour category to services: cut, colour, styling"
    shipped_ops, weak_ops = _ops(InhouseModel(WEIGHTS_DIR), message), _ops(InhouseModel(weak_weights), message)
    assert shipped_ops != weak_ops  # otherwise the switch could not be seen
    registry = Registry(data_dir / "models")
    registry.add("weak", weak_weights, parent=SHIPPED, data={}, scores={"heldout": 0.0})
    with serve_specs([BOARD], data_dir=data_dir) as live, OpenAI(
        base_url=f"{live.base_url}/v1", api_key="unused", max_retries=0, timeout=120
    ) as client:
        assert _strip(_ask(client, message)) == _strip(shipped_ops)
        registry.promote("weak", margin=1.0)  # set-up: a model the gate would refuse, to make the switch visible
        assert _strip(_ask(client, message)) == _strip(weak_ops)
        result = CliRunner().invoke(app, ["--data-dir", str(data_dir), "models", "rollback"])
        assert result.exit_code == 0, result.output
        assert _strip(_ask(client, message)) == _strip(shipped_ops)
    assert isinstance(get_model("appforge"), LiveInhouse)


def _strip(ops: list[dict]) -> list[dict]:
    """Operations as the spec reads them, whichever way they were written (defaults spelt out or not)."""
    return [{"op": op.op, **op.model_dump(mode="json", exclude_defaults=True)} for op in parse_operations(ops)]
