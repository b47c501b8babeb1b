"""The spec model: an invalid spec never exists, and its refusal says what and where; formulas run safely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from appforge.spec.formula import FormulaError, evaluate_formula, formula_names, parse_formula
from appforge.spec.model import AppSpec, Field, FieldType
from appforge.spec.schema import spec_json_schema, write_schema
from appforge.spec.validate import value_problem
from tests.strategies import specs

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "spec.schema.json"


def spec(**parts: Any) -> dict[str, Any]:
    """A small valid spec as JSON, with `parts` replacing its top-level keys."""
    base: dict[str, Any] = {
        "name": "shop",
        "entities": [
            {
                "name": "product",
                "fields": [
                    {"name": "name", "required": True},
                    {"name": "price", "type": "money", "currency": "EUR", "min": 0},
                    {"name": "status", "type": "choice", "options": [{"value": "draft"}, {"value": "live"}]},
                    {"name": "launched", "type": "date"},
                    {"name": "maker", "type": "reference", "target": "maker"},
                ],
            },
            {"name": "maker", "fields": [{"name": "name"}]},
        ],
        "roles": [{"name": "manager"}],
    }
    return base | parts


def with_field(field: dict[str, Any]) -> dict[str, Any]:
    data = spec()
    data["entities"][0]["fields"].append(field)
    return data


def refusal(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        AppSpec.model_validate(data)
    return str(caught.value)


# --- valid specs ------------------------------------------------------------------------------------------------------


def test_a_valid_spec_gets_stable_ids_from_names() -> None:
    shop = AppSpec.model_validate(spec())
    assert [e.id for e in shop.entities] == ["product", "maker"]
    assert [f.id for f in shop.entity("product").fields] == ["name", "price", "status", "launched", "maker"]


def test_an_id_held_by_the_archive_is_never_given_again() -> None:
    data = spec(archive=[{"kind": "field", "entity": "product", "field": {"name": "name", "id": "name"}}])
    shop = AppSpec.model_validate(data)
    assert shop.entity("product").field("name").id == "name_2"


def test_widgets_get_ids_from_their_titles_unique_within_the_dashboard() -> None:
    widget = {"title": "Count!", "entity": "product"}
    shop = AppSpec.model_validate(spec(views=[{"name": "home", "type": "dashboard", "widgets": [widget, widget]}]))
    assert [w.id for w in shop.view("home").widgets] == ["count", "count_2"]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(specs())
def test_random_specs_are_valid_and_keep_their_ids_when_loaded_again(drawn: AppSpec) -> None:
    again = AppSpec.model_validate(drawn.model_dump())
    assert again == drawn
    for entity in drawn.entities:
        assert all(f.id for f in entity.fields)
        for f in entity.fields:
            if f.default is not None:
                assert value_problem(f, f.default) is None


# --- refusals say what and where --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (with_field({"name": "owner", "type": "reference", "target": "person"}),
         "entity 'product', field 'owner': target 'person' is not an entity of this app"),
        (with_field({"name": "tags", "type": "many_to_many"}), "field 'tags': a many_to_many field needs a target entity"),
        (with_field({"name": "name", "type": "integer"}), "field 'name': the entity already has a field with this name"),
        (with_field({"name": "created_at", "type": "date"}), "field 'created_at': 'created_at' is kept by the runtime"),
        (with_field({"name": "Bad Name"}), "field 'Bad Name': name must be snake_case"),
        (with_field({"name": "size", "type": "choice", "options": [{"value": "S"}], "default": "XL"}),
         "field 'size': default 'XL': must be one of S"),
        (with_field({"name": "size", "type": "choice"}), "field 'size': a choice field needs at least one option"),
        (with_field({"name": "size", "type": "tags", "options": [{"value": "a"}, {"value": "a"}]}),
         "options must be different from each other"),
        (with_field({"name": "total", "type": "computed", "formula": "price.real"}), "Attribute is not allowed"),
        (with_field({"name": "total", "type": "computed", "formula": "price * qty"}),
         "field 'total': formula reads 'qty', which is not a field of 'product'"),
        (with_field({"name": "total", "type": "computed"}), "field 'total': a computed field needs a formula"),
        (with_field({"name": "total", "type": "computed", "formula": "1", "required": True}), "cannot be required"),
        (with_field({"name": "qty", "type": "integer", "min": 5, "max": 1}), "field 'qty': min 5.0 is greater than max 1.0"),
        (with_field({"name": "qty", "type": "integer", "default": 1.5}), "default 1.5: must be a whole number"),
        (with_field({"name": "stars", "type": "rating", "default": 9}), "must be a rating from 1 to 5"),
        (with_field({"name": "cost", "type": "money", "currency": "eur"}), "currency 'eur' must be a three-letter code"),
        (with_field({"name": "on", "type": "boolean", "unique": True}), "a boolean field cannot be unique"),
        (with_field({"name": "code", "type": "integer", "pattern": "[0-9]+"}), "a pattern only applies to text-like"),
        (with_field({"name": "code", "pattern": "("}), "pattern '(' is not a valid regular expression"),
        (with_field({"name": "when", "type": "date", "min": "soon"}), "bound 'soon' is not an ISO date"),
        (spec(entities=[{"name": "users"}]), "entity 'users': 'users' is reserved"),
        (spec(name="My Shop"), "app name 'My Shop' must be lower case"),
        (spec(views=[{"name": "board", "type": "kanban", "entity": "product", "group_by": "name"}]),
         "view 'board': a kanban board groups by a choice field of 'product' (group_by)"),
        (spec(views=[{"name": "cal", "type": "calendar", "entity": "product", "date_field": "name"}]),
         "view 'cal': a calendar needs a date or datetime field of 'product'"),
        (spec(views=[{"name": "list", "type": "table"}]), "view 'list': a table view needs an entity"),
        (spec(views=[{"name": "list", "type": "table", "entity": "product", "fields": ["colour"]}]),
         "view 'list': 'colour' is not a field of 'product'"),
        (spec(views=[{"name": "d", "type": "dashboard", "widgets": [
            {"title": "Sum", "entity": "product", "aggregate": "sum", "field": "name"}]}]),
         "view 'd', widget 'Sum': sum needs a number field of 'product'"),
        (spec(views=[{"name": "d", "type": "dashboard", "widgets": [
            {"title": "Trend", "type": "line", "entity": "product", "group_by": "status"}]}]),
         "widget 'Trend': a line chart runs over time: group it by a date field"),
        (spec(permissions=[{"entity": "product", "action": "delete", "roles": ["boss"]}]),
         "permission delete on 'product': there is no role 'boss'"),
        (spec(permissions=[{"entity": "product", "action": "create", "own": True}]),
         "'own rows only' does not apply to create"),
        (spec(permissions=[{"entity": "ghost", "action": "read"}]), "permission read on 'ghost': there is no entity 'ghost'"),
        (spec(roles=[{"name": "everyone"}]), "role 'everyone': this name is built in"),
        (spec(auth={"default_role": "boss"}), "auth.default_role: there is no role 'boss'"),
        (spec(nav=["nowhere"]), "nav: there is no view 'nowhere'"),
        (spec(home="nowhere"), "home: there is no view 'nowhere'"),
        (spec(seed={"product": [{"colour": "red"}]}), "seed 'product' row 1: there is no writable field 'colour'"),
        (spec(seed={"ghost": []}), "seed: there is no entity 'ghost'"),
        (spec(theme={"primary": "blue"}), "theme.primary: 'blue' is not a colour like #1a2b3c"),
        (spec(blocks=[{"name": "promo", "view": "nowhere", "html": "<p>Hi</p>"}]),
         "block 'promo': there is no view 'nowhere' to show it on"),
        (spec(blocks=[{"name": "promo", "html": "a"}, {"name": "promo", "html": "b"}]),
         "block 'promo': there is already a block with this name"),
        (spec(blocks=[{"name": "promo", "html": "é" * 10241}]),
         "block 'promo': its html is 20,482 bytes; a block holds at most 20,480 bytes (20 KB) of html"),
        (spec(blocks=[{"name": "promo", "html": "", "css": "x" * 20481}]), "block 'promo': its css is 20,481 bytes"),
        (spec(blocks=[{"name": "Promo!", "html": ""}]), "block 'Promo!': name must be a snake_case identifier"),
        (spec(blocks=[{"name": "promo", "html": "", "height": 5}]), "greater than or equal to 40"),
    ],
)
def test_an_invalid_spec_is_refused_with_what_and_where(data: dict[str, Any], expected: str) -> None:
    assert expected in refusal(data)


def test_a_block_may_hold_up_to_20_kb_of_html_and_of_css() -> None:
    html, css = "<p>" + "x" * (20 * 1024 - 3), "p{}" + " " * (20 * 1024 - 3)
    shop = AppSpec.model_validate(spec(blocks=[{"name": "promo", "html": html, "css": css}]))
    assert shop.block("promo").html == html and shop.block("promo").view is None


def test_every_problem_is_reported_at_once() -> None:
    data = spec(nav=["nowhere"], home="gone")
    message = refusal(data)
    assert "nav: there is no view 'nowhere'" in message and "home: there is no view 'gone'" in message


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ({"name": "n", "type": "integer", "max": 10}, 11, "must be at most 10"),
        ({"name": "n", "type": "integer"}, True, "must be a whole number"),
        ({"name": "d", "type": "date", "min": "2024-01-01"}, "2023-12-31", "must be on or after 2024-01-01"),
        ({"name": "e", "type": "email"}, "nobody", "must be an email address"),
        ({"name": "u", "type": "url"}, "ftp://x", "must be a web address"),
        ({"name": "t", "type": "tags", "options": [{"value": "a"}]}, ["b"], "unknown tag 'b'"),
        ({"name": "s", "type": "text", "pattern": "[A-Z]+"}, "abc", "must match the pattern [A-Z]+"),
        ({"name": "s", "type": "text", "min": 3}, "ab", "must be at least 3 characters"),
    ],
)
def test_a_value_that_does_not_fit_its_field_says_why(field: dict[str, Any], value: Any, expected: str) -> None:
    assert expected in (value_problem(Field.model_validate(field), value) or "")


def test_an_empty_value_always_fits() -> None:
    assert value_problem(Field(name="n", type=FieldType.integer, min=1), None) is None


# --- formulas ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "row", "expected"),
    [
        ("price * quantity + tip", {"price": 10, "quantity": 3, "tip": 2}, 32),
        ("(a + b) / 2", {"a": 1, "b": 2}, 1.5),
        ("a // b", {"a": 7, "b": 2}, 3),
        ("a % b", {"a": 7, "b": 4}, 3),
        ("2 ** 10", {}, 1024),
        ("-a", {"a": 4}, -4),
        ("round(hours * rate, 2)", {"hours": 1.5, "rate": 10.333}, 15.5),
        ("concat(first, ' ', last)", {"first": "Ada", "last": "Lovelace"}, "Ada Lovelace"),
        ("coalesce(tip, 0) + 1", {"tip": None}, 1),
        ("days_between(start, end)", {"start": "2024-01-01", "end": "2024-01-31"}, 30),
        ("year(d) * 100 + month(d)", {"d": "2024-05-31"}, 202405),
        ("upper(s) if n > 1 else lower(s)", {"s": "Hi", "n": 2}, "HI"),
        ("a > 1 and b < 5", {"a": 2, "b": 3}, True),
        ("max(a, b, 3)", {"a": None, "b": 1}, 3),
        ("len(s)", {"s": None}, 0),
    ],
)
def test_a_formula_computes_from_the_row(formula: str, row: dict[str, Any], expected: Any) -> None:
    assert evaluate_formula(formula, row) == expected


@pytest.mark.parametrize(
    ("formula", "row"),
    [
        ("price + tip", {"price": 10, "tip": None}),
        ("price * 2", {}),
        ("-price", {"price": None}),
        ("a < 1", {"a": None}),
        ("a / b", {"a": 1, "b": 0}),
        ("abs(a)", {"a": None}),
        ("'x' + 1", {}),
        ("2 ** 1000", {}),
    ],
)
def test_a_missing_value_or_an_arithmetic_error_makes_the_result_empty(formula: str, row: dict[str, Any]) -> None:
    assert evaluate_formula(formula, row) is None


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("price.__class__", "Attribute is not allowed"),
        ("__import__('os')", "function '__import__' is not available in formulas"),
        ("__import__('os').system('true')", "only the listed functions can be called"),
        ("open('/etc/passwd')", "function 'open' is not available"),
        ("eval('1')", "function 'eval' is not available"),
        ("(lambda: 1)()", "only the listed functions can be called"),
        ("lambda: 1", "Lambda is not allowed"),
        ("a[0]", "Subscript is not allowed"),
        ("[x for x in a]", "ListComp is not allowed"),
        ("{'a': 1}", "Dict is not allowed"),
        ("f'{a}'", "JoinedStr is not allowed"),
        ("a @ b", "operator MatMult is not allowed"),
        ("round(a, ndigits=2)", "takes no keyword arguments"),
        ("a = 1", "cannot parse"),
        ("", "the formula is empty"),
        ("1 + " * 200 + "1", "longer than 500 characters"),
    ],
)
def test_a_formula_refuses_anything_but_arithmetic_and_its_own_functions(formula: str, expected: str) -> None:
    with pytest.raises(FormulaError) as caught:
        parse_formula(formula)
    assert expected in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_formula_names_are_the_fields_it_reads_not_its_functions() -> None:
    assert formula_names("round(price * qty, 2) + coalesce(tip, 0) + days_between(due, today())") == {
        "price", "qty", "tip", "due"
    }


# --- the JSON Schema --------------------------------------------------------------------------------------------------


def test_json_schema_describes_the_spec_with_a_title() -> None:
    schema = spec_json_schema()
    assert schema["title"] == "appforge app spec" and "docs/spec.md" in schema["description"]
    assert schema["required"] == ["name"]
    assert "Entity" in schema["$defs"] and "Widget" in schema["$defs"]
    assert set(schema["$defs"]["FieldType"]["enum"]) == {t.value for t in FieldType}


def test_schema_file_in_docs_is_up_to_date(tmp_path: Path) -> None:
    written = write_schema(tmp_path / "spec.schema.json")
    assert json.loads(written.read_text()) == json.loads(SCHEMA_FILE.read_text()), (
        "docs/spec.schema.json is stale: run python -m appforge.spec.schema docs/spec.schema.json"
    )
