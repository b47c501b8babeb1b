"""Change a live database to fit a new spec version, without losing a value.

Two versions are compared by stable ids. New entities become tables, new fields become columns (Alembic's
operations), and nothing is ever dropped: what leaves the spec stays in the database, archived, so a rollback or a
restore finds it again with its data. A type change writes converted values into the field's new column; if one
value does not fit, the whole migration is refused with the rows that block it. Tightening a constraint that
stored rows break (required, unique, min/max, pattern, options) is refused the same way. The caller runs this
inside one transaction (DDL included, on SQLite and PostgreSQL alike), so a refusal leaves the database as it was.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.engine import Connection

from appforge.runtime.storage import (
    USERS_TABLE,
    build_tables,
    column_type,
    has_column,
    join_columns,
    join_table_name,
    system_columns,
    users_columns,
)
from appforge.runtime.values import convert, to_json
from appforge.spec.model import AppSpec, Entity, Field, FieldType
from appforge.spec.validate import value_problem

SHOWN_ROWS = 10


class MigrationError(ValueError):
    """A spec change the stored data does not allow; names the field and the rows in the way."""

    def __init__(self, message: str, rows: list[tuple[int, Any]] | None = None) -> None:
        self.rows = rows or []
        if self.rows:
            shown = ", ".join(f"row {row_id} ({value!r})" for row_id, value in self.rows[:SHOWN_ROWS])
            more = f" and {len(self.rows) - SHOWN_ROWS} more" if len(self.rows) > SHOWN_ROWS else ""
            message = f"{message}: {shown}{more}"
        super().__init__(message)


def migrate(conn: Connection, old: AppSpec | None, new: AppSpec, schema: str | None) -> None:
    ops = Operations(MigrationContext.configure(conn))
    inspector = sa.inspect(conn)
    tables = set(inspector.get_table_names(schema=schema))
    if USERS_TABLE not in tables:
        ops.create_table(USERS_TABLE, *users_columns(), schema=schema)
    old_entities = {e.id: e for e in old.entities} if old else {}
    created_columns: set[tuple[str, str]] = set()
    for entity in new.entities:
        wanted = [f for f in entity.fields if has_column(f)]
        if entity.id not in tables:
            ops.create_table(entity.id, *system_columns(), *[sa.Column(f.id, column_type(f)) for f in wanted], schema=schema)
            created_columns |= {(entity.id, f.id) for f in wanted}
        else:
            present = {c["name"] for c in inspector.get_columns(entity.id, schema=schema)}
            for field in wanted:
                if field.id not in present:
                    ops.add_column(entity.id, sa.Column(field.id, column_type(field)), schema=schema)
                    created_columns.add((entity.id, field.id))
        for field in entity.fields:
            if field.type == FieldType.many_to_many and join_table_name(entity, field) not in tables:
                ops.create_table(join_table_name(entity, field), *join_columns(), schema=schema)
    live = build_tables(new, schema)
    for entity in new.entities:
        table = live.entities[entity.name]
        before = old_entities.get(entity.id)
        for field in entity.fields:
            if not has_column(field):
                continue
            if (entity.id, field.id) in created_columns:
                source = _replaced(new, old, entity, field)
                if source is not None:
                    _convert_column(conn, table, entity, source, field, schema)
                elif field.default is not None:
                    conn.execute(table.update().values({field.id: _default(field)}))
                continue
            previous = next((f for f in before.fields if f.id == field.id), None) if before else None
            if previous is None or _tightened(previous, field):
                _check_constraints(conn, table, entity, field)
        _sync_unique_indexes(conn, ops, entity, schema)


def _replaced(new: AppSpec, old: AppSpec | None, entity: Entity, field: Field) -> Field | None:
    """The field whose values this newly created column takes over, when a type change made it."""
    if old is None:
        return None
    before = next((e for e in old.entities if e.id == entity.id), None)
    if before is None:
        return None
    for item in new.archive:
        if item.kind == "field" and item.replaced_by == field.id and item.field is not None:
            source = next((f for f in before.fields if f.id == item.field.id), None)
            if source is not None and has_column(source):
                return source
    return None


def _default(field: Field) -> Any:
    from appforge.runtime.values import to_db

    return to_db(field, field.default)


def _convert_column(conn: Connection, table: sa.Table, entity: Entity, source: Field, target: Field, schema: str | None) -> None:
    source_table = sa.Table(table.name, sa.MetaData(schema=schema), sa.Column("id", sa.BigInteger, primary_key=True),
                            sa.Column(source.id, column_type(source)))
    rows = conn.execute(sa.select(source_table.c.id, source_table.c[source.id]).order_by(source_table.c.id)).all()
    failures: list[tuple[int, Any]] = []
    converted: list[dict[str, Any]] = []
    for row_id, value in rows:
        try:
            converted.append({"_id": row_id, "_value": convert(source, target, value)})
        except ValueError:
            failures.append((row_id, to_json(source, value)))
    if failures:
        raise MigrationError(
            f"cannot change {entity.name}.{target.name} from {source.type.value} to {target.type.value}; "
            f"these values do not convert", failures,
        )
    if converted:
        statement = table.update().where(table.c.id == sa.bindparam("_id")).values({target.id: sa.bindparam("_value")})
        conn.execute(statement, converted)


def _tightened(before: Field, after: Field) -> bool:
    keys = ("required", "unique", "min", "max", "pattern", "options")
    return any(getattr(before, k) != getattr(after, k) for k in keys)


def _check_constraints(conn: Connection, table: sa.Table, entity: Entity, field: Field) -> None:
    column = table.c[field.id]
    if field.required:
        empty = conn.execute(sa.select(table.c.id).where(column.is_(None)).order_by(table.c.id).limit(50)).all()
        if empty:
            raise MigrationError(f"cannot make {entity.name}.{field.name} required; these rows have no value",
                                 [(r.id, None) for r in empty])
    if field.unique:
        dupes = conn.execute(
            sa.select(column).where(column.is_not(None)).group_by(column).having(sa.func.count() > 1).limit(50)
        ).scalars().all()
        if dupes:
            rows = conn.execute(sa.select(table.c.id, column).where(column.in_(dupes)).order_by(table.c.id)).all()
            raise MigrationError(f"cannot make {entity.name}.{field.name} unique; these rows share a value",
                                 [(r[0], to_json(field, r[1])) for r in rows])
    if any(getattr(field, k) for k in ("min", "max", "pattern")) or field.options:
        rows = conn.execute(sa.select(table.c.id, column).where(column.is_not(None)).order_by(table.c.id)).all()
        bad = [(r[0], to_json(field, r[1])) for r in rows if value_problem(field, to_json(field, r[1]))]
        if bad:
            reason = value_problem(field, bad[0][1])
            raise MigrationError(f"cannot change {entity.name}.{field.name}: stored values would break it ({reason})", bad)


def _sync_unique_indexes(conn: Connection, ops: Operations, entity: Entity, schema: str | None) -> None:
    existing = {ix["name"] for ix in sa.inspect(conn).get_indexes(entity.id, schema=schema)}
    for field in entity.fields:
        if not has_column(field):
            continue
        name = f"ux_{entity.id}_{field.id}"[:63]
        if field.unique and name not in existing:
            ops.create_index(name, entity.id, [field.id], unique=True, schema=schema)
        elif not field.unique and name in existing:
            ops.drop_index(name, table_name=entity.id, schema=schema)

