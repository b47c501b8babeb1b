"""The fields a message lists for a thing reach the new app, typed the way the catalogue types such fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.roles import add_roles
from appforge.models.inhouse.start import entity_index
from appforge.models.inhouse.thinglabels import fields_as_said
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations


@pytest.fixture(scope="module")
def listed() -> Any:
    return listed_fields(load_catalogue_vectors())


def _app(**entities: list[str]) -> AppSpec:
    return apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": name, "fields": [{"name": f} for f in fields]} for name, fields in entities.items()
    ])


def _fields(spec: AppSpec, entity: str) -> dict[str, Any]:
    found = spec.entity(entity)
    assert found is not None, f"no {entity} in {[e.name for e in spec.entities]}"
    return {f.name: f for f in found.fields}


def test_a_bracketed_list_adds_each_field_with_the_type_its_words_imply(listed: Any) -> None:
    spec = listed.add(_app(firing=["name"]), "kiln log. firings (date, cone, peak temperature, photo of the load, cracked?)")
    fields = _fields(spec, "firing")
    assert fields["date"].type.value == "date"
    assert fields["peak_temperature"].type.value == "decimal"
    assert fields["photo_of_load"].type.value == "image"
    assert fields["cracked"].type.value == "boolean"
    assert fields["cone"].type.value == "text"


def test_a_list_of_a_kind_word_said_alone_is_a_thing_of_that_name(listed: Any) -> None:
    """"plans: name, price, length" opening a message once crashed the reader (it looked for a word before "plans")."""
    spec = listed.add(AppSpec(name="app"), "plans: name, price, length")
    assert {"name", "price", "length"} <= set(_fields(spec, "plan"))
    spec = listed.add(AppSpec(name="app"), "packages (mini valet, full valet, ceramic coat) with price & duration")
    assert spec.entity("package") is not None


def test_options_given_in_the_list_become_a_choice_and_keep_the_persons_capitals(listed: Any) -> None:
    spec = listed.add(_app(bug=["title"]), "bugs: title, platform (iOS/Android), status draft/fixed/closed")
    fields = _fields(spec, "bug")
    assert [o.value for o in fields["platform"].options] == ["iOS", "Android"]
    assert [o.value for o in fields["status"].options] == ["Draft", "Fixed", "Closed"]
    assert list(fields) == ["title", "platform", "status"]


def test_a_listed_thing_the_app_lacks_is_made_with_its_fields(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "surf school. lessons w/ instructor, date, level (beginner/advanced), price")
    fields = _fields(spec, "lesson")
    assert fields["date"].type.value == "date"
    assert fields["price"].type.value == "money"
    assert [o.value for o in fields["level"].options] == ["Beginner", "Advanced"]


def test_a_list_for_each_one_of_a_new_thing_makes_it(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "I foster kittens. keep track of each kitten (name, sex, colour, weight, adopted or not)")
    fields = _fields(spec, "kitten")
    assert {"name", "sex", "colour", "weight", "adopted"} <= set(fields)
    assert fields["adopted"].type.value == "boolean"


def test_an_item_that_is_another_thing_of_the_app_becomes_a_link_to_it(listed: Any) -> None:
    spec = listed.add(_app(wine=["name"], tasting=["title"]), "wine club: tastings (date, wine, score 1-10, notes)")
    fields = _fields(spec, "tasting")
    assert fields["wine"].type.value == "reference" and fields["wine"].target == "wine"
    assert fields["score"].type.value == "rating"
    assert fields["notes"].type.value == "long_text"


def test_what_a_thing_already_holds_is_not_added_twice(listed: Any) -> None:
    spec = listed.add(_app(instrument=["serial_number", "make"]), "instruments (serial, make, year)")
    assert list(_fields(spec, "instrument")) == ["serial_number", "make", "year"]


def test_examples_looks_and_chatter_are_not_read_as_fields(listed: Any) -> None:
    base = _app(service=["name"])
    for message in ("church rota. services (sunday mass, evensong etc)",
                    "services. dark mode, teal buttons, rounded corners",
                    "services: only admins can delete them, everyone can see them",
                    "hello there, thanks, cheers"):
        assert listed.add(base, message) == base, message


def test_a_new_app_from_the_model_has_the_fields_the_message_listed() -> None:
    model = get_model("appforge")
    message = "a tracker for my pottery: pieces (clay body, glaze, firing date, weight in grams, sold?)"
    spec = apply_proposal(model.propose(message, None), None)
    piece = next(e for e in spec.entities if e.name in ("piece", "pot", "pottery_piece"))
    types = {f.name: f.type.value for f in piece.fields}
    assert types.get("firing_date") == "date"
    assert types.get("sold") == "boolean"
    assert "glaze" in types and "clay_body" in types


def test_a_change_that_lists_fields_for_a_thing_adds_each_and_leaves_the_rest_alone() -> None:
    base = AppSpec.model_validate_json(Path("examples/salon.json").read_text())
    message = "services need a 'vegan products' checkbox and a max group size"
    spec = apply_proposal(get_model("appforge").propose(message, base), base)
    added = {f.name: f.type.value for f in spec.entity("service").fields}.items() - {
        f.name: f.type.value for f in base.entity("service").fields}.items()
    assert "vegan_products" in dict(added)
    assert ("max_group_size", "integer") in added
    for entity in base.entities:
        if entity.name != "service":
            assert spec.entity(entity.name) == entity
    assert spec.views == base.views and spec.roles == base.roles


def test_a_change_that_lists_a_new_thing_adds_it_with_its_fields() -> None:
    base = AppSpec.model_validate_json(Path("examples/salon.json").read_text())
    spec = apply_proposal(get_model("appforge").propose("retail sales: client, product name, date, price", base), base)
    sale = _fields(spec, "sale")
    assert "client" in sale and "product_name" in sale
    assert sale["date"].type.value == "date"
    assert sale["price"].type.value == "money"
    for entity in base.entities:
        assert spec.entity(entity.name) is not None


def test_rates_and_measures_are_typed_as_amounts(listed: Any) -> None:
    spec = listed.add(_app(lot=["name"]), "green coffee lots (origin, kg bought, price/kg, moisture %)")
    fields = _fields(spec, "lot")
    assert fields["kg_bought"].type.value == "decimal"
    assert fields["price_per_kg"].type.value == "money"
    assert fields["moisture"].type.value == "decimal"


def test_a_list_for_a_new_word_goes_to_the_thing_that_already_holds_most_of_it(listed: Any) -> None:
    base = _app(entry=["severity", "triggers", "started_at"], appointment=["when"])
    spec = listed.add(base, "track my migraines: date, severity 1-10, triggers, meds taken")
    assert [e.name for e in spec.entities] == ["entry", "appointment"]
    assert {"date", "meds_taken"} <= set(_fields(spec, "entry"))
    fresh = listed.add(base, "feedings: entry, date, syrup litres")
    assert fresh.entity("feeding") is not None  # a link and a date say nothing of which thing it is


_PIECES = ["clients", "(", ")", "name", ",", "phone", "w/", "with", ":", "date", "price/kg", "status", "new/old", "?",
           "'", "\"", "and", "only", "staff", "can", "see", "their", "own", "bookings", "rooms", "1-5", "%", ".", "\n",
           "-", "etc", "kg", "whether", "x", "é", "🙂", "2024", "how", "many"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=40), noise=st.text(max_size=40))
def test_any_text_only_adds_to_a_start_and_never_breaks_it(listed: Any, pieces: list[str], noise: str) -> None:
    base = _app(client=["name", "phone"], booking=["date"], room=["name"])
    text = " ".join(pieces) + noise
    ops, spec = listed.operations(base, text)
    AppSpec.model_validate(spec.model_dump())
    for entity in base.entities:
        after = spec.entity(entity.name)
        assert after is not None and after.fields[: len(entity.fields)] == entity.fields
    assert all(op["op"] in ("add_field", "add_entity") for op in ops)
    linked = entity_index(load_catalogue_vectors()).link_events(add_roles(spec, text), set(), text)
    AppSpec.model_validate(linked.model_dump())
    assert [e.name for e in linked.entities] == [e.name for e in spec.entities]


def _change(base_name: str, message: str) -> tuple[AppSpec, AppSpec]:
    base = load_base(base_name)
    return base, apply_proposal(get_model("appforge").propose(message, base), base)


def _new_fields(base: AppSpec, spec: AppSpec) -> dict[str, dict[str, Any]]:
    out = {}
    for entity in spec.entities:
        old = base.entity(entity.name)
        out[entity.name] = {f.name: f for f in entity.fields if old is None or old.field(f.name) is None}
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize("base_name, message, entity, field, options", [
    ("salon", "make services have a category: hair, nails, beauty", "service", "category", ["Hair", "Nails", "Beauty"]),
    ("clinic", "appointments need a type: new patient, follow-up, or review", "appointment", "type",
     ["New patient", "Follow-up", "Review"]),
    ("tasks", "tag tasks with labels like bug, feature, chore", "task", "labels", ["Bug", "Feature", "Chore"]),
    ("restaurant", "reservations need an occasion: birthday, anniversary, business", "reservation", "occasion",
     ["Birthday", "Anniversary", "Business"]),
    ("restaurant", "add a section to tables (patio, bar, main room)", "table_spot", "section",
     ["Patio", "Bar", "Main room"]),
])
def test_a_list_after_a_fields_word_is_its_options_not_more_fields(base_name: str, message: str, entity: str,
                                                                   field: str, options: list[str]) -> None:
    base, spec = _change(base_name, message)
    new = _new_fields(base, spec)
    assert list(new) == [entity] and list(new[entity]) == [field], new
    assert [o.value.lower() for o in new[entity][field].options] == [o.lower() for o in options]


def test_fields_listed_before_their_thing_are_all_added() -> None:
    base, spec = _change("clinic", "add insurance provider and policy number to patients")
    assert set(_new_fields(base, spec).get("patient", {})) == {"insurance_provider", "policy_number"}


def test_a_field_the_thing_has_is_not_added_twice_and_gets_the_options_said() -> None:
    base, spec = _change("tasks", "tasks should have a priority low/medium/high/urgent")
    assert _new_fields(base, spec) == {}
    priority = spec.entity("task").field("priority")
    assert "urgent" in {o.value.lower() for o in priority.options}


def test_a_plural_field_with_options_holds_several_of_them() -> None:
    base, spec = _change("salon", "add allergies to clients (nuts, latex, dyes)")
    allergies = _new_fields(base, spec)["client"]["allergies"]
    assert allergies.type.value == "tags"
    assert [o.value for o in allergies.options] == ["Nuts", "Latex", "Dyes"]


def test_a_word_that_begins_a_field_the_thing_has_is_that_field(listed: Any) -> None:
    spec = listed.add(_app(inspection=["temperament", "notes"]), "inspections (temper 1-5, notes, brood pattern)")
    assert list(_fields(spec, "inspection")) == ["temperament", "notes", "brood_pattern"]


def test_outcomes_listed_without_a_name_are_a_result(listed: Any) -> None:
    spec = listed.add(_app(scrim=["name"]), "scrims: date, map, win/loss, notes")
    result = _fields(spec, "scrim")["result"]
    assert result.type.value == "choice" and [o.value for o in result.options] == ["Win", "Loss"]


def test_a_unit_said_after_a_measure_goes_to_its_label(listed: Any) -> None:
    fields = _fields(listed.add(_app(reading=["name"]), "blood pressure log. readings: systolic mmHg, pulse bpm, "
                                "weight kg, temperature c"), "reading")
    assert {"pulse", "weight", "temperature"} <= set(fields), list(fields)
    assert fields["pulse"].label == "Pulse bpm" and fields["weight"].type.value == "decimal"


def test_a_listed_count_is_a_whole_number_and_an_identifier_is_not(listed: Any) -> None:
    fields = _fields(listed.add(_app(order=["name"]), "orders: cake portions, gift bags, policy number"), "order")
    assert fields["cake_portions"].type.value == "integer" and fields["gift_bags"].type.value == "integer"
    assert fields["policy_number"].type.value != "integer"


def test_a_list_said_of_themselves_belongs_to_the_thing_named_before(listed: Any) -> None:
    spec = listed.add(_app(client=["name"]), "new clients sign up themselves (name, email, reason for coming)")
    assert {"email", "reason_for_coming"} <= set(_fields(spec, "client"))
    assert spec.entity("themselve") is None


def test_a_thing_said_with_what_was_done_to_it_is_the_thing(listed: Any) -> None:
    spec = listed.add(_app(car=["name"]), "garage log: cars, repairs done (date, garage, cost), parts fitted with price and supplier")
    assert {"date", "cost"} <= set(_fields(spec, "repair")) and "price" in _fields(spec, "part")
    assert not [f for f in _fields(spec, "repair") if "part" in f]


def test_a_plural_thing_with_its_own_list_is_that_thing_not_one_holding_the_same_words(listed: Any) -> None:
    spec = listed.add(_app(job=["name", "amount", "due_date"]), "jobs, invoices with amount and due date")
    assert {"amount", "due_date"} <= set(_fields(spec, "invoice"))


def test_a_part_of_the_thing_said_with_of_is_named_as_apps_name_it(listed: Any) -> None:
    fields = _fields(listed.add(_app(route=["name"]), "routes w/ grade, colour of holds, number of moves"), "route")
    assert "hold_colour" in fields and "colour_of_holds" not in fields, list(fields)


def test_a_word_and_its_negation_is_a_yes_no_named_for_the_yes(listed: Any) -> None:
    fields = _fields(listed.add(_app(invoice=["number"]), "invoices (amount, paid/unpaid, active/inactive)"), "invoice")
    assert fields["paid"].type.value == "boolean" and fields["active"].type.value == "boolean"
    assert "unpaid" not in fields


def test_paid_said_alone_or_of_a_fee_asks_whether_and_what_i_paid_asks_how_much(listed: Any) -> None:
    fields = _fields(listed.add(_app(vendor=["name"]), "vendors: name, fee paid, insurance expiry"), "vendor")
    assert fields["fee_paid"].type.value == "boolean"
    assert _fields(listed.add(_app(invoice=["number"]), "invoices (amount, sent, paid)"), "invoice")["paid"].type.value == "boolean"
    records = _fields(listed.add(_app(record=["title"]), "records: artist, year, what i paid, amount paid"), "record")
    assert records["paid"].type.value == "money" and records["amount_paid"].type.value == "money"


def test_a_word_for_what_happened_is_a_yes_no_and_a_timestamp_a_moment(listed: Any) -> None:
    fields = _fields(listed.add(_app(booking=["name"]), "bookings: group name, escaped, vaccinated, timestamp"), "booking")
    assert fields["escaped"].type.value == "boolean" and fields["vaccinated"].type.value == "boolean"
    assert fields["timestamp"].type.value == "datetime"


def test_questions_in_a_list_are_the_fields_they_ask_for(listed: Any) -> None:
    spec = listed.add(_app(signup=["name"]), "signups: name, what they're bringing, how many, who paid, when")
    fields = _fields(spec, "signup")
    assert fields["quantity"].type.value == "integer" and "bringing" in fields
    assert fields["paid_by"].type.value == "text" and fields["date"].type.value == "date"
    assert "how_many" not in fields and "who_paid" not in fields
    plain = listed.add(_app(signup=["title"]), "a sign up sheet for the bake sale. name, what they're bringing, how many")
    assert {"name", "bringing", "quantity"} <= set(_fields(plain, "signup"))


def test_a_thing_said_with_with_in_a_list_is_not_a_field_of_the_list(listed: Any) -> None:
    spec = listed.add(_app(plant=["name"]), "my plant shop inventory: plants with price, stock, pot size")
    fields = _fields(spec, "plant")
    assert {"price", "stock", "pot_size"} <= set(fields)
    assert not [f for f in fields if "with" in f]


def test_a_list_for_my_business_is_the_list_of_the_things_named_before_for(listed: Any) -> None:
    spec = listed.add(_app(customer=["name"]), "cake orders for my home bakery: customer, pickup date, flavour, price")
    fields = _fields(spec, "cake_order")
    assert {"pickup_date", "flavour", "price", "customer"} <= set(fields)
    assert fields["customer"].type.value == "reference"
    assert spec.entity("bakery") is None and spec.entity("home_bakery") is None


def test_a_thing_said_with_what_was_done_to_it_gets_its_list_when_the_app_has_it(listed: Any) -> None:
    spec = listed.add(_app(household=["name"], volunteer=["name"]),
                      "food bank. households registered (family size, address, dietary needs), volunteers")
    fields = _fields(spec, "household")
    assert {"address", "dietary_needs"} <= set(fields) and fields["family_size"].type.value == "integer"
    assert set(_fields(spec, "volunteer")) == {"name"}


def test_a_way_to_see_the_app_in_a_list_is_not_a_field(listed: Any) -> None:
    spec = listed.add(_app(lesson=["name"]), "flight school: lessons w/ instructor, plane, calendar pls")
    assert "plane" in _fields(spec, "lesson") and "calendar" not in _fields(spec, "lesson")


def test_a_thing_before_what_the_person_does_with_it_gets_the_list(listed: Any) -> None:
    spec = listed.add(_app(contractor=["name"], invoice=["number"]),
                      "a tracker for invoices i send as a contractor - job address, amount, date sent, date paid")
    fields = _fields(spec, "invoice")
    assert {"job_address", "amount"} <= set(fields)
    assert fields["date_sent"].type.value == "date" and fields["date_paid"].type.value == "date"
    assert set(_fields(spec, "contractor")) == {"name"}


def test_more_questions_people_list_as_fields(listed: Any) -> None:
    spec = listed.add(_app(item=["name"]), "lost and found. items found (description, where found, date, photo), who claimed it")
    fields = _fields(spec, "item")
    assert {"location", "date", "photo"} <= set(fields) and "where_found" not in fields
    log = _fields(listed.add(_app(complaint=["name"]), "complaints: customer, what happened, date, what i charged"), "complaint")
    assert "description" in log and log["charged"].type.value == "money"


def test_the_head_word_of_a_listed_field_types_it(listed: Any) -> None:
    fields = _fields(listed.add(_app(pet=["name"]), "pets (species, feeding instructions, insurance expiry, "
                                                    "stock level, skill level)"), "pet")
    assert fields["feeding_instructions"].type.value == "text"
    assert fields["insurance_expiry"].type.value == "date"
    assert fields["stock_level"].type.value == "integer" and fields["skill_level"].type.value != "integer"
    parents = _fields(listed.add(_app(parent=["name"]), "parents (phone numbers, email addresses)"), "parent")
    assert parents["phone_numbers"].type.value == "phone" and parents["email_addresses"].type.value == "email"


def test_a_list_that_ends_where_the_next_things_list_begins_gives_that_thing_its_own(listed: Any) -> None:
    spec = listed.add(_app(dog=["name"]), "I want each dog with owner name, phone, address and any behaviour notes, "
                                          "and then each walk I do: date, which dog, how long, and if I've been paid for it")
    dog, walk = _fields(spec, "dog"), _fields(spec, "walk")
    assert {"owner_name", "phone", "address"} <= set(dog) and not any("walk" in name for name in dog), list(dog)
    assert walk["date"].type.value == "date" and walk["paid"].type.value == "boolean", list(walk)
    assert walk["dog"].target == "dog" and walk["duration"].type.value in ("integer", "decimal")


@pytest.mark.parametrize("question, field", [
    ("where it sits", "location"), ("which card it's on", "card"), ("claimed by who", "claimed_by"),
    ("how often to water (days)", "water_every_days"), ("if i've been paid for it", "paid")])
def test_listed_questions_name_the_field_they_ask_for(listed: Any, question: str, field: str) -> None:
    spec = listed.add(_app(thing=["name"]), f"things: name, date, {question}, notes")
    assert field in _fields(spec, "thing"), list(_fields(spec, "thing"))


def test_fields_said_of_them_their_and_without_commas_reach_their_thing(listed: Any) -> None:
    spec = listed.add(_app(subscription=["name"]), "way too many subscriptions lol. want to list them all with the "
                                                   "monthly cost, renewal date")
    assert {"monthly_cost", "renewal_date"} <= set(_fields(spec, "subscription"))
    spec = listed.add(_app(student=["name"], attendee=["name"]),
                      "a list of my students and their emails. attendees and their ticket type")
    assert _fields(spec, "student")["email"].type.value == "email"
    assert "ticket_type" in _fields(spec, "attendee")
    spec = listed.add(_app(listing=["name"], offer=["name"]), "listings with address price beds baths, offers")
    fields = list(_fields(spec, "listing"))
    assert {"address", "price"} <= set(fields) and sum(n.startswith(("bed", "bath")) for n in fields) == 2, fields
    spec = listed.add(_app(ticket=["name"]), "tickets need a price paid and QR code image")
    assert _fields(spec, "ticket")["qr_code"].type.value == "image", "one field's words stay one field"
    spec = listed.add(_app(course=["name"]), "courses (night, price for the 6-week course)")
    assert "price" in _fields(spec, "course")


def test_a_list_opened_by_a_thing_and_what_was_done_to_it_is_that_things_list(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "lost and found for the gym. items found, where, date, claimed by who")
    assert {"location", "date", "claimed_by"} <= set(_fields(spec, "item"))


def test_a_question_word_in_a_list_is_never_a_thing_of_the_new_app() -> None:
    spec = apply_proposal(get_model("appforge").propose("we need a lost and found for the gym. items found, where, "
                                                        "date, claimed by who"))
    names = [e.name for e in spec.entities]
    assert "item" in names and not set(names) & {"where", "who", "when"}, names


def test_counts_ages_temperatures_and_shared_words_are_typed_and_split_as_people_mean(listed: Any) -> None:
    spec = listed.add(_app(lease=["name"]), "leases with start/end dates & monthly rent, number of rooms, tenant age, "
                                            "boiler temperature")
    fields = _fields(spec, "lease")
    assert fields["start_date"].type.value == "date" and fields["end_date"].type.value == "date", list(fields)
    assert fields["number_of_rooms"].type.value == "integer"
    assert fields["tenant_age"].type.value == "integer"
    assert fields["boiler_temperature"].type.value == "decimal"


def test_a_thing_and_its_history_after_a_list_start_a_list_of_their_own(listed: Any) -> None:
    spec = listed.add(_app(card=["name"], review=["name"]),
                      "flashcards: cards with front, back, and review history (when, got it right?)")
    assert {"front", "back"} <= set(_fields(spec, "card")) and not any("review" in n for n in _fields(spec, "card"))
    review = _fields(spec, "review")
    assert review["date"].type.value == "date" and any(f.type.value == "boolean" for f in review.values())


def test_examples_of_a_thing_are_not_things_and_its_list_stays_its_own() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "inventory for my etsy candle shop: products (scent, size, price, qty in stock), supplies like wax and wicks "
        "with supplier, and orders"))
    names = [e.name for e in spec.entities]
    assert "wick" not in names and "wax" not in names and "supply" in names, names
    assert any(f.target == "supplier" or f.name == "supplier" for f in spec.entity("supply").fields)


def test_a_list_for_things_at_each_of_another_is_theirs_and_words_in_brackets_are_no_list(listed: Any) -> None:
    spec = listed.add(_app(customer=["name"], property=["address"], job=["name"]),
                      "customers, properties (a customer can have more than one), jobs at each property w/ date + "
                      "crew + price, and equipment")
    job = _fields(spec, "job")
    assert job["date"].type.value == "date" and "price" in job and job["property"].target == "property", list(job)
    assert set(_fields(spec, "customer")) == {"name"} and set(_fields(spec, "property")) == {"address"}


def test_each_one_of_something_with_a_list_is_a_thing_of_its_own(listed: Any) -> None:
    spec = listed.add(_app(vine=["name"], spray=["name"]),
                      "I manage a small vineyard. Track each block of vines (grape variety, area in hectares, year "
                      "planted), sprays applied (product, date, dose)")
    block = _fields(spec, "block")
    assert {"grape_variety", "year_planted"} <= set(block) and block["area"].type.value == "decimal", list(block)
    assert set(_fields(spec, "vine")) == {"name"}


def test_a_field_said_in_a_unit_is_named_for_what_it_measures_and_unit() -> None:
    base = load_base("tasks")
    spec = apply_proposal(get_model("appforge").propose("add an estimate in hours to tasks", base), base)
    added = {f.name for f in spec.entity("task").fields} - {f.name for f in base.entity("task").fields}
    assert added == {"estimate_hours"}, added


def test_options_after_a_new_fields_name_are_its_options_not_a_new_things_fields() -> None:
    base = load_base("clinic")
    spec = apply_proposal(get_model("appforge").propose("add a payment method: cash, card, transfer", base), base)
    choices = [f for e in spec.entities for f in e.fields if f.type.value == "choice" and f.name == "payment_method"]
    assert choices and [o.value for o in choices[0].options] == ["Cash", "Card", "Transfer"]
    assert not any(f.name in ("cash", "card", "transfer") for e in spec.entities for f in e.fields)


def test_a_thing_asked_for_by_name_with_what_it_is_linked_to_is_added_with_that_link() -> None:
    base = load_base("clinic")
    spec = apply_proposal(get_model("appforge").propose("add a treatment notes entity linked to appointments", base), base)
    note = spec.entity("treatment_note")
    assert note is not None and any(f.target == "appointment" for f in note.fields)
    assert {f.name for f in spec.entity("appointment").fields} == {f.name for f in base.entity("appointment").fields}


def test_a_new_choice_is_named_as_the_person_names_its_kind_in_one_step() -> None:
    base = load_base("home_inventory")
    proposal = get_model("appforge").propose("add insurance category: electronics, jewelry, furniture, appliances", base)
    assert [o.op for o in proposal.operations] == ["add_field"], "one step in the history, not an add and a rename"
    field = apply_proposal(proposal, base).entity("item").field("insurance_category")
    assert field is not None and [o.value for o in field.options] == ["Electronics", "Jewelry", "Furniture", "Appliances"]


@pytest.mark.parametrize("base_name, message, entity, wanted", [
    ("bakery", "add a delivery address + delivery fee to orders", "order",
     {"delivery_address": "text", "delivery_fee": "money"}),
    ("gym", "add emergency contact name and phone for members", "member",
     {"emergency_contact_name": "text", "emergency_contact_phone": "phone"}),
    ("clinic", "appointments need a duration in minutes and a reason for visit", "appointment",
     {"duration_minutes": "integer", "reason_for_visit": "text"}),
    ("salon", "we need to track tips on each appointment", "appointment", {"tips": "money"}),
    ("recruiting", "i want to store a linkedin url for candidates and where they heard about us", "candidate",
     {"linkedin": "url", "source": "text"}),
])
def test_a_change_that_lists_fields_adds_each_as_its_words_say(base_name: str, message: str, entity: str,
                                                                wanted: dict[str, str]) -> None:
    base = load_base(base_name)
    spec = apply_proposal(get_model("appforge").propose(message, base), base)
    assert [e.name for e in spec.entities] == [e.name for e in base.entities], "no new thing"
    added = {f.name: f.type.value for f in spec.entity(entity).fields if base.entity(entity).field(f.name) is None}
    assert added == wanted


def test_a_pronoun_is_never_a_thing_a_change_adds() -> None:
    base = load_base("recruiting")
    spec = apply_proposal(get_model("appforge").propose(
        "i want to store a linkedin url for candidates and where they heard about us", base), base)
    assert spec.entity("us") is None and spec.entity("candidate").field("linkedin") is not None


def test_what_follows_a_bracket_of_options_is_the_next_item() -> None:
    from appforge.models.inhouse.listparts import list_items

    assert list_items("donor, amount, fund (general, building, missions) and whether it was gift aided") == [
        "donor", "amount", "fund (general, building, missions)", "whether it was gift aided"]
    assert list_items("name (first, last) and phone") == ["name (first, last)", "phone"]


def test_a_choices_options_said_anew_are_exactly_those() -> None:
    base, spec = _change("salon", "change the status options to booked, confirmed, done, no show")
    status = spec.entity("appointment").field("status")
    assert sorted(o.value.casefold().replace("-", " ") for o in status.options) == ["booked", "confirmed", "done",
                                                                                   "no show"]
    assert [e.name for e in spec.entities] == [e.name for e in base.entities]


def test_a_place_said_between_a_thing_and_its_list_keeps_the_list_the_things(listed: Any) -> None:
    spec = listed.add(_app(ascent=["name"]), "gym for climbers: routes on the wall with grade and color and setter, "
                                             "members log their sends")
    assert {"grade", "color", "setter"} <= set(_fields(spec, "route"))
    assert not [f for f in _fields(spec, "route") if "log" in f or "member" in f]  # what members do is no field


def test_a_question_listed_for_a_thing_asks_for_the_field_it_names() -> None:
    from appforge.models.inhouse.itemfield import unasked
    assert unasked("how much we charged") == "amount charged"
    assert unasked("how much it cost") == "cost"
    assert unasked("which cleaner went") == "cleaner"
    assert unasked("whether they paid") == "paid"


def test_what_is_still_owed_is_money_not_a_date(listed: Any) -> None:
    assert listed.types.type_of("balance_due").value == "money"
    assert listed.types.type_of("amount_owed").value == "money"
    assert listed.types.type_of("payment_due").value == "date"  # when it is due


def test_a_remark_in_brackets_is_not_a_list_of_fields(listed: Any) -> None:
    spec = listed.add(_app(lesson=["title"]), "the lessons i teach each week (different teachers teach different ones)")
    assert set(_fields(spec, "lesson")) == {"title"}


def test_a_sentence_that_is_a_list_is_read_though_its_options_say_want(listed: Any) -> None:
    """"status (want to watch / watching / done)": words inside an item's options say nothing of the sentence."""
    spec = listed.add(_app(show=["title"]), "tv tracker. title, platform, who picked it, status (want to watch / "
                                            "watching / done)")
    assert {"platform", "picked_by", "status"} <= set(_fields(spec, "show"))


