"""New apps from requests sketched loosely, the way people type them when they are busy: one thing to a line,
a record that "gets logged with" its list, a link said after the list ("..., linked to the owner"), a choice said
by its options alone ("pass or fail"), and a sign-off at the end."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.models.inhouse.bullets import bulleted_things
from appforge.models.inhouse.links import link_within
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.tidy import misplaced_on_create
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations
from tests.models.starts import app_from, entity_named


def _links(spec: AppSpec, name: str) -> set[str]:
    return {f.target for f in entity_named(spec, name).fields if f.target}


@pytest.fixture(scope="module")
def listed() -> Any:
    return listed_fields(load_catalogue_vectors())


def test_each_bullet_line_opens_with_a_thing_to_keep() -> None:
    message = ("Landscaping business app\n- clients (name, address, phone)\n- quotes per client\n"
               "- invoices sent from the van\n- weekly garden photos\n- staff can add photos but only I can delete a quote")
    assert bulleted_things(message) == ["client", "quote", "invoice", "photo"]
    spec = app_from(message)
    for thing in ("client", "quote", "invoice", "photo"):
        entity_named(spec, thing)
    assert "client" in _links(spec, "quote")


def test_lines_that_state_rules_or_pages_or_kinds_name_nothing_new() -> None:
    assert bulleted_things("- staff can add photos\n- only managers can delete jobs") == []
    assert bulleted_things("- list of certs expiring in the next 30 days\n- permit types: hot work, electrical") == []
    assert bulleted_things("one line only:\n- invoices") == []  # a single dash is no sketch


def test_a_record_that_gets_logged_with_a_list_is_that_record_not_the_verb() -> None:
    spec = app_from("Dog grooming van. Each groom gets logged with date, dog and price. Cheers")
    groom = entity_named(spec, "groom")
    assert {"date", "price"} <= {f.name for f in groom.fields}
    assert "dog" in _links(spec, "groom")
    names = {e.name for e in spec.entities}
    assert not names & {"get", "cheer", "cheers"}


def test_a_link_said_after_a_things_list_ties_that_thing_to_a_new_list_of_people() -> None:
    spec = app_from("I want to keep bikes by frame number with brand, model and size, linked to the owner. "
                    "Also repairs: bike, date, cost.")
    bike = entity_named(spec, "bike")
    assert {"brand", "size"} <= {f.name for f in bike.fields}  # the bikes' list, though said "by frame number"
    assert "owner" in _links(spec, "bike")
    assert not {"brand", "linked"} & {f.name for e in spec.entities if e.name != "bike" for f in e.fields}


def test_people_who_can_have_many_of_a_thing_are_kept_and_own_them() -> None:
    spec = app_from("I'm a piano tuner and I need to keep track of the pianos I look after. Each client can have more "
                    "than one piano (make, model, serial number, upright or grand). When I do a tuning I log the date.")
    assert "client" in _links(spec, "piano")
    piano = entity_named(spec, "piano")
    assert {"make", "model", "serial_number"} <= {f.name for f in piano.fields}
    assert not any("piano" in f.name or "make" in f.name for f in entity_named(spec, "client").fields)


def test_a_list_of_things_with_a_field_for_each_keeps_those_things() -> None:
    spec = app_from("We need to track memorial orders: the family contact, which cemetery, stone type, price. "
                    "Also a list of cemeteries with the council contact for each.")
    assert "council_contact" in {f.name for f in entity_named(spec, "cemetery").fields}
    assert "cemetery" in _links(spec, "order")
    assert spec.entity("memorial") is None  # "memorial orders" are orders of a kind, not two things


def test_a_choice_said_by_its_options_alone_takes_the_name_apps_give_it(listed: Any) -> None:
    app = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": e, "fields": [{"name": "name"}]} for e in ("inspection", "player", "tool", "reading")])
    spec = listed.add(app, "inspections (date, pass or fail, notes). players (name, phone, batting/bowling/allrounder). "
                           "tools (name, price, cleaned/oiled). readings (mg/dL, time).")

    def choices(entity: str) -> dict[str, list[str]]:
        return {f.name: [o.value for o in f.options] for f in entity_named(spec, entity).fields if f.options}

    assert choices("inspection") == {"result": ["Pass", "Fail"]}
    assert list(choices("player").values()) == [["Batting", "Bowling", "Allrounder"]]
    assert "type" not in choices("tool")  # two things done to a tool, not two kinds of tool
    assert choices("reading") == {}  # a unit, not a choice


def test_a_thing_listed_by_its_own_fields_keeps_them(listed: Any) -> None:
    app = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": e, "fields": [{"name": "name"}]} for e in ("keg", "beer", "bar")])
    spec = listed.add(app, "I need to track every keg by its number and size (half barrel, sixtel), what beer is in "
                           "it and which bar it's at.")
    keg = {f.name: f for f in entity_named(spec, "keg").fields}
    assert {"number", "size"} <= set(keg)
    assert keg["beer"].target == "beer" and keg["bar"].target == "bar"


def test_one_of_a_list_picked_for_each_record_is_kept_and_linked() -> None:
    spec = app_from("Tiffin delivery business. I need customers (name, address, phone), our drivers, which route each "
                    "customer is on, and payments each month.")
    assert "route" in _links(spec, "customer")
    spec = app_from("Film photography log: rolls with film stock, ISO, which camera it's loaded in, date loaded, and "
                    "which lab it went to. Also which day I shot it.")
    assert {"camera", "lab"} <= _links(spec, "roll")
    assert spec.entity("day") is None  # a day is a date the catalogue keeps as a field, not a list to pick from


def test_things_each_with_others_own_those_others() -> None:
    app = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": e, "fields": [{"name": "name"}]} for e in ("band", "demo")])
    spec = link_within(app, "Record label roster. We sign bands, each with several demos (title, length, date sent).")
    assert "band" in _links(spec, "demo")
    assert "band" not in _links(link_within(app, "We sign bands and record demos."), "demo")


def test_a_count_said_of_things_makes_no_thing_of_its_number() -> None:
    start = apply_operations(AppSpec(name="app"), [{"op": "add_entity", "entity": "keg", "fields": [{"name": "name"}]}])
    ops = [{"op": "add_entity", "entity": "n_60_keg", "fields": [{"name": "name", "type": "text"}]},
           {"op": "add_field", "entity": "keg", "field": {"name": "size", "type": "text"}}]
    kept = misplaced_on_create(ops, start, [], "Want to see kegs that have been out more than 60 days.", set())
    assert kept == ops[1:]  # the decoder's thing of "60 kegs" goes; the keg's size stays


def test_a_bare_list_after_need_is_the_main_things_and_a_list_of_looks_is_no_list() -> None:
    spec = app_from("shoe repair stall - boots and heels brought in for repair. need: customer, item, what's wrong, "
                    "date in, date promised, price quoted, status (waiting / ready / collected)")
    repair = {f.name: f for f in entity_named(spec, "repair").fields}
    assert {"date_promised", "price_quoted"} <= set(repair)
    assert [o.value for o in repair["status"].options] == ["Waiting", "Ready", "Collected"]
    spec = app_from("gratitude journal app. dark mode, rounded corners, teal buttons")
    assert not [f.name for e in spec.entities for f in e.fields if {"corners", "buttons", "mode"} & set(f.name.split("_"))]
