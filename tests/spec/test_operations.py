"""The operations language: every change applies whole or not at all, and a refusal says which and why."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appforge.spec.model import AppSpec, FieldType
from appforge.spec.operations import OPERATION_NAMES, OperationError, apply_operations, parse_operations


@pytest.fixture
def salon() -> AppSpec:
    return AppSpec.model_validate(
        {
            "name": "salon",
            "entities": [
                {"name": "client", "fields": [{"name": "name", "required": True}, {"name": "vip", "type": "boolean"}]},
                {
                    "name": "appointment",
                    "display_field": "client",
                    "fields": [
                        {"name": "client", "type": "reference", "target": "client"},
                        {"name": "starts_at", "type": "datetime"},
                        {"name": "status", "type": "choice", "options": [{"value": "booked"}, {"value": "done"}]},
                        {"name": "price", "type": "money", "currency": "EUR"},
                        {"name": "tip", "type": "money", "currency": "EUR"},
                        {"name": "total", "type": "computed", "formula": "price + tip"},
                    ],
                },
            ],
            "views": [
                {"name": "board", "type": "kanban", "entity": "appointment", "group_by": "status", "fields": ["client", "tip"]},
                {"name": "calendar", "type": "calendar", "entity": "appointment", "date_field": "starts_at"},
                {
                    "name": "overview",
                    "type": "dashboard",
                    "widgets": [
                        {"title": "Tips", "entity": "appointment", "aggregate": "sum", "field": "tip"},
                        {"title": "Per client", "type": "bar", "entity": "appointment", "group_by": "client"},
                    ],
                },
            ],
            "nav": ["board", "calendar", "overview"],
            "home": "overview",
            "roles": [{"name": "manager"}, {"name": "stylist"}],
            "permissions": [{"entity": "appointment", "action": "delete", "roles": ["manager"]}],
            "seed": {"client": [{"name": "Anna", "vip": True}]},
        }
    )


def test_rename_field_follows_into_views_formulas_and_widgets(salon: AppSpec) -> None:
    after = apply_operations(salon, [{"op": "rename_field", "entity": "appointment", "field": "tip", "to": "gratuity"}])
    appointment = after.entity("appointment")
    assert appointment.field("gratuity").id == "tip"
    assert appointment.field("total").formula == "price + gratuity"
    assert after.view("board").fields == ["client", "gratuity"]
    assert after.view("overview").widgets[0].field == "gratuity"


def test_rename_entity_follows_into_references_views_permissions_and_seed(salon: AppSpec) -> None:
    after = apply_operations(salon, [{"op": "rename_entity", "entity": "client", "to": "customer"}])
    assert after.entity("customer").id == "client"
    assert after.entity("appointment").field("client").target == "customer"
    assert "customer" in after.seed and "client" not in after.seed
    after = apply_operations(after, [{"op": "rename_entity", "entity": "appointment", "to": "booking"}])
    assert after.view("board").entity == "booking"
    assert after.permissions[0].entity == "booking"
    assert after.view("overview").widgets[1].entity == "booking"


def test_a_batch_with_one_bad_operation_changes_nothing(salon: AppSpec) -> None:
    before = salon.model_dump()
    with pytest.raises(OperationError) as error:
        apply_operations(
            salon,
            [
                {"op": "add_field", "entity": "client", "field": {"name": "phone", "type": "phone"}},
                {"op": "add_field", "entity": "stylist", "field": {"name": "x"}},
            ],
        )
    assert error.value.index == 2
    assert "there is no entity 'stylist'" in str(error.value)
    assert salon.model_dump() == before


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ({"op": "add_entity", "entity": "client"}, "there is already an entity 'client'"),
        ({"op": "add_field", "entity": "client", "field": {"name": "name"}}, "already has a field 'name'"),
        ({"op": "rename_field", "entity": "client", "field": "name", "to": "vip"}, "already has a field 'vip'"),
        ({"op": "remove_field", "entity": "appointment", "field": "status"}, "view 'board' groups by it"),
        ({"op": "remove_field", "entity": "appointment", "field": "tip"}, "the formula of appointment.total reads it"),
        ({"op": "remove_entity", "entity": "client"}, "appointment.client refers to 'client'"),
        ({"op": "set_permission", "entity": "client", "action": "read", "roles": ["boss"]}, "there is no role 'boss'"),
        ({"op": "remove_role", "entity": "x", "role": "manager"}, "Extra inputs are not permitted"),
        ({"op": "remove_role", "role": "manager"}, "named by the delete rule of 'appointment'"),
        ({"op": "change_type", "entity": "client", "field": "vip", "type": "choice"}, "needs its options"),
        ({"op": "configure_view", "view": "board", "group_by": "client"}, "groups by a choice field"),
        ({"op": "set_theme", "primary": "green"}, "is not a colour"),
        ({"op": "add_field", "entity": "client", "field": {"name": "age", "type": "integer", "min": 10, "max": 1}}, "greater than max"),
        ({"op": "add_field", "entity": "client", "field": {"name": "id"}}, "kept by the runtime"),
        ({"op": "add_field", "entity": "client", "field": {"name": "t", "type": "computed", "formula": "__import__('os')"}}, "not available"),
        ({"op": "set_field", "entity": "appointment", "field": "status", "default": "lost"}, "must be one of booked, done"),
        ({"op": "frobnicate"}, "unknown operation"),
    ],
)
def test_operations_that_do_not_fit_are_refused_with_the_reason(salon: AppSpec, operation: dict, message: str) -> None:
    with pytest.raises(OperationError) as error:
        apply_operations(salon, [operation])
    assert message in str(error.value)
    assert str(error.value).startswith(f"operation 1 ({operation['op']})")


def test_removed_field_is_archived_and_restored_with_its_id(salon: AppSpec) -> None:
    removed = apply_operations(salon, [{"op": "remove_field", "entity": "client", "field": "vip"}])
    assert removed.entity("client").field("vip") is None
    assert removed.archive[-1].field.id == "vip"
    added = apply_operations(removed, [{"op": "add_field", "entity": "client", "field": {"name": "vip", "type": "text"}}])
    assert added.entity("client").field("vip").id != "vip", "a new field never takes an archived id"
    restored = apply_operations(removed, [{"op": "restore_field", "entity": "client", "field": "vip"}])
    assert restored.entity("client").field("vip").id == "vip"
    assert restored.entity("client").field("vip").type == FieldType.boolean


def test_removed_entity_takes_its_views_and_rules_and_comes_back(salon: AppSpec) -> None:
    removed = apply_operations(salon, [{"op": "remove_entity", "entity": "appointment"}])
    assert removed.view("board") is None and removed.nav == ["overview"]
    assert removed.permissions == []
    restored = apply_operations(removed, [{"op": "restore_entity", "entity": "appointment"}])
    assert restored.entity("appointment").id == "appointment"
    assert [f.name for f in restored.entity("appointment").fields] == [f.name for f in salon.entity("appointment").fields]


def test_change_type_gives_a_new_column_and_archives_the_old(salon: AppSpec) -> None:
    after = apply_operations(salon, [{"op": "change_type", "entity": "client", "field": "vip", "type": "text"}])
    field = after.entity("client").field("vip")
    assert field.type == FieldType.text and field.id != "vip"
    assert after.archive[-1].field.id == "vip" and after.archive[-1].replaced_by == field.id


def test_set_field_changes_only_the_settings_given(salon: AppSpec) -> None:
    after = apply_operations(salon, [{"op": "set_field", "entity": "appointment", "field": "price", "min": 0, "required": True}])
    price = after.entity("appointment").field("price")
    assert (price.min, price.required, price.currency) == (0, True, "EUR")
    cleared = apply_operations(after, [{"op": "set_field", "entity": "appointment", "field": "price", "min": None}])
    assert cleared.entity("appointment").field("price").min is None
    assert cleared.entity("appointment").field("price").required is True


def test_permissions_replace_the_rule_for_that_action(salon: AppSpec) -> None:
    after = apply_operations(
        salon, [{"op": "set_permission", "entity": "appointment", "action": "delete", "roles": ["manager", "stylist"], "own": True}]
    )
    rules = [p for p in after.permissions if p.action == "delete"]
    assert len(rules) == 1 and rules[0].roles == ["manager", "stylist"] and rules[0].own


def test_one_permission_can_limit_some_roles_to_their_own_rows_and_leave_others_every_row(salon: AppSpec) -> None:
    after = apply_operations(salon, [{"op": "set_permission", "entity": "appointment", "action": "update",
                                      "roles": ["stylist"], "own": True, "any_row": ["manager"]}])
    rules = {(tuple(p.roles), p.own) for p in after.permissions if (p.entity, p.action) == ("appointment", "update")}
    assert rules == {(("stylist",), True), (("manager",), False)}
    again = apply_operations(after, [{"op": "set_permission", "entity": "appointment", "action": "update",
                                      "roles": ["manager"]}])
    assert [(p.roles, p.own) for p in again.permissions if (p.entity, p.action) == ("appointment", "update")] == [
        (["manager"], False)]


@pytest.mark.parametrize("op, reason", [
    ({"roles": ["stylist"], "any_row": ["manager"]}, "without own, name them all in roles"),
    ({"roles": ["stylist"], "own": True, "any_row": ["stylist"]}, "stylist cannot be limited to their own rows"),
])
def test_a_permission_in_two_parts_that_does_not_fit_is_refused(salon: AppSpec, op: dict, reason: str) -> None:
    before = salon.model_dump()
    with pytest.raises(OperationError, match=reason):
        apply_operations(salon, [{"op": "set_permission", "entity": "appointment", "action": "update", **op}])
    assert salon.model_dump() == before


def test_dashboards_take_widgets_and_views_leave_nav(salon: AppSpec) -> None:
    after = apply_operations(
        salon,
        [
            {"op": "add_widget", "view": "overview", "widget": {"title": "Revenue by month", "type": "line", "entity": "appointment", "aggregate": "sum", "field": "price", "group_by": "starts_at", "period": "month"}},
            {"op": "remove_widget", "view": "overview", "widget": "Tips"},
            {"op": "remove_view", "view": "calendar"},
        ],
    )
    assert [w.title for w in after.view("overview").widgets] == ["Per client", "Revenue by month"]
    assert after.nav == ["board", "overview"]


HOSTILE = "<script>parent.document.body.innerHTML='pwned'</script>{{ 7 * 7 }}"


def test_custom_blocks_are_added_changed_and_removed(salon: AppSpec) -> None:
    added = apply_operations(salon, [
        {"op": "add_block", "block": {"name": "welcome", "title": "Welcome", "html": HOSTILE}},
        {"op": "add_block", "block": {"name": "legend", "view": "board", "html": "<p>Legend</p>", "css": "p{}",
                                      "height": 120}},
    ])
    assert [(b.name, b.view, b.height) for b in added.blocks] == [("welcome", None, 240), ("legend", "board", 120)]
    assert added.block("welcome").html == HOSTILE, "a block's html is kept exactly as written"
    changed = apply_operations(added, [
        {"op": "configure_block", "block": "legend", "view": None, "html": "<p>New</p>", "css": None},
        {"op": "configure_block", "block": "welcome", "view": "calendar", "height": 600},
    ])
    legend, welcome = changed.block("legend"), changed.block("welcome")
    assert (legend.view, legend.html, legend.css, legend.height) == (None, "<p>New</p>", None, 120)
    assert (welcome.view, welcome.height, welcome.title, welcome.html) == ("calendar", 600, "Welcome", HOSTILE)
    removed = apply_operations(changed, [{"op": "remove_block", "block": "legend"}])
    assert [b.name for b in removed.blocks] == ["welcome"]
    assert salon.blocks == [], "the spec a batch was applied to never changes"


def test_a_block_goes_with_the_view_it_is_shown_on(salon: AppSpec) -> None:
    spec = apply_operations(salon, [{"op": "add_block", "block": {"name": "legend", "view": "board", "html": "x"}},
                                    {"op": "add_block", "block": {"name": "welcome", "html": "y"}}])
    after = apply_operations(spec, [{"op": "remove_view", "view": "board"}])
    assert [b.name for b in after.blocks] == ["welcome"]
    after = apply_operations(spec, [{"op": "remove_entity", "entity": "appointment"}])
    assert [b.name for b in after.blocks] == ["welcome"]


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ({"op": "add_block", "block": {"name": "x", "view": "nowhere", "html": "<p>"}},
         "there is no view 'nowhere' to show the block on (views: board, calendar, overview; leave view out for "
         "the home page)"),
        ({"op": "add_block", "block": {"name": "x", "html": "a" * (20 * 1024 + 1)}},
         "block 'x': its html is 20,481 bytes; a block holds at most 20,480 bytes (20 KB) of html"),
        ({"op": "add_block", "block": {"name": "x", "html": "", "css": "é" * 10241}}, "its css is 20,482 bytes"),
        ({"op": "add_block", "block": {"name": "welcome", "html": "again"}},
         "there is already a block 'welcome'; use configure_block to change it"),
        ({"op": "add_block", "block": {"name": "x"}}, "block.html: Field required"),
        ({"op": "add_block", "block": {"name": "x", "html": "", "script": "alert(1)"}}, "Extra inputs are not permitted"),
        ({"op": "add_block", "block": {"name": "Not A Name", "html": ""}}, "name must be a snake_case identifier"),
        ({"op": "configure_block", "block": "nope", "html": ""}, "there is no block 'nope' (blocks: welcome)"),
        ({"op": "configure_block", "block": "welcome"}, "name at least one setting to change"),
        ({"op": "configure_block", "block": "welcome", "html": None}, "a block needs its html"),
        ({"op": "configure_block", "block": "welcome", "view": "nowhere"}, "there is no view 'nowhere'"),
        ({"op": "configure_block", "block": "welcome", "height": 9000}, "height: Input should be less than or equal"),
        ({"op": "configure_block", "block": "welcome", "html": "x" * 30000}, "its html is 30,000 bytes"),
        ({"op": "remove_block", "block": "nope"}, "there is no block 'nope'"),
    ],
)
def test_block_operations_that_do_not_fit_are_refused_with_what_and_where(
    salon: AppSpec, operation: dict, message: str
) -> None:
    spec = apply_operations(salon, [{"op": "add_block", "block": {"name": "welcome", "html": "<p>Hi</p>"}}])
    before = spec.model_dump()
    with pytest.raises(OperationError) as error:
        apply_operations(spec, [{"op": "set_app", "title": "Changed"}, operation])
    assert str(error.value).startswith(f"operation 2 ({operation['op']}): ")
    assert message in str(error.value)
    assert spec.model_dump() == before, "a refused batch changes nothing, not even its earlier operations"


def test_block_operations_say_what_they_did() -> None:
    ops = parse_operations([
        {"op": "add_block", "block": {"name": "legend", "title": "Legend", "view": "board", "html": ""}},
        {"op": "add_block", "block": {"name": "welcome", "html": ""}},
        {"op": "configure_block", "block": "legend", "css": "p{}", "height": 90},
        {"op": "remove_block", "block": "legend"},
    ])
    assert [op.summary() for op in ops] == [
        "added custom block 'Legend' to the board page", "added custom block 'Welcome' to the home page",
        "changed css, height of custom block legend", "removed custom block legend",
    ]


def test_parse_operations_names_the_position_of_bad_json_or_fields() -> None:
    with pytest.raises(OperationError, match="not valid JSON"):
        parse_operations("[{")
    with pytest.raises(OperationError, match=r"operation 2 \(add_field\): entity: Field required"):
        parse_operations([{"op": "set_app", "title": "x"}, {"op": "add_field", "field": {"name": "x"}}])


NAMES = st.sampled_from(["name", "vip", "status", "tip", "price", "note", "client", "appointment", "x"])
OPERATIONS = st.one_of(
    st.builds(lambda e, n, t: {"op": "add_field", "entity": e, "field": {"name": n, "type": t}},
              st.sampled_from(["client", "appointment", "ghost"]), NAMES,
              st.sampled_from(["text", "integer", "money", "boolean", "date", "email"])),
    st.builds(lambda e, f, to: {"op": "rename_field", "entity": e, "field": f, "to": to},
              st.sampled_from(["client", "appointment"]), NAMES, NAMES),
    st.builds(lambda e, f: {"op": "remove_field", "entity": e, "field": f}, st.sampled_from(["client", "appointment"]), NAMES),
    st.builds(lambda e, f: {"op": "restore_field", "entity": e, "field": f}, st.sampled_from(["client", "appointment"]), NAMES),
    st.builds(lambda e, f, t: {"op": "change_type", "entity": e, "field": f, "type": t},
              st.sampled_from(["client", "appointment"]), NAMES, st.sampled_from(["text", "integer", "long_text", "decimal"])),
    st.builds(lambda e, to: {"op": "rename_entity", "entity": e, "to": to}, st.sampled_from(["client", "appointment"]), NAMES),
    st.builds(lambda e: {"op": "remove_entity", "entity": e}, st.sampled_from(["client", "appointment"])),
    st.builds(lambda e: {"op": "restore_entity", "entity": e}, st.sampled_from(["client", "appointment"])),
    st.builds(lambda r: {"op": "add_role", "role": r}, NAMES),
    st.builds(lambda r: {"op": "remove_role", "role": r}, st.sampled_from(["manager", "stylist", "x"])),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(OPERATIONS, min_size=1, max_size=3), min_size=1, max_size=6))
def test_any_batch_either_applies_to_a_valid_spec_or_is_refused_cleanly(salon: AppSpec, batches: list) -> None:
    spec = salon
    for batch in batches:
        before = spec.model_dump()
        try:
            result = apply_operations(spec, batch)
        except OperationError as error:
            assert 1 <= error.index <= len(batch)
            assert spec.model_dump() == before
            continue
        assert AppSpec.model_validate(result.model_dump()) == result
        live = {(e.id, f.id) for e in result.entities for f in e.fields}
        archived = {(next((e.id for e in result.entities if e.name == a.entity), a.entity), a.field.id) for a in result.archive if a.field}
        assert not live & archived, "an archived id is never live at the same time"
        spec = result


def test_every_operation_has_a_human_summary() -> None:
    assert len(OPERATION_NAMES) == len(set(OPERATION_NAMES)) >= 25
    op = parse_operations([{"op": "add_field", "entity": "appointment", "field": {"name": "tip", "label": "Tip", "type": "money"}}])[0]
    assert op.summary() == "added field Tip (money) to appointment"
