"""Which thing a new app's listed fields land on and what they become, from requests typed the way people type them:
a list after a dash or an em dash, fields of "requests from tenants", options said for a choice the blueprint
already has, two links to one kind of thing, and the questions and phrases people write as field names."""

from __future__ import annotations

from appforge.models import apply_proposal, get_model
from appforge.spec.model import Entity, FieldType
from tests.models.starts import app_from, entity_named


def _type(entity: Entity, name: str) -> FieldType:
    field = entity.field(name)
    assert field is not None, f"no {name} on {entity.name}: {[f.name for f in entity.fields]}"
    return field.type


def test_a_list_after_an_em_dash_is_the_fields_of_the_thing_the_tracker_keeps() -> None:
    spec = app_from("job application tracker for my job hunt — company, role, date applied, salary range, link to "
                    "posting, stage (applied, phone screen, onsite, offer, rejected), contact person, next follow up")
    application = entity_named(spec, "application")
    assert {"date_applied", "contact_person", "next_follow_up"} <= {f.name for f in application.fields}
    assert "date_applied" not in {f.name for f in entity_named(spec, "company").fields}


def test_options_said_for_a_choice_the_blueprint_has_replace_its_own() -> None:
    spec = app_from("job application tracker for my job hunt — company, role, date applied, stage (applied, phone "
                    "screen, onsite, offer, rejected), next follow up")
    stage = entity_named(spec, "application").field("stage")
    assert stage is not None
    assert [o.value for o in stage.options] == ["Applied", "Phone screen", "Onsite", "Offer", "Rejected"]
    spec = app_from("We're a small nonprofit, need to manage donors and donations. For each donation: amount, date, "
                    "method (check, card, cash), campaign")
    method = entity_named(spec, "donation").field("method")
    assert method is not None and [o.value.lower() for o in method.options] == ["check", "card", "cash"]


def test_the_fields_of_requests_from_tenants_are_the_requests_not_the_tenants() -> None:
    spec = app_from("property maintenance requests from tenants - unit number, description, urgency low/medium/high, "
                    "photo, submitted on, assigned contractor, status, cost")
    request = entity_named(spec, "maintenance_request")
    assert {"unit_number", "submitted_on", "cost"} <= {f.name for f in request.fields}
    urgency = request.field("urgency")
    assert urgency is not None and [o.value for o in urgency.options] == ["Low", "Medium", "High"]
    tenant = spec.entity("tenant")
    assert tenant is None or "urgency" not in {f.name for f in tenant.fields}


def test_a_home_team_and_an_away_team_are_two_links_to_teams() -> None:
    spec = app_from("sports league: teams, players (name, number, position, birth date), games with home team, "
                    "away team, date, score")
    game = entity_named(spec, "game")
    for name in ("home_team", "away_team"):
        field = game.field(name)
        assert field is not None and field.target == "team", [f.name for f in game.fields]


def test_questions_and_phrases_written_as_fields_become_the_field_they_ask_for() -> None:
    spec = app_from("car maintenance log. each car has make model year mileage. service records: date, mileage at "
                    "service, what was done, cost, shop")
    assert _type(entity_named(spec, "service"), "shop") == FieldType.text  # the garage, not an amount
    spec = app_from("my mom runs a small bed and breakfast with 4 rooms. she wants to see bookings on a calendar - "
                    "guest name, room, check in, check out, number of guests, breakfast included y/n, total, and notes")
    booking = entity_named(spec, "booking")
    assert _type(booking, "number_of_guests") == FieldType.integer
    assert _type(booking, "breakfast_included") == FieldType.boolean
    assert spec.entity("stay") is None and spec.entity("check") is None  # the B&B's stays are the bookings


def test_a_list_of_a_sentence_of_its_own_goes_to_the_thing_that_holds_most_of_it() -> None:
    spec = app_from("Expense tracker for my small business. date, vendor, category (travel, meals, supplies, "
                    "software, other), amount, payment method, receipt photo, billable to client yes/no")
    holder = next(e for e in spec.entities if e.field("amount") is not None and e.field("billable_to_client"))
    assert _type(holder, "billable_to_client") == FieldType.boolean
    assert holder.name not in ("account", "vendor", "category")
    category = entity_named(spec, "category")
    assert "travel" not in {f.name for f in category.fields}  # the kinds of expense are no fields of a category


