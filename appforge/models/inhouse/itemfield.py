"""One item of a list as a field: "date stripped" a date, "paid y/n" a yes/no, "glucose mg/dL" a measure labelled
with its unit, "severity (low, high)" a choice, "colour of holds" hold_colour, "hive" a link to the hives; and what an item says
in other words: "how many" a quantity, "where it sits" a location, "start/end dates" two dates.

`listed` finds the lists and whose they are; this module names and types each item the way the catalogue names and
types fields of those words.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse.fieldtypes import MEASURE_UNITS, SHORT, UNITS, FieldTypes
from appforge.models.inhouse.mentions import apply_if_fits, entity_of, words_for_entities
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.thingnames import DEEDS
from appforge.spec.model import RESERVED_FIELD_NAMES, AppSpec, Entity, Field, FieldType

# Words that carry no name: "the date", "their price", "any notes".
FILLER = frozenset({"a", "an", "the", "their", "its", "his", "her", "my", "our", "your", "any", "some", "also",
                    "etc", "pls", "please", "plus", "maybe", "optional", "e", "g", "eg", "ie", "i", "we", "they",
                    "it", "is", "are", "was", "and", "or", "which", "what", "been", "checkbox", "tickbox", "flag",
                    "field", "column", "box", "toggle", "switch"})
# Words that only say a field's type when another word names it: "cover image", "QR code image".
_TYPE_TAILS = frozenset({"image", "picture", "pic"})
# A phrase that asks a yes/no question makes a boolean: "whether it needs training", "paid y/n", "adopted or not".
_YES_NO = re.compile(r"\bwhether\b|^if\b|\?|\by/n\b|\byes/no\b|\bor not\b|\btrue/false\b")
_SCALE = re.compile(r"\b1\s*(?:-|to)\s*(?:5|10)\b|\bout of (?:5|10|five|ten)\b")
# Options people give for these without saying them.
_USUAL_CHOICES = {"status": ["New", "In progress", "Done"], "priority": ["Low", "Medium", "High"],
                  "severity": ["Low", "Medium", "High", "Critical"]}
# Outcomes said without a field name ("win/loss") are a result.
_OUTCOMES = frozenset({"win", "won", "loss", "lost", "lose", "draw", "tie", "pass", "passed", "fail", "failed"})
PAID_WORDS = frozenset({"pay", "price", "fee", "cost", "rate", "charge", "wage", "salary", "rent", "tip"})
# "in days", "in hours": how a span said with its unit is kept.
_TIME_UNITS = {"days": FieldType.integer, "weeks": FieldType.integer, "months": FieldType.integer,
               "years": FieldType.integer, "minutes": FieldType.integer, "mins": FieldType.integer,
               "hours": FieldType.decimal, "hrs": FieldType.decimal}
# "number of guests", "date of birth": first words that are not a part of the thing after "of".
_OF_WHOLE = frozenset({"number", "amount", "count", "total", "date", "time", "type", "kind", "list", "name", "place",
                       "cost", "price", "value", "proof", "sum", "percentage", "share", "rate", "no", "num", "qty"})
# Last words that make a listed field a count.
_COUNTED = frozenset({"units", "count", "pieces", "packets", "copies", "items", "reps", "people", "guests", "players",
                      "seats", "tickets", "places", "spots", "bags", "boxes", "servings", "portions"})
# A list longer than this many words per item is prose, not a list.
MAX_ITEM_WORDS = 5


def _options(inner: str) -> list[str]:
    values = [v.strip(" '\"") for v in re.split(r"\s*(?:/|,|>|\bor\b)\s*", inner)]
    seen: list[str] = []
    for v in values:
        v = re.sub(r"^(?:and|etc\.?)\s+", "", v).strip(" .")
        if v and len(v) <= 40 and v not in ("etc", "...") and v.lower() not in {s.lower() for s in seen}:
            seen.append(v[:1].upper() + v[1:] if v.islower() else v)
    return seen


def name_words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z0-9']*", phrase.replace("'s", "")) if w not in FILLER]


# Words that say a value is worked out, not what it is: "abv calculated" is the abv.
_WORKED_OUT = frozenset({"calculated", "computed", "auto", "automatic", "automatically"})


def has_field(entity: Entity, words: list[str]) -> bool:
    """Whether the entity already holds a field of these words: "serial" is in serial_number, "date" in date."""
    return bool(holders(entity, words))


def holders(entity: Entity, words: list[str]) -> list[Field]:
    """The entity's fields that hold these words: "serial" is in serial_number, "temper" in temperament."""
    wanted = {_spelt(singular(SHORT.get(w, w))) for w in words if w not in _WORKED_OUT}  # "qty" is the quantity
    found = []
    for f in entity.fields:
        have = {_spelt(singular(w)) for w in f.name.split("_")}
        if f.label:
            have |= {_spelt(singular(w)) for w in re.findall(r"[a-z]+", f.label.lower())}
        if have & {"minute", "min", "hour", "hr"}:
            have.add("time")  # "prep time" where a recipe keeps prep_minutes
        if wanted <= have:
            found.append(f)
        elif len(wanted) == 1:
            (word,) = wanted
            if len(word) >= 5 and any(part.startswith(word) and part != word for part in f.name.split("_")):
                found.append(f)
    return found