def test_the_kinds_said_in_brackets_before_a_list_are_not_its_fields(listed: Any) -> None:
    spec = listed.add(_app(package=["name"], batch=["name"]),
                      "car valeting: packages (basic wash, interior deep clean, full detail) w/ price + duration. "
                      "roast batches (lot, date) with weight in and weight out")
    assert {"price", "duration"} <= set(_fields(spec, "package")) and "basic_wash" not in _fields(spec, "package")
    assert {"lot", "date", "weight_in", "weight_out"} <= set(_fields(spec, "batch"))  # fields in brackets are fields


def test_a_list_after_a_thing_and_what_was_done_to_it_is_the_things_not_the_others(listed: Any) -> None:
    spec = listed.add(_app(recipe=["name"], batch=["code"]),
                      "Recipes (beer name, style). Batches brewed from a recipe (batch no, brew date, fermenter)")
    assert {"batch_no", "brew_date", "fermenter"} <= set(_fields(spec, "batch"))
    assert not {"batch_no", "brew_date", "fermenter"} & set(_fields(spec, "recipe"))


def test_a_collection_with_a_list_keeps_its_items_with_kinds_said_with_like(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "taco truck. Need the menu (item, price, veg y/n, photo)")
    fields = _fields(spec, "menu_item")
    assert fields["price"].type.value == "money" and fields["veg"].type.value == "boolean"
    spec = listed.add(AppSpec(name="app"),
                      "our paper stock inventory (paper type, size like A4/A3/SRA3, gsm, sheets on hand, reorder level)")
    fields = _fields(spec, "paper")
    assert [o.value for o in fields["size"].options] == ["A4", "A3", "SRA3"]
    assert fields["gsm"].type.value == "decimal" and fields["sheets_on_hand"].type.value == "integer"


