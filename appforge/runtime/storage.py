"""Where apps keep their data: one SQLite file per app, or one PostgreSQL schema per app.

Tables and columns are named by the stable ids of entities and fields (see docs/architecture.md), so a rename
never touches the database and two versions of a spec can always be told apart. Every entity table carries the
system columns `id`, `created_at`, `updated_at` and `created_by`; a many-to-many field has a join table.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from appforge.settings import Settings
from appforge.spec.model import COLUMNLESS_TYPES, AppSpec, Entity, Field, FieldType

USERS_TABLE = "_users"
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def column_type(field: Field) -> sa.types.TypeEngine:
    t = field.type
    if t in (FieldType.integer, FieldType.rating, FieldType.reference, FieldType.user):
        return sa.BigInteger()
    if t in (FieldType.decimal, FieldType.money):
        return sa.Numeric(asdecimal=False)
    if t == FieldType.boolean:
        return sa.Boolean()
    if t == FieldType.date:
        return sa.Date()
    if t == FieldType.datetime:
        return sa.DateTime()
    if t == FieldType.time:
        return sa.Time()
    if t == FieldType.tags:
        return sa.JSON()
    return sa.Text()


def has_column(field: Field) -> bool:
    return field.type not in COLUMNLESS_TYPES


def join_table_name(entity: Entity, field: Field) -> str:
    return f"{entity.id}__{field.id}"


def system_columns() -> list[sa.Column]:
    return [
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True, index=True),
    ]


def users_columns() -> list[sa.Column]:
    return [
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("email", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    ]


def join_columns() -> list[sa.Column]:
    return [
        sa.Column("left_id", sa.BigInteger(), nullable=False, primary_key=True),
        sa.Column("right_id", sa.BigInteger(), nullable=False, primary_key=True),
    ]


@dataclass
class Tables:
    """The SQLAlchemy tables of one spec version: what `Records` queries."""

    metadata: sa.MetaData
    entities: dict[str, sa.Table]
    joins: dict[tuple[str, str], sa.Table]
    users: sa.Table


def build_tables(spec: AppSpec, schema: str | None) -> Tables:
    metadata = sa.MetaData(schema=schema)
    entities: dict[str, sa.Table] = {}
    joins: dict[tuple[str, str], sa.Table] = {}
    for entity in spec.entities:
        columns = [sa.Column(f.id, column_type(f)) for f in entity.fields if has_column(f)]
        entities[entity.name] = sa.Table(entity.id, metadata, *system_columns(), *columns)
        for field in entity.fields:
            if field.type == FieldType.many_to_many:
                joins[(entity.name, field.name)] = sa.Table(join_table_name(entity, field), metadata, *join_columns())
    users = sa.Table(USERS_TABLE, metadata, *users_columns())
    return Tables(metadata, entities, joins, users)


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for reads only: on SQLite it does not take the write lock."""
    with engine.connect() as conn:
        conn.execution_options(reading=True)
        yield conn


def schema_name(app: str) -> str:
    return "app_" + re.sub(r"[^a-z0-9_]", "_", app)


class Storage:
    """Opens and caches the engines: the platform's own database and one per app."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.postgres = bool(settings.database_url and settings.database_url.startswith("postgres"))
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def _pg_url(self) -> str:
        url = self.settings.database_url or ""
        return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", url)

    def _sqlite_engine(self, path: Path) -> Engine:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            # Autocommit at the driver level, with BEGIN issued below, makes DDL part of the transaction, so a
            # migration that fails halfway leaves nothing behind.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _begin(connection) -> None:  # type: ignore[no-untyped-def]
            # Writers take the lock up front (no deadlock upgrading a read lock); readers never wait for it.
            reading = connection.get_execution_options().get("reading", False)
            connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

        return engine

    def _shared_pg(self) -> Engine:
        engine = self._engines.get("")
        if engine is None:
            engine = sa.create_engine(self._pg_url(), pool_pre_ping=True, pool_size=10, max_overflow=20)
            self._engines[""] = engine
        return engine

    def platform_engine(self) -> Engine:
        with self._lock:
            if self.postgres:
                return self._shared_pg()
            if "_platform" not in self._engines:
                self._engines["_platform"] = self._sqlite_engine(self.settings.data_dir / "platform.sqlite3")
            return self._engines["_platform"]

    def platform_schema(self) -> str | None:
        return "appforge" if self.postgres else None

    def create_platform_tables(self, meta: sa.MetaData) -> Engine:
        """Create the platform's own tables of `meta` (the platform's, the generation log's, the studio's) if missing;
        the platform's engine."""
        schema = self.platform_schema()
        engine = self.platform_engine()
        with engine.begin() as conn:
            if schema:
                # Several servers may share one PostgreSQL database and start together.
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242)")
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            meta.create_all(conn)
        return engine

    def app_engine(self, app: str) -> Engine:
        with self._lock:
            if self.postgres:
                return self._shared_pg()
            if app not in self._engines:
                self._engines[app] = self._sqlite_engine(self.app_path(app))
            return self._engines[app]

    def app_schema(self, app: str) -> str | None:
        return schema_name(app) if self.postgres else None

    def app_path(self, app: str) -> Path:
        return self.settings.data_dir / "apps" / f"{app}.sqlite3"

    def create_space(self, app: str) -> None:
        """Make room for a new app: its schema on PostgreSQL (SQLite creates the file on first use)."""
        if self.postgres:
            with self.app_engine(app).begin() as conn:
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema_name(app)}"')

    def drop_space(self, app: str) -> None:
        if self.postgres:
            with self.app_engine(app).begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema_name(app)}" CASCADE')
            return
        with self._lock:
            engine = self._engines.pop(app, None)
        if engine is not None:
            engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.app_path(app)) + suffix).unlink(missing_ok=True)

    def dispose(self) -> None:
        with self._lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()
