"""The files of an export: every code file rendered from a Jinja template of templates/, the fixed ones copied
from skeleton/, and appforge's own stylesheet and vendored scripts.

`project_files(plan, facts)` is pure: the same plan and facts give the same files, byte for byte, and nothing is
written; `appforge.export.export_app` writes them and adds the data.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from appforge.export.code import (
    LINE_LENGTH,
    Code,
    block,
    call,
    docstring,
    finish_module,
    literal,
    string,
)
from appforge.export.plan import AppPlan, EntityPlan, FieldPlan
from appforge.export.routes import nav_items, order_code, uses_me, view_routes
from appforge.export.schema import build_metadata, migration_code
from appforge.export.suite import suite_of
from appforge.runtime.templating import theme_css

TEMPLATES_DIR = Path(__file__).parent / "templates"
SKELETON_DIR = Path(__file__).parent / "skeleton"
RUNTIME_STATIC = Path(__file__).resolve().parent.parent / "runtime" / "static"
Files = dict[str, str | bytes]


@dataclass
class Facts:
    """What the export knows besides the spec: where it came from and what data it carries."""

    version: int = 1
    exported_at: str = ""
    row_counts: dict[str, int] = field(default_factory=dict)
    user_count: int = 0
    samples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    postgres_dump: bool = False


# --- small pieces of Python -----------------------------------------------------------------------------------------


def fstring_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("{", "{{").replace("}", "}}")


def option_values(f: FieldPlan) -> tuple[str, ...]:
    return tuple(value for value, _ in f.options)


SQL_TYPE_CODE = {
    "integer": "BigInteger", "rating": "BigInteger", "decimal": "Numeric(asdecimal=False)",
    "money": "Numeric(asdecimal=False)", "boolean": "Boolean", "date": "Date", "datetime": "DateTime",
    "time": "Time", "tags": "JSON",
}


def column_type_code(f: FieldPlan) -> str:
    return SQL_TYPE_CODE.get(f.kind, "Text")


def column_lines(e: EntityPlan) -> list[str]:
    lines: list[str] = []
    for f in e.fields:
        if f.kind in ("created_at", "updated_at") and f.name != f.kind:
            lines.append(f"    {f.attr}: Mapped[dt.datetime] = synonym({string(f.kind)})")
            continue
        if not f.is_column:
            continue
        args = [string(f.column or "")] if f.column != f.attr else []
        if f.kind in ("reference", "user"):
            target = "users" if f.kind == "user" else (f.target or "")
            args.append(f"ForeignKey({string(target + '.id')}, ondelete=\"SET NULL\")")
        else:
            args.append(column_type_code(f))
        if f.unique:
            args.append("unique=True")
        if f.kind in ("reference", "user"):
            args.append("index=True")
        lines.append(call(f"{f.attr}: Mapped[{f.python_type} | None] = mapped_column", args, 4))
    return lines


def relationship_lines(e: EntityPlan, plan: AppPlan) -> list[str]:
    lines: list[str] = []
    for f in e.fields:
        if f.kind == "reference":
            target = plan.entity(f.target or "")
            args = [f"foreign_keys=[{f.attr}]"]
            if target.name == e.name:
                args.append(f"remote_side={string(e.class_name + '.id')}")
            lines.append(call(f"{f.link_attr}: Mapped[{target.class_name} | None] = relationship", args, 4))
        elif f.kind == "user":
            lines.append(call(f"{f.link_attr}: Mapped[User | None] = relationship", [f"foreign_keys=[{f.attr}]"], 4))
        elif f.kind == "created_by" and f.name != "created_by":
            args = [f"foreign_keys={string(e.class_name + '.created_by')}", "viewonly=True"]
            lines.append(call(f"{f.attr}: Mapped[User | None] = relationship", args, 4))
        elif f.kind == "many_to_many":
            target = plan.entity(f.target or "")
            args = [f"secondary={f.association}"]
            if target.name == e.name:
                args.append(f"primaryjoin=lambda: {e.class_name}.id == {f.association}.c.{f.left_column}")
                args.append(f"secondaryjoin=lambda: {e.class_name}.id == {f.association}.c.{f.right_column}")
            lines.append(call(f"{f.attr}: Mapped[list[{target.class_name}]] = relationship", args, 4))
    return lines


def model_related(e: EntityPlan, plan: AppPlan) -> list[tuple[str, str]]:
    """The (module, class) pairs a model names in its annotations, imported for type checkers only."""
    found: set[tuple[str, str]] = set()
    for f in e.fields:
        if f.kind in ("reference", "many_to_many") and f.target != e.name:
            target = plan.entity(f.target or "")
            found.add((target.module, target.class_name))
        if f.kind == "user" or (f.kind == "created_by" and f.name != "created_by"):
            found.add(("user", "User"))
    return sorted(found)


def association_args(e: EntityPlan, f: FieldPlan) -> list[str]:
    return [
        string(f.association or ""),
        "Base.metadata",
        f"Column({string(f.left_column or '')}, ForeignKey({string(e.table + '.id')}, ondelete=\"CASCADE\"), "
        "primary_key=True)",
        f"Column({string(f.right_column or '')}, ForeignKey({string((f.target or '') + '.id')}, "
        "ondelete=\"CASCADE\"), primary_key=True)",
    ]


def display_lines(e: EntityPlan) -> list[str]:
    fallback = f'f"{fstring_text(e.title)} #{{self.id}}"'
    shown = e.display_field
    if shown is None:
        return [f"return {fallback}"]
    attr = shown.display_attr
    if shown.kind in ("text", "email", "phone", "url", "choice", "long_text") and not shown.link_attr:
        line = f"return self.{attr} or {fallback}"
        if len(line) + 8 <= LINE_LENGTH:
            return [line]
    return [f"if self.{attr} is None:", f"    return {fallback}", f"return str(self.{attr})"]


# --- the environment -------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,
    )
    env.filters.update(py=literal, doc=docstring, fstring=fstring_text, string=string,
                       toml=lambda text: json.dumps(text, ensure_ascii=False))
    env.globals.update(
        block=block, call=call, Code=Code, option_values=option_values, column_lines=column_lines,
        display_lines=display_lines, association_args=association_args, LINE_LENGTH=LINE_LENGTH,
    )
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def python(template: str, first_party: dict[str, tuple[str, str | None]] | None = None, **context: Any) -> str:
    return finish_module(render(template, **context), first_party)


# --- the files ---------------------------------------------------------------------------------------------------------


def first_party(plan: AppPlan) -> dict[str, tuple[str, str | None]]:
    """Every name the generated modules import from one another, and where it lives."""
    names: dict[str, tuple[str, str | None]] = {}
    by_module = {
        "app.core.config": "settings",
        "app.core.db": "get_db make_engine",
        "app.core.security": "SESSION_COOKIE SESSION_MAX_AGE CSRF_FIELD CSRF_HEADER hash_password verify_password "
                             "issue_api_token api_token_user csrf_token csrf_ok sign_in sign_out",
        "app.core.permissions": "Action Grant grant can may_enter ACCESS OWNER_ROLE DEFAULT_ROLE SIGNUP_OPEN ROLES",
        "app.models.base": "Base Record",
        "app.models.user": "User",
        "app.schemas.common": "Email Url Phone Moment Number RowId Tags RowIds Page",
        "app.schemas.auth": "TokenRequest TokenResponse Me",
        "app.crud.common": "InvalidValues PageOf paginate matches ordering check_row related_rows check_user "
                           "check_unique save",
        "app.api.deps": "DbSession CurrentUser require not_found",
        "app.pages.common": "PageError SignInFirst PageUser enter require_page render redirect safe_next "
                            "checked_form page_error sign_in_first me APP_TITLE APP_DESCRIPTION",
        "app.pages.formatting": "format_number format_money format_date format_datetime format_time safe_link",
        "app.pages.registry": "ENTITIES EntityPages FieldInfo",
        "app.pages.lists": "render_list render_kanban render_calendar",
        "app.pages.forms": "render_form initial_values submit_create submit_update submit_delete",
        "app.pages.detail": "render_detail",
        "app.pages.dashboards": "Widget render_dashboard",
        "app.pages.uploads": "save_upload UploadRefused",
    }
    for module, listed in by_module.items():
        for name in listed.split():
            names[name] = (module, name)
    names["formulas"] = ("app", "formulas")
    names["pages"] = ("app", "pages")
    names["auth_api"] = ("app.api.routes", "auth")
    for part in ("auth", "views", "entities", "uploads"):
        names[f"{part}_router"] = (f"app.pages.{part}", "router")
    for e in plan.entities:
        names[e.class_name] = (f"app.models.{e.module}", e.class_name)
        for suffix in ("Create", "Update", "Read"):
            names[e.class_name + suffix] = (f"app.schemas.{e.module}", e.class_name + suffix)
        names[f"{e.module}_crud"] = ("app.crud", e.module)
        names[f"{e.module}_api"] = ("app.api.routes", e.module)
    return names


def schema_uses(plan: AppPlan) -> dict[str, bool]:
    kinds = {f.kind for e in plan.entities for f in e.fields}
    floats = any(f.kind in ("decimal", "money") and f.min is None and f.max is None
                 for e in plan.entities for f in e.api_writable)
    moments = any(f.kind == "datetime" for e in plan.entities for f in e.api_writable)
    return {
        "email": "email" in kinds, "url": "url" in kinds, "phone": "phone" in kinds, "moment": moments,
        "number": floats, "row_id": bool(kinds & {"reference", "user", "many_to_many"}), "tags": "tags" in kinds,
        "links": "many_to_many" in kinds,
    }


def crud_uses(plan: AppPlan) -> dict[str, bool]:
    writable = [f for e in plan.entities for f in e.writable]
    return {
        "reference": any(f.kind == "reference" for f in writable),
        "links": any(f.kind == "many_to_many" for f in writable),
        "user": any(f.kind == "user" for f in writable),
        "unique": any(e.unique for e in plan.entities),
    }


def project_files(plan: AppPlan, facts: Facts) -> Files:
    """Every file of the export but its data, by path relative to the project folder."""
    names = first_party(plan)
    kinds = plan.view_kinds()
    context: dict[str, Any] = {"plan": plan, "facts": facts, "kinds": kinds}

    def python_file(path: str, template: str | None = None, extra: dict[str, Any] | None = None,
                    **more: Any) -> None:
        imports = {k: v for k, v in {**names, **(extra or {})}.items() if v is not None}
        files[path] = python(template or path + ".jinja", imports, **context, **more)

    files: Files = {}
    for path, source in SKELETON_FILES.items():
        files[path] = (SKELETON_DIR / source).read_bytes()
    for name in ["base", "list", "detail", "form", "error", "signin", "signup", "macros"]:
        files[f"app/templates/{name}.html"] = (SKELETON_DIR / "app/templates" / f"{name}.html").read_bytes()
    optional_pages = {"kanban": "kanban", "calendar": "calendar", "dashboard": "dashboard"}
    for kind, page in optional_pages.items():
        if kind in kinds:
            files[f"app/templates/{page}.html"] = (SKELETON_DIR / "app/templates" / f"{page}.html").read_bytes()
    home = plan.view(plan.home or "") or (plan.view(plan.nav[0]) if plan.nav else None)
    if home is None:
        files["app/templates/overview.html"] = (SKELETON_DIR / "app/templates/overview.html").read_bytes()
    static_files(plan, files)

    files["README.md"] = render("README.md.jinja", **context)
    files["pyproject.toml"] = render("pyproject.toml.jinja", **context)
    files["migrations/env.py"] = render("migrations/env.py.jinja", **context)
    upgrade, downgrade = migration_code(build_metadata(plan))
    files["migrations/versions/0001_initial.py"] = render(
        "migrations/versions/0001_initial.py.jinja", upgrade=upgrade, downgrade=downgrade,
        entity_list=", ".join(e.plural.lower() for e in plan.entities) or "no entities", **context)
    for path in ("app/__init__.py", "app/core/__init__.py", "app/core/config.py", "app/core/db.py",
                 "app/core/security.py", "app/models/base.py", "app/models/user.py",
                 "app/schemas/__init__.py", "app/schemas/auth.py", "app/crud/__init__.py", "app/api/__init__.py",
                 "app/api/routes/__init__.py", "app/api/deps.py", "app/api/routes/auth.py", "app/main.py",
                 "app/pages/__init__.py", "app/pages/formatting.py", "app/pages/auth.py", "app/pages/registry.py",
                 "app/pages/lists.py", "app/pages/detail.py", "app/pages/entities.py"):
        python_file(path, field_infos=field_infos, related_of=lambda e: related_of(e, plan))
    model_imports = sorted([("base", "Base, Record"), ("user", "User")] + [(e.module, e.class_name) for e in plan.entities])
    files["app/models/__init__.py"] = render("app/models/__init__.py.jinja", model_imports=model_imports, **context)
    python_file("app/core/permissions.py", roles_literal=literal(dict(plan.roles)), rules=permission_rules(plan),
                owner_role=plan.spec.auth.owner_role or (plan.roles[0][0] if plan.roles else None))
    python_file("app/schemas/common.py", uses=schema_uses(plan))
    python_file("app/crud/common.py", uses=crud_uses(plan))
    python_file("app/pages/common.py", nav=nav_items(plan), uses_me=uses_me(plan))
    python_file("app/pages/forms.py", plan_has_users=any(e.user_fields for e in plan.entities))
    python_file("app/pages/views.py", routes=view_routes(plan), home_view=home,
                view_summary=", ".join(v.heading for v in plan.views))
    if "dashboard" in kinds:
        theme = plan.spec.theme
        palette = [theme.primary, theme.accent] + [c for c in PALETTE if c not in (theme.primary, theme.accent)]
        python_file("app/pages/dashboards.py", palette=", ".join(string(c) for c in palette))
    if plan.has_files:
        python_file("app/pages/uploads.py")
    helpers = sorted({h for e in plan.entities for f in e.computed if f.formula for h in f.formula.helpers})
    if plan.has_computed:
        python_file("app/formulas.py", plan_helpers=helpers)
    # Models name each other (and User) for type checkers only: importing them would make import cycles.
    model_names = {name: None for name in [e.class_name for e in plan.entities] + ["User"]}
    for e in plan.entities:
        module = e.module
        python_file(f"app/models/{module}.py", "app/models/entity.py.jinja", model_names, e=e,
                    model_related=lambda entity: model_related(entity, plan),
                    relationship_lines=lambda entity: relationship_lines(entity, plan))
        python_file(f"app/schemas/{module}.py", "app/schemas/entity.py.jinja", e=e, schema=schema)
        python_file(f"app/crud/{module}.py", "app/crud/entity.py.jinja", e=e, searchable=searchable,
                    sortable=sortable, default_order=default_order)
        python_file(f"app/api/routes/{module}.py", "app/api/routes/entity.py.jinja",
                    {"crud": ("app.crud", module)}, e=e)
    files.update(suite_files(plan, facts, names))
    return files


# Where each fixed file goes: dotfiles are kept without their dot, so that packaging globs do not skip them.
SKELETON_FILES = {"Dockerfile": "Dockerfile", ".dockerignore": "dockerignore", ".gitignore": "gitignore",
                  "alembic.ini": "alembic.ini", "migrations/script.py.mako": "migrations/script.py.mako"}
PALETTE = ["#4f46e5", "#f59e0b", "#10b981", "#ef4444", "#06b6d4", "#8b5cf6", "#ec4899", "#84cc16", "#f97316",
           "#64748b"]


def static_files(plan: AppPlan, files: Files) -> None:
    """appforge's own stylesheet and script, and the vendored libraries the app's pages use (no CDN)."""
    files["app/static/app.css"] = (RUNTIME_STATIC / "app.css").read_bytes()
    files["app/static/app.js"] = (RUNTIME_STATIC / "app.js").read_bytes()
    files["app/static/theme.css"] = theme_css(plan.spec.theme) + "\n"
    vendor = ["htmx.min.js"]
    if "kanban" in plan.view_kinds():
        vendor.append("Sortable.min.js")
    if "dashboard" in plan.view_kinds():
        vendor.append("chart.umd.min.js")
    for name in vendor:
        files[f"app/static/vendor/{name}"] = (RUNTIME_STATIC / "vendor" / name).read_bytes()


def permission_rules(plan: AppPlan) -> list[tuple[tuple[str, str], list[str]]]:
    grouped: dict[tuple[str, str], list[str]] = {}
    for p in plan.spec.permissions:
        args = [f"roles={literal(tuple(p.roles))}"] + (["own=True"] if p.own else [])
        grouped.setdefault((p.entity, p.action), []).append(f"Rule({', '.join(args)})")
    return sorted(grouped.items())


def searchable(e: EntityPlan) -> tuple[Code, ...]:
    return tuple(Code(f"{e.class_name}.{f.attr}") for f in e.searchable)


def sortable(e: EntityPlan) -> dict[str, Code]:
    columns = {name: Code(f"{e.class_name}.{name}") for name in ("id", "created_at", "updated_at", "created_by")}
    for f in e.sortable:
        columns[f.name] = Code(f"{e.class_name}.{f.attr}")
    return columns


def default_order(e: EntityPlan) -> tuple[Code, ...]:
    order = [Code(c) for c in order_code(e, e.order_by)]
    if not order:
        return (Code(f"{e.class_name}.id.desc()"),)
    return (*order, Code(f"{e.class_name}.id.{'desc' if e.order_by[0].desc else 'asc'}()"))


# --- schemas -----------------------------------------------------------------------------------------------------------


@dataclass
class SchemaLines:
    constants: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    create: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)


def _bound(f: FieldPlan, value: Any) -> Any:
    if f.kind == "date":
        return dt.date.fromisoformat(str(value)[:10])
    if f.kind == "datetime":
        moment = dt.datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=None)
    if f.kind in ("integer", "rating"):
        return int(float(value))
    return float(value)


def _number_bounds(f: FieldPlan) -> list[str]:
    bounds = []
    low, high = f.min, f.max
    if f.kind == "rating":
        low = max(1.0, float(low)) if low is not None else 1
        high = min(5.0, float(high)) if high is not None else 5
    if low is not None:
        bounds.append(f"ge={literal(_bound(f, low))}")
    if high is not None:
        bounds.append(f"le={literal(_bound(f, high))}")
    return bounds


def input_type(e: EntityPlan, f: FieldPlan, lines: SchemaLines) -> str:
    """The type of a value a client sends for `f`; constrained types get a named alias in the module."""
    alias = e.class_name + camel_name(f.name)
    if alias in (e.class_name + "Create", e.class_name + "Update", e.class_name + "Read"):
        alias += "Value"
    kind = f.kind
    if kind in ("choice", "tags"):
        name = alias if kind == "choice" else alias + "Option"
        values = [literal(v) for v in option_values(f)]
        lines.aliases.append(_subscript(f"{name} = Literal", values))
        return name if kind == "choice" else f"list[{name}]"
    if kind in ("reference", "user"):
        return "RowId"
    if kind == "many_to_many":
        return "list[RowId]"
    if kind == "boolean":
        return "bool"
    if kind == "time":
        return "dt.time"
    if kind in ("integer", "rating", "decimal", "money"):
        base = "int" if kind in ("integer", "rating") else "float"
        bounds = _number_bounds(f)
        if base == "float":
            if not bounds:
                return "Number"
            bounds.append("allow_inf_nan=False")
        if not bounds:
            return base
        lines.aliases.append(f"{alias} = Annotated[{base}, Field({', '.join(bounds)})]")
        return alias
    if kind in ("date", "datetime"):
        base = "dt.date" if kind == "date" else "Moment"
        bounds = _number_bounds(f) if (f.min is not None or f.max is not None) else []
        if not bounds:
            return base
        lines.aliases.append(f"{alias} = Annotated[{base}, Field({', '.join(bounds)})]")
        return alias
    # Text of every kind.
    base = {"email": "Email", "url": "Url", "phone": "Phone"}.get(kind, "str")
    constraints = []
    if kind == "text":
        constraints.append("strip_whitespace=True")
    low = int(float(f.min)) if f.min is not None else (1 if f.required else None)
    if low is not None:
        constraints.append(f"min_length={low}")
    if f.max is not None:
        constraints.append(f"max_length={int(float(f.max))}")
    parts = [base]
    if constraints:
        parts.append(f"StringConstraints({', '.join(constraints)})")
    if f.pattern:
        check = f"matches_{f.attr.rstrip('_')}_pattern"
        constant = f"{f.attr.rstrip('_').upper()}_PATTERN"
        lines.constants.append(f"{constant} = re.compile({string(f.pattern)})")
        lines.functions += [
            "", "", f"def {check}(value: str) -> str:",
            f"    if not {constant}.fullmatch(value):",
            f"        raise ValueError({string('must match the pattern ' + f.pattern)})",
            "    return value",
        ]
        parts.append(f"AfterValidator({check})")
    if len(parts) == 1:
        return base
    lines.aliases.append(_subscript(f"{alias} = Annotated", parts))
    return alias


def _subscript(head: str, items: list[str]) -> str:
    one_line = f"{head}[{', '.join(items)}]"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    return f"{head}[\n" + "".join(f"    {item},\n" for item in items) + "]"



def camel_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def _field_args(default: str | None, *, alias: str | None = None) -> str:
    """` = default` or ` = Field(...)` for a schema field."""
    args = []
    if default is not None:
        args.append(default if alias is None else f"default={default}")
    if alias is not None:
        args.append(f"alias={string(alias)}")
    if alias is None:
        return f" = {default}" if default is not None else ""
    return f" = Field({', '.join(args)})"


def schema(e: EntityPlan) -> SchemaLines:
    lines = SchemaLines()
    for f in e.api_writable:
        kind = input_type(e, f, lines)
        alias = f.name if f.key != f.name else None
        is_list = f.kind in ("tags", "many_to_many")
        if f.required:
            default = literal(f.default) if f.default is not None and not is_list else None
            lines.create.append(f"    {f.key}: {kind}{_field_args(default, alias=alias)}")
            lines.required.append(string(f.key))
        elif is_list:
            lines.create.append(f"    {f.key}: {kind}{_field_args('[]', alias=alias)}")
        else:
            default = literal(_default_value(f))
            lines.create.append(f"    {f.key}: {kind} | None{_field_args(default, alias=alias)}")
        lines.update.append(f"    {f.key}: {kind} | None{_field_args('None', alias=alias)}")
    for f in e.fields:
        if f.name not in ("created_at", "updated_at", "created_by"):  # the system columns, read above
            lines.read.append(_read_line(f))
    return lines


def _default_value(f: FieldPlan) -> Any:
    if f.default is None:
        return None
    if f.kind in ("date", "datetime"):
        return _bound(f, f.default)
    if f.kind in ("decimal", "money"):
        return float(f.default)
    return f.default


def _read_line(f: FieldPlan) -> str:
    args: list[str] = []
    if f.kind in ("reference", "user"):
        kind = "int | None"
        args.append(f"validation_alias={string(f.attr)}")
    elif f.kind == "created_by":
        kind = "int | None"
        if f.name != "created_by":
            args.append('validation_alias="created_by"')
    elif f.kind == "many_to_many":
        kind = "RowIds"
    elif f.kind == "tags":
        kind = "Tags"
    elif f.kind in ("created_at", "updated_at"):
        kind = "dt.datetime"
    elif f.kind == "computed":
        kind = f.formula.returns if f.formula else "Any"
    else:
        kind = f"{f.python_type} | None"
    key = f.key
    if key != f.name:
        args.append(f"serialization_alias={string(f.name)}")
    suffix = f" = Field({', '.join(args)})" if args else ""
    return f"    {key}: {kind}{suffix}"


# --- pages -------------------------------------------------------------------------------------------------------------


def _html_bound(f: FieldPlan, value: Any) -> str | None:
    if value is None:
        return None
    if f.kind in ("date", "datetime"):
        return str(value)[:16] if f.kind == "datetime" else str(value)[:10]
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


def field_infos(e: EntityPlan) -> list[str]:
    lines = []
    for f in e.fields:
        args = [string(f.name), string(f.label), string(f.kind)]
        if f.display_attr != f.name:
            args.append(f"attr={string(f.display_attr)}")
        if f.key != f.name:
            args.append(f"key={string(f.key)}")
        if f.required:
            args.append("required=True")
        if f.help:
            args.append(f"help={string(f.help)}")
        if f.options:
            args.append(f"options={literal(tuple(f.options))}")
        if f.target:
            args.append(f"target={string(f.target)}")
        if f.currency:
            args.append(f"currency={string(f.currency)}")
        low, high = _html_bound(f, f.min), _html_bound(f, f.max)
        if f.kind == "rating":
            low, high = low or "1", high or "5"
        if low is not None:
            args.append(f"low={string(low)}")
        if high is not None:
            args.append(f"high={string(high)}")
        if f.pattern:
            args.append(f"pattern={string(f.pattern)}")
        if f.default is not None and f.writable:
            args.append(f"default={literal(f.default)}")
        lines.append(call("FieldInfo", args, 12, ","))
    return lines


def related_of(e: EntityPlan, plan: AppPlan) -> tuple[tuple[str, str], ...]:
    return tuple((other.name, f.name) for other in plan.entities for f in other.fields
                 if f.kind == "reference" and f.target == e.name)


def suite_files(plan: AppPlan, facts: Facts, names: dict[str, tuple[str, str | None]]) -> Files:
    """The export's own test suite."""
    suite = suite_of(plan)
    names = {**names, **{n: ("tests.factories", n) for n in suite.factory_names}, "app": ("app.main", "app")}
    exported_rows = {"users": facts.user_count, **{e.table: facts.row_counts.get(e.name, 0) for e in plan.entities}}
    context: dict[str, Any] = {"plan": plan, "facts": facts, "exported_rows": exported_rows, **suite.context}
    files: Files = {"tests/__init__.py": render("tests/__init__.py.jinja", **context)}
    for path in ("conftest", "factories", "test_pages", "test_schema"):
        files[f"tests/{path}.py"] = python(f"tests/{path}.py.jinja", names, **context)
    for e in plan.entities:
        if suite.context["makeable"][e.name]:
            files[f"tests/test_{e.module}.py"] = python(
                "tests/test_entity.py.jinja", names, **context, e=e, entity_tests=suite.entity_tests[e.name])
    return files