def test_a_log_said_alone_keeps_the_list_after_it_and_a_hyphenated_thing_is_one(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "sleep log. bedtime, wake time, hrs slept, quality 1-10, notes")
    fields = _fields(spec, "sleep")
    assert {"bedtime", "wake_time", "notes"} <= set(fields)
    assert fields["hrs_slept"].type.value == "decimal"
    spec = listed.add(_app(bird=["name"]), "birds (name, species), daily weigh-ins (date, weight in g, food given)")
    assert {"date", "weight", "food_given"} <= set(_fields(spec, "weigh_in"))


def test_it_s_typed_without_its_apostrophe_is_no_field(listed: Any) -> None:
    base = _app(school=["name"])
    assert listed.add(base, "I do displays at fairs and schools, its become an actual business now") == base


def test_a_list_after_things_said_with_that_or_as_a_group_of_others_is_theirs(listed: Any) -> None:
    spec = listed.add(_app(property=["address"], item=["name"]),
                      "lost property. items that are found (description, photo, where it was found, date)")
    fields = _fields(spec, "item")
    assert {"description", "photo", "location", "date"} <= set(fields)
    spec = listed.add(_app(batch=["name"], bag=["name"]),
                      "mushroom farm. batches of grow bags (strain, substrate, inoculation date, no. of bags)")
    fields = _fields(spec, "batch")
    assert {"strain", "substrate", "inoculation_date"} <= set(fields)
    assert fields["no_of_bags"].type.value == "integer"


