"""A chart asked for in words is on the dashboard, measuring and grouping what the words say."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.charts import chart_operations, stated_charts


def _widgets(spec) -> list:
    return [w for v in spec.views for w in v.widgets]


def test_a_chart_by_a_thing_counts_rows_grouped_by_the_link_to_it() -> None:
    salon = load_base("salon")
    ops, after = chart_operations(salon, "add a bar chart of appointments by service please")
    new = [w for w in _widgets(after) if w not in _widgets(salon)]
    assert [(w.entity, w.aggregate, w.group_by, w.type.value) for w in new] == [("appointment", "count", "service", "bar")]
    assert ops[-1]["op"] == "add_widget"


def test_a_chart_over_time_groups_by_the_things_date_per_period() -> None:
    salon = load_base("salon")
    _, after = chart_operations(salon, "a line chart of appointments per week")
    w = _widgets(after)[-1]
    assert (w.entity, w.group_by, w.period, w.type.value) == ("appointment", "starts_at", "week", "line")


def test_an_app_without_a_dashboard_gets_one_for_the_chart() -> None:
    salon = load_base("salon")
    assert not any(v.type.value == "dashboard" for v in salon.views)
    _, after = chart_operations(salon, "chart of appointments by status")
    assert any(v.type.value == "dashboard" and v.widgets for v in after.views)


@pytest.mark.parametrize("text", ["kids chore chart w/ points", "make the buttons teal", "add a tip field",
                                  "chart of unicorns by rainbow"])
def test_words_that_name_no_chart_the_app_can_draw_add_nothing(text: str) -> None:
    salon = load_base("salon")
    ops, after = chart_operations(salon, text)
    assert ops == [] and after == salon


def test_the_same_chart_asked_twice_is_drawn_once() -> None:
    salon = load_base("salon")
    _, once = chart_operations(salon, "chart of appointments by service")
    ops, twice = chart_operations(once, "chart of appointments by service")
    assert ops == [] and len(_widgets(twice)) == len(_widgets(once))


def test_the_measure_and_grouping_are_read_as_people_say_them() -> None:
    said = [(c.measure, c.group, c.period) for c in stated_charts(
        "bar chart of sales by location. monthly income chart. Dashboard w/ bookings per room.")]
    assert said == [(["sales"], "location", None), (["income"], None, "month"), (["bookings"], "room", None)]


def test_a_new_app_has_the_chart_its_message_names() -> None:
    message = ("Fleet maintenance. Vans (reg plate, make, mileage, MOT due), services done (date, garage, cost). "
               "Line chart of service cost per month.")
    spec = apply_proposal(get_model("appforge").propose(message, None), None)
    assert any(w.aggregate == "sum" and w.period == "month" and w.type.value == "line" for w in _widgets(spec)), \
        [(w.title, w.entity, w.aggregate, w.field, w.group_by, w.period) for w in _widgets(spec)]


def test_the_decoders_own_charts_beside_the_ones_asked_for_are_left_out() -> None:
    from appforge.models.inhouse.charts import unasked_charts

    salon = load_base("salon")
    guess = {"op": "add_widget", "view": "overview", "widget": {
        "entity": "appointment", "aggregate": "count", "group_by": "status", "type": "bar", "title": "By status"}}
    asked = {"op": "add_widget", "view": "overview", "widget": {
        "entity": "appointment", "aggregate": "count", "group_by": "service", "type": "bar", "title": "By service"}}
    assert unasked_charts([guess, asked], salon, "a chart of appointments by service") == [guess]
    # a second chart the reader cannot read ("pie of ... too") may be the decoder's: nothing is left out
    assert unasked_charts([guess, asked], salon, "a chart of appointments by service, a pie of them too") == []
    assert unasked_charts([guess], salon, "add a tip field") == []


def test_a_new_app_shows_the_chart_it_asks_for_without_guesses_beside_it() -> None:
    model = get_model("appforge")
    message = "app for my bakery: products, orders (product, quantity, total, date). bar chart of revenue per product"
    start = model.start_for(message)[0]
    spec = apply_proposal(model.propose(message, None), None)
    new = [(w.entity, w.aggregate, w.field, w.group_by) for w in _widgets(spec) if w not in _widgets(start)]
    assert new == [("order", "sum", "total", "product")], new
