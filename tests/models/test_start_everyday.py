"""New apps from requests typed the way people type them, each showing one way the words had been misread: a rule
taken for the kind of app, a thing someone buys taken for a field, a board put on the wrong list, kinds of a thing
taken for its fields, another app's choices on a thing no near app keeps."""

from __future__ import annotations

from appforge.models import get_model
from appforge.spec.model import AppSpec
from tests.models.starts import app_from


def _fields(spec: AppSpec, entity: str) -> dict[str, str]:
    found = spec.entity(entity)
    assert found is not None, f"no {entity} in {[e.name for e in spec.entities]}"
    return {f.name: f.type.value for f in found.fields}


def test_a_rule_about_customers_does_not_make_a_movers_app_a_quotes_app_and_its_trucks_are_kept() -> None:
    model = get_model("appforge")
    message = ("i run a small moving company. need to keep track of jobs (pickup address, dropoff address, date, number "
               "of rooms, quoted price), our trucks and which crew member drives. customers should be able to request "
               "a quote")
    _, blueprint, _, _ = model.start_for(message)
    assert blueprint is not None and blueprint.spec.name == "moving-company"  # not "Quotes & Estimates"
    spec = app_from(message)
    assert spec.entity("truck") is not None  # "our trucks": a list of them, not a truck size on each move
    assert spec.entity("move").field("truck").target == "truck"
    assert _fields(spec, "job")["quoted_price"] == "money"


def test_things_the_person_buys_are_kept_and_what_is_said_of_orders_from_customers_is_the_orders() -> None:
    spec = app_from("inventory for my etsy shop - products, materials I buy, orders from customers with shipping status")
    assert spec.entity("material") is not None
    assert "materials" not in _fields(spec, "customer")
    assert "shipping_status" in _fields(spec, "order") and "shipping_status" not in _fields(spec, "customer")
    # the products of apps near an etsy shop: not a cannabis dispensary's "form" (flower, pre-roll, edible)
    assert "form" not in _fields(spec, "product")
    assert spec.entity("order").field("product").target == "product"


def test_a_board_at_the_end_of_a_list_part_shows_that_thing_and_the_kinds_of_a_thing_are_not_its_fields() -> None:
    spec = app_from("a simple CRM: companies, contacts, deals with value and stage on a kanban board, and activities "
                    "(call, email, meeting)")
    boards = [(v.entity, v.group_by) for v in spec.views if v.type.value == "kanban"]
    assert boards == [("deal", "stage")]
    activity = _fields(spec, "activity")
    assert not {"call", "email", "meeting"} & set(activity)  # the kinds of activity, which its kind already offers
    assert "close_on" in _fields(spec, "deal")  # a new app renames nothing unasked (it had been called "meeting")


def test_a_thing_pieced_from_many_apps_has_one_status_and_payments_have_an_amount_and_a_date() -> None:
    spec = app_from("I teach piano. Students, their parents contact info, weekly lesson slots, what pieces theyre "
                    "working on, and payments per month")
    piece = _fields(spec, "piece")
    assert "status" in piece and "stage" not in piece  # no pottery stage (greenware, bisqued) beside it
    payment = _fields(spec, "payment")
    assert payment.get("amount") == "money" and payment.get("date") == "date"


def test_payments_said_after_members_are_the_members_though_members_have_a_join_date() -> None:
    spec = app_from("jiu jitsu gym: members, belt rank (white blue purple brown black) and stripes, class attendance, "
                    "membership payments")
    assert spec.entity("payment").field("member").target == "member"


def test_a_buildings_vendors_are_not_its_tenants_and_what_people_do_is_no_field() -> None:
    spec = app_from("A maintenance request system for our apartment building. Tenants submit requests with a photo and "
                    "urgency, the super assigns them and marks them done. Tenants only see their own requests.")
    tenant, vendor = _fields(spec, "tenant"), _fields(spec, "vendor")
    assert "trade" in vendor and "trade" not in tenant and "insurance_expires" not in tenant
    assert not any("submit" in f or "assigns" in f for e in spec.entities for f in _fields(spec, e.name))
    rules = {(p.entity, p.action, role, p.own) for p in spec.permissions for role in p.roles}
    assert ("request", "create", "tenant", False) in rules  # they submit requests, not tenants or maintenance
    assert ("request", "read", "tenant", True) in rules  # and see their own


