"""Reading a new app from a message: the `keyword-rules` baseline's answer when there is no base spec.

`_create` splits the message into sentences and list items, finds the entity nouns and the fields listed with them
(a draft), links fields named like other entities as references, adds the views, roles, theme and access it was asked
for, and returns the operations that build it all. It exists apart from the edit rules because a create has no spec
to resolve words against: every entity and field comes from the message's own wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from appforge.evaluation.checklist import norm
from appforge.models import new_app
from appforge.models.baselines.reading import (
    CHOICE_WORDS,
    EVENT_NOUNS,
    STATUS_DEFAULT,
    STOP,
    VERBS,
    VIEW_WORDS,
    _entity_name,
    _normalise,
    _roles_and_rules,
    _split_items,
    _type_of,
    _widgets,
    look_and_access,
    parse_field,
)


@dataclass
class _Draft:
    entities: dict[str, list[dict[str, Any]]]
    labels: dict[str, str | None]

    def entity(self, name: str) -> list[dict[str, Any]]:
        return self.entities.setdefault(name, [])

    def add_field(self, entity: str, field: dict[str, Any] | None) -> None:
        if field is None:
            return
        fields = self.entity(entity)
        if field["name"] == entity or field["name"] in {f["name"] for f in fields}:
            return
        fields.append(field)


def _sentences(text: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if depth <= 0 and (ch in "!?\n" or (ch == "." and nxt == " ")):
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


_MARKER = re.compile(r"^(.*?)(?:\s*\(|\s+with\s+|\s+(?:has|have|need|needs)\s+)(.*)$")
# A person or thing named as a field that any builder would make an entity of its own ("..., supplier").
PARTIES = {"customer", "client", "supplier", "vendor", "owner", "tenant", "patient", "member", "student", "teacher",
           "tutor", "instructor", "coach", "artist", "guest", "donor", "employer", "company", "driver", "cleaner",
           "stylist", "doctor", "player", "team", "opponent", "host", "venue", "room", "parent", "guardian"}
# What the rows of a "queue" / "sheet" / "log" are called when the message names only the container.
CONTAINERS = {"queue": "entry", "sheet": "signup", "log": "entry", "list": "item", "catalogue": "item",
              "inventory": "item", "invntory": "item", "directory": "listing", "rota": "shift", "board": "post"}
_DIRECTIVE = re.compile(r"\b(?:mode|theme|colou?rs?|look|calendar|chart|graph|dashboard|kanban|board of|public|"
                        r"login|log in|sign in|account|only|can|see all|role)\b")


def _plural_noun(item: str) -> bool:
    words = item.split()
    return (0 < len(words) <= 3 and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))
            and not set(words) & VERBS and not any(v in item for v in VIEW_WORDS) and _type_of(item, False, False)
            == "text" and words[-1] not in STOP)


_APP_WORDS = r"(?:tracker|app|system|planner|database|program|software|thing|collection|crm|manager)"


def _head(phrase: str) -> str:
    """The noun phrase a 'tracker for X' / 'X app' / 'X of Y' head names."""
    phrase = re.sub(r"^.*\b(?:tracker|app|system|list|log|database|planner|catalogue) (?:for|of)\b", "", phrase)
    phrase = re.sub(r"\b(?:for|in|at|from|on|to) (?:me|us|my|our|the|a|log|track|keep)\b.*$", "", phrase)
    phrase = re.sub(rf"\b{_APP_WORDS}\b", "", phrase)
    if " of " in phrase and not re.search(r"\b(?:number|colou?r|type|list|kind) of\b", phrase):
        phrase = phrase.split(" of ")[0]
    return phrase


def _new_entity(draft: _Draft, phrase: str) -> str | None:
    name = _entity_name(_head(phrase))
    if name is None:
        return None
    last = name.split("_")[-1]
    name = CONTAINERS.get(last, name) if last in CONTAINERS and "_" not in name else name
    # The head noun names the entity ("menu items" -> item), unless another entity already took it.
    short = name.split("_")[-1]
    if short not in draft.entities and len(short) > 2:
        label = name.replace("_", " ").capitalize() if short != name else None
        name = short
        draft.labels.setdefault(name, label)
    draft.entity(name)
    return name


def _read_entities(text: str, draft: _Draft) -> None:
    pending: str | None = None  # an intro sentence's noun ("karaoke night queue"), used if fields follow alone
    for index, sentence in enumerate(_sentences(text)):
        if _DIRECTIVE.search(sentence) and not re.search(r"[(:]|\bwith\b|\bhave\b", sentence):
            continue
        head, colon, rest = sentence.partition(": ")
        current: str | None = None
        if colon:
            first = _split_items(rest)[:1]
            if first and (_plural_noun(first[0]) or _MARKER.match(first[0])) and not _looks_fieldy(first[0]):
                sentence = rest
            else:
                current = _new_entity(draft, head)
                sentence = rest
        items = _split_items(sentence)
        for position, item in enumerate(items):
            m = _MARKER.match(item)
            if m and re.fullmatch(rf"(?:an? |the )?{_APP_WORDS}", m.group(1).strip()):
                for name in _split_items(m.group(2)):
                    current = None
                    _new_entity(draft, name)
                continue
            if m and "(" in item and not re.search(r"\(([^)]*[,/]|[^)]*\band\b)", item):
                m = None
            if m and not _is_choice_paren(item) and m.group(1).strip():
                name = _new_entity(draft, m.group(1))
                if name:
                    for field in _split_items(m.group(2).rstrip(")")):
                        draft.add_field(name, parse_field(field))
                    current = None if "(" in item[: len(m.group(1)) + 2] else name
                    continue
            subject = re.match(r"^(\w+s) (\w+)", item)
            if current is None and subject and subject.group(2) in VERBS | {"drop", "sign", "borrow"}:
                _new_entity(draft, subject.group(1))
                continue
            if current is not None:
                field = parse_field(item)
                if field and field["type"] == "text" and field["name"] in PARTIES:
                    _new_entity(draft, field["name"])
                    field = {"name": field["name"], "type": "text"}
                draft.add_field(current, field)
            elif _plural_noun(item):
                current = None
                _new_entity(draft, item)
            elif re.search(rf"\b{_APP_WORDS}\b", item) and _entity_name(_head(item)):
                current = _new_entity(draft, item)
            elif position == 0 and len(items) == 1 and index == 0 and len(item.split()) <= 6:
                pending = item
            elif pending and not draft.entities:
                current = _new_entity(draft, pending)
                draft.add_field(current, parse_field(item)) if current else None


def _looks_fieldy(item: str) -> bool:
    return _type_of(item, False, False) != "text" or item.split()[-1] in ("name", "title")


def _is_choice_paren(seg: str) -> bool:
    m = re.match(r"^(.*?)\s*\(", seg)
    return bool(m and m.group(1).split() and m.group(1).split()[-1] in CHOICE_WORDS)


def _fallback_entity(text: str, draft: _Draft) -> None:
    m = re.search(r"(?:track(?:er)?|log|list|catalogue|collection|planner|manage|record)\s+(?:of|for)?\s*"
                  r"(?:my|our|the)?\s*([a-z ]{3,30}?)(?:\s+(?:with|for|in|at|and)\b|[.,:(]|$)", text)
    name = _entity_name(m.group(1)) if m else None
    if name is None:
        m = re.search(r"([a-z]+(?: [a-z]+)?)\s+(?:tracker|log|list|planner|app|catalogue|collection|booking|rota)\b",
                      text)
        name = _entity_name(m.group(1)) if m else None
    if name is None and re.search(r"\bcrm\b", text):
        name = "customer"
    if name is None and re.search(r"\bbook(?:ing|ings)?\b", text):
        name = "booking"
    if name:
        draft.entity(name)


def _link(draft: _Draft) -> None:
    """References: a field named like another entity points to it; an event-like entity refers to the others."""
    names = list(draft.entities)
    for entity, fields in draft.entities.items():
        linked: set[str] = set()
        for f in fields:
            target = next((n for n in names if n != entity and (norm(n) == norm(f["name"])
                                                              or norm(n.split("_")[-1]) == norm(f["name"]))), None)
            if target:
                f.clear()
                f.update({"name": target if target not in {x.get("name") for x in fields} else target,
                          "type": "reference", "target": target})
                linked.add(target)
            elif re.search(r"assign|assignee|^who_", f["name"]):
                f["type"] = "user"
                f.pop("options", None)
        if entity.split("_")[-1] in EVENT_NOUNS:
            for other in names:
                if other != entity and other.split("_")[-1] not in EVENT_NOUNS and other not in linked:
                    fields.insert(0, {"name": other, "type": "reference", "target": other})
                    linked.add(other)
        seen: set[str] = set()
        fields[:] = [f for f in fields if not (f["name"] in seen or seen.add(f["name"]))]  # type: ignore[func-returns-value]


def _entity_near(text: str, keyword: str, names: list[str]) -> str | None:
    """The entity named closest after (else before) a keyword such as 'calendar'."""
    at = text.find(keyword)
    if at < 0:
        return None
    best, distance = None, 10**6
    for name in names:
        for word in {name, name.replace("_", " "), name.split("_")[-1]}:
            for m in re.finditer(rf"\b{re.escape(word)}", text):
                d = m.start() - at if m.start() >= at else (at - m.start()) * 2
                if d < distance:
                    best, distance = name, d
    return best


def _views(text: str, draft: _Draft, ops: list[dict[str, Any]]) -> None:
    names = list(draft.entities)
    if not names:
        return

    def with_type(entity: str, types: tuple[str, ...]) -> dict[str, Any] | None:
        return next((f for f in draft.entities[entity] if f["type"] in types), None)

    if re.search(r"kanban|\bboard\b|pipeline|drag", text):
        entity = _entity_near(text, re.search(r"kanban|\bboard\b|pipeline|drag", text).group(0), names) or next(
            (n for n in names if with_type(n, ("choice",))), names[0])
        group = next((f for f in draft.entities[entity] if f["type"] == "choice" and re.search(r"status|stage", f["name"])),
                     None) or with_type(entity, ("choice",))
        if group is None:
            group = {"name": "status", "type": "choice", "options": [{"value": v} for v in STATUS_DEFAULT]}
            draft.entities[entity].append(group)
        ops.append({"op": "add_view", "view": {"name": "board", "type": "kanban", "entity": entity, "group_by": group["name"]}})
    if "calendar" in text or "see the week" in text:
        entity = _entity_near(text, "calendar", names) or next((n for n in names if with_type(n, ("date", "datetime"))),
                                                                 names[0])
        date = with_type(entity, ("date", "datetime"))
        if date is None:
            date = {"name": "date", "type": "date"}
            draft.entities[entity].append(date)
        ops.append({"op": "add_view", "view": {"name": "calendar", "type": "calendar", "entity": entity,
                                                "date_field": date["name"]}})
    if re.search(r"gallery|\bgrid\b|\bcards?\b|covers", text):
        entity = _entity_near(text, re.search(r"gallery|\bgrid\b|\bcards?\b|covers", text).group(0), names) or names[0]
        image = with_type(entity, ("image",))
        view = {"name": "gallery", "type": "cards", "entity": entity}
        if image:
            view["image_field"] = image["name"]
        ops.append({"op": "add_view", "view": view})
    widgets = _widgets(text, draft)
    if widgets or re.search(r"dashboard|\bstats?\b", text):
        if not widgets:
            widgets = [{"title": f"{names[0].replace('_', ' ').capitalize()}s", "type": "stat", "entity": names[0]}]
        ops.append({"op": "add_view", "view": {"name": "dashboard", "type": "dashboard"}})
        ops += [{"op": "add_widget", "view": "dashboard", "widget": w} for w in widgets]


def _create(message: str) -> list[dict[str, Any]]:
    text = _normalise(message)
    draft = _Draft(entities={}, labels={})
    _read_entities(text, draft)
    if not draft.entities:
        _fallback_entity(text, draft)
    if not draft.entities:
        return []
    for fields in draft.entities.values():
        if not any(f["type"] in ("text",) for f in fields):
            fields.insert(0, {"name": "name", "type": "text"})
    _link(draft)
    view_ops: list[dict[str, Any]] = []
    _views(text, draft, view_ops)
    ops: list[dict[str, Any]] = []
    spec = new_app()
    order = sorted(draft.entities, key=lambda n: any(f.get("target") for f in draft.entities[n]))
    for name in order:
        label = draft.labels.get(name)
        ops.append({"op": "add_entity", "entity": name, "fields": draft.entities[name], **({"label": label} if label else {})})
    for name in order:
        ops.append({"op": "add_view", "view": {"name": f"{name}_list", "type": "table", "entity": name}})
    ops += view_ops
    ops += _roles_and_rules(text, list(draft.entities), [r.name for r in spec.roles])
    return ops + look_and_access(text)
