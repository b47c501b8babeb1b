"""The people who sign in to one app: its own accounts table, apart from the studio's users and every other app's.

Part of `Records` (same connection, same transaction); kept apart because accounts are not rows of the spec's
entities and their rules (one account per email, a role the spec declares) are their own.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from appforge.runtime.storage import Tables
from appforge.runtime.values import RecordInvalid, iso_moment, utcnow
from appforge.spec.model import AppSpec


class AppUsers:
    """The account calls of `Records`, through its `tables.users` and `_connect`."""

    spec: AppSpec
    tables: Tables

    def create_user(self, email: str, name: str, password_hash: str, role: str | None) -> dict[str, Any]:
        users = self.tables.users
        with self._connect(write=True) as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.email == email)).first():
                raise RecordInvalid({"email": "there is already an account with this email"})
            result = conn.execute(users.insert().values(email=email, name=name, password_hash=password_hash,
                                                        role=role, created_at=utcnow()))
            user_id = int(result.inserted_primary_key[0])
        user = self.user_by_id(user_id)
        assert user is not None
        return user

    def _user(self, clause: sa.ColumnElement[bool]) -> dict[str, Any] | None:
        users = self.tables.users
        with self._connect() as conn:
            row = conn.execute(sa.select(users).where(clause)).mappings().first()
        if row is None:
            return None
        return {**row, "id": int(row["id"]), "created_at": iso_moment(row["created_at"])}

    def user_by_email(self, email: str) -> dict[str, Any] | None:
        return self._user(self.tables.users.c.email == email)

    def user_by_id(self, user_id: int) -> dict[str, Any] | None:
        return self._user(self.tables.users.c.id == int(user_id))

    def list_users(self) -> list[dict[str, Any]]:
        users = self.tables.users
        with self._connect() as conn:
            rows = conn.execute(sa.select(users.c.id, users.c.email, users.c.name, users.c.role, users.c.created_at)
                                .order_by(users.c.id)).mappings().all()
        return [{**r, "created_at": iso_moment(r["created_at"])} for r in rows]

    def user_choices(self) -> list[tuple[int, str]]:
        return [(u["id"], u["name"]) for u in self.list_users()]

    def user_label(self, user_id: int) -> str:
        user = self.user_by_id(user_id)
        return user["name"] if user else f"User #{user_id}"

    def set_user_role(self, user_id: int, role: str | None) -> None:
        if role is not None and self.spec.role(role) is None:
            raise RecordInvalid({"role": f"there is no role {role!r}"})
        users = self.tables.users
        with self._connect(write=True) as conn:
            conn.execute(users.update().where(users.c.id == int(user_id)).values(role=role))

    def count_users(self) -> int:
        users = self.tables.users
        with self._connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(users)).scalar_one()
