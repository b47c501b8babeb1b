"""How a new app's things point at each other when the message says so without a verb for it.

"Sessions per client", "members, certifications with expiry dates": a person names things side by side and expects
them linked. Each link is a reference field added only where neither thing points at the other yet. (A blueprint's
thing that is the person's word under another name is `samething`'s.)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from appforge.models.inhouse.complete import DATES, first_field
from appforge.models.inhouse.listmarks import JOIN_VERBS
from appforge.models.inhouse.mentions import (
    apply_if_fits,
    entity_of,
    last_named,
    named_in_order,
    words_for_entities,
)
from appforge.models.inhouse.phrasing import singular
from appforge.models.inhouse.roles import names_person
from appforge.spec.model import RELATION_TYPES, AppSpec, Entity, FieldType


def link_per(spec: AppSpec, text: str) -> AppSpec:
    """"sessions per client", "payments for each member", "the member's payments": a link from the first thing to
    the second, when both are things of the app and it has none yet."""
    words_for = words_for_entities(spec)
    low = text.lower().replace("’", "'")
    each = [(m.group(1), m.group(2)) for m in re.finditer(
        r"([a-z]+)(?: (?:i|we|you|they) [a-z]+| (?:found|taken|done|made|given|held|kept|seen|sold|(?!assigned)[a-z]+ed))? "
        r"(?:per|(?:for|of|from|on|at|in) (?:each|every)) ([a-z]+)", low)]
    # ("a driver assigned per route" is the route's driver, read below as said)
    # "each survey has samples", "clients (restaurants) have sites": the samples are a survey's, the sites a client's
    plain = re.sub(r"\([^)]*\)", " ", low)
    each += [(m.group(2), m.group(1)) for m in re.finditer(
        r"\b(?:each|every) ([a-z]+) (?:has|have|gets|get|can have) (?:(?:its|their|some|many|several|multiple|[0-9]+) )?"
        r"(?:[a-z]+ ){0,2}?([a-z]+s)\b", plain)]
    each += [(m.group(2), m.group(1)) for m in re.finditer(
        r"\b([a-z]+s) (?:have|can have) (?:(?:their|some|many|several|multiple) )?(?:[a-z]+ )?([a-z]+s)\b", plain)
        if m.group(1) != singular(m.group(1))]
    pairs = [(m.group(2), m.group(1)) for m in re.finditer(r"([a-z]+)'s? ([a-z]+)", low)]
    for k, (many, one) in enumerate(each + pairs):
        a = words_for.get(many) or words_for.get(singular(many))
        b = words_for.get(one) or words_for.get(singular(one))
        if a and b and a != b and k < len(each):
            # "tasks per room" where a blueprint's room points at its tasks: each task is a room's, as said
            back = [f.name for f in spec.entity(b).fields if f.type == FieldType.reference and f.target == a]
            if back and not any(f.target == b for f in spec.entity(a).fields):
                for name in back:
                    spec = apply_if_fits(spec, {"op": "remove_field", "entity": b, "field": name}, [])
        if a and b:
            spec = link(spec, a, b)
    return spec


def joins_said(spec: AppSpec, text: str) -> AppSpec:
    """"registrations linking campers to sessions": a thing of its own that points at both, kept though no blueprint
    near the app keeps it."""
    words_for = words_for_entities(spec)
    verbs = "|".join(sorted(JOIN_VERBS, key=len, reverse=True))
    for m in re.finditer(rf"\b([a-z]{{4,}}) (?:that )?(?:{verbs}) (?:an? |the |each |one )?([a-z]+) (?:to|and|with) "
                         r"(?:an? |the |each |one )?([a-z]+)", text.lower()):
        a = words_for.get(m.group(2)) or words_for.get(singular(m.group(2)))
        b = words_for.get(m.group(3)) or words_for.get(singular(m.group(3)))
        join = words_for.get(m.group(1)) or next(
            (e.name for e in spec.entities if e.name.endswith("_" + singular(m.group(1)))), singular(m.group(1)))
        if not (a and b) or join == m.group(1) or a == b:
            continue
        if spec.entity(join) is None:
            spec = apply_if_fits(spec, {"op": "add_entity", "entity": join, "fields": [{"name": "name"}]}, [])
        spec = link(link(spec, join, a), join, b)
    return spec


def link_theirs(spec: AppSpec, text: str, people: set[str] | frozenset[str] = frozenset()) -> AppSpec:
    """"customers, their cars", "dogs and their owners": what follows "their" is the things named before it own, or
    the people they have (`tie`)."""
    words_for = words_for_entities(spec)
    low = re.sub(r"\([^)]*\)", " ", text.lower())
    for m in re.finditer(r"\b([a-z]+)\s*(?:,|and|with|plus|&|\+)\s*(?:also\s+)?(?:their|its|his|her)\s+([a-z]+)", low):
        one = words_for.get(m.group(1)) or words_for.get(singular(m.group(1)))
        theirs = words_for.get(m.group(2)) or words_for.get(singular(m.group(2)))
        if one and theirs and one != theirs:
            spec = tie(spec, theirs, one, text, people)
    return spec


# Words that tie the thing a phrase opens with to another thing later in it: "jobs at each property", "fish in each
# tank", "deadlines for my clients", "viewings booked for buyers on listings", "sessions between a tutor and a student".
_TIES = frozenset({"per", "for", "on", "in", "at", "under", "between", "against"})
_WHOSE = frozenset({"each", "every", "my", "our", "the", "a", "an", "their", "its", "his", "her", "all"})
# Between a thing and a tie, words that make the phrase say what someone does: "clients pay for sessions".
_DOES = frozenset({"pay", "pays", "paid", "sign", "signs", "signed", "register", "registers", "apply", "applies",
                   "vote", "votes", "can", "cant", "only", "see", "sees", "is", "are", "was", "were", "go", "goes",
                   "work", "works", "live", "lives", "come", "comes", "need", "needs", "want", "wants", "like"})


# "Assign each job to a driver and a van": the job is given to both.
_ASSIGN = re.compile(r"\bassign(?:s|ed)? (?:each |every |the |a |an |all )?([a-z]+) to (?:a |an |the |one )?([a-z]+)"
                     r"(?: (?:and|&|\+) (?:a |an |the |one )?([a-z]+))?")
# The verbs that tie one thing to another: "each dog belongs to a walker", "cars ..., linked to the owner".
TIE_VERBS = r"belongs?|belonging|linked|tied|attached|connected"
_BELONGS_TO = re.compile(rf"\s(?:(?:is|are|gets?|get|always|each|must be|should be)\s+)?(?:{TIE_VERBS}|assigned)\s+to\s")
_EACH_WITH = re.compile(r",\s*each (?:with|having|has|have) (?:its own |their own |some |several |many )?([a-z]+)")
_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "one", "our", "my"})
_HAS_MANY = re.compile(r"\b((?:[a-z]+ )?[a-z]+) (?:can |will |could |may )?(?:has|have|having) (?:many|multiple|several|"
                       r"lots of|one or more|more than one|a few|a bunch of|some|any number of) ([a-z]+(?: [a-z]+)?)")


def link_within(spec: AppSpec, text: str) -> AppSpec:
    """"Jobs at each property", "the roles they play in each show", "viewings booked for buyers on listings": within
    one phrase, the thing it opens with belongs to each thing a tie word ("for", "in each", "on") names after it."""
    words_for = words_for_entities(spec)
    plain = re.sub(r"\([^)]*\)", " ", text.lower().replace("’", "'"))
    for sentence in re.split(r"[.;!?\n]", plain):
        for tie in _BELONGS_TO.finditer(sentence):
            if "," not in sentence[: tie.start()]:
                continue  # "each quote belongs to a lead": read below, within its phrase
            # "cars by reg plate with make, model and mileage, linked to the owner": the cars, past their list
            owner = _named([w for w in re.findall(r"[a-z]+", sentence[tie.end() :])[:2] if w not in _DETERMINERS][:1],
                           words_for)
            item = last_named(re.findall(r"[a-z]+", sentence[: tie.start()].split(",")[0]), words_for)
            if owner is not None and item is not None and owner != item:
                spec = link(spec, item, owner)
        each_with = _EACH_WITH.search(sentence)
        if each_with is not None:
            owner = last_named(re.findall(r"[a-z]+", sentence[: each_with.start()]), words_for)
            item = _named([each_with.group(1)], words_for)
            if owner and item and owner != item:
                spec = link(spec, item, owner)  # "we sign bands, each with several demos": a band's demos
    for picked, chooser in re.findall(r"\bwhich ([a-z]+) (?:each|every) ([a-z]+)", plain):
        one, other = _named([chooser], words_for), _named([picked], words_for)
        if one and other and one != other:
            spec = link(spec, one, other)  # "which route each customer is on": a customer's route
    plain = _BELONGS_TO.sub(" for ", plain)  # "each quote belongs to a lead"
    for given, *takers in _ASSIGN.findall(plain):
        item = _named([given], words_for)
        for taker in filter(None, takers):
            owner = _named([taker], words_for)
            if item and owner and owner != item:
                spec = link(spec, item, owner)
    for one, many in _HAS_MANY.findall(plain):  # "each lead can have several quotes": a quote is a lead's
        owner = _named(one.split()[-2:], words_for) or _named(one.split()[-1:], words_for)
        item = _named(many.split()[:2], words_for) or _named(many.split()[:1], words_for)
        if owner and item and owner != item:
            spec = link(spec, item, owner)
    for phrase in re.split(r"[,;:.!?\n]|\s-\s", plain):
        words = re.findall(r"[a-z]+", phrase)
        at = next(((k, n) for k in range(len(words)) for n in (2, 1) if _named(words[k : k + n], words_for)), None)
        if at is None:
            continue
        head = _named(words[at[0] : at[0] + at[1]], words_for)
        gap = 0
        for k in range(sum(at), len(words)):
            if words[k] not in _TIES:
                gap += 1
                if words[k] in _DOES or words[k] in ("and", "with", "w", "or") or gap > 3:
                    break
                continue
            rest = words[k + 1 :]
            while rest and rest[0] in _WHOSE:
                rest = rest[1:]
            n = 2 if _named(rest[:2], words_for) else 1
            other = _named(rest[:n], words_for)
            if other is None or other == head:
                continue
            spec = link(spec, head, other)
            gap = 0
            if words[k] == "between" and "and" in rest[n : n + 2]:
                after = [w for w in rest[rest.index("and", n) + 1 :] if w not in _WHOSE]
                second = _named(after[:2], words_for) or _named(after[:1], words_for)
                if second is not None and second != head:
                    spec = link(spec, head, second)
    return spec


def _named(words: list[str], words_for: dict[str, str]) -> str | None:
    """The entity these exact words name ("egg counts" -> egg_count), or None."""
    if not words:
        return None
    return words_for.get("_".join(words[:-1] + [singular(words[-1])])) or words_for.get("_".join(words))


def link_orphans(spec: AppSpec, text: str, people: set[str] | frozenset[str] = frozenset()) -> AppSpec:
    """"members, certifications with expiry dates, callouts": a dated record that points at nothing belongs to the
    first thing the message names before it that is not itself a dated record (a certification is a member's);
    people with a join date are no one's record."""
    order = named_in_order(spec, text)

    def dated(name: str) -> bool:
        entity = spec.entity(name)
        return entity is not None and first_field(entity, DATES) is not None

    for k, name in enumerate(order):
        entity = spec.entity(name)
        if (entity is None or not dated(name) or any(f.type in RELATION_TYPES for f in entity.fields)
                or (not a_record(entity) and _a_person(spec, name, people))):
            continue
        if any(f.target == name for e in spec.entities for f in e.fields):
            continue  # something points at it: it is not a loose record
        # a member who joined on a date is still a thing, not a record: the payments are the member's
        owner = next((o for o in order[:k] if (e := spec.entity(o)) is not None and not a_record(e)), None)
        if owner is not None:
            spec = link(spec, name, owner)
    return spec


# People a business buys from or works beside: never its customers under another word (an HOA's vendors are no tenants).
SUPPLY_SIDE = frozenset({"vendor", "supplier", "contractor", "provider", "sponsor", "partner", "landlord", "agent",
                          "subcontractor", "tradesperson", "trade", "wholesaler", "distributor", "manufacturer"})


def link_loose(spec: AppSpec, text: str, drawn: Counter[tuple[str, str]]) -> AppSpec:
    """A new app's thing that neither points at another nor is pointed at is a list beside the app, not part of it:
    "stages, artists (genre, fee), sets with stage, start and end time" keeps artists no set names. Each such thing is
    linked the way the catalogue links things of those names (`drawn`: how many of its entities draw each link),
    else to the thing the message names nearest to it: a dated record points at a thing, a thing named after another
    belongs to it ("clients (...) have sites": a site's client), and a thing the message never names points at the
    thing most others point at."""
    if len(spec.entities) < 2:
        return spec
    words_for = words_for_entities(spec)
    said: dict[str, list[int]] = {}
    for k, w in enumerate(re.findall(r"[a-z]+", text.lower())):
        name = words_for.get(w) or words_for.get(singular(w))
        if name is not None:
            said.setdefault(name, []).append(k)

    def loose(name: str) -> bool:
        return not any((e.name == name and f.target not in (None, name)) or (e.name != name and f.target == name)
                       for e in spec.entities for f in e.fields)

    for name in [e.name for e in spec.entities]:
        if loose(name):
            spec = _tie_loose(spec, name, said, drawn)
    return spec


def _tie_loose(spec: AppSpec, name: str, said: dict[str, list[int]], drawn: Counter[tuple[str, str]]) -> AppSpec:
    """One loose thing of `link_loose` linked: as the catalogue links it, else by where the message names it."""
    entity = spec.entity(name)
    others = [e for e in spec.entities if e.name != name]
    if entity is None or not others:
        return spec
    best = max(others, key=lambda o: drawn[(name, o.name)] + drawn[(o.name, name)]).name
    if drawn[(name, best)] + drawn[(best, name)] > 0:
        return link(spec, name, best) if drawn[(name, best)] >= drawn[(best, name)] else link(spec, best, name)
    if name not in said:
        hub = max(others, key=lambda o: sum(f.target == o.name for e in spec.entities for f in e.fields))
        return link(spec, name, hub.name)
    named = [o for o in others if o.name in said]
    if not named:
        return spec

    def distance(other: Entity) -> int:
        return min(abs(p - q) for p in said[name] for q in said[other.name])

    pointing = [o for o in named if any(f.target not in (None, o.name) for f in o.fields)]
    if not a_record(entity) and pointing:
        return link(spec, min(pointing, key=distance).name, name)  # "sets with stage, start and end time": an artist
    near = min(named, key=distance)
    if a_record(entity) != a_record(near):
        return link(spec, name, near.name) if a_record(entity) else link(spec, near.name, name)
    if spec.role(name) is not None:
        return spec  # people who sign in belong to no one
    return link(spec, name, near.name) if said[name][0] > said[near.name][0] else link(spec, near.name, name)


def names_become_links(spec: AppSpec) -> AppSpec:
    """A blueprint keeps a reservation's "guest_name" as text because it has no guests; in an app that keeps guests
    the reservation points at its guest instead (and a "tenant_name" beside a link to the tenant is dropped). So does
    a choice or text named for a thing the app keeps: a move's "truck" of sizes, once the app keeps its trucks."""
    done: list[dict[str, Any]] = []
    for entity in spec.entities:
        for f in entity.fields:
            target = f.name.removesuffix("_name")
            if f.type in (FieldType.choice, FieldType.text, FieldType.user) and spec.entity(f.name) is not None and f.name != entity.name:
                target = f.name  # ... and a wedding's "couple" written in, once the app keeps its couples
            elif f.type != FieldType.text or target in (f.name, entity.name) or spec.entity(target) is None:
                continue
            now = spec.entity(entity.name)
            linked = now is not None and any(g.target == target for g in now.fields)
            if not linked and now is not None and now.field(target) is not None and target != f.name:
                continue  # a "guest" field of another kind is there: leave both as they are
            if target == f.name:
                changed = spec
                if linked:  # the link the list made beside it (an "artist_ref") goes: the field becomes it (`link`)
                    ref = next(g.name for g in now.fields if g.target == target)
                    changed = apply_if_fits(changed, {"op": "remove_field", "entity": entity.name, "field": ref}, done)
                changed = link(changed, entity.name, target)  # not where the batch is the product's: no link back
                held = changed.entity(entity.name).field(f.name)
                spec = changed if held is not None and held.target == target else spec
                continue
            changed = apply_if_fits(spec, {"op": "remove_field", "entity": entity.name, "field": f.name}, done)
            if not linked:
                changed = apply_if_fits(changed, {"op": "add_field", "entity": entity.name, "field": {
                    "name": target, "type": "reference", "target": target}}, done)
            if any(g.target == target for g in changed.entity(entity.name).fields):
                spec = changed
    return spec


def link_islands(spec: AppSpec, text: str, people: set[str] | frozenset[str] = frozenset()) -> AppSpec:
    """"Members, certifications with expiry dates, callouts": a thing the message names that neither points at
    anything nor is pointed at belongs to the first thing (not a dated record) the message names; people beside a
    thing are its people instead (`tie`)."""
    order = named_in_order(spec, text)
    things = [n for n in order if (e := spec.entity(n)) is not None and not a_record(e)]
    if len(order) < 2 or not things:
        return spec
    first = things[0]  # a thing, not a dated record: "fleet maintenance. vans ..." is about vans
    for name in order:
        entity = spec.entity(name)
        if name == first:
            continue
        if entity is None or any(f.type in RELATION_TYPES for f in entity.fields) or spec.role(name) is not None:
            continue  # a role's people (stylists who sign in) belong to no one
        if any(f.target == name for e in spec.entities for f in e.fields):
            continue
        spec = tie(spec, name, first, text, people)
    return spec


def link_after(spec: AppSpec, text: str, people: set[str] | frozenset[str] = frozenset()) -> AppSpec:
    """"Buildings, units, tenants", "customers, properties, jobs": a thing listed right after another that points
    at nothing yet belongs to the one before it (a unit is a building's, a property a customer's), people listed
    after a thing are its people (`tie`)."""
    words_for = words_for_entities(spec)
    plain = re.sub(r"\([^)]*\)", " ", text.lower().replace("’", "'"))
    for clause in re.split(r"[.;:!?\n]", plain):
        before: str | None = None
        for part in re.split(r",|&|\+|\band\b", clause):
            words = [w for w in re.findall(r"[a-z]+", part) if w not in ("the", "my", "our", "their", "also", "some")]
            name = entity_of(words[:2], words_for) if 0 < len(words) <= 2 else None
            entity = spec.entity(name) if name else None
            if (entity is not None and before is not None and before != name and spec.role(name) is None
                    and not any(f.type in RELATION_TYPES for f in entity.fields)
                    and (b := spec.entity(before)) is not None and not a_record(b)):
                spec = tie(spec, name, before, text, people)
            before = name
    return spec


def tie(spec: AppSpec, name: str, other: str, text: str, people: set[str] | frozenset[str]) -> AppSpec:
    """`name`, named beside `other` and pointing at nothing, tied to it the way people mean it: a thing belongs to
    what is named before it (a customer's property, a unit's tenants), but what sorts things sorts the thing before
    it ("recipes, categories": a recipe's category), those in charge of a thing are its people
    ("dogs, their owners": a dog's owner; "classes, instructors"; "tutors, students": a student's tutor), and two
    kinds of people neither of whom is in charge are no one's ("customers, hairdressers"), unless the second are the
    first's ("students and their parents")."""
    kind, other_kind = name.split("_")[-1], other.split("_")[-1]
    if kind in _SORTS and other_kind not in _SORTS:
        return link(spec, other, name)  # "recipes, categories": a recipe's category
    if not _a_person(spec, name, people):
        return link(spec, name, other)
    if kind in SUPPLY_SIDE:
        return spec  # "couples, vendors": a vendor works for many
    theirs = re.search(rf"\b(?:their|its|his|her)\s+{re.escape(name.replace('_', ' '))}", text.lower()) is not None
    if theirs or kind in _IN_CHARGE:
        return link(spec, other, name)  # "dogs, their owners", "clients, trainers": a client's trainer
    if _a_person(spec, other, people):
        return link(spec, name, other) if other_kind in _IN_CHARGE else spec  # "tutors, students": a student's tutor
    return link(spec, name, other) if kind in _MEMBERS else spec  # "units, tenants"; "bikes, customers": no bike's


# Things that sort other things: a recipe has a category, a post its tags.
_SORTS = frozenset({"category", "tag", "type", "genre", "kind", "label", "topic", "tier", "level", "grade", "class"})
# People who belong to one thing at a time: a unit's tenant, a team's player, a class's student.
_MEMBERS = frozenset({"tenant", "resident", "player", "member", "student", "pupil", "kid", "child", "camper", "athlete",
                      "swimmer", "runner", "employee", "patient", "occupant", "learner", "scout", "cadet", "intern"})
# People one of whom is in charge of many things: a horse's owner, a class's instructor, a property's landlord.
_IN_CHARGE = frozenset({"owner", "instructor", "coach", "teacher", "tutor", "trainer", "landlord", "manager", "leader",
                        "captain", "host", "organiser", "organizer", "supervisor", "vet", "doctor", "agent", "keeper",
                        "guardian", "parent", "breeder", "handler", "rider", "driver", "mechanic", "technician"})


def _a_person(spec: AppSpec, name: str, people: set[str] | frozenset[str]) -> bool:
    """Whether a thing of the app is people: reached by its own email or phone, a word the catalogue keeps
    for people (and no dated record: a booking is no one), or a word for someone who does something ("hairdresser")."""
    entity = spec.entity(name)
    if entity is None:
        return False
    reached = any(f.type in (FieldType.email, FieldType.phone) and f.name in ("email", "phone", "mobile")
                  for f in entity.fields)  # a car's owner_phone reaches its owner, not the car
    return reached or (name in people and not a_record(entity)) or names_person(name.split("_")[-1] + "s")


# Dates a thing has that do not make it a record of something happening: a birthday, a renewal, a due date.
_NOT_WHEN = ("birth", "born", "dob", "joined", "expir", "due", "renew", "until", "since", "last", "next", "bought",
             "purchased", "planted", "installed", "opened", "founded", "start", "end", "inspection", "mot", "move_in",
             "moved_in")


def a_record(entity: Entity) -> bool:
    """Whether an entity records something that happened on a date (a visit, a firing), not a thing with dates."""
    return any(f.type in DATES and not any(w in f.name for w in _NOT_WHEN) for f in entity.fields)


def link(spec: AppSpec, a: str, b: str) -> AppSpec:
    """`spec` with a link from `a` to `b`, unless they are one thing or already linked either way; a field of `a`
    that holds `b` by name or account becomes the link."""
    ea, eb = spec.entity(a), spec.entity(b)
    if ea is None or eb is None or a == b or any(f.target == b for f in ea.fields) or any(f.target == a for f in eb.fields):
        return spec
    held = ea.field(b)
    if held is not None and held.type in (FieldType.user, FieldType.text, FieldType.choice):
        # an appointment's stylist who signs in, a booking's guest by name: the stylist, the guest, once the app keeps them
        done: list[dict[str, Any]] = []
        changed = apply_if_fits(spec, {"op": "change_type", "entity": a, "field": b, "type": "reference", "target": b}, done)
        if done:
            return changed
    name = b if ea.field(b) is None else f"{b}_ref"
    return apply_if_fits(spec, {"op": "add_field", "entity": a, "field": {"name": name, "type": "reference", "target": b}}, [])


__all__ = ["SUPPLY_SIDE", "TIE_VERBS", "a_record", "joins_said", "link", "link_after", "link_islands", "link_loose", "link_orphans", "link_per", "link_within", "names_become_links", "link_theirs", "tie"]
