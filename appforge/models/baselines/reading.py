"""What both rule sets read from a message the same way, whether it describes a new app or a change to one.

The `keyword-rules` baseline reads a create (`create_rules`) and an edit (`edit_rules`) with different patterns, but
both lean on one vocabulary: the word tables (colours, choice words, stop words, verbs, event nouns), turning a phrase
into a field (`parse_field`, `_type_of`) or an entity name, and reading the charts, roles and permission rules, theme
and access a message asks for. They live here so that neither rule set imports the other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from appforge.evaluation.checklist import norm
from appforge.spec.model import RESERVED_ENTITY_NAMES, RESERVED_FIELD_NAMES, AppSpec
from appforge.spec.validate import slug

if TYPE_CHECKING:
    from appforge.models.baselines.create_rules import _Draft

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


def _normalise(message: str) -> str:
    text = message.lower().replace("w/", "with ").replace("’", "'").replace(" w ", " with ")
    text = re.sub(r"\s+", " ", text)
    return text


# --- views, roles, theme, access ---------------------------------------------------------------------------


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


def look_and_access(text: str) -> list[dict[str, Any]]:
    """The theme and sign-in operations a message asks for, new app or change alike."""
    return [op for op in (_theme(text), _access(text)) if op]