def _spelt(word: str) -> str:
    """One spelling for British and American words: "flavour" is the blueprint's "flavor", "centre" its "center"."""
    if len(word) >= 6:
        word = re.sub(r"our(?=s?$|ite|ed|ing)", "or", word)
    return re.sub(r"(?<=[a-z]{2}[tb])re$", "er", word)


def same_date(entity: Entity, words: list[str]) -> str | None:
    """The date field the entity keeps under other words for "brew date" (brewed_on), "next due date" (next_due_on),
    "record date" (recording_at)."""
    said = [w for w in words if w not in _WORKED_OUT]
    if len(said) < 2 or said[-1] not in ("date", "dates", "day"):
        return None
    stem = said[:-1]
    for f in entity.fields:
        parts = [p for p in f.name.split("_") if p not in ("on", "at", "date", "day")]
        if f.type in (FieldType.date, FieldType.datetime) and len(parts) == len(stem) and all(
                len(a) >= 3 and (b.startswith(a) or a.startswith(b)) for a, b in zip(stem, parts, strict=True)):
            return f.name
    return None


def unit_type(unit: str) -> FieldType | None:
    """The type of a value said in `unit`: "in days" a count, "in hours" or "in kg" a decimal; None for a word
    that is no unit."""
    if unit in _TIME_UNITS:
        return _TIME_UNITS[unit]
    return FieldType.decimal if unit in UNITS or unit in MEASURE_UNITS else None


