"""What a change puts in quotes is kept as written: "'Walk-in'" is one option, spelt with its hyphen; options it
writes with slashes after a choice's name ("a priority low/medium/high/urgent") are each an option of that choice.

The program copies words one by one, and words lose their hyphens, slashes and capitals; quoted phrases are put back
whole here, and the other quoted options of a list go where the program put the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from appforge.models.inhouse.cues import quoted_phrases
from appforge.models.inhouse.listparts import list_items
from appforge.models.inhouse.mentions import apply_if_fits
from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec, Field


def quoted_options(spec: AppSpec, text: str, ops: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], AppSpec]:
    """Options in quotes that a change left out, added where it put the others.

    "genre: add 'Graphic novel' and 'Local history'": when one quoted phrase became an option of a field, the other
    quoted phrases of the message are options of that field too, unless the change used them for something else.
    """
    phrases = [phrase for _, _, phrase in quoted_phrases(text)]
    fields = [(op["entity"], op["field"]) for op in ops if op.get("op") == "add_option"
              and any(op["value"].casefold() == p.casefold() for p in phrases)]
    used = {str(v).casefold() for op in ops for k, v in op.items() if isinstance(v, str) and k != "op"}
    used |= {snake(str(v)) for op in ops for k, v in op.items() if isinstance(v, str) and k != "op"}
    done: list[dict[str, Any]] = []
    for entity, field in dict.fromkeys(fields):
        for phrase in phrases:
            if phrase.casefold() in used or snake(phrase) in used or len(phrase) > 40:
                continue
            spec = apply_if_fits(spec, {"op": "add_option", "entity": entity, "field": field, "value": phrase}, done)
    return done, spec


_OPTION = r"[A-Za-z0-9][\w'&+-]*(?: [A-Za-z0-9][\w'&+-]*)?"


def as_written(value: str) -> str:
    """An option in the person's own capitals, or with a capital first letter when they wrote it all in lower case."""
    return value if any(c.isupper() for c in value) else value[:1].upper() + value[1:]


