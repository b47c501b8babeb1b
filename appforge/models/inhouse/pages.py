"""The pages a message asks for in so many words: "kanban for deals", "see appts in a calendar", "calendar pls".

A calendar needs a date to place things on and a board a choice to make its columns of; a page asked for that the
app can draw is added, unless the app already has one of that kind for that thing.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.complete import DATES, first_field, spec_operations
from appforge.models.inhouse.mentions import apply_if_fits, entity_of, first_named, words_for_entities
from appforge.models.inhouse.slots import main_entity, singular
from appforge.spec.model import AppSpec, Entity, Field, FieldType

_KINDS = {"calendar": "calendar", "calender": "calendar", "kanban": "kanban", "board": "kanban", "pipeline": "kanban",
          "gallery": "cards", "cards": "cards"}
_SAID = {"calendar": "calendar", "kanban": "board", "cards": "gallery"}
_PAGE = re.compile(r"\b(calendar|calender|kanban|board|pipeline|gallery|cards)\b")
# "walks scheduled on a calendar", "shifts on the calendar": the thing the calendar places, said right before it.
_PLACED = re.compile(r"\b([a-z]{3,}) (?:scheduled |booked |planned |shown |laid out )?(?:on|in) (?:a|the|my|our) calendar\b")
_BY_OPTIONS = re.compile(r"\b(?:by|per|grouped by|in columns of) ([a-z]+) ?\(([^)]*)\)")


def page_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The `add_view`s for the pages the words name."""
    ops: list[dict[str, Any]] = []
    for kind, target, column in _asked(spec, text):
        target = spec.entity(target.name) or target
        said = _BY_OPTIONS.search(text.lower()) if kind == "kanban" and column is None else None
        if said is not None and target.field(said.group(1)) is None:
            # "a board of today's grooms by status (waiting, in bath, drying, ready)": the columns are a new choice
            options = [o.strip() for o in re.split(r",|/|\bor\b", said.group(2)) if o.strip()]
            if len(options) >= 2:
                spec = apply_if_fits(spec, {"op": "add_field", "entity": target.name, "field": {
                    "name": said.group(1), "type": "choice",
                    "options": [{"value": o[:1].upper() + o[1:]} for o in options]}}, ops)
                target = spec.entity(target.name) or target
                column = said.group(1) if target.field(said.group(1)) is not None else None
        if kind == "calendar" and first_field(target, DATES) is None:
            spec = apply_if_fits(spec, {"op": "add_field", "entity": target.name,
                                        "field": {"name": "starts_at", "type": "datetime"}}, ops)
            target = spec.entity(target.name) or target
        if not _drawable(target, kind, spec):
            # "a board of tasks by priority" where the board is by status: its columns are what was said
            boards = [v for v in spec.views if v.type.value == kind == "kanban" and v.entity == target.name]
            board = boards[-1] if boards else None  # the newest: the one this change made, if it made one
            if board is not None and column is not None and board.group_by != column:
                spec = apply_if_fits(spec, {"op": "configure_view", "view": board.name, "group_by": column}, ops)
            continue
        asked: dict[str, Any] = {"op": "add_view", "type": kind, "entity": target.name}
        if column is not None:
            asked["group_by"] = column
        for op in spec_operations(asked, spec):
            spec = apply_if_fits(spec, op, ops)
    return ops, spec


_SORT = re.compile(r"\b(?:sort|order|list)\s+(?:the\s+|my\s+|our\s+|all\s+)?([a-z]+(?: [a-z]+)?)\s+by\s+([a-z]+(?: [a-z]+)?)"
                   r"(?:[\s,]+(?:with\s+(?:the\s+)?)?([a-z]+(?: [a-z]+)?))?")
_DESCENDING = re.compile(r"\b(?:newest|latest|most recent|recent|highest|biggest|largest|most|descending|desc|z-a|"
                         r"last|furthest)\b")
_WHEN_WORDS = frozenset({"date", "dates", "day", "time", "when"})
_AGE_WORDS = frozenset({"newest", "latest", "oldest", "earliest", "soonest", "recent", "most"})


def sort_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """"sort events by date, soonest first", "order clients by name": every list of that thing (table, cards, board)
    in that order; the newest, highest or most first when the words say so."""
    ops: list[dict[str, Any]] = []
    words_for = words_for_entities(spec)
    for m in _SORT.finditer(text.lower()):
        entity = spec.entity(entity_of(m.group(1).split(), words_for) or "")
        if entity is None:
            continue
        said = m.group(2).split()
        if said[0] in _AGE_WORDS:  # "sort candidates by newest first"
            said, order = ["date"], m.group(2)
        else:
            order = m.group(3) or ""
        field = next((f for f in entity.fields if f.type.value in ("date", "datetime")), None) \
            if set(said) & _WHEN_WORDS and entity.field("_".join(said)) is None else None
        field = field or next((f for f in entity.fields if f.name == "_".join(said) or f.name == singular(said[-1])
                               or set(said) <= set(f.name.split("_"))), None)
        if field is None:
            continue
        desc = _DESCENDING.search(order) is not None
        for view in spec.views:
            if view.entity == entity.name and view.type.value in ("table", "cards", "kanban"):
                spec = apply_if_fits(spec, {"op": "configure_view", "view": view.name,
                                            "sort": [{"field": field.name, "desc": desc}]}, ops)
    return ops, spec


