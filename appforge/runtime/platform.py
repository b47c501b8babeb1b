"""The registry of apps and their numbered versions: create, apply operations, roll back.

Every applied batch of operations is a version; `apply` and `rollback` either change the spec, the database and
the version history together, or change nothing. A rollback is itself a new version whose live spec is the old
one: what is live now but was not then goes to the archive, so its data stays and ids are never reused.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from appforge.runtime.migrate import MigrationError, migrate
from appforge.runtime.records import RecordInvalid, Records, utcnow
from appforge.runtime.storage import Storage, reading
from appforge.settings import Settings
from appforge.spec.model import READ_ONLY_TYPES, AppSpec, Archived, FieldType
from appforge.spec.operations import Operation, OperationError, SeedRows, apply_operations, parse_operations

REVALIDATE_S = 1.0

__all__ = ["AppExists", "AppInfo", "AppNotFound", "AppVersion", "MigrationError", "OperationError", "Platform"]


class AppNotFound(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"there is no app {name!r}")
        self.name = name


class AppExists(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"there is already an app {name!r}; choose another name")


@dataclass(frozen=True)
class AppVersion:
    app: str
    number: int
    spec: AppSpec
    operations: list[dict[str, Any]]
    message: str
    author: str | None
    created_at: str


@dataclass(frozen=True)
class AppInfo:
    name: str
    title: str
    version: int
    owner: str | None
    created_at: str


class Platform:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir
        self.storage = Storage(settings)
        schema = self.storage.platform_schema()
        self._meta = sa.MetaData(schema=schema)
        self._apps = sa.Table(
            "apps", self._meta,
            sa.Column("name", sa.String(64), primary_key=True),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("owner", sa.Text),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        self._versions = sa.Table(
            "versions", self._meta,
            sa.Column("app", sa.String(64), primary_key=True),
            sa.Column("number", sa.Integer, primary_key=True),
            sa.Column("spec", sa.Text, nullable=False),
            sa.Column("operations", sa.Text, nullable=False),
            sa.Column("message", sa.Text, nullable=False),
            sa.Column("author", sa.Text),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        self.storage.create_platform_tables(self._meta)
        self._locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._records: dict[str, Records] = {}
        self._current: dict[str, tuple[AppVersion, float]] = {}

    # --- reading ----------------------------------------------------------------------------------------------

    def list_apps(self) -> list[AppInfo]:
        apps, versions = self._apps, self._versions
        latest = sa.select(versions.c.app, sa.func.max(versions.c.number).label("n")).group_by(versions.c.app).subquery()
        statement = (sa.select(apps, latest.c.n).join(latest, latest.c.app == apps.c.name).order_by(apps.c.name))
        with reading(self.storage.platform_engine()) as conn:
            return [AppInfo(r.name, r.title, r.n, r.owner, _iso(r.created_at)) for r in conn.execute(statement)]

    def has_app(self, name: str) -> bool:
        if self.cached_current(name) is not None:
            return True
        with reading(self.storage.platform_engine()) as conn:
            return conn.execute(sa.select(self._apps.c.name).where(self._apps.c.name == name)).first() is not None

    def owner(self, name: str) -> str | None:
        """Who the app belongs to (the studio's builder key), None for an app nobody owns (the examples, the CLI's)."""
        with reading(self.storage.platform_engine()) as conn:
            row = conn.execute(sa.select(self._apps.c.owner).where(self._apps.c.name == name)).first()
        if row is None:
            raise AppNotFound(name)
        return row.owner

    def set_owner(self, name: str, owner: str | None) -> None:
        with self.storage.platform_engine().begin() as conn:
            if conn.execute(self._apps.update().where(self._apps.c.name == name).values(owner=owner)).rowcount == 0:
                raise AppNotFound(name)

    def current(self, name: str) -> AppVersion:
        cached = self.cached_current(name)
        if cached is not None:
            return cached
        versions = self._versions
        with reading(self.storage.platform_engine()) as conn:
            number = conn.execute(sa.select(sa.func.max(versions.c.number)).where(versions.c.app == name)).scalar()
        if number is None:
            raise AppNotFound(name)
        previous = self._current.get(name)
        version = previous[0] if previous and previous[0].number == number else self.version(name, number)
        self._current[name] = (version, time.monotonic())
        return version

    def cached_current(self, name: str) -> AppVersion | None:
        """The current version without touching the database, if it was checked within REVALIDATE_S.

        Changes made through this platform are seen at once (they drop the entry); changes made by another
        process on the same data (`appforge apply` while the server runs) are seen within REVALIDATE_S.
        """
        entry = self._current.get(name)
        if entry is not None and time.monotonic() - entry[1] < REVALIDATE_S:
            return entry[0]
        return None

    def version(self, name: str, number: int) -> AppVersion:
        versions = self._versions
        with reading(self.storage.platform_engine()) as conn:
            row = conn.execute(sa.select(versions).where(versions.c.app == name, versions.c.number == number)).first()
        if row is None:
            if not self.has_app(name):
                raise AppNotFound(name)
            raise LookupError(f"app {name!r} has no version {number}")
        return _version(row)

    def versions(self, name: str) -> list[AppVersion]:
        versions = self._versions
        with reading(self.storage.platform_engine()) as conn:
            rows = conn.execute(sa.select(versions).where(versions.c.app == name).order_by(versions.c.number)).all()
        if not rows:
            raise AppNotFound(name)
        return [_version(r) for r in rows]

    def records(self, name: str) -> Records:
        version = self.current(name)
        cached = self._records.get(name)
        if cached is None or cached.spec is not version.spec:
            cached = Records(version.spec, self.storage.app_engine(name), self.storage.app_schema(name))
            self._records[name] = cached
        return cached

    # --- changing ---------------------------------------------------------------------------------------------

    def create_app(self, spec: AppSpec, *, message: str = "created", author: str | None = None,
                   operations: list[Operation] | None = None) -> AppVersion:
        """Store a new app as version 1 and create its tables and seed rows; `operations` are those that built the
        spec from nothing (a generated app), kept in the version like any later batch."""
        name = spec.name
        with self._locks[name]:
            if self.has_app(name):
                raise AppExists(name)
            self.storage.create_space(name)
            try:
                with self.storage.platform_engine().begin() as pconn:
                    pconn.execute(self._apps.insert().values(name=name, title=spec.heading, owner=author,
                                                             created_at=utcnow()))
                    self._insert_version(pconn, name, 1, spec, _dumped(operations or []), message, author)
                    with self.storage.app_engine(name).begin() as conn:
                        migrate(conn, None, spec, self.storage.app_schema(name))
                        self._seed(conn, name, spec, spec.seed)
            except BaseException:
                self.storage.drop_space(name)
                raise
        return self.current(name)

    def apply(self, name: str, operations: list[Operation] | list[dict[str, Any]], *, message: str = "",
              author: str | None = None) -> AppVersion:
        """Apply a batch: new spec, migrated database, seed rows, version N+1; or an error and no change."""
        with self._locks[name]:
            current = self.current(name)
            ops = parse_operations(list(operations))
            new = apply_operations(current.spec, ops)
            seeds: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for op in ops:
                if isinstance(op, SeedRows):
                    seeds[op.entity].extend(op.rows)
            return self._commit(name, current, new, _dumped(ops), message or _summary(ops), author, seeds)

    def rollback(self, name: str, number: int, *, author: str | None = None) -> AppVersion:
        with self._locks[name]:
            current = self.current(name)
            target = self.version(name, number)
            spec = rolled_back_spec(current.spec, target.spec)
            return self._commit(name, current, spec, [{"op": "rollback", "to": number}],
                                f"rolled back to version {number}", author, {})

    def replace_spec(self, name: str, spec: AppSpec, *, message: str = "edited the spec",
                     author: str | None = None) -> AppVersion:
        """Make `spec` (edited by hand, say) current as a new version. What it drops goes to the archive with its data,
        as in a rollback; the name cannot change (it is the app's address)."""
        if spec.name != name:
            raise OperationError(0, "edit_spec", f"the app's name is its address: keep {name!r}")
        with self._locks[name]:
            current = self.current(name)
            new = rolled_back_spec(current.spec, spec)
            return self._commit(name, current, new, [{"op": "edit_spec"}], message, author, {})

    def _commit(self, name: str, current: AppVersion, new: AppSpec, operations: list[dict[str, Any]], message: str,
                author: str | None, seeds: dict[str, list[dict[str, Any]]]) -> AppVersion:
        with self.storage.platform_engine().begin() as pconn:
            self._insert_version(pconn, name, current.number + 1, new, operations, message, author)
            pconn.execute(self._apps.update().where(self._apps.c.name == name).values(title=new.heading))
            with self.storage.app_engine(name).begin() as conn:
                migrate(conn, current.spec, new, self.storage.app_schema(name))
                self._seed(conn, name, new, seeds)
        self._current.pop(name, None)
        return self.current(name)

    def _insert_version(self, conn: sa.Connection, name: str, number: int, spec: AppSpec,
                        operations: list[dict[str, Any]], message: str, author: str | None) -> None:
        conn.execute(self._versions.insert().values(
            app=name, number=number, spec=spec.model_dump_json(exclude_defaults=True),
            operations=json.dumps(operations), message=message, author=author, created_at=utcnow(),
        ))

    def _seed(self, conn: sa.Connection, name: str, spec: AppSpec, seeds: dict[str, list[dict[str, Any]]]) -> None:
        """Insert sample rows; a reference may name the other row by its display value."""
        records = Records(spec, self.storage.app_engine(name), self.storage.app_schema(name))
        ordered = sorted(seeds.items(), key=lambda item: _dependency_rank(spec, item[0]))
        with records.bound(conn) as bound:
            for entity_name, rows in ordered:
                entity = spec.entity(entity_name)
                if entity is None:
                    continue
                for n, row in enumerate(rows, start=1):
                    values = {}
                    for key, value in row.items():
                        field = entity.field(key)
                        if field is None or field.type in READ_ONLY_TYPES:
                            continue
                        values[key] = _resolve(bound, field, value)
                    try:
                        bound.create(entity_name, values)
                    except RecordInvalid as exc:
                        raise RecordInvalid({f"seed {entity_name} row {n}, {k}": v for k, v in exc.errors.items()}) from None

    def delete_app(self, name: str) -> None:
        with self._locks[name]:
            if not self.has_app(name):
                raise AppNotFound(name)
            with self.storage.platform_engine().begin() as pconn:
                pconn.execute(self._versions.delete().where(self._versions.c.app == name))
                pconn.execute(self._apps.delete().where(self._apps.c.name == name))
            self.storage.drop_space(name)
            self._records.pop(name, None)
            self._current.pop(name, None)

    def close(self) -> None:
        self.storage.dispose()


def rolled_back_spec(current: AppSpec, target: AppSpec) -> AppSpec:
    """`target`'s live spec, with an archive that also keeps everything live in `current` that `target` lacks."""
    live_entities = {e.id for e in target.entities}
    live_fields = {(e.id, f.id) for e in target.entities for f in e.fields}
    entity_name = {e.id: e.name for e in target.entities}
    current_ids = {e.name: e.id for e in current.entities}
    archive: list[Archived] = list(target.archive)
    seen = {_archive_key(a, {e.name: e.id for e in target.entities}) for a in archive}

    def keep(item: Archived, ids: dict[str, str]) -> None:
        key = _archive_key(item, ids)
        if key in seen:
            return
        if item.kind == "entity" and item.definition is not None and item.definition.id in live_entities:
            return
        if item.kind == "field" and item.field is not None:
            owner = ids.get(item.entity, item.entity)
            if (owner, item.field.id) in live_fields:
                return
            if owner in entity_name:
                item = item.model_copy(update={"entity": entity_name[owner], "replaced_by": None})
        seen.add(key)
        archive.append(item)

    archived_ids = {a.entity: a.definition.id for a in current.archive if a.kind == "entity" and a.definition}
    for item in current.archive:
        keep(item, {**archived_ids, **current_ids})
    for entity in current.entities:
        if entity.id not in live_entities:
            keep(Archived(kind="entity", entity=entity.name, definition=entity), current_ids)
            continue
        for field in entity.fields:
            if (entity.id, field.id) not in live_fields:
                keep(Archived(kind="field", entity=entity.name, field=field), current_ids)
    data = target.model_dump()
    data["archive"] = [a.model_dump() for a in archive]
    return AppSpec.model_validate(data)


def _archive_key(item: Archived, ids: dict[str, str]) -> tuple[str, str, str]:
    if item.kind == "entity" and item.definition is not None:
        return ("entity", item.definition.id, "")
    return ("field", ids.get(item.entity, item.entity), item.field.id if item.field else "")


def _resolve(records: Records, field: Any, value: Any) -> Any:
    if field.type == FieldType.reference and isinstance(value, str) and not value.isdigit():
        return _find(records, field.target, value)
    if field.type == FieldType.many_to_many and isinstance(value, list):
        return [_find(records, field.target, v) if isinstance(v, str) and not v.isdigit() else v for v in value]
    return value


def _find(records: Records, entity_name: str, label: str) -> int | str:
    entity = records.spec.entity(entity_name)
    if entity is None:
        return label
    for row in records.list(entity_name, page_size=500).rows:
        if str(row.get(entity.display())) == label:
            return row["id"]
    return label


def _dependency_rank(spec: AppSpec, entity_name: str, seen: frozenset[str] = frozenset()) -> int:
    """Entities that others refer to are seeded first, so labels resolve."""
    entity = spec.entity(entity_name)
    if entity is None or entity_name in seen:
        return 0
    targets = {f.target for f in entity.fields if f.target and f.target != entity_name}
    return 1 + max((_dependency_rank(spec, t, seen | {entity_name}) for t in targets), default=-1)


def _dumped(ops: list[Operation]) -> list[dict[str, Any]]:
    return [op.model_dump(mode="json", exclude_unset=True) | {"op": op.op} for op in ops]


def _summary(ops: list[Operation]) -> str:
    return "; ".join(op.summary() for op in ops)[:500]


def _version(row: Any) -> AppVersion:
    return AppVersion(app=row.app, number=row.number, spec=AppSpec.model_validate_json(row.spec),
                      operations=json.loads(row.operations), message=row.message, author=row.author,
                      created_at=_iso(row.created_at))


def _iso(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    return str(value)
