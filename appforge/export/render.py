"""The files of an export: every code file rendered from a Jinja template of templates/, the fixed ones copied
from skeleton/, and appforge's own stylesheet and vendored scripts.

`project_files(plan, facts)` is pure: the same plan and facts give the same files, byte for byte, and nothing is
written; `appforge.export.export_app` writes them and adds the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from appforge.export.apimodels import option_values, schema
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
