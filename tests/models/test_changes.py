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


def test_asking_the_builder_for_a_thing_of_its_own_makes_no_page_role_or_verb_thing(model: Any) -> None:
    base, after = _change(model, "gym", "can we track which coach teaches each class? coaches should be their own "
                                        "list with name and certifications")
    coach = after.entity("coach")
    assert coach is not None and coach.field("certifications") is not None
    assert after.entity("teach") is None
    assert [v.name for v in after.views] == [v.name for v in base.views]
    assert [r.name for r in after.roles] == [r.name for r in base.roles]
    assert after.permissions == base.permissions


def test_a_second_change_and_a_verb_are_no_fields(model: Any) -> None:
    _, after = _change(model, "library", "loans: add a late fee (money) and make due on required")
    loan = after.entity("loan")
    assert loan.field("due_on").required and loan.field("late_fee") is not None
    assert not [f.name for f in loan.fields if f.name.startswith("make")]
    _, after = _change(model, "salon", "can clients leave a rating after the appointment? 1 to 5 stars")
    assert not [f.name for e in after.entities for f in e.fields if f.name == "leave"]


def test_a_change_without_words_for_signing_in_leaves_sign_up_alone_and_removes_the_option_it_means(model: Any) -> None:
    base, after = _change(model, "dog_grooming", "we stopped doing nail clips, remove that service option")
    assert after.auth == base.auth  # the decoder had turned sign-up off
    package = after.entity("grooming").field("package")
    assert [o.value for o in package.options] == ["Bath", "Full groom"]


def test_people_who_sign_in_and_see_their_own_rows_get_a_role_and_an_own_rule(model: Any) -> None:
    for message in ("let borrowers sign in and see their loans only", "borrowers can sign in and only see their own loans"):
        base, after = _change(model, "library", message)
        rule = next(p for p in after.permissions if p.entity == "loan" and p.action == "read")
        assert rule.roles == ["borrower"] and rule.own, message
        # no rule the words did not state: the decoder had locked the borrowers' list to anyone signed in
        assert [p for p in after.permissions if p.entity != "loan"] == [p for p in base.permissions if p.entity != "loan"]


def test_a_contacts_name_and_phone_are_both_the_contacts(model: Any) -> None:
    _, after = _change(model, "gym", "members need an emergency contact name + phone")
    names = {f.name for f in after.entity("member").fields}
    assert {"emergency_contact_name", "emergency_contact_phone"} <= names and "phone" not in names


def test_a_chart_of_what_was_done_sums_the_amount_of_it(model: Any) -> None:
    from appforge.models.inhouse.charts import chart_operations

    base = load_base("beekeeping")
    bare = base.model_copy(update={"views": [v for v in base.views if v.name != "overview"],
                                   "nav": [n for n in base.nav if n != "overview"]})
    ops, _ = chart_operations(bare, "I'd like a chart showing honey harvested per hive per year")
    widget = next(o["widget"] for o in ops if o["op"] == "add_widget")
    assert (widget["entity"], widget["aggregate"], widget["field"], widget["group_by"]) == ("harvest", "sum", "kg", "hive")


def test_options_added_to_a_thing_in_brackets_are_its_field_not_a_new_thing(model: Any) -> None:
    base, after = _change(model, "bakery", "add allergens to products (nuts, gluten, dairy, eggs)")
    assert after.entity("allergen") is None
    allergens = after.entity("product").field("allergens")
    assert {o.value for o in allergens.options} == {"Nuts", "Gluten", "Dairy", "Eggs"}


def test_a_total_the_app_shows_already_changes_nothing_and_says_so(model: Any) -> None:
    base = load_base("home_inventory")
    proposal = model.propose("i want a total value of everything on the overview", base)
    assert proposal.operations == [] and "already" in proposal.note  # it had added a `total_value` field
    bare = base.model_copy(update={"views": [v.model_copy(update={"widgets": []}) if v.name == "overview" else v
                                             for v in base.views]})
    after = apply_proposal(model.propose("i want a total value of everything on the overview", bare), bare)
    tile = next(w for v in after.views for w in v.widgets)
    assert (tile.type.value, tile.entity, tile.aggregate, tile.field) == ("stat", "item", "sum", "purchase_price")
    assert after.entity("item").field("total_value") is None


def test_a_choice_said_with_or_is_its_options_and_the_field_after_it_a_field(model: Any) -> None:
    for message in ("orders should have a delivery option - pickup or delivery, and a delivery address if delivery",
                    "orders need a delivery option: pickup or delivery"):
        _, after = _change(model, "bakery", message)
        order = after.entity("order")
        assert [o.value for o in order.field("delivery_option").options] == ["Pickup", "Delivery"], message
    assert order.field("delivery_option") is not None
    _, after = _change(model, "bakery", "orders should have a delivery option - pickup or delivery, and a delivery "
                                        "address if delivery")
    assert after.entity("order").field("delivery_address").type.value == "text"