def item_field(types: FieldTypes, spec: AppSpec, entity_name: str, item: str,
               renaming: bool = False) -> dict[str, Any] | None:
    """The operation that adds one listed item to a thing, named and typed as apps name and type such fields; None
    for the thing itself or a field it already holds. `renaming` (a new app's start): a date the thing keeps under
    other words takes the person's ("record date" for the blueprint's recording_at)."""
    entity = spec.entity(entity_name)
    if entity is None:
        return None
    options: list[str] = []
    measured_in = False
    bracket = re.search(r"\(([^)]*)\)", item)
    item = re.sub(r"(?:^|(?<=\s))#\s*of\b", "number of", item)  # "# of attempts": the number of attempts
    phrase = item.lower()
    if bracket:
        phrase = (item[: bracket.start()] + " " + item[bracket.end():]).strip().lower()
        inner = bracket.group(1)
        if _SCALE.search(inner.lower()):
            phrase += " 1-5"
        elif inner.strip().lower() in UNITS | MEASURE_UNITS | {"feet", "ft", "inches", "in"}:
            measured_in = True  # "clarity (feet)": a measure, in feet
        elif _YES_NO.search(inner.lower()) and len(inner.split()) <= 2:
            phrase += " y/n"  # "paid (yes/no)": whether it is
        elif re.search(r"[,/>]|\bor\b", inner):
            options = _options(inner)
            known = [sum(types.by_name.get(SHORT.get(o.lower(), o.lower()), {}).values()) >= 5 for o in options]
            before = re.findall(r"[a-z]+", item[: bracket.start()].lower())
            if (sum(known) >= 2 or (known and known[0] and options[0].lower() in ("name", "title"))
                    or len({o.lower() for o in options} & _WHEN_WHERE) >= 2
                    or (before and before[-1] != singular(before[-1]) and {o.lower() for o in options} & _WHEN_WHERE)):
                return None  # "deceased (name, dob, dod)", "practice schedule (day, time, field)": a thing of its own
        elif 2 <= len(inner.split()) <= 6 and types.type_of(snake(phrase)) == FieldType.choice:
            # "severity (low medium high critical)"
            options = _options(inner.replace(" ", "/"))
    if re.fullmatch(r"\s*date\s*(?:/|&|and)\s*time\s*", phrase):
        timed = any(f.name == "date" or f.type == FieldType.datetime for f in entity.fields)  # an appointment's start
        return None if timed else {"op": "add_field", "entity": entity.name,
                                   "field": {"name": "date", "type": "datetime"}}  # "date/time": when, to the minute
    # "reading mg/dL", "speed km/h": the measure, in those units (the label keeps them)
    measure = re.sub(r"\s+(?:mg|mmol|g|kg|km|m|l|ml|mi|cm|mm|mcg|iu)/[a-z]{1,3}\b", " ", phrase).strip()
    in_units = (bool(measure) and measure != phrase.strip()) or measured_in
    phrase = measure if in_units else phrase
    # "price/kg", "rate/hr": a rate, not options.
    phrase = re.sub(r"([a-z])\s*/\s*(kg|g|lb|lbs|hr|hrs|h|hour|night|day|week|month|km|mile|unit|person|head)\b",
                    r"\1 per \2", phrase)
    yes_no = bool(_YES_NO.search(phrase))
    phrase = _YES_NO.sub(" ", phrase)
    if not options and re.search(r"[a-z]/[a-z]", phrase) and not re.search(r"\b(?:km|kg|mg|m)/", phrase):
        # "status draft/sent/paid": the options follow the name.
        tokens = phrase.split()
        first = next(i for i, t in enumerate(tokens) if "/" in t)
        said = item.split()
        options = _options(" ".join(said[first:] if len(said) == len(tokens) else tokens[first:]))
        phrase = " ".join(tokens[:first])
        if not phrase.strip() and {singular(o.lower()) for o in options} & _OUTCOMES:
            phrase = "result"  # "win/loss", "pass/fail": a result, though the list did not name it
            if all(singular(o.lower()) in _OUTCOMES for o in options):
                options = [singular(o.lower()).capitalize() for o in options]  # "wins/losses": each a win or a loss
        low = [o.lower() for o in options]
        if len(low) == 2 and low[1] in (f"un{low[0]}", f"in{low[0]}", f"not {low[0]}", f"non {low[0]}"):
            # "paid/unpaid", "active/inactive": whether it is, named for the yes
            phrase, options, yes_no = f"{phrase} {low[0]}".strip() if not phrase.strip() else phrase, [], True
        elif (not phrase.strip() and 2 <= len(low) <= 3 and all(re.fullmatch(r"[a-z]+", o) for o in low)
              and not set(low) & _WHEN_WHERE and not any(sum(types.by_name.get(o, {}).values()) >= 2 for o in low)):
            phrase = " ".join(low)  # "home/away", "indoor/outdoor": a choice between them, named for them
    kinds = {singular(o.lower()) for o in options}
    if len(kinds) >= 2 and re.match(r"\s*(?:a |the )?(?:log|record|history|list)s? of\b", phrase) and any(
            kinds <= {singular(o.value.lower()) for o in f.options}
            for e in spec.entities if e.name != entity.name for f in e.fields):
        return None  # "a log of calls/emails/meetings" where the app's activities are each one of those
    phrase = re.sub(r"^\s*(?:with|w/|w)\s+(?=[a-z])", "", phrase)  # "..., with date given": the date given
    given = re.match(r"\s*(?:assigned|given|lent|issued|belongs?|belonging|linked|tied) to (?:an? |the |one |each )?([a-z]+)\s*$",
                     phrase)
    words_for = words_for_entities(spec)
    given_to = entity_of([given.group(1)], words_for) if given is not None else None
    # "devices ... assigned to an employee": the employee it is with; "assigned to a handyman": one of the team
    doer = given is not None and given_to is None and given.group(0).split()[0] == "assigned"
    if given is not None and (given_to not in (None, entity.name) or doer):
        phrase = given.group(1)
    doing = re.match(r"^\s*([a-z]+(?: [a-z]+)??) ([a-z]+ing |assigned |assigned to )?(?:each|every|per|(?:to|for|at|in|on) each)"
                     r" ([a-z]+)\s*$", phrase)
    # "game masters running each booking": someone of the team, whatever "game" says of the type
    if doing is not None and entity_of([doing.group(3)], words_for) == entity.name:
        doer = bool(doing.group(2))
        said = doing.group(1).split()
        phrase = " ".join(said[:-1] + [singular(said[-1])])  # "game masters running each booking": a booking's game master
        if entity_of(said, words_for) not in (None, entity.name):
            return None  # "attendance at each rehearsal": a thing of its own, kept for each, no field of the rehearsal
    # "music pieces we're learning", "plants i own": the pieces, the plants, less what the person says of them
    phrase = re.sub(r"(?<=[a-z]{4}s)\s+(?:that |which )?(?:we|i|they|you)(?:'re|'ve|'m| are| have| am)? [a-z]+\s*$", "",
                    phrase.replace("’", "'"))
    said = re.findall(r"[a-z]+", phrase)
    if len(said) >= 3 and said[0] in ("we", "i", "they", "you"):
        phrase = " ".join(said[2:])  # "we track plot size": the plot size
    elif len(said) >= 3 and said[0] != singular(said[0]) and (said[1] in DEEDS or said[1].rstrip("s") in DEEDS):
        return None  # "gardeners rent plots": who does what, no field
    scale = bool(_SCALE.search(phrase))
    share = bool(re.search(r"%|\bpercent", phrase))
    words = name_words(re.sub(r"\d+\s*(?:-|to)\s*\d+|out of \w+", " ", phrase))
    if len(words) == 2 and words[0] in ("photo", "picture", "pic", "image") and words[1] not in _TYPE_TAILS:
        words = [words[1], words[0]]  # "photo front and back": a front photo and a back photo
    image = len(words) > 1 and words[-1] in _TYPE_TAILS
    if image:
        words = words[:-1]
    # "glucose mg/dL", "reading °C", "area in hectares": the unit goes to the label, the name is the measure.
    measured = words
    in_time = len(words) > 2 and words[-2] == "in" and words[-1] in _TIME_UNITS
    if in_time:
        words = words[:-2]  # "watering interval in days": a count of days, named for what it measures
    if len(words) > 1 and words[-1] == "in" and re.search(r"\bin\s+[a-z]+\s*$", item.lower()) and (
            item.lower().split()[-1] in UNITS | MEASURE_UNITS):
        words = words[:-1]  # "weight in g": the "g" was never a word of the name
    while len(words) > 1 and (words[-1] in UNITS or words[-1] in MEASURE_UNITS) and words[-2] != "per":
        words = words[:-1]
        if len(words) > 1 and words[-1] == "in":
            words = words[:-1]
    if not words or len(words) > MAX_ITEM_WORDS:
        return None
    target = entity_of(words, words_for)
    if target == entity.name and len(words) <= 2 and not in_units:
        return None  # "rooms (room, price)": the thing itself (but a reading's "reading mg/dL" is its value)
    if target is not None and len(words) <= 2 and not in_units:
        # "home team, away team": two links to teams, each named as said ("assigned contractor" is one link too)
        own = (len(words) == 2 and words[-1] == singular(words[-1]) and entity_of(words[:1], words_for) is None
               and snake(" ".join(words)) not in {f.name for f in entity.fields})
        if not own and (any(f.target == target for f in entity.fields) or (
                words[-1] != singular(words[-1]) and any(f.target == entity.name for f in spec.entity(target).fields))):
            return None  # "projects have multiple tasks" where each task is a project's: no task on the project
        name = snake(" ".join(words)) if own else target if entity.field(target) is None else f"{target}_ref"
        return {"op": "add_field", "entity": entity.name,
                "field": {"name": name, "type": "reference", "target": target}}
    if len(words) == 2 and words[1] == "status" and types.type_of(words[0]) == FieldType.boolean:
        words = measured = words[:1]  # "paid status": whether it is paid
        yes_no = True
    name = snake(" ".join(words))
    one = snake(" ".join(words[:-1] + [singular(words[-1])]))
    if one != name and name not in types.by_name and one in types.by_name:
        name = one  # "due dates", "priorities": a field holds one of them
    if (len(words) == 3 and words[1] == "of" and name not in types.by_name and words[0] not in _OF_WHOLE
            and words[2] != singular(words[2])):
        name = f"{singular(words[2])}_{words[0]}"  # "colour of holds" -> hold_colour, as apps name it
    theirs = same_date(entity, words) if renaming else None
    to = name.removesuffix("_dates") + "_date" if name.endswith("_dates") else name  # "check out dates": one each
    if renaming and theirs is None:
        # "flavor" where the blueprint spells it "flavour": the person's spelling
        said = [singular(w) for w in name.split("_")]
        theirs = next((f.name for f in entity.fields if [singular(w) for w in f.name.split("_")] != said
                      and [_spelt(singular(w)) for w in f.name.split("_")] == [_spelt(w) for w in said]), None)
    if theirs is not None and theirs != to and entity.field(to) is None:
        return {"op": "rename_field", "entity": entity.name, "field": theirs, "to": to}
    own = words[1:] if len(words) > 1 and singular(words[0]) == entity.name else words  # a plot's "plot size"
    # its options, as said (see `listed`): "stage (applied, phone screen, offer)", "urgency low/medium/high"
    workflow = renaming and len(options) >= 2 and (name in ("status", "stage") or (
        (held := entity.field(name)) is not None and held.type in (FieldType.choice, FieldType.tags)))
    named = entity.field("_".join(words[:-1])) if len(words) > 1 and words[-1] == "name" else None
    if named is not None and named.type == FieldType.text:
        return None  # "customer name" where a repair keeps its customer written in
    if name in RESERVED_FIELD_NAMES or ((has_field(entity, words) or has_field(entity, own)) and not workflow):
        return None
    field: dict[str, Any] = {"name": name}
    if (measured != words or in_units) and not bracket:
        field["label"] = item.strip()[:1].upper() + item.strip()[1:]
    if options and len(options) >= 2:
        # "allergens (gluten, nuts, dairy)": a plural name holds several of its options
        many = singular(words[-1]) != words[-1] and not words[-1].endswith("ss")
        field |= {"type": "tags" if many else "choice", "options": [{"value": o} for o in options]}
    elif yes_no or re.search(r"\b(?:checkbox|tickbox|tick box|y/n|toggle)\b", item.lower()):
        field["type"] = "boolean"
    elif image:
        field["type"] = "image"
    elif scale:
        field["type"] = "rating"
    elif share:
        field["type"] = "decimal"
    else:
        ftype = _said_type(types, words, entity.name) or (
            FieldType.text if name.endswith("_by") else types.type_of(name))  # "dropped by": a person
        if words[0] in PAID_WORDS and "per" in words[1:]:
            ftype = FieldType.money  # "pay per game", "fee per hour": an amount, whatever the catalogue says
        if doer and ftype in (FieldType.text, FieldType.integer):
            ftype = FieldType.user
        if ftype == FieldType.boolean and re.match(r"\s*(?:what|how much)\b", item.lower()):
            ftype = FieldType.money  # "what i paid": how much, not whether
        if (len(measured) > 1 and (UNITS | MEASURE_UNITS) & set(measured) or in_units) and ftype != FieldType.money:
            ftype = FieldType.decimal
        elif in_time:
            ftype = _TIME_UNITS[measured[-1]]
        elif ftype == FieldType.text and len(words) > 1 and words[-1] in _COUNTED:
            ftype = FieldType.integer  # "insulin units", "seed packets", "spare keys count"
        if ftype in (FieldType.choice, FieldType.tags):
            usual = types.usual_options(name) or _USUAL_CHOICES.get(singular(words[-1]), [])
            if usual:
                field |= {"type": ftype.value, "options": [{"value": o} for o in usual]}
        elif ftype != FieldType.text:
            field["type"] = ftype.value
    return {"op": "add_field", "entity": entity.name, "field": field}


