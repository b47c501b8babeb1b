"""Custom blocks come only from external models: the in-house model has no words for them and never starts from a
blueprint that holds one, while an external model is taught them, may answer with them, and a spec that has them
rebuilds from operations like any other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from appforge.catalogue import load_blueprint
from appforge.models import new_app
from appforge.models.inhouse.compile import Unsayable, compile_operations
from appforge.models.prompting import answer_json_schema, check_answer, system_prompt
from appforge.models.rebuild import spec_to_operations
from appforge.spec.model import AppSpec
from appforge.spec.operations import EXTERNAL_ONLY_OPERATIONS, apply_operations

SPEC = AppSpec.model_validate({
    "name": "garden",
    "entities": [{"name": "plant", "fields": [{"name": "name"}]}],
    "views": [{"name": "plants", "type": "table", "entity": "plant"}],
    "blocks": [
        {"name": "welcome", "title": "Welcome", "html": "<h2>Hello</h2><script>1</script>", "css": "h2{}"},
        {"name": "legend", "view": "plants", "html": "<p>Water weekly</p>", "height": 90},
    ],
})
BLOCK_OPERATIONS: list[dict[str, Any]] = [
    {"op": "add_block", "block": {"name": "tips", "view": "plants", "html": "<p>Tips</p>"}},
    {"op": "configure_block", "block": "welcome", "css": "h2{color:green}"},
    {"op": "remove_block", "block": "legend"},
]


@pytest.mark.parametrize("operation", BLOCK_OPERATIONS, ids=lambda op: op["op"])
def test_the_inhouse_model_cannot_say_a_block_operation(operation: dict[str, Any]) -> None:
    with pytest.raises(Unsayable, match="custom blocks come only from external models"):
        compile_operations(SPEC, "add some tips to the plants page", [operation], set())
    assert {op["op"] for op in BLOCK_OPERATIONS} == EXTERNAL_ONLY_OPERATIONS


def test_a_blueprint_with_a_block_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garden.app"
    path.write_text('app garden\nentity plant\n  name: text\nblock welcome\n  html "<p>Hi</p>"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"blueprint garden.app: custom blocks come only from external models"):
        load_blueprint(path)


def test_external_models_are_taught_the_block_operations() -> None:
    prompt = system_prompt()
    assert all(name in prompt for name in EXTERNAL_ONLY_OPERATIONS)
    assert "sandboxed iframe" in prompt
    schema = str(answer_json_schema())
    assert all(f"'{name}'" in schema for name in EXTERNAL_ONLY_OPERATIONS)


def test_an_external_models_block_is_checked_like_any_operation() -> None:
    checked = check_answer({"operations": BLOCK_OPERATIONS}, SPEC)
    assert [op.op for op in checked.operations] == ["add_block", "configure_block", "remove_block"]
    with pytest.raises(ValueError, match="there is no view 'nowhere' to show the block on"):
        check_answer({"operations": [{"op": "add_block", "block": {"name": "x", "view": "nowhere", "html": ""}}]},
                     SPEC)


def test_spec_to_operations_rebuilds_custom_blocks() -> None:
    rebuilt = apply_operations(new_app(), spec_to_operations(SPEC))
    assert rebuilt.blocks == SPEC.blocks