def test_a_field_said_with_when_it_applies_goes_on_the_thing_the_condition_names(model: Any) -> None:
    base, after = _change(model, "recruiting", "add a rejected reason when stage is rejected")
    assert after.entity("candidate").field("rejected_reason") is not None
    stage = after.entity("candidate").field("stage")
    assert [o.value for o in stage.options] == [o.value for o in base.entity("candidate").field("stage").options]


def test_how_many_days_between_is_a_count_of_days_not_a_thing(model: Any) -> None:
    _, after = _change(model, "plants", "plants need a watering schedule - how many days between waterings")
    assert after.entity("plant").field("days_between_waterings").type.value == "integer"
    assert after.entity("watering") is None


def test_saying_a_fields_type_renames_nothing(model: Any) -> None:
    base, after = _change(model, "salon", "clients: birthday + allergies. also vip should be a checkbox")
    client = after.entity("client")
    assert client.field("vip") is not None and client.field("vip").type.value == "boolean"  # it had become `birthday`
    assert client.field("birthday").type.value == "date" and client.field("allergies") is not None


def test_hiding_a_field_keeps_it_and_what_people_wrote(model: Any) -> None:
    base, after = _change(model, "bakery", "hide the status column in the orders table")
    assert after.entity("order").field("status") is not None
    assert after.view("orders").fields == ["pickup_date", "customer", "product", "quantity"]
    assert after.entity("order").field("status").label == base.entity("order").field("status").label
    for message in ("hide the notes field on orders", "please hide notes from the orders table"):
        base, after = _change(model, "bakery", message)
        assert after == base, message  # no page shows the notes: nothing is removed, added or relabelled


def test_places_after_a_colon_are_the_options_of_a_location(model: Any) -> None:
    _, after = _change(model, "restaurant", "tables need a location: patio, bar, main room")
    table = after.entity("table_spot")
    assert [o.value for o in table.field("location").options] == ["Patio", "Bar", "Main room"]
    assert table.field("patio") is None and table.field("bar") is None


def test_a_setting_said_after_a_comma_is_the_new_fields(model: Any) -> None:
    _, after = _change(model, "gym", "add a waiver signed checkbox to members, required")
    assert after.entity("member").field("waiver_signed").required


def test_the_home_page_is_set_and_no_page_is_remade_or_removed(model: Any) -> None:
    base, after = _change(model, "salon", "add a tip field to appointments and make the calendar the home page")
    assert [v.name for v in after.views] == [v.name for v in base.views] and after.home == "calendar"
    assert {f.name for f in after.entity("appointment").fields} == {f.name for f in base.entity("appointment").fields} | {"tip"}
    for message in ("make the clients list the home page", "open on the services page by default"):
        base, after = _change(model, "salon", message)
        assert after.home == ("clients" if "clients" in message else "services"), message
        assert [v.name for v in after.views] == [v.name for v in base.views], message
        assert after.entities == base.entities and after.auth == base.auth, message


def test_a_default_said_goes_on_the_choice_that_has_that_option(model: Any) -> None:
    base, after = _change(model, "salon", "appointments default to done")
    assert after.entity("appointment").field("status").default == "Done"
    assert after.entity("client") == base.entity("client")


def test_a_new_table_linked_to_a_thing_keeps_the_list_said_with_it(model: Any) -> None:
    base, after = _change(model, "rentals", "add a maintenance requests table linked to properties with description, "
                                            "date reported, status (open, in progress, done)")
    request = {f.name: f for f in after.entity("maintenance_request").fields}
    assert request["property"].target == "property" and request["date_reported"].type.value == "date"
    assert [o.value for o in request["status"].options] == ["Open", "In progress", "Done"]
    assert "date" not in request and "reported" not in request
    assert after.entity("property") == base.entity("property")  # the list had gone on the properties


def test_a_deed_logged_too_is_an_option_beside_the_one_the_app_has(model: Any) -> None:
    _, after = _change(model, "plants", "i want to log misting too, not just watering")
    action = after.entity("care_log").field("action")
    assert "Misting" in [o.value for o in action.options] and after.entity("care_log").field("misting") is None
    for message in ("i want to log fertilizing too, not just watering",
                    "log repotting too, not just watering and fertilising"):
        base, after = _change(model, "plants", message)
        assert after == base, message  # the app logs those already; it had renamed the care log to `repotting`


def test_a_new_option_goes_on_the_choice_its_words_name(model: Any) -> None:
    base, after = _change(model, "tasks", "rename priority to urgency and add a 'blocked' status")
    task = after.entity("task")
    assert task.field("urgency") is not None and "blocked" in [o.value.lower() for o in task.field("status").options]
    assert [o.value for o in task.field("urgency").options] == [o.value for o in base.entity("task").field("priority").options]


def test_a_waitlist_or_a_history_asked_for_a_thing_is_a_list_of_its_own_on_it(model: Any) -> None:
    for base_name, message, thing, owner in (
            ("events", "add a waitlist when an event is full", "waitlist", "event"),
            ("events", "add a waitlist for full events", "waitlist", "event"),
            ("bakery", "add a price history to products", "price_history", "product")):
        base, after = _change(model, base_name, message)
        new = after.entity(thing)
        assert new is not None and owner in {f.target for f in new.fields}, message
        assert after.entity(owner) == base.entity(owner), message  # no `waitlist_when`, no "Full events" choice


