"""The benchmark's data: every case and base parses, and every check names things that can exist."""

from __future__ import annotations

from collections import Counter

import pytest

from appforge.evaluation.checklist import BASES_DIR, CASES_DIR, load_base, load_cases

CASES = load_cases(CASES_DIR)
BASE_NAMES = sorted(p.stem for p in BASES_DIR.glob("*.json"))


def test_counts_and_unique_ids() -> None:
    kinds = Counter(c.kind for c in CASES)
    assert kinds["create"] >= 160 and kinds["edit"] >= 110
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES), "no two messages alike"


@pytest.mark.parametrize("kind", ["create", "edit"])
def test_heldout_share(kind: str) -> None:
    cases = [c for c in CASES if c.kind == kind]
    share = sum(c.split == "heldout" for c in cases) / len(cases)
    assert 0.35 <= share <= 0.45


def test_split_filter() -> None:
    assert all(c.split == "heldout" for c in load_cases(CASES_DIR, split="heldout"))


@pytest.mark.parametrize("name", BASE_NAMES)
def test_base_is_valid_and_small(name: str) -> None:
    spec = load_base(name)
    assert 2 <= len(spec.entities) <= 4 and spec.views


def test_twelve_to_fifteen_bases() -> None:
    assert 12 <= len(BASE_NAMES) <= 15


def test_create_cases_have_four_to_twelve_checks() -> None:
    for case in CASES:
        if case.kind == "create":
            assert 4 <= len(case.checks) <= 12, case.id


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "edit"], ids=lambda c: c.id)
def test_edit_case_names_its_base(case) -> None:
    base = load_base(case.base)
    kinds = [c.kind for c in case.checks]
    assert "unchanged" in kinds or kinds == ["no_change"], "an edit case checks that nothing else changed"
    for check in case.checks:
        if check.kind in ("renamed", "removed", "type_changed"):
            entity = base.entity(check.entity)
            assert entity is not None, f"{case.id}: base {case.base} has no entity {check.entity}"
            if getattr(check, "field", None):
                assert entity.field(check.field) is not None, f"{case.id}: {check.entity} has no field {check.field}"
        if check.kind == "option" and check.field:
            # An option goes on a field of the base or on a field another check of the case adds.
            names = {f.name for e in base.entities for f in e.fields} | {
                n for c in case.checks if c.kind == "field" for n in c.any
            }
            assert set(check.field) & names, f"{case.id}: no field {check.field} to carry the option"


def test_no_change_cases_exist_and_base_scores_them() -> None:
    from appforge.evaluation.scoring import score_case

    no_change = [c for c in CASES if [k.kind for k in c.checks] == ["no_change"]]
    assert len(no_change) >= 8
    for case in CASES:
        if case.kind == "edit":
            base = load_base(case.base)
            score = score_case(case, base, base)
            for result in score.results:
                if result.kind in ("unchanged", "no_change"):
                    assert result.passed, (case.id, result.reason)