def _said_type(types: FieldTypes, words: list[str], entity_name: str) -> FieldType | None:
    """The type an item's words say outright, whatever the catalogue's fields of those words are mostly typed."""
    if len(words) == 2 and words[0] == "assigned":
        return FieldType.user  # "assigned tech": the one of the team it is given to
    if words == ["time"]:
        return FieldType.time  # "date, time, which cleaner": the time of day
    if len(words) == 2 and words[1] in ("start", "end", "begins", "ends"):
        return FieldType.date  # "lease start", "lease end": when
    if len(words) == 2 and words[0] in _TIME_UNITS and (words[1].endswith("ed") or words[1] in ("spent", "taken")):
        return _TIME_UNITS[words[0]]  # "hours worked", "days used": how many
    if words[:1] == ["time"] and words[1:] in (["taken"], ["spent"], ["elapsed"]):
        return FieldType.integer  # "time taken": how many minutes
    if words == ["size"] and types.type_of(f"{entity_name}_size") == FieldType.integer:
        return FieldType.integer  # a household's size: how many people, as its "household size" would be
    return None


# Options that are what a thing of its own is written with: "practice schedule (day, time, field)".
_WHEN_WHERE = frozenset({"day", "date", "time", "start", "end", "location", "place", "venue", "field", "room", "where",
                         "when"})