def test_a_day_and_time_said_once_are_the_same_things_day_and_time() -> None:
    spec = app_from("I teach piano lessons from home. Need to keep track of my students (name, parent's name, parent "
                    "phone, level, lesson day and time), lessons (date, what we worked on, paid or not) and monthly "
                    "invoices")
    student = entity_named(spec, "student")
    assert {"lesson_day", "lesson_time"} <= {f.name for f in student.fields}
    assert spec.entity("monthly_invoice") is None and spec.entity("learner") is None
    assert "student" in {f.target for f in entity_named(spec, "lesson").fields}


def test_how_many_we_have_is_a_quantity() -> None:
    spec = app_from("a stock list for my craft stall: products with name, price, how many we have, and materials")
    product = entity_named(spec, "product")
    assert _type(product, "quantity") in (FieldType.integer, FieldType.decimal)
    assert not any("have" in f.name for f in product.fields)


def test_show_notes_an_episode_has_are_no_list_of_notes() -> None:
    spec = app_from("podcast planning: episodes with title, guest, record date, publish date, status, show notes; "
                    "guests with name, bio, email, website")
    assert spec.entity("note") is None
    assert "guest" in {f.target for f in entity_named(spec, "episode").fields}


def test_a_unit_listed_among_a_pantry_items_fields_is_its_unit_not_a_storage_unit() -> None:
    spec = app_from("an inventory for my home pantry with expiry dates so I know what to use first. item, quantity, "
                    "unit, expiry, location (fridge/freezer/pantry)")
    assert spec.entity("unit") is None
    assert any(e.field("unit") is not None and e.field("unit").type != FieldType.reference for e in spec.entities)


def test_yes_no_in_brackets_a_time_and_a_one_to_five_rating_are_typed_as_said() -> None:
    spec = app_from("Need a simple app for my cleaning company to track jobs. Each job: client name, address, date, "
                    "time, which cleaner, price, paid (yes/no). Clients can have many jobs.")
    job = entity_named(spec, "job")
    assert _type(job, "paid") == FieldType.boolean
    assert _type(job, "time") == FieldType.time
    assert "client" in {f.target for f in job.fields}
    assert not [f for f in entity_named(spec, "client").fields if f.target == "job"]  # the jobs are the client's
    spec = app_from("customer feedback app. customers submit feedback with rating 1 to 5, comment, category (bug, "
                    "feature, praise). admins can reply and mark resolved")
    assert _type(entity_named(spec, "feedback"), "rating") == FieldType.rating


def test_a_list_after_a_colon_whose_items_have_lists_of_their_own_is_no_choice() -> None:
    spec = app_from("Keep track of my students' homework: assignments with subject, due date, points possible; "
                    "submissions with student, date turned in, grade, late?")
    assert not [f for e in spec.entities for f in e.fields if f.name == "homework"]
    assert _type(entity_named(spec, "submission"), "late") == FieldType.boolean


def test_a_log_of_calls_emails_and_meetings_is_the_crm_activities_not_a_field() -> None:
    spec = app_from("can you make me a simple CRM? companies, contacts at each company (name, title, email, phone), "
                    "deals with value, stage and expected close date, and a log of calls/emails/meetings")
    assert not [f for e in spec.entities for f in e.fields if f.name.startswith("log")]
    assert "expected_close_date" in {f.name for f in entity_named(spec, "deal").fields}


def test_workouts_are_the_blueprint_sessions_and_an_assigned_tech_is_someone_on_the_team() -> None:
    spec = app_from("A workout log: exercises (name, muscle group), workouts with date and duration, and sets with "
                    "exercise, reps, weight")
    assert spec.entity("session") is None
    assert "workout" in {f.target for e in spec.entities for f in e.fields}
    spec = app_from("IT helpdesk: tickets have title, description, priority (low, normal, urgent), status, "
                    "requester, assigned tech, created date, resolved date")
    assert _type(entity_named(spec, "ticket"), "assigned_tech") == FieldType.user


