"""What the program's answer loses or is tidied into before it is proposed.

The decoder writes what it reads; the readers that run beside it read some of the same words better ("walks (date,
duration)" puts the date on walks). An operation the readers show misplaced, a thing made of what the person does or
of a pronoun, a field written twice, a field added and renamed in the same breath, "estimate_in_hours" or options
written a word at a time are taken out or put as the person said them here, and the answer is checked to apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from appforge.models.inhouse.itemfield import CONDITION, PAID_WORDS, unit_type
from appforge.models.inhouse.listmarks import COMMANDING, DONE_BY, FOR_WHAT, NOTICES
from appforge.models.inhouse.mentions import UNIT_WORDS, apply_if_fits, entity_of, words_for_entities
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.rules import stated_rules
from appforge.models.inhouse.synonyms import kind_named_by
from appforge.models.inhouse.thingnames import DEEDS, NOT_KEPT_PEOPLE, QUANTITY, groups_served
from appforge.spec.model import AppSpec
from appforge.spec.operations import OperationError, apply_operations


def without_misplaced(ops: list[dict[str, Any]], listed: list[dict[str, Any]], base: AppSpec,
                       held: list[tuple[str, str, set[str]]], text: str,
                       also: Callable[[dict[str, Any]], bool] | None = None) -> list[dict[str, Any]]:
    """The program's operations less those the list reading shows misplaced, if the rest still applies without
    them: "appointments need a type: new, follow-up" puts `type` on appointments, so the program's `type` on another
    thing is the same words misplaced; so is a "price" on tickets for "add a ticket price to events" when events have
    one; "labels like bug, feature" are options of the labels, not of another field; and "a waitlist with guest
    name, party size and phone" makes a phone field, not a "Phone" option elsewhere (a quoted 'misted' stays one)."""
    placed = {(op["field"]["name"], op["entity"]) for op in listed if op["op"] == "add_field"}
    options_of = {(op["field"]["name"], op["entity"]): {v["value"] for v in op["field"]["options"]}
                  for op in listed if op["op"] == "add_field" and op["field"].get("options")}
    renamed = {(op["field"], op["entity"]): op["to"] for op in listed if op["op"] == "rename_field"}
    names = {name for name, _ in placed}
    options = {o["value"].lower() for op in listed if op["op"] == "add_field" for o in op["field"].get("options", [])}
    # "track vaccinations for each dog with expiry date": the new thing, not a "vaccinations" field on dogs.
    things = {op["entity"] for op in listed if op["op"] == "add_entity"}

    # "add an allergies table: ..., noted on": a thing made of a listed field's words is that field misread.
    # "add a walk-in queue with guest name, ...": a "walk" thing is part of the new thing's name, misread.
    misread = {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
               and any({singular(w) for w in o["entity"].split("_")} <= {singular(w) for w in n.split("_")}
                       for n in names | things)}
    # "can you add due date reminders?" where tasks have a due date: no `due_date` thing
    fields = {f.name for e in base.entities for f in e.fields}
    misread |= {o["entity"] for o in ops if o["op"] == "add_entity" and base.entity(o["entity"]) is None
                and "_".join(w for w in o["entity"].split("_") if w not in ("date", "time", "number")) in fields}

    # "add a ticket price and capacity to events" when events have both: "capacity_price" on tickets is their words
    said_of: dict[str, set[str]] = {}
    for owner, _, said in held:
        said_of.setdefault(owner, set()).update(said)

    def misplaced(o: dict[str, Any]) -> bool:
        if o.get("entity") in misread or (o["op"] == "add_field" and o["field"].get("target") in misread):
            return True
        if o["op"] == "add_option":
            # a quoted 'misted' is an option; a 'paid' checkbox is a field
            quoted = re.search(rf"['\"‘“]{re.escape(o['value'])}['\"’”](?!\s*(?:checkbox|tickbox|tick box|check box|"
                               rf"field|column|box|toggle|flag|yes/no)\b)", text, re.IGNORECASE) is not None
            return o["value"].lower() in options or snake(o["value"]) in things | (set() if quoted else names)
        if o["op"] != "add_field":
            return False
        name, entity = o["field"]["name"], o["entity"]
        if any(n.endswith("_" + name) and e == entity for n, e in placed):
            return True  # "an emergency contact name + phone": the contact's phone, not a `phone` of the member's
        said = options_of.get((renamed.get((name, entity), name), entity))
        if said and {v["value"] for v in o["field"].get("options", [])} - said:
            return True  # "a delivery option - pickup or delivery, and a delivery address": not an "address" option
        if re.search(rf"\b\w+ in {name}\b", text.lower()) and name in UNIT_WORDS:
            return True  # "a watering interval in days": the unit of a field, not a field
        if name in things or "_".join(name.split("_")[:-1] + [singular(name.split("_")[-1])]) in things:
            return True
        if entity not in things and singular(name) in {w for t in things if "_" in t for w in t.split("_")}:
            return True  # "add ticket types with price": the new ticket_type, not a `types` field on events
        words = {singular(w) for w in name.split("_")}
        return (name in names and (name, entity) not in placed) or any(
            entity != owner and words <= said for owner, said in said_of.items())

    def trimmed(o: dict[str, Any]) -> dict[str, Any]:
        """A new thing the lists give fields to keeps those, not the program's reading of the same words ("date
        reported" is one date, not a `date` and a `reported` checkbox)."""
        listed_here = {name for name, entity in placed if entity == o.get("entity")}
        return _fields_kept(o, lambda f: f["name"] in listed_here) if listed_here else o

    kept = [trimmed(o) for o in ops if not misplaced(o) and not (also is not None and also(o))]
    if kept == ops:
        return ops
    try:
        apply_operations(base, kept)
    except (OperationError, ValueError):
        return ops
    return kept


