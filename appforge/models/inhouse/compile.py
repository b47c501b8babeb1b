"""Operations -> program steps: the training targets of the in-house model.

Each step lists every token that would be right there (a word the message says twice may be copied from either
place, or taken from the vocabulary), and the program is fed through the grammar as it is built, so a target that
the grammar would not allow is caught here, at training time, not at decoding. An operation the program language
cannot say makes the whole example unusable (`Unsayable`); training skips it and counts it.
"""

from __future__ import annotations

from typing import Any

from appforge.models.inhouse.program import Program
from appforge.models.inhouse.slots import singular
from appforge.models.inhouse.tokens import COLOURS, FIELD_TYPES, FONTS, Token, words_of
from appforge.spec.model import BUILT_IN_AUDIENCES, AppSpec
from appforge.spec.operations import EXTERNAL_ONLY_OPERATIONS

Step = list[Token]


class Unsayable(ValueError):
    """An operation (or a name in it) that the program language cannot express."""


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _loose(name: str) -> str:
    return "_".join(singular(w) for w in name.split("_"))


def _hex(value: str) -> tuple[int, int, int]:
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def nearest_colour(value: str) -> str:
    r, g, b = _hex(value)
    return min(COLOURS, key=lambda c: sum((x - y) ** 2 for x, y in zip(_hex(COLOURS[c]), (r, g, b), strict=True)))


def font_key(font: str) -> str:
    exact = [k for k, v in FONTS.items() if v == font]
    if exact:
        return exact[0]
    font = font.lower()
    if "mono" in font or "courier" in font:
        return "monospace"
    if "serif" in font and "sans" not in font:
        return "serif"
    return "sans_serif"