def test_a_thing_said_alone_before_its_list_and_after_its_examples_keeps_the_list(listed: Any) -> None:
    spec = listed.add(_app(loan=["name"]), "Museum loans. Lender (institution, contact person, email), and loans")
    assert {"institution", "contact_person", "email"} <= set(_fields(spec, "lender"))
    spec = listed.add(_app(car=["name"], fill_up=["date"]),
                      "car log. fuel fill ups (date, odometer) and services like oil change, tyres etc (date, cost, garage)")
    assert {"date", "cost", "garage"} <= set(_fields(spec, "service"))
    base = _app(order=["date"])
    assert listed.add(base, "Address (street, city, postcode). Orders (date, total)").entity("address") is None


def test_what_each_thing_gets_and_what_is_done_to_it_again_and_again_are_lists(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "scaffold register. every scaffold we put up gets a tag number, site address, "
                      "erected date. has to be inspected every 7 days: inspector, date, safe y/n, notes")
    assert {"tag_number", "site_address", "erected_date"} <= set(_fields(spec, "scaffold"))
    inspection = _fields(spec, "inspection")
    assert {"inspector", "date", "notes"} <= set(inspection) and inspection["safe"].type.value == "boolean"
    assert inspection["scaffold"].target == "scaffold"
    base = _app(client=["name"])
    assert listed.add(base, "clients get reminders by email") == base


