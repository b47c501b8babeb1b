"""The Pydantic models of an export's API, written as code: one `app/schemas/<entity>.py` per entity.

They say in the exported project what `appforge.runtime.apimodels` builds at run time (types, bounds, options,
required fields), so an export refuses the same bodies the live app refuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from appforge.export.code import LINE_LENGTH, literal, string
from appforge.export.plan import EntityPlan, FieldPlan


def option_values(f: FieldPlan) -> tuple[str, ...]:
    return tuple(value for value, _ in f.options)


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