def test_examples_given_with_like_are_no_things_of_the_app() -> None:
    spec = app_from("A home maintenance schedule: tasks like change furnace filter, clean gutters; how often "
                    "(months), last done, next due, cost")
    assert not [e.name for e in spec.entities if "gutter" in e.name or "filter" in e.name or e.name == "clean"]
    assert {"last_done", "next_due"} <= {f.name for f in entity_named(spec, "task").fields}


def test_what_each_cleaning_has_is_the_cleanings_and_how_much_i_paid_is_an_amount() -> None:
    spec = app_from("ok so i manage a few airbnbs and need to track cleanings between guests. each cleaning has the "
                    "property, date, cleaner, checklist done?, supplies used, photos, and how much i paid the cleaner")
    cleaning = entity_named(spec, "cleaning")
    assert "property" in {f.target for f in cleaning.fields}
    assert _type(cleaning, "checklist_done") == FieldType.boolean
    assert _type(cleaning, "amount_paid") == FieldType.money
    assert not [f for f in cleaning.fields if f.name in ("the_property", "how", "used")]


def test_readings_before_and_after_meals_are_readings_with_a_value_in_their_units() -> None:
    spec = app_from("a simple app to track my blood sugar readings before and after meals, with date/time, reading "
                    "mg/dL, meal, insulin units, notes")
    reading = entity_named(spec, "reading")
    assert _type(reading, "reading") == FieldType.decimal
    assert _type(reading, "date") == FieldType.datetime
    assert spec.entity("simple") is None  # "a simple app" keeps no simples


def test_what_the_board_does_is_no_thing_and_a_home_and_away_team_need_no_comma() -> None:
    spec = app_from("Our HOA needs an app for architectural change requests. Homeowner submits request with "
                    "address, description, drawings (file), requested start date. Board approves or denies with "
                    "comments.")
    assert spec.entity("deny") is None
    assert "requested_start_date" in {f.name for f in entity_named(spec, "request").fields}
    spec = app_from("hockey league: teams, players, games w home team away team and scores, standings")
    game = entity_named(spec, "game")
    assert {"home_team", "away_team"} <= {f.name for f in game.fields if f.target == "team"}


def test_where_i_bought_it_what_and_a_unit_in_brackets_are_read_as_people_mean_them() -> None:
    spec = app_from("need a tracker for my side hustle reselling sneakers. each pair: brand, model, size, what I paid, "
                    "where I bought it, listed price, sold price, platform (ebay, stockx, goat), date sold")
    pair = entity_named(spec, "pair")
    assert _type(pair, "bought_from") == FieldType.text
    assert _type(pair, "paid") == FieldType.money
    spec = app_from("Our band needs to track gigs and money. gigs: date, venue, city, pay, paid yet?. expenses: date, "
                    "what, amount, who paid")
    assert "description" in {f.name for f in entity_named(spec, "expense").fields}
    spec = app_from("Track water quality tests at our lake: site, date, time, temperature, pH, dissolved oxygen, "
                    "clarity (feet), tester name")
    assert any(e.field("clarity") is not None and e.field("clarity").type == FieldType.decimal for e in spec.entities)


def test_the_breed_a_breeder_names_is_the_dogs_they_list() -> None:
    spec = app_from("i breed french bulldogs. track my dogs (name, color, dob, registration number), litters (mom, "
                    "dad, whelp date, number of puppies), puppies (litter, sex, color, price, buyer, status "
                    "available/reserved/sold)")
    assert spec.entity("bulldog") is None
    assert "registration_number" in {f.name for f in entity_named(spec, "dog").fields}