def misplaced_on_create(ops: list[dict[str, Any]], start: AppSpec, held: list[tuple[str, str, set[str]]],
                         text: str, people: set[str]) -> list[dict[str, Any]]:
    """A new app's program less the fields the start shows misplaced: words a list gave to another thing ("walks
    (date, duration, which walker)" puts no date on walkers) and a field named for a thing the app keeps ("payments"
    on walkers, "suppliers" on suppliers), which is that thing, not a value."""
    things = {e.name for e in start.entities}
    people = people | {r.name for r in start.roles}

    def deed(name: str) -> bool:
        """"members_book", "reception_books": people and what they do, read off a rule, not a field; "sales_to_customers":
        a thing and what it goes to, read off a list of things."""
        words = name.split("_")
        if len(words) >= 3 and set(words) & {"to", "from", "for", "per", "of"} and any(
                w in things or singular(w) in things for w in words):
            return True
        return len(words) >= 2 and (singular(words[0]) in people or words[0] in NOT_KEPT_PEOPLE) and (
            words[1] in DEEDS or singular(words[1]) in DEEDS) and (len(words) == 2 or words[0] != singular(words[0]))

    # "green beans we buy", "cafes that order from us": what the person does, not a thing to keep ("buy", "us").
    deeds = {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
             and (_only_done(o["entity"], text.lower()) or no_thing(o, text))}
    # "the couple's song requests": no `the_couple`; "medicines" where the app's products are labelled Medicine: the
    # thing the app has, under its other name
    spoken = words_for_entities(start)  # "orders" where the app keeps a bake_order labelled Order
    deeds |= {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
              and (o["entity"].split("_")[0] in _PRONOUNS | {"the", "a", "an"}
                   or spoken.get(o["entity"], o["entity"]) != o["entity"])}

    # "kegs out more than 60 days": a count said of things, no `n_60_keg` thing
    deeds |= {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things
              and re.search(r"\d", o["entity"])}
    # "an app for my band: gigs, setlists": the band the app is for, not a thing with gigs and setlists as fields
    deeds |= {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] in groups_served(text) - things}
    # "lost and found for our school office", "me and my partner": a word the message never says as many of, where
    # the start has the app's things, is not one more thing to keep
    plurals = {singular(w) for w in re.findall(r"[a-z]{4,}", text.lower()) if singular(w) != w}
    plurals |= set(re.findall(r"\b(?:each|every|per) ([a-z]+)", text.lower()))  # "each style has a base price"
    deeds |= {o["entity"] for o in ops if o["op"] == "add_entity" and o["entity"] not in things and things
              and o["entity"].split("_")[-1] not in plurals}

    ruled = {v for r in stated_rules(text) for v in (r.verb, r.verb.rstrip("s"))}
    fields_of = {(e.name, f.name) for e in start.entities for f in e.fields}
    # Words said only in brackets: the start read them already, as the fields, options or examples of the thing
    # before the bracket; the program's field of them is a copy or misplaced ("401k" on dividends).
    # So are words said only as options with slashes ("status idea/booked/recorded": no `booked_recorded`).
    slashed = r"[a-z0-9]+(?:\s*/\s*[a-z0-9]+)+"
    examples = {w for inside in re.findall(r"\(([^)]*)\)", text.lower()) + re.findall(slashed, text.lower())
                for w in re.findall(r"[a-z0-9]+", inside)}
    examples -= set(re.findall(r"[a-z0-9]+", re.sub(rf"\([^)]*\)|{slashed}", " ", text.lower())))  # said outside, too
    fields_of |= {(o["entity"], o["field"]["name"]) for o in ops if o["op"] == "add_field"}

    def named_for_a_thing(o: dict[str, Any]) -> bool:
        shown = [part.get("entity") for part in (o.get("view"), o.get("widget")) if isinstance(part, dict)]
        if o.get("entity") in deeds or set(shown) & deeds or (o["op"] == "add_field" and o["field"].get("target") in deeds):
            return True
        if o["op"] != "add_field" or o["field"].get("type") in ("reference", "many_to_many"):
            return False
        if o["field"]["name"] in _PRONOUNS or no_thing(o, text) or singular(o["field"]["name"]) == o["entity"]:
            return True  # "classes" on a class
        if o["field"]["name"] in ruled:
            return True  # "the pastor marks them answered": what the pastor may do, no `marks` number
        if any(owner == o["entity"] and {singular(w) for w in o["field"]["name"].split("_")} == said
               for owner, _, said in held):
            return True  # "brew date" where the batches the start brought keep brewed_on: that field, not a second
        words = o["field"]["name"].split("_")
        if len(words) >= 2 and (set(words) & _OBJECTS or words[0] in _DOING):
            return True  # "the super assigns them", "we track plot size": what someone does, no `assigns_them`
        if len(words) == 1 and words[0] in FOR_WHAT and re.search(rf"\b(?:for|on) {words[0]}\b", text.lower()):
            return True  # "bikes for sale": what they are there for, no `sale` amount
        last = words[-1]
        if (len(words) >= 2 and last != singular(last) and not last.endswith("ss") and words[0] not in QUANTITY
                and ((singular(last) in things and singular(last) != o["entity"])
                     or kind_named_by(things - {o["entity"]}, words[0]) is not None)):
            return True  # "rent payments", "maintenance tickets" where the app keeps payments, maintenance requests
        said_things = [v for v in (opt.get("value", "") for opt in o["field"].get("options") or [])
                       if entity_of(re.findall(r"[a-z]+", v.lower()), spoken) is not None]
        if len(said_things) >= 2:
            return True  # "my kid's medical stuff: doctor visits, medications": the app's things, not a field's options
        offered = [snake(opt.get("value", "")) for opt in o["field"].get("options") or []]
        elsewhere = {name for entity, name in fields_of if entity != o["entity"]}
        if len(offered) >= 2 and 2 * sum(v in elsewhere for v in offered) >= len(offered):
            return True  # "more than one piano (make, model, year built)": the piano's fields, not a client's choice
        if _a_copy(o["field"]["name"], {name for entity, name in fields_of if entity == o["entity"]}):
            return True  # "size_2", "sold_2": the same words read twice
        name = o["field"]["name"]
        if any(re.search(r"\d", w) for w in name.split("_")) or set(name.split("_")) <= examples:
            return True  # "level (A1-C2)", "events (50 free, 100 back etc)": a range or examples, no field "c2"
        if any(t.startswith(name + "_") and t.replace("_", " ") in text.lower() for t in things):
            return True  # "field" of "field trips" where the app keeps field trips
        before = [spoken.get(m.group(1)) or spoken.get(singular(m.group(1)))
                  for m in re.finditer(rf"\b([a-z]+)[ -]{name.replace('_', '[ -]')}\b", text.lower())
                  if m.group(1) != singular(m.group(1))]  # "whether the client paid" is said of the cleaning
        if before and all(b is not None and b != o["entity"] for b in before):
            return True  # "donations dropped off" puts no `dropped_off` on volunteers
        if not name.endswith("ed") and any(
                singular(m.group(1)) in people
                for m in re.finditer(rf"\b([a-z]{{3,}}s) (?:can |will |should )?{name.replace('_', ' ')}\b", text.lower())):
            return True  # "students enroll", "members take turns": what they do (their enrolments), no `enroll` date
        if name in _FUNCTION_WORDS:
            return True  # "the meets we go to": no `to` date
        if name in _HOW_OFTEN and re.search(rf"\b{name}\s+[a-z]{{3,}}", text.lower()):
            return True  # "daily attendance": how often, no `daily` date on the dogs
        if name in _TIED or ("_" in name and _only_done(name, text.lower())):
            return True  # "each shoot belongs to a client", "the locations we park at": no `belongs`, no `park_at`
        parts = name.split("_")
        if any(re.search(rf"\b{a}\s*[,+&/]\s*{b}\b", text.lower()) for a, b in zip(parts, parts[1:], strict=False)):
            return True  # "date, liters, price": two items of a list, not a `date_liters`
        if name.split("_")[-1] in NOTICES:
            return True  # "reorder alerts when low": what the app shows, not a field
        first = name.split("_")[0]
        if (first != singular(first) and singular(first) in things and singular(first) != o["entity"]
                and o["field"].get("type") not in ("integer", "decimal", "money")):
            return True  # "walks scheduled on a calendar" puts no `walks_scheduled` date on clients: the walks have it
        return name in things or singular(name) in things or singular(name) in spoken or deed(name)

    def own_fields(o: dict[str, Any]) -> dict[str, Any]:
        """A new thing's fields less those the same tests leave out ("volunteers sign up" gives them no sign_up)."""
        return _fields_kept(o, lambda f: not named_for_a_thing({"op": "add_field", "entity": o["entity"], "field": f}))

    single = [own_fields(_without_copies(o)) for o in ops]
    try:
        apply_operations(start, single)
    except (OperationError, ValueError):
        single = ops  # a page shows a copy: keep them both
    return without_misplaced(single, [], start, held, text, also=named_for_a_thing)


