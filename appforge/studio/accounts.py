"""Builder accounts: the people who make apps in the studio. Sign-up, sign-in, sign-out.

Builders are not users of any app: they live in the platform's `builders` table, sign in on the bare host, and their
session is signed in the platform's own realm, so an app user's cookie (another realm, another host) is worthless
here and a builder's cookie is never sent to an app's origin. Passwords are argon2 hashes (appforge.runtime.auth);
every form and htmx post carries the session's CSRF token (the same `AppAuth` middleware the apps use).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp

from appforge.runtime.auth import (
    AppAuth,
    Realm,
    SignupRefused,
    check_password,
    check_signup,
    hash_password,
    normalize_email,
    safe_next,
)
from appforge.runtime.context import AppUser
from appforge.runtime.platform import Platform
from appforge.runtime.records import utcnow
from appforge.runtime.storage import BigId, reading
from appforge.studio.store import create_tables, iso
from appforge.studio.web import current_builder, render


@dataclass(frozen=True)
class Builder:
    id: int
    email: str
    name: str
    created_at: str

    def as_user(self) -> AppUser:
        return AppUser(id=self.id, email=self.email, name=self.name, role="builder")


class Builders:
    """The `builders` table of one platform."""

    def __init__(self, platform: Platform) -> None:
        self._meta = sa.MetaData(schema=platform.storage.platform_schema())
        self._table = sa.Table(
            "builders", self._meta,
            sa.Column("id", BigId, primary_key=True, autoincrement=True),
            sa.Column("email", sa.String(254), nullable=False, unique=True),
            sa.Column("name", sa.Text, nullable=False),
            sa.Column("password_hash", sa.Text, nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        self._engine = create_tables(platform, self._meta)
        self._first: int | None = None

    def sign_up(self, email: str, name: str, password: str) -> Builder:
        """A new builder, or `SignupRefused` with a message per form field."""
        email = check_signup(email, name, password)
        password_hash = hash_password(password)
        try:
            with self._engine.begin() as conn:
                ident = conn.execute(self._table.insert().values(
                    email=email, name=name.strip() or email.split("@")[0], password_hash=password_hash,
                    created_at=utcnow())).inserted_primary_key[0]
        except sa.exc.IntegrityError:
            raise SignupRefused({"email": "There is already an account with this email; sign in instead."}) from None
        builder = self.get(int(ident))
        assert builder is not None
        return builder

    def authenticate(self, email: str, password: str) -> Builder | None:
        """The builder with this email and password; one argon2 verification whether the email is known or not."""
        t = self._table
        with reading(self._engine) as conn:
            row = conn.execute(sa.select(t).where(t.c.email == normalize_email(email))).first()
        if not check_password(row.password_hash if row else None, password) or row is None:
            return None
        return _builder(row)

    def get(self, builder_id: int) -> Builder | None:
        t = self._table
        with reading(self._engine) as conn:
            row = conn.execute(sa.select(t).where(t.c.id == int(builder_id))).first()
        return _builder(row) if row is not None else None

    def first_id(self) -> int | None:
        """The first builder to sign up: the one who set the platform up (builders are never deleted)."""
        if self._first is None:
            with reading(self._engine) as conn:
                self._first = conn.execute(sa.select(sa.func.min(self._table.c.id))).scalar()
        return self._first

    def names(self) -> dict[str, str]:
        """'builder:<id>' -> name, to show who made a version."""
        t = self._table
        with reading(self._engine) as conn:
            return {f"builder:{r.id}": r.name for r in conn.execute(sa.select(t.c.id, t.c.name))}


def _builder(row: sa.Row) -> Builder:
    return Builder(id=int(row.id), email=row.email, name=row.name, created_at=iso(row.created_at))


class BuilderAuth(AppAuth):
    """`AppAuth` for the studio: the session names a builder; no bearer tokens (the studio has no public API)."""

    def __init__(self, app: ASGIApp, builders: Builders, realm: Realm) -> None:
        super().__init__(app, None, realm)
        self.builders = builders

    def _load_user(self, user_id: int) -> AppUser | None:
        builder = self.builders.get(user_id)
        return builder.as_user() if builder is not None else None

    def _token_user(self, token: str) -> AppUser | None:
        return None


def build_accounts_router(builders: Builders) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/signin")
    def signin_page(request: Request, next: str | None = None) -> Response:
        if current_builder(request) is not None:
            return RedirectResponse(safe_next(next), 303)
        return render(request, "signin.html", next_url=safe_next(next), values={}, error=None)

    @router.post("/signin")
    async def signin_submit(request: Request) -> Response:
        form = await request.form()
        email, password = str(form.get("email") or ""), str(form.get("password") or "")
        next_url = safe_next(str(form.get("next") or ""))
        builder = await run_in_threadpool(builders.authenticate, email, password)
        if builder is None:
            return render(request, "signin.html", 401, next_url=next_url, values={"email": email},
                          error="Wrong email or password.")
        request.state.session.sign_in(builder.id)
        return RedirectResponse(next_url, 303)

    @router.get("/signup")
    def signup_page(request: Request) -> Response:
        return render(request, "signup.html", values={}, errors={})

    @router.post("/signup")
    async def signup_submit(request: Request) -> Response:
        form = await request.form()
        email, name = str(form.get("email") or ""), str(form.get("name") or "")
        password = str(form.get("password") or "")
        try:
            builder = await run_in_threadpool(builders.sign_up, email, name, password)
        except SignupRefused as exc:
            return render(request, "signup.html", exc.status, values={"email": email, "name": name},
                          errors=exc.errors)
        request.state.session.sign_in(builder.id)
        return RedirectResponse("/", 303)

    @router.post("/signout")
    def signout(request: Request) -> Response:
        request.state.session.sign_out()
        return RedirectResponse("/", 303)

    return router
