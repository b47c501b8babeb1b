"""A change to an app does what its words say and nothing beside it: no page, rule, role or look it did not ask for."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.spec.model import AppSpec


@pytest.fixture(scope="module")
def model() -> Any:
    return get_model("appforge")


def _change(model: Any, base_name: str, message: str) -> tuple[AppSpec, AppSpec]:
    base = load_base(base_name)
    return base, apply_proposal(model.propose(message, base), base)


def test_a_new_thing_said_with_its_fields_and_who_does_each_record_is_added_and_linked(model: Any) -> None:
    base, after = _change(model, "salon", "we need to track which stylist does each appointment. stylists have name, "
                                          "phone and commission %")
    stylist = after.entity("stylist")
    assert stylist is not None and {"name", "phone", "commission"} <= {f.name for f in stylist.fields}
    assert after.entity("appointment").field("stylist").target == "stylist"
    # nothing beside it: the decoder had added a stylists' read rule, then a dashboard, a look, a "commission" role
    assert after.permissions == base.permissions and after.roles == base.roles
    assert after.views == base.views and after.theme == base.theme


def test_a_status_said_with_its_values_gets_exactly_those_options_and_no_fields(model: Any) -> None:
    base, after = _change(model, "salon", "appointments should have a status of booked, confirmed, done or no-show")
    status = after.entity("appointment").field("status")
    assert {o.value.lower().replace("-", " ") for o in status.options} == {"booked", "confirmed", "done", "no show"}
    assert {f.name for f in after.entity("appointment").fields} == {f.name for f in base.entity("appointment").fields}


def test_options_said_for_one_things_status_leave_the_others_status_and_its_name(model: Any) -> None:
    base, after = _change(model, "tasks", "task status should be one of todo, doing, done")
    assert after.entity("task").field("status") is not None  # the decoder had renamed it "doing"
    assert after.entity("project").field("status") == base.entity("project").field("status")


def test_removing_a_field_of_a_thing_keeps_the_page_of_that_thing(model: Any) -> None:
    base, after = _change(model, "salon", "get rid of the notes on clients, nobody uses them")
    assert after.entity("client").field("notes") is None
    assert [v.name for v in after.views] == [v.name for v in base.views]


def test_a_page_said_not_to_be_needed_is_not_made_again(model: Any) -> None:
    _, after = _change(model, "salon", "we dont need the calendar anymore")
    assert not [v for v in after.views if v.type.value == "calendar"]


def test_subtasks_are_things_under_a_task(model: Any) -> None:
    _, after = _change(model, "tasks", "i want subtasks")
    subtask = after.entity("subtask")
    assert subtask is not None and subtask.field("task").target == "task"


def test_a_second_change_after_and_is_not_a_field_of_the_first(model: Any) -> None:
    base, after = _change(model, "restaurant", "add an allergies field to reservations and make phone required")
    reservation = after.entity("reservation")
    assert reservation.field("allergies") is not None and not reservation.field("allergies").required
    assert reservation.field("phone").required
    assert {f.name for f in reservation.fields} == {f.name for f in base.entity("reservation").fields} | {"allergies"}


def test_a_question_about_how_people_heard_of_us_is_a_field_not_a_thing(model: Any) -> None:
    base, after = _change(model, "recruiting", "store a linkedin url for candidates and where they heard about us")
    assert [e.name for e in after.entities] == [e.name for e in base.entities]
    assert after.entity("candidate").field("linkedin") is not None


def test_a_condition_said_of_a_field_is_not_a_field_of_its_own(model: Any) -> None:
    base, after = _change(model, "library", "loans need a fine amount if returned late")
    loan = after.entity("loan")
    assert loan.field("fine_amount") is not None and loan.field("fine_amount").type.value == "money"
    assert {f.name for f in loan.fields} == {f.name for f in base.entity("loan").fields} | {"fine_amount"}


def test_a_things_name_that_reads_like_someone_doing_something_makes_no_role(model: Any) -> None:
    base, after = _change(model, "plants", "add fertilizer schedule: every how many weeks and last fertilized date")
    assert after.roles == base.roles and after.permissions == base.permissions  # no "fertilizer" who schedules


@pytest.mark.parametrize("message", ["no more no-show status", "we dont need the no-show option anymore"])
def test_an_option_said_to_go_is_removed_and_nothing_else(model: Any, message: str) -> None:
    base, after = _change(model, "salon", message)
    status = after.entity("appointment").field("status")
    assert status is not None  # the decoder had removed the whole status for "no more no-show status"
    assert [o.value for o in status.options] == [o.value for o in base.entity("appointment").field("status").options
                                                 if o.value != "No-show"]


def test_options_the_app_has_already_change_nothing_and_say_so(model: Any) -> None:
    base = load_base("gym")
    proposal = model.propose("can we have a membership type: monthly, annual, drop-in", base)
    assert proposal.operations == []  # it had retyped the membership to text, then removed its options
    assert "already has Monthly, Annual, Drop-in" in (proposal.note or "")


def test_a_rate_said_on_a_scale_of_five_is_a_rating(model: Any) -> None:
    _, after = _change(model, "events", "attendees should be able to rate events 1-5 and leave a comment")
    event = after.entity("event")
    assert event.field("rating") is not None and event.field("rating").type.value == "rating"
    _, after = _change(model, "gym", "add an hourly rate to classes")
    assert after.entity("gym_class").field("hourly_rate").type.value == "money"


def test_options_added_to_a_choice_are_its_options_not_a_thing_called_option(model: Any) -> None:
    base, after = _change(model, "library", "add genre options: fiction, non-fiction, kids, mystery")
    assert [e.name for e in after.entities] == [e.name for e in base.entities]
    values = [o.value for o in after.entity("book").field("genre").options]
    assert values == [o.value for o in base.entity("book").field("genre").options] + ["Kids", "Mystery"]