def slashed_options(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The options a change writes with slashes after the name of a choice the app has: "tasks should have a
    priority low/medium/high/urgent" where tasks have a priority adds "Urgent", and nothing else.

    The field's thing is the one the words name when several things have a field of that name; a list whose
    values the field already holds changes nothing.
    """
    low = text.replace("’", "'")
    named = {e.name for e in spec.entities if re.search(rf"\b{re.escape(e.name.replace('_', ' '))}", low.lower())}
    done: list[dict[str, Any]] = []
    by_name: dict[str, list[str]] = {}
    for entity in spec.entities:
        for field in entity.fields:
            if field.type.value in ("choice", "tags"):
                by_name.setdefault(field.name, []).append(entity.name)
    for name, owners in by_name.items():
        said = name.replace("_", " ")
        found = re.search(rf"\b{re.escape(said)}s?\s*(?:[:=-]\s*|\bof\s+|\bis\s+)?({_OPTION}(?:\s*/\s*{_OPTION})+)",
                          low, re.IGNORECASE)
        if found is None:
            continue
        owners = [o for o in owners if o in named] or owners
        if len(owners) != 1:
            continue
        field = spec.entity(owners[0]).field(name)
        have = {o.value.casefold() for o in field.options}
        for value in re.split(r"\s*/\s*", found.group(1)):
            if value.casefold() not in have:
                value = as_written(value)
                spec = apply_if_fits(spec, {"op": "add_option", "entity": owners[0], "field": name, "value": value},
                                     done)
                have.add(value.casefold())
    return done, spec


# One option as a person writes it in a list: "waiting on parts", "in transit", "8+".
_VALUE = r"[A-Za-z0-9][\w'&+-]*(?: [A-Za-z0-9][\w'&+-]*){0,3}"
_ARROW = r"\s*(?:->|→|=>|>)\s*"
_STEP = r"[A-Za-z0-9][\w'&+/-]*(?: [A-Za-z0-9][\w'&+/-]*){0,3}"  # "... > won/lost": the last step, either way
_STEPS = re.compile(rf"({_STEP}(?:{_ARROW}{_STEP})+)")
_SLASHED = re.compile(rf"({_VALUE}(?:\s*/\s*{_VALUE})+)")
_KIND_OF_CHOICE = frozenset({"status", "stage", "type", "kind", "category", "priority", "level", "grade", "rank",
                             "size", "condition", "outcome", "result", "decision", "method", "source"})
_ENDS_A_VALUE = re.compile(r"\s+(?:and|with|plus|also|but|so|as|for|on|in a|shown)\b.*$")


def options_as_listed(spec: AppSpec, text: str) -> AppSpec:
    """A new app's choice with the options the person lists for it, in their order and their words, in place of the
    blueprint's: "status: booked -> collected -> in transit -> delivered", "status (want to read / reading / done)",
    "work type (crown, bridge, denture)", "jobs go quoted → scheduled → done" (the status of the jobs)."""
    low = re.sub(r"\bw/\s*", "with ", text.replace("’", "'"), flags=re.IGNORECASE)  # "species w/ weight": no options
    mentions = [(m.start(), e.name) for e in spec.entities
                for m in re.finditer(rf"\b{re.escape(e.name.replace('_', ' '))}(?:e?s)?\b", low, re.IGNORECASE)]
    choices = {(e.name, f.name): f for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")}

    def owner(at: int, name: str) -> str | None:
        owners = [e for e, n in choices if n == name]
        before = [e for i, e in sorted(mentions) if i < at and e in owners]
        return before[-1] if before else (owners[0] if len(owners) == 1 else None)

    said: dict[tuple[str, str], list[str]] = {}
    for _, name in choices:
        for m in re.finditer(rf"\b{re.escape(name.replace('_', ' '))}(?:es|s)?\b", low, re.IGNORECASE):
            values = _values_after(low[m.end():], name.split("_")[-1] in _KIND_OF_CHOICE)
            entity = owner(m.start(), name)
            if values and entity is not None:
                said.setdefault((entity, name), values)
    for m in re.finditer(rf"\b([a-z]+)\s+(?:go|goes|move|moves|flow|flows)\s+(?:them\s+|it\s+)?(?:from\s+|through\s+)?"
                         rf"{_STEPS.pattern}", low, re.IGNORECASE):
        entity = next((e for i, e in sorted(mentions, reverse=True) if i <= m.start(1)), None)
        field = next((f for n in ("status", "stage") if entity and (f := choices.get((entity, n)))), None)
        if entity is not None and field is not None:
            said.setdefault((entity, field.name), _split(m.group(2), _ARROW, last_cut=True))
    for (entity, name), values in said.items():
        field = choices[(entity, name)]
        if [v.casefold() for v in values] == [o.value.casefold() for o in field.options]:
            continue
        written = [as_written(v) for v in values]
        change: dict[str, Any] = {"op": "set_field", "entity": entity, "field": name,
                                  "options": [{"value": v} for v in written]}
        if field.default is not None and str(field.default).casefold() not in {v.casefold() for v in written}:
            change["default"] = None
        spec = apply_if_fits(spec, change, [])
    return spec


def _values_after(rest: str, kind_of_choice: bool) -> list[str]:
    """The options written right after a choice's name: in brackets, with arrows or slashes, or (for a word for
    kinds, "status", "type") after a colon or a dash; [] when none are."""
    bracket = re.match(r"\s*(?:[:=-]\s*)?\(([^()]*)\)", rest)
    if bracket is not None:
        inside = bracket.group(1)
        for sep in (_ARROW, r"\s*/\s*", r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+"):
            values = _split(inside, sep)
            if len(values) >= 2 and (sep != r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+" or kind_of_choice):
                return values
        return []
    for pattern in (_STEPS, _SLASHED):
        found = re.match(rf"\s*(?:[:=-]\s*|is\s+|of\s+)?{pattern.pattern}", rest)
        if found is not None:
            return _split(found.group(1), _ARROW if pattern is _STEPS else r"\s*/\s*", last_cut=True)
    if kind_of_choice:
        found = re.match(rf"\s*[:-]\s*({_VALUE}(?:\s*,\s*{_VALUE})+(?:\s*,?\s*(?:or|and)\s+{_VALUE})?)", rest)
        if found is not None:
            return _split(found.group(1), r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", last_cut=True)
    return []


def _split(values: str, sep: str, last_cut: bool = False) -> list[str]:
    """The values of a list; with `last_cut`, the last ends where the sentence goes on ("done and both our ratings")."""
    out = [v.strip(" .;:'\"") for v in re.split(sep, values)]
    if last_cut and out:
        out[-1] = _ENDS_A_VALUE.sub("", out[-1])
    if out:
        out[0] = re.sub(r"^(?:like|e\.?g\.?|eg|such as|incl|including)\s+", "", out[0], flags=re.IGNORECASE)
    # "won/lost" at the end of steps: two options; "TTBB etc": TTBB
    out = [re.sub(r"\s+etc\.?$", "", w.strip()) for v in out for w in (v.split("/") if "/" in v else [v])]
    out = [v for v in out if v and len(v.split()) <= 4 and v.casefold() not in ("etc", "...")]
    return out if len(out) >= 2 and len({v.casefold() for v in out}) == len(out) else []


_REPLACING = re.compile(r"\b(?:change|set|make|update|replace)\s+(?:the\s+)?(?P<a>[a-z ]+?)\s+(?:options|choices|values)\s+"
                        r"(?:to|to be|with|as)\s*:?\s+(?P<x>.+)$|\b(?:the\s+)?(?P<b>[a-z ]+?)\s+(?:options|choices|values)\s+"
                        r"(?:should be|must be|are now|will be|=)\s*:?\s+(?P<y>.+)$"
                        # "appointments should have a status of booked, confirmed, done or no-show"
                        r"|\b(?:should|must|needs? to|will|can)\s+(?:have|get|be)\s+(?:a|an|the)\s+(?P<c>[a-z]+)\s+"
                        r"(?:of|like|either)\s*:?\s+(?P<z>.+)$"
                        # "status should be one of new, open, closed"
                        r"|\b(?P<d>[a-z]+)\s+(?:should|must|can|will)\s+be\s+(?:one of|either)\s*:?\s+(?P<w>.+)$")


def _replacing(spec: AppSpec, text: str) -> list[tuple[str, Field, list[str]]]:
    """(entity, choice field, the values) for each choice whose options a sentence says anew."""
    out = []
    for sentence in re.split(r"[.;!?\n]+", text):
        found = _REPLACING.search(sentence.lower())
        if found is None:
            continue
        said = next(g for g in (found.group("a"), found.group("b"), found.group("c"), found.group("d")) if g).split()
        values_at = next(g for g in (found.group("x"), found.group("y"), found.group("z"), found.group("w")) if g)
        start = sentence.lower().index(values_at)
        items = list_items(sentence[start:])
        # "pickup or delivery, and a delivery address if delivery": the values end where a field is said
        ended = next((k for k, item in enumerate(items) if k and re.match(r"\s*(?:a|an|the|some|their|its)\s", item.lower())),
                     len(items))
        values = [v.strip(" '\"") for item in items[:ended] for v in re.split(r"\s+or\s+", item) if v.strip(" '\"")]
        fields = [(e.name, f) for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")
                  and f.name.split("_") == said[-len(f.name.split("_")):]]
        if len(fields) > 1:  # "appointments should have a status of ...": the status of the thing the sentence names
            named = {w.rstrip("s") for w in re.findall(r"[a-z]+", sentence.lower()[:start])}
            fields = [(e, f) for e, f in fields if e.rstrip("s") in named or e.split("_")[-1].rstrip("s") in named]
        if len(values) >= 2 and len(fields) == 1:
            out.append((fields[0][0], fields[0][1], values))
    return out


def _key(value: str) -> str:
    """An option as said, loosely: "todo" is "To do", "no show" is "No-show"."""
    return snake(value).replace("_", "")


def replaced_options(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """A choice's options said anew ("change the status options to booked, confirmed, done, no show") are exactly
    those: the ones missing are added, the others removed."""
    done: list[dict[str, Any]] = []
    for entity, field, values in _replacing(spec, text):
        wanted = {_key(v) for v in values}
        for value in values:
            if _key(value) not in {_key(o.value) for o in field.options}:
                value = as_written(value)
                spec = apply_if_fits(spec, {"op": "add_option", "entity": entity, "field": field.name, "value": value},
                                     done)
        seen: set[str] = set()
        for option in spec.entity(entity).field(field.name).options:
            # one option per value, the one the app had first ("No-show" before a "No show" the change added)
            if _key(option.value) not in wanted or _key(option.value) in seen:
                spec = apply_if_fits(spec, {"op": "remove_option", "entity": entity, "field": field.name,
                                            "value": option.value}, done)
            seen.add(_key(option.value))
    return done, spec


def options_not_fields(ops: list[dict[str, Any]], spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """`ops` less the fields made of a choice's options said anew ("a status of booked, confirmed, done or no-show"
    is not a `status_of_booked` and a `confirmed` field), and the options added to that choice before the list
    replaces them; and options the program put on a choice of the same name of another thing (the task's status,
    where the words name the project's)."""
    said: dict[str, set[str]] = {}
    replaced = _replacing(spec, text)
    elsewhere = {(e.name, field.name) for entity, field, _ in replaced for e in spec.entities if e.name != entity}
    ops = [o for o in ops if not (o["op"] in ("add_option", "remove_option") and (o["entity"], o["field"]) in elsewhere)]
    for entity, field, values in replaced:
        said.setdefault(entity, set()).update({field.name, "of", *field.name.split("_")},
                                              *(snake(v).split("_") for v in values))
    return [o for o in ops if not (o["op"] == "add_field" and o["entity"] in said
                                   and set(o["field"]["name"].split("_")) <= said[o["entity"]])]


# Words that take an option away: "no more no-show status", "we dont need the cancelled option".
_TAKING = re.compile(r"\b(?:remove|delete|drop(?! ?(?:in|ins|off|offs)\b)|get rid of|take out|take away|ditch|scrap|"
                     r"no more|no longer|don ?t need|do not need|don ?t use|do not use|not needed|nobody uses|never use|"
                     r"can go)\b")
_OPTION_WORDS = frozenset({"option", "options", "choice", "choices", "value", "values", "status", "statuses", "type",
                           "types", "category", "categories", "stage", "stages", "tag", "tags", "level", "levels"})


def removed_options(spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """The `remove_option`s a change says in words: an option of the app named beside a word that takes it away and a
    word for options or the field's own name ("no more no-show status"); "delete done tasks" is about rows."""
    out: list[dict[str, Any]] = []
    for sentence in re.split(r"[.;!?\n]+", text):
        low = " " + re.sub(r"[^a-z0-9]+", " ", sentence.lower()) + " "
        if not _TAKING.search(low):
            continue
        words = set(low.split())
        for entity in spec.entities:
            for f in entity.fields:
                if f.type.value not in ("choice", "tags"):
                    continue
                if not (words & _OPTION_WORDS or set(f.name.split("_")) <= words):
                    continue
                for o in f.options:
                    said = " " + re.sub(r"[^a-z0-9]+", " ", o.value.lower()).strip() + " "
                    if said.strip() and said in low and set(said.split()) != set(f.name.split("_")):
                        out.append({"op": "remove_option", "entity": entity.name, "field": f.name, "value": o.value})
        if not out and words & _OPTION_WORDS:
            # "we stopped doing nail clips, remove that service option" where the option is "Nail trim": the one option
            # of the app whose first word the sentence says
            alike = [(e.name, f.name, o.value) for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")
                     for o in f.options if len(first := re.sub(r"[^a-z0-9 ]+", " ", o.value.lower()).split()[:1]) == 1
                     and len(first[0]) >= 4 and {first[0], first[0] + "s", first[0] + "es"} & words]
            if len(alike) == 1:
                out.append({"op": "remove_option", "entity": alike[0][0], "field": alike[0][1], "value": alike[0][2]})
    return out


def without_option_clashes(ops: list[dict[str, Any]], said: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`ops` less what contradicts the options a change says it adds or takes away: the program's own options on a
    choice whose options are said, a thing it named "option" for them, an option said to go added back, and the
    removal or retyping of a field whose option goes (the decoder read "no more no-show status" as removing the
    status)."""
    added = {(s["entity"], s["field"]) for s in said if s["op"] == "add_option"}
    gone = {(s["entity"], s["field"], _key(s["value"])) for s in said if s["op"] == "remove_option"}
    fields = {(s["entity"], s["field"]) for s in said if s["op"] == "remove_option"}
    said_keys = {_key(s["value"]) for s in said if s["op"] == "add_option"}
    return [o for o in ops if not (
        (o["op"] == "add_option" and ((o["entity"], o["field"]) in added or (o["entity"], o["field"], _key(o["value"])) in gone))
        or (o["op"] in ("remove_field", "change_type") and (o["entity"], o["field"]) in fields)
        or (added and o["op"] in ("add_entity", "add_field") and o.get("entity") in ("option", "choice", "value"))
        or (o["op"] == "add_field" and _key(o["field"]["name"]) in said_keys))]  # "log misting too": no `misting` field


_ADDED_OPTIONS = re.compile(r"\b(?:add|new|more|extra|include)\s+(?:the\s+|some\s+|a\s+few\s+)?(?:more\s+)?"
                            r"(?P<f>[a-z]+(?: [a-z]+)?)\s+(?:options|choices|values)\s*(?::|-|like\b|such as\b)\s*(?P<v>.+)$")


def added_options(spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """The `add_option`s of "add genre options: fiction, non-fiction, kids, mystery" for a choice the app has, each
    value as written and only the ones it lacks."""
    out: list[dict[str, Any]] = []
    for sentence in re.split(r"[.;!?\n]+", text):
        found = _ADDED_OPTIONS.search(sentence.lower())
        if found is None:
            continue
        said = found.group("f").split()
        fields = [(e.name, f) for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")
                  and f.name.split("_") == said[-len(f.name.split("_")):]]
        if len(fields) != 1:
            continue
        entity, field = fields[0]
        start = sentence.lower().index(found.group("v"), found.start("v"))
        values = [v.strip(" '\"") for i in list_items(sentence[start:]) for v in re.split(r"\s+or\s+", i) if v.strip(" '\"")]
        have = {_key(o.value) for o in field.options}
        for value in values:
            if _key(value) not in have:
                have.add(_key(value))
                value = as_written(value)
                out.append({"op": "add_option", "entity": entity, "field": field.name, "value": value})
    for found in _ALONGSIDE.finditer(text.lower()):
        # "i want to log fertilizing too, not just watering": a new option beside the one the app has
        new, old = (found.group("new") or found.group("new2")).split()[-1], found.group("old") or found.group("old2")
        fields = [(e.name, f) for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")
                  and _stem(old) in {_stem(o.value) for o in f.options}]
        if len(fields) == 1 and _stem(new) not in {_stem(o.value) for o in fields[0][1].options}:
            out.append({"op": "add_option", "entity": fields[0][0], "field": fields[0][1].name,
                        "value": new[:1].upper() + new[1:]})
    return out


def options_where_said(ops: list[dict[str, Any]], spec: AppSpec, text: str) -> list[dict[str, Any]]:
    """`ops` with each new option on the choice its words name: "rename priority to urgency and add a 'blocked'
    status" adds Blocked to the status, not to the urgency just renamed."""
    low = text.lower()
    out = []
    for o in ops:
        if o["op"] == "add_option":
            m = re.search(rf"['\"‘“]?{re.escape(o['value'].lower())}['\"’”]?\s+(?:option\s+(?:for|on|to|in)\s+(?:the\s+)?)?"
                          r"([a-z]+)", low)
            entity = spec.entity(o["entity"])
            named = entity.field(m.group(1)) or entity.field(singular(m.group(1))) if m and entity else None
            if named is not None and named.type.value in ("choice", "tags") and named.name != o["field"] and not any(
                    _key(v.value) == _key(o["value"]) for v in named.options):
                o = {**o, "field": named.name}
        out.append(o)
    return out


def _stem(value: str) -> str:
    """An option said loosely as a deed: "watering" is "Watered", "fertilizing" is "Fertilised"."""
    return re.sub(r"(?:ing|ed|es|s)$", "", _key(value)).replace("z", "s")


def named_as_option(spec: AppSpec) -> Callable[[dict[str, Any]], bool]:
    """Whether a change's new field is named as an option a choice of the app has ("log fertilizing too" where care
    logs have a Fertilised action): that option said, not a field."""
    options = {_stem(o.value) for e in spec.entities for f in e.fields if f.type.value in ("choice", "tags")
               for o in f.options}
    return lambda op: op["op"] == "add_field" and _stem(op["field"]["name"]) in options


_ALONGSIDE = re.compile(r"\b(?P<new>[a-z]+(?: [a-z]+)?)\s+(?:too|as well)\s*,?\s+not (?:just|only)\s+(?P<old>[a-z]+(?: [a-z]+)?)\b"
                        r"|\bnot (?:just|only)\s+(?P<old2>[a-z]+(?: [a-z]+)?)\s*,?\s+(?:but )?(?:also\s+)?(?P<new2>[a-z]+)"
                        r"\s+(?:too|as well)\b")


def options_held(ops: list[dict[str, Any]], spec: AppSpec) -> list[dict[str, Any]]:
    """`ops` less a new choice whose options a choice of the app already has ("a membership type: monthly, annual,
    drop-in" where members have those): the words asked for what is there, not for a second copy elsewhere."""
    held = [{_key(o.value) for o in f.options} for e in spec.entities for f in e.fields
            if f.type.value in ("choice", "tags") and len(f.options) >= 2]
    def copy(op: dict[str, Any]) -> bool:
        if op["op"] != "add_field" or op["field"].get("type") not in ("choice", "tags"):
            return False
        keys = {_key(o["value"] if isinstance(o, dict) else o) for o in op["field"].get("options", [])}
        return len(keys) >= 2 and any(keys <= have for have in held)
    return [o for o in ops if not copy(o)]


def options_had(spec: AppSpec, text: str) -> str | None:
    """"a membership type: monthly, annual, drop-in" where members have exactly those: what the app has, in words,
    so that an answer that changes nothing says why."""
    for sentence in re.split(r"[.;!?\n]+", text):
        values = [v for i in list_items(sentence.split(":", 1)[-1]) for v in re.split(r"\s+or\s+|/", i) if v.strip()]
        keys = {_key(v) for v in values}
        if len(keys) < 2:
            continue
        for e in spec.entities:
            for f in e.fields:
                if f.type.value in ("choice", "tags") and keys <= {_key(o.value) for o in f.options}:
                    return (f"Nothing to change: {(e.label or e.name).replace('_', ' ').lower()}'s "
                            f"{(f.label or f.name).replace('_', ' ').lower()} already has "
                            f"{', '.join(o.value for o in f.options)}.")
    return None


def as_quoted(ops: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """`ops` with every value copied from a quoted phrase written as the person wrote it ("Walk-in", not "Walk in").

    The program copies words, and words lose their hyphens, slashes and capitals; a value whose words are those of
    a quoted phrase is that phrase.
    """
    quoted = {}
    for _, _, phrase in quoted_phrases(text):
        key = tuple(re.findall(r"[a-z0-9]+", phrase.lower()))
        if key and len(phrase) <= 60:
            quoted.setdefault(key, phrase)

    def whole(words: tuple[str, ...]) -> str | None:
        """The quoted phrase these words are all or most of, in order ("Hair Studio" of "Mia's Hair Studio")."""
        found = [phrase for key, phrase in quoted.items() if len(words) * 2 >= len(key)
                 and any(key[i : i + len(words)] == words for i in range(len(key) - len(words) + 1))]
        return found[0] if len(found) == 1 else None

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            words = tuple(re.findall(r"[a-z0-9]+", value.lower()))
            return (whole(words) or value) if words and (" " in value or value[:1].isupper()) else value
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            return {k: (v if k in _IDENTIFIERS else fix(v)) for k, v in value.items()}
        return value

    return [fix(op) for op in ops] if quoted else ops


# Keys whose values are names in the spec, not words shown to people: they keep their identifier form.
_IDENTIFIERS = frozenset({"op", "entity", "field", "name", "target", "role", "roles", "view", "to", "group_by",
                          "date_field", "image_field", "display_field", "key", "id", "type", "action", "aggregate"})


__all__ = ["named_as_option", "options_where_said", "added_options", "as_quoted", "options_had", "options_held", "options_not_fields", "quoted_options", "removed_options", "replaced_options", "slashed_options",
           "without_option_clashes"]
