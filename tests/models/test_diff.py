"""The difference of two specs as operations: applying it to the first gives the second, renames stay renames."""

from __future__ import annotations

import json
import warnings

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models.diff import operations_between
from appforge.models.inhouse.synthetic import generate
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations


def shape(spec: AppSpec) -> dict:
    """A spec as a person sees it: ids, the archive, sample rows and the order of rules left out."""

    def strip(x: object) -> object:
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "id"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    data = strip(spec.model_dump(mode="json", exclude={"archive", "seed", "name", "format"}))
    data["permissions"] = sorted(json.dumps(p, sort_keys=True) for p in data["permissions"])
    return data


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_difference_of_an_edit_rebuilds_what_the_edit_made(seed: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for ex in generate(200, seed=seed, kinds=("edit",)):
            after = apply_operations(ex.start, ex.operations)
            rebuilt = apply_operations(ex.start, operations_between(ex.start, after))
            assert shape(rebuilt) == shape(after), (ex.message, ex.operations)


def test_a_rename_is_a_rename_so_the_rows_stay() -> None:
    salon = load_base("salon")
    after = apply_operations(salon, [{"op": "rename_entity", "entity": "client", "to": "customer"},
                                     {"op": "rename_field", "entity": "customer", "field": "phone", "to": "mobile"}])
    ops = operations_between(salon, after)
    assert [op["op"] for op in ops] == ["rename_entity", "rename_field"]


def test_no_difference_is_no_operations() -> None:
    salon = load_base("salon")
    assert operations_between(salon, salon) == []


def test_a_rule_in_two_parts_survives_the_difference_both_ways() -> None:
    salon = load_base("salon")
    two_parts = {"op": "set_permission", "entity": "appointment", "action": "update", "roles": ["stylist"], "own": True,
                 "any_row": ["manager"]}
    after = apply_operations(salon, [two_parts])
    assert shape(apply_operations(salon, operations_between(salon, after))) == shape(after)
    assert shape(apply_operations(after, operations_between(after, salon))) == shape(salon)