def test_animals_listed_with_what_the_blueprints_pets_hold_are_those_pets() -> None:
    spec = app_from("we're a small animal rescue. foster homes, animals (species, age, vaccinated?), adoption "
                    "applications that staff approve or reject")
    assert spec.entity("pet") is None
    animal = _fields(spec, "animal")
    assert "species" in animal and animal.get("vaccinated") == "boolean"
    assert spec.entity("application").field("pet").target == "animal"


def test_who_does_what_in_a_list_is_no_field_and_a_plots_plot_size_is_its_size() -> None:
    spec = app_from("Community garden plots - gardeners rent plots, we track plot size, who has it, annual fee paid or "
                    "not, and a waitlist")
    plot = _fields(spec, "plot")
    assert not {"gardeners_rent_plots", "track_plot_size", "plot_size"} & set(plot)
    assert "size" in plot and plot.get("annual_fee_paid") == "boolean"


def test_check_in_and_check_out_times_borrow_nothing() -> None:
    spec = app_from("daycare: kids, parents, daily check in/check out times, allergies, and incident reports that "
                    "parents can read")
    assert spec.entity("loan") is None  # "check out" of a child is no library loan


def test_a_things_list_after_with_goes_on_with_its_fields_and_dates_said_are_the_blueprints_dates() -> None:
    spec = app_from("Dog boarding kennel. dogs, owners, stays with check in and check out dates, kennel number, "
                    "feeding instructions, vaccines on file")
    assert spec.entity("vaccine") is None and spec.entity("feeding_instruction") is None
    stay = _fields(spec, "stay")
    assert "feeding_instructions" in stay and "kennel_number" in stay
    assert stay.get("check_out_date") == "date" and "check_out" not in stay  # one date, under the person's words


def test_dates_said_in_other_words_than_the_blueprints_are_renamed_not_kept_twice() -> None:
    spec = app_from("beer brewing log. batches with recipe, og, fg, abv calculated, brew date, bottling date, tasting "
                    "notes")
    batch = _fields(spec, "batch")
    assert batch.get("brew_date") == "date" and "brewed_on" not in batch
    assert "abv_calculated" not in batch and "abv" in batch
    calendars = [v.date_field for v in spec.views if v.type.value == "calendar" and v.entity == "batch"]
    assert calendars == ["brew_date"]  # the calendar follows the rename


def test_a_status_said_with_its_options_becomes_the_blueprints_stage_in_that_order() -> None:
    spec = app_from("podcast episode planner: guest, topic, record date, publish date, status "
                    "idea/booked/recorded/edited/published, show notes")
    episode = spec.entity("episode")
    assert episode.field("stage") is None
    assert [o.value for o in episode.field("status").options] == ["Idea", "Booked", "Recorded", "Edited", "Published"]
    assert [v.group_by for v in spec.views if v.type.value == "kanban" and v.entity == "episode"] == ["status"]
    assert {"record_date", "publish_date"} <= set(_fields(spec, "episode"))
    assert not any("booked" in f for f in _fields(spec, "guest"))  # an option's word is no guest's field


def test_a_blueprint_barely_near_that_keeps_none_of_the_things_named_is_no_start() -> None:
    model = get_model("appforge")
    message = ("an app to run our little league fundraiser raffle: ticket sellers, tickets sold (buyer name, phone, "
               "number), prizes and winners")
    _, blueprint, _, _ = model.start_for(message)
    assert blueprint is None  # not a charity fun run's runners and sponsorships
    spec = app_from(message)
    assert {"ticket", "prize", "winner"} <= {e.name for e in spec.entities}
    assert spec.entity("runner") is None


def test_the_kinds_a_choice_offers_are_no_things_to_keep() -> None:
    spec = app_from("small print shop orders: customer, job type (flyers, posters, cards), qty, paper, due date, "
                    "status (new, printing, ready, picked up)")
    assert spec.entity("card") is None  # not a trading card with a grade
    orders = [e for e in spec.entities if any(f.name == "job_type" for f in e.fields)]
    assert orders and [o.value for o in orders[0].field("job_type").options] == ["Flyers", "Posters", "Cards"]