# Questions people list as fields: "name, what they're bringing, how many", "who paid", "when, where".
# Who does what, said as a question: "who drives" asks for the driver.
_DOER = {"drives": "driver", "hosts": "host", "teaches": "teacher", "coaches": "coach", "cooks": "cook", "leads": "leader",
         "cleans": "cleaner", "delivers": "delivered by", "organises": "organiser", "organizes": "organizer",
         "runs": "run by", "pays": "paid by", "brings": "brought by"}
_ASKED = ((re.compile(r"^how many$"), "quantity"),
          (re.compile(r"^how many (?:do )?(?:we|i|they|you)(?:'ve| have| got| own| keep| hold| stock)?"
                      r"(?: left| in stock| on hand| of (?:it|them))?$"), "quantity"),  # "how many we have"
          (re.compile(r"^how many (?:of )?(?:the |them )?(.+)$"), r"number of \1"),
          (re.compile(r"^how much(?: (?:it|they|we|i|you))?$"), "amount"),
          (re.compile(r"^how much (?:it|they|we|i|you|he|she) (?:was |were |got )?(charged|paid|spent|earned|billed|owed|"
                      r"cost|costs|raised|made)(?: (?:for|them|it|us|me|him|her)(?: it| them)?| (?:the|my|our) [a-z]+)?$"),
           lambda m: "cost" if m.group(1).startswith("cost") else f"amount {m.group(1)}"),
          (re.compile(r"^which ([a-z]+) (?:went|came|did it|worked|was there|did the job|helped|took it|showed up|"
                      r"(?:is|are|was|were) (?:going|coming|used|needed|booked|involved|in it|in them|on it|at it))$"), r"\1"), (re.compile(r"^how long(?: .*)?$"), "duration"),
          (re.compile(r"^what (?:was|got|we|i|they) (?:done|did|fixed)$"), "work done"),
          (re.compile(r"^what ([a-z]+) (?:is|are|was|goes|went) (?:in|on|at|inside) (?:it|them)$"), r"\1"),  # "what beer is in it"
          (re.compile(r"^what (?:we|i|they|you) (?:worked|talked|focused|covered) (?:on|about)$"), "notes"), (re.compile(r"^when$"), "date"), (re.compile(r"^where$"), "location"),
          (re.compile(r"^what$"), "description"),  # "expenses: date, what, amount, who paid"
          (re.compile(r"^where (?:i|we|they|you|he|she) (?:bought|got|found|purchased|picked up) (?:it|them|this|one)$"),
           "bought from"),
          (re.compile(r"^who ([a-z]+ed|paid|sold|made|did|brought|sent|took)(?: it| them| this| one)?$"), r"\1 by"),
          (re.compile(r"^where [a-z]+$"), "location"), (re.compile(r"^what happened$"), "description"),
          (re.compile(r"^which ([a-z]+)(?: (?:it|they|he|she|we|i)(?:'s|'re| is| are| was| were)?(?: [a-z]+)?(?: (?:in|at|on|to|for|with|from))?)?$"), r"\1"),
          (re.compile(r"^which ([a-z]+ [a-z]+) (?:it|they|theyre|he|she|we|i)(?:'s|'re| is| are| was| were)?(?: [a-z]+)?"
                      r"(?: (?:in|at|on|to|for|with|from))?$"), r"\1"),  # "which foster home theyre at"
          (re.compile(r"^where (?:it|they|he|she|we|i)(?:'s|'re| is| are| was| were| gets?| got)? [a-z]+$"), "location"),
          (re.compile(r"^how often (?:to |do (?:i|we|you) |should (?:i|we) |(?:i|we) )?([a-z]+)(?: it| them)?"
                      r"(?: \((days|weeks|months)\))?$"), lambda m: f"{m.group(1)} every {m.group(2) or ''}".strip()),
          (re.compile(r"^([a-z]+ed) by (?:who|whom)$"), r"\1 by"),
          (re.compile(r"^who (drives|hosts|teaches|coaches|cooks|leads|cleans|delivers|organi[sz]es|runs|pays|brings)"
                      r"(?: (?:it|them|the [a-z]+))?$"), lambda m: _DOER[m.group(1)]),  # "who drives" -> driver
          (re.compile(r"^(?:where|how) (?:they|he|she|you|people|customers|clients) (?:heard|found out|learned) "
                      r"(?:about|of) (?:us|you|it|the [a-z]+)$"), "source"),
          (re.compile(r"^(?:if|whether) (?:i|we|they|it|he|she|you)(?:'ve|ve|'s|'re| have| has| was| were| is| are)? "
                      r"(?:been |got |get )?(paid|[a-z]+ed|done|sold)(?: .*)?$"), r"\1"),
          (re.compile(r"^what (?:they|we|you|he|she|people|i|it)(?:'re|'ll|'s| are| will| is| am|'m)? "
                      r"(?!paid$|spent$|cost$|costs$|charged$|earned$|billed$|owed$)([a-z]+)$"), r"\1"))


