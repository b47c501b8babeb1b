"""How the things of a new app point at each other, from requests typed the way people type them: whose owner a
dog's owner is, which of two kinds of people belongs to the other (neither), what "belongs to" and "have many" tie,
and what a field written in becomes once the app keeps a list of it."""

from __future__ import annotations

from appforge.spec.model import AppSpec
from tests.models.starts import app_from


def _links(spec: AppSpec, entity: str) -> set[str]:
    found = spec.entity(entity)
    assert found is not None, f"no {entity} in {[e.name for e in spec.entities]}"
    return {f.target for f in found.fields if f.target}


def test_people_named_after_a_thing_are_its_people_not_the_other_way_round() -> None:
    spec = app_from("i run a small dog walking business. need to track the dogs, their owners, and each walk (date, "
                    "duration, who walked)")
    assert "owner" in _links(spec, "dog")
    assert "dog" not in _links(spec, "owner")  # an owner is no dog's record
    assert "dog" in _links(spec, "walk")


def test_two_kinds_of_people_listed_side_by_side_belong_to_neither() -> None:
    spec = app_from("an app for my salon: customers, hairdressers, bookings and the treatments we offer")
    assert "customer" not in _links(spec, "hairdresser")
    assert "hairdresser" in _links(spec, "booking")


def test_what_a_salon_offers_is_its_list_of_services_under_the_persons_word() -> None:
    spec = app_from("an app for my salon: customers, hairdressers, bookings and the treatments we offer")
    treatment = spec.entity("treatment")
    assert treatment is not None and spec.entity("service") is None
    assert "pests" not in {f.name for f in treatment.fields}  # not a pest control's visit
    assert "price" in {f.name for f in treatment.fields}
    assert "treatment" in _links(spec, "booking")


def test_the_stylists_a_person_lists_are_the_ones_an_appointment_is_with() -> None:
    spec = app_from("salon app with clients, stylists and appointments")
    appointment = spec.entity("appointment")
    assert appointment is not None
    stylists = [f for f in appointment.fields if "stylist" in f.name]
    assert [(f.name, f.target) for f in stylists] == [("stylist", "stylist")]  # one, and it points at the list


def test_the_kind_of_place_an_app_is_for_is_no_thing_of_it() -> None:
    spec = app_from("gym app - members, trainers, sessions, and memberships with start/end date and price")
    assert spec.entity("gym") is None
    assert "member" in _links(spec, "membership")


def test_belongs_to_and_has_many_tie_the_things_they_name() -> None:
    spec = app_from("A simple CRM for my roofing company. Leads, jobs, crews, and quotes. Each quote belongs to a lead.")
    assert "lead" in _links(spec, "quote")
    spec = app_from("project tracker where projects have multiple tasks and each task is assigned to a team member")
    assert spec.entity("team") is None  # "team member" is one person, no team
    assert {"project", "member"} <= _links(spec, "task")
    assert "task" not in _links(spec, "project") and "project" not in _links(spec, "member")
    assert [f.name for f in spec.entity("task").fields if f.type.value == "date"] == ["due_on"]  # one due date


def test_items_per_couple_are_a_list_of_their_own_and_the_couple_written_on_a_wedding_points_at_the_couples() -> None:
    spec = app_from("wedding planner app: couples, vendors, events, budget items per couple")
    assert "couple" in _links(spec, "budget_item")
    assert "couple" in _links(spec, "wedding")
    assert "vendor" not in _links(spec, "couple")  # a vendor works for many couples
    assert "budget_items" not in {f.name for f in spec.entity("event").fields}


def test_the_kid_who_borrows_a_book_is_the_pupil_a_school_library_keeps() -> None:
    spec = app_from("help me keep track of the books in my classroom library and which kid has borrowed which book")
    assert spec.entity("kid") is None or spec.entity("pupil") is None
    assert spec.entity("loan") is not None and "book" in _links(spec, "loan")


def test_what_follows_their_belongs_to_the_things_before_it() -> None:
    spec = app_from("car repair shop - customers, their cars (make model year plate), repair jobs per car with parts "
                    "used and labour hours")
    assert "customer" in _links(spec, "car") and "car" not in _links(spec, "customer")
    # the garage's repair orders under the person's word, with what the list adds: not a second record of repairs
    assert spec.entity("repair_order") is None
    job = spec.entity("repair_job")
    assert job is not None and "car" in _links(spec, "repair_job")
    assert {"labour_hours", "parts_used"} <= {f.name for f in job.fields}


def test_a_visit_is_no_donors_when_the_donors_have_their_donations() -> None:
    spec = app_from("We're a small nonprofit running a food pantry. Households register, we log each visit and what "
                    "they took. also track donors and donations")
    assert "donor" in _links(spec, "donation")
    assert not any("donor" in _links(spec, e.name) for e in spec.entities if e.name != "donation")


def test_the_coaches_a_person_lists_are_the_ones_a_team_points_at() -> None:
    spec = app_from("school sports club: teams, players on each team, coaches, matches with score. parents should be "
                    "able to see their kids matches")
    coach = spec.entity("team").field("coach")
    assert coach is not None and coach.type.value == "reference" and coach.target == "coach"
    assert "team" in _links(spec, "player")