def test_maintenance_tickets_are_the_blueprints_maintenance_requests_and_rent_payments_no_field() -> None:
    spec = app_from("i manage a few rental units. tenants, leases (start, end, rent amount), rent payments each month "
                    "and whether late, maintenance tickets")
    assert spec.entity("ticket") is None  # not a dry cleaner's ticket (dropped off, cleaning, ready)
    assert spec.entity("maintenance_request") is not None and spec.entity("payment") is not None
    fields = {f.name for e in spec.entities for f in e.fields}
    assert not {"rent_payments", "maintenance_tickets"} & fields


def test_pounds_of_food_are_a_weight_not_a_thing() -> None:
    spec = app_from("We're a nonprofit running a food pantry. Need: households (size, zip code, income level), visits "
                    "with date and pounds of food, and volunteers with their shifts.")
    assert spec.entity("pound") is None
    assert _fields(spec, "visit").get("pounds_of_food") == "decimal"


def test_a_field_spelt_the_other_way_is_the_blueprints_under_the_persons_spelling() -> None:
    spec = app_from("hi! so i have a small bakery and i want to stop using paper. i need to keep track of custom cake "
                    "orders - who ordered, pickup date, flavor, size, message on the cake, deposit paid. would be nice "
                    "to see pickups on a calendar")
    order = _fields(spec, "bake_order")
    assert "flavor" in order and "flavour" not in order


def test_time_off_is_no_role() -> None:
    spec = app_from("- Employees\n- Shifts (employee, start, end, role)\n- Time off requests (employee, dates, reason, "
                    "approved?)\nManagers approve time off. Employees see their own shifts.")
    roles = {r.name for r in spec.roles}
    assert "off" not in roles and {"manager", "employee"} <= roles
    assert any(p.entity == "shift" and p.action == "read" and "employee" in p.roles and p.own for p in spec.permissions)


def test_repairs_are_the_blueprints_repair_tickets_with_the_status_said_and_bikes_for_sale_keep_their_list() -> None:
    spec = app_from("Inventory app for a bike shop. Bikes for sale w/ brand, model, size, price, condition. Repairs: "
                    "customer name, phone, bike description, problem, estimate, status (received, waiting parts, in "
                    "progress, done, picked up)")
    names = {e.name for e in spec.entities}
    assert "repair" in names and "bike_ticket" not in names and "sale" not in names
    repair = spec.entity("repair")
    assert [o.value for o in repair.field("status").options] == ["Received", "Waiting parts", "In progress", "Done",
                                                                  "Picked up"]
    assert repair.field("customer_name") is None and repair.field("sale") is None  # its customer; no sale amount
    assert {"brand", "size", "price", "condition"} <= set(_fields(spec, "bike"))


def test_a_field_said_with_checkbox_is_a_yes_or_no() -> None:
    spec = app_from("our dental office needs a recall system: patients, last cleaning date, next due date, send "
                    "reminder checkbox")
    assert "boolean" in {t for name, t in _fields(spec, "patient").items() if "reminder" in name}


def test_prayer_requests_are_a_thing_not_prayers_who_request() -> None:
    spec = app_from("church prayer requests, members can submit and the pastor marks them answered")
    assert {r.name for r in spec.roles} == {"member", "pastor"}
    rules = {(p.entity, p.action, role) for p in spec.permissions for role in p.roles}
    assert ("request", "create", "member") in rules and ("request", "update", "pastor") in rules
    assert spec.entity("request").field("marks") is None  # what the pastor does, no number of marks


def test_game_masters_are_people_and_bring_no_game() -> None:
    spec = app_from("escape room business: rooms, bookings (group name, size, date/time, room), game masters, and "
                    "whether they escaped + their time")
    assert spec.entity("game") is None and spec.entity("game_master") is not None


def test_a_budget_per_category_is_the_categories_not_each_transactions() -> None:
    spec = app_from("personal finance: accounts, transactions with category and amount, monthly budget per category")
    assert "monthly_budget_per_category" not in _fields(spec, "transaction")
    assert _fields(spec, "category").get("monthly_budget") == "money"


