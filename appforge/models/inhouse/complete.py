"""Program operations -> spec operations: the details a program leaves to the app, filled in.

A program says "a calendar of bookings"; the spec needs the view's name and its date field. Those follow from the
app (its first date field; a status choice for a kanban's columns, added when there is none), so the model is not
asked to spell them. Each operation is then applied on its own: one that the spec refuses is dropped and named,
never passed on, which is why every answer of the in-house model applies.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.slots import NOT_PLURALS, misspelt, singular, unique_name
from appforge.models.inhouse.tokens import COLOURS, FONTS
from appforge.spec.model import AppSpec, Entity, FieldType
from appforge.spec.operations import OperationError, apply_operations

DEFAULT_OPTIONS = {"status": ["To do", "In progress", "Done"]}


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _field(spec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": spec["name"], "type": spec["type"]}
    if spec["type"] in ("reference", "many_to_many"):
        out["target"] = spec["target"]
    if spec["type"] in ("choice", "tags"):
        values = [v for v in dict.fromkeys(o.strip().capitalize() for o in spec.get("options") or []) if v]
        out["options"] = [{"value": v[:80]} for v in values] or [{"value": "Yes"}, {"value": "No"}]
    if spec["type"] == "money":
        out["currency"] = "USD"
    return out


DATES = frozenset({FieldType.date, FieldType.datetime})


def first_field(entity: Entity, types: frozenset[FieldType] | set[FieldType]) -> str | None:
    """The entity's first field of one of these types: the date a calendar places things on, the choice a board
    makes its columns of (a status or stage before any other choice)."""
    if types == {FieldType.choice}:
        staged = next((f.name for f in entity.fields if f.type in types and f.name in ("status", "stage")), None)
        if staged is not None:
            return staged
    return next((f.name for f in entity.fields if f.type in types), None)


def dashboard_for(spec: AppSpec) -> tuple[str, list[dict[str, Any]]]:
    """(the dashboard's name, the operations that make it when the app has none yet)."""
    board = next((v for v in spec.views if v.type.value == "dashboard"), None)
    if board is not None:
        return board.name, []
    name = unique_name("dashboard", {v.name for v in spec.views})
    return name, [{"op": "add_view", "view": {"name": name, "type": "dashboard", "title": "Dashboard"}}]


def _view(op: dict[str, Any], spec: AppSpec) -> list[dict[str, Any]]:
    kind = op["type"]
    taken = {v.name for v in spec.views}
    if kind == "dashboard":
        return [{"op": "add_view", "view": {"name": unique_name("dashboard", taken), "type": "dashboard"}}]
    entity = spec.entity(op["entity"])
    if entity is None:
        return []
    before: list[dict[str, Any]] = []
    view: dict[str, Any] = {"name": unique_name(f"{entity.name}_{kind}", taken), "type": kind, "entity": entity.name}
    if kind == "kanban":
        said = entity.field(op.get("group_by") or "")
        column = said.name if said is not None and said.type == FieldType.choice else first_field(entity, {FieldType.choice})
        if column is None:
            column = unique_name("status", {f.name for f in entity.fields})
            options = [{"value": v} for v in DEFAULT_OPTIONS["status"]]
            before.append({"op": "add_field", "entity": entity.name, "field": {"name": column, "type": "choice", "options": options}})
        view["group_by"] = column
    elif kind == "calendar":
        day = first_field(entity, DATES)
        if day is None:
            day = unique_name("date", {f.name for f in entity.fields})
            before.append({"op": "add_field", "entity": entity.name, "field": {"name": day, "type": "date"}})
        view["date_field"] = day
    elif kind == "cards":
        image = first_field(entity, {FieldType.image})
        if image:
            view["image_field"] = image
    view["title"] = {"kanban": "Board", "calendar": "Calendar", "cards": "Gallery", "form": "New"}.get(kind, "All")
    view["title"] += f" · {entity.plural_title}" if kind != "form" else f" {entity.title.lower()}"
    return [*before, {"op": "add_view", "view": view}]


def _widget(op: dict[str, Any], spec: AppSpec) -> list[dict[str, Any]]:
    entity = spec.entity(op["entity"])
    if entity is None:
        return []
    name, out = dashboard_for(spec)
    widget: dict[str, Any] = {"type": op["type"], "entity": entity.name, "aggregate": op["aggregate"]}
    if op.get("field"):
        widget["field"] = op["field"]
    if op.get("group_by"):
        widget["group_by"] = op["group_by"]
        group = entity.field(op["group_by"])
        if group is not None and group.type in (FieldType.date, FieldType.datetime):
            widget["period"] = "month"
    what = "Number of " + entity.plural_title.lower() if op["aggregate"] == "count" else f"{op['aggregate'].capitalize()} {_label(op['field']).lower()}"
    widget["title"] = what + (f" by {_label(op['group_by']).lower()}" if op.get("group_by") else "")
    out.append({"op": "add_widget", "view": name, "widget": widget})
    return out


def _typed(words: str, ftype: FieldType, options: list[str], bound: bool = False) -> Any:
    """A value said in words, as the field's type wants it; None when it cannot be one.

    A bound (min/max) is a number whatever the type: a length for text. Dates' bounds are not said this way."""
    parts = words.split()
    if bound and ftype not in (FieldType.text, FieldType.long_text, FieldType.integer, FieldType.decimal,
                               FieldType.money, FieldType.rating):
        return None
    if bound or ftype in (FieldType.integer, FieldType.decimal, FieldType.money, FieldType.rating):
        digits = [p for p in parts if p.isdigit()]
        if not digits:
            return None
        number = float(".".join(digits[:2])) if len(digits) > 1 and ftype != FieldType.integer else float(digits[0])
        return int(number) if number.is_integer() else number
    if ftype == FieldType.boolean:
        return parts[0] in ("yes", "true", "on", "checked", "ticked") if parts else None
    if ftype in (FieldType.choice, FieldType.tags):
        match = [o for o in options if o.lower() == words.lower()]
        return match[0] if match else None
    if ftype in (FieldType.text, FieldType.long_text):
        return words.capitalize()
    return None


def spec_operations(op: dict[str, Any], spec: AppSpec) -> list[dict[str, Any]]:
    """The spec operations one program operation stands for, in the app as it is now."""
    kind = op["op"]
    if kind == "add_entity":
        fields = [_field(f) for f in op["fields"]]
        names = set()
        fields = [f for f in fields if not (f["name"] in names or names.add(f["name"]))]  # type: ignore[func-returns-value]
        return [{"op": "add_entity", "entity": op["entity"], "label": _label(op["entity"]), "fields": fields}]
    if kind == "add_field":
        return [{"op": "add_field", "entity": op["entity"], "field": _field(op["field"])}]
    if kind in ("rename_entity", "remove_entity", "rename_field", "remove_field", "change_type", "add_option",
                "remove_option", "remove_view", "add_role", "remove_role"):
        out = dict(op)
        if kind == "rename_entity":
            out["label"] = _label(op["to"])
        if kind == "rename_field":
            out["label"] = _label(op["to"])
        if kind == "change_type" and op["type"] in ("choice", "tags"):
            out["options"] = [{"value": "Yes"}, {"value": "No"}]
        if kind == "change_type" and op["type"] == "money":
            out["currency"] = "USD"
        if kind == "add_option":
            out["value"] = op["value"].capitalize()
        if kind == "remove_option":
            entity = spec.entity(op["entity"])
            f = entity.field(op["field"]) if entity else None
            match = [o.value for o in (f.options if f else []) if o.value.lower() == op["value"].lower()]
            if not match:
                return []
            out["value"] = match[0]
        if kind == "add_role":
            out["label"] = _label(op["role"])
        return [out]
    if kind in ("required", "unique", "optional"):
        key, value = ("required", False) if kind == "optional" else (kind, True)
        return [{"op": "set_field", "entity": op["entity"], "field": op["field"], key: value}]
    if kind == "label":
        return [{"op": "set_field", "entity": op["entity"], "field": op["field"], "label": op["value"].capitalize()}]
    if kind in ("default", "min", "max"):
        entity = spec.entity(op["entity"])
        f = entity.field(op["field"]) if entity else None
        if f is None:
            return []
        value = _typed(op["value"], f.type, [o.value for o in f.options], bound=kind != "default")
        if value is None:
            return []
        return [{"op": "set_field", "entity": op["entity"], "field": op["field"], kind: value}]
    if kind == "title":
        return [{"op": "set_app", "title": op["value"].title()}]
    if kind in ("signup_on", "signup_off"):
        return [{"op": "set_auth", "signup": kind == "signup_on"}]
    if kind == "default_role":
        return [{"op": "set_auth", "default_role": op["role"]}]
    if kind == "unperm":
        return [{"op": "remove_permission", "entity": op["entity"], "action": op["action"]}]
    if kind == "add_view":
        return _view(op, spec)
    if kind == "add_widget":
        return _widget(op, spec)
    if kind == "perm":
        roles = list(dict.fromkeys(op["roles"]))
        return [{"op": "set_permission", "entity": op["entity"], "action": op["action"], "roles": roles, "own": op["own"]}]
    if kind == "access":
        return [{"op": "set_auth", "access": op["access"]}]
    if kind == "theme":
        return [{"op": "set_theme", op["key"]: COLOURS[op["colour"]]}]
    if kind in ("dark", "light"):
        return [{"op": "set_theme", "dark": kind == "dark"}]
    if kind == "font":
        return [{"op": "set_theme", "font": FONTS[op["font"]]}]
    raise ValueError(f"unknown program operation {kind}")


_PRONOUNS = frozenset({"one", "ones", "thing", "things", "stuff", "something", "anything", "everything", "them",
                       "it", "this", "that", "these", "those", "which", "what", "myself", "yourself", "itself",
                       "themselves", "ourselves", "yourselves", "other", "others"})
# Words about the app or the day, never a thing it keeps: "public so parents don't need an account", "list of today's
# pickups", "gift list for christmas".
_NOT_THINGS = frozenset({"list", "lists", "app", "public", "private", "simple", "today", "tomorrow", "tonight",
                         "christmas", "xmas", "please", "pls", "hello", "hi", "people", "stuff"})


# Words that name what a thing holds, never a thing: "the cafe menu with prices" adds no "price" thing.
_FIELD_WORDS = frozenset({"price", "cost", "date", "time", "status", "name", "total", "amount",
                          "quantity", "qty", "type", "kind", "colour", "color", "size", "number", "title", "description"})
_QUESTION_WORDS = frozenset({"who", "which", "what", "where", "how", "why", "whose", "whether"})
# Words that are never a field's whole name, only the grammar around one.
_FUNCTION_WORDS = frozenset({"not", "or", "and", "yes", "no", "the", "a", "an", "if", "whether", "also", "too", "etc",
                             "maybe", "else", "either", "neither", "nor", "but", "so", "then", "with", "of", "before",
                             "after", "during", "between", "list", "tracker", "app", "system"})
# A thing's name never ends in one: "where they heard about us" makes no "heard_about" thing. ("in", "on", "up" end
# things people keep: check-ins, add-ons, sign-ups.)
_PREPOSITIONS = frozenset({"about", "for", "with", "to", "of", "at", "from", "by", "into", "onto", "than"})


def _asks(op: dict[str, Any]) -> bool:
    """Whether a field's name from the program opens with a question word."""
    field = op.get("field")
    name = op.get("to") if op["op"] == "rename_field" else (field.get("name") if isinstance(field, dict) else None)
    return bool(name) and str(name).split("_")[0] in _QUESTION_WORDS


def _aimed(op: dict[str, Any], spec: AppSpec) -> dict[str, Any]:
    """A link named for a thing of the app points at that thing ("repairs for every property": a repair's
    `property` is a property), whatever slot the program pointed it at."""

    def aim(field: dict[str, Any], own: str) -> dict[str, Any]:
        if field.get("type") not in ("reference", "many_to_many"):
            return field
        named = spec.entity(field["name"]) or spec.entity(singular(field["name"]))
        if named is None or named.name in (field.get("target"), own):
            return field
        return {**field, "target": named.name}

    if op["op"] == "add_field":
        return {**op, "field": aim(op["field"], op["entity"])}
    if op["op"] == "add_entity":
        return {**op, "fields": [aim(f, op["entity"]) for f in op["fields"]]}
    return op


def with_links(op: dict[str, Any], spec: AppSpec) -> list[dict[str, Any]]:
    """A removal of a thing with the links to it before it: "delete the projects table" takes tasks' `project`
    along, where the app alone would refuse the removal."""
    links = [{"op": "remove_field", "entity": e.name, "field": f.name} for e in spec.entities if e.name != op["entity"]
             for f in e.fields if f.type.value in ("reference", "many_to_many") and f.target == op["entity"]]
    return [*links, {"op": "remove_entity", "entity": op["entity"]}]


class Realiser:
    """Applies program operations to an app as a program completes them (`Program(accept=...)`).

    A program operation stands for one or more spec operations; they are applied together, all or none, so the
    program's idea of the app never drifts from the app.
    """

    def __init__(self, start: AppSpec) -> None:
        self.spec = start
        self.kept: list[dict[str, Any]] = []
        self.refused: list[str] = []
        # Things the program removed that others link to: removed after decoding, links first, so that the
        # program's idea of the app (which cannot see the links go) never drifts from the app.
        self.linked: list[dict[str, Any]] = []

    def __call__(self, op: dict[str, Any]) -> bool:
        name = str(op.get("to") or op.get("entity"))
        if op["op"] in ("add_entity", "rename_entity") and (
                _PRONOUNS & set(name.split("_")) or name in _NOT_THINGS or name + "s" in NOT_PLURALS
                or name.split("_")[-1] in _PREPOSITIONS):
            # "show first the ones that expire soon": a word that stands for things is never one's name. The slip is
            # the model's, not a change the person asked for, so it is not reported as refused.
            return False
        if op["op"] == "add_entity" and (misspelt(op["entity"], self.spec) or re.search(r"_\d+$", op["entity"])
                                         or op["entity"] in _FIELD_WORDS or self._done_as(op["entity"])):
            return False  # "appointmnts" where the app has appointments; a second "team"; a "price" thing
        if (op["op"] == "rename_entity" and "_" in name and name.split("_")[-1] != str(op["entity"])
                and self.spec.entity(name.split("_")[-1]) is not None):
            return False  # "monthly invoices" where the app keeps invoices: they are those, not a field trip renamed
        if op["op"] in ("add_field", "rename_field") and _asks(op):
            return False  # "who played in which game", "what was done": a question, not a field's name
        if op["op"] == "add_field" and op["field"]["name"] in _FUNCTION_WORDS:
            return False  # "paid or not": the "not" of a yes/no question, not a field
        parts = op["field"]["name"].split("_") if op["op"] == "add_field" else []
        if len(parts) >= 2 and parts[-1] in _PREPOSITIONS and self.spec.entity(singular(parts[0])) is not None:
            return False  # "walks with date and duration": the walks and what they have, not a clients' "walks_with"
        if (len(parts) >= 2 and op["field"].get("target") == op["entity"] and parts[-2] in ("per", "each", "every")
                and self.spec.entity(parts[-1]) is not None):
            return False  # "driver assigned per route": the route's driver, not a driver's "assigned_per_route" driver
        if op["op"] == "add_entity" and any(f["name"] in _FUNCTION_WORDS for f in op["fields"]):
            op = {**op, "fields": [f for f in op["fields"] if f["name"] not in _FUNCTION_WORDS] or op["fields"][:1]}
        if op["op"] == "add_field" and self._again(op):
            return False
        reals = spec_operations(_aimed(op, self.spec), self.spec)
        if not reals:
            self.refused.append(f"{op['op']}: not possible in this app")
            return False
        try:
            self.spec = apply_operations(self.spec, reals)
        except OperationError as exc:
            if op["op"] == "remove_entity" and with_links(op, self.spec)[:-1]:
                self.linked.append(op)  # made after the program, with its links (`with_links`)
                return False
            self.refused.append(f"{exc.op}: {exc.reason}")
            return False
        self.kept.extend(reals)
        return True

    def _done_as(self, name: str) -> bool:
        """Whether a new thing is what the app keeps under the name of doing it: "grooms" where it keeps groomings."""
        return len(name) >= 4 and any(self.spec.entity(name + ending) for ending in ("ing", "ment"))

    def _again(self, op: dict[str, Any]) -> bool:
        """Whether an added field is one the entity has ("tasks should have a priority low/medium/high" where tasks
        have a priority): the program names it `priority_2`; the person meant the one there, with any options said
        that it lacks."""
        entity = self.spec.entity(op["entity"])
        base = re.sub(r"_\d+$", "", op["field"]["name"])
        there = entity.field(base) if entity is not None and base != op["field"]["name"] else None
        if there is None:
            return False
        if there.type.value in ("choice", "tags") and op["field"].get("options"):
            have = {o.value.lower() for o in there.options}
            for value in _field(op["field"]).get("options", []):
                if value["value"].lower() not in have:
                    self({"op": "add_option", "entity": entity.name, "field": there.name, "value": value["value"]})
        return True


def complete(program_ops: list[dict[str, Any]], start: AppSpec) -> tuple[list[dict[str, Any]], AppSpec, list[str]]:
    """Spec operations for the program's, applied one by one to `start`: (kept operations, the result, refusals)."""
    realiser = Realiser(start)
    for op in program_ops:
        realiser(op)
    return realiser.kept, realiser.spec, realiser.refused