class Compiler:
    def __init__(self, start: AppSpec, message: str, vocabulary: set[str]) -> None:
        self.message_words = words_of(message)
        self.vocabulary = vocabulary
        self.program = Program(start, self.message_words)
        self.steps: list[Step] = []

    def emit(self, step: Step) -> None:
        allowed = self.program.allowed()
        first = step[0]
        kind, value = first
        ok = (
            (kind == "kw" and value in allowed.keywords)
            or (kind in ("word", "copy") and allowed.words)
            or (kind == "slot" and value in allowed.slots)
        )
        if not ok:
            raise Unsayable(f"the grammar does not allow {first} here")
        self.steps.append(step)
        self.program.feed(first)

    def kw(self, value: str) -> None:
        self.emit([("kw", value)])

    def name(self, name: str) -> None:
        for part in [p for p in name.lower().split("_") if p][:6]:
            options: Step = [("copy", i) for i, w in enumerate(self.message_words) if w == part or singular(w) == part]
            if not options:
                options = [("copy", i) for i, w in enumerate(self.message_words) if singular(w) == singular(part)]
            if part in self.vocabulary:
                options.append(("word", part))
            if not options:
                raise Unsayable(f"the word {part!r} is neither in the message nor in the vocabulary")
            self.emit(options)
        self.kw("<sep>")

    def slot(self, kind: str, name: str, entity: str | None = None) -> None:
        """Point at a thing by its name; a name the program spelt differently (a plural copied) still matches."""
        slots = self.program.slots
        for same in (lambda a, b: a == b, lambda a, b: _loose(a) == _loose(b)):
            for i, s in enumerate(slots):
                if not s.alive or s.kind != kind or not same(s.name, name):
                    continue
                if entity is not None and (s.entity is None or not same(slots[s.entity].name, entity)):
                    continue
                self.emit([("slot", i)])
                return
        raise Unsayable(f"no {kind} {name!r} to point at")

    def field_body(self, f: dict[str, Any]) -> None:
        ftype = f.get("type", "text")
        if ftype not in FIELD_TYPES:
            raise Unsayable(f"field type {ftype}")
        self.name(f["name"])
        self.kw(f"type:{ftype}")
        if ftype in ("reference", "many_to_many"):
            self.slot("entity", f["target"])
        elif ftype in ("choice", "tags"):
            for option in f.get("options") or []:
                value = option["value"] if isinstance(option, dict) else str(option)
                for word in words_of(value)[:6] or ["option"]:
                    self._option_word(word)
                self.kw("<sep>")
            self.kw("end_options")

    def value_words(self, text: str) -> None:
        words = words_of(text)[:6]
        if not words:
            raise Unsayable(f"no words in the value {text!r}")
        for word in words:
            self._option_word(word)
        self.kw("<sep>")

    def _option_word(self, word: str) -> None:
        options: Step = [("copy", i) for i, w in enumerate(self.message_words) if w == word]
        if word in self.vocabulary:
            options.append(("word", word))
        if not options:
            raise Unsayable(f"the option word {word!r} is neither in the message nor in the vocabulary")
        self.emit(options)

    def operation(self, op: dict[str, Any]) -> None:
        kind = op["op"]
        if kind in EXTERNAL_ONLY_OPERATIONS:
            raise Unsayable(f"operation {kind}: custom blocks come only from external models")
        if kind == "add_entity":
            self.kw("add_entity")
            self.name(op["entity"])
            fields = [f for f in op.get("fields") or [] if f.get("type", "text") in FIELD_TYPES]
            if not fields:
                raise Unsayable("an entity without fields")
            for f in fields:
                self.kw("field")
                self.field_body(f)
            self.kw("end_entity")
        elif kind == "add_field":
            self.kw("add_field")
            self.slot("entity", op["entity"])
            self.field_body(op["field"])
        elif kind == "rename_entity":
            self.kw("rename_entity")
            self.slot("entity", op["entity"])
            self.name(op["to"])
        elif kind == "rename_field":
            self.kw("rename_field")
            self.slot("field", op["field"], op["entity"])
            self.name(op["to"])
        elif kind == "remove_entity":
            self.kw("remove_entity")
            self.slot("entity", op["entity"])
        elif kind == "remove_field":
            self.kw("remove_field")
            self.slot("field", op["field"], op["entity"])
        elif kind == "change_type":
            self.kw("change_type")
            self.slot("field", op["field"], op["entity"])
            self.kw(f"type:{op['type']}")
        elif kind == "set_field":
            keys = [k for k in op if k not in ("op", "entity", "field")]
            if not keys or set(keys) - {"required", "unique", "label", "default", "min", "max"}:
                raise Unsayable(f"set_field {sorted(keys)}")
            for key in keys:
                value = op[key]
                if key in ("required", "unique"):
                    if value is True:
                        self.kw(key)
                    elif key == "required" and value is False:
                        self.kw("optional")
                    else:
                        raise Unsayable("set_field unique false")
                    self.slot("field", op["field"], op["entity"])
                    continue
                if value is None or isinstance(value, (list, dict)):
                    raise Unsayable(f"set_field {key} {value!r}")
                self.kw(key)
                self.slot("field", op["field"], op["entity"])
                self.value_words(_value_text(value))
        elif kind in ("add_option", "remove_option"):
            self.kw(kind)
            self.slot("field", op["field"], op["entity"])
            for word in words_of(op["value"])[:6]:
                self._option_word(word)
            self.kw("<sep>")
        elif kind == "add_view":
            view = op["view"]
            if view.get("type", "table") not in ("table", "cards", "kanban", "calendar", "form", "dashboard"):
                raise Unsayable(f"view type {view.get('type')}")
            self.kw("add_view")
            self.kw(f"view:{view.get('type', 'table')}")
            if view.get("type") == "dashboard":
                for widget in view.get("widgets") or []:
                    self.widget(widget)
            else:
                self.slot("entity", view["entity"])
        elif kind == "remove_view":
            self.kw("remove_view")
            self.slot("view", op["view"])
        elif kind == "add_widget":
            self.widget(op["widget"])
        elif kind == "add_role":
            self.kw("add_role")
            self.name(op["role"])
        elif kind == "remove_role":
            self.kw("remove_role")
            self.slot("role", op["role"])
        elif kind == "set_permission":
            if not op["roles"]:
                raise Unsayable("a permission for no one")
            if op.get("any_row"):
                raise Unsayable("a permission in two parts (any_row)")
            self.kw("perm")
            self.kw(f"action:{op['action']}")
            self.slot("entity", op["entity"])
            for role in op["roles"]:
                if role in BUILT_IN_AUDIENCES:
                    self.kw(f"role:{role}")
                else:
                    self.slot("role", role)
            if op.get("own"):
                self.kw("own")
            self.kw("end_roles")
        elif kind == "set_auth":
            keys = {k for k in op if k != "op" and op[k] is not None}
            if not keys or keys - {"access", "signup", "default_role"}:
                raise Unsayable(f"set_auth {sorted(keys)}")
            if op.get("access"):
                self.kw("access")
                self.kw(f"access:{op['access']}")
            if op.get("signup") is not None:
                self.kw("signup_on" if op["signup"] else "signup_off")
            if op.get("default_role"):
                self.kw("default_role")
                self.slot("role", op["default_role"])
        elif kind == "remove_permission":
            self.kw("unperm")
            self.kw(f"action:{op['action']}")
            self.slot("entity", op["entity"])
        elif kind == "set_app":
            if not op.get("title"):
                raise Unsayable("set_app without a title")
            self.kw("title")
            self.value_words(op["title"])
        elif kind == "set_theme":
            said = False
            for key in ("primary", "background", "accent", "text"):
                if op.get(key):
                    self.kw("theme")
                    self.kw(f"key:{key}")
                    self.kw(f"colour:{nearest_colour(op[key])}")
                    said = True
            if op.get("dark") is not None:
                self.kw("dark" if op["dark"] else "light")
                said = True
            if op.get("font"):
                self.kw("font")
                self.kw(f"font:{font_key(op['font'])}")
                said = True
            if not said:
                raise Unsayable("set_theme of name, radius or icon only")
        else:
            raise Unsayable(f"operation {kind}")

    def widget(self, widget: dict[str, Any]) -> None:
        self.kw("add_widget")
        self.slot("entity", widget["entity"])
        self.kw(f"widget:{widget.get('type', 'stat')}")
        aggregate = widget.get("aggregate", "count")
        self.kw(f"agg:{aggregate}")
        if aggregate != "count":
            self.slot("field", widget["field"], widget["entity"])
        if widget.get("type", "stat") != "stat":
            if not widget.get("group_by"):
                raise Unsayable("a chart without a group")
            self.slot("field", widget["group_by"], widget["entity"])


def compile_operations(
    start: AppSpec, message: str, operations: list[dict[str, Any]], vocabulary: set[str]
) -> list[Step]:
    """The program steps that say `operations`, ending with <end>; raises `Unsayable`."""
    compiler = Compiler(start, message, vocabulary)
    for op in operations:
        compiler.operation(op)
    compiler.kw("<end>")
    return compiler.steps