def test_gear_said_in_the_singular_is_a_thing_and_checked_signed_returned_are_yes_or_no() -> None:
    spec = app_from("Inventory + rentals for our camera gear rental shop. Gear (name, category, serial, daily rate, "
                    "replacement value), customers (name, phone, ID checked), rentals (customer, gear items, pickup "
                    "date, return date, deposit, returned)")
    gear = entity_named(spec, "gear")
    assert _type(gear, "daily_rate") == FieldType.money
    assert _type(entity_named(spec, "customer"), "id_checked") == FieldType.boolean


def test_a_photo_front_and_back_are_two_photos_and_time_taken_and_a_households_size_are_counts() -> None:
    spec = app_from("i want to track my coin collection. country, year, denomination, mint mark, condition grade, "
                    "what i paid, estimated value, photo front and back")
    coin = entity_named(spec, "coin")
    assert _type(coin, "front_photo") == FieldType.image and _type(coin, "back_photo") == FieldType.image
    spec = app_from("our escape room: rooms (name, difficulty, max players), bookings (room, date, time slot, group "
                    "name, group size, paid), game results (booking, escaped yes/no, time taken)")
    assert _type(entity_named(spec, "game_result"), "time_taken") == FieldType.integer
    spec = app_from("make me an app for my food bank: households (name, address, size, income bracket), visits "
                    "(household, date, pounds given)")
    assert _type(entity_named(spec, "household"), "size") == FieldType.integer


def test_kids_listed_where_a_daycare_keeps_children_are_those_children_and_incident_reports_its_incidents() -> None:
    spec = app_from("i run a small daycare. kids (name, birthday, allergies, parent name, parent phone), daily check "
                    "in/out times, and incident reports (date, kid, what happened, action taken)")
    assert spec.entity("child") is None and spec.entity("report") is None
    assert "parent_phone" in {f.name for f in entity_named(spec, "kid").fields}
    assert "action_taken" in {f.name for f in entity_named(spec, "incident").fields}


def test_results_listed_after_and_are_a_thing_and_hours_worked_a_number() -> None:
    spec = app_from("I coach high school track. athletes, events (100m, 200m, mile, long jump...), meets with date "
                    "and location, and results: athlete, event, meet, time or distance, place")
    assert {"athlete", "event", "meet"} <= {f.target for f in entity_named(spec, "result").fields}
    spec = app_from("a tracker for my freelance clients and projects - project name, client, start date, deadline, "
                    "budget, hours worked, status (lead, active, done), invoice sent?")
    assert _type(entity_named(spec, "project"), "hours_worked") == FieldType.decimal


def test_registrations_linking_campers_to_sessions_are_a_thing_pointing_at_both() -> None:
    spec = app_from("A sign-up app for our kids' summer camp: campers (name, age, t-shirt size, allergies, emergency "
                    "contact), sessions (week, theme, capacity), and registrations linking campers to sessions with "
                    "paid yes/no")
    registration = entity_named(spec, "registration")
    assert {"camper", "session"} <= {f.target for f in registration.fields}
    assert _type(registration, "paid") == FieldType.boolean


def test_a_lease_start_is_a_date_and_game_nights_in_a_list_are_no_tags() -> None:
    spec = app_from("rental property manager: properties, tenants (name, email, phone, lease start, lease end, rent "
                    "amount), maintenance requests, and rent payments (tenant, month, amount, paid date, late?)")
    tenant = entity_named(spec, "tenant")
    assert _type(tenant, "lease_start") == FieldType.date and _type(tenant, "lease_end") == FieldType.date
    spec = app_from("Board game night planner: games we own (title, min players, max players, play time), game nights "
                    "(date, host, games played), and who won each game")
    assert not [f for e in spec.entities for f in e.fields if f.name == "game_nights"]


def test_a_contact_said_in_a_things_brackets_is_a_field_and_home_or_away_a_choice() -> None:
    spec = app_from("Hey! I coach a U10 soccer team. Need players (name, parent contact, jersey number), games (date, "
                    "opponent, home/away, score), and who is bringing snacks to each game")
    assert spec.entity("contact") is None
    assert entity_named(spec, "player").field("parent_contact") is not None
    home_away = entity_named(spec, "game").field("home_away")
    assert home_away is not None and [o.value for o in home_away.options] == ["Home", "Away"]