# Words two fields share when written once: "start/end dates", "first/last name", "pickup/drop-off times".
_SHARED = frozenset({"date", "time", "name", "address", "location", "weight", "price", "reading", "photo", "score"})


def paired(item: str) -> list[str]:
    """"start/end dates", "start and end time" -> "start date", "end date"; "which buyer saw which property" -> "which
    buyer", "which property"; anything else as it was."""
    both = re.fullmatch(r"\s*(which [a-z]+) [a-z]+ (which [a-z]+)\s*", item.lower())
    if both is not None:
        return [both.group(1), both.group(2)]
    pair = re.fullmatch(r"\s*([a-z]+(?:[ -](?:in|out|up|off|on))?)\s*(?:/|\band\b|&)\s*([a-z]+(?:[ -](?:in|out|up|off|on))?)"
                        r"\s+([a-z]+)\s*", item.lower())  # "check in / check out dates"
    if pair is None or singular(pair.group(3)) not in _SHARED:
        return [item]
    return [f"{pair.group(1)} {singular(pair.group(3))}", f"{pair.group(2)} {singular(pair.group(3))}"]


# A condition said after a field ("a fine amount if returned late"); "if they want delivery" asks whether they do,
# and an item that opens with "if" ("and if breakfast is included") is the field itself.
CONDITION = re.compile(r"(?<=[a-z0-9])\s+(?:if|unless|in case|whenever)\s+(?![^.,;!?]*\b(?:want|wants|need|needs|like|prefer)\b)"
                       r"([^.,;!?]+)")