_HIDE = re.compile(r"\b(?:hide|hidden)\s+(?:the\s+)?([a-z ]+?)(?:\s+(?:field|column|fields|columns))?\s+(?:from|on|in)\s+"
                   r"(?:the\s+|my\s+|our\s+|all\s+)?([a-z]+)")


def _hidden(spec: AppSpec, text: str) -> list[tuple[Entity, Field]]:
    """(thing, field) for each "hide the notes field on orders" that names a field of a thing of the app."""
    words_for = words_for_entities(spec)
    found = []
    for m in _HIDE.finditer(text.lower()):
        entity = spec.entity(words_for.get(m.group(2)) or words_for.get(singular(m.group(2))) or "")
        field = entity.field("_".join(m.group(1).split())) if entity is not None else None
        if entity is not None and field is not None:
            found.append((entity, field))
    return found


def hidden_fields(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """"hide the notes field on orders", "hide notes from the orders table": the pages of that thing stop showing the
    field; the field and what people wrote in it stay."""
    ops: list[dict[str, Any]] = []
    for entity, field in _hidden(spec, text):
        for view in spec.views:
            if view.entity != entity.name or view.type.value in ("dashboard", "calendar"):
                continue
            shown = view.fields or [f.name for f in entity.fields]
            if field.name in shown and len(shown) > 1:
                spec = apply_if_fits(spec, {"op": "configure_view", "view": view.name,
                                            "fields": [f for f in shown if f != field.name]}, ops)
    return ops, spec


_HOME = re.compile(r"\b(?:make|set|use|have)\s+(?:the\s+|my\s+|our\s+)?([a-z ]+?)\s+(?:the|my|our|as the|as my)\s+"
                   r"(?:home|start|landing|default|first|main)\s*(?:page|screen|view)\b|\b(?:open|start|land)s?\s+"
                   r"(?:on|at|with)\s+(?:the\s+)?([a-z ]+?)(?:\s+by default|\s+first)?\s*(?:[.,;!?]|$)")


# The words for a page's kind (`_KINDS`, and the plain list and the overview); "page" and "view" name no kind.
_HOME_KINDS: dict[str, str | None] = {**_KINDS, "list": "table", "table": "table", "dashboard": "dashboard",
                                      "overview": "dashboard", "page": None, "view": None}


def home_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """"make the calendar the home page", "open on the clients list by default": the page the app opens on, when the
    words name one page of the app (by its name, or its thing and kind)."""
    ops: list[dict[str, Any]] = []
    words_for = words_for_entities(spec)
    for m in _HOME.finditer(text.lower()):
        said = (m.group(1) or m.group(2) or "").split()
        if not said:
            continue
        kind = _HOME_KINDS.get(said[-1])
        thing = words_for.get(said[0]) or words_for.get(singular(said[0])) if said[0] not in _HOME_KINDS else None
        views = [v for v in spec.views if v.name == "_".join(said) or (
            (kind is None or v.type.value == kind) and (thing is None or v.entity == thing)
            and (thing is not None or said[-1] in _HOME_KINDS))]
        if len({(v.type.value, v.entity) for v in views}) == 1 and spec.home != views[0].name:
            spec = apply_if_fits(spec, {"op": "set_home", "view": views[0].name}, ops)  # the app's own page first
    return ops, spec


def asks_home(text: str) -> bool:
    """Whether the words ask which page the app opens on ("make the calendar the home page")."""
    return _HOME.search(text.lower()) is not None


def hidden_had(spec: AppSpec, text: str) -> list[str]:
    """The fields the words ask to hide that no page of their thing shows, so that an answer that changes nothing
    says why."""
    had = []
    for entity, field in _hidden(spec, text):
        if not any(v.entity == entity.name and field.name in (v.fields or [field.name])
                                         for v in spec.views if v.type.value not in ("dashboard", "calendar")):
            had.append(f"{field.name.replace('_', ' ')} hidden on the pages of {(entity.label or entity.name).lower()}")
    return had


def pages_had(spec: AppSpec, text: str) -> list[str]:
    """The pages the words ask for that the app has already ("weekly calendar of groomings" -> "a calendar of
    grooming"), so that an answer that changes nothing says why."""
    return list(dict.fromkeys(
        f"a {_SAID[kind]} of {(target.label or target.name.replace('_', ' ')).lower()}" for kind, target, column in
        _asked(spec, text) if any(v.type.value == kind and v.entity == target.name
                                      and (column is None or v.group_by == column) for v in spec.views)))


# Words before a page that take it away.
_REMOVING = re.compile(r"\b(?:remove|removing|delete|deleting|drop|hide|get rid of|lose|ditch|scrap|kill|no more|"
                       r"without|(?:don t|dont|do not|doesn t|doesnt|no longer) (?:need|want|use))\b")


def _asked(spec: AppSpec, text: str) -> list[tuple[str, Entity, str | None]]:
    """(kind of page, the thing it shows, the choice field said for its columns) for each page the words name."""
    found: list[tuple[str, Entity, str | None]] = []
    low = re.sub(r"\([^)]*\)", " ", text.lower())
    low = re.sub(r"\b(?:today|tomorrow|tonight|yesterday|(?:this|next|last) (?:week|month))(?:'s|’s)?\s", " ", low)
    words_for = words_for_entities(spec)
    for sentence in re.split(r"[.;!?\n]+", low):
        words = re.findall(r"[a-z]+", sentence)
        for m in _PAGE.finditer(" ".join(words)):
            kind = _KINDS[m.group(1)]
            if _REMOVING.search(re.split(r"\b(?:and|then|but|plus|also)\b", " ".join(words)[: m.start()])[-1]):
                continue  # "we dont need the calendar anymore": a page to take away, not to make
            at = len(" ".join(words)[: m.start()].split())
            entity = _thing_near(spec, words, at, words_for)
            if entity is None:
                # "deals with value and stage on a kanban board": the thing that opens the part of the list it ends
                opening = re.findall(r"[a-z]+", re.split(r"[,:]", sentence[: sentence.find(m.group(1))])[-1])
                entity = next((n for w in opening if (n := words_for.get(w) or words_for.get(singular(w)))), None)
            near = spec.entity(entity or "")
            placed = _PLACED.search(" ".join(words))
            undated = spec.entity(words_for.get(placed.group(1)) or words_for.get(singular(placed.group(1))) or ""
                                  ) if kind == "calendar" and placed is not None else None
            if undated is not None and first_field(undated, DATES) is None:
                found.append((kind, undated, None))  # "walks scheduled on a calendar": the walks, given a time
                continue
            if kind == "calendar" and (near is None or first_field(near, DATES) is None):
                # "lessons booked with instructor & plane, calendar pls": instructors have no dates to place
                entity = first_named(spec, low, timed=True) or _first_dated(spec) or entity
            if kind == "kanban" and entity is None:
                # "i want a kanban board": of the app's main thing, when it has a choice for the columns
                main = spec.entity(main_entity(spec) or "")
                entity = main.name if main is not None and first_field(main, {FieldType.choice}) else None
            target = spec.entity(entity or "")
            if target is None:
                continue
            by = re.search(r"\b(?:by|per|grouped by|in columns of) ([a-z]+)", " ".join(words[at:]))
            column = target.field(by.group(1)) if by is not None else None
            found.append((kind, target, column.name if column is not None and column.type == FieldType.choice else None))
    return found


def _thing_near(spec: AppSpec, words: list[str], at: int, words_for: dict[str, str]) -> str | None:
    """The thing a page word is said of: after "for"/"of" ("kanban for deals"), else just before it ("pipeline board
    for leads", "deals kanban"), else "see appts in a calendar"."""
    def named(w: str) -> str | None:
        return words_for.get(w) or words_for.get(singular(w)) or next(
            (e.name for e in spec.entities if len(w) >= 4 and e.name.startswith(w.rstrip("s"))), None)

    for j in range(at + 1, min(len(words), at + 5)):
        if words[j - 1] in ("for", "of", "showing", "with") or (j > at + 1 and words[j - 2] in ("for", "of")):
            if (found := named(words[j])) is not None:
                return found
    for j in range(at - 1, max(-1, at - 5), -1):
        if (found := named(words[j])) is not None:
            return found
    return None


def _first_dated(spec: AppSpec) -> str | None:
    """"calendar pls": the app's main thing if it has a date, else its first thing that has one."""
    main = spec.entity(main_entity(spec) or "")
    return next((e.name for e in ([main] if main else []) + list(spec.entities) if first_field(e, DATES)), None)


def _drawable(entity: Entity, kind: str, spec: AppSpec) -> bool:
    """Whether the app can draw this page as it is (a calendar needs a date, a board a choice) and lacks it."""
    if any(v.type.value == kind and v.entity == entity.name for v in spec.views):
        return False
    needs = {"calendar": DATES, "kanban": {FieldType.choice}}.get(kind)
    return needs is None or first_field(entity, needs) is not None


__all__ = ["asks_home", "hidden_fields", "hidden_had", "home_operations", "page_operations", "pages_had",
           "sort_operations"]
