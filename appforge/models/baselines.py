"""Two baselines with no learned decoder: what the in-house model has to beat to be worth its weights.

- `keyword-rules`: hand-written patterns over the message (entity nouns with field lists, field types by keyword,
  views, roles, theme and access words; for edits: add / rename / remove / retype a field, options, rules) resolved
  against the base spec. It shows how far surface patterns go on the benchmark.
- `nearest-blueprint`: the catalogue blueprint nearest to the message, as is. It shows what retrieval alone gives:
  a plausible app for the domain that ignores the particulars the person asked for.

Both were written from the benchmark's dev cases and docs only (never its heldout split). Every proposal goes through
`validated`, which keeps only the operations that apply, so a rule's mistake costs a part of the answer, never all of
it; the proposal's note says what was dropped.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from appforge.evaluation.checklist import norm
from appforge.models import Proposal, new_app, register
from appforge.models.rebuild import spec_to_operations
from appforge.spec.model import RESERVED_ENTITY_NAMES, RESERVED_FIELD_NAMES, AppSpec, Entity, Field
from appforge.spec.operations import OperationError, apply_operations, parse_operation
from appforge.spec.validate import slug


def validated(ops: list[dict[str, Any]], base: AppSpec | None, model: str, note: str | None = None,
              timings: dict[str, float] | None = None) -> Proposal:
    """A proposal of the operations of `ops` that apply, one at a time, in order; the rest are dropped and counted.

    Why: a baseline's rules are guesses; one bad guess (a field that already exists, a view on a missing field)
    would otherwise make the whole batch fail and the answer score as no valid spec.
    """
    spec = base if base is not None else new_app()
    kept = []
    dropped: list[str] = []
    for data in ops:
        try:
            op = parse_operation(data)
            spec = apply_operations(spec, [op])
        except (OperationError, ValueError) as exc:
            dropped.append(f"{data.get('op', '?')}: {exc}")
            continue
        kept.append(op)
    notes = [note] if note else []
    if dropped:
        notes.append(f"dropped {len(dropped)} operation(s) that did not apply: " + "; ".join(dropped[:3]))
    return Proposal(operations=kept, model=model, note=" ".join(notes) or None, timings=timings or {})


# --- words --------------------------------------------------------------------------------------------------------

COLOURS = {
    "red": "#dc2626", "orange": "#ea580c", "amber": "#ffbf00", "yellow": "#eab308", "gold": "#ca8a04",
    "green": "#16a34a", "olive": "#6b7c23", "teal": "#0d9488", "blue": "#2563eb", "navy": "#1e3a8a",
    "purple": "#7c3aed", "lavender": "#a78bfa", "pink": "#db2777", "brown": "#8b5a2b", "cream": "#fdf6e3",
    "grey": "#6b7280", "gray": "#6b7280", "black": "#111111", "white": "#ffffff", "beige": "#f5f0e1",
    "mint": "#98e2c6", "coral": "#f87171", "turquoise": "#14b8a6", "maroon": "#7f1d1d", "charcoal": "#374151",
}
CHOICE_WORDS = ("status", "stage", "type", "category", "level", "priority", "severity", "condition", "kind",
                "platform", "size", "grade", "genre", "rank", "role", "area", "state", "package", "method")
STATUS_DEFAULT = ["New", "In progress", "Done"]
DEFAULT_OPTIONS = {"status": STATUS_DEFAULT, "priority": ["Low", "Medium", "High"], "severity": ["Low", "Medium", "High"],
                   "sex": ["Female", "Male", "Unknown"], "gender": ["Female", "Male", "Other"]}
ADMIN_WORDS = ("owner", "admin", "manager", "boss", "director", "lead", "coordinator", "landlord", "librarian")
ACTIONS = {"delete": "delete", "remove": "delete", "cancel": "delete", "edit": "update", "change": "update",
           "update": "update", "modify": "update", "reassign": "update", "approve": "update", "confirm": "update",
           "decide": "update", "create": "create", "add": "create", "submit": "create", "post": "create",
           "book": "create", "enter": "create", "log": "create", "see": "read", "view": "read", "read": "read",
           "access": "read"}
STOP = {"a", "an", "the", "my", "our", "their", "his", "her", "its", "your", "some", "any", "each", "every", "of",
        "for", "to", "and", "or", "also", "pls", "please", "plz", "too", "etc", "i", "we", "me", "us", "want",
        "need", "needs", "would", "like", "so", "just", "simple", "small", "new", "all", "list", "keep", "track",
        "log", "record", "manage", "store", "app", "system", "tracker", "database", "thing", "field", "column",
        "entity", "table", "it", "them", "this", "that", "what", "which", "who", "be", "is", "are", "in", "on",
        "with", "by", "per", "have", "has", "should", "can", "will", "lol", "hi", "hello", "ok", "okay"}
VERBS = {"want", "need", "have", "make", "do", "run", "use", "see", "get", "help", "know", "send", "fill", "come",
         "drop", "sign", "book", "borrow", "quote", "sell", "rent", "lend", "think", "love", "hope", "coach",
         "foster", "manage", "register", "enroll", "post", "pick", "write", "mark", "receive", "receives", "give"}
EVENT_NOUNS = ("booking", "appointment", "order", "loan", "session", "visit", "inspection", "log", "payment",
               "sale", "reservation", "shift", "lesson", "match", "game", "job", "rental", "donation", "entry",
               "attendance", "harvest", "job", "invoice", "ticket", "pledge", "viewing", "checkout", "callout",
               "enrollment", "registration", "signup", "transaction", "reading", "expense", "delivery")
VIEW_WORDS = ("calendar", "kanban", "board", "pipeline", "chart", "dashboard", "pie", "graph", "gallery", "grid",
              "cards", "stat", "leaderboard", "view")


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _ident(phrase: str, reserved: frozenset[str] = RESERVED_FIELD_NAMES) -> str:
    name = slug(phrase)[:40].strip("_") or "x"
    return name + "_info" if name in reserved else name


def _entity_name(phrase: str) -> str | None:
    """The entity a noun phrase names: its last one or two content words, singular."""
    words = [w for w in re.findall(r"[a-z][a-z']*", phrase.lower()) if w not in STOP and w not in VERBS]
    while len(words) > 1 and (words[-1].endswith("ed") or words[-1] in ("done", "given", "sold", "made", "now")):
        words = words[:-1]
    if not words:
        return None
    words = [singular(w) for w in words[-2:]]
    name = _ident(" ".join(words), RESERVED_ENTITY_NAMES)
    return "person" if name in ("user", "users") else name


def _split_items(text: str) -> list[str]:
    """Top-level items of a list: commas, 'and', ';' and '+' outside parentheses."""
    items, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch in ",;" and depth <= 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    out: list[str] = []
    for item in items:
        if "(" in item:
            out.append(item)
        else:
            out += re.split(r"\s+(?:and|&|\+)\s+|\s*\+\s*", item)
    return [i.strip(" .!?:-") for i in out if i.strip(" .!?:-")]


# --- fields ----------------------------------------------------------------------------------------------------


def _options(text: str) -> list[str]:
    values = [v.strip(" '\"").strip() for v in re.split(r"\s*(?:/|,|>|\bor\b)\s*", text)]
    seen: list[str] = []
    for v in values:
        v = re.sub(r"^(?:and|etc\.?)\s+", "", v).strip(" .")
        if v and len(v) <= 40 and v.lower() not in {s.lower() for s in seen} and v not in ("etc", "..."):
            seen.append(v[:1].upper() + v[1:])
    return seen


def parse_field(phrase: str) -> dict[str, Any] | None:
    """A field from a phrase like "price per night", "paid y/n", "status (new, done)", "severity low/high"."""
    text = phrase.lower().strip()
    text = re.sub(r"date\s*(?:\+|&|and|/)\s*time", "datetime", text)
    options: list[str] = []
    m = re.search(r"\(([^)]*)\)", text)
    if m:
        inner = m.group(1)
        text = (text[: m.start()] + text[m.end():]).strip()
        head_word = text[: m.start()].split()[-1:] if text[: m.start()].split() else []
        if re.search(r"[,/>]", inner) and not re.search(r"\d", inner):
            options = _options(inner)
        elif head_word and head_word[0] in CHOICE_WORDS and 1 < len(inner.split()) <= 8:
            options = _options(inner.replace(" ", "/"))
        elif re.fullmatch(r"\s*(?:y/n|yes/no|\?)\s*", inner):
            text += " y/n"
    boolean = bool(re.search(r"\?|\by/n\b|\byes/no\b|\bor not\b|\bwhether\b|^is |^if ", text))
    text = re.sub(r"\?|\by/n\b|\byes/no\b|\bor not\b|\bwhether\b|^if ", " ", text).strip()
    if not options and "/" in text and not re.search(r"\d|km/|/kg|mg/", text):
        left, _, right = text.partition("/")
        left_words = left.split()
        if left_words:
            options = _options("/".join([left_words[-1], right]))
            head = " ".join(left_words[:-1])
            text = head or "_".join(o.lower() for o in options[:2])
    words = [w for w in re.findall(r"[a-z0-9%°]+", text) if w not in (
        "the", "a", "an", "my", "any", "their", "what", "which", "pls", "etc", "too", "also", "its", "in", "checkbox",
        "flag", "field", "column")]
    quoted = re.search(r"['\"]([^'\"]+)['\"]", phrase)
    if quoted and ftype_hint(phrase):
        words = re.findall(r"[a-z0-9]+", quoted.group(1).lower()) or words
    if not words:
        return None
    joined = " ".join(words)
    name = _ident(joined.replace("%", " pct").replace("°", ""))
    if joined in ("how many",):
        name = "quantity"
    ftype = _type_of(joined, boolean, bool(options))
    field: dict[str, Any] = {"name": name, "type": ftype}
    if ftype == "text" and words[-1] in DEFAULT_OPTIONS:
        ftype = field["type"] = "choice"
        options = DEFAULT_OPTIONS[words[-1]]
    if ftype == "choice":
        field["options"] = [{"value": o} for o in (options or STATUS_DEFAULT)]
    if ftype == "rating" and re.search(r"1\s*-\s*10", phrase):
        field["type"] = "integer"
    return field


def ftype_hint(phrase: str) -> bool:
    """Whether a phrase names its field in quotes ("a 'paid' checkbox"): then the quoted words are the name."""
    return bool(re.search(r"['\"][^'\"]+['\"]", phrase))


def _has(text: str, *words: str) -> bool:
    return any(re.search(rf"\b{w}", text) for w in words)


def _type_of(text: str, boolean: bool, has_options: bool) -> str:
    if has_options:
        return "choice"
    if boolean or _has(text, "checkbox", "flag\\b", "tick box", "tickbox"):
        return "boolean"
    if _has(text, "email", "e-mail"):
        return "email"
    if _has(text, "phone", "mobile", "tel\\b", "cell"):
        return "phone"
    if _has(text, "url", "link", "website", "linkedin", "web site"):
        return "url"
    if _has(text, "photo", "picture", "image", "pic\\b", "pics\\b", "cover", "swatch", "logo", "qr"):
        return "image"
    if _has(text, "file", "pdf", "attachment", "document", "resume", "cv\\b", "contract"):
        return "file"
    if _has(text, "datetime", "timestamp", "starts at", "date time"):
        return "datetime"
    if _has(text, "date", "when\\b", "dob\\b", "dod\\b", "birthday", "deadline", "due\\b", "expir", "day\\b",
            "check in", "check out", "checkin", "checkout"):
        return "date"
    if _has(text, "time\\b", "start\\b", "end\\b", "from\\b", "until\\b"):
        return "time"
    if _has(text, "price", "cost", "fee", "amount", "deposit", "budget", "rent\\b", "salary", "pay\\b", "value",
            "revenue", "total", "income", "tip\\b", "paid\\b", "spent", "pledge", "\\$", "£", "€"):
        return "money"
    if _has(text, "rating", "stars", "1-5", "score out"):
        return "rating"
    if _has(text, "how many", "number of", "count", "qty", "quantity", "players", "size", "capacity", "minutes",
            "points", "stripes", "reps", "sets\\b", "units", "age\\b", "year", "seats", "guests", "frames",
            "pages", "copies", "stock", "number\\b", "mileage", "hours", "packets", "crew", "panel"):
        return "integer"
    if _has(text, "kg", "weight", "km", "distance", "%", "pct", "percent", "rate\\b", "hectare", "litre", "liter",
            "mg", "dose", "temperature", "reading", "°", "tonn", "height", "length", "area", "kw", "metres",
            "meters", "progress", "level\\b"):
        return "decimal"
    if _has(text, "notes", "note\\b", "description", "comments", "review", "bio\\b", "details", "steps",
            "instructions", "recap", "feedback", "reason", "summary"):
        return "long_text"
    if _has(*(text,), *CHOICE_WORDS) and _has(text, "status", "stage"):
        return "choice"
    if _has(text, "paid", "done", "returned", "approved", "received", "active", "included", "attended",
            "completed", "confirmed", "signed"):
        return "boolean"
    return "text"


# --- create ----------------------------------------------------------------------------------------------------


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


def _normalise(message: str) -> str:
    text = message.lower().replace("w/", "with ").replace("’", "'").replace(" w ", " with ")
    text = re.sub(r"\s+", " ", text)
    return text


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


def _widgets(text: str, fields_of: _Draft | AppSpec) -> list[dict[str, Any]]:
    """Charts asked for as 'X per Y' / 'X by Y' near a chart word; stats for 'total' / 'count'."""
    if isinstance(fields_of, AppSpec):
        entities = {e.name: [f.model_dump(mode="json") for f in e.fields] for e in fields_of.entities}
    else:
        entities = fields_of.entities
    if not entities:
        return []
    widgets: list[dict[str, Any]] = []
    for sentence in re.split(r"[.!;\n]|\band\b(?= a | an )|(?<=count) and |(?<=total) and |:", text):
        if not re.search(r"chart|graph|pie|dashboard|leaderboard|total|stat\b|count\b|per (?:month|week|day)|"
                         r"\b(?:per|by) ", sentence) or not re.search(r"chart|graph|pie|dashboard|leaderboard|total|stat"
                                                                     r"|count", text):
            continue
        kind = "pie" if "pie" in sentence else "line" if re.search(r"\bline\b|over time", sentence) else "bar"
        m = re.search(r"([a-z%\- ]+?)\s+(?:per|by|of|for each|each)\s+([a-z ]+?)(?:\s+(?:chart|graph)|[,:]|$)",
                      sentence.replace("chart of", "").replace("chart:", "").replace("pie", "").strip())
        measure, group = (m.group(1), m.group(2)) if m else (sentence, "")
        entity, number = _measure(measure, entities)
        if entity is None:
            entity = next(iter(entities))
        if re.search(r"total|stat\b|count\b", sentence) and not group:
            widgets.append({"title": sentence.strip()[:40].capitalize() or "Total", "type": "stat", "entity": entity,
                            **({"aggregate": "sum", "field": number} if number else {})})
            continue
        period = next((p for p in ("month", "week", "day") if p in group or p in sentence), None)
        fields = entities[entity]
        by = None
        if group and not period:
            words = {norm(w) for w in group.split()}
            by = next((f["name"] for f in fields if norm(f["name"]) in words or norm(f["name"].split("_")[-1]) in words
                       or norm(f.get("target") or "-") in words), None)
            if by is None:
                by = next((f["name"] for f in fields if f["type"] in ("choice", "reference")), None)
        elif period:
            by = next((f["name"] for f in fields if f["type"] in ("date", "datetime")), None)
            if by is None:
                by, period = "created_at", period
        if by is None:
            continue
        if kind == "line" and not period:
            kind = "bar"
        widget: dict[str, Any] = {"title": (measure.strip() or "count").capitalize()[:40] + f" by {period or by}",
                                  "type": kind, "entity": entity, "group_by": by}
        if period:
            widget["period"] = period
        if number:
            widget.update(aggregate="sum", field=number)
        widgets.append(widget)
    return widgets


def _measure(measure: str, entities: dict[str, list[dict[str, Any]]]) -> tuple[str | None, str | None]:
    """The entity a chart measures and the number field it sums (None: it counts rows)."""
    words = {norm(w) for w in re.findall(r"[a-z]+", measure)}
    money_words = {"revenue", "income", "spending", "sale", "value", "cost", "amount", "raised", "total"}
    entity_words = {norm(e.split("_")[-1]) for e in entities} | {norm(e) for e in entities}
    for entity, fields in entities.items():
        for f in fields:
            parts = {norm(p) for p in f["name"].split("_")} - entity_words
            if f["type"] in ("integer", "decimal", "money", "rating") and (norm(f["name"]) in words or parts & words):
                return entity, f["name"]
    for entity, fields in entities.items():
        for f in fields:
            if any(norm(o["value"]) in words for o in f.get("options") or []):
                return entity, None
    for entity in entities:
        if norm(entity) in words or norm(entity.split("_")[-1]) in words:
            return entity, None
    if words & money_words:
        for entity, fields in entities.items():
            money = next((f["name"] for f in fields if f["type"] == "money"), None)
            if money:
                return entity, money
    return None, None


def _roles_and_rules(text: str, names: list[str], have_roles: list[str]) -> list[dict[str, Any]]:
    """Roles and permission rules from 'only X can A Y', 'X can only A their own Y', 'X see only their own Y'."""
    ops: list[dict[str, Any]] = []
    roles = list(have_roles)

    def role(word: str) -> str:
        name = _ident(singular(word.strip()))
        match = next((r for r in roles if norm(r) == norm(name)), None)
        if match:
            return match
        roles.append(name)
        ops.append({"op": "add_role", "role": name})
        return name

    def entity_in(phrase: str) -> str | None:
        for word in re.findall(r"[a-z]+", phrase):
            hit = next((n for n in names if norm(n) == norm(word) or norm(n.split("_")[-1]) == norm(word)), None)
            if hit:
                return hit
        return None

    for sentence in re.split(r"[.!;\n]|,\s*(?=\w+ (?:can|see|sees|only)\b)", text):
        m = re.search(r"only (?:the )?([a-z ]+?) (?:can|may|should|get to) ([a-z ]+?) ((?:the |their |all )?[a-z ]+)",
                      sentence)
        if m:
            who = role(m.group(1).split()[-1])
            targets = [e for e in (entity_in(w) for w in re.split(r"\bor\b|\band\b|,", m.group(3))) if e]
            targets = list(dict.fromkeys(targets)) or [e for e in [entity_in(sentence)] if e]
            for verb in re.findall(r"[a-z]+", m.group(2)):
                for entity in targets if verb in ACTIONS else []:
                    ops.append({"op": "set_permission", "entity": entity, "action": ACTIONS[verb], "roles": [who]})
            continue
        m = re.search(r"([a-z]+) (?:(?:can|should|but|and|only|also|will|may) )*(see|view|edit|read|change|update|"
                      r"access)(?: only)? (?:their|his|her|its) own ([a-z ]+)", sentence)
        if m and m.group(1) not in STOP | {"but", "only", "may", "will", "they"}:
            who = role(m.group(1))
            entity = entity_in(m.group(3)) or entity_in(sentence)
            if entity:
                action = ACTIONS[m.group(2)]
                ops.append({"op": "set_permission", "entity": entity, "action": action, "roles": [who], "own": True})
                if action == "read" and re.search(r"\b(edit|change)", sentence):
                    ops.append({"op": "set_permission", "entity": entity, "action": "update", "roles": [who],
                                "own": True})
            continue
        for m in re.finditer(r"\b([a-z]+?)s? (?:role|can\b|see all|sees all|see everything|approves|only)", sentence):
            if m.group(1) in {"staff", "admin", "manager", "owner", "member", "volunteer", "coordinator", "agent",
                              "teacher", "tutor", "parent", "customer", "reviewer", "director", "lead", "driver",
                              "cleaner", "curator", "porter", "engineer", "referee", "resident", "inspector",
                              "salespeople", "librarian", "instructor", "boss", "secretary", "student", "singer"}:
                role(m.group(1))
    if roles and not have_roles:
        owner = next((r for r in roles if any(w in r for w in ADMIN_WORDS)), None)
        if owner:
            ops.append({"op": "set_auth", "owner_role": owner})
    return ops


def _theme(text: str) -> dict[str, Any]:
    theme: dict[str, Any] = {}
    if re.search(r"dark (?:mode|theme)|dark\b.*\blook", text):
        theme.update(dark=True, background="#111827", text="#f9fafb")
    elif re.search(r"light (?:mode|theme)|light\b.*instead", text):
        theme.update(dark=False, background="#ffffff", text="#111827")
    if "rounded" in text:
        theme["radius"] = 16
    for word, colour in COLOURS.items():
        for m in re.finditer(rf"\b{word}\b(?: and \w+)?\s*(\w+)?", text):
            after = m.group(1) or ""
            if after in ("background", "bg"):
                theme["background"] = colour
            elif after in ("text", "font"):
                theme["text"] = colour
            elif word in ("white", "cream", "beige") and "primary" not in theme:
                theme.setdefault("background", colour)
            else:
                theme.setdefault("primary", colour)
    if re.search(r"\bwarm(?:er)?\b", text) and "primary" not in theme:
        theme["primary"] = COLOURS["brown"]
    return {"op": "set_theme", **theme} if theme else {}


def _access(text: str) -> dict[str, Any] | None:
    if re.search(r"\bpublic\b|without (?:an? )?(?:account|login|logging in|signing in)|no (?:account|login)|"
                 r"anyone can (?:add|view|see|submit)|dont need an account|don't need an account", text):
        return {"op": "set_auth", "access": "public"}
    return None


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
    theme = _theme(text)
    if theme:
        ops.append(theme)
    access = _access(text)
    if access:
        ops.append(access)
    return ops


# --- edit ------------------------------------------------------------------------------------------------------


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in STOP]


def _main_entity(spec: AppSpec) -> Entity | None:
    """The entity a message that names none most likely means: the one with the most fields."""
    return max(spec.entities, key=lambda e: len(e.fields), default=None)


def _find_entity(phrase: str, spec: AppSpec) -> Entity | None:
    words = [norm(w) for w in _words(phrase)]
    joined = norm("".join(_words(phrase)))
    for e in spec.entities:
        keys = {norm(e.name), norm(e.label or ""), norm(e.plural or "")} - {""}
        if joined in keys:
            return e
    for e in spec.entities:
        keys = {norm(e.name), norm(e.label or ""), norm(e.name.split("_")[-1])} - {""}
        if any(w in keys for w in words):
            return e
    return None


def _find_field(phrase: str, spec: AppSpec, prefer: Entity | None = None) -> tuple[Entity, Field] | None:
    words = _words(phrase)
    if not words:
        return None
    candidates = [norm("_".join(words[i:j])) for i in range(len(words)) for j in range(len(words), i, -1)]
    entities = ([prefer] if prefer else []) + [e for e in spec.entities if e is not prefer]
    for key in candidates:
        for e in entities:
            for f in e.fields:
                if key in (norm(f.name), norm(f.label or "")):
                    return e, f
    for key in candidates:
        for e in entities:
            for f in e.fields:
                if key and key in norm(f.name).split() + [norm(p) for p in f.name.split("_")]:
                    return e, f
    return None


def _edit(message: str, base: AppSpec) -> list[dict[str, Any]]:
    text = _normalise(message)
    ops: list[dict[str, Any]] = []
    spec = base
    clauses = [c.strip() for c in re.split(r"[.!;\n]|,\s*and\b|\band also\b|,\s*(?=then\b)|\band (?=an? )", text)]
    verb = ""
    aliases: dict[str, str] = {}
    for clause in clauses:
        if not clause:
            continue
        clause = " ".join(aliases.get(norm(w), w) for w in clause.split())
        first = clause.split()[0]
        if first in ("add", "remove", "rename", "delete", "drop"):
            verb = first
        elif first in ("a", "an") and verb:
            last = next((o.get("entity") for o in reversed(ops) if isinstance(o.get("entity"), str)), None)
            if last and _find_entity(clause, spec) is None:
                clause += f" to {last}"  # "add X to the appointment status and a tip field": the tip goes there too
            clause = f"{verb} {clause}"
        found = _edit_clause(clause, spec, [e.name for e in spec.entities])
        # Later clauses read the app as the earlier ones left it ("rename service to treatment, and ... services").
        proposal = validated(found, spec, "keyword-rules")
        if proposal.operations:
            spec = apply_operations(spec, proposal.operations)
            ops += [op.model_dump(mode="json", exclude_unset=True) | {"op": op.op} for op in proposal.operations]
            aliases |= {norm(op.entity): op.to for op in proposal.operations if op.op == "rename_entity"}
    theme = _theme(text)
    if theme:
        ops.append(theme)
    access = _access(text)
    if access:
        ops.append(access)
    return ops


def _edit_clause(clause: str, base: AppSpec, names: list[str]) -> list[dict[str, Any]]:
    if re.search(r"\b(only|can'?t|cannot|shouldn'?t|should not|can only|readable|see only)\b", clause) and re.search(
            r"\b(delete|edit|change|read|see|view|create|add|cancel|remove)", clause):
        rules = _rules_edit(clause, base)
        if rules:
            return rules
    m = re.search(r"rename (?:the )?(.+?) (?:to|as|into) (.+)", clause) or re.search(
        r"(.+?) should be called (.+)", clause) or re.search(r"call (?:the )?(.+?) (.+?) instead", clause)
    if m:
        return _rename(m.group(1), m.group(2), base)
    if re.search(r"chart|graph|dashboard|\bpie\b|stat\b", clause):
        widgets = _widgets(clause, base)
        if widgets:
            dash = next((v for v in base.views if v.type.value == "dashboard"), None)
            ops: list[dict[str, Any]] = []
            if dash is None:
                ops.append({"op": "add_view", "view": {"name": "dashboard", "type": "dashboard"}})
            return ops + [{"op": "add_widget", "view": dash.name if dash else "dashboard", "widget": w}
                          for w in widgets]
    if re.search(r"calendar", clause):
        entity = _find_entity(clause, base) or next((e for e in base.entities if any(
            f.type.value in ("date", "datetime") for f in e.fields)), None)
        date = next((f for f in entity.fields if f.type.value in ("date", "datetime")), None) if entity else None
        if entity and date:
            return [{"op": "add_view", "view": {"name": f"{entity.name}_calendar", "type": "calendar",
                                                "entity": entity.name, "date_field": date.name}}]
    if re.search(r"\bboard\b|kanban", clause):
        return _board(clause, base)
    m = re.search(r"(?:remove|delete|drop|get rid of|ditch|lose)\s+(?:the\s+)?(.+)", clause) or re.search(
        r"(?:don'?t|do not|dont) need (?:the )?(.+?)(?: any ?more)?$", clause)
    if m:
        target = m.group(1)
        if target.strip() in ("it", "that", "them", "this"):
            target = clause[: m.start()]
        return _remove(target, base)
    m = re.search(r"(.+?) should be (?:a |an )?(free text|text|a number|number|date|dropdown|choice|money|yes/no)", clause)
    if m:
        return _retype(m.group(1), m.group(2), base)
    constraint = _constraint(clause, base)
    if constraint:
        return constraint
    new = _new_entity_edit(clause, base)
    if new:
        return new
    quoted = re.findall(r"['\"]([^'\"]+)['\"]", clause)
    option = _options_edit(clause, quoted, base)
    if option is not None:
        return option
    return _add_fields(clause, quoted, base)


def _new_entity_edit(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    """'feedings: hive, date, syrup litres' or 'add a treatment notes entity linked to appointments'."""
    m = re.match(r"^(?:add )?(?:an? )?([a-z ]+?)\s*:\s*(.+)$", clause)
    fields: list[dict[str, Any]] = []
    if m and _find_entity(m.group(1), base) is None and _find_field(m.group(1), base) is None and len(
            m.group(1).split()) <= 3 and m.group(1).split()[-1].endswith("s"):
        name, items = _entity_name(m.group(1)), _split_items(m.group(2))
    else:
        m = re.search(r"(?:add |new )(?:an? )?(?:new )?([a-z ]+?) (?:entity|table|list)(?: (?:linked|related|connected) "
                      r"to ([a-z ]+))?", clause)
        if not m:
            return []
        name, items = _entity_name(m.group(1)), [m.group(2)] if m.group(2) else []
    if name is None or base.entity(name) is not None:
        return []
    for item in items:
        target = _find_entity(item, base)
        field = {"name": target.name, "type": "reference", "target": target.name} if target else parse_field(item)
        if field and field["name"] not in {f["name"] for f in fields}:
            fields.append(field)
    if not any(f["type"] == "text" for f in fields):
        fields.insert(0, {"name": "name" if not items else "title", "type": "text"})
    return [{"op": "add_entity", "entity": name, "fields": fields},
            {"op": "add_view", "view": {"name": f"{name}_list", "type": "table", "entity": name}}]


def _rename(old: str, new: str, base: AppSpec) -> list[dict[str, Any]]:
    new_name = _ident(" ".join(_words(new)) or new)
    entity = _find_entity(old, base)
    hit = _find_field(old, base, entity)
    if entity is not None and (hit is None or norm("".join(_words(old))) in {norm(entity.name), norm(entity.label or "")}):
        return [{"op": "rename_entity", "entity": entity.name, "to": singular(new_name), "label": None}]
    if hit:
        return [{"op": "rename_field", "entity": hit[0].name, "field": hit[1].name, "to": new_name}]
    return []


def _remove(target: str, base: AppSpec) -> list[dict[str, Any]]:
    target = re.sub(r"\b(thing|field|column|its pointless|it'?s pointless|anymore|any more|pls|please)\b", "", target)
    hit = _find_field(target, base)
    if hit:
        return [{"op": "remove_field", "entity": hit[0].name, "field": hit[1].name}]
    entity = _find_entity(target, base)
    return [{"op": "remove_entity", "entity": entity.name}] if entity else []


def _retype(phrase: str, kind: str, base: AppSpec) -> list[dict[str, Any]]:
    hit = _find_field(phrase, base)
    types = {"free text": "text", "text": "text", "a number": "decimal", "number": "decimal", "date": "date",
             "money": "money", "yes/no": "boolean"}
    if hit and kind in types:
        return [{"op": "change_type", "entity": hit[0].name, "field": hit[1].name, "type": types[kind]}]
    return []


def _constraint(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    settings: dict[str, Any] = {}
    if re.search(r"\brequired\b|\bmandatory\b", clause):
        settings["required"] = True
    if re.search(r"\bunique\b", clause):
        settings["unique"] = True
    m = re.search(r"(?:at least|min(?:imum)?)\s+(\d+)", clause)
    if m:
        settings["min"] = int(m.group(1))
    m = re.search(r"(?:at most|max(?:imum)?|no more than|up to)\s+(\d+)", clause)
    if m:
        settings["max"] = int(m.group(1))
    if not settings:
        return []
    hit = _find_field(re.sub(r"\d+", "", clause), base)
    return [{"op": "set_field", "entity": hit[0].name, "field": hit[1].name, **settings}] if hit else []


def _options_edit(clause: str, quoted: list[str], base: AppSpec) -> list[dict[str, Any]] | None:
    choice_fields = [(e, f) for e in base.entities for f in e.fields if f.type.value in ("choice", "tags")]
    if not choice_fields:
        return None
    prefer = _find_entity(clause, base)
    words = {norm(w) for w in re.findall(r"[a-z]+", clause)}
    named = [(e, f) for e, f in choice_fields if norm(f.name) in words or norm(f.name.split("_")[-1]) in words
             or norm(f.label or "-") in words]
    if prefer:
        named.sort(key=lambda ef: ef[0] is not prefer)
    values = quoted
    if not values:
        m = re.search(r"(?:add|with)\s+(?:an?\s+)?(?:option\s+)?([a-z][a-z \-]*)$", clause)
        if named and m and not re.search(r"\bto\b|\bfield\b", m.group(1)):
            rest = [w for w in m.group(1).split() if norm(w) not in {norm(named[0][1].name)} and w not in ("option",)]
            values = [" ".join(rest)] if rest else []
    if not named or not values:
        return None
    rest_of_clause = clause
    for v in values:
        rest_of_clause = rest_of_clause.replace(v.lower(), "")
    if re.search(r"\bfield\b", rest_of_clause) and quoted:
        return None
    entity, field = named[0]
    return [{"op": "add_option", "entity": entity.name, "field": field.name, "value": v[:1].upper() + v[1:]}
            for v in values]


def _add_fields(clause: str, quoted: list[str], base: AppSpec) -> list[dict[str, Any]]:
    m = (re.search(r"add (?:an? |the )?(.+?) (?:to|for|on) (?:the |all |each )?([a-z _]+)$", clause)
         or re.search(r"([a-z _]+?) (?:need|needs|should have|should also have|have|has|want|get) (?:an? |the |some )?(.+)$",
                      clause)
         or re.search(r"(?:add|want|need|include) (?:an? |the |some )?(.+)$", clause))
    if m is None:
        m2 = re.match(r"([a-z _]+?) for ([a-z _]+?)\s*:\s*(.+)$", clause)
        if not m2:
            return []
        what, where = m2.group(1) + ": " + m2.group(3), m2.group(2)
    elif m.re.pattern.startswith("add (?:an? |the )?(.+?) (?:to"):
        what, where = m.group(1), m.group(2)
    elif "need" in m.re.pattern and m.lastindex == 2:
        what, where = m.group(2), m.group(1)
    else:
        what, where = m.group(1), ""
    entity = _find_entity(where, base) if where else None
    if entity is None:
        entity = _find_entity(clause, base)
    if entity is None and re.match(r"^(?:add|i want|we need|need)\b", clause):
        entity = _main_entity(base)
    if entity is None:
        return []
    what = re.sub(rf"\s+(?:of|for|on) (?:the |a |an |each |every )?{re.escape(entity.name.split('_')[-1])}s?\b", "", what)
    what = re.sub(r"\b(too|also|field|column|as well)\b", "", what).strip()
    if ":" in what:
        name, _, opts = what.partition(":")
        name = quoted[0] if quoted else name
        options = _options(opts)
        kind = "tags" if norm(name.strip().split()[-1] if name.strip() else "") == "tag" else "choice"
        field_name = _ident(" ".join(w for w in _words(name) if norm(w) not in (norm(entity.name), norm(entity.label or "-"))) or "category")
        return [{"op": "add_field", "entity": entity.name,
                 "field": {"name": field_name, "type": kind, "options": [{"value": o} for o in options]}}]
    ops = []
    hint = re.search(r"\((money|date|number|text|yes/no|integer|decimal|email|phone|url|image)\)", what)
    for item in _split_items(re.sub(r"\([^)]*\)", "", what)):
        item = re.sub(r"^(?:an?|the|some)\s+", "", item)
        field = parse_field(item)
        if field is None or entity.field(field["name"]) is not None:
            continue
        if field["type"] == "choice" and not re.search(r"status|stage", field["name"]):
            field = {"name": field["name"], "type": "text"}
        if hint and len(_split_items(what)) >= 1 and item == _split_items(re.sub(r"\([^)]*\)", "", what))[-1]:
            field["type"] = {"number": "decimal", "yes/no": "boolean"}.get(hint.group(1), hint.group(1))
            field.pop("options", None)
        target = next((e.name for e in base.entities if e is not entity and norm(e.name) == norm(field["name"])), None)
        if target:
            field = {"name": field["name"], "type": "reference", "target": target}
        ops.append({"op": "add_field", "entity": entity.name, "field": field})
    if re.search(r"\bentity\b|\blinked to\b", clause) and ops:
        return []
    return ops


def _board(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    entity = _find_entity(clause, base) or base.entities[0] if base.entities else None
    if entity is None:
        return []
    group = next((f for f in entity.fields if f.type.value == "choice"), None)
    ops: list[dict[str, Any]] = []
    m = re.search(r"\(([^)]*)\)", clause)
    if group is None:
        group_name = "status"
        options = _options(m.group(1)) if m else STATUS_DEFAULT
        ops.append({"op": "add_field", "entity": entity.name,
                    "field": {"name": group_name, "type": "choice", "options": [{"value": o} for o in options]}})
    else:
        group_name = group.name
    ops.append({"op": "add_view", "view": {"name": f"{entity.name}_board", "type": "kanban", "entity": entity.name,
                                           "group_by": group_name}})
    return ops


def _rules_edit(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    names = [e.name for e in base.entities]
    have = [r.name for r in base.roles]
    ops = _roles_and_rules(clause, names, have)
    m = re.search(r"([a-z]+?)s? (?:can'?t|cannot|shouldn'?t|should not|can not) ([a-z ]+?) ([a-z ]+?)(?:,? only (?:the )?"
                  r"([a-z]+))?$", clause)
    if m and not any(o["op"] == "set_permission" for o in ops):
        banned = singular(m.group(1))
        entity = _find_entity(m.group(3), base)
        action = next((ACTIONS[w] for w in m.group(2).split() if w in ACTIONS), None)
        if entity and action:
            allowed = [m.group(4)] if m.group(4) else [r for r in have if norm(r) != norm(banned)]
            allowed = [next((r for r in have if norm(r) == norm(singular(a))), _ident(singular(a))) for a in allowed]
            ops += [{"op": "add_role", "role": a} for a in allowed if a not in have]
            if allowed:
                ops.append({"op": "set_permission", "entity": entity.name, "action": action, "roles": allowed})
    m = re.search(r"(?:make )?(?:the )?([a-z ]+?) (readable|editable|deletable) only by ([a-z ,]+)", clause)
    if m:
        entity = _find_entity(m.group(1), base)
        action = {"readable": "read", "editable": "update", "deletable": "delete"}[m.group(2)]
        roles = [next((r for r in have if norm(r) == norm(w)), None) for w in re.split(r",|\band\b", m.group(3))]
        roles = [r for r in roles if r]
        if entity and roles:
            ops = [{"op": "set_permission", "entity": entity.name, "action": action, "roles": roles}]
    # An edit never re-designates the owner role: that would touch what was not asked.
    return [o for o in ops if not (o["op"] == "set_auth" and "owner_role" in o)]


class KeywordRules:
    """The rule baseline: regular expressions and word lists, no learning."""

    name = "keyword-rules"

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        start = time.perf_counter()
        ops = _edit(message, base) if base is not None else _create(message)
        timings = {"rules_ms": (time.perf_counter() - start) * 1000}
        note = None if ops else "no rule matched the message; nothing to change"
        return validated(ops, base, self.name, note, timings)


@register("keyword-rules")
def keyword_rules() -> KeywordRules:
    return KeywordRules()


# --- nearest blueprint -----------------------------------------------------------------------------------------


class NearestBlueprint:
    """The retrieval baseline: the nearest catalogue blueprint, rebuilt as operations, and nothing else."""

    name = "nearest-blueprint"

    def __init__(self) -> None:
        from appforge.models.retrieval import load_catalogue_vectors, nearest_blueprints

        load_catalogue_vectors()  # the catalogue's vectors, loaded (or encoded) now rather than on the first answer
        self._nearest = nearest_blueprints

    def propose(self, message: str, base: AppSpec | None = None) -> Proposal:
        start = time.perf_counter()
        if base is None:
            found = self._nearest(message, k=1)
            timings = {"retrieve_ms": (time.perf_counter() - start) * 1000}
            if not found:
                return Proposal(operations=[], model=self.name, note="the catalogue is empty", timings=timings)
            blueprint, score = found[0]
            ops = spec_to_operations(blueprint.spec, seed=False)
            return validated(ops, None, self.name, f"blueprint {blueprint.name} (cosine {score:.2f})", timings)
        return self._edit(message, base, start)

    def _edit(self, message: str, base: AppSpec, start: float) -> Proposal:
        from appforge.catalogue import Blueprint

        query = Blueprint(name=base.name, spec=base).summary + ". " + message
        found = self._nearest(query, k=3)
        timings = {"retrieve_ms": (time.perf_counter() - start) * 1000}
        said = " " + " ".join(re.findall(r"[a-z0-9]+", message.lower())) + " "
        said_norm = {norm(w) for w in said.split()}
        ops: list[dict[str, Any]] = []
        used: set[tuple[str, str]] = set()
        for entity in base.entities:
            for blueprint, _ in found:
                twin = next((e for e in blueprint.spec.entities
                             if norm(e.name) == norm(entity.name) or (e.label and entity.label
                                                                      and norm(e.label) == norm(entity.label))), None)
                if twin is None:
                    continue
                for f in twin.fields:
                    words = f.name.split("_")
                    mentioned = f" {' '.join(words)} " in said or (len(words) == 1 and norm(f.name) in said_norm)
                    if mentioned and entity.field(f.name) is None and (entity.name, f.name) not in used:
                        used.add((entity.name, f.name))
                        ops.append({"op": "add_field", "entity": entity.name,
                                    "field": f.model_dump(mode="json", exclude={"id"}, exclude_defaults=True)
                                    | {"name": f.name}})
        names = ", ".join(bp.name for bp, _ in found)
        note = f"fields from {names}" if ops else f"no field of the nearest blueprints ({names}) is named; no change"
        return validated(ops, base, self.name, note, timings)


@register("nearest-blueprint")
def nearest_blueprint() -> NearestBlueprint:
    return NearestBlueprint()