def test_a_status_from_a_far_app_moves_through_plain_steps() -> None:
    spec = app_from("an app to run our little league fundraiser raffle: ticket sellers, tickets sold (buyer name, phone, "
                    "number), prizes and winners")
    status = spec.entity("ticket").field("status")
    assert status is None or [o.value for o in status.options] == ["New", "In progress", "Done"]  # not dropped off


def test_a_long_request_keeps_its_things_and_reads_wins_and_losses_as_a_result() -> None:
    spec = app_from("I coach high school debate. I want to track my students, the tournaments we go to, which events "
                    "each kid enters (like LD, policy, PF), their rounds with wins/losses and judge names, and travel "
                    "forms that parents need to sign. It would be great if students could log in and see their own "
                    "results.")
    names = {e.name for e in spec.entities}
    assert {"student", "tournament", "round"} <= names
    assert not {"win", "loss", "could"} & names
    result = spec.entity("round").field("result")
    assert result is not None and [o.value for o in result.options] == ["Win", "Loss"]


def test_who_sings_lead_is_no_sales_lead_and_a_list_is_no_field() -> None:
    spec = app_from("garage band practice scheduler + song list w/ who sings lead")
    assert spec.entity("lead") is None
    assert "list" not in _fields(spec, "song")


def test_appointments_booked_where_the_blueprint_keeps_bookings_are_those_bookings() -> None:
    spec = app_from("app for my nail salon where clients can book appointments online, pick a service and a tech, and "
                    "I can see the day's schedule")
    names = {e.name for e in spec.entities}
    assert "appointment" in names and "booking" not in names
    assert "pick_a_service" not in _fields(spec, "appointment")


def test_the_team_a_task_manager_is_for_is_no_thing_of_it() -> None:
    spec = app_from("task manager for my team with projects, tasks, subtasks, comments, and file attachments. members "
                    "only see projects they're on")
    assert spec.entity("team") is None  # no hackathon team with a repo and a demo video
    assert {"project", "task", "subtask"} <= {e.name for e in spec.entities}


def test_items_joined_with_plus_signs_and_short_words_make_no_fields_of_their_own() -> None:
    spec = app_from("gym equipment maintenance log - machines, inspections with date + pass/fail + notes, repair tickets")
    fields = {f.name for e in spec.entities for f in e.fields}
    assert not {"date_pass", "fail_notes"} & fields
    spec = app_from("a simple invoicing app: clients, invoices with line items (description, qty, rate), tax, paid "
                    "status, due dates")
    assert "qty" not in _fields(spec, "line_item")  # the line items' quantity


def test_lots_and_bookings_said_of_a_blueprint_that_keeps_green_lots_are_those_under_the_persons_word() -> None:
    spec = app_from("We are a small coffee roastery. Track green coffee lots (origin, farm, process, cost/kg, kg in "
                    "stock), roast batches (date, lot, roast level, weight in, weight out), and wholesale orders from cafes")
    names = {e.name for e in spec.entities}
    assert "lot" in names and "green_lot" not in names
    assert "farm" in _fields(spec, "lot")
    assert all(f.target == "lot" for e in spec.entities for f in e.fields if f.type.value == "reference"
               and "lot" in f.name)


def test_pay_per_game_is_money_and_a_role_is_made_only_of_words_said() -> None:
    spec = app_from("need a system for our soccer referees: referees, matches assigned, their availability, and pay per "
                    "game")
    assert "money" in {t for e in spec.entities for n, t in _fields(spec, e.name).items() if n == "pay_per_game"}
    spec = app_from("Things I need:\n1. Customers - name, phone, email\n2. Orders - customer, items, total, status\n"
                    "3. Products - name, price, stock\nOnly admins can delete orders.")
    assert [r.name for r in spec.roles] == ["admin"]  # no "admin_record"
    assert {(p.entity, p.action) for p in spec.permissions} == {("order", "delete")}


def test_a_request_of_a_few_words_starts_from_a_blueprint_of_its_trade() -> None:
    model = get_model("appforge")
    _, blueprint, _, _ = model.start_for("window cleaning rounds")
    assert blueprint is not None and blueprint.name == "cleaning_service"  # not a wargame's rounds
    _, blueprint, _, _ = model.start_for("car detailing bookings")
    assert blueprint is not None and blueprint.name == "car_wash"  # not a dealership's cars
