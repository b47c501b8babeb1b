"""Who may do what: the rules the pages and the API share."""

from __future__ import annotations

import pytest

from appforge.runtime.context import AppUser
from appforge.runtime.permissions import can, grant, may_enter
from appforge.spec.model import AppSpec

MANAGER = AppUser(id=1, email="m@x.io", name="M", role="manager")
STYLIST = AppUser(id=2, email="s@x.io", name="S", role="stylist")
CLIENT = AppUser(id=3, email="c@x.io", name="C", role=None)


def salon(access: str = "signin") -> AppSpec:
    return AppSpec.model_validate(
        {
            "name": "salon",
            "auth": {"access": access},
            "roles": [{"name": "manager"}, {"name": "stylist"}],
            "entities": [{"name": "appointment", "fields": [{"name": "note"}]}],
            "permissions": [
                {"entity": "appointment", "action": "delete", "roles": ["manager"]},
                {"entity": "appointment", "action": "update", "roles": ["manager"]},
                {"entity": "appointment", "action": "update", "roles": ["stylist"], "own": True},
            ],
        }
    )


def test_only_managers_can_delete() -> None:
    spec = salon()
    assert can(spec, MANAGER, "appointment", "delete")
    assert not can(spec, STYLIST, "appointment", "delete")
    assert not can(spec, None, "appointment", "delete")


def test_stylists_update_only_their_own_rows_and_managers_all() -> None:
    spec = salon()
    assert grant(spec, STYLIST, "appointment", "update").owner_id(STYLIST) == 2
    assert grant(spec, MANAGER, "appointment", "update").owner_id(MANAGER) is None
    assert not can(spec, CLIENT, "appointment", "update")


@pytest.mark.parametrize(("access", "anonymous_may_read"), [("signin", False), ("public", True)])
def test_without_a_rule_the_access_mode_decides(access: str, anonymous_may_read: bool) -> None:
    spec = salon(access)
    assert can(spec, None, "appointment", "read") is anonymous_may_read
    assert may_enter(spec, None) is anonymous_may_read
    assert can(spec, CLIENT, "appointment", "create")


def test_everyone_opens_an_action_even_on_a_signin_app() -> None:
    spec = salon().model_copy(deep=True)
    spec.permissions.append(spec.permissions[0].model_copy(update={"action": "read", "roles": ["everyone"]}))
    assert can(spec, None, "appointment", "read")
