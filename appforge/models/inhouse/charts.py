"""The charts a message asks for in so many words: "bar chart of sales by location", "monthly income chart".

The decoder, taught mostly on blueprints that come with their dashboards, often keeps those and leaves out the one
chart the person named. A chart named with what it measures and how it is grouped is read here without learning and
added to the app's dashboard (made if the app has none), unless the dashboard already shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from appforge.models.inhouse.complete import DATES, dashboard_for, first_field
from appforge.models.inhouse.mentions import apply_if_fits, words_for_entities
from appforge.models.inhouse.phrasing import singular
from appforge.spec.model import AppSpec, Entity, Field

_CHART = re.compile(r"\b(?:bar|line|pie)?\s*(?:chart|charts|graph|graphs|plot|stat|stats|leaderboard|dashboard|"
                    r"totals?)\b")
_TYPE = re.compile(r"\b(bar|line|pie)\b")
# "sales by location", "total cost per trip", "bookings per room": what is measured, then how it is grouped.
_MEASURE = re.compile(r"((?:[a-z]+ ){0,2}?[a-z]+) (?:by|per|for each|each) ([a-z]+)")
_PERIODS = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month", "monthly": "month"}
_MONEY = frozenset({"sales", "revenue", "income", "takings", "spend", "spending", "earnings", "turnover", "cost",
                    "costs", "raised", "donations", "paid", "price", "amount", "value", "worth"})
_NUMERIC = ("money", "integer", "decimal")
_NOT_MEASURES = frozenset({"of", "the", "a", "an", "with", "w", "and", "chart", "graph", "bar", "line", "pie",
                           "dashboard", "total", "totals", "sum", "number", "count", "showing", "shows", "show", "plus",
                           "leaderboard", "stat", "stats", "monthly", "weekly", "daily", "over", "time", "my", "our"})


@dataclass
class StatedChart:
    measure: list[str]
    group: str | None
    period: str | None
    type: str | None


def stated_charts(text: str) -> list[StatedChart]:
    """Each sentence that names a chart, with the measure and the grouping it says."""
    charts: list[StatedChart] = []
    for sentence in re.split(r"[.;!?\n]+", text.lower().replace("w/", "with ")):
        if not _CHART.search(sentence):
            continue
        words = " ".join(re.findall(r"[a-z]+", sentence))
        said_type = _TYPE.search(words)
        period = next((p for w, p in _PERIODS.items() if re.search(rf"\b{w}\b", words)), None)
        if period is None and re.search(r"\bover time\b", words):
            period = "month"
        said = (said_type and said_type.group(1)) or None
        m = _MEASURE.search(words)
        if m is not None and m.group(2) not in _PERIODS:
            charts.append(StatedChart(_measure(m.group(1).split()), m.group(2), None, said))
        elif m is not None:  # "revenue per month", "tickets sold by week"
            charts.append(StatedChart(_measure(m.group(1).split()), None, _PERIODS[m.group(2)], said or "line"))
        elif said is None and (total := re.search(r"\btotal ((?:[a-z]+ ){0,2}?[a-z]+?) (?:of|for|across) (?:all|everything|"
                                                  r"every|the whole)\b", words)) is not None:
            # "a total value of everything on the overview": one figure, not a chart
            charts.append(StatedChart(_measure(total.group(1).split()), None, None, "stat"))
        elif period is not None:
            # "monthly income chart" (the words after the period), "glucose over time" (the words before)
            adjective = re.search(r"\b(?:monthly|weekly|daily) ((?:[a-z]+ ?){1,3})", words)
            before = re.search(r"((?:[a-z]+ ){1,3})over time\b", words)
            measure = _measure((adjective or before).group(1).split()) if (adjective or before) else []
            charts.append(StatedChart(measure, None, period, said or "line"))
    return [c for c in charts if c.measure]


def charts_had(spec: AppSpec, text: str) -> list[str]:
    """The figures the words ask for that the app shows already ("a total value of everything" where the overview
    sums the purchase prices), so that an answer that changes nothing says why."""
    had = []
    for chart in stated_charts(text):
        widget = _widget(spec, chart)
        if widget is not None and _shown(spec, widget):
            had.append(f"a tile or chart of {' '.join(chart.measure)}")
    return had


def figure_not_field(text: str) -> Callable[[dict[str, Any]], bool]:
    """Whether a change's new field is a figure the words ask to see: "a total value of everything" is a tile that
    sums the values, not a `total_value` field."""
    figures = stated_charts(text)

    def figure(op: dict[str, Any]) -> bool:
        if not figures or op["op"] != "add_field":
            return False
        words = op["field"]["name"].split("_")
        return words[0] in ("total", "sum", "average", "avg", "count") and any(
            set(words[1:]) <= set(c.measure) for c in figures)

    return figure


def _measure(words: list[str]) -> list[str]:
    return [w for w in words if w not in _NOT_MEASURES and w not in _PERIODS][-2:]


def chart_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The widgets (and the dashboard for them) the charts `text` names, each applied once."""
    ops: list[dict[str, Any]] = []
    for chart in stated_charts(text):
        widget = _widget(spec, chart)
        if widget is None or _shown(spec, widget):
            continue
        board, making = dashboard_for(spec)
        for op in [*making, {"op": "add_widget", "view": board, "widget": widget}]:
            spec = apply_if_fits(spec, op, ops)
    return ops, spec


