"""The in-house model's output language as a grammar: which token may come next, and the operations tokens make.

A program is a few dozen tokens (`tokens`): keywords, words copied from the message or taken from a small
vocabulary, and *slots* pointing at what exists in the app. `Program` is the grammar as a state machine, so a decoded
program always parses, never names a field that does not exist and always gives a reference a target; it turns the
tokens into operations as they arrive. `compile` goes the other way, for training.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from appforge.models.inhouse.cues import (
    asks_retype,
    colour_keys,
    one_chart,
    refused,
    renamed_to,
    role_acts,
    ruled_out,
    said_colours,
    speaks_of_page,
    speaks_of_rules,
    totalled,
    type_cues,
)
from appforge.models.inhouse.slots import Slot, entity_name, field_name, main_entity, singular, spec_slots, unique_name
from appforge.models.inhouse.tokens import (
    AGGREGATES,
    AUDIENCES,
    COLOURS,
    FIELD_TYPES,
    FONTS,
    OPS,
    THEME_KEYS,
    VIEW_TYPES,
    Token,
)
from appforge.spec.model import ACTIONS, AppSpec

NUMBERS = ("integer", "decimal", "money", "rating")
DATES = frozenset({"date", "datetime"})
UNGROUPABLE = frozenset({"long_text", "image", "file", "many_to_many", "tags", "integer", "decimal", "money", "rating"})
MAX_NAME_WORDS = 6
_NAMED_ONLY = frozenset({"rename_entity", "remove_entity", "rename_field", "remove_field"})


@dataclass
class Allowed:
    keywords: set[str] = field(default_factory=set)
    words: bool = False  # name words: copied from the message or from the vocabulary
    slots: list[int] = field(default_factory=list)
    # With `words`, only these message positions may be copied and no vocabulary word chosen (decoding cues only).
    copies: list[int] | None = None


class Program:
    """The grammar as a state machine over tokens; completed operations accumulate in `operations`.

    `message_words` are the message's words (copy tokens point into them). Operations come out with names, as JSON
    dicts; field choices the program leaves open (a calendar's date field, a kanban's column field) are filled in
    by `appforge.models.inhouse.complete` against the app.
    """

    def __init__(
        self, start: AppSpec, message_words: list[str], create: bool = False,
        accept: Callable[[dict[str, Any]], bool] | None = None, cues: bool = False, renames: bool = True,
    ) -> None:
        self.words = message_words
        self.create = create
        # With `cues` (decoding, not training) the choices also narrow by what the message's words settle (`cues`):
        # training's masks stay those the shipped weights were fitted under.
        self.cues = cues
        self.renames = renames  # False: the message has no word that asks for a new name (see `asks_rename`)
        said_text = f" {' '.join(w.lower() for w in message_words)} " if cues else ""
        self._said = {singular(w) for w in message_words} if cues else set()
        self._colours = said_colours(said_text) if cues else set()
        self._colours_set: set[str] = set()
        self._colour_keys = colour_keys(message_words) if cues else {}
        self._text = said_text
        self._chart = one_chart(said_text) if cues else None
        self._types = {f"type:{t}" for t in type_cues(said_text)} if cues else set()
        self._retype = asks_retype(said_text) if cues else True
        self.nothing = False  # the message asks for nothing buildable
        # `accept` applies each operation as it completes and says whether the app took it; a refused operation
        # changes nothing here either, so later tokens can only point at what really exists.
        self.accept = accept
        self._mark = 0
        self.slots = spec_slots(start)
        entity_slot = {s.name: i for i, s in enumerate(self.slots) if s.kind == "entity"}
        # Which (entity slot, action) pairs have a permission rule: only those can be removed.
        self.rules = {(entity_slot[p.entity], p.action) for p in start.permissions if p.entity in entity_slot}
        self._main = entity_slot.get(main_entity(start) or "") if cues else None
        self._renamed_to = renamed_to(message_words) if cues and not create else []
        options_said = cues and any(f" {o.value.lower()} " in said_text
                                    for e in start.entities for f in e.fields for o in f.options)
        self._ruled_out = ruled_out(said_text, create, options_said) if cues else set()
        self._rules_said = speaks_of_rules(said_text) if cues else True
        self.operations: list[dict[str, Any]] = []
        self.done = False
        self._stack: list[tuple[str, Any]] = [("op", None)]
        self._op: dict[str, Any] = {}
        self._name: list[str] = []
        self._field: dict[str, Any] = {}

    # -- what may come next -----------------------------------------------------------------------------------------

    def _live_rules(self) -> set[tuple[int, str]]:
        return {(i, a) for i, a in self.rules if self.slots[i].alive}

    def _alive(self, kind: str, entity: int | None = None) -> list[int]:
        return [
            i
            for i, s in enumerate(self.slots)
            if s.alive and s.kind == kind and (entity is None or s.entity == entity)
        ]

    def _totals(self, slot: int) -> bool:
        """Whether the message asks for a total of this field (a number it names before "by", "per", after "total")."""
        s = self.slots[slot]
        return s.type in NUMBERS and totalled(s.words, self._text, money=s.type == "money")

    def _renameable(self, kind: str) -> list[int]:
        """In a new app, what the message calls by its own name keeps it: only the others may be renamed.

        Training renames a blueprint's thing only into the words the message uses for it instead, so "reservation of
        rooms" renaming the reservation is a misreading, never an ask.
        """
        return [i for i in self._alive(kind) if not all(singular(w) in self._said for w in self.slots[i].words if w)]

    def _named_here(self, kind: str, loose: bool = False) -> list[int]:
        """The entities or fields of the app that the message names by a word of theirs (`loose`: or by the start
        of one, "grooms" for grooming). A field must also belong to a thing the message names, when it names one:
        "remove the notes from services" is not about the clients' notes."""
        said = self._said | ({w for w in self._said if len(w) >= 4} if loose else set())
        found = [i for i in self._alive(kind) if any(
            w and (singular(w) in said or (loose and any(w.startswith(x) for x in said if len(x) >= 4)))
            for w in self.slots[i].words)]
        if kind == "field":
            owners = set(self._named_here("entity", loose=True))
            if owners:
                found = [i for i in found if self.slots[i].entity in owners]
        return found

    def _role_acts(self) -> bool:
        """Whether a role the app has is said doing something a rule is about (`cues.role_acts`)."""
        return role_acts(self.words, {self.slots[i].name for i in self._named_here("role")})

    def _view_said(self) -> bool:
        """Whether the words speak of a page: a word for one ("the clients list", "the calendar"), or a view's own
        name that is not also the name of a thing ("drop the shelves")."""
        if speaks_of_page(self._text):
            return True
        things = {self.slots[i].name for i in self._alive("entity")}
        return any(singular(self.slots[i].name) not in things and self.slots[i].name not in things
                   for i in self._named_here("view"))

    def _field_not_entity(self) -> list[int]:
        """Named fields, less a link named like the thing it points at: "rename service to treatment" is about the
        service entity, not the appointment's link to it (which follows the entity's rename)."""
        entities = {self.slots[i].name for i in self._named_here("entity")}
        return [i for i in self._named_here("field")
                if not (self.slots[i].type in ("reference", "many_to_many") and self.slots[i].name in entities)]

    def allowed(self) -> Allowed:
        want, arg = self._stack[-1]
        if want == "op":
            ops = set(OPS)
            if not self._alive("entity"):
                ops -= {"add_field", "rename_entity", "remove_entity", "add_view", "add_widget", "perm"}
            if not self._live_rules():
                ops.discard("unperm")
            if not self._alive("field"):
                ops -= {"rename_field", "remove_field", "change_type", "required", "unique", "optional", "label",
                        "default", "min", "max"}
            if not [i for i in self._alive("field") if self.slots[i].type in ("choice", "tags")]:
                ops -= {"add_option", "remove_option"}
            if not self._alive("role"):
                ops -= {"remove_role", "default_role"}
            if not self._alive("view"):
                ops -= {"remove_view"}
            if not self.renames:
                ops -= {"rename_entity", "rename_field"}
            if self.cues:
                ops -= self._ruled_out
            if self.cues and not self.create and not self._retype:
                ops.discard("change_type")
            if self.cues and not self.create and not (self._rules_said or self._role_acts()):
                ops -= {"perm", "unperm"}  # a rule changes only when the words speak of who may do what
            if self.cues and not self.create:
                # A change renames or removes only what its words name: "rename dishes to menu items" in an app
                # with no dishes renames nothing, and nothing is archived that the person did not mention.
                if not self._named_here("entity"):
                    ops -= {"rename_entity", "remove_entity"}
                if not self._named_here("field"):
                    ops -= {"rename_field", "remove_field"}
                if not self._field_not_entity():
                    ops.discard("rename_field")
                if not self._view_said():
                    ops.discard("remove_view")  # "get rid of the notes on clients, nobody uses them" keeps the page
            if (self.cues and not self.create and self._renamed_to and not self.operations and not self._op
                    and ops & {"rename_entity", "rename_field"}):
                # "rename care log to journal": the rename comes first, and is not skipped.
                return Allowed(keywords=ops & {"rename_entity", "rename_field"})
            if self.cues and self.create and not self._renameable("entity"):
                ops.discard("rename_entity")
            if self.cues and self.create and not self._renameable("field"):
                ops.discard("rename_field")
            if self.create and not self.operations and not self._op:
                ops.add("nothing")
            return Allowed(keywords=ops | {"<end>"})
        if want == "name":
            if arg == "new_name" and self._renamed_to:
                # "rename service to treatment, and add ...": the new name is the words after "to", in order.
                done = len(self._name)
                return Allowed(keywords={"<sep>"} if done else set(), words=done < len(self._renamed_to),
                               copies=self._renamed_to[done : done + 1])
            return Allowed(keywords={"<sep>"} if self._name else set(), words=len(self._name) < MAX_NAME_WORDS)
        if want == "options":
            if self._name:
                return Allowed(keywords={"<sep>"}, words=len(self._name) < MAX_NAME_WORDS)
            return Allowed(keywords={"end_options"}, words=True)
        if want == "slot":
            kind, entity, types, _ = arg
            found = self._alive(kind, entity)
            if self.cues and self.create and self._op.get("_") in ("rename_entity", "rename_field"):
                found = [i for i in found if i in self._renameable(kind)]
            if self.cues and not self.create and self._op.get("_") in _NAMED_ONLY:
                found = [i for i in found if i in self._named_here(kind)]
            if self.cues and not self.create and self._op.get("_") == "rename_field":
                found = [i for i in found if i in self._field_not_entity()]
            if self.cues and not self.create and self._op.get("_") in ("add_field", "add_view") and arg[3] == "entity":
                # "plants need a sunlight field", "a board of today's grooms": a new field goes to a thing the
                # change names, when it names one.
                named = self._named_here("entity", loose=True)
                if not named and self._op.get("_") == "add_field" and self._main in found:
                    named = [self._main]  # "add a notes field": the app's main thing
                found = [i for i in found if i in named] or found
            if self.cues and arg[3] == "entity" and self._op.get("_") == "add_widget":
                # A chart that totals a number is of the thing that holds it ("tips by stylist": appointments).
                found = [e for e in found if any(self._totals(i) for i in self._alive("field", e))] or found
            if arg[3] == "widget_field" and self._op.get("_summed"):
                found = [i for i in found if i in self._op["_summed"]] or found
            if types is not None:
                found = [i for i in found if self.slots[i].type in types]
            return Allowed(slots=found)
        if want == "slot_or_none":
            kind, entity, types, _ = arg
            found = [i for i in self._alive(kind, entity) if types is None or self.slots[i].type in types]
            return Allowed(keywords={"<none>"}, slots=found)
        if want == "kw":
            if self._types & set(arg) and self._op.get("_") == "change_type":
                return Allowed(keywords=self._types & set(arg))  # "make notes a long text": the type it names
            if self._colours and arg and arg[0].startswith("colour:"):
                # Each named colour goes to the part it was named for: "amber buttons, ivory background".
                named_for = self._colour_keys.get(self._op.get("key", ""), set())
                return Allowed(keywords=(named_for - self._colours_set) or named_for
                               or (self._colours - self._colours_set) or self._colours)
            return Allowed(keywords=set(arg))
        if want == "rule_action":
            return Allowed(keywords={f"action:{a}" for _, a in self._live_rules()})
        if want == "rule_entity":
            return Allowed(slots=sorted({i for i, a in self._live_rules() if a == self._op["action"]}))
        if want == "entity_body":
            return Allowed(keywords={"field", "end_entity"} if self._op["fields"] else {"field"})
        if want == "roles":
            done = {"own", "end_roles"} if self._op["roles"] else set()
            if self._op.get("action") == "create":
                done.discard("own")  # own rows only means nothing for rows not yet made
            audiences = {a for a in AUDIENCES if a.removeprefix("role:") not in self._op["roles"]}
            roles = [i for i in self._alive("role") if i not in self._op["_role_slots"]]
            # "agents shouldn't delete leases, only the landlord": a role the message refuses is not given the rule.
            allowed_roles = [i for i in roles if not (self.cues and refused(self.slots[i].words, self._op.get("action"),
                                                                            self._text))]
            if self.cues and (allowed_roles or self._op["roles"]):
                if len(allowed_roles) < len(roles):
                    audiences = set()  # everyone includes the refused role
                roles = allowed_roles
            return Allowed(keywords=done | audiences, slots=roles)
        raise AssertionError(want)

    # -- consuming a token ------------------------------------------------------------------------------------------

    def word(self, token: Token) -> str:
        return self.words[token[1]] if token[0] == "copy" else token[1]

    def feed(self, token: Token) -> None:
        kind, value = token
        want, arg = self._stack.pop()
        if want in ("name", "options") and kind in ("word", "copy"):
            self._name.append(self.word(token))
            self._stack.append((want, arg))
            return
        if want == "name":
            assert value == "<sep>", token
            name, self._name = self._name, []
            self._took(arg, name)
            return
        if want == "options":
            if value == "<sep>":
                self._field.setdefault("options", []).append(" ".join(self._name))
                self._name = []
                self._stack.append(("options", arg))
            else:
                assert value == "end_options", token
                self._took("options_done", None)
            return
        if want == "rule_action":
            self._op["action"] = value.removeprefix("action:")
            return
        if want == "rule_entity":
            self._took("entity", value)
            return
        if want in ("slot", "slot_or_none"):
            self._took(arg[3] if len(arg) > 3 else arg[0], None if value == "<none>" else value)
            return
        if want == "op" and value == "nothing":
            self.nothing = True
            self._stack.append(("kw", ["<end>"]))
            return
        if want == "op":
            self._start(value)
            return
        if want == "kw" and value == "<end>":
            self.done = True
            return
        if want == "kw":
            assert value in arg, (token, arg)
            self._took(("kw", tuple(arg)), value)
            return
        if want == "entity_body":
            if value == "field":
                self._field = {}
                self._stack.append(("entity_body", None))
                self._stack.append(("name", "field_name"))
            else:
                self._finish_entity()
            return
        if want == "roles":
            if kind == "slot":
                self._op["_role_slots"].append(value)
                self._op["roles"].append(self.slots[value].name)
                self._stack.append(("roles", None))
            elif value in AUDIENCES:
                self._op["roles"].append(value.removeprefix("role:"))
                self._stack.append(("roles", None))
            elif value == "own":
                self._op["own"] = True
                self._stack.append(("kw", ["end_roles"]))
            else:
                self._emit()
            return
        raise AssertionError((want, token))

    # The continuation of each operation, step by step. `_took(what, value)` receives each completed part.

    def _push(self, *wants: tuple[str, Any]) -> None:
        self._stack.extend(reversed(wants))

    def _start(self, op: str) -> None:
        self._op = {"_": op}
        self._mark = len(self.slots)
        ent = ("slot", ("entity", None, None, "entity"))
        if op == "<end>":
            self.done = True
        elif op == "add_entity":
            self._op["fields"] = []
            self._push(("name", "entity_name"), ("entity_body", None))
        elif op == "add_field":
            self._field = {}
            self._push(ent, ("name", "field_name"))
            self._op["_standalone"] = True
        elif op in ("rename_entity", "remove_entity"):
            self._push(ent) if op == "remove_entity" else self._push(ent, ("name", "new_name"))
        elif op in ("rename_field", "remove_field", "change_type", "required", "unique", "optional", "label", "default",
                    "min", "max"):
            wants: list[tuple[str, Any]] = [("slot", ("field", None, None, "field"))]
            if op == "rename_field":
                wants.append(("name", "new_name"))
            if op in ("label", "default", "min", "max"):
                wants.append(("name", "value"))
            if op == "change_type":
                wants.append(("kw", [f"type:{t}" for t in FIELD_TYPES if t not in ("reference", "many_to_many")]))
            self._push(*wants)
        elif op in ("add_option", "remove_option"):
            self._push(("slot", ("field", None, ("choice", "tags"), "field")), ("name", "option"))
        elif op == "add_view":
            self._push(("kw", [f"view:{v}" for v in VIEW_TYPES]))
        elif op == "remove_view":
            self._push(("slot", ("view", None, None, "view")))
        elif op == "add_widget":
            self._push(ent)
        elif op == "add_role":
            self._push(("name", "role_name"))
        elif op in ("remove_role", "default_role"):
            self._push(("slot", ("role", None, None, "role")))
        elif op == "title":
            self._push(("name", "value"))
        elif op == "unperm":
            self._push(("rule_action", None), ("rule_entity", None))
        elif op == "perm":
            self._op.update(roles=[], _role_slots=[], own=False)
            self._push(("kw", [f"action:{a}" for a in ACTIONS]), ent, ("roles", None))
        elif op == "access":
            self._push(("kw", ["access:public", "access:signin"]))
        elif op == "theme":
            self._push(("kw", [f"key:{k}" for k in THEME_KEYS]), ("kw", [f"colour:{c}" for c in COLOURS]))
        elif op == "font":
            self._push(("kw", [f"font:{f}" for f in FONTS]))
        elif op in ("dark", "light", "signup_on", "signup_off"):
            self._emit()
        else:
            raise AssertionError(op)

    def _took(self, what: Any, value: Any) -> None:
        op = self._op["_"]
        if what == "entity_name":
            name = unique_name(entity_name(value), [s.name for s in self.slots if s.kind == "entity" and s.alive])
            self._op["entity"] = name
            self.slots.append(Slot("entity", name))
            self._op["_slot"] = len(self.slots) - 1
        elif what == "field_name":
            owner = self._op.get("_slot") if self._op["_"] == "add_entity" else self._op.get("_entity_slot")
            taken = [s.name for s in self.slots if s.kind == "field" and s.alive and s.entity == owner]
            taken += [f["name"] for f in self._op.get("fields", [])]
            self._field["name"] = unique_name(field_name(value), taken)
            self._push(("kw", [f"type:{t}" for t in FIELD_TYPES]))
        elif isinstance(what, tuple) and what[0] == "kw":
            self._keyword(op, value)
        elif what == "entity":
            self._op["_entity_slot"] = value
            self._op["entity"] = self.slots[value].name
            if op == "add_widget":
                types = {self.slots[i].type for i in self._alive("field", value)}
                widgets = ["stat"] + (["bar", "pie"] if types - UNGROUPABLE else []) + (["line"] if types & DATES else [])
                if self._chart in widgets:
                    widgets = [self._chart]  # the one chart the message asks for, by its name ("a pie chart of ...")
                self._push(("kw", [f"widget:{w}" for w in widgets]))
                return
            if op == "perm":
                return
            if not self._stack or self._stack[-1][0] == "op":
                self._emit()
        elif what == "widget_field":
            self._op["field"] = self.slots[value].name
            self._widget_group()
        elif what == "group_field":
            self._op["group_by"] = self.slots[value].name
            self._emit()
        elif what == "field":
            self._op["_field_slot"] = value
            slot = self.slots[value]
            self._op["entity"], self._op["field"] = self.slots[slot.entity].name, slot.name  # type: ignore[index]
            if op in ("remove_field", "required", "unique", "optional"):
                self._emit()
        elif what == "new_name":
            if op == "rename_entity":
                me = self._op["_entity_slot"]
                taken = [s.name for i, s in enumerate(self.slots) if s.kind == "entity" and s.alive and i != me]
                self._op["to"] = unique_name(entity_name(value), taken)
            else:
                me = self._op["_field_slot"]
                owner = self.slots[me].entity
                taken = [s.name for i, s in enumerate(self.slots)
                         if s.kind == "field" and s.alive and s.entity == owner and i != me]
                self._op["to"] = unique_name(field_name(value), taken)
            self._emit()
        elif what in ("option", "value"):
            self._op["value"] = " ".join(value)
            self._emit()
        elif what == "role_name":
            self._op["role"] = unique_name(entity_name(value), [s.name for s in self.slots if s.kind == "role" and s.alive])
            self.slots.append(Slot("role", self._op["role"]))
            self._emit()
        elif what in ("view", "role"):
            self._op[what] = self.slots[value].name
            self._op["_slot"] = value
            self._emit()
        elif what == "target":
            self._field["target"] = self.slots[value].name
            self._field_done()
        elif what == "options_done":
            self._field_done()
        else:
            raise AssertionError(what)

    def _keyword(self, op: str, value: str) -> None:
        head, _, tail = value.partition(":")
        if head == "type":
            if op == "change_type":
                self._op["type"] = tail
                self._emit()
                return
            self._field["type"] = tail
            if tail in ("reference", "many_to_many"):
                self._push(("slot", ("entity", None, None, "target")))
            elif tail in ("choice", "tags"):
                self._push(("options", None))
            else:
                self._field_done()
        elif head == "view":
            self._op["type"] = tail
            if tail == "dashboard":
                self._emit()
            else:
                self._push(("slot", ("entity", None, None, "entity")))
        elif head == "widget":
            self._op["type"] = tail
            entity = self._op["_entity_slot"]
            numeric = [i for i in self._alive("field", entity) if self.slots[i].type in NUMBERS]
            # "rent by status", "total value per room": a number the message totals is summed, not counted.
            self._op["_summed"] = [i for i in numeric if self._totals(i)] if self.cues else []
            aggregates = [a for a in AGGREGATES if a == "count" or numeric]
            if self._op["_summed"] and tail != "stat":
                aggregates = ["avg"] if re.search(r"\b(?:average|avg|mean)\b", self._text) else ["sum"]
            self._push(("kw", [f"agg:{a}" for a in aggregates]))
        elif head == "agg":
            self._op["aggregate"] = tail
            if tail == "count":
                self._widget_group()
            else:
                self._push(("slot", ("field", self._op["_entity_slot"], NUMBERS, "widget_field")))
        elif head == "action":
            self._op["action"] = tail
        elif head == "access":
            self._op["access"] = tail
            self._emit()
        elif head == "key":
            self._op["key"] = tail
        elif head == "colour":
            self._op["colour"] = tail
            self._colours_set.add(value)
            self._emit()
        elif head == "font":
            self._op["font"] = tail
            self._emit()
        elif value == "end_roles":
            self._emit()
        else:
            raise AssertionError(value)

    def _widget_group(self) -> None:
        kind = self._op["type"]
        if kind == "stat":
            self._emit()
            return
        entity = self._op["_entity_slot"]
        if kind == "line":
            types = DATES
        else:
            types = tuple(t for t in FIELD_TYPES if t not in UNGROUPABLE)
        self._push(("slot", ("field", entity, types, "group_field")))

    def _field_done(self) -> None:
        f = self._field
        if self._op["_"] == "add_entity":
            self._op["fields"].append(f)
            self.slots.append(Slot("field", f["name"], entity=self._op["_slot"], type=f["type"]))
            return
        self._op["field"] = f
        owner = self._op["_entity_slot"]
        self.slots.append(Slot("field", f["name"], entity=owner, type=f["type"]))
        self._emit()

    def _finish_entity(self) -> None:
        self._emit()

    def _emit(self) -> None:
        op = self._op.pop("_")
        record = {"op": op, **{k: v for k, v in self._op.items() if not k.startswith("_")}}
        if self.accept is not None and not self.accept(record):
            for slot in self.slots[self._mark :]:
                slot.alive = False
            self._op = {}
            if not self._stack:
                self._stack.append(("op", None))
            return
        for slot_key, kind in (("_field_slot", "field"), ("_entity_slot", "entity")):
            index = self._op.get(slot_key)
            if index is not None and op in (f"remove_{kind}", f"rename_{kind}"):
                if op.startswith("remove"):
                    self.slots[index].alive = False
                    if kind == "entity":
                        for s in self.slots:
                            if s.entity == index:
                                s.alive = False
                else:
                    self.slots[index].name = self._op["to"]
        if op in ("remove_view", "remove_role"):
            self.slots[self._op["_slot"]].alive = False
        if op == "perm":
            self.rules.add((self._op["_entity_slot"], self._op["action"]))
        if op == "unperm":
            self.rules.discard((self._op["_entity_slot"], self._op["action"]))
        self.operations.append(record)
        self._op = {}
        if not self._stack:
            self._stack.append(("op", None))
