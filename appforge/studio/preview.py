"""The live preview: the app on its own origin in an iframe, signed in as the builder without a password.

The builder gets an app user of their own in each app they preview (`preview_user`: created once, with the app's
owner role, and a password hash no password matches, so nobody can sign in as it). The studio signs a short-lived
preview token with the app's realm; the app's `GET /auth/preview` trades it for a session whose cookie lives only in
frames under the studio (appforge.runtime.auth). Nothing of the studio's own session goes to the app's origin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from appforge.runtime.auth import issue_preview_token, safe_next
from appforge.runtime.records import RecordInvalid

if TYPE_CHECKING:
    from appforge.runtime.context import AppUser
    from appforge.studio.app import Studio

# Not an argon2 hash: `check_password` refuses it, so the preview user can only be entered through a preview token.
NO_PASSWORD = "!studio-preview"


def preview_email(builder: AppUser, attempt: int = 0) -> str:
    suffix = f"-{attempt}" if attempt else ""
    return f"builder-{builder.id}{suffix}@studio.appforge.invalid"


def preview_user(studio: Studio, app: str, builder: AppUser) -> int:
    """The id of the builder's own user in `app`, made on first use with the app's owner role."""
    records = studio.platform.records(app)
    spec = records.spec
    for attempt in range(5):
        email = preview_email(builder, attempt)
        found: dict[str, Any] | None = records.user_by_email(email)
        if found is not None:
            if found.get("password_hash") == NO_PASSWORD:
                return int(found["id"])
            continue  # someone signed up with this address by hand: never reuse their account
        role = spec.auth.owner_role or (spec.roles[0].name if spec.roles else None)
        try:
            return int(records.create_user(email, builder.name or builder.email, NO_PASSWORD, role)["id"])
        except RecordInvalid:
            continue  # made by a request running at the same time: read it on the next round
    raise RuntimeError(f"no preview user could be made in {app!r}")


def preview_url(studio: Studio, app: str, origin: str, builder: AppUser, path: str = "/") -> str:
    """The iframe's address: the app's /auth/preview with a fresh token, then `path` of the app."""
    user_id = preview_user(studio, app, builder)
    token = issue_preview_token(studio.app_realm(app), user_id)
    return f"{origin}/auth/preview?" + urlencode({"token": token, "next": safe_next(path)})


def preview_pages(spec: Any) -> list[tuple[str, str]]:
    """(path, label) of the app's pages, for the preview's page picker: home, then each view."""
    pages = [("/", "Home")]
    pages += [(f"/v/{view.name}", view.heading) for view in spec.views if view.type.value != "detail"]
    pages += [(f"/e/{entity.name}", entity.plural_title) for entity in spec.entities]
    return pages
