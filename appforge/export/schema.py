"""The export's database schema as SQLAlchemy tables: what its migration creates and what its data is copied into.

One definition serves both, so the shipped database is exactly what `alembic upgrade head` makes; the export's
own tests check that its models agree with it too.
"""

from __future__ import annotations

import sqlalchemy as sa

from appforge.export.code import LINE_LENGTH, string
from appforge.export.plan import AppPlan, FieldPlan

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _column_type(f: FieldPlan) -> sa.types.TypeEngine:
    kind = f.kind
    if kind in ("integer", "rating"):
        return sa.BigInteger()
    if kind in ("decimal", "money"):
        return sa.Numeric(asdecimal=False)
    if kind == "boolean":
        return sa.Boolean()
    if kind == "date":
        return sa.Date()
    if kind == "datetime":
        return sa.DateTime()
    if kind == "time":
        return sa.Time()
    if kind == "tags":
        return sa.JSON()
    if kind in ("reference", "user"):
        return sa.Integer()
    return sa.Text()


def build_metadata(plan: AppPlan) -> sa.MetaData:
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    sa.Table(
        "users", metadata,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    for e in plan.creation_order():
        columns: list[sa.Column] = [
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), index=True),
        ]
        for f in e.columns:
            args: list[object] = []
            if f.kind in ("reference", "user"):
                target = "users" if f.kind == "user" else f.target
                args.append(sa.ForeignKey(f"{target}.id", ondelete="SET NULL"))
            columns.append(sa.Column(f.column, _column_type(f), *args, unique=f.unique or None,
                                     index=True if f.kind in ("reference", "user") else None, nullable=True))
        sa.Table(e.table, metadata, *columns)
    for e in plan.entities:
        for f in e.links:
            sa.Table(
                f.association, metadata,
                sa.Column(f.left_column, sa.Integer(), sa.ForeignKey(f"{e.table}.id", ondelete="CASCADE"),
                          primary_key=True),
                sa.Column(f.right_column, sa.Integer(), sa.ForeignKey(f"{f.target}.id", ondelete="CASCADE"),
                          primary_key=True),
            )
    return metadata


# --- the migration's code ------------------------------------------------------------------------------------------

TYPE_CODE = {
    "INTEGER": "sa.Integer()", "BIG_INTEGER": "sa.BigInteger()", "TEXT": "sa.Text()", "BOOLEAN": "sa.Boolean()",
    "DATE": "sa.Date()", "DATETIME": "sa.DateTime()", "TIME": "sa.Time()", "JSON": "sa.JSON()",
}


def _type_code(column: sa.Column) -> str:
    if isinstance(column.type, sa.Numeric):
        return "sa.Numeric(asdecimal=False)"
    return TYPE_CODE[column.type.__visit_name__.upper()]


def _items(lines: list[str], indent: int) -> str:
    pad = " " * indent
    return "".join(f"{pad}{line},\n" for line in lines)


def _wrapped(head: str, args: list[str], indent: int) -> str:
    pad = " " * indent
    one_line = f"{pad}{head}({', '.join(args)})"
    if len(one_line) + 1 <= LINE_LENGTH:
        return one_line[indent:]
    return f"{head}(\n" + _items(args, indent + 4) + f"{pad})"


def create_table_code(table: sa.Table) -> str:
    """`op.create_table(...)` and its indexes, as Alembic's autogenerate writes them."""
    items: list[str] = []
    for column in table.columns:
        items.append(_wrapped("sa.Column", [string(column.name), _type_code(column),
                                            f"nullable={column.nullable}"], 8))
    for constraint in sorted(table.foreign_key_constraints, key=lambda c: c.name or ""):
        element = next(iter(constraint.elements))
        args = [f"[{string(element.parent.name)}]", f"[{string(element.target_fullname)}]",
                f"name=op.f({string(str(constraint.name))})"]
        if element.ondelete:
            args.append(f"ondelete={string(element.ondelete)}")
        items.append(_wrapped("sa.ForeignKeyConstraint", args, 8))
    pk = table.primary_key
    items.append(_wrapped("sa.PrimaryKeyConstraint", [string(c.name) for c in pk.columns]
                          + [f"name=op.f({string(str(pk.name))})"], 8))
    for constraint in sorted((c for c in table.constraints if isinstance(c, sa.UniqueConstraint)),
                             key=lambda c: c.name or ""):
        items.append(_wrapped("sa.UniqueConstraint", [string(c.name) for c in constraint.columns]
                              + [f"name=op.f({string(str(constraint.name))})"], 8))
    code = "    op.create_table(\n" + _items([string(table.name), *items], 8) + "    )\n"
    for index in sorted(table.indexes, key=lambda i: i.name or ""):
        args = [f"op.f({string(str(index.name))})", string(table.name),
                "[" + ", ".join(string(c.name) for c in index.columns) + "]", "unique=False"]
        code += "    " + _wrapped("op.create_index", args, 4) + "\n"
    return code


def migration_code(metadata: sa.MetaData) -> tuple[str, str]:
    """The bodies of upgrade() and downgrade()."""
    tables = metadata.sorted_tables
    upgrade = "".join(create_table_code(t) for t in tables)
    downgrade = "".join(f"    op.drop_table({string(t.name)})\n" for t in reversed(tables))
    return upgrade.rstrip("\n"), downgrade.rstrip("\n")