def test_a_list_said_after_a_deed_with_when_it_happens_is_the_deeds_record(listed: Any) -> None:
    spec = listed.add(_app(boat=["name"], member=["name"]),
                      "rowing club. Boats: name, type. Members book a boat for an outing (date, start time, crew names)")
    booking = _fields(spec, "booking")
    assert {"date", "start_time", "crew_names"} <= set(booking) and booking["boat"].target == "boat"
    assert not {"start_time", "crew_names"} & set(_fields(spec, "boat"))
    spec = listed.add(_app(lesson=["name"]), "surf school. members book lessons (date, time, teacher)")
    assert spec.entity("booking") is None and {"date", "time"} <= set(_fields(spec, "lesson"))


def test_a_booking_of_a_thing_said_as_a_thing_booking_app_stays_a_booking() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "rowing club boat booking thing. Boats: name, type, weight class. Members book a boat for an outing (date, "
        "start time, duration, crew names)."))
    assert spec.entity("booking") is not None and spec.entity("booking").field("boat") is not None


def test_a_list_of_things_handed_over_is_theirs_not_the_senders(listed: Any) -> None:
    spec = listed.add(_app(practice=["name"]), "dental lab. dentists/practices send us cases: patient ref, shade, "
                      "material, due date. each case gets assigned to a technician")
    assert {"patient_ref", "shade", "material", "due_date"} <= set(_fields(spec, "case"))
    assert not {"shade", "material"} & set(_fields(spec, "practice"))
    assert not any("assigned" in f for f in _fields(spec, "case"))


