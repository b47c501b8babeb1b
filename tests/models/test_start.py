"""Where a new app starts: the things a person names are in it, with what the catalogue knows they hold, and
words that only look like things (verbs, counts, modifiers, a lone "thanks") are not."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model, new_app
from appforge.models.encoder import load_encoder
from appforge.models.inhouse.links import (
    link,
    link_after,
    link_orphans,
    link_per,
    link_within,
    names_become_links,
)
from appforge.models.inhouse.start import entity_index
from appforge.models.retrieval import load_catalogue_vectors
from appforge.spec.model import AppSpec
from appforge.spec.operations import apply_operations
from tests.models.starts import app_from


@pytest.fixture(scope="module")
def index():
    return entity_index(load_catalogue_vectors())


def start(index, text: str, base=None):
    """(the start, whether the text names any thing at all)."""
    query = load_encoder().embed([text])[0]
    named = index.named(text)
    return index.start(base if base is not None else new_app(), text, query), bool(named or index.listed(text, named))


def test_things_the_catalogue_knows_come_with_their_fields(index) -> None:
    spec, names_things = start(index, "tattoo studio: artists, clients, appointments w/ deposit paid. calendar view")
    assert names_things
    appointment = spec.entity("appointment")
    assert appointment is not None and spec.entity("client") is not None and spec.entity("artist") is not None
    assert any(f.type.value in ("date", "datetime") for f in appointment.fields)  # the catalogue's knowledge
    assert any(f.target == "client" for f in appointment.fields)  # linked to what else was named


def test_things_the_catalogue_has_never_seen_start_with_a_name(index) -> None:
    spec, _ = start(index, "I foster kittens for a rescue: kittens, litters and adopters")
    for name in ("kitten", "litter", "adopter"):
        entity = spec.entity(name)
        assert entity is not None and [f.name for f in entity.fields] == ["name"]


@pytest.mark.parametrize("text,not_a_thing", [
    ("escape rooms with the number of players", "player"),
    ("I run a small bakery: cakes, orders", "run"),
    ("table bookings with party size", "party"),
    ("customers can book online and see their visits", "book"),
    ("a booking app for my salon: clients, stylists", "booking"),
    ("a bouldering log: problems with grade, date set, date taken down", "set"),
    ("pharmacy stock: medicines, batches, expiry. Show first the ones that expire soon", "show"),
])
def test_counts_verbs_and_modifiers_are_not_things(index, text: str, not_a_thing: str) -> None:
    assert not_a_thing not in index.named(text)
    assert not_a_thing not in index.listed(text, index.named(text))


@pytest.mark.parametrize("text", ["thanks!", "hello", "cheers, thanks"])
def test_chit_chat_names_nothing(index, text: str) -> None:
    spec, names_things = start(index, text)
    assert not names_things and not spec.entities


def test_a_blueprint_that_has_the_thing_is_not_given_a_second_one(index) -> None:
    salon = load_base("salon")
    spec, _ = start(index, "salon: clients, services and appointments", salon)
    assert [e.name for e in spec.entities] == [e.name for e in salon.entities]


def test_a_new_app_has_every_entity_the_message_lists() -> None:
    proposal = get_model("appforge").propose(
        "board game cafe. game library (title, players min-max, play time, condition), tables, table bookings w/ "
        "party size. staff role + customers can book online")
    names = {e.name for e in apply_proposal(proposal).entities}
    assert {"game", "table", "booking"} <= names, names


def test_an_event_points_at_the_things_the_message_names_beside_it(index) -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "potter", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "wheel", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "booking", "fields": [{"name": "date", "type": "date"}]},
    ])
    linked = index.link_events(spec, set(), "pottery studio: potters, wheels and bookings with date and hours")
    targets = {f.target for f in linked.entity("booking").fields if f.type.value == "reference"}
    assert targets == {"potter", "wheel"}
    assert all(f.type.value != "reference" for f in linked.entity("potter").fields)


def test_an_event_is_not_linked_to_what_the_message_does_not_name_or_to_its_own_blueprints_design(index) -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "potter", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "booking", "fields": [{"name": "date", "type": "date"}]},
    ])
    assert index.link_events(spec, set(), "bookings with date and hours") == spec
    assert index.link_events(spec, {"potter", "booking"}, "potters and bookings") == spec


def _from_words(index, text: str) -> AppSpec:
    return index.start_with_words(new_app(), text, load_encoder().embed([text])[0])


def test_an_app_built_from_words_keeps_the_thing_its_kind_names_with_the_list_said_for_it(index) -> None:
    spec = _from_words(index, "Esports team scrims tracker: opponents, date, map, notes per player")
    scrim = spec.entity("scrim")
    assert scrim is not None, [e.name for e in spec.entities]
    assert {"date", "map"} <= {f.name for f in scrim.fields}


def test_a_list_after_the_kind_of_app_is_of_its_thing_named_as_one_of_each(index) -> None:
    spec = _from_words(index, "simple todo list app with due dates and priorities")
    fields = {f.name: f for e in spec.entities for f in e.fields}
    assert fields["due_date"].type.value == "date"
    assert fields["priority"].type.value == "choice"


def test_an_account_to_sign_in_with_is_not_a_thing_to_keep(index) -> None:
    spec = _from_words(index, "sign up sheet for our bake sale, parents dont need an account. name, what they bring")
    assert spec.entity("account") is None, [e.name for e in spec.entities]


@pytest.mark.parametrize("text, not_a_thing", [
    ("small gym app: members, plans, check-ins, payments", "check"),
    ("swim team: swimmers, meets, times. show personal bests", "show"),
    ("wedding planner: guests with RSVP, vendors with cost", "wedding"),
    ("Our nonprofit runs after school tutoring: tutors, students, sessions", "run"),
])
def test_the_models_own_start_reads_hyphens_commands_and_kinds_of_app(index, text: str, not_a_thing: str) -> None:
    assert not_a_thing not in index.named(text, plainly=True)


@pytest.mark.parametrize("text, many, one", [
    ("sessions per client", "session", "client"),
    ("payments for each member", "payment", "member"),
    ("the member's payments", "payment", "member"),
])
def test_things_said_per_another_point_at_it(text: str, many: str, one: str) -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": name, "fields": [{"name": "name"}]} for name in (one, many)])
    linked = link_per(spec, text)
    assert [f.target for f in linked.entity(many).fields if f.target] == [one]
    assert [f.target for f in linked.entity(one).fields if f.target] == []


def test_a_loose_dated_record_belongs_to_the_thing_named_before_it() -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "tenant", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "payment", "fields": [{"name": "paid_on", "type": "date"},
                                                              {"name": "amount", "type": "money"}]},
    ])
    linked = link_orphans(spec, "tenants and their rent. payments with date and amount")
    assert [(f.name, f.target) for f in linked.entity("payment").fields if f.target] == [("tenant", "tenant")]
    again = link_orphans(linked, "tenants and their rent. payments with date and amount")
    assert again == linked


def _links(spec: AppSpec, name: str) -> set[str]:
    entity = spec.entity(name)
    assert entity is not None, f"no {name} in {[e.name for e in spec.entities]}"
    return {f.target for f in entity.fields if f.target}


def test_people_a_message_lists_are_kept_and_linked_to_what_they_belong_to(index) -> None:
    spec = _from_words(index, "riding school: ponies, owners, paddocks, lessons with date and rider")
    assert "owner" in _links(spec, "pony") or "pony" in _links(spec, "owner")
    spec = _from_words(index, "stock for my hardware shop. items w sku, qty, price, supplier")
    assert spec.entity("supplier") is not None, [e.name for e in spec.entities]


def test_people_named_as_who_may_do_what_are_not_a_list_to_keep(index) -> None:
    spec = _from_words(index, "course catalogue: courses with title and room. teachers see their courses only")
    assert spec.entity("teacher") is None, [e.name for e in spec.entities]


def test_an_event_said_with_a_verb_is_kept_and_points_at_what_the_sentence_names(index) -> None:
    spec = _from_words(index, "toy library for the street: toys (name, age range, condition). neighbours borrow toys")
    assert spec.entity("loan") is not None, [e.name for e in spec.entities]
    assert "toy" in _links(spec, "loan")


def test_a_thing_from_an_unrelated_app_is_not_brought_in_for_a_word_it_shares(index) -> None:
    spec = _from_words(index, "i tutor physics. students, parents contact, lessons with date and topic, homework set")
    assert spec.entity("set") is None, [e.name for e in spec.entities]


def test_a_plural_listed_among_the_things_is_one_of_them(index) -> None:
    spec = _from_words(index, "wedding photography: clients, shoots, albums, invoices")
    assert spec.entity("invoice") is not None, [e.name for e in spec.entities]


@pytest.mark.parametrize("text, not_a_thing", [
    ("secret santa list for christmas. person, idea, budget, bought?", "christma"),
    ("alterations: customers bring clothes, jobs with price and ready date", "clothe"),
])
def test_words_in_s_that_are_not_plurals_are_not_things(index, text: str, not_a_thing: str) -> None:
    assert _from_words(index, text).entity(not_a_thing) is None


def test_a_thing_named_and_listed_after_another_kept_alone_belongs_to_the_first_thing(index) -> None:
    spec = _from_words(index, "lifeguard club: members, qualifications with expiry dates, patrols (date, beach)")
    assert "member" in _links(spec, "qualification"), [(e.name, _links(spec, e.name)) for e in spec.entities]


def test_a_catalogue_thing_that_holds_none_of_the_fields_listed_for_it_is_not_used(index) -> None:
    spec = _from_words(index, "kids hockey team. players (name, age), games (date, opponent, score)")
    game = {f.name for f in spec.entity("game").fields}
    assert {"opponent", "score"} <= game and "box_art" not in game, game


def test_a_misspelt_thing_is_the_thing_the_app_has() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "app for my dog grooming biz.. clients n there dogs, appointmnts, and prices"))
    names = [e.name for e in spec.entities]
    assert "appointment" in names and not [n for n in names if n.startswith("appointm") and n != "appointment"], names


def test_a_thing_with_a_span_of_dates_is_not_a_record_and_gathers_what_is_left_alone(index) -> None:
    spec = _from_words(index, "road trip planner: trips, stops (time, place, cost)")
    assert "trip" in _links(spec, "stop"), [(e.name, _links(spec, e.name)) for e in spec.entities]


def test_an_irregular_plural_names_its_thing() -> None:
    from appforge.models.inhouse.mentions import words_for_entities

    spec = apply_operations(AppSpec(name="app"), [{"op": "add_entity", "entity": "child", "fields": [{"name": "name"}]}])
    assert words_for_entities(spec)["children"] == "child"


def test_the_blueprints_one_kind_of_customer_takes_the_name_the_person_uses() -> None:
    spec = apply_proposal(get_model("appforge").propose("dog grooming: my clients and their dogs, appointments"))
    assert spec.entity("client") is not None and spec.entity("owner") is None, [e.name for e in spec.entities]
    assert any(f.target == "client" for f in spec.entity("dog").fields)


def test_a_businesss_own_people_are_not_taken_for_its_customers() -> None:
    spec = apply_proposal(get_model("appforge").propose("tutoring agency: tutors, students, parents, sessions"))
    names = {e.name for e in spec.entities}
    assert {"tutor", "student"} <= names, names


@pytest.mark.parametrize("text, thing", [
    ("roofing company: leads, roof inspections, jobs", "inspection"),
    ("candle stall: scents, market days, sales", "market_day"),
])
def test_a_kind_of_thing_listed_among_things_is_kept_under_the_name_people_use(index, text: str, thing: str) -> None:
    assert _from_words(index, text).entity(thing) is not None, [e.name for e in _from_words(index, text).entities]


def test_people_listed_side_by_side_do_not_point_at_each_other() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "a booking app for my salon: clients, stylists, appointments on a calendar, only managers can cancel"))
    people = {"client", "stylist"}
    assert not [(e.name, f.target) for e in spec.entities if e.name in people for f in e.fields if f.target in people]
    assert [(p.action, p.roles) for p in spec.permissions if p.entity == "appointment" and p.action == "delete"] == [
        ("delete", ["manager"])]


@pytest.mark.parametrize("text", [
    "gym app: members, classes, trainers. members book classes online",
    "dental practice: patients, appointments. receptionists book, dentists write notes",
])
def test_what_people_do_is_not_a_thing_they_keep(index, text: str) -> None:
    assert "book" not in index.named(text, plainly=True)


def test_an_entry_word_after_a_noun_keeps_both_words() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "fleet management for our delivery vans: vehicles (plate, model, mileage), drivers, fuel logs, service records"))
    names = {e.name for e in spec.entities}
    assert "service_record" in names and "record" not in names, names


def test_the_group_an_app_is_for_is_not_a_thing_in_it(index) -> None:
    assert "team" not in index.named("a bug tracker for my team: projects, bugs, comments", plainly=True)
    assert "team" in index.named("youth league: teams, players, matches", plainly=True)


def test_a_compound_inside_brackets_is_a_field_not_a_thing(index) -> None:
    named = index.named("wedding: guests (name, rsvp, meal choice, table number), vendors", plainly=True)
    assert "meal" not in named and "guest" in named, named


@pytest.mark.parametrize("text, things", [
    ("dentist office: patients, appointments, treatments done at each appointment with cost", {"treatment"}),
    ("tutoring: tutors, students, sessions, and monthly invoices to parents", {"invoice", "parent"}),
    ("scout troop: scouts, badges, camps with dates, dues paid", {"due"}),
])
def test_a_thing_listed_with_what_is_said_of_it_is_kept(index, text: str, things: set[str]) -> None:
    names = {e.name for e in _from_words(index, text).entities}
    assert things <= names, names


def test_people_doing_something_in_a_list_are_listed(index) -> None:
    spec = _from_words(index, "conference: talks, speakers, rooms, attendees who register for talks")
    names = {e.name for e in spec.entities}
    assert "attendee" in names and names & {"signup", "registration", "booking"}, names


def test_an_entry_word_names_a_new_thing_with_the_word_before_it(index) -> None:
    spec = _from_words(index, "wedding planning: guests, vendors, budget items with cost and paid")
    item = spec.entity("budget_item")
    assert item is not None and {"cost", "paid"} <= {f.name for f in item.fields}, [e.name for e in spec.entities]


def test_a_blueprints_thing_that_holds_what_is_listed_for_another_word_is_that_thing() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "vet clinic: owners, pets (species, breed, birth date), appointments, vaccinations given"))
    names = {e.name for e in spec.entities}
    assert "pet" in names and "patient" not in names and "client" not in names, names
    assert "owner" in _links(spec, "pet")


@pytest.mark.parametrize("text, entity, misplaced", [
    ("i run a dog walking business. need to keep track of dogs, their owners, walks (date, duration, which walker), "
     "and payments", "walker", {"date", "duration", "walks", "payments"}),
    ("plant nursery inventory - plants (species, pot size, price, qty), suppliers, and sales to customers", "supplier",
     {"price", "qty", "suppliers"}),
])
def test_a_new_app_puts_what_is_listed_for_a_thing_on_that_thing_only(text: str, entity: str, misplaced: set[str]) -> None:
    spec = apply_proposal(get_model("appforge").propose(text))
    assert spec.entity(entity) is not None, [e.name for e in spec.entities]
    assert not misplaced & {f.name for f in spec.entity(entity).fields}, spec.entity(entity).fields


def test_what_the_person_tends_or_sells_is_a_thing(index) -> None:
    names = {e.name for e in _from_words(index, "I breed rabbits. litters, each rabbit with parents, sales to buyers").entities}
    assert "rabbit" in names, names
    assert "nail" not in {e.name for e in _from_words(index, "I do nails from home. clients, appointments").entities}


def test_a_thing_and_who_it_goes_to_are_linked(index) -> None:
    spec = _from_words(index, "rabbitry: litters, rabbits, weight records, sales to buyers")
    assert "buyer" in _links(spec, "sale"), [(e.name, _links(spec, e.name)) for e in spec.entities]


@pytest.mark.parametrize("text, not_a_thing", [
    ("personal trainer: clients, workouts, and measurements every month (weight, body fat, waist)", "month"),
    ("tool hire shop: tools, customers, hires with start and end dates, deposit, damage notes", "end_date"),
])
def test_a_time_or_a_field_said_among_things_is_not_a_thing(index, text: str, not_a_thing: str) -> None:
    spec = _from_words(index, text)
    assert spec.entity(not_a_thing) is None, [e.name for e in spec.entities]


def test_a_list_said_with_plus_signs_and_a_thing_without_a_plural_are_kept(index) -> None:
    spec = _from_words(index, "dog daycare, dogs w owner phone, vaccines expiry, daily attendance, and incident reports")
    assert spec.entity("attendance") is not None, [e.name for e in spec.entities]
    spec = _from_words(index, "nails from home. clients + appointments + polish colours (brand, shade)")
    assert {"client", "appointment"} <= {e.name for e in spec.entities}, [e.name for e in spec.entities]


def test_a_blueprints_name_of_a_thing_the_app_keeps_becomes_a_link_to_it() -> None:
    spec = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "guest", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "reservation", "fields": [{"name": "guest_name"}, {"name": "arrival", "type": "date"}]},
        {"op": "add_entity", "entity": "lease", "fields": [{"name": "guest_name"},
                                                            {"name": "guest", "type": "reference", "target": "guest"}]},
        {"op": "add_entity", "entity": "visit", "fields": [{"name": "visitor_name"}]},
    ])
    linked = names_become_links(spec)
    assert linked.entity("reservation").field("guest").target == "guest"
    assert linked.entity("reservation").field("guest_name") is None
    assert [f.name for f in linked.entity("lease").fields] == ["guest"]
    assert linked.entity("visit").field("visitor_name") is not None  # no visitors kept: the name stays text


def test_a_new_app_keeps_the_catalogues_name_for_a_thing_not_one_made_of_the_persons_other_words() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "cake orders for my home bakery: customer, pickup date, flavour, size, decoration notes, price, deposit paid"))
    names = [e.name for e in spec.entities]
    assert any(n.endswith("order") for n in names) and "home_order" not in names, names
    order = next(e for e in spec.entities if e.name.endswith("order"))
    assert order.field("deposit_paid").type.value == "boolean"
    assert any(f.target == "customer" for f in order.fields)


def test_what_the_person_does_is_not_a_thing_of_a_new_app() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "coffee roastery. green beans we buy (origin, process, cost per kg), roasts (date, bean, batch weight, "
        "roast level), and wholesale cafes that order from us"))
    assert spec.entity("buy") is None and spec.entity("roast") is not None
    assert not [f.name for e in spec.entities for f in e.fields if f.name in ("us", "we")]


@pytest.mark.parametrize("text, thing, not_a_thing", [
    ("a reading log for my classroom. students log books they read with pages", "student", None),
    ("internal tool for our IT team: laptops and who they're assigned to", None, "tool"),
    ("a tool to track job applications: company, role, date applied", "application", "tool"),
])
def test_people_who_do_something_are_kept_and_the_app_itself_is_not(index, text: str, thing: str | None,
                                                                  not_a_thing: str | None) -> None:
    named = index.named(text, plainly=True)
    assert (thing is None or thing in named) and not_a_thing not in named


def test_dates_and_things_listed_beside_a_thing_are_no_things_of_their_own() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "plan our road trip: stops with city, dates, hotel, cost, and things to do at each stop"))
    assert spec.entity("stop") is not None and spec.entity("date") is None and spec.entity("thing") is None
    assert {"city", "hotel"} <= {f.name for f in spec.entity("stop").fields}


def test_a_field_the_program_wrote_twice_is_kept_once() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "inventory for my kids clothing resale: item, size, brand, condition, price, sold y/n"))
    names = [f.name for e in spec.entities for f in e.fields]
    assert "size" in names and not [n for n in names if n.endswith(("_2", "_3"))], names


@pytest.mark.parametrize("text, links", [
    ("landscaping: customers, properties, jobs at each property w/ date + crew + price", [("job", "property")]),
    ("theatre: shows, cast members, the roles they play in each show, rehearsals", [("role", "show")]),
    ("real estate crm: buyers, sellers, listings, viewings booked for buyers on listings, offers",
     [("viewing", "buyer"), ("viewing", "listing")]),
    ("I need to keep on top of tax deadlines for my clients. clients (name, email), deadlines (type, due date)",
     [("deadline", "client")]),
    ("I breed chickens. flocks, birds with leg band, and egg counts each day per flock", [("egg_count", "flock")]),
])
def test_a_thing_said_to_be_for_in_or_at_another_points_at_it(text: str, links: list[tuple[str, str]]) -> None:
    spec = apply_proposal(get_model("appforge").propose(text))
    for a, b in links:
        assert b in _links(spec, a), f"{a} -> {b}: {[(e.name, sorted(_links(spec, e.name))) for e in spec.entities]}"


def test_a_phrase_about_what_people_do_links_nothing() -> None:
    spec = _app_with(client=[], session=[])
    assert link_within(spec, "clients pay for sessions, and sessions for clients") == link(spec, "session", "client")


def _app_with(**entities: list[str]) -> AppSpec:
    return apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": name, "fields": [{"name": "name"}] + [{"name": f} for f in fields]}
        for name, fields in entities.items()])


def test_a_blueprints_thing_under_another_name_is_the_persons_thing_though_its_options_are_listed() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "we're a small dog rescue. dogs (name, breed, age, status: available/adopted/foster), foster homes, and "
        "adoption applications"))
    names = [e.name for e in spec.entities]
    assert "dog" in names and "pet" not in names, names
    assert any("dog" in _links(spec, n) for n in names if n.endswith("application")), names


def test_a_thing_listed_after_another_and_pointing_at_nothing_belongs_to_it() -> None:
    spec = _app_with(building=[], unit=[], tenant=[], lease=[])
    spec = link(spec, "lease", "tenant")
    linked = link_after(spec, "Property management: buildings, units, tenants, leases with monthly rent")
    assert "building" in {f.target for f in linked.entity("unit").fields}
    assert "unit" in {f.target for f in linked.entity("tenant").fields}
    assert [f.target for f in linked.entity("lease").fields if f.target] == ["tenant"], "a lease already points"
    assert link_after(spec, "units. buildings") == spec, "things in different sentences are not a list"



def test_a_verb_after_the_one_who_does_it_is_no_thing() -> None:
    spec = app_from("our church needs to track donations - donor, amount, date, fund (general, building, missions) "
                    "and whether it was gift aided. monthly total chart please")
    names = [e.name for e in spec.entities]
    assert not [n for n in names if "need" in n], names


def test_a_repair_ticket_that_holds_its_customer_is_not_the_customer() -> None:
    spec = app_from("Bike shop workshop app. Customers bring bikes in for service. For each job I want the bike "
                    "make/model, what's wrong, parts used, labour cost and status (booked in, working on it, ready, "
                    "collected).")
    customer = spec.entity("customer")
    assert customer is not None and customer.field("labour") is None and customer.field("status") is None
    assert spec.entity("wrong") is None, "'what's wrong' asks, it names no thing"
    job = spec.entity("job")
    assert job is not None and {"labour_cost", "status"} <= {f.name for f in job.fields}, "for each job I want ..."


def test_things_said_only_as_a_verb_or_a_field_are_no_things() -> None:
    games = app_from("a library for our office's board games. games: title, min/max players, play time, who owns it. "
                     "people borrow them, record who has it and when it's due back")
    assert games.entity("record") is None, "record who has it"
    loan = games.entity("loan")
    assert loan is not None and "game" in {f.target for f in loan.fields}, "people borrow them: loans of games"
    wedding = app_from("i do wedding photography, clients book me for a date, i need the venue, package (basic, full "
                       "day, premium), deposit paid, balance due, and notes. calendar view of bookings")
    assert wedding.entity("note") is None, "notes are a field"


def test_a_list_after_a_word_that_starts_a_sentence_is_of_the_thing_named() -> None:
    spec = app_from("I'm a freelance dev, I want to log time against projects. projects have client, hourly rate. "
                    "time entries: date, hours, description, billable? then invoices for a client with total and "
                    "paid status")
    invoice = spec.entity("invoice")
    assert invoice is not None and spec.entity("then_invoice") is None
    assert "client" in {f.target for f in invoice.fields} and invoice.field("total") is not None


def test_a_value_another_thing_keeps_is_not_made_a_list_of_names() -> None:
    from appforge.models.inhouse.start import values_not_things

    model = get_model("appforge")
    spec = model.start_for("a reading list for my book club: books, who suggested it, meeting date, ratings")[0]
    assert spec.entity("rating") is None and any(f.name == "rating" for e in spec.entities for f in e.fields)
    spec = model.start_for("home brewing log: batches, recipes, hops, tasting notes")[0]
    assert spec.entity("hop") is None and spec.entity("recipe").field("hops") is not None

    kept = apply_operations(AppSpec(name="app"), [
        {"op": "add_entity", "entity": "ticket", "fields": [{"name": "customer"}, {"name": "rating", "type": "rating"}]},
        {"op": "add_entity", "entity": "customer", "fields": [{"name": "name"}]},
        {"op": "add_entity", "entity": "rating", "fields": [{"name": "name"}, {"name": "stars", "type": "integer"}]},
    ])
    # a customer kept as text on tickets may be a thing of its own; a rating with more than a name is one
    assert values_not_things(kept, AppSpec(name="app"), frozenset()) == kept


def test_what_a_list_of_things_is_said_to_have_is_not_a_thing_of_its_own() -> None:
    model = get_model("appforge")
    spec = model.start_for("wedding planner app: guests with rsvp and meal choice, vendors, budget items with cost")[0]
    assert spec.entity("meal") is None and spec.entity("guest") is not None and spec.entity("vendor") is not None
    spec = model.start_for("dog walking: clients with their dogs, walks with date and duration")[0]
    assert spec.entity("dog") is not None


def test_a_thing_brought_from_an_app_far_from_this_one_has_the_fields_most_apps_give_it() -> None:
    model = get_model("appforge")
    spec = model.start_for("app for my dog walking business: clients, their dogs, walks with date and duration")[0]
    client = spec.entity("client")
    assert client is not None and {"name", "phone"} <= {f.name for f in client.fields}
    assert not {"goal", "injuries", "sessions_bought"} & {f.name for f in client.fields}  # a personal trainer's
    # an app close to one that keeps the thing takes it as that app keeps it
    spec = model.start_for("I teach piano: students, lessons and the pieces they're working on")[0]
    assert spec.entity("student").field("instrument") is not None


def test_a_thing_and_what_it_is_said_with_make_no_field_of_another_thing() -> None:
    message = "app for my dog walking business: clients, their dogs, walks with date and duration, and payments"
    spec = apply_proposal(get_model("appforge").propose(message, None), None)
    assert spec.entity("walk") is not None and spec.entity("walk").field("duration") is not None
    assert not [f"{e.name}.{f.name}" for e in spec.entities for f in e.fields if f.name.startswith("walks_")]
