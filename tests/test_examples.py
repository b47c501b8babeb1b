"""The example apps: valid, alive (seed rows that fit), together showing every view and field type, and loaded into a
fresh platform on first start with their rows."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from appforge.examples import (
    SEED_ANCHOR,
    example_files,
    load_examples,
    load_examples_on_first_start,
    read_example,
    shift_seed_dates,
    week_shift,
)
from appforge.settings import Settings
from appforge.spec.model import AppSpec, FieldType, ViewType, WidgetType
from appforge.spec.validate import value_problem

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FILES = example_files(EXAMPLES)
HAS_PLATFORM = (REPO / "appforge" / "runtime" / "platform.py").exists()
needs_platform = pytest.mark.skipif(not HAS_PLATFORM, reason="appforge/runtime/platform.py is not written yet")


def raw(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())


def by_name(name: str) -> AppSpec:
    return AppSpec.model_validate(raw(EXAMPLES / f"{name}.json"))


def test_there_are_the_promised_examples() -> None:
    assert {p.stem for p in FILES} >= {"salon", "tasks", "plants"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_example_is_a_valid_spec_named_after_its_file(path: Path) -> None:
    spec = AppSpec.model_validate(raw(path))
    assert spec.name == path.stem
    assert spec.title and spec.description
    assert spec.theme.icon and spec.theme.primary != "#4f46e5", "each example has its own theme"
    assert spec.nav and spec.home in {v.name for v in spec.views}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_entity_has_ten_to_thirty_seed_rows_that_fit(path: Path) -> None:
    spec = AppSpec.model_validate(raw(path))
    for entity in spec.entities:
        rows = spec.seed.get(entity.name, [])
        assert 10 <= len(rows) <= 30, f"{spec.name}.{entity.name} has {len(rows)} seed rows"
        for n, row in enumerate(rows, start=1):
            for field in entity.fields:
                value = row.get(field.name)
                if field.required and field.default is None:
                    assert value not in (None, ""), f"{spec.name}.{entity.name} row {n}: {field.name} is required"
                if value is None:
                    continue
                if field.type == FieldType.many_to_many:
                    target = len(spec.seed[field.target])
                    assert all(isinstance(v, int) and 1 <= v <= target for v in value)
                    continue
                problem = value_problem(field, value)
                assert problem is None, f"{spec.name}.{entity.name} row {n}, {field.name}={value!r}: {problem}"
                if field.type == FieldType.reference:
                    assert 1 <= value <= len(spec.seed[field.target]), f"row {n}: {field.name} points at nothing"
            unique = [f.name for f in entity.fields if f.unique]
            for name in unique:
                values = [r.get(name) for r in rows if r.get(name) is not None]
                assert len(values) == len(set(values)), f"{spec.name}.{entity.name}.{name} repeats a value"


def test_seed_rows_of_a_referenced_entity_come_first() -> None:
    """Rows get ids 1, 2, ... in seed order, so a reference can only point at an entity seeded before it."""
    for path in FILES:
        spec = AppSpec.model_validate(raw(path))
        order = list(spec.seed)
        for entity in spec.entities:
            for field in entity.fields:
                if field.type in (FieldType.reference, FieldType.many_to_many) and entity.name in spec.seed:
                    assert order.index(field.target) < order.index(entity.name)


def test_together_the_examples_show_every_view_type_and_every_field_type() -> None:
    specs = [AppSpec.model_validate(raw(p)) for p in FILES]
    views = {v.type for s in specs for v in s.views}
    fields = {f.type for s in specs for e in s.entities for f in e.fields}
    widgets = {w.type for s in specs for v in s.views for w in v.widgets}
    assert views == set(ViewType)
    assert widgets == set(WidgetType)
    assert set(FieldType) - fields == set(), f"no example uses {sorted(t.value for t in set(FieldType) - fields)}"


def test_the_salon_only_lets_managers_delete_appointments_and_stylists_update_their_own() -> None:
    salon = by_name("salon")
    rules = {(p.entity, p.action, tuple(p.roles), p.own) for p in salon.permissions}
    assert [p.roles for p in salon.permissions if p.entity == "appointment" and p.action == "delete"] == [["manager"]]
    assert ("appointment", "update", ("stylist",), True) in rules
    assert {r.name for r in salon.roles} == {"manager", "stylist"}
    kinds = {v.type for v in salon.views}
    assert {ViewType.calendar, ViewType.kanban, ViewType.dashboard} <= kinds
    status = salon.entity("appointment").field("status")
    assert all(o.color for o in status.options)


def test_the_tasks_app_is_a_sign_in_app_and_the_plants_app_is_public() -> None:
    assert by_name("tasks").auth.access == "signin"
    plants = by_name("plants")
    assert plants.auth.access == "public"
    assert {ViewType.cards, ViewType.calendar} <= {v.type for v in plants.views}
    assert plants.entity("plant").field("days_until_water").type == FieldType.computed


def test_seed_dates_move_by_whole_weeks_to_the_current_week() -> None:
    today = dt.date(2027, 3, 18)  # a Thursday
    shift = week_shift(today)
    assert shift.days % 7 == 0 and SEED_ANCHOR + shift == dt.date(2027, 3, 15)
    data = raw(EXAMPLES / "salon.json")
    moved = shift_seed_dates(data, shift)
    before = data["seed"]["appointment"][0]["starts_at"]
    after = moved["seed"]["appointment"][0]["starts_at"]
    assert dt.datetime.fromisoformat(after) - dt.datetime.fromisoformat(before) == shift
    assert dt.datetime.fromisoformat(after).weekday() == dt.datetime.fromisoformat(before).weekday()
    assert data["seed"]["appointment"][0]["starts_at"] == before, "the file's data is not changed"
    assert read_example(EXAMPLES / "salon.json", today).seed["appointment"][0]["starts_at"] == after


# --- loading into a platform ----------------------------------------------------------------------------------------


def count_rows(platform: Any, app: str, entity: str) -> int:
    records = platform.records(app)
    for name in ("count", "count_rows"):
        method = getattr(records, name, None)
        if callable(method):
            return int(method(entity))
    listed = records.list(entity, page_size=500)
    rows = listed.get("rows", listed.get("items")) if isinstance(listed, dict) else getattr(listed, "rows", listed)
    return len(rows)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=None, secret_key="s" * 40, examples_dir=EXAMPLES)


@needs_platform
def test_first_start_loads_every_example_with_its_seed_rows(settings: Settings) -> None:
    from appforge.runtime.platform import Platform

    platform = Platform(settings)
    created = load_examples_on_first_start(platform, settings)
    assert sorted(created) == sorted(p.stem for p in FILES)
    for path in FILES:
        spec = AppSpec.model_validate(raw(path))
        assert platform.has_app(spec.name)
        assert platform.current(spec.name).number == 1
        for entity, rows in spec.seed.items():
            assert count_rows(platform, spec.name, entity) == len(rows), f"{spec.name}.{entity}"

    again = Platform(settings)
    assert load_examples_on_first_start(again, settings) == [], "a second start loads nothing"
    assert load_examples(again, settings) == [], "apps that exist are never loaded twice"


def test_no_examples_folder_means_no_examples(tmp_path: Path) -> None:
    assert example_files(tmp_path / "missing") == []
