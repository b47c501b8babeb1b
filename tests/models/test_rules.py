"""Who may do what, as people write it: the roles a message names become roles of the new app."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.cues import refused
from appforge.models.inhouse.roles import roles_named
from appforge.models.inhouse.rules import access_operations, rule_operations, stated_rules


@pytest.mark.parametrize(("text", "roles"), [
    ("volunteers see only their own shifts, coordinators see all and can create shifts", ["volunteer", "coordinator"]),
    ("agents can only edit tickets assigned to them; team leads can reassign", ["agent", "team_lead"]),
    ("Only the hall secretary can confirm bookings.", ["hall_secretary"]),
    ("reviewers can comment but only the director approves", ["reviewer", "director"]),
])
def test_the_people_a_message_gives_rights_are_roles(text: str, roles: list[str]) -> None:
    assert roles_named(text) == roles


@pytest.mark.parametrize("text", ["I can see everything", "we should have a calendar", "it should be blue",
                                  "the app should show a chart of sales", "anyone can add a song without login"])
def test_the_writer_the_public_and_the_app_are_not_roles(text: str) -> None:
    assert roles_named(text) == []


def test_a_refusal_holds_for_the_action_it_names_and_read_only_refuses_every_change() -> None:
    text = "agents shouldn t delete leases only the landlord"
    assert refused(["agent"], "delete", text) and not refused(["agent"], "update", text)
    assert not refused(["landlord"], "delete", text)
    text = "volunteers can only read books not change them"
    assert refused(["volunteer"], "update", text) and not refused(["volunteer"], "read", text)


def test_a_new_app_has_the_roles_its_rules_name() -> None:
    message = ("dog walking business: walkers, dogs, walks with date and duration. walkers see only their own "
               "walks; the dispatcher can assign walks")
    spec = apply_proposal(get_model("appforge").propose(message, None), None)
    names = {r.name for r in spec.roles}
    assert {"walker", "dispatcher"} <= names, names


def _rules(spec) -> set[tuple[str, str, tuple[str, ...], bool]]:
    return {(p.entity, p.action, tuple(sorted(p.roles)), p.own) for p in spec.permissions}


@pytest.mark.parametrize(("text", "said"), [
    ("volunteers see only their own shifts, coordinators see all and can create shifts",
     [(["volunteer"], ("read",), True, False), (["coordinator"], ("read",), False, True),
      (["coordinator"], ("create",), False, False)]),
    ("agents can only edit tickets assigned to them", [(["agent"], ("update",), True, False)]),
    ("Inspectors create, QA manager can edit and delete.",
     [(["inspector"], ("create",), False, False), (["qa_manager"], ("update", "delete"), False, False)]),
    ("salespeople see own deals only", [(["salesperson"], ("read",), True, False)]),
    ("curators edit, volunteers view", [(["curator"], ("update",), False, False), (["volunteer"], ("read",), False, False)]),
])
def test_a_rule_is_read_clause_by_clause_with_its_people_action_and_reach(text: str, said: list) -> None:
    assert [(r.roles, r.actions, r.own, r.every_row) for r in stated_rules(text)] == said


@pytest.mark.parametrize("text", ["add a tip field to appointments", "I can see everything at a glance",
                                  "show a chart of revenue per stylist", "make the buttons teal",
                                  "clients need a preferred stylist"])
def test_words_that_state_no_rule_change_no_rule(text: str) -> None:
    salon = load_base("salon")
    ops, after = rule_operations(salon, text)
    assert ops == [] and after.permissions == salon.permissions


def test_own_rows_for_some_and_every_row_for_others_is_one_rule_in_two_parts() -> None:
    salon = load_base("salon")
    ops, after = rule_operations(salon, "stylists can only edit their own appointments, managers can edit all")
    assert ops == [{"op": "set_permission", "entity": "appointment", "action": "update", "roles": ["stylist"],
                    "own": True, "any_row": ["manager"]}]
    assert {("appointment", "update", ("stylist",), True), ("appointment", "update", ("manager",), False)} <= _rules(after)


def test_an_own_rows_rule_never_locks_out_the_apps_owner() -> None:
    salon = load_base("salon")
    _, after = rule_operations(salon, "stylists see only their own appointments")
    owner = salon.auth.owner_role or salon.roles[0].name
    assert ("appointment", "read", (owner,), False) in _rules(after)


def test_a_refusal_takes_the_role_out_of_the_rule_and_leaves_the_others() -> None:
    salon = load_base("salon")
    _, after = rule_operations(salon, "stylists shouldn't delete appointments")
    assert ("appointment", "delete", ("manager",), False) in _rules(after)


def test_a_rule_about_a_field_is_a_rule_on_the_thing_that_holds_it() -> None:
    salon = load_base("salon")
    _, after = rule_operations(salon, "only managers can change prices")
    holders = {e.name for e in salon.entities if any("price" in f.name for f in e.fields)}
    assert any((e, "update", ("manager",), False) in _rules(after) for e in holders)


def test_a_new_app_keeps_the_rules_its_message_states() -> None:
    message = ("Our makerspace lends out tools. Members borrow tools, need due date, return status. Members should "
               "see only their own loans, staff see all. Only staff can delete tools.")
    spec = apply_proposal(get_model("appforge").propose(message, None), None)
    rules = _rules(spec)
    loan = next(e.name for e in spec.entities if "loan" in e.name)
    tool = next(e.name for e in spec.entities if e.name.startswith("tool"))
    assert (loan, "read", ("member",), True) in rules, rules
    assert any(e == loan and a == "read" and "staff" in r and not own for e, a, r, own in rules), rules
    assert (tool, "delete", ("staff",), False) in rules, rules


def test_everything_for_some_and_their_own_for_others_said_with_one_verb() -> None:
    salon = load_base("salon")
    _, after = rule_operations(salon, "managers can see everything, stylists only their own appointments")
    rules = _rules(after)
    assert ("appointment", "read", ("stylist",), True) in rules
    assert ("appointment", "read", ("manager",), False) in rules


def test_seeing_everything_alone_takes_nothing_from_anyone() -> None:
    salon = load_base("salon")
    ops, after = rule_operations(salon, "managers can see everything")
    assert ops == [] and after.permissions == salon.permissions


@pytest.mark.parametrize("text, access", [
    ("simple sign up sheet for our bake sale, public so parents dont need an account", "public"),
    ("a public directory of local farms", "public"),
    ("make it private, staff only", "signin"),
])
def test_who_may_open_the_app_is_what_the_words_say(text: str, access: str) -> None:
    salon = load_base("salon")
    start = salon.model_copy(update={"auth": salon.auth.model_copy(update={"access": "signin" if access == "public" else "public"})})
    _, after = access_operations(start, text)
    assert after.auth.access == access


@pytest.mark.parametrize("text", ["anyone can book online but staff log in", "add a tip field", "public holidays off"])
def test_words_that_do_not_settle_access_leave_it(text: str) -> None:
    salon = load_base("salon")
    ops, _ = access_operations(salon.model_copy(update={"auth": salon.auth.model_copy(update={"access": "signin"})}),
                               text)
    assert ops == []


def test_a_light_theme_is_not_made_dark() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "light theme, rounded. a tracker for conference talks i want to submit to - conference, cfp deadline, "
        "talk title, submitted?, accepted?"), None)
    assert spec.theme.dark is False


def test_a_role_that_can_do_everything_is_in_every_rule_and_takes_what_another_is_refused() -> None:
    restaurant = load_base("restaurant")
    ops, after = rule_operations(restaurant, "hosts can create reservations but not delete them, managers can do "
                                             "everything")
    rules = {(p.entity, p.action): set(p.roles) for p in after.permissions if not p.own}
    assert rules[("reservation", "delete")] == {"manager"}
    assert all("manager" in roles for roles in rules.values()), rules


@pytest.mark.parametrize(("text", "roles"), [
    ("a blog with posts and comments, editors write posts, readers comment", ["editor", "reader"]),
    ("i want to see a chart of sales", []),
])
def test_things_and_verbs_that_end_like_people_are_not_roles(text: str, roles: list[str]) -> None:
    assert sorted({r for rule in stated_rules(text) for r in rule.roles}) == roles


def test_people_the_app_keeps_as_things_can_still_be_given_rights() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "rugby club with coaches and players; coaches record match results, players just view"))
    assert {"coach", "player"} <= {r.name for r in spec.roles}, [r.name for r in spec.roles]


def test_only_the_office_can_add_means_the_office_adds_and_no_one_else() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "a lost and found for our school. items found with description, where found, date, photo, claimed?. only the "
        "office can add items, anyone can look"))
    assert "office" in {r.name for r in spec.roles}
    creators = {role for p in spec.permissions if p.entity == "item" and getattr(p.action, "value", p.action) == "create"
                for role in p.roles}
    assert creators == {"office"}
    item = spec.entity("item")
    assert item is not None and "office" not in {f.name for f in item.fields}


def test_without_needing_an_account_or_logging_in_is_a_public_app() -> None:
    for message in ("school trips. parents fill in a consent form online without needing an account",
                    "wedding rsvp page where guests can reply without logging in"):
        _, spec = access_operations(load_base("salon"), message)
        assert spec.auth.access == "public", message


def test_read_only_access_lets_them_see_all_and_only_me_is_the_owner() -> None:
    rules = stated_rules("surveyors do the surveys, clients get read only access")
    assert [(r.roles, r.actions) for r in rules] == [(["client"], ("read",))]
    rules = stated_rules("staff can add and update orders but only me (the owner) can delete them")
    assert (["owner"], ("delete",)) in [(r.roles, r.actions) for r in rules]
    assert not any("staff" in r.roles and "delete" in r.actions for r in rules)
