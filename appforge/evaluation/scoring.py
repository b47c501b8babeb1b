"""Grading a spec against a case's checks: one function per check kind, each saying why a check failed.

Nothing here knows about models: `score_case` grades a spec, whoever produced it; the cases and their checks are
`checklist`'s.
"""


from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel

from appforge.evaluation.checklist import (
    CHECK_KINDS,
    EDIT_ONLY,
    Case,
    load_base,
)
from appforge.evaluation.editgrades import (
    grade_no_change,
    grade_removed,
    grade_renamed,
    grade_type_changed,
    grade_unchanged,
)
from appforge.evaluation.grades import (
    Result,
    grade_access,
    grade_constraint,
    grade_entity,
    grade_field,
    grade_option,
    grade_permission,
    grade_relation,
    grade_role,
    grade_theme,
    grade_view,
    grade_widget,
)
from appforge.spec.model import (
    AppSpec,
)

# ----------------------------------------------------------------------------------------------------------------
# Scores


class CheckResult(BaseModel):
    kind: str
    passed: bool
    reason: str
    check: dict[str, Any]


class CaseScore(BaseModel):
    id: str
    kind: Literal["create", "edit"]
    split: str
    results: list[CheckResult]

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def score(self) -> float:
        """The fraction of this case's checks that passed."""
        return self.passed / len(self.results) if self.results else 0.0

    @property
    def failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.passed]


class KindScore(BaseModel):
    passed: int
    total: int

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


class Summary(BaseModel):
    cases: int
    score: float  # mean over cases of the fraction of checks passed
    perfect: int  # cases with every check passed
    by_case_kind: dict[str, float]  # create / edit -> mean case score
    by_check_kind: dict[str, KindScore]

    def table(self) -> str:
        lines = [f"cases {self.cases}  score {self.score:.3f}  perfect {self.perfect}"]
        lines += [f"  {kind:<8} {value:.3f}" for kind, value in sorted(self.by_case_kind.items())]
        lines += [
            f"  {kind:<13} {k.passed:>4}/{k.total:<4} {k.rate:.3f}" for kind, k in sorted(self.by_check_kind.items())
        ]
        return "\n".join(lines)


def summarize(scores: list[CaseScore]) -> Summary:
    by_kind: dict[str, list[float]] = defaultdict(list)
    checks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        by_kind[s.kind].append(s.score)
        for r in s.results:
            checks[r.kind][0] += r.passed
            checks[r.kind][1] += 1
    return Summary(
        cases=len(scores),
        score=sum(s.score for s in scores) / len(scores) if scores else 0.0,
        perfect=sum(1 for s in scores if s.results and s.passed == len(s.results)),
        by_case_kind={k: sum(v) / len(v) for k, v in by_kind.items()},
        by_check_kind={k: KindScore(passed=p, total=t) for k, (p, t) in checks.items()},
    )


def score_case(case: Case, spec_after: AppSpec | None, base: AppSpec | None = None) -> CaseScore:
    """Grade `spec_after` (None: the answer produced no valid spec) against every check of `case`.

    For edit cases `base` is the spec the message was applied to (`load_base(case.base)` when not given).
    """
    if case.kind == "edit" and base is None:
        base = load_base(case.base or "")
    results = []
    for check in case.checks:
        if spec_after is None:
            passed, reason = False, "no valid spec was produced"
        else:
            passed, reason = _grade(check, spec_after, base, case)
        results.append(
            CheckResult(kind=check.kind, passed=passed, reason=reason, check=check.model_dump(by_alias=True, exclude_none=True))
        )
    return CaseScore(id=case.id, kind=case.kind, split=case.split, results=results)


# ----------------------------------------------------------------------------------------------------------------
# Grading: one function per check kind (`grades`, `editgrades`), chosen by the check's kind.


def _grade(check: Any, spec: AppSpec, base: AppSpec | None, case: Case) -> Result:
    grader = _GRADERS[check.kind]
    if check.kind in EDIT_ONLY:
        if base is None:
            return False, "this check needs the base app"
        if check.kind == "unchanged":
            return grader(check, spec, base, case)
        return grader(check, spec, base)
    return grader(check, spec)


_GRADERS: dict[str, Any] = {
    "entity": grade_entity,
    "field": grade_field,
    "relation": grade_relation,
    "view": grade_view,
    "widget": grade_widget,
    "role": grade_role,
    "permission": grade_permission,
    "access": grade_access,
    "theme": grade_theme,
    "option": grade_option,
    "constraint": grade_constraint,
    "renamed": grade_renamed,
    "removed": grade_removed,
    "type_changed": grade_type_changed,
    "unchanged": grade_unchanged,
    "no_change": grade_no_change,
}
assert set(_GRADERS) == set(CHECK_KINDS)