def test_etc_inside_one_item_and_a_date_among_short_items_leave_a_list_of_fields(listed: Any) -> None:
    spec = listed.add(_app(piece=["title"]), "choir library. pieces (title, composer, voicing SATB/SSA/TTBB etc, "
                      "shelf location)")
    assert {"composer", "voicing", "shelf_location"} <= set(_fields(spec, "piece"))
    spec = listed.add(_app(dog=["name"], litter=["name"]), "breeder. my dogs (kennel name, sex), litters (dam, sire, "
                      "whelp date)")
    assert "whelp_date" in _fields(spec, "litter") and "type" not in _fields(spec, "litter")


def test_kinds_said_with_or_are_a_type_and_has_or_a_value_say_their_types(listed: Any) -> None:
    spec = listed.add(_app(piano=["make"]), "piano tuner. pianos (make, model, serial number, upright or grand)")
    kinds = _fields(spec, "piano")["type"]
    assert [o.value.lower() for o in kinds.options] == ["upright", "grand"]
    spec = listed.add(_app(plot=["number"], item=["title"]),
                      "garden. plots (number, size, has water). items (title, insurance value, paid or not)")
    assert _fields(spec, "plot")["has_water"].type.value == "boolean"
    assert _fields(spec, "item")["insurance_value"].type.value == "money"
    assert _fields(spec, "item")["paid"].type.value == "boolean"


