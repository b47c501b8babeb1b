"""Migrations through `Platform.apply` on real SQLite and PostgreSQL: no value is ever lost, refusals change nothing."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.runtime.migrate import MigrationError
from appforge.spec.operations import OperationError

LIB: dict[str, Any] = {
    "name": "lib", "title": "Library",
    "entities": [{"name": "book", "fields": [
        {"name": "title", "required": True},
        {"name": "pages", "type": "text"},
        {"name": "year", "type": "integer"},
        {"name": "shelf"},
    ]}],
}
ROWS = [{"title": "Dune", "pages": "412", "year": 1965, "shelf": "A"},
        {"title": "Emma", "pages": "474", "year": 1815, "shelf": "A"},
        {"title": "Ubik", "pages": None, "year": None, "shelf": None}]


@pytest.fixture
def lib(backend):
    name = backend.new_app(LIB)
    records = backend.records(name)
    for row in ROWS:
        records.create("book", row)
    return backend, name


def books(platform, name, entity="book"):
    from appforge.spec.model import SortKey

    return platform.records(name).list(entity, page_size=500, sort=[SortKey(field="id")]).rows


def column(platform, name, field, entity="book"):
    return {r["title"]: r.get(field, "<absent>") for r in books(platform, name, entity)}


def state(platform, name):
    return platform.current(name), books(platform, name)


def assert_unchanged(platform, name, before):
    version, rows = before
    now = platform.current(name)
    assert now.number == version.number
    assert now.spec == version.spec
    assert books(platform, name) == rows


def test_add_field_keeps_rows_and_fills_the_default(lib):
    platform, name = lib
    before = books(platform, name)
    platform.apply(name, [{"op": "add_field", "entity": "book", "field": {"name": "isbn"}},
                          {"op": "add_field", "entity": "book",
                           "field": {"name": "copies", "type": "integer", "default": 1}}])
    after = books(platform, name)
    for old, new in zip(before, after, strict=True):
        assert {k: new[k] for k in old if k != "updated_at"} == {k: v for k, v in old.items() if k != "updated_at"}
        assert new["isbn"] is None and new["copies"] == 1


def test_rename_field_and_entity_keep_every_value(lib):
    platform, name = lib
    platform.apply(name, [{"op": "rename_field", "entity": "book", "field": "shelf", "to": "location"}])
    assert column(platform, name, "location") == {"Dune": "A", "Emma": "A", "Ubik": None}
    platform.apply(name, [{"op": "rename_entity", "entity": "book", "to": "volume"}])
    rows = books(platform, name, "volume")
    assert [(r["title"], r["pages"], r["year"], r["location"]) for r in rows] == [
        (r["title"], r["pages"], r["year"], r["shelf"]) for r in ROWS]


def test_removed_field_comes_back_with_values_on_restore_and_on_rollback(lib):
    platform, name = lib
    v1 = platform.current(name).number
    platform.apply(name, [{"op": "remove_field", "entity": "book", "field": "year"}])
    assert "year" not in books(platform, name)[0]
    platform.apply(name, [{"op": "restore_field", "entity": "book", "field": "year"}])
    assert column(platform, name, "year") == {"Dune": 1965, "Emma": 1815, "Ubik": None}
    platform.apply(name, [{"op": "remove_field", "entity": "book", "field": "year"}])
    platform.rollback(name, v1)
    assert column(platform, name, "year") == {"Dune": 1965, "Emma": 1815, "Ubik": None}


def test_change_type_converts_values(lib):
    platform, name = lib
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "pages", "type": "integer"}])
    assert column(platform, name, "pages") == {"Dune": 412, "Emma": 474, "Ubik": None}
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "year", "type": "text"}])
    assert column(platform, name, "year") == {"Dune": "1965", "Emma": "1815", "Ubik": None}
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "shelf", "type": "choice",
                           "options": [{"value": "A"}, {"value": "B"}]}])
    assert column(platform, name, "shelf") == {"Dune": "A", "Emma": "A", "Ubik": None}
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "pages", "type": "decimal"}])
    assert column(platform, name, "pages") == {"Dune": 412.0, "Emma": 474.0, "Ubik": None}


def test_change_type_rollback_brings_back_the_old_values(lib):
    platform, name = lib
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "pages", "type": "integer"}])
    platform.rollback(name, 1)
    assert column(platform, name, "pages") == {"Dune": "412", "Emma": "474", "Ubik": None}
    platform.apply(name, [{"op": "change_type", "entity": "book", "field": "pages", "type": "integer"}])
    assert column(platform, name, "pages") == {"Dune": 412, "Emma": 474, "Ubik": None}


def test_a_change_type_that_does_not_convert_is_refused_naming_the_rows(lib):
    platform, name = lib
    platform.records(name).create("book", {"title": "Odd", "pages": "lots"})
    before = state(platform, name)
    with pytest.raises(MigrationError) as info:
        platform.apply(name, [{"op": "change_type", "entity": "book", "field": "pages", "type": "integer"}])
    odd = next(r for r in before[1] if r["title"] == "Odd")
    assert info.value.rows == [(odd["id"], "lots")]
    assert f"row {odd['id']}" in str(info.value)
    assert_unchanged(platform, name, before)
    with pytest.raises(MigrationError):
        platform.apply(name, [{"op": "change_type", "entity": "book", "field": "shelf", "type": "choice",
                               "options": [{"value": "B"}]}])
    assert_unchanged(platform, name, before)


@pytest.mark.parametrize(("setting", "expect"), [
    ({"required": True}, "Ubik"), ({"unique": True}, "Dune"),
])
def test_tightening_a_constraint_stored_rows_break_is_refused_naming_them(lib, setting, expect):
    platform, name = lib
    before = state(platform, name)
    with pytest.raises(MigrationError) as info:
        platform.apply(name, [{"op": "set_field", "entity": "book", "field": "shelf", **setting}])
    ids = {r["title"]: r["id"] for r in before[1]}
    assert ids[expect] in [row_id for row_id, _ in info.value.rows]
    assert_unchanged(platform, name, before)


def test_tightening_max_on_breaking_rows_is_refused(lib):
    platform, name = lib
    before = state(platform, name)
    with pytest.raises(MigrationError) as info:
        platform.apply(name, [{"op": "set_field", "entity": "book", "field": "year", "max": 1900}])
    assert [row_id for row_id, _ in info.value.rows] == [next(r["id"] for r in before[1] if r["title"] == "Dune")]
    assert_unchanged(platform, name, before)


def test_a_constraint_the_rows_satisfy_is_applied_and_enforced(lib):
    platform, name = lib
    platform.apply(name, [{"op": "set_field", "entity": "book", "field": "title", "unique": True}])
    from appforge.runtime.records import RecordInvalid

    with pytest.raises(RecordInvalid):
        platform.records(name).create("book", {"title": "Dune"})


def test_a_batch_with_one_bad_operation_changes_nothing(lib):
    platform, name = lib
    before = state(platform, name)
    with pytest.raises(OperationError) as info:
        platform.apply(name, [{"op": "add_field", "entity": "book", "field": {"name": "isbn"}},
                              {"op": "rename_field", "entity": "book", "field": "nope", "to": "x"}])
    assert info.value.index == 2
    assert_unchanged(platform, name, before)
    with pytest.raises(MigrationError):
        platform.apply(name, [{"op": "add_field", "entity": "book", "field": {"name": "isbn"}},
                              {"op": "change_type", "entity": "book", "field": "title", "type": "integer"}])
    assert_unchanged(platform, name, before)
    assert "isbn" not in books(platform, name)[0]
