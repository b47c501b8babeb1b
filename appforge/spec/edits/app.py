"""What the operations on the rest of an app do: views and dashboards, roles and permissions, access, theme,
navigation and custom blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from appforge.spec.edits.finding import (
    clean_message,
    find_block,
    find_entity,
    find_view,
    find_widget,
    refuse,
    settings_given,
)
from appforge.spec.model import (
    AppSpec,
    Auth,
    Block,
    Permission,
    Role,
    Theme,
    View,
    ViewType,
)

if TYPE_CHECKING:
    from appforge.spec.operations import (
        AddBlock,
        AddRole,
        AddView,
        AddWidget,
        ConfigureBlock,
        ConfigureView,
        ConfigureWidget,
        RemoveBlock,
        RemovePermission,
        RemoveRole,
        RemoveView,
        RemoveWidget,
        SetApp,
        SetAuth,
        SetHome,
        SetNav,
        SetPermission,
        SetTheme,
    )


# --- views and dashboards -----------------------------------------------------------------------------------


def _add_view(spec: AppSpec, op: AddView) -> None:
    if spec.view(op.view.name) is not None:
        raise refuse(f"there is already a view {op.view.name!r}")
    spec.views.append(op.view.model_copy(deep=True))
    if op.in_nav and spec.nav:
        spec.nav.append(op.view.name)


def _configure_view(spec: AppSpec, op: ConfigureView) -> None:
    view = find_view(spec, op.view)
    for key, value in settings_given(op, {"view"}).items():
        if key in ("fields", "filters", "sort") and value is None:
            value = []
        if key == "page_size" and value is None:
            value = 25
        setattr(view, key, value)


def drop_view(spec: AppSpec, view: View) -> None:
    spec.views.remove(view)
    spec.nav = [n for n in spec.nav if n != view.name]
    if spec.home == view.name:
        spec.home = None
    # A block belongs to its page, as a widget to its dashboard: it goes with the view.
    spec.blocks = [b for b in spec.blocks if b.view != view.name]


def _remove_view(spec: AppSpec, op: RemoveView) -> None:
    drop_view(spec, find_view(spec, op.view))


def _dashboard(spec: AppSpec, name: str) -> View:
    view = find_view(spec, name)
    if view.type != ViewType.dashboard:
        raise refuse(f"view {name!r} is a {view.type.value} view, not a dashboard")
    return view


def _add_widget(spec: AppSpec, op: AddWidget) -> None:
    view = _dashboard(spec, op.view)
    view.widgets.append(op.widget.model_copy(update={"id": ""}))


def _configure_widget(spec: AppSpec, op: ConfigureWidget) -> None:
    widget = find_widget(_dashboard(spec, op.view), op.widget)
    for key, value in settings_given(op, {"view", "widget"}).items():
        if key == "filters" and value is None:
            value = []
        setattr(widget, key, value)


def _remove_widget(spec: AppSpec, op: RemoveWidget) -> None:
    view = _dashboard(spec, op.view)
    view.widgets.remove(find_widget(view, op.widget))


# --- roles, permissions, access -----------------------------------------------------------------------------


def _add_role(spec: AppSpec, op: AddRole) -> None:
    if spec.role(op.role) is not None:
        raise refuse(f"there is already a role {op.role!r}")
    spec.roles.append(Role(name=op.role, label=op.label))


def _remove_role(spec: AppSpec, op: RemoveRole) -> None:
    role = spec.role(op.role)
    if role is None:
        raise refuse(f"there is no role {op.role!r}")
    users = [f"the {p.action} rule of {p.entity!r}" for p in spec.permissions if op.role in p.roles]
    # Dropping a role from a rule silently could widen access, so the person decides what replaces it.
    if users:
        raise refuse(f"role {op.role!r} is named by {', '.join(users)}; change those rules first")
    spec.roles.remove(role)
    if spec.auth.default_role == op.role:
        spec.auth.default_role = None
    if spec.auth.owner_role == op.role:
        spec.auth.owner_role = None


def _set_permission(spec: AppSpec, op: SetPermission) -> None:
    find_entity(spec, op.entity)
    if op.any_row and not op.own:
        raise refuse("any_row is for the roles that may act on every row besides those limited to their own "
                      "(own: true); without own, name them all in roles")
    both = sorted(set(op.roles) & set(op.any_row))
    if both:
        raise refuse(f"{', '.join(both)} cannot be limited to their own rows and act on any row at once")
    spec.permissions = [p for p in spec.permissions if not (p.entity == op.entity and p.action == op.action)]
    spec.permissions.append(Permission(entity=op.entity, action=op.action, roles=list(op.roles), own=op.own))
    if op.any_row:
        spec.permissions.append(Permission(entity=op.entity, action=op.action, roles=list(op.any_row)))


def _remove_permission(spec: AppSpec, op: RemovePermission) -> None:
    before = len(spec.permissions)
    spec.permissions = [p for p in spec.permissions if not (p.entity == op.entity and p.action == op.action)]
    if len(spec.permissions) == before:
        raise refuse(f"there is no {op.action} rule on {op.entity!r}")


def _set_auth(spec: AppSpec, op: SetAuth) -> None:
    spec.auth = Auth.model_validate({**spec.auth.model_dump(), **settings_given(op, set())})


def _set_theme(spec: AppSpec, op: SetTheme) -> None:
    given = {k: v for k, v in settings_given(op, set()).items() if v is not None or k == "icon"}
    try:
        spec.theme = Theme.model_validate({**spec.theme.model_dump(), **given})
    except ValidationError as exc:
        raise refuse(clean_message(exc.errors()[0]["msg"])) from None


def _set_app(spec: AppSpec, op: SetApp) -> None:
    for key, value in settings_given(op, set()).items():
        setattr(spec, key, value or "")


def _set_nav(spec: AppSpec, op: SetNav) -> None:
    for name in op.views:
        find_view(spec, name)
    spec.nav = list(op.views)


def _set_home(spec: AppSpec, op: SetHome) -> None:
    if op.view is not None:
        find_view(spec, op.view)
    spec.home = op.view


# --- custom blocks --------------------------------------------------------------------------------------------------


def _block_view(spec: AppSpec, name: str | None) -> None:
    if name is not None and spec.view(name) is None:
        known = ", ".join(v.name for v in spec.views) or "none yet"
        raise refuse(f"there is no view {name!r} to show the block on (views: {known}; leave view out for the "
                      "home page)")


def _add_block(spec: AppSpec, op: AddBlock) -> None:
    if spec.block(op.block.name) is not None:
        raise refuse(f"there is already a block {op.block.name!r}; use configure_block to change it")
    _block_view(spec, op.block.view)
    spec.blocks.append(op.block.model_copy(deep=True))


def _configure_block(spec: AppSpec, op: ConfigureBlock) -> None:
    block = find_block(spec, op.block)
    given = settings_given(op, {"block"})
    if not given:
        raise refuse("name at least one setting to change (title, view, html, css, height)")
    if "html" in given and given["html"] is None:
        raise refuse("a block needs its html; remove the block with remove_block instead")
    if "height" in given and given["height"] is None:
        given["height"] = Block.model_fields["height"].default
    if "view" in given:
        _block_view(spec, given["view"])
    try:
        changed = Block.model_validate({**block.model_dump(), **given})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise refuse(f"{'.'.join(str(p) for p in first['loc'])}: {clean_message(first['msg'])}") from None
    spec.blocks[spec.blocks.index(block)] = changed


def _remove_block(spec: AppSpec, op: RemoveBlock) -> None:
    spec.blocks.remove(find_block(spec, op.block))




EDITS: dict[str, Any] = {
    "add_view": _add_view,
    "configure_view": _configure_view,
    "remove_view": _remove_view,
    "add_widget": _add_widget,
    "configure_widget": _configure_widget,
    "remove_widget": _remove_widget,
    "add_role": _add_role,
    "remove_role": _remove_role,
    "set_permission": _set_permission,
    "remove_permission": _remove_permission,
    "set_auth": _set_auth,
    "set_theme": _set_theme,
    "set_app": _set_app,
    "set_nav": _set_nav,
    "set_home": _set_home,
    "add_block": _add_block,
    "configure_block": _configure_block,
    "remove_block": _remove_block,
}
