"""No step of an app's life loses a value: a Hypothesis state machine on real SQLite and PostgreSQL.

The model is deliberately simple: every physical column (by stable field id) holds {row id: value}; the live
spec is a list of (name, column id, type). Renames move names, type changes write converted values to a new
column, removals/restores/rollbacks only change which columns are live. After every step, every stored value
read through `Records` must be exactly what the model predicts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from appforge.runtime.migrate import MigrationError
from appforge.spec.model import SortKey
from tests.conftest import TestPlatform, make_platform

TYPES = ("integer", "decimal", "text")
NAMES = st.sampled_from(["alpha", "beta", "gamma", "delta", "omega", "size", "note"])
ENTITY_NAMES = st.sampled_from(["thing", "item", "entry", "record"])


def values_of(kind: str) -> st.SearchStrategy[Any]:
    if kind == "integer":
        return st.one_of(st.none(), st.integers(-10**6, 10**6))
    if kind == "decimal":
        return st.one_of(st.none(), st.integers(-40000, 40000).map(lambda n: n / 4))
    return st.one_of(st.none(), st.integers(-1000, 1000).map(str), st.integers(-400, 400).map(lambda n: str(n / 4)),
                     st.sampled_from(["abc", "hello world", "x"]))


def convert(value: Any, old: str, new: str) -> Any:
    """The model's type change; ValueError when the value does not fit."""
    if value is None:
        return None
    if new == "text":
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else str(value)
        return str(value)
    try:
        number = float(value)
    except ValueError:
        raise ValueError(value) from None
    if new == "integer":
        if not number.is_integer():
            raise ValueError(value)
        return int(number)
    return number


