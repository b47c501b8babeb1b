"""A page asked for in words is added for the thing it is said of, when the app can draw it."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.pages import page_operations
from appforge.spec.operations import apply_operations


@pytest.mark.parametrize("base_name, text, kind, entity", [
    ("tasks", "a kanban for tasks please", "kanban", "task"),
    ("salon", "i want to see clients... no, services in a gallery", "cards", "service"),
    ("restaurant", "calendar pls", "calendar", "reservation"),
    ("recruiting", "pipeline board for candidates", "kanban", "candidate"),
])
def test_a_page_named_for_a_thing_is_added_for_it(base_name: str, text: str, kind: str, entity: str) -> None:
    base = load_base(base_name)
    base = apply_operations(base, [{"op": "remove_view", "view": v.name} for v in base.views
                                   if v.type.value == kind and v.entity == entity])
    _, after = page_operations(base, text)
    new = [v for v in after.views if v not in base.views]
    assert [(v.type.value, v.entity) for v in new] == [(kind, entity)]


def test_a_page_the_app_already_has_is_not_added_again() -> None:
    salon = load_base("salon")
    assert any(v.type.value == "calendar" and v.entity == "appointment" for v in salon.views)
    ops, after = page_operations(salon, "see appointments in a calendar")
    assert ops == [] and after == salon


@pytest.mark.parametrize("text", ["add a tip field", "a board of clients"])
def test_a_page_the_app_cannot_draw_is_not_added(text: str) -> None:
    salon = load_base("salon")
    ops, _ = page_operations(salon, text)
    assert ops == []


def test_a_page_the_app_already_has_is_said_so_and_nothing_changes() -> None:
    base = load_base("dog_grooming")
    proposal = get_model("appforge").propose("weekly calendar of groomings please", base)
    assert proposal.operations == []
    assert "already has a calendar" in (proposal.note or "")


def test_a_calendar_said_after_a_thing_without_dates_shows_the_dated_thing_named() -> None:
    spec = apply_operations(load_base("salon"), [{"op": "remove_view", "view": v.name} for v in load_base("salon").views
                                                 if v.type.value == "calendar"])
    _, after = page_operations(spec, "appointments booked with a client and service, calendar pls")
    assert [(v.type.value, v.entity) for v in after.views if v not in spec.views] == [("calendar", "appointment")]


def test_a_board_by_a_choice_the_app_lacks_adds_that_choice_with_the_columns_said() -> None:
    base = load_base("dog_grooming")
    assert base.entity("grooming").field("status") is None
    spec = apply_proposal(get_model("appforge").propose(
        "a board of today's grooms by status (waiting, in bath, drying, ready)", base), base)
    status = spec.entity("grooming").field("status")
    assert status is not None and [o.value for o in status.options] == ["Waiting", "In bath", "Drying", "Ready"]
    boards = [v for v in spec.views if v.type.value == "kanban" and v.entity == "grooming"]
    assert boards and all(v.group_by == "status" for v in boards)


def test_a_board_asked_for_without_a_thing_is_of_the_apps_main_thing_or_says_it_is_there() -> None:
    salon = load_base("salon")
    spec = apply_proposal(get_model("appforge").propose("can i get a kanban board", salon), salon)
    assert [(v.type.value, v.entity, v.group_by) for v in spec.views if v not in salon.views] == [
        ("kanban", "appointment", "status")]
    tasks = load_base("tasks")
    proposal = get_model("appforge").propose("i want a kanban board", tasks)
    assert proposal.operations == [] and "already has a board of task" in (proposal.note or "")