def test_what_sorts_things_is_pointed_at_and_comments_on_each_recipe_are_a_list_of_their_own() -> None:
    spec = app_from("a app for my food blog - recipes, categories, comments from readers on each recipe")
    assert "category" in _links(spec, "recipe") and "recipe" not in _links(spec, "category")
    assert {"recipe", "reader"} <= _links(spec, "comment")  # "comments" is mostly a field; on each recipe, not here


def test_payments_against_invoices_point_at_the_invoices() -> None:
    spec = app_from("simple invoicing: clients, invoices, line items on each invoice, payments against invoices")
    assert "invoice" in _links(spec, "payment")


def test_cleanings_are_the_cleans_a_cleaning_business_keeps_and_a_record_is_no_other_records() -> None:
    spec = app_from("need a simple app for my cleaning business. clients and their houses, cleaners, and cleanings "
                    "(which house, which cleaner, date, paid yes/no)")
    assert spec.entity("clean") is None and spec.entity("cleaning") is not None
    assert {"house", "cleaner"} <= _links(spec, "cleaning")
    assert [f.name for f in spec.entity("cleaning").fields if "cleaner" in f.name] == ["cleaner"]
    spec = app_from("we run a dog daycare. dogs, owners, daily attendance, vaccination records for each dog")
    assert _links(spec, "attendance") == {"dog"}  # not the vaccination records
    assert spec.entity("vaccination") is None or spec.entity("vaccination_record") is None
    assert "daily" not in {f.name for f in spec.entity("dog").fields}


def test_how_things_are_tied_and_where_we_park_make_no_fields() -> None:
    spec = app_from("photography studio: clients, shoots, galleries. each shoot belongs to a client and has a gallery")
    assert "belongs" not in {f.name for f in spec.entity("client").fields}
    spec = app_from("for my food truck: menu items with price, daily sales, and the events/locations we park at")
    assert not any("park" in f.name for e in spec.entities for f in e.fields)


def test_the_team_a_coach_coaches_is_no_thing_and_what_they_keep_track_of_is_listed() -> None:
    spec = app_from("hi! so i coach a youth swim team and i need something to keep track of my swimmers, the meets we "
                    "go to, and their times in each event at each meet. would be great to see personal bests")
    assert spec.entity("team") is None  # not a hackathon's team with repo and demo video
    assert spec.entity("swimmer") is not None and spec.entity("meet") is not None
    assert "to" not in {f.name for f in spec.entity("swimmer").fields}


def test_the_person_who_reported_a_ticket_is_no_list_of_people() -> None:
    spec = app_from("Our small IT helpdesk needs tickets (title, description, priority, status), the person who "
                    "reported it, and which technician is handling it.")
    assert spec.entity("person") is None  # it had been a gift list's person, with a birthday and sizes


def test_a_stay_checked_in_and_out_is_no_loan_and_belongs_to_the_listing() -> None:
    spec = app_from("Need a tool to manage my Airbnb listings - listings, guests, stays with check in and check out, "
                    "cleaning fees, and reviews guests leave")
    assert spec.entity("loan") is None
    assert {"guest", "listing"} <= _links(spec, "stay")


def test_a_vets_pets_and_appointments_are_its_patients_and_consultations() -> None:
    spec = app_from("vet clinic: owners, pets, appointments, vaccines given at each appointment")
    assert spec.entity("patient") is None and spec.entity("consultation") is None
    assert "owner" in _links(spec, "pet") and "pet" in _links(spec, "appointment")
    assert "appointment" in _links(spec, "vaccine")


def test_grant_applications_are_the_grants_with_what_the_list_adds() -> None:
    spec = app_from("Nonprofit grant tracking - funders, grant applications (amount requested, deadline, status, "
                    "program area), and reports we owe each funder")
    assert spec.entity("application") is None
    assert {"amount_requested", "program_area"} <= {f.name for f in spec.entity("grant").fields}


def test_which_buyer_saw_which_property_links_the_showing_to_both_and_a_property_is_its_sellers() -> None:
    spec = app_from("a CRM for my real estate business: buyers, sellers, properties, and showings (which buyer saw "
                    "which property, when, feedback)")
    assert {"buyer", "property"} <= _links(spec, "showing")
    assert "buyer" not in _links(spec, "property")  # listed after the sellers: theirs, if anyone's
    assert not any("saw" in f.name for f in spec.entity("showing").fields)


def test_customers_listed_after_bikes_are_no_bikes_and_start_and_end_time_are_two_times() -> None:
    spec = app_from("bike shop rentals - bikes, customers, rentals with start and end time, deposit")
    assert "bike" not in _links(spec, "customer")
    rental = {f.name: f.type.value for f in spec.entity("rental").fields}
    assert rental.get("start_time") == "datetime" and rental.get("end_time") == "datetime"
    assert not any(name.startswith("start_and") for name in rental)


