"""Settings of an app: which model answers its messages, who may open it, its users and roles, feedback collection,
the share link and the export.

The model is the studio's per-app choice, passed to the generation service with every message of the app, so the
router honours it (and falls back to the in-house model, with a note, when a provider fails). Visibility is the
spec's own `access` setting, changed with a `set_auth` operation like any other change: a new version, undoable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from appforge.runtime.auth import EMAIL, MAX_PASSWORD, MIN_PASSWORD, hash_password, normalize_email
from appforge.runtime.records import RecordInvalid, utcnow
from appforge.runtime.storage import reading
from appforge.studio.chat import workspace
from appforge.studio.store import create_tables
from appforge.studio.web import OwnedApp, StudioError, builder_key, owned_app, render, studio_of

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform
    from appforge.studio.app import Studio

router = APIRouter(include_in_schema=False)
IN_HOUSE = "appforge"


@dataclass(frozen=True)
class AppChoices:
    """The studio's settings of one app. `model` None: the platform's default (APPFORGE_MODEL)."""

    model: str | None = None
    feedback: bool = True


class AppSettings:
    """The `app_settings` table of one platform: one row per app that changed a default."""

    def __init__(self, platform: Platform) -> None:
        self._meta = sa.MetaData(schema=platform.storage.platform_schema())
        self._table = sa.Table(
            "app_settings", self._meta,
            sa.Column("app", sa.String(64), primary_key=True),
            sa.Column("model", sa.Text),
            sa.Column("feedback", sa.Boolean, nullable=False, default=True),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        )
        self._engine = create_tables(platform, self._meta)

    def get(self, app: str) -> AppChoices:
        t = self._table
        with reading(self._engine) as conn:
            row = conn.execute(sa.select(t).where(t.c.app == app)).first()
        return AppChoices(model=row.model, feedback=bool(row.feedback)) if row is not None else AppChoices()

    def set(self, app: str, **changes: Any) -> AppChoices:
        values = {**self.get(app).__dict__, **changes}
        t = self._table
        with self._engine.begin() as conn:
            conn.execute(t.delete().where(t.c.app == app))
            conn.execute(t.insert().values(app=app, updated_at=utcnow(), **values))
        return AppChoices(**values)

    def forget(self, app: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(self._table.delete().where(self._table.c.app == app))


def model_options(studio: Studio) -> list[tuple[str, str]]:
    """(value, label) of every model an app may use: the platform default first, the in-house model, providers."""
    router_ = studio.service.router
    default = router_.choose(None, None)
    options = [("", f"Platform default ({default})")]
    for name in router_.names():
        label = f"{name} (in-house)" if name == IN_HOUSE else name
        options.append((name, label))
    return options


def _page(request: Request, app: OwnedApp, status: int = 200, *, errors: dict[str, str] | None = None,
          values: dict[str, str] | None = None, notice: str | None = None) -> Response:
    studio = studio_of(request)
    records = studio.platform.records(app.name)
    users = [{**u, "studio": str(u["email"]).endswith("@studio.appforge.invalid")} for u in records.list_users()]
    done = request.query_params.get("done")
    notices = {"model": "Model saved: the next message uses it.", "access": "Visibility saved as a new version.",
               "feedback": "Feedback setting saved.", "user": "User added.", "role": "Role saved."}
    return render(request, "settings.html", status, choices=studio.app_settings.get(app.name),
                  models=model_options(studio), users=users, roles=app.current.spec.roles, errors=errors or {},
                  values=values or {}, notice=notice or notices.get(done or ""), **workspace(request, app, "settings"))


def _saved(name: str, what: str) -> Response:
    return RedirectResponse(f"/apps/{name}/settings?" + urlencode({"done": what}), 303)


@router.get("/apps/{name}/settings")
def settings_page(request: Request, name: str) -> Response:
    return _page(request, owned_app(request, name))


@router.post("/apps/{name}/settings/model")
async def choose_model(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    model = str((await request.form()).get("model") or "")
    if model and model not in {value for value, _ in model_options(studio)}:
        return _page(request, app, 422, errors={"model": f"There is no model {model!r}; choose one from the list."})
    studio.app_settings.set(name, model=model or None)
    return _saved(name, "model")


@router.post("/apps/{name}/settings/access")
async def choose_access(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    studio = studio_of(request)
    access = str((await request.form()).get("access") or "")
    if access not in ("public", "signin"):
        return _page(request, app, 422, errors={"access": "Choose public or sign-in."})
    if access != app.current.spec.auth.access:
        words = "anyone with the link" if access == "public" else "signed-in users only"
        await run_in_threadpool(studio.platform.apply, name, [{"op": "set_auth", "access": access}],
                                message=f"Made the app open to {words}", author=builder_key(app.builder))
    return _saved(name, "access")


@router.post("/apps/{name}/settings/feedback")
async def choose_feedback(request: Request, name: str) -> Response:
    owned_app(request, name)
    studio = studio_of(request)
    collect = (await request.form()).get("feedback") == "on"
    studio.app_settings.set(name, feedback=collect)
    if not collect:
        studio.feedback.forget(name)
    return _saved(name, "feedback")


@router.post("/apps/{name}/users")
async def add_user(request: Request, name: str) -> Response:
    app = owned_app(request, name)
    records = studio_of(request).platform.records(name)
    form = await request.form()
    email = normalize_email(str(form.get("email") or ""))
    user_name = str(form.get("name") or "").strip()
    password = str(form.get("password") or "")
    role = str(form.get("role") or "") or None
    errors: dict[str, str] = {}
    if not EMAIL.match(email) or len(email) > 254:
        errors["email"] = "Enter an email address like ann@example.com."
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        errors["password"] = f"Use at least {MIN_PASSWORD} characters; tell the person to keep it safe."
    if role is not None and app.current.spec.role(role) is None:
        errors["role"] = f"There is no role {role!r}."
    if not errors:
        try:
            await run_in_threadpool(records.create_user, email, user_name or email.split("@")[0],
                                    hash_password(password), role)
        except RecordInvalid as exc:
            errors.update({k: v[:1].upper() + v[1:] + "." for k, v in exc.errors.items()})
    if errors:
        return _page(request, app, 422, errors=errors, values={"email": email, "name": user_name})
    return _saved(name, "user")


@router.post("/apps/{name}/users/{user_id}/role")
async def set_role(request: Request, name: str, user_id: int) -> Response:
    app = owned_app(request, name)
    records = studio_of(request).platform.records(name)
    role = str((await request.form()).get("role") or "") or None
    if records.user_by_id(user_id) is None:
        raise StudioError(404, "No such user", f"{app.title} has no user #{user_id}.")
    try:
        records.set_user_role(user_id, role)
    except RecordInvalid as exc:
        return _page(request, app, 422, errors={"role": "; ".join(exc.errors.values())})
    return _saved(name, "role")


@router.get("/apps/{name}/export")
async def export(request: Request, name: str) -> Response:
    """The app as a zip from appforge.export, when that module is installed; otherwise say so plainly."""
    app = owned_app(request, name)
    try:
        from appforge.export import export_zip  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return _page(request, app, 501, notice="Export is not available in this version of appforge yet "
                     "(the appforge.export module is missing). Nothing was downloaded.")
    data = await run_in_threadpool(export_zip, studio_of(request).platform, name)
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}.zip"'})


__all__ = ["AppChoices", "AppSettings", "router"]
