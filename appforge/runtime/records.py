"""The rows of one app at one spec version: the only way pages, the API and CSV read or write data.

Every value is checked here (types, options, bounds, patterns, required, unique, references), whatever the
client, and every statement goes through SQLAlchemy Core with bound parameters. `owner_id` narrows any call to
the rows a user created, which is how "own rows only" permissions hold everywhere at once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from appforge.runtime.appusers import AppUsers
from appforge.runtime.dashboards import DashboardFigures
from appforge.runtime.rowlabels import RowLabels
from appforge.runtime.storage import Tables, build_tables, has_column, reading
from appforge.runtime.values import RecordInvalid, iso_moment, to_db, to_json, utcnow
from appforge.spec.formula import evaluate_formula
from appforge.spec.model import (
    DATE_TYPES,
    OPTION_TYPES,
    READ_ONLY_TYPES,
    TEXTUAL_TYPES,
    AppSpec,
    Entity,
    Field,
    FieldType,
    Filter,
    SortKey,
)

SYSTEM = ("id", "created_at", "updated_at", "created_by")
# Stored exactly as the API shows them: no conversion on the way out.
PLAIN_TYPES = frozenset({FieldType.text, FieldType.long_text, FieldType.email, FieldType.url, FieldType.phone,
                         FieldType.choice, FieldType.image, FieldType.file})


class UnknownEntity(LookupError):
    pass


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


class Records(AppUsers, DashboardFigures, RowLabels):
    """Every read and write of one app's rows and accounts (`AppUsers`), its dashboards' figures
    (`DashboardFigures`) and the labels and pickers pages show rows by (`RowLabels`)."""


    def __init__(self, spec: AppSpec, engine: Engine, schema: str | None) -> None:
        self.spec = spec
        self.engine = engine
        self.schema = schema
        self.tables: Tables = build_tables(spec, schema)
        self._conn: Connection | None = None
        self._plans: dict[str, tuple[list[tuple[str, str, Any]], list[tuple[str, Any]]]] = {}

    # --- plumbing ---------------------------------------------------------------------------------------------

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
            return
        if write:
            with self.engine.begin() as conn:
                yield conn
        else:
            with reading(self.engine) as conn:
                yield conn

    @contextmanager
    def bound(self, conn: Connection) -> Iterator[Records]:
        """These records, working inside the caller's transaction (seed rows during a migration, CSV imports)."""
        bound = Records.__new__(Records)
        bound.__dict__.update(self.__dict__)
        bound._conn = conn
        yield bound

    @contextmanager
    def transaction(self) -> Iterator[Records]:
        """All calls on the yielded records commit together or not at all."""
        with self._connect(write=True) as conn, self.bound(conn) as bound:
            yield bound

    def entity(self, name: str) -> Entity:
        entity = self.spec.entity(name)
        if entity is None:
            raise UnknownEntity(f"there is no entity {name!r}")
        return entity

    def _table(self, entity: Entity) -> sa.Table:
        return self.tables.entities[entity.name]

    def _column(self, entity: Entity, name: str) -> sa.ColumnElement[Any] | None:
        table = self._table(entity)
        if name in SYSTEM:
            return table.c[name]
        field = entity.field(name)
        if field is None or not has_column(field):
            return None
        return table.c[field.id]

    # --- reading ----------------------------------------------------------------------------------------------

    def _where(self, entity: Entity, *, search: str | None, filters: Sequence[Filter], owner_id: int | None,
               conn: Connection) -> list[sa.ColumnElement[bool]]:
        table = self._table(entity)
        clauses: list[sa.ColumnElement[bool]] = []
        if owner_id is not None:
            clauses.append(table.c.created_by == owner_id)
        if search and search.strip():
            needle = f"%{_escape_like(search.strip().lower())}%"
            columns = [table.c[f.id] for f in entity.fields
                       if has_column(f) and (f.type in TEXTUAL_TYPES or f.type == FieldType.choice)]
            if columns:
                clauses.append(sa.or_(*[sa.func.lower(c).like(needle, escape="\\") for c in columns]))
            else:
                clauses.append(sa.false())
        for flt in filters:
            clauses.append(self._filter(entity, flt, owner_id, conn))
        return clauses

    def _filter(self, entity: Entity, flt: Filter, owner_id: int | None, conn: Connection) -> sa.ColumnElement[bool]:
        field = entity.field(flt.field)
        if field is not None and field.type == FieldType.many_to_many:
            join = self.tables.joins[(entity.name, field.name)]
            wanted = flt.value if isinstance(flt.value, list) else [flt.value]
            ids = [int(v) for v in wanted if str(v).lstrip("-").isdigit()]
            if any(abs(i) > 2**63 - 1 for i in ids):
                raise RecordInvalid({flt.field: f"cannot filter by {flt.value!r}: too large"})
            inner = sa.select(join.c.left_id).where(join.c.right_id.in_(ids))
            return self._table(entity).c.id.in_(inner) if flt.op not in ("ne",) else self._table(entity).c.id.not_in(inner)
        column = self._column(entity, flt.field)
        if column is None:
            raise RecordInvalid({flt.field: f"cannot filter on {flt.field!r}"})
        if flt.op == "empty":
            return column.is_(None)
        if flt.op == "not_empty":
            return column.is_not(None)
        value = self._filter_value(field, flt.value, owner_id, flt.field)
        if field is not None and field.type == FieldType.tags:
            needle = f'%"{_escape_like(str(value))}"%'
            return sa.cast(column, sa.Text).like(needle, escape="\\")
        if flt.op == "in":
            values = value if isinstance(value, list) else [v.strip() for v in str(value).split(",")]
            return column.in_([self._filter_value(field, v, owner_id, flt.field) for v in values])
        if flt.op == "contains":
            return sa.func.lower(sa.cast(column, sa.Text)).like(f"%{_escape_like(str(value).lower())}%", escape="\\")
        comparisons = {"eq": column.__eq__, "ne": column.__ne__, "lt": column.__lt__, "le": column.__le__,
                       "gt": column.__gt__, "ge": column.__ge__}
        clause = comparisons[flt.op](value)
        if flt.op == "ne":
            clause = sa.or_(clause, column.is_(None))
        return clause

    def _filter_value(self, field: Field | None, value: Any, owner_id: int | None, name: str = "") -> Any:
        if value == "me":
            return owner_id if owner_id is not None else -1
        if field is None:
            return _system_filter_value(name, value)
        if value == "today" and field.type in DATE_TYPES:
            return dt.date.today()
        if isinstance(value, list):
            return value
        try:
            if field.type in OPTION_TYPES or field.type in TEXTUAL_TYPES or field.type in (FieldType.image, FieldType.file):
                return str(value)
            # A filter compares against any value of the type, not only one the field would accept.
            return to_db(field.model_copy(update={"min": None, "max": None, "pattern": None}), value)
        except ValueError:
            raise RecordInvalid({field.name: f"cannot filter by {value!r}"}) from None

    def _order(self, entity: Entity, sort: Sequence[SortKey]) -> list[sa.ColumnElement[Any]]:
        keys = list(sort) or list(entity.order_by) or [SortKey(field="id", desc=True)]
        order = []
        for key in keys:
            column = self._column(entity, key.field)
            if column is not None:
                order.append(column.desc() if key.desc else column.asc())
        order.append(self._table(entity).c.id.desc() if not keys or keys[0].desc else self._table(entity).c.id.asc())
        return order

    def list(self, entity_name: str, *, search: str | None = None, filters: Sequence[Filter] = (),
             sort: Sequence[SortKey] = (), page: int = 1, page_size: int = 25, owner_id: int | None = None) -> Page:
        entity = self.entity(entity_name)
        table = self._table(entity)
        page, page_size = max(1, int(page)), max(1, min(int(page_size), 500))
        with self._connect() as conn:
            where = self._where(entity, search=search, filters=filters, owner_id=owner_id, conn=conn)
            total = conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()
            statement = (sa.select(table).where(*where).order_by(*self._order(entity, sort))
                         .limit(page_size).offset((page - 1) * page_size))
            rows = self._rows(conn, entity, conn.execute(statement).mappings().all())
        return Page(rows=rows, total=total, page=page, page_size=page_size)

    def _plan(self, entity: Entity) -> tuple[list[tuple[str, str, Any]], list[tuple[str, Any]]]:
        """How to read each field of a row, worked out once per entity: (name, how, what) and the formulas."""
        plan = self._plans.get(entity.name)
        if plan is None:
            reads: list[tuple[str, str, Any]] = []
            for field in entity.fields:
                if field.type == FieldType.many_to_many:
                    reads.append((field.name, "links", None))
                elif field.type in (FieldType.created_at, FieldType.updated_at, FieldType.created_by):
                    reads.append((field.name, "system", field.type.value))
                elif field.type in PLAIN_TYPES:
                    reads.append((field.name, "plain", field.id))
                elif has_column(field):
                    reads.append((field.name, "column", field))
            formulas = [(f.name, f.formula) for f in entity.fields
                        if f.type == FieldType.computed and f.formula]
            plan = self._plans[entity.name] = (reads, formulas)
        return plan

    def _rows(self, conn: Connection, entity: Entity, raw: Sequence[Any]) -> list[dict[str, Any]]:
        ids = [r["id"] for r in raw]
        links: dict[str, dict[int, list[int]]] = {}
        for field in entity.fields:
            if field.type == FieldType.many_to_many:
                join = self.tables.joins[(entity.name, field.name)]
                found: dict[int, list[int]] = defaultdict(list)
                if ids:
                    statement = (sa.select(join.c.left_id, join.c.right_id).where(join.c.left_id.in_(ids))
                                 .order_by(join.c.right_id))
                    for left, right in conn.execute(statement):
                        found[left].append(int(right))
                links[field.name] = found
        reads, formulas = self._plan(entity)
        rows = []
        for r in raw:
            row: dict[str, Any] = {
                "id": int(r["id"]),
                "created_at": iso_moment(r["created_at"]),
                "updated_at": iso_moment(r["updated_at"]),
                "created_by": r["created_by"],
            }
            for name, how, what in reads:
                if how == "plain":
                    row[name] = r[what]
                elif how == "column":
                    row[name] = to_json(what, r[what.id])
                elif how == "links":
                    row[name] = links[name].get(r["id"], [])
                else:
                    row[name] = row[what]
            for name, function in formulas:
                row[name] = _plain(evaluate_formula(function, row))
            rows.append(row)
        return rows

    def get(self, entity_name: str, row_id: int, *, owner_id: int | None = None) -> dict[str, Any] | None:
        entity = self.entity(entity_name)
        table = self._table(entity)
        with self._connect() as conn:
            statement = sa.select(table).where(table.c.id == int(row_id))
            if owner_id is not None:
                statement = statement.where(table.c.created_by == owner_id)
            raw = conn.execute(statement).mappings().all()
            rows = self._rows(conn, entity, raw)
        return rows[0] if rows else None

    # --- writing ----------------------------------------------------------------------------------------------

    def _validate(self, conn: Connection, entity: Entity, values: dict[str, Any], *, creating: bool,
                  row_id: int | None = None) -> tuple[dict[str, Any], dict[str, list[int]]]:
        errors: dict[str, str] = {}
        columns: dict[str, Any] = {}
        links: dict[str, list[int]] = {}
        for key in values:
            field = entity.field(key)
            if key in SYSTEM:
                continue
            if field is None:
                errors[key] = f"{entity.title} has no field {key!r}"
            elif field.type in READ_ONLY_TYPES:
                errors[key] = "is filled in by the app and cannot be set"
        fields = [f for f in entity.fields if f.type not in READ_ONLY_TYPES]
        for field in fields:
            given = field.name in values
            value = values.get(field.name)
            if not given and creating and field.default is not None:
                value, given = field.default, True
            if field.type == FieldType.many_to_many:
                if given:
                    try:
                        ids = [int(v) for v in (value if isinstance(value, list) else _split_ids(value))]
                    except (TypeError, ValueError):
                        errors[field.name] = "must be a list of row ids"
                        continue
                    missing = self._missing(conn, field.target, ids)
                    if missing:
                        errors[field.name] = f"no {field.target} with id {missing[0]}"
                    elif field.required and not ids:
                        errors[field.name] = "is required"
                    else:
                        links[field.name] = sorted(set(ids))
                elif creating and field.required:
                    errors[field.name] = "is required"
                continue
            if not given:
                if creating and field.required:
                    errors[field.name] = "is required"
                continue
            try:
                stored = to_db(field, value)
            except ValueError as exc:
                errors[field.name] = str(exc)
                continue
            if stored is None and field.required:
                errors[field.name] = "is required"
                continue
            if stored is not None and field.type == FieldType.reference and self._missing(conn, field.target, [stored]):
                errors[field.name] = f"no {field.target} with id {stored}"
                continue
            users = self.tables.users
            if stored is not None and field.type == FieldType.user and \
                    conn.execute(sa.select(users.c.id).where(users.c.id == stored)).first() is None:
                errors[field.name] = f"no user with id {stored}"
                continue
            if stored is not None and field.unique and self._taken(conn, entity, field, stored, row_id):
                errors[field.name] = "is already used by another row; it must be unique"
                continue
            columns[field.id] = stored
        if errors:
            raise RecordInvalid(errors)
        return columns, links

    def _missing(self, conn: Connection, target: str | None, ids: list[int]) -> list[int]:
        if not ids or target is None:
            return []
        table = self._table(self.entity(target))
        found = set(conn.execute(sa.select(table.c.id).where(table.c.id.in_(ids))).scalars())
        return [i for i in ids if i not in found]

    def _taken(self, conn: Connection, entity: Entity, field: Field, value: Any, row_id: int | None) -> bool:
        table = self._table(entity)
        statement = sa.select(table.c.id).where(table.c[field.id] == value)
        if row_id is not None:
            statement = statement.where(table.c.id != row_id)
        return conn.execute(statement.limit(1)).first() is not None

    def _write_links(self, conn: Connection, entity: Entity, row_id: int, links: dict[str, list[int]]) -> None:
        for name, ids in links.items():
            join = self.tables.joins[(entity.name, name)]
            conn.execute(join.delete().where(join.c.left_id == row_id))
            if ids:
                conn.execute(join.insert(), [{"left_id": row_id, "right_id": i} for i in ids])

    def create(self, entity_name: str, values: dict[str, Any], *, user_id: int | None = None) -> dict[str, Any]:
        entity = self.entity(entity_name)
        table = self._table(entity)
        with self._connect(write=True) as conn:
            columns, links = self._validate(conn, entity, dict(values), creating=True)
            now = utcnow()
            try:
                result = conn.execute(table.insert().values(**columns, created_at=now, updated_at=now, created_by=user_id))
            except sa.exc.IntegrityError:
                raise RecordInvalid(_unique_error(entity)) from None
            row_id = int(result.inserted_primary_key[0])
            self._write_links(conn, entity, row_id, links)
            with self.bound(conn) as bound:
                row = bound.get(entity.name, row_id)
        assert row is not None
        return row

    def update(self, entity_name: str, row_id: int, values: dict[str, Any], *,
               owner_id: int | None = None) -> dict[str, Any] | None:
        entity = self.entity(entity_name)
        table = self._table(entity)
        with self._connect(write=True) as conn:
            with self.bound(conn) as bound:
                if bound.get(entity.name, row_id, owner_id=owner_id) is None:
                    return None
            columns, links = self._validate(conn, entity, dict(values), creating=False, row_id=int(row_id))
            try:
                conn.execute(table.update().where(table.c.id == int(row_id)).values(**columns, updated_at=utcnow()))
            except sa.exc.IntegrityError:
                raise RecordInvalid(_unique_error(entity)) from None
            self._write_links(conn, entity, int(row_id), links)
            with self.bound(conn) as bound:
                return bound.get(entity.name, row_id)

    def delete(self, entity_name: str, row_id: int, *, owner_id: int | None = None) -> bool:
        entity = self.entity(entity_name)
        table = self._table(entity)
        with self._connect(write=True) as conn:
            statement = table.delete().where(table.c.id == int(row_id))
            if owner_id is not None:
                statement = statement.where(table.c.created_by == owner_id)
            if conn.execute(statement).rowcount == 0:
                return False
            # Nothing may point at a row that is gone: references become empty, links disappear.
            for other in self.spec.entities:
                for field in other.fields:
                    if field.target != entity.name:
                        continue
                    if field.type == FieldType.reference:
                        other_table = self._table(other)
                        conn.execute(other_table.update().where(other_table.c[field.id] == int(row_id))
                                     .values({field.id: None}))
                    elif field.type == FieldType.many_to_many:
                        join = self.tables.joins[(other.name, field.name)]
                        conn.execute(join.delete().where(join.c.right_id == int(row_id)))
            for field in entity.fields:
                if field.type == FieldType.many_to_many:
                    join = self.tables.joins[(entity.name, field.name)]
                    conn.execute(join.delete().where(join.c.left_id == int(row_id)))
            return True


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


def _system_filter_value(name: str, value: Any) -> Any:
    """A filter value for `id`, `created_by`, `created_at` or `updated_at`, checked like any field's."""
    try:
        if name in ("created_at", "updated_at"):
            moment = dt.datetime.combine(dt.date.today(), dt.time()) if value == "today" else None
            moment = moment or dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        number = int(str(value))
    except (TypeError, ValueError, OverflowError):
        raise RecordInvalid({name: f"cannot filter by {value!r}"}) from None
    if abs(number) > 2**63 - 1:
        raise RecordInvalid({name: f"cannot filter by {value!r}: too large"})
    return number


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _split_ids(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


def _unique_error(entity: Entity) -> dict[str, str]:
    unique = [f.name for f in entity.fields if f.unique] or ["id"]
    return {name: "is already used by another row; it must be unique" for name in unique}