def bound_not_field(base: AppSpec, text: str) -> Callable[[dict[str, Any]], bool]:
    """Whether a change's new field is the bound of one the thing has: "classes need a max capacity of 20" where
    classes have a capacity sets its maximum (see `limits`), it adds no `max_capacity`."""
    numbered = re.search(r"\d", text) is not None

    def bound(op: dict[str, Any]) -> bool:
        if not numbered or op["op"] != "add_field":
            return False
        found = re.fullmatch(r"(?:max|min|maximum|minimum)_(.+?)(?:_of|_is|_at)?", op["field"]["name"])
        entity = base.entity(op["entity"])
        return found is not None and entity is not None and entity.field(found.group(1)) is not None

    return bound


def no_thing(op: dict[str, Any], text: str = "") -> bool:
    """"where they heard about us", "items found, where, date": a pronoun, a question word or a question's verb
    ("heard") the program took for a thing, and whatever adds to it, shows it or links to it; so is the verb of
    "which coach teaches each class" (no `teach` thing)."""
    named = [op.get("entity")] + [part.get("entity") for part in (op.get("view"), op.get("widget")) if isinstance(part, dict)]
    if op["op"] == "add_field":
        named.append(op["field"].get("target"))
    if op["op"] == "add_option" and text and not set(re.findall(r"[a-z0-9]+", op["value"].lower())) <= set(
            re.findall(r"[a-z0-9]+", text.lower())):
        return True  # an option comes from the words: "hide notes from the orders table" adds no "To" category
    done = {m.group(0).split()[2] for m in DONE_BY.finditer(text.lower())}
    if any(isinstance(name, str) and (name in _PRONOUNS | _QUESTIONS | _SAID_DONE
                                      or any(verb.startswith(name) for verb in done)) for name in named):
        return True
    if op["op"] != "add_field" or op["field"].get("type") in ("reference", "many_to_many"):
        return False
    name = op["field"]["name"]
    if len(name.split("_")) >= 2 and set(name.split("_")) & {"when", "if", "unless", "whenever"}:
        return True  # "add a waitlist when an event is full": no `waitlist_when`, the condition read as a name
    if len(name.split("_")) >= 3 and name.split("_")[0] in COMMANDING:
        return True  # "... and make due on required": the change asked, not a `make_due_on_required` field
    if name in _DONE_BY_PEOPLE and re.search(rf"\b(?:can|cant|cannot|could|should|will|may|must|to|only|[a-z]+s)\s+"
                                             rf"{name.replace('_', ' ?')}\b", text.lower()):
        return True  # "vets and receptionists log in; only vets can write medical notes": no `log_in`, no `write`
    verb, *rest = name.split("_")
    after = "|".join(["a", "an", "the", "their", "his", "her", "my", "our", "some", "any"] + [re.escape(w) for w in rest[:1]])
    return re.search(rf"\b(?:can|could|should|will|would|may|must|to)\s+(?:[a-z]+\s+)?{re.escape(verb)}\s+(?:{after})\b",
                     text.lower()) is not None  # "clients leave a rating", "able to leave comments"


