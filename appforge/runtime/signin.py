"""An app's sign-in, sign-up, preview and sign-out pages, and the token API a program signs in with.

Who is signed in is `auth`'s business (sessions, tokens, the middleware); these routes only trade credentials for
a session or a token, so they read and write nothing else of the app.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from appforge.runtime.auth import (
    MAX_PASSWORD,
    ErrorMessage,
    SignupRefused,
    as_app_user,
    authenticate,
    issue_token,
    password_hash_of,
    plain_page,
    read_preview_token,
    safe_next,
    sign_up,
)
from appforge.runtime.context import AppContext, current_user


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = PydanticField(max_length=254)
    password: str = PydanticField(max_length=MAX_PASSWORD)


class TokenResponse(BaseModel):
    token: str
    token_type: str = "bearer"


class Me(BaseModel):
    id: int
    email: str
    name: str
    role: str | None


def _auth_page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    from appforge.runtime.templating import render

    return render(request, name, status_code, **context)


def build_auth_router() -> APIRouter:
    router = APIRouter()

    def ctx_of(request: Request) -> AppContext:
        return request.state.app

    @router.get("/auth/signin", include_in_schema=False)
    def signin_page(request: Request, next: str | None = None) -> Response:
        return _auth_page(request, "auth_signin.html", next_url=safe_next(next), values={}, error=None)

    @router.post("/auth/signin", include_in_schema=False)
    async def signin_submit(request: Request) -> Response:
        form = await request.form()
        email, password = str(form.get("email") or ""), str(form.get("password") or "")
        next_url = safe_next(str(form.get("next") or ""))
        user = await run_in_threadpool(authenticate, ctx_of(request), email, password)
        if user is None:
            return _auth_page(request, "auth_signin.html", 401, next_url=next_url, values={"email": email},
                              error="Wrong email or password.")
        request.state.session.sign_in(as_app_user(user).id)
        return RedirectResponse(next_url, 303)

    @router.get("/auth/signup", include_in_schema=False)
    def signup_page(request: Request, next: str | None = None) -> Response:
        ctx = ctx_of(request)
        closed = not ctx.spec.auth.signup and ctx.records.count_users() > 0
        return _auth_page(request, "auth_signup.html", 403 if closed else 200, next_url=safe_next(next),
                          values={}, errors={}, closed=closed)

    @router.post("/auth/signup", include_in_schema=False)
    async def signup_submit(request: Request) -> Response:
        form = await request.form()
        email, name = str(form.get("email") or ""), str(form.get("name") or "")
        password = str(form.get("password") or "")
        next_url = safe_next(str(form.get("next") or ""))
        try:
            user = await run_in_threadpool(sign_up, ctx_of(request), email, name, password)
        except SignupRefused as exc:
            return _auth_page(request, "auth_signup.html", exc.status, next_url=next_url,
                              values={"email": email, "name": name}, errors=exc.errors, closed=exc.status == 403)
        request.state.session.sign_in(user.id)
        return RedirectResponse(next_url, 303)

    @router.get("/auth/preview", include_in_schema=False)
    def preview(request: Request, token: str = "", next: str | None = None) -> Response:
        """The studio's preview frame: a valid preview token signs this frame in (see the module docstring)."""
        user_id = read_preview_token(request.state.realm, token)
        if user_id is None or ctx_of(request).records.user_by_id(user_id) is None:
            return HTMLResponse(plain_page(401, "This preview link has expired: reload the preview in the studio."),
                                401)
        session = request.state.session
        session.sign_in(user_id)
        session.partitioned = True
        return RedirectResponse(safe_next(next), 303)

    @router.post("/auth/signout", include_in_schema=False)
    def signout(request: Request) -> Response:
        request.state.session.sign_out()
        return RedirectResponse("/", 303)

    @router.post("/api/auth/token", response_model=TokenResponse, tags=["auth"],
                 responses={401: {"model": ErrorMessage, "description": "Wrong email or password"}})
    def api_token(request: Request, credentials: TokenRequest) -> Any:
        """Trade an app user's email and password for an API token (`Authorization: Bearer <token>`)."""
        ctx = ctx_of(request)
        user = authenticate(ctx, credentials.email, credentials.password)
        if user is None:
            return JSONResponse({"detail": "Wrong email or password."}, 401)
        return TokenResponse(token=issue_token(request.state.realm, as_app_user(user).id, password_hash_of(user)))

    @router.get("/api/me", response_model=Me, tags=["auth"],
                responses={401: {"model": ErrorMessage, "description": "Not signed in"}})
    def me(request: Request) -> Any:
        """The signed-in app user."""
        user = current_user(request)
        if user is None:
            return JSONResponse({"detail": "Not signed in."}, 401, headers={"WWW-Authenticate": "Bearer"})
        return Me(id=user.id, email=user.email, name=user.name, role=user.role)

    return router