def test_the_kids_a_homeschool_keeps_are_its_learners_under_the_persons_word() -> None:
    spec = app_from("homeschool tracker for my 3 kids - subjects, lessons done each day, and grades per subject per kid")
    assert spec.entity("learner") is None and spec.entity("kid") is not None
    assert "kid" in _links(spec, "lesson") and {"kid", "subject"} <= _links(spec, "grade")


def test_the_things_of_the_work_an_app_opens_with_are_kept_and_a_field_said_per_thing_is_that_things() -> None:
    spec = app_from("snow plowing routes and customers, driver assigned per route, log each plow visit w timestamp and "
                    "photo proof")
    assert "driver" in _links(spec, "route")
    assert "route" in _links(spec, "visit")
    assert all(f.target != e.name for e in spec.entities for f in e.fields)  # no driver's "assigned_per_route" driver


def test_a_blueprint_near_only_for_the_kind_of_app_it_names_is_not_the_start_of_the_things_listed() -> None:
    spec = app_from("renovation project tracker. rooms in the house, tasks per room, contractors doing the tasks, costs")
    assert spec.entity("tool") is None  # a woodworker's tools: nobody asked for them
    assert "room" in _links(spec, "task") and "task" not in _links(spec, "room")
    assert "contractor" in _links(spec, "task")


def test_sessions_that_link_a_tutor_and_a_student_hold_what_is_listed_for_them() -> None:
    spec = app_from("tutoring company - tutors, students, subjects. sessions link a tutor and a student for a subject, "
                    "with date and length. parents pay per session")
    sessions = [e for e in spec.entities if e.name.endswith("session")]
    assert len(sessions) == 1, [e.name for e in spec.entities]
    assert {"tutor", "student"} <= _links(spec, sessions[0].name)
    assert sessions[0].field("length") is not None
    assert spec.entity("student").field("length") is None and spec.entity("student").field("date") is None


def test_a_thing_assigned_to_a_person_points_at_them_and_its_list_is_read_once() -> None:
    spec = app_from("need to track which employee has which company laptop and phone. devices have serial numbers, "
                    "assigned to an employee, with date given and date returned")
    assert "employee" in _links(spec, "device")
    device = spec.entity("device")
    assert device.field("date_given") is not None and device.field("date_returned") is not None
    assert spec.entity("employee").field("date_given") is None  # the device's dates, not the employee's


def test_what_is_kept_from_each_thing_points_at_it_and_orders_from_someone_are_kept() -> None:
    spec = app_from("track my reading: books, authors, when I started & finished, rating, and quotes I liked from each book")
    assert "book" in _links(spec, "quote")
    spec = app_from("plant nursery inventory: plants by species, which greenhouse they're in, and orders from garden "
                    "centers with quantities")
    assert spec.entity("order") is not None and spec.entity("plant") is not None


def test_a_schedule_of_games_is_a_list_of_games_between_the_teams() -> None:
    spec = app_from("help me build something for my softball league: teams, players on teams, schedule of games with "
                    "scores, and standings")
    assert "team" in _links(spec, "game")
    assert "team" in _links(spec, "player")


def test_a_thing_nothing_points_at_is_linked_to_the_record_named_nearest() -> None:
    spec = app_from("climbing gym: walls, setters (name, phone), routes with wall, grade and date set")
    assert {"wall", "setter"} <= _links(spec, "route")  # the setters had been a list beside the app


def test_what_each_thing_has_and_what_is_found_on_each_belong_to_it() -> None:
    spec = app_from("roof surveys: buildings (address, owner). each survey has photos and defects: location, "
                    "severity low/med/high. surveyors do the surveys")
    assert "survey" in _links(spec, "defect")
    spec = app_from("kitchen audits: sites, audits (site, auditor, date, score) and the issues found on each audit "
                    "with priority and a photo")
    assert "audit" in _links(spec, "issue")


def test_assigning_each_thing_to_two_others_points_it_at_both() -> None:
    spec = app_from("removals company: moves (date, from address, to address), crews, trucks. assign every move to a "
                    "crew and a truck")
    assert {"crew", "truck"} <= _links(spec, "move")


def test_what_each_thing_has_belongs_to_it_though_two_words_describe_it() -> None:
    spec = app_from("pest control firm. clients have sites and each site has numbered bait stations. stations: number, "
                    "location, bait type. technicians log station checks")
    assert "site" in _links(spec, "station")  # not the client's: "numbered bait stations" are the site's


def test_which_of_the_apps_things_goes_along_is_a_link_not_a_text_of_the_words() -> None:
    spec = app_from("vintage motorbike club: bikes (make, year), rallies with date, which bikes are going")
    rally = spec.entity("rally")
    assert rally is not None
    assert "bike" in _links(spec, "rally")
    assert not [f.name for f in rally.fields if f.type.value == "text" and "going" in f.name]


def test_a_list_of_things_at_each_place_is_named_for_the_things_and_belongs_to_the_place() -> None:
    spec = app_from("landlord compliance: properties with address and postcode, and a list of appliances at each "
                    "property (boiler, oven, hob) with install date")
    assert spec.entity("of_appliance") is None  # not the words "of appliances"
    assert "property" in _links(spec, "appliance")
    assert "install_date" in {f.name for f in spec.entity("appliance").fields}