def not_conditions(ops: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """`ops` less the fields named only by the words of a condition: "a fine amount if returned late" asks for the
    fine, not for a `late` checkbox."""
    low = text.lower()
    inside = set(re.findall(r"[a-z]+", " ".join(CONDITION.findall(low))))
    if not inside:
        return ops
    outside = set(re.findall(r"[a-z]+", CONDITION.sub(" ", low)))
    def conditional(op: dict[str, Any]) -> bool:
        words = set(op["field"]["name"].split("_")) if op["op"] == "add_field" else set()
        return bool(words) and words <= inside and not words <= outside
    return [o for o in ops if not conditional(o)]


def applying(base: AppSpec, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The change as it stands if it applies, else the operations of it that do, in order: every reader's output
    is checked as it is made, and this is the last guard that an answer never breaks the app."""
    try:
        apply_operations(base, ops)
        return ops
    except (OperationError, ValueError):
        done: list[dict[str, Any]] = []
        spec = base
        for op in ops:
            spec = apply_if_fits(spec, op, done)
        return done


def folded(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A field added and then renamed or retyped in the same change is added as it ends up (one step in the history,
    not two), when nothing between the two refers to it."""
    out = list(ops)
    for k, op in enumerate(out):
        if op["op"] not in ("rename_field", "change_type"):
            continue
        added = next((j for j in range(k) if out[j] and out[j]["op"] == "add_field" and out[j]["entity"] == op["entity"]
                      and out[j]["field"]["name"] == op["field"]), None)
        if added is None or any(op["field"] in str(o) for o in out[added + 1 : k]):
            continue
        if op["op"] == "rename_field":
            out[added] = {**out[added], "field": {**out[added]["field"], "name": op["to"]}}
        else:
            kept = {key: value for key, value in out[added]["field"].items() if key in ("name", "label", "required")}
            out[added] = {**out[added], "field": {**kept, **{key: op[key] for key in ("type", "options", "currency",
                                                                                  "target", "formula") if op.get(key)}}}
        out[k] = {}
    return [o for o in out if o]


# "an estimate in hours" is estimate_hours, "weight in kg" weight_kg: as apps name fields said in a unit.
_IN_UNIT = re.compile(rf"^([a-z0-9_]+)_in_({'|'.join(sorted(UNIT_WORDS | {'ml', 'euros', 'dollars'}))})$")


def options_as_said(op: dict[str, Any], text: str) -> dict[str, Any]:
    """Options the program wrote a word at a time ("Bright", "Indirect") that the message lists as one ("low,
    medium, bright indirect, direct") are that one option."""
    if op["op"] != "add_field" or len(op["field"].get("options") or []) < 3:
        return op
    said = [i.strip() for i in re.split(r",|\bor\b|/|:|\(|\)", text.lower()) if len(i.split()) in (2, 3)]
    values = [o["value"] for o in op["field"]["options"]]
    for item in said:
        words = item.split()
        low = [v.lower() for v in values]
        at = next((k for k in range(len(low) - len(words) + 1) if low[k : k + len(words)] == words), None)
        if at is not None:
            values[at : at + len(words)] = [item[:1].upper() + item[1:]]
    if len(values) == len(op["field"]["options"]):
        return op
    return {**op, "field": {**op["field"], "options": [{"value": v} for v in values]}}


def in_units(op: dict[str, Any]) -> dict[str, Any]:
    """A new field named "<what>_in_<unit>" named "<what>_<unit>" instead."""
    if op["op"] == "add_field" and _IN_UNIT.match(op["field"]["name"]):
        return {**op, "field": {**op["field"], "name": _IN_UNIT.sub(r"\1_\2", op["field"]["name"])}}
    if op["op"] == "add_entity" and any(_IN_UNIT.match(f["name"]) for f in op.get("fields") or []):
        return {**op, "fields": [{**f, "name": _IN_UNIT.sub(r"\1_\2", f["name"])} for f in op["fields"]]}
    return op


_NOT_A_MEASURE = frozenset({"date", "datetime", "time", "text"})


_ON_A_SCALE = re.compile(r"\b(?:1|one) ?(?:-|to|/) ?(?:5|five)\b|\bout of (?:5|five)\b|\bstars?\b|\bstar rating\b")


def measured_as_said(op: dict[str, Any], text: str) -> dict[str, Any]:
    """A field the message gives in a unit holds a number, typed as a listed item in that unit is (`unit_type`):
    "a watering interval in days" counts days, never a date; "weight in kg" is a decimal; a rate or a score said on a
    scale of five ("rate events 1-5") is a rating. The program's type is kept for any other field."""

    def measure(field: dict[str, Any]) -> dict[str, Any]:
        if (field["name"] in ("rate", "rating", "score", "stars", "star_rating") and field.get("type") != "rating"
                and _ON_A_SCALE.search(text.lower())):
            # "rate events 1-5" is a rating, not an hourly rate
            rated = {k: v for k, v in field.items() if k not in ("currency", "min", "max")} | {"type": "rating"}
            return rated | {"name": "rating"} if field["name"] == "rate" else rated
        said = r"\s+".join(re.escape(w) for w in field["name"].split("_"))
        if field.get("type") in ("date", "datetime", "text") and re.search(
                rf"\bwhether\s+(?:or not\s+)?(?:(?:it|they|he|she|the [a-z]+)\s+)?(?:was|is|were|are|has been|got)?\s*{said}\b",
                text.lower()):
            return {**field, "type": "boolean"}  # "whether it was late": yes or no, not a date
        if field.get("type", "text") in ("text", "long_text") and re.search(
                rf"\b{said}\s+(?:checkbox|check box|tickbox|tick box|toggle|y/n|yes/no|flag)\b", text.lower()):
            return {k: v for k, v in field.items() if k not in ("options",)} | {"type": "boolean"}  # "send reminder checkbox"
        parts = field["name"].split("_")
        if field.get("type", "text") in ("text", "integer", "decimal") and parts[0] in PAID_WORDS and "per" in parts:
            return {k: v for k, v in field.items() if k != "options"} | {"type": "money"}  # "pay per game"
        if field.get("type", "text") not in _NOT_A_MEASURE:
            return field
        found = re.search(rf"\b{said}s?\s+in\s+([a-z]+)\b", text.lower())
        kind = unit_type(found.group(1)) if found is not None else None
        return field if kind is None else {**field, "type": kind.value}

    if op["op"] == "add_field":
        return {**op, "field": measure(op["field"])}
    if op["op"] == "add_entity" and op.get("fields"):
        return {**op, "fields": [measure(f) for f in op["fields"]]}
    return op


def _without_copies(op: dict[str, Any]) -> dict[str, Any]:
    """A new thing less the fields the program wrote twice ("size", "size_2", "sold", "sold_2")."""
    if op["op"] != "add_entity" or not op.get("fields"):
        return op
    names = {f["name"] for f in op["fields"]}
    fields = [f for f in op["fields"] if not _a_copy(f["name"], names)]
    return op if len(fields) == len(op["fields"]) else {**op, "fields": fields}


def _fields_kept(op: dict[str, Any], keep: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """A new thing (`add_entity`) with only the fields `keep` passes, or a name when none does; any other op as it is."""
    if op["op"] != "add_entity" or not op.get("fields"):
        return op
    fields = [f for f in op["fields"] if keep(f)]
    return op if len(fields) == len(op["fields"]) else {**op, "fields": fields or [{"name": "name", "type": "text"}]}


def _a_copy(name: str, names: set[str]) -> bool:
    """Whether a field name is another of `names` numbered again ("size_2" beside "size") or said in the plural
    ("grades" beside "grade")."""
    copy = re.fullmatch(r"(.+)_[2-9]", name)
    return (copy is not None and copy.group(1) in names) or (singular(name) != name and singular(name) in names)


# What people are said to do in a rule: never a field of their own.
_DONE_BY_PEOPLE = frozenset({"log_in", "login", "sign_in", "signin", "sign_up", "signup", "write", "read", "see", "view",
                             "edit", "approve", "cancel", "delete", "manage"})
_PRONOUNS = frozenset({"us", "we", "me", "i", "you", "them", "they", "it", "him", "her", "our", "my", "their"})
_OBJECTS = _PRONOUNS - {"our", "my", "their", "her"}  # "assigns them", not "their_notes"
# Verbs that open what the person or their people do, never a field's name ("track plot size", "submit requests").
_DOING = frozenset({"track", "tracks", "submit", "submits", "manage", "manages", "keep", "keeps", "assign", "assigns",
                    "mark", "marks", "see", "sees", "want", "wants", "need", "needs", "let", "lets", "show", "shows",
                    "pick", "picks", "choose", "chooses", "select", "selects"})
_FUNCTION_WORDS = frozenset({"to", "at", "in", "on", "of", "for", "from", "with", "by", "into", "onto", "the", "and", "or",
                             "if", "so", "than", "then", "about", "after", "before"})
_HOW_OFTEN = frozenset({"daily", "weekly", "monthly", "yearly", "annual", "nightly", "hourly", "fortnightly"})
# Words that say how things are tied: "each shoot belongs to a client and has a gallery".
_TIED = frozenset({"belongs", "belong", "belonging", "has", "have", "having", "contains", "includes", "appear", "appears",
                   "linked", "tied", "attached", "connected"})
# A question word the program takes for a thing ("items found, where, date"): the list asked where, it named nothing.
_QUESTIONS = frozenset({"where", "who", "what", "which", "when", "how", "why", "whether"})
# A verb of a question the program takes for a thing ("where they heard about us"): said of people, no thing.
_SAID_DONE = frozenset({"heard", "found", "paid", "sold", "told", "met", "went", "came", "got", "bought", "brought",
                        "caught", "sent", "spent", "learned", "learnt", "knew", "saw", "felt", "thought", "said"})


def _only_done(name: str, text: str) -> bool:
    """Whether a name is only ever said as what someone does or asks: "beans we buy", "people who order", "what's
    wrong", "the locations we park at"."""
    said = name.replace("_", " ")
    if not re.search(rf"\b(?:we|i|they|you|who|that|people|what'?s|what is|what was|what went)\s+{said}\b",
                     text.replace("’", "'")):
        return False
    if "_" in name:
        return True
    return not re.search(rf"\b(?:a|an|the|my|our|each|every|per|their|his|her|of)\s+{name}s?\b|\b{name}s\b", text)


__all__ = ["applying", "folded", "in_units", "misplaced_on_create", "no_thing", "options_as_said", "without_misplaced"]
