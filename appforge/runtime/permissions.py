"""Who may do what on which entity. The pages and the API both ask here, so a rule holds everywhere at once.

An entity with no permission for an action falls back to the app's access mode: a public app lets everyone
do it, a sign-in app lets any signed-in user do it. A permission names roles (or `signed_in` / `everyone`);
with `own`, only rows the user created are reachable.
"""

from __future__ import annotations

from dataclasses import dataclass

from appforge.runtime.context import AppUser
from appforge.spec.model import EVERYONE, SIGNED_IN, Action, AppSpec


@dataclass(frozen=True)
class Grant:
    """The answer for one user, entity and action: allowed at all, and if so whether only on own rows."""

    allowed: bool
    own_only: bool = False

    def owner_id(self, user: AppUser | None) -> int | None:
        """The `owner_id` to pass to `Records` (None means every row)."""
        return user.id if self.own_only and user is not None else None


def _matches(roles: list[str], user: AppUser | None) -> bool:
    if EVERYONE in roles:
        return True
    if user is None:
        return False
    return SIGNED_IN in roles or (user.role is not None and user.role in roles)


def grant(spec: AppSpec, user: AppUser | None, entity: str, action: Action) -> Grant:
    rules = [p for p in spec.permissions if p.entity == entity and p.action == action]
    if not rules:
        if spec.auth.access == "public" or user is not None:
            return Grant(True)
        return Grant(False)
    matching = [p for p in rules if _matches(p.roles, user)]
    if not matching:
        return Grant(False)
    # A rule without `own` that matches wins over one with it: a manager who may edit all rows is not limited
    # by a stylist's "own rows" rule even if the manager is also a stylist.
    own_only = all(p.own for p in matching)
    if own_only and user is None:
        return Grant(False)
    return Grant(True, own_only)


def can(spec: AppSpec, user: AppUser | None, entity: str, action: Action) -> bool:
    return grant(spec, user, entity, action).allowed


def may_enter(spec: AppSpec, user: AppUser | None) -> bool:
    """Whether the visitor may see the app at all (a sign-in app shows only its sign-in page to strangers)."""
    return spec.auth.access == "public" or user is not None