def unasked(item: str) -> str:
    """The field a listed question asks for ("how many" -> quantity, "who paid" -> paid by), or the item as it was."""
    low = item.strip().lower()
    asked = re.match(r"to\s+(?:track|record|log|keep track of|store|capture|save|note|have|add|know|see)\s+"
                     r"(?:the |a |an |their |its |our |my )?(?=[a-z])", low)
    if asked is not None:
        return unasked(item.strip()[asked.end():])  # "projects need to track budget": the budget
    for question, field in _ASKED:
        if question.match(low):
            return question.sub(field, low)
    return item


def spaced(types: FieldTypes, item: str) -> list[str]:
    """"listings with address price beds baths": field names written without commas are each a field, when
    the first and one more are names apps give fields and no two of them make one ("unit price", "first name")."""
    words = item.lower().split()
    if len(words) < 3 or not all(w.isalpha() and w not in FILLER for w in words):
        return [item]
    if len(words) == 4 and words[1] == words[3] and words[0] != words[2]:
        return [" ".join(words[:2]), " ".join(words[2:])]  # "home team away team", "start date end date"
    known = [sum(types.by_name.get(w, {}).values()) >= 5 for w in words]
    pairs = any(types.by_name.get(f"{a}_{singular(b)}") or types.by_name.get(f"{a}_{b}")
                for a, b in zip(words, words[1:], strict=False))
    return words if known[0] and sum(known) >= 2 and not pairs else [item]  # "qr code image" is one