def test_each_of_a_collection_word_is_the_thing_and_examples_after_like_name_no_field(listed: Any) -> None:
    spec = listed.add(AppSpec(name="app"), "fly stock list for our lab. Each stock: stock number, genotype, source")
    assert {"stock_number", "genotype", "source"} <= set(_fields(spec, "stock"))
    spec = listed.add(_app(customer=["name"]), "customers (name, address, phone, notes like 'no fabric softener')")
    assert list(_fields(spec, "customer")) == ["name", "address", "phone", "notes"]


def test_a_hash_before_of_is_the_number_of_what_follows(listed: Any) -> None:
    spec = listed.add(_app(send=["name"]), "climbers log their sends (grade, # of attempts, date)")
    fields = _fields(spec, "send")
    assert "of_attempts" not in fields
    assert fields["number_of_attempts"].type.value == "integer"



def test_a_listed_field_the_blueprint_keeps_under_more_words_takes_the_persons_name(listed: Any) -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "water_test", "fields": [
            {"name": "tested_on", "type": "date"}, {"name": "ammonia_ppm", "type": "decimal", "label": "Ammonia (ppm)"},
            {"name": "nitrate_ppm", "type": "decimal"}, {"name": "make_model", "type": "text"},
            {"name": "temperament", "type": "text"}]},
        {"op": "add_view", "view": {"name": "tests", "type": "table", "entity": "water_test",
                                    "fields": ["tested_on", "ammonia_ppm"]}},
    ])
    message = "water tests: date, ammonia, nitrate, make, model, temper"
    held = listed.held(spec, message)
    after = fields_as_said(spec, held)
    fields = _fields(after, "water_test")
    # the person's word is the name; the page shows what it showed, unit and all
    assert fields["ammonia"].label == "Ammonia (ppm)" and fields["ammonia"].type.value == "decimal"
    assert fields["nitrate"].label == "Nitrate ppm"
    assert after.view("tests").fields == ["tested_on", "ammonia"]
    # two items in one field, or a word only the start of the field's, leave it as it was
    assert "make_model" in fields and "temperament" in fields and "tested_on" in fields


def test_a_new_app_names_a_blueprints_field_as_the_person_listed_it() -> None:
    model = get_model("appforge")
    message = ("microbrewery. beers (name, style, abv, ibu), brew batches (beer, brew date, volume in litres), "
               "and kegs w/ keg number, size, which batch is in it")
    spec = apply_proposal(model.propose(message, None), None)
    beer = _fields(spec, "beer")
    assert "abv" in beer and beer["abv"].type.value == "decimal" and "target_abv" not in beer
    assert beer["abv"].label == "Target abv"  # what the page showed
