"""A bound said in words ("party size max 12", "price between 5 and 500") is the field's min or max."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.limits import limit_operations


@pytest.mark.parametrize("base_name, text, entity, field, bounds", [
    ("restaurant", "party size max 12", "reservation", "party_size", {"max": 12}),
    ("restaurant", "at least 2 and no more than 8 for the party size", "reservation", "party_size", {"min": 2, "max": 8}),
    ("salon", "service price between 5 and 500", "service", "price", {"min": 5, "max": 500}),
])
def test_a_bound_said_next_to_a_number_field_limits_it(base_name: str, text: str, entity: str, field: str,
                                                       bounds: dict) -> None:
    base = load_base(base_name)
    _, after = limit_operations(base, text)
    f = after.entity(entity).field(field)
    assert {k: getattr(f, k) for k in bounds} == bounds


@pytest.mark.parametrize("text", ["add a tip field", "max out the calendar view", "12 tables max"])
def test_words_that_bound_no_number_field_change_nothing(text: str) -> None:
    salon = load_base("salon")
    ops, after = limit_operations(salon, text)
    assert ops == [] and after == salon


def test_the_model_sets_the_bound_a_change_asks_for_and_nothing_else() -> None:
    base = load_base("restaurant")
    spec = apply_proposal(get_model("appforge").propose("party size max 12", base), base)
    assert spec.entity("reservation").field("party_size").max == 12
    assert [e.name for e in spec.entities] == [e.name for e in base.entities]
    assert spec.views == base.views


def test_a_change_that_only_takes_away_adds_nothing() -> None:
    base = load_base("salon")
    for message in ("remove the cancelled status option", "get rid of the vip thing"):
        spec = apply_proposal(get_model("appforge").propose(message, base), base)
        assert sum(len(e.fields) for e in spec.entities) <= sum(len(e.fields) for e in base.entities), message
        assert len(spec.views) == len(base.views) and len(spec.roles) == len(base.roles), message