def test_people_who_comment_on_a_thing_get_comments_on_it(model: Any) -> None:
    for message in ("let people comment on tasks", "can you add due date reminders? and let people comment on tasks",
                    "team members should be able to leave comments on each task"):
        base, after = _change(model, "tasks", message)
        comment = after.entity("comment")
        assert comment is not None and comment.field("task").target == "task" and comment.field("body"), message
        assert after.entity("task") == base.entity("task") and after.entity("due_date") is None, message


def test_what_a_thing_needs_to_track_is_its_field(model: Any) -> None:
    _, after = _change(model, "tasks", "projects need to track budget")
    assert after.entity("project").field("budget").type.value == "money"


def test_sort_a_thing_by_a_field_orders_its_lists_and_makes_no_page(model: Any) -> None:
    base, after = _change(model, "events", "sort events by date, soonest first")
    assert [v for v in after.views if v.type.value == "calendar"] == [v for v in base.views if v.type.value == "calendar"]
    lists = [v for v in after.views if v.entity == "event" and v.type.value == "table"]
    assert lists and all(v.sort and v.sort[0].field == "starts_at" and not v.sort[0].desc for v in lists)
    base, after = _change(model, "tasks", "order tasks by due date, latest first")
    assert all(v.sort[0].field == "due" and v.sort[0].desc for v in after.views if v.entity == "task"
               and v.type.value in ("table", "kanban"))
    base, after = _change(model, "library", "list books by title")
    assert after.role("list") is None and after.permissions == base.permissions  # "list" is no role


def test_a_field_some_rows_need_is_added_not_the_name_relabelled(model: Any) -> None:
    base, after = _change(model, "gym", "add a waiver signed checkbox, and members under 18 need a guardian name")
    member = after.entity("member")
    assert member.field("waiver_signed").type.value == "boolean" and member.field("guardian_name") is not None
    assert member.field("name").label == base.entity("member").field("name").label  # it had become "Guardian name"


def test_subtasks_are_a_list_under_each_task_and_no_one_said_to_do_anything_changes_no_rule(model: Any) -> None:
    base, after = _change(model, "tasks", "tasks should have subtasks")
    assert after.entity("subtask").field("task").target == "task" and after.entity("task").field("subtasks") is None
    base, after = _change(model, "home_inventory", "items can be in a room, add rooms")
    assert after.permissions == base.permissions  # the decoder had let everyone add items


def test_a_change_that_finds_nothing_to_do_says_what_is_there_or_missing(model: Any) -> None:
    base = load_base("recruiting")
    proposal = model.propose("remove the linkedin field", base)
    assert not proposal.operations and proposal.note == "Nothing to change: the app has no linkedin field."
    proposal = model.propose("add a photo of each plant", load_base("plants"))
    assert not proposal.operations and "plant already has photo" in proposal.note
    base, after = _change(model, "restaurant", "make the phone number required for reservations")
    assert after.entity("reservation").field("phone").required  # not the tables' number, which already is


def test_whether_something_was_so_is_a_yes_or_no(model: Any) -> None:
    base, after = _change(model, "rentals", "tenants pay rent monthly, track each payment and whether it was late")
    late = [f for e in after.entities for f in e.fields if f.name == "late"]
    assert late and all(f.type.value == "boolean" for f in late)  # it had been a date


def test_a_due_date_asked_of_tasks_that_have_a_due_date_named_due_is_added_as_before() -> None:
    # renaming a blueprint's date to the words said ("brew date" for brewed_on) is a new app's; a change never
    # renames what the app has
    base = load_base("tasks")
    proposal = get_model("appforge").propose("add a priority (low, medium, high) and a due date to tasks", base)
    spec = apply_proposal(proposal, base)
    assert spec.entity("task").field("due") is not None  # the app's own field is never renamed by a change


def test_renaming_a_thing_the_app_does_not_keep_says_so_and_changes_nothing() -> None:
    base = load_base("library")  # it keeps borrowers, not members
    proposal = get_model("appforge").propose("rename members to patrons", base)
    assert proposal.operations == [] and "no members" in (proposal.note or "")
    proposal = get_model("appforge").propose("rename borrowers to patrons", base)
    assert apply_proposal(proposal, base).entity("patron") is not None


def test_ticket_types_for_each_event_are_a_thing_of_their_own_linked_to_the_events() -> None:
    base = load_base("events")
    spec = apply_proposal(get_model("appforge").propose("add ticket types with price and quantity for each event", base),
                          base)
    kind = spec.entity("ticket_type")
    assert kind is not None and {"price", "quantity"} <= {f.name for f in kind.fields}
    assert kind.field("event") is not None and kind.field("event").target == "event"
    assert spec.entity("type") is None and spec.entity("event").field("types") is None
