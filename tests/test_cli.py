"""The `appforge` command as a person uses it: real commands on a fresh data folder, output read as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appforge.cli import app
from appforge.examples import read_example
from appforge.settings import Settings
from appforge.spec.model import AppSpec

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
HAS_PLATFORM = (REPO / "appforge" / "runtime" / "platform.py").exists()
needs_platform = pytest.mark.skipif(not HAS_PLATFORM, reason="appforge/runtime/platform.py is not written yet")

runner = CliRunner()


def appforge(data_dir: Path, *args: str):
    result = runner.invoke(app, ["--data-dir", str(data_dir), *args], catch_exceptions=False)
    assert "Traceback" not in result.output, result.output
    return result


def settings_for(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, database_url=None, secret_key="test-secret-" + "x" * 32)


def make_platform(data_dir: Path):
    from appforge.runtime.platform import Platform

    return Platform(settings_for(data_dir))


def close(platform) -> None:
    done = getattr(platform, "close", None) or getattr(platform, "dispose", None)
    if callable(done):
        done()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def tasks_app(data_dir: Path) -> Path:
    """A data folder holding the tasks example at version 1."""
    platform = make_platform(data_dir)
    platform.create_app(read_example(EXAMPLES / "tasks.json"), message="example")
    close(platform)
    return data_dir


def current_number(data_dir: Path, name: str) -> int:
    platform = make_platform(data_dir)
    try:
        return platform.current(name).number
    finally:
        close(platform)


# --- spec validate ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_validate_says_ok_with_a_summary_for_every_example(data_dir: Path, path: Path) -> None:
    result = appforge(data_dir, "spec", "validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK ")
    assert "entities" in result.output and "views" in result.output and "seed rows" in result.output


def test_validate_lists_every_problem_with_where_it_is(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "name": "Bad Name",
        "entities": [{"name": "task", "fields": [{"name": "status", "type": "choice"},
                                                 {"name": "owner", "type": "reference", "target": "person"}]}],
        "nav": ["board"],
    }))
    result = appforge(data_dir, "spec", "validate", str(bad))
    assert result.exit_code == 1
    assert "3 problems" in result.output or "4 problems" in result.output
    assert "app name 'Bad Name' must be lower case" in result.output
    assert "entity 'task', field 'status': a choice field needs at least one option" in result.output
    assert "entity 'task', field 'owner': target 'person' is not an entity of this app" in result.output
    assert "nav: there is no view 'board'" in result.output


def test_validate_names_the_place_of_a_wrong_type(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "typo.json"
    bad.write_text(json.dumps({"name": "shop", "entities": [{"name": "product", "fields": [
        {"name": "price", "type": "monye"}]}], "colour": "red"}))
    result = appforge(data_dir, "spec", "validate", str(bad))
    assert result.exit_code == 1
    assert "entities['product'].fields['price'].type" in result.output
    assert "colour: Extra inputs are not permitted" in result.output


@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.json", '{"name": "shop",', "not valid JSON"),
    ("list.json", "[1, 2]", "a spec is a JSON object"),
    ("spec.yaml", "name: shop", "use .json or .app"),
])
def test_validate_refuses_unreadable_files_in_one_line(data_dir: Path, tmp_path: Path, name: str, content: str,
                                                        message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    result = appforge(data_dir, "spec", "validate", str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_validate_a_missing_file(data_dir: Path, tmp_path: Path) -> None:
    result = appforge(data_dir, "spec", "validate", str(tmp_path / "nowhere.json"))
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_spec_schema_is_json_schema_of_a_spec(data_dir: Path) -> None:
    result = appforge(data_dir, "spec", "schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"name", "entities", "views", "permissions", "seed"} <= set(schema["properties"])


# --- apps, apply, versions, rollback, show ----------------------------------------------------------------------------


@needs_platform
def test_apps_list_shows_every_example_with_its_address(data_dir: Path) -> None:
    from appforge.examples import load_examples

    settings = settings_for(data_dir)
    platform = make_platform(data_dir)
    created = load_examples(platform, settings)
    close(platform)
    assert sorted(created) == sorted(read_example(p).name for p in EXAMPLES.glob("*.json"))
    result = appforge(data_dir, "apps", "list")
    assert result.exit_code == 0, result.output
    for name in created:
        assert name in result.output
        assert f"http://{name}.localhost:8000/" in result.output
    assert "Bloom Hair Studio" in result.output


@needs_platform
def test_apps_list_on_an_empty_platform(data_dir: Path) -> None:
    result = appforge(data_dir, "apps", "list")
    assert result.exit_code == 0
    assert "No apps yet" in result.output


@needs_platform
def test_apply_makes_a_new_version_and_says_what_changed(tasks_app: Path, tmp_path: Path) -> None:
    ops = tmp_path / "ops.json"
    ops.write_text(json.dumps([
        {"op": "add_field", "entity": "task", "field": {"name": "story_points", "type": "integer", "min": 0}},
        {"op": "add_option", "entity": "task", "field": "priority", "value": "Someday", "color": "#a3a3a3"},
    ]))
    result = appforge(tasks_app, "apply", "tasks", str(ops))
    assert result.exit_code == 0, result.output
    assert "tasks is now at version 2" in result.output
    assert "added field Story points (integer) to task" in result.output
    assert "added option 'Someday' to task.priority" in result.output
    assert current_number(tasks_app, "tasks") == 2


@needs_platform
@pytest.mark.parametrize(("ops", "message"), [
    ([{"op": "add_field", "entity": "task", "field": {"name": "x", "type": "integer"}},
      {"op": "remove_field", "entity": "ticket", "field": "title"}], "operation 2 (remove_field)"),
    ([{"op": "launch_rockets"}], "operation 1 (launch_rockets): unknown operation"),
    ({"op": "add_field"}, "operation 1 (add_field)"),
])
def test_a_refused_apply_changes_nothing_and_says_where(tasks_app: Path, tmp_path: Path, ops, message: str) -> None:
    path = tmp_path / "ops.json"
    path.write_text(json.dumps(ops))
    result = appforge(tasks_app, "apply", "tasks", str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert current_number(tasks_app, "tasks") == 1


@needs_platform
def test_apply_to_an_unknown_app_or_from_broken_json(tasks_app: Path, tmp_path: Path) -> None:
    path = tmp_path / "ops.json"
    path.write_text("[{")
    broken = appforge(tasks_app, "apply", "tasks", str(path))
    assert broken.exit_code == 1 and "not valid JSON" in broken.output
    path.write_text("[]")
    empty = appforge(tasks_app, "apply", "tasks", str(path))
    assert empty.exit_code == 1 and "empty" in empty.output
    path.write_text(json.dumps([{"op": "set_app", "title": "X"}]))
    unknown = appforge(tasks_app, "apply", "shop", str(path))
    assert unknown.exit_code == 1 and "no app 'shop'" in unknown.output and "tasks" in unknown.output
    assert current_number(tasks_app, "tasks") == 1


@needs_platform
def test_versions_and_rollback(tasks_app: Path, tmp_path: Path) -> None:
    ops = tmp_path / "ops.json"
    ops.write_text(json.dumps([{"op": "set_app", "title": "Team Tasks Deluxe"}]))
    assert appforge(tasks_app, "apply", "tasks", str(ops)).exit_code == 0

    listed = appforge(tasks_app, "versions", "tasks")
    assert listed.exit_code == 0, listed.output
    assert "2 (current)" in listed.output
    assert "appforge apply ops.json" in listed.output

    back = appforge(tasks_app, "rollback", "tasks", "1")
    assert back.exit_code == 0, back.output
    assert "tasks is back at the spec of version 1" in back.output and "version 3" in back.output
    platform = make_platform(tasks_app)
    try:
        assert platform.current("tasks").number == 3
        assert platform.current("tasks").spec.title == "Team Tasks"
    finally:
        close(platform)

    missing = appforge(tasks_app, "rollback", "tasks", "9")
    assert missing.exit_code == 1 and "has no version 9" in missing.output


@needs_platform
def test_spec_show_json_round_trips(tasks_app: Path, tmp_path: Path) -> None:
    result = appforge(tasks_app, "spec", "show", "tasks", "--json")
    assert result.exit_code == 0, result.output
    shown = AppSpec.model_validate(json.loads(result.output))
    platform = make_platform(tasks_app)
    try:
        assert shown.model_dump() == platform.current("tasks").spec.model_dump()
    finally:
        close(platform)
    saved = tmp_path / "tasks.json"
    saved.write_text(result.output)
    assert appforge(tasks_app, "spec", "validate", str(saved)).exit_code == 0


@needs_platform
def test_spec_show_text_form_validates_back(tasks_app: Path, tmp_path: Path) -> None:
    result = appforge(tasks_app, "spec", "show", "tasks")
    assert result.exit_code == 0, result.output
    saved = tmp_path / "tasks.app"
    saved.write_text(result.output)
    checked = appforge(tasks_app, "spec", "validate", str(saved))
    assert checked.exit_code == 0, checked.output
    assert "tasks (Team Tasks)" in checked.output


@needs_platform
def test_unknown_app_is_one_readable_line(data_dir: Path) -> None:
    for args in (["versions", "nope"], ["spec", "show", "nope"], ["rollback", "nope", "1"]):
        result = appforge(data_dir, *args)
        assert result.exit_code == 1
        assert "there is no app 'nope'" in result.output
        assert len(result.output.strip().splitlines()) == 1


# --- change, generations -------------------------------------------------------------------------------------------


@needs_platform
def test_change_shows_the_progress_as_it_happens_then_the_operations(tasks_app: Path) -> None:
    result = appforge(tasks_app, "change", "tasks", "add an estimate field to tasks", "--model", "keyword-rules")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    stages = ["received", "model chosen", "proposed", "validated", "migrated", "ready"]
    positions = [next(i for i, line in enumerate(lines) if f" ms  {stage} " in line) for stage in stages]
    assert positions == sorted(positions), result.output
    assert "Asking keyword-rules" in result.output
    assert "tasks is now at version 2 (1 operation by keyword-rules)" in result.output
    assert "  - added field Estimate (text) to task" in result.output
    assert current_number(tasks_app, "tasks") == 2


@needs_platform
def test_a_change_that_fails_is_one_error_line_and_changes_nothing(tasks_app: Path) -> None:
    result = appforge(tasks_app, "change", "tasks", "tell me a [bold]joke[/]", "--model", "keyword-rules")
    assert result.exit_code == 1
    assert "error: Failed at proposed: keyword-rules proposed no change" in result.output
    assert "(nothing changed, tasks stays at version 1)" in result.output
    assert "Received: tell me a [bold]joke[/]" in result.output, "a message is shown as typed, not as markup"
    assert current_number(tasks_app, "tasks") == 1
    missing = appforge(tasks_app, "change", "nope", "add a field")
    assert missing.exit_code == 1 and "there is no app 'nope'" in missing.output


@needs_platform
def test_change_with_new_creates_the_app(data_dir: Path) -> None:
    result = appforge(data_dir, "change", "shop", "a shop with products and orders", "--new", "--model",
                      "keyword-rules")
    assert result.exit_code == 0, result.output
    assert "Database created: shop is now at version 1" in result.output
    assert current_number(data_dir, "shop") == 1


@needs_platform
def test_generations_lists_the_recorded_ones_and_totals_per_model(tasks_app: Path) -> None:
    assert appforge(tasks_app, "generations").output.startswith("No generations recorded yet")
    appforge(tasks_app, "change", "tasks", "add an estimate field to tasks", "--model", "keyword-rules")
    appforge(tasks_app, "change", "tasks", "tell me a joke", "--model", "keyword-rules")
    from appforge.generation import GenerationLog

    platform = make_platform(tasks_app)
    try:  # a provider's generation with tokens and a price, as the service records one
        GenerationLog(platform).record(app="tasks", message="add a notes field", model_asked="gpt", model_used="gpt",
                                       accepted=True, version=3, latency_ms=2400.0, cost=0.0021,
                                       usage={"prompt_tokens": 1800, "completion_tokens": 150})
    finally:
        close(platform)
    result = appforge(tasks_app, "generations")
    assert result.exit_code == 0, result.output
    listing, totals = result.output.split("Totals per model")
    assert listing.index("add a notes field") < listing.index("tell me a joke") < listing.index("add an estimate")
    assert "-> version 2, 1 operation" in listing and "-> not applied: keyword-rules" in listing
    assert "1800/150" in listing and "0.0021" in listing
    rows = {line.split()[0]: line.split()[1:] for line in totals.splitlines() if line.startswith((" gpt", " key"))}
    assert rows["gpt"] == ["1", "1", "(100%)", "2400", "2400", "1800/150", "0.0021"]
    count, applied, share, mean, p50, tokens, cost = rows["keyword-rules"]
    assert (count, applied, share) == ("2", "1", "(50%)") and float(mean) >= 0 and float(p50) >= 0
    assert (tokens, cost) == ("-", "-"), "no tokens or cost known is shown as unknown, not as zero"
    only = appforge(tasks_app, "generations", "--model", "gpt", "--limit", "1").output
    assert "add a notes field" in only and "keyword-rules" not in only
    assert appforge(tasks_app, "generations", "--app", "nope").output.startswith("No generations recorded yet")
    assert appforge(tasks_app, "generations", "--limit", "0").exit_code == 1
