"""The app's data, copied into the export: its users (with their argon2 password hashes, so they sign in as
before), every row of every entity in the export's own schema, and its uploaded files.

Rows are read through appforge's runtime (`Platform.records`), so they come out exactly as the app's API shows
them, whichever database the app lives in; they go into an SQLite file made with the same tables the export's
migration creates, stamped with that migration's revision. An app kept in PostgreSQL also gets `data.sql`, the same
rows as INSERT statements for a PostgreSQL database made by the migration.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from appforge.export.plan import AppPlan, EntityPlan
from appforge.export.schema import build_metadata
from appforge.runtime.records import Records
from appforge.runtime.storage import reading

PAGE = 500
REVISION = "0001"


def all_rows(records: Records, entity: str) -> Iterator[dict[str, Any]]:
    page = 1
    while True:
        result = records.list(entity, page=page, page_size=PAGE, sort=[])
        yield from result.rows
        if page >= result.pages:
            return
        page += 1


def _moment(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        moment = value
    else:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return dt.date.fromisoformat(str(value)[:10])
    if kind == "datetime":
        return _moment(value)
    if kind == "time":
        return dt.time.fromisoformat(str(value))
    if kind == "tags":
        return list(value) or None
    return value


def _rows_of(records: Records, e: EntityPlan) -> tuple[list[dict[str, Any]], list[tuple[str, int, int]]]:
    rows, links = [], []
    for row in all_rows(records, e.name):
        values: dict[str, Any] = {
            "id": row["id"], "created_at": _moment(row["created_at"]), "updated_at": _moment(row["updated_at"]),
            "created_by": row["created_by"],
        }
        for f in e.columns:
            values[f.column or ""] = _value(f.kind, row.get(f.name))
        rows.append(values)
        for f in e.links:
            links += [(f.name, row["id"], other) for other in row.get(f.name) or []]
    return rows, links


def read_users(records: Records) -> list[dict[str, Any]]:
    users = records.tables.users
    with reading(records.engine) as conn:
        found = conn.execute(sa.select(users).order_by(users.c.id)).mappings().all()
    return [{"id": int(u["id"]), "email": u["email"], "name": u["name"], "password_hash": u["password_hash"],
             "role": u["role"], "created_at": _moment(u["created_at"])} for u in found]


class Copied:
    """What was copied: rows per entity and the number of users."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.users = 0
        self.tables: dict[str, list[dict[str, Any]]] = {}


def copy_rows(records: Records, plan: AppPlan) -> Copied:
    """Every user and row of the app, as rows of the export's tables (references to rows that are gone dropped)."""
    copied = Copied()
    users = read_users(records)
    copied.tables["users"] = users
    copied.users = len(users)
    user_ids = {u["id"] for u in users}
    ids: dict[str, set[int]] = {}
    links: dict[str, list[tuple[str, int, int]]] = {}
    for e in plan.entities:
        rows, links[e.name] = _rows_of(records, e)
        copied.tables[e.table] = rows
        copied.rows[e.name] = len(rows)
        ids[e.name] = {r["id"] for r in rows}
    for e in plan.entities:
        for row in copied.tables[e.table]:
            if row["created_by"] not in user_ids:
                row["created_by"] = None
            for f in e.columns:
                value = row.get(f.column or "")
                if value is None:
                    continue
                if (f.kind == "user" and value not in user_ids) or (
                        f.kind == "reference" and value not in ids.get(f.target or "", set())):
                    row[f.column or ""] = None
        for f in e.links:
            pairs = [(left, right) for name, left, right in links[e.name]
                     if name == f.name and right in ids.get(f.target or "", set())]
            copied.tables[f.association or ""] = [
                {f.left_column or "": left, f.right_column or "": right} for left, right in sorted(set(pairs))]
    return copied


def write_sqlite(plan: AppPlan, copied: Copied, path: Path) -> None:
    """The export's database: its schema, the copied rows, and the migration's revision."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    metadata = build_metadata(plan)
    engine = sa.create_engine(f"sqlite:///{path}")

    @sa.event.listens_for(engine, "connect")
    def _fast(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # A new file that is deleted if anything fails: no need to wait for the disk after every statement.
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA journal_mode=MEMORY")

    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            version = sa.Table("alembic_version", sa.MetaData(),
                               sa.Column("version_num", sa.String(32), primary_key=True))
            version.create(conn)
            conn.execute(version.insert().values(version_num=REVISION))
            for table in metadata.sorted_tables:
                rows = copied.tables.get(table.name) or []
                if rows:
                    conn.execute(table.insert(), rows)
    finally:
        engine.dispose()


def sql_literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime):
        value = value.isoformat(sep=" ")
    elif isinstance(value, dt.date | dt.time):
        value = value.isoformat()
    return "'" + str(value).replace("'", "''") + "'"


def postgres_dump(plan: AppPlan, copied: Copied) -> str:
    """The copied rows as INSERT statements for PostgreSQL, then the id sequences moved past them."""
    metadata = build_metadata(plan)
    lines = ["-- The data of the app, for a PostgreSQL database made by `alembic upgrade head`.", "BEGIN;"]
    for table in metadata.sorted_tables:
        for row in copied.tables.get(table.name) or []:
            names = ", ".join(f'"{name}"' for name in row)
            values = ", ".join(sql_literal(v) for v in row.values())
            lines.append(f'INSERT INTO "{table.name}" ({names}) VALUES ({values});')
        if "id" in table.c and copied.tables.get(table.name):
            lines.append(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                         f"(SELECT MAX(id) FROM \"{table.name}\"));")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def copy_uploads(source: Path, target: Path) -> int:
    """The app's uploaded images and files; how many there were."""
    if not source.is_dir():
        return 0
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in source.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
            count += 1
    return count