class NoDataLoss(RuleBasedStateMachine):
    platform: TestPlatform

    def __init__(self) -> None:
        super().__init__()
        self.entity = "thing"
        self.live: list[tuple[str, str, str]] = []  # (name, column id, type)
        self.columns: dict[str, dict[int, Any]] = {}
        self.rows: list[int] = []
        self.snapshots: list[tuple[str, list[tuple[str, str, str]]]] = []
        self.app = ""

    # --- plumbing -----------------------------------------------------------------------------------------------

    def spec_entity(self):
        return self.platform.current(self.app).spec.entity(self.entity)

    def column_id(self, name: str) -> str:
        return self.spec_entity().field(name).id

    def snapshot(self) -> None:
        self.snapshots.append((self.entity, list(self.live)))
        assert self.platform.current(self.app).number == len(self.snapshots)

    def apply(self, ops: list[dict[str, Any]]) -> None:
        self.platform.apply(self.app, ops)

    @initialize(rows=st.lists(st.tuples(values_of("integer"), values_of("text")), min_size=1, max_size=4))
    def start(self, rows: list[tuple[Any, Any]]) -> None:
        self.app = self.platform.new_app({"name": "nodataloss", "entities": [
            {"name": "thing", "fields": [{"name": "count", "type": "integer"}, {"name": "label", "type": "text"}]}]})
        self.live = [("count", self.column_id("count"), "integer"), ("label", self.column_id("label"), "text")]
        self.columns = {cid: {} for _, cid, _ in self.live}
        for count, label in rows:
            self._create({"count": count, "label": label})
        self.snapshot()

    def teardown(self) -> None:
        if self.app:
            self.platform.delete_app(self.app)

    def _create(self, values: dict[str, Any]) -> None:
        row = self.platform.records(self.app).create(self.entity, values)
        self.rows.append(row["id"])
        for name, cid, _ in self.live:
            self.columns[cid][row["id"]] = values.get(name)

    def live_names(self) -> list[str]:
        return [n for n, _, _ in self.live]

    # --- steps --------------------------------------------------------------------------------------------------

    @rule(name=NAMES, kind=st.sampled_from(TYPES), data=st.data())
    def add_field(self, name: str, kind: str, data: st.DataObject) -> None:
        if name in self.live_names():
            return
        default = data.draw(values_of(kind))
        field: dict[str, Any] = {"name": name, "type": kind}
        if default is not None:
            field["default"] = default
        self.apply([{"op": "add_field", "entity": self.entity, "field": field}])
        cid = self.column_id(name)
        assert cid not in self.columns, f"new field {name} reuses column {cid}"
        self.columns[cid] = {row: default for row in self.rows}
        self.live.append((name, cid, kind))
        self.snapshot()

    @precondition(lambda self: self.live)
    @rule(data=st.data(), to=NAMES)
    def rename_field(self, data: st.DataObject, to: str) -> None:
        index = data.draw(st.integers(0, len(self.live) - 1))
        name, cid, kind = self.live[index]
        if to in self.live_names():
            return
        self.apply([{"op": "rename_field", "entity": self.entity, "field": name, "to": to}])
        self.live[index] = (to, cid, kind)
        self.snapshot()

    @rule(to=ENTITY_NAMES)
    def rename_entity(self, to: str) -> None:
        if to == self.entity:
            return
        self.apply([{"op": "rename_entity", "entity": self.entity, "to": to}])
        self.entity = to
        self.snapshot()

    @precondition(lambda self: self.live)
    @rule(data=st.data())
    def remove_field(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.live) - 1))
        self.apply([{"op": "remove_field", "entity": self.entity, "field": self.live[index][0]}])
        del self.live[index]
        self.snapshot()

    @rule(data=st.data())
    def restore_field(self, data: st.DataObject) -> None:
        spec = self.platform.current(self.app).spec
        candidates = sorted({a.field.name for a in spec.archive if a.kind == "field" and a.field is not None
                             and a.entity == self.entity and a.replaced_by is None
                             and a.field.name not in self.live_names()})
        if not candidates:
            return
        name = data.draw(st.sampled_from(candidates))
        self.apply([{"op": "restore_field", "entity": self.entity, "field": name}])
        field = self.spec_entity().field(name)
        assert field.id in self.columns, f"restored {name} has a column the model never saw: {field.id}"
        self.live.append((name, field.id, field.type.value))
        self.snapshot()

    @precondition(lambda self: self.live)
    @rule(data=st.data(), new=st.sampled_from(TYPES))
    def change_type(self, data: st.DataObject, new: str) -> None:
        index = data.draw(st.integers(0, len(self.live) - 1))
        name, cid, old = self.live[index]
        if old == new:
            return
        try:
            converted = {row: convert(self.columns[cid].get(row), old, new) for row in self.rows}
        except ValueError:
            before = self.platform.current(self.app)
            with pytest.raises(MigrationError):
                self.apply([{"op": "change_type", "entity": self.entity, "field": name, "type": new}])
            assert self.platform.current(self.app).number == before.number
            assert self.platform.current(self.app).spec == before.spec
            return
        self.apply([{"op": "change_type", "entity": self.entity, "field": name, "type": new}])
        new_id = self.column_id(name)
        assert new_id not in self.columns, f"type change reuses column {new_id}"
        self.columns[new_id] = converted
        self.live[index] = (name, new_id, new)
        self.snapshot()

    @rule(data=st.data())
    def add_row(self, data: st.DataObject) -> None:
        values = {name: data.draw(values_of(kind)) for name, _, kind in self.live}
        self._create(values)

    @precondition(lambda self: self.live and self.rows)
    @rule(data=st.data())
    def update_row(self, data: st.DataObject) -> None:
        row = data.draw(st.sampled_from(self.rows))
        name, cid, kind = data.draw(st.sampled_from(self.live))
        value = data.draw(values_of(kind))
        self.platform.records(self.app).update(self.entity, row, {name: value})
        self.columns[cid][row] = value

    @precondition(lambda self: len(self.snapshots) > 1)
    @rule(data=st.data())
    def rollback(self, data: st.DataObject) -> None:
        number = data.draw(st.integers(1, len(self.snapshots) - 1))
        self.platform.rollback(self.app, number)
        self.entity, live = self.snapshots[number - 1]
        self.live = list(live)
        self.snapshot()

    # --- the promise --------------------------------------------------------------------------------------------

    @invariant()
    def every_value_is_where_the_model_says(self) -> None:
        if not self.app:
            return
        records = self.platform.records(self.app)
        page = records.list(self.entity, page_size=500, sort=[SortKey(field="id")])
        assert [r["id"] for r in page.rows] == self.rows
        expected_fields = {f: k for f, _, k in self.live}
        assert {f.name: f.type.value for f in self.spec_entity().fields} == expected_fields
        for row in page.rows:
            got = {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at", "created_by")}
            want = {name: _typed(self.columns[cid].get(row["id"]), kind) for name, cid, kind in self.live}
            assert got == want, f"row {row['id']}"
            for name, _, kind in self.live:
                if got[name] is not None:
                    assert type(got[name]) is {"integer": int, "decimal": float, "text": str}[kind], name


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    return {"integer": int, "decimal": float, "text": str}[kind](value)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_no_sequence_of_valid_steps_loses_a_value(kind: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        platform = make_platform(kind, Path(tmp) / "data")
        NoDataLoss.platform = platform
        try:
            run_state_machine_as_test(NoDataLoss, settings=settings(
                max_examples=20, stateful_step_count=10, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
        finally:
            platform.cleanup()