def workflow_as_said(spec: AppSpec, op: dict[str, Any]) -> list[dict[str, Any]]:
    """A new app's "status idea/booked/recorded" where the blueprint's thing moves through a stage: that stage, named
    and with the options as said (its board then shows them), not a second workflow beside it; else `op` as it is."""
    if op["op"] != "add_field":
        return [op]
    field, entity = op["field"], spec.entity(op["entity"])
    if not field.get("options") or entity is None:
        return [op]
    other = next((n for n in (field["name"], {"status": "stage", "stage": "status"}.get(field["name"], field["name"]))
                  if (f := entity.field(n)) is not None and f.type in (FieldType.choice, FieldType.tags)), None)
    if other is None:
        return [op]
    was = entity.field(other)
    said = [o["value"] for o in field["options"]]
    *old, last = [o.value for o in was.options]

    def option(op_name: str, value: str) -> dict[str, Any]:
        return {"op": op_name, "entity": entity.name, "field": field["name"], "value": value}

    # the options end as said, in order: all but one old option go, the said ones come, then the last old one goes
    # (a choice is never left with none), and those said after it come again behind it when it was said too
    steps = [{"op": "rename_field", "entity": entity.name, "field": other, "to": field["name"]}] if other != field["name"] else []
    steps += [option("remove_option", h) for h in old]
    steps += [option("add_option", v) for v in said if v.lower() != last.lower()]
    steps.append(option("remove_option", last))
    at = next((k for k, v in enumerate(said) if v.lower() == last.lower()), None)
    if at is not None:
        steps += [option("remove_option", v) for v in said[at + 1:]]
        steps += [option("add_option", v) for v in said[at:]]
    done: list[dict[str, Any]] = []
    for step in steps:
        spec = apply_if_fits(spec, step, done)
    return done if done and done[0] is steps[0] else [op]  # (no rename, or one that fits: the rest as it fits)

__all__ = ["CONDITION", "FILLER", "MAX_ITEM_WORDS", "PAID_WORDS", "has_field", "holders", "item_field", "name_words", "paired", "spaced", "unasked", "workflow_as_said"]
