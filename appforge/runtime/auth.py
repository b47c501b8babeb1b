"""App users: sign-up, sign-in and sign-out pages, argon2 password hashes, signed session cookies, CSRF, API tokens.

Each app is its own realm: its cookies and tokens are signed with a key derived from the platform secret and the
app's name, so a cookie or token of one app is worthless in another even if it is copied there by hand.

The studio previews an app in an iframe on the app's own origin: `GET /auth/preview?token=...` trades a short-lived
preview token (signed by the studio with the app's realm, `issue_preview_token`) for a session of that app user.
That session's cookie is `SameSite=None; Secure; Partitioned`: the studio's page is another site, so a Lax cookie
would not be sent inside its frame, and a partitioned cookie lives only in frames under the studio, never in a tab
opened on the app itself. The builder's studio cookie never reaches an app's origin (a host-only cookie of another
host).

A browser authenticates with the session cookie and must prove every unsafe request (POST, PUT, PATCH, DELETE)
with the session's CSRF token, in the form field `csrf_token` or the header `X-CSRF-Token`. A program
authenticates with `Authorization: Bearer <token>` (from `POST /api/auth/token`); a bearer token is never sent
by a browser on its own, so those requests need no CSRF token.

`AppAuth` is the ASGI middleware that resolves all this once per request and puts `app`, `user` and `session` on
`request.state`; `appforge.runtime.signin` gives the pages and the token API.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from appforge.runtime.context import AppContext, AppUser

SESSION_COOKIE = "appforge_session"
SESSION_MAX_AGE = 14 * 24 * 3600
TOKEN_MAX_AGE = 30 * 24 * 3600
# A preview token only has to survive the iframe's first request.
PREVIEW_MAX_AGE = 120
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Bodies of form posts are read once here to find the CSRF field; larger ones must send the header instead.
MAX_FORM_BODY = 64 * 1024 * 1024
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Paths a stranger may reach in a sign-in app.
OPEN_PREFIXES = ("/auth/", "/static/")
OPEN_PATHS = frozenset({"/api/auth/token", "/favicon.ico", "/auth"})

hasher = PasswordHasher()
# Verified against when an email is unknown, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))
_first_user_lock = threading.Lock()


# --- signing -----------------------------------------------------------------------------------------------


class Realm:
    """The signers of one app (or of the platform home): sessions and API tokens, each with its own salt."""

    def __init__(self, secret: str, name: str) -> None:
        key = hmac.new(secret.encode(), f"appforge realm {name}".encode(), hashlib.sha256).hexdigest()
        self.name = name
        self.sessions = URLSafeTimedSerializer(key, salt="appforge-session")
        self.tokens = URLSafeTimedSerializer(key, salt="appforge-api-token")
        self.previews = URLSafeTimedSerializer(key, salt="appforge-studio-preview")


@dataclass
class Session:
    """What the session cookie carries: who is signed in (if anyone) and the CSRF secret of this browser."""

    user_id: int | None = None
    csrf: str = ""
    # Started from a studio preview token: the cookie is written for a cross-site frame (see the module docstring).
    partitioned: bool = False
    # `present`: a valid cookie came with the request. `dirty`: the cookie must be (re)written on the response.
    present: bool = False
    dirty: bool = False

    def ensure_csrf(self) -> str:
        if not self.csrf:
            self.csrf = secrets.token_urlsafe(32)
            self.dirty = True
        return self.csrf

    def sign_in(self, user_id: int) -> None:
        # A fresh CSRF secret on every change of identity, so a token seen before sign-in is worthless after.
        self.user_id, self.csrf, self.dirty = user_id, secrets.token_urlsafe(32), True

    def sign_out(self) -> None:
        self.user_id, self.csrf, self.dirty = None, secrets.token_urlsafe(32), True


def read_session(realm: Realm, cookie_header: str | None) -> tuple[Session, bool]:
    """The session of a request and whether it sent a session cookie at all (valid or not)."""
    raw = _cookie(cookie_header, SESSION_COOKIE)
    if raw is None:
        return Session(), False
    try:
        data = realm.sessions.loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return Session(), True
    if not isinstance(data, dict) or not isinstance(data.get("c"), str):
        return Session(), True
    user_id = data.get("u")
    return Session(user_id=user_id if isinstance(user_id, int) else None, csrf=data["c"], present=True,
                   partitioned=data.get("p") is True), True


def session_cookie(realm: Realm, session: Session) -> str:
    """A Set-Cookie value: host-only (no Domain), HttpOnly, SameSite=Lax, path /; a preview session's cookie is
    SameSite=None, Secure (browsers accept it on http://*.localhost) and Partitioned instead."""
    data: dict[str, Any] = {"u": session.user_id, "c": session.ensure_csrf()}
    if session.partitioned:
        data["p"] = True
        value = realm.sessions.dumps(data)
        return f"{SESSION_COOKIE}={value}; Path=/; Max-Age={SESSION_MAX_AGE}; HttpOnly; SameSite=None; Secure; Partitioned"
    value = realm.sessions.dumps(data)
    return f"{SESSION_COOKIE}={value}; Path=/; Max-Age={SESSION_MAX_AGE}; HttpOnly; SameSite=Lax"


def _cookie(header: str | None, name: str) -> str | None:
    if not header:
        return None
    jar = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header is treated as no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None


def issue_token(realm: Realm, user_id: int, password_hash: str | None) -> str:
    return realm.tokens.dumps({"u": user_id, "p": _fingerprint(password_hash)})


def issue_preview_token(realm: Realm, user_id: int) -> str:
    """A token that signs the studio's preview frame in as this app user, for PREVIEW_MAX_AGE seconds."""
    return realm.previews.dumps({"u": user_id})


def read_preview_token(realm: Realm, token: str) -> int | None:
    """The app user id a preview token names, or None when it is forged, of another app or too old."""
    try:
        data = realm.previews.loads(token, max_age=PREVIEW_MAX_AGE)
    except BadSignature:
        return None
    user_id = data.get("u") if isinstance(data, dict) else None
    return user_id if isinstance(user_id, int) else None


def _fingerprint(password_hash: str | None) -> str | None:
    """A short digest of the password hash: changing the password makes earlier tokens invalid."""
    if not password_hash:
        return None
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


# --- users --------------------------------------------------------------------------------------------------


def _get(obj: Any, key: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


def as_app_user(obj: Any) -> AppUser | None:
    """An `AppUser` from whatever `Records` returns for a user (an AppUser, a dict or an object)."""
    if obj is None:
        return None
    if isinstance(obj, AppUser):
        return obj
    return AppUser(id=int(_get(obj, "id")), email=str(_get(obj, "email")), name=str(_get(obj, "name") or ""),
                   role=_get(obj, "role"))


def password_hash_of(obj: Any) -> str | None:
    value = _get(obj, "password_hash")
    return str(value) if value else None


def hash_password(password: str) -> str:
    return hasher.hash(password)


def check_password(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches; always spends one argon2 verification, whether the user exists or not."""
    try:
        return hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def authenticate(ctx: AppContext, email: str, password: str) -> Any | None:
    """The stored user with this email and password, or None."""
    user = ctx.records.user_by_email(normalize_email(email))
    if not check_password(password_hash_of(user), password) or user is None:
        return None
    return user


def normalize_email(email: str) -> str:
    return email.strip().lower()


def role_for_new_user(ctx: AppContext, first: bool) -> str | None:
    """The first user gets `auth.owner_role` (else the first role), so someone can always administer the app."""
    spec = ctx.spec
    if first:
        return spec.auth.owner_role or (spec.roles[0].name if spec.roles else None)
    return spec.auth.default_role


class SignupRefused(Exception):
    def __init__(self, errors: dict[str, str], status: int = 422) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors, self.status = errors, status


def check_signup(email: str, name: str, password: str) -> str:
    """The normalised email, or `SignupRefused` with a message per form field: one rule for app users and builders."""
    email = normalize_email(email)
    errors: dict[str, str] = {}
    if not EMAIL.match(email) or len(email) > 254:
        errors["email"] = "Enter an email address like ann@example.com."
    if len(password) < MIN_PASSWORD:
        errors["password"] = f"Use at least {MIN_PASSWORD} characters."
    elif len(password) > MAX_PASSWORD:
        errors["password"] = f"Use at most {MAX_PASSWORD} characters."
    if len(name) > 120:
        errors["name"] = "Use at most 120 characters."
    if errors:
        raise SignupRefused(errors)
    return email


def sign_up(ctx: AppContext, email: str, name: str, password: str) -> AppUser:
    """Create an app user, or raise `SignupRefused` with a message per form field."""
    email = check_signup(email, name, password)
    password_hash = hash_password(password)
    with _first_user_lock:
        first = ctx.records.count_users() == 0
        if not first and not ctx.spec.auth.signup:
            raise SignupRefused({"": "This app does not take new sign-ups. Ask its owner for an account."}, 403)
        if ctx.records.user_by_email(email) is not None:
            raise SignupRefused({"email": "There is already an account with this email; sign in instead."})
        created = ctx.records.create_user(email, name.strip() or email.split("@")[0], password_hash,
                                          role_for_new_user(ctx, first))
    user = as_app_user(created)
    if user is None:  # a Records that returns nothing: read it back
        user = as_app_user(ctx.records.user_by_email(email))
    assert user is not None
    return user


# --- CSRF -----------------------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """This browser's CSRF token, for a hidden `csrf_token` field or the `X-CSRF-Token` header.

    Calling it on a request without a session starts an anonymous one (the cookie is set on the response), so a
    sign-in form shown to a stranger can be posted back.
    """
    session = getattr(request.state, "session", None)
    if session is None:
        return ""
    return session.ensure_csrf()


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _form_token(scope: Scope, body: bytes, receive: Receive) -> str | None:
    content_type = Request(scope).headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        for key, value in parse_qsl(body.decode("latin-1"), keep_blank_values=True):
            if key == CSRF_FIELD:
                return value
        return None
    if content_type.startswith("multipart/form-data"):
        request = Request(scope, _replay(body, receive))
        try:
            form = await request.form()
        except Exception:  # an unreadable form has no token
            return None
        try:
            value = form.get(CSRF_FIELD)
            return value if isinstance(value, str) else None
        finally:
            await form.close()
    return None


# --- the middleware ---------------------------------------------------------------------------------------------


def is_api_path(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def _is_open(path: str) -> bool:
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


class AppAuth:
    """Per-request identity for one app: session or bearer token -> `request.state.user`; CSRF; the sign-in gate."""

    def __init__(self, app: ASGIApp, ctx: AppContext | None, realm: Realm) -> None:
        self.app, self.ctx, self.realm = app, ctx, realm

    def _load_user(self, user_id: int) -> AppUser | None:
        if self.ctx is None:
            return None
        return as_app_user(self.ctx.records.user_by_id(user_id))

    def _token_user(self, token: str) -> AppUser | None:
        if self.ctx is None:
            return None
        try:
            data = self.realm.tokens.loads(token, max_age=TOKEN_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("u"), int):
            return None
        stored = self.ctx.records.user_by_id(data["u"])
        if stored is None:
            return None
        fingerprint = _fingerprint(password_hash_of(stored))
        if fingerprint is not None and data.get("p") != fingerprint:
            return None
        return as_app_user(stored)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path: str = scope["path"]
        method: str = scope["method"]
        session, sent_cookie = read_session(self.realm, request.headers.get("cookie"))
        user: AppUser | None = None
        via: str | None = None
        authorization = request.headers.get("authorization", "")
        if authorization[:7].lower() == "bearer ":
            user = await run_in_threadpool(self._token_user, authorization[7:].strip())
            if user is None:
                await _deny(scope, receive, send, 401, "The API token is invalid or has expired; get a new one "
                            "from POST /api/auth/token.", bearer=True)
                return
            via = "bearer"
        elif session.user_id is not None:
            user = await run_in_threadpool(self._load_user, session.user_id)
            if user is None:  # the account is gone: carry on as a stranger
                session.sign_out()
            else:
                via = "cookie"
        state = scope.setdefault("state", {})
        state.update(app=self.ctx, user=user, session=session, auth_via=via, realm=self.realm)

        if method in UNSAFE_METHODS and via != "bearer" and path != "/api/auth/token":
            # An API call with no cookie at all carries no ambient authority, so it cannot be forged cross-site.
            if sent_cookie or not is_api_path(path):
                token = request.headers.get(CSRF_HEADER)
                if not token:
                    body = await _read_body(receive, MAX_FORM_BODY)
                    if body is None:
                        await _deny(scope, receive, send, 413, "The request body is too large or was cut off.")
                        return
                    token = await _form_token(scope, body, receive)
                    receive = _replay(body, receive)
                if not token or not session.csrf or not hmac.compare_digest(token, session.csrf):
                    await _deny(scope, receive, send, 403, "The CSRF token is missing or wrong: reload the page "
                                "and try again (programs: send the X-CSRF-Token header or use an API token).")
                    return

        if self.ctx is not None and self.ctx.spec.auth.access == "signin" and user is None and not _is_open(path):
            if is_api_path(path) or path == "/docs":
                await _deny(scope, receive, send, 401, "Sign in first: this app is only open to its users.",
                            bearer=True)
            else:
                target = path + (f"?{scope['query_string'].decode('latin-1')}" if scope.get("query_string") else "")
                await RedirectResponse("/auth/signin?" + urlencode({"next": target}), 303)(scope, receive, send)
            return

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and session.dirty:
                headers = list(message.get("headers", []))
                headers.append((b"set-cookie", session_cookie(self.realm, session).encode("latin-1")))
                headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


async def _deny(scope: Scope, receive: Receive, send: Send, status: int, message: str, bearer: bool = False) -> None:
    headers = {"WWW-Authenticate": "Bearer"} if bearer and status == 401 else None
    if is_api_path(scope["path"]):
        response: Response = JSONResponse({"detail": message}, status, headers=headers)
    else:
        response = HTMLResponse(plain_page(status, message), status, headers=headers)
    await response(scope, receive, send)


def plain_page(status: int, message: str) -> str:
    from markupsafe import escape

    titles = {401: "Please sign in", 403: "Not allowed", 413: "Too large"}
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>{titles.get(status, 'Error')}</title>"
            f"<link rel=stylesheet href=/static/app.css><main class=container><h1>{titles.get(status, 'Error')}</h1>"
            f"<p>{escape(message)}</p><p><a href='/'>Go to the start page</a></p></main></html>")


class ErrorMessage(BaseModel):
    """The body of every 401, 403 and 404 answer of the API."""

    detail: str


def safe_next(value: str | None, fallback: str = "/") -> str:
    """A redirect target inside this app only: a path starting with a single slash."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")) and "\n" not in value \
            and "\r" not in value:
        return value
    return fallback


__all__ = [
    "AppAuth", "ErrorMessage", "Realm", "Session", "SESSION_COOKIE", "csrf_token", "hash_password",
    "check_password", "issue_token", "issue_preview_token", "read_preview_token", "sign_up", "SignupRefused",
    "safe_next",
]
