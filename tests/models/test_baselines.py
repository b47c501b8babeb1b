"""The two baselines: rules build typed entities from words; retrieval answers with the nearest blueprint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appforge.catalogue import load_catalogue
from appforge.evaluation.checklist import load_base, norm
from appforge.models import apply_proposal, get_model, new_app
from appforge.models.rebuild import spec_to_operations
from appforge.spec.model import AppSpec, FieldType
from appforge.spec.operations import apply_operations

REPO = Path(__file__).resolve().parents[2]


def _strip(spec: AppSpec) -> dict:
    data = spec.model_dump(mode="json", exclude={"name", "archive"})
    data["entities"] = sorted(data["entities"], key=lambda e: e["name"])
    return data


def test_keyword_rules_build_an_entity_with_typed_fields() -> None:
    model = get_model("keyword-rules")
    proposal = model.propose("a tracker for my books with title, author, pages read and date finished")
    spec = apply_proposal(proposal)
    book = spec.entity("book")
    assert book is not None, [e.name for e in spec.entities]
    types = {f.name: f.type for f in book.fields}
    assert types["title"] == FieldType.text
    assert types["author"] == FieldType.text
    assert types["pages_read"] in (FieldType.integer, FieldType.decimal)
    assert types["date_finished"] == FieldType.date


def test_keyword_rules_views_roles_theme_and_access() -> None:
    spec = apply_proposal(get_model("keyword-rules").propose(
        "bug tracker: bugs with title, severity (low, high), status (new, fixed), reported date. kanban board "
        "and a calendar. only managers can delete bugs. dark mode, public"))
    bug = spec.entity("bug")
    assert bug is not None and {o.value for o in bug.field("severity").options} == {"Low", "High"}
    assert {v.type.value for v in spec.views} >= {"kanban", "calendar"}
    assert spec.role("manager") is not None
    assert any(p.entity == "bug" and p.action == "delete" and p.roles == ["manager"] for p in spec.permissions)
    assert spec.theme.dark and spec.auth.access == "public"


@pytest.mark.parametrize(("message", "check"), [
    ("add an instagram handle to clients", lambda s: s.entity("client").field("instagram_handle") is not None),
    ("rename phone to mobile", lambda s: s.entity("client").field("mobile") is not None),
    ("remove the vip thing", lambda s: s.entity("client").field("vip") is None),
    ("add a 'Late' option to the appointment status",
     lambda s: "Late" in {o.value for o in s.entity("appointment").field("status").options}),
    ("thanks!", lambda s: s == load_base("salon")),
])
def test_keyword_rules_edit_the_base(message: str, check) -> None:
    base = load_base("salon")
    proposal = get_model("keyword-rules").propose(message, base)
    assert check(apply_proposal(proposal, base))


def test_every_rule_answer_applies_even_when_a_rule_misfires() -> None:
    model = get_model("keyword-rules")
    base = load_base("salon")
    for message in ["", "rename nothing to something", "remove", "add to", "only can", "chart of per by", "((:,"]:
        apply_proposal(model.propose(message, None))
        apply_proposal(model.propose(message, base), base)


def test_nearest_blueprint_books_a_salon() -> None:
    spec = apply_proposal(get_model("nearest-blueprint").propose("a booking app for my salon"))
    names = {norm(n) for e in spec.entities for n in (e.name, e.label or "") if n}
    assert names & {norm(n) for n in ("appointment", "booking", "reservation", "visit")}, names


def test_nearest_blueprint_edit_adds_only_named_fields() -> None:
    base = load_base("salon")
    model = get_model("nearest-blueprint")
    assert apply_proposal(model.propose("thanks!", base), base) == base
    after = apply_proposal(model.propose("hmm not sure", base), base)
    assert after == base


def test_spec_to_operations_rebuilds_every_blueprint_and_example() -> None:
    specs = [b.spec for b in load_catalogue()]
    specs += [AppSpec.model_validate(json.loads(p.read_text())) for p in sorted((REPO / "examples").glob("*.json"))]
    for spec in specs:
        rebuilt = apply_operations(new_app(), spec_to_operations(spec))
        want, got = _strip(spec), _strip(rebuilt)
        # Two rules for one entity and action (all rows for some roles, own rows for others) come back as both.
        for data in (want, got):
            data["permissions"] = sorted(data["permissions"], key=lambda p: (p["entity"], p["action"], p["own"]))
        assert got == want, spec.name
