"""Who may do what, as people write it: the roles a message names become roles of the new app."""

from __future__ import annotations

import pytest

from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.cues import refused
from appforge.models.inhouse.rules import roles_named


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
