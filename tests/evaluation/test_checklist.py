"""The scorer on hand-made specs, and proof that edit cases are achievable with real operations."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import Case, load_base, load_cases
from appforge.evaluation.scoring import score_case, summarize
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations


def case(checks: list[dict], kind: str = "create", base: str | None = None) -> Case:
    data = {"id": f"{kind}-999", "kind": kind, "split": "dev", "message": "m", "checks": checks}
    if base:
        data["base"] = base
    return Case.model_validate(data)


PLANTS = AppSpec.model_validate({
    "name": "plants",
    "theme": {"primary": "#2e7d32", "background": "#fdfcf0"},
    "roles": [{"name": "manager"}, {"name": "volunteer", "label": "Helper"}],
    "entities": [
        {"name": "houseplant", "fields": [
            {"name": "name"}, {"name": "watered_on", "type": "datetime"}, {"name": "pot_size", "type": "integer", "label": "Pot"},
            {"name": "light", "type": "choice", "options": [{"value": "Bright indirect"}, {"value": "Low"}], "required": True}]},
        {"name": "care_log", "fields": [{"name": "plant", "type": "reference", "target": "houseplant"}, {"name": "grams", "type": "decimal"}]},
    ],
    "views": [{"name": "board", "type": "kanban", "entity": "houseplant", "group_by": "light"},
              {"name": "stats", "type": "dashboard", "widgets": [
                  {"title": "Feed per plant", "type": "bar", "entity": "care_log", "aggregate": "sum", "field": "grams", "group_by": "plant"}]}],
    "permissions": [{"entity": "care_log", "action": "delete", "roles": ["manager"]},
                    {"entity": "care_log", "action": "read", "roles": ["volunteer"], "own": True}],
})
CHECKS = [
    {"kind": "entity", "any": ["plants", "houseplants"]},
    {"kind": "field", "entity": ["plant", "houseplant"], "any": ["last_watered", "watered_on"], "type": "date"},
    {"kind": "relation", "from": "care logs", "to": ["Plant", "houseplant"]},
    {"kind": "view", "type": "kanban", "entity": ["houseplant"]},
    {"kind": "widget", "type": "chart", "entity": ["care_log"], "aggregate": "sum", "group_by": ["plant"]},
    {"kind": "role", "any": ["manager"]},
    {"kind": "permission", "entity": ["care_log"], "action": "delete", "roles": ["manager"]},
    {"kind": "permission", "entity": ["care_log"], "action": "read", "own": True},
    {"kind": "access", "value": "signin"},
    {"kind": "theme", "key": "primary", "near": "#228b22"},
    {"kind": "option", "entity": ["houseplant"], "field": ["light"], "any": ["bright-indirect"]},
    {"kind": "constraint", "entity": ["houseplant"], "field": ["light"], "required": True},
]


def test_perfect_spec_scores_one() -> None:
    score = score_case(case(CHECKS), PLANTS)
    assert score.score == 1.0, score.failures


def test_missing_field_loses_exactly_that_check() -> None:
    data = PLANTS.model_dump()
    data["entities"][0]["fields"] = [f for f in data["entities"][0]["fields"] if f["name"] != "watered_on"]
    score = score_case(case(CHECKS), AppSpec.model_validate(data))
    assert [r.kind for r in score.failures] == ["field"]
    assert "no field like" in score.failures[0].reason


def test_synonyms_and_labels_match() -> None:
    assert score_case(case([{"kind": "field", "entity": ["houseplant"], "any": ["Pot"]}]), PLANTS).score == 1.0
    assert score_case(case([{"kind": "role", "any": ["helpers"]}]), PLANTS).score == 1.0
    assert score_case(case([{"kind": "entity", "any": ["Care-Logs"]}]), PLANTS).score == 1.0


@pytest.mark.parametrize("wanted, passes", [("number", True), ("integer", True), ("money", False), ("text", False)])
def test_type_classes(wanted: str, passes: bool) -> None:
    check = {"kind": "field", "entity": ["houseplant"], "any": ["pot_size"], "type": wanted}
    assert score_case(case([check]), PLANTS).score == (1.0 if passes else 0.0)


def test_permission_fails_when_others_may_too() -> None:
    check = {"kind": "permission", "entity": ["care_log"], "action": "delete", "roles": ["volunteer"]}
    assert score_case(case([check]), PLANTS).score == 0.0
    open_rule = {"kind": "permission", "entity": ["houseplant"], "action": "delete", "roles": ["manager"]}
    assert "access mode" in score_case(case([open_rule]), PLANTS).results[0].reason


def test_theme_colour_tolerance() -> None:
    near = {"kind": "theme", "key": "background", "near": "#fffff0"}
    far = {"kind": "theme", "key": "primary", "near": "#ff0000"}
    assert score_case(case([near, far]), PLANTS).passed == 1


def test_unchanged_catches_a_stray_removal() -> None:
    base = load_base("salon")
    asked = case([{"kind": "field", "entity": ["client"], "any": ["instagram"]}, {"kind": "unchanged"}], "edit", "salon")
    good = apply_operations(base, [{"op": "add_field", "entity": "client", "field": {"name": "instagram"}}])
    assert score_case(asked, good, base).score == 1.0
    stray = apply_operations(good, [{"op": "remove_field", "entity": "client", "field": "vip"}])
    result = score_case(asked, stray, base)
    assert result.score == 0.5 and "vip" in result.failures[0].reason


def test_no_change_catches_any_change() -> None:
    base = load_base("salon")
    asked = case([{"kind": "no_change"}], "edit", "salon")
    assert score_case(asked, base, base).score == 1.0
    themed = apply_operations(base, [{"op": "set_theme", "dark": True}])
    assert score_case(asked, themed, base).score == 0.0


def test_no_spec_fails_every_check_and_summary_averages() -> None:
    perfect = score_case(case(CHECKS), PLANTS)
    nothing = score_case(case(CHECKS), None)
    summary = summarize([perfect, nothing])
    assert summary.score == 0.5 and summary.perfect == 1 and summary.by_check_kind["field"].total == 2


# For these edit cases a hand-written correct answer scores 1.0: the checks are achievable.
ANSWERS: dict[str, list[dict]] = {
    "edit-001": [{"op": "add_field", "entity": "client", "field": {"name": "instagram", "type": "text"}}],
    "edit-002": [{"op": "rename_field", "entity": "client", "field": "phone", "to": "mobile"}],
    "edit-003": [{"op": "remove_field", "entity": "client", "field": "vip"}],
    "edit-004": [{"op": "set_permission", "entity": "appointment", "action": "delete", "roles": ["manager"]}],
    "edit-005": [],
    "edit-006": [{"op": "add_option", "entity": "appointment", "field": "status", "value": "Late"},
                 {"op": "add_field", "entity": "appointment", "field": {"name": "tip", "type": "money", "currency": "USD"}}],
    "edit-008": [
        {"op": "add_field", "entity": "appointment", "field": {"name": "price", "type": "money"}, "after": "service"},
        {"op": "add_view", "view": {"name": "overview", "type": "dashboard", "widgets": [
            {"title": "Revenue per service", "type": "bar", "entity": "appointment", "aggregate": "sum",
             "field": "price", "group_by": "service"}]}},
    ],
    "edit-012": [{"op": "set_permission", "entity": "booking", "action": "read", "roles": ["member"], "own": True}],
    "edit-025": [{"op": "rename_entity", "entity": "borrower", "to": "member"}],
    "edit-040": [{"op": "change_type", "entity": "plant", "field": "room", "type": "text"}],
    "edit-073": [{"op": "add_field", "entity": "task", "field": {"name": "tags", "type": "tags", "options": [
        {"value": "frontend"}, {"value": "backend"}, {"value": "design"}, {"value": "bug"}]}}],
}


@pytest.mark.parametrize("case_id", sorted(ANSWERS))
def test_correct_operations_score_one(case_id: str) -> None:
    the_case = next(c for c in load_cases() if c.id == case_id)
    base = load_base(the_case.base)
    after = apply_operations(base, ANSWERS[case_id])
    score = score_case(the_case, after, base)
    assert score.score == 1.0, [(r.check, r.reason) for r in score.failures]