def test_people_running_each_booking_are_the_bookings_field_not_a_sentence() -> None:
    spec = app_from("escape room business. rooms (themes), bookings per room with group size and time slot, game masters "
                    "running each booking, and whether the group escaped + their time")
    booking = entity_named(spec, "booking")
    assert booking.field("game_master") is not None
    assert not any("running" in f.name for f in booking.fields)


def test_a_studios_booking_app_keeps_the_sessions_booked_not_a_list_of_bookings_beside_them() -> None:
    spec = app_from("photography studio booking - clients book sessions in one of our 3 studios, each session has a "
                    "photographer, package and deposit paid")
    assert spec.entity("booking") is None and spec.entity("shoot") is None
    session = entity_named(spec, "session")
    assert any(f.target == "studio" for f in session.fields) and any(f.target == "client" for f in session.fields)


def test_a_list_after_things_submitted_by_people_is_the_things_and_assigned_to_a_handyman_is_one_of_the_team() -> None:
    spec = app_from("apartment building maintenance: units, tenants in each unit, work orders submitted by tenants with "
                    "priority and status, assigned to a handyman")
    assert spec.entity("maintenance") is None  # the kind of app, no list of maintenances
    tenant, order = entity_named(spec, "tenant"), entity_named(spec, "work_order")
    assert tenant.field("priority") is None and tenant.field("status") is None
    assert order.field("priority") is not None
    assert _type(order, "handyman") == FieldType.user


def test_the_kinds_listed_for_a_thing_are_the_options_of_its_kind_in_the_persons_words() -> None:
    spec = app_from("personal finance: accounts (checking, savings, credit card), transactions per account with "
                    "category and amount, monthly budgets per category")
    account = entity_named(spec, "account")
    assert account.field("checking") is None and account.field("savings") is None
    kinds = next(f for f in account.fields if f.options)
    assert {o.value for o in kinds.options} == {"Checking", "Savings", "Credit card"}


def test_a_list_after_things_coming_in_is_theirs_and_a_thing_listed_for_each_other_thing_is_no_field_of_it() -> None:
    spec = app_from("little free pantry app: donations coming in (item, qty, donor, date), items going out, current "
                    "stock per item")
    donation = entity_named(spec, "donation")
    assert donation.field("qty") is not None or donation.field("quantity") is not None
    spec = app_from("I manage a community choir. Members with voice part (soprano, alto, tenor, bass), rehearsals with "
                    "date and location, attendance at each rehearsal, and music pieces we're learning")
    rehearsal = entity_named(spec, "rehearsal")
    assert not any(w in f.name for f in rehearsal.fields for w in ("attendance", "learning"))
    assert any(f.target == "rehearsal" for f in entity_named(spec, "attendance").fields)


def test_the_options_a_person_lists_for_a_choice_replace_the_blueprints() -> None:
    model = get_model("appforge")
    spec = apply_proposal(model.propose("courier app: jobs (pickup address, customer, status: booked -> collected -> out "
                                        "for delivery -> delivered/failed), drivers with phone"))
    statuses = [[o.value for o in f.options] for e in spec.entities for f in e.fields if f.name == "status"]
    assert ["Booked", "Collected", "Out for delivery", "Delivered", "Failed"] in statuses
    spec = apply_proposal(model.propose("plumbing business. customers, jobs, technicians. jobs go quoted → booked → "
                                        "done → invoiced, as a kanban"))
    assert [o.value for o in spec.entity("job").field("status").options] == ["Quoted", "Booked", "Done", "Invoiced"]


def test_knives_and_lenses_are_a_knife_and_a_lens() -> None:
    spec = app_from("i sharpen knives for restaurants. restaurants (name, contact), knives (type, length, restaurant), "
                    "sharpening jobs with date and price")
    assert entity_named(spec, "knife").field("restaurant") is not None and spec.entity("knive") is None
    spec = app_from("film photography log: cameras, lenses (focal length, max aperture), rolls of film with iso")
    assert entity_named(spec, "lens").field("focal_length") is not None and spec.entity("lense") is None