# Each chart a message names: "a bar chart of ...", "pie of orders by status", "leaderboard"
_NAMED_CHART = re.compile(r"\b(?:bar|line|pie)\s+(?:chart|graph)s?\b|\b(?:chart|graph|plot|pie|leaderboard)s?\b")


def unasked_charts(ops: list[dict[str, Any]], spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """The grouped charts among `ops` (the decoder's) that no chart of the message asks for.

    When every chart the message names is read here, a chart the decoder wrote beside them is its own guess at one
    of them ("Sum total by date" beside "revenue per product"), which only clutters the dashboard.
    """
    charts = stated_charts(text)
    if not charts or len(_NAMED_CHART.findall(text.lower())) > len(charts):
        return []
    wanted = [_widget(spec, chart) for chart in charts]
    if any(w is None for w in wanted):
        return []
    keys = ("entity", "aggregate", "field", "group_by", "period")
    return [o for o in ops if o["op"] == "add_widget" and o["widget"].get("group_by")
            and not any(all(o["widget"].get(k) == w.get(k) for k in keys) for w in wanted)]


def _widget(spec: AppSpec, chart: StatedChart) -> dict[str, Any] | None:
    """The widget for a chart: the first reading of its measure that the app can group as asked."""
    for entity, field in _measured(spec, chart.measure):
        widget: dict[str, Any] = {"entity": entity.name, "aggregate": "sum" if field else "count"}
        if field is not None:
            widget["field"] = field.name
        if chart.type == "stat" and chart.group is None and chart.period is None:
            if field is None:
                continue
            widget |= {"type": "stat"}
            what = " ".join(chart.measure)
            widget["title"] = f"Total {what}"
            return widget
        if chart.period is not None:
            dated = first_field(entity, DATES)
            if dated is None:
                continue
            widget |= {"group_by": dated, "period": chart.period, "type": chart.type or "line"}
            grouping = chart.period
        else:
            group = _grouping(spec, entity, chart.group or "")
            if group is None:
                continue
            widget |= {"group_by": group.name, "type": chart.type or "bar"}
            grouping = (group.label or group.name.replace("_", " ")).lower()
        what = " ".join(chart.measure)
        widget["title"] = f"{what[:1].upper()}{what[1:]} by {grouping}"
        return widget
    return None


def _measured(spec: AppSpec, measure: list[str]) -> list[tuple[Entity, Field | None]]:
    """Readings of "bookings", "maintenance cost", "revenue", best first: (entity, the number summed, or None to
    count rows)."""
    words_for = words_for_entities(spec)
    found: list[tuple[Entity, Field | None]] = []
    for w in reversed(measure):
        # "honey harvested per hive": the harvests, said as what was done
        done = w[:-2] if w.endswith("ed") and len(w) > 5 else w
        entity = spec.entity(words_for.get(w) or words_for.get(singular(w)) or words_for.get(done) or "")
        if entity is not None:
            # "service cost": the cost of each service, summed
            found += [(entity, f) for other in measure if other != w for f in entity.fields
                      if f.type.value in _NUMERIC and singular(other) in f.name.split("_")]
            numbers = [f for f in entity.fields if f.type.value in _NUMERIC]
            if len(numbers) == 1 and [other for other in measure if other != w]:
                found.append((entity, numbers[0]))  # "honey harvested": how much, the one amount a harvest has
            money = next((f for f in entity.fields if f.type.value == "money"), None) if w in _MONEY else None
            found.append((entity, money))
    for w in reversed(measure):
        one = singular(w)
        found += [(e, f) for e in spec.entities for f in e.fields
                  if f.type.value in _NUMERIC and one in f.name.split("_")]
        if w in _MONEY:
            found += [(e, f) for e in spec.entities for f in e.fields if f.type.value == "money"]
    return found


def _grouping(spec: AppSpec, entity: Entity, word: str) -> Field | None:
    """The field of `entity` that "by location", "per trip", "per priority" groups by."""
    one = singular(word)
    target = words_for_entities(spec).get(word) or words_for_entities(spec).get(one)
    for f in entity.fields:
        if f.name in (word, one) or (f.type.value == "reference" and target is not None and f.target == target):
            return f
    for f in entity.fields:
        if one in f.name.split("_") and f.type.value in ("choice", "reference", "user", "text", "boolean"):
            return f
    return None


def _shown(spec: AppSpec, widget: dict[str, Any]) -> bool:
    keys = ("entity", "aggregate", "field", "group_by", "period")
    return any(all(getattr(w, k) == widget.get(k) for k in keys) for v in spec.views for w in v.widgets)


__all__ = ["StatedChart", "chart_operations", "charts_had", "figure_not_field", "stated_charts", "unasked_charts"]
