"""The fields a message lists for a thing: "routes w/ grade, colour of holds, setter, date set, date stripped".

People describe an app by naming a thing and listing what it holds, in brackets, after a colon, after "with". The
decoder is good at reading one change from a sentence and weak at copying a list of eight names in order: on the
benchmark's dev creates it added about half of the fields a person listed. A list written that plainly needs no
learning to read, only to type, so the start of a new app gets those fields here, each typed the way the catalogue
types fields of that name ("mileage" is an integer, "date stripped" a date, "photo" an image), and the decoder
adjusts the rest. A listed thing that is another entity of the app ("roast batches (date, lot, weight in)")
becomes a link to it. Nothing is added to a thing the app does not have, and nothing the thing already holds is
added twice.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from appforge.models.inhouse.deeds import deed_record
from appforge.models.inhouse.fieldtypes import FieldTypes
from appforge.models.inhouse.itemfield import (
    FILLER,
    has_field,
    item_field,
    name_words,
    unasked,
    workflow_as_said,
)
from appforge.models.inhouse.listfit import (
    added_words,
    holder_of,
    named_in_full,
    option_values,
    options_as_said,
    retyped,
)
from appforge.models.inhouse.listhead import (
    ASKING_FOR,
    COLLECTIONS,
    DETERMINERS,
    DONE_AS_THING,
    DONE_TO,
    KINDS_OF,
    LIST_NOUNS,
    LOG_OF,
    MASS_NOUNS,
    NOT_A_THING,
    PARTICLES,
    SENT_BY,
    kept_by_the_app,
    kept_in,
    new_thing_of,
    read_once,
    whose_list,
)
from appforge.models.inhouse.listitems import (
    ListItems,
    kinds_named,
    kinds_of,
    many_of_another,
    new_thing_word,
    things_of_the_app,
)
from appforge.models.inhouse.listmarks import (
    ADD_TO,
    ADD_WHEN,
    ASKING,
    CHOICE_WORDS,
    COMMAND,
    DONE_BY,
    KEPT_IN,
    KIND_WORDS,
    MARKERS,
    MODALS,
    NEW_TABLE,
    NEW_THING_MARKERS,
    NOT_A_LIST,
    PEOPLE,
    SUB_THING,
    THING_WORDS,
)
from appforge.models.inhouse.listparts import bracketed, list_items, sentences
from appforge.models.inhouse.mentions import (
    ENTRY_WORDS,
    EXAMPLES,
    NOT_MODIFIERS,
    apply_if_fits,
    entity_of,
    first_named,
    last_named,
    said_done,
    words_for_entities,
)
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.slots import NOT_PLURALS, main_entity, misspelt
from appforge.models.inhouse.synonyms import one_thing
from appforge.models.retrieval import Catalogue
from appforge.spec.model import AppSpec


class ListedFields(ListItems):
    """Reads the lists of a message and adds their fields to the things of a start that the lists belong to."""

    def add(self, spec: AppSpec, text: str) -> AppSpec:
        """`spec` with the fields `text` lists (a new app's start)."""
        return self.operations(spec, text)[1]

    def operations(self, spec: AppSpec, text: str, headless: bool = True,
                   before: AppSpec | None = None) -> tuple[list[dict[str, Any]], AppSpec]:
        """The operations that add the listed fields, each applied once, and the spec they make.

        A change to an app that exists reads only lists said of a named thing (`headless=False`): "orders need a
        price total and a 'paid' checkbox", "feedings: hive, date, syrup litres". With `before` (the app before the
        change), an item that shares a word with a field the change already added is taken as that field.
        """
        ops: list[dict[str, Any]] = []
        added = added_words(before, spec) if before is not None else {}
        renamed = {}
        if before is not None:
            # "rename service to treatment, and add a category to services": services are now the treatments
            now = {e.id: e.name for e in spec.entities if e.id}
            renamed = {e.name: now[e.id] for e in before.entities if e.id in now and now[e.id] != e.name}
        for entity_name, items, asked in self._read(spec, text, headless, renamed):
            if spec.entity(entity_name) is None and before is None:
                # "kids (name, birthday, allergies)" where a daycare keeps children: those, under the person's word
                kin = next((e.name for e in spec.entities if one_thing(e.name, entity_name)), None)
                if kin is not None:
                    spec = apply_if_fits(spec, {"op": "rename_entity", "entity": kin, "to": entity_name}, ops)
            if spec.entity(entity_name) is None and not asked:
                # "track my migraines: date, severity, triggers" from a symptom log whose entries hold most of that
                # list: the entries are the migraines, not a second thing beside them.
                entity_name = holder_of(spec, items) or entity_name
            entity_name = misspelt(entity_name, spec) or entity_name if spec.entity(entity_name) is None else entity_name
            if spec.entity(entity_name) is None:
                named = next((i for i in items if re.search(r"\b(?:name|title)$", i)), "name")
                named = "_".join(name_words(named.lower())) or "name"  # "stylists have a name and a phone"
                spec = apply_if_fits(spec, {"op": "add_entity", "entity": entity_name, "fields": [{"name": snake(named)}]}, ops)
            options = option_values(spec, entity_name, before)
            if kinds_of(spec.entity(entity_name), items):
                continue  # "activities (call, email, meeting)" where an activity's kind is one of those
            kinds = kinds_named(spec.entity(entity_name), items)
            if kinds is not None:
                spec = options_as_said(spec, entity_name, kinds, items, ops)
                continue
            for item in items:
                if all(part in options for part in re.split(r"\s+or\s+|\s*/\s*", item.lower().strip())):
                    continue  # "a category: hair, nails, beauty": the options of a field, not fields
                op = item_field(self.types, spec, entity_name, item, renaming=before is None)
                if op is not None and before is None:
                    *first, op = workflow_as_said(spec, op)
                    for step in first:
                        spec = apply_if_fits(spec, step, ops)
                if op is None and before is not None:
                    spec = retyped(self.types, spec, before, entity_name, item, ops)
                said = {singular(w) for w in name_words(item.lower())}
                if op is not None and not any(said <= words or words <= said for words in added.get(entity_name, [])):
                    spec = apply_if_fits(spec, op, ops)
                elif op is not None and op["op"] == "add_field" and before is not None:
                    named = {singular(w) for w in name_words(re.sub(r"\(.*?\)", "", item.lower()))}
                    spec = named_in_full(spec, before, op, named, ops)
        return ops, spec

    def held(self, spec: AppSpec, text: str) -> list[tuple[str, str, set[str]]]:
        """(entity, item, its words) for each item a change lists that its thing already holds ("add a ticket
        price and capacity to events" where events have both)."""
        out = []
        for entity_name, items in self.lists(spec, text, headless=False):
            entity = spec.entity(entity_name)
            for item in items:
                words = name_words(re.sub(r"\(.*?\)", "", item.lower()))
                if entity is not None and words and has_field(entity, words):
                    out.append((entity_name, " ".join(words), {singular(w) for w in words}))
        return out

    def lists(self, spec: AppSpec, text: str, headless: bool = True,
              renamed: dict[str, str] | None = None) -> list[tuple[str, list[str]]]:
        """(entity, items) for every list in `text` that follows the words for one of `spec`'s entities (`_read`)."""
        return [(entity, items) for entity, items, _ in self._read(spec, text, headless, renamed)]

    def _read(self, spec: AppSpec, text: str, headless: bool = True,
              renamed: dict[str, str] | None = None) -> list[tuple[str, list[str], bool]]:
        """(entity, items, asked) for every list in `text` that follows the words for one of `spec`'s entities; `asked`
        when the words ask for that thing as a new one ("add a waitlist with ...").

        A sentence that is nothing but a list ("vinyl collection. artist, album, year, condition") belongs to the
        thing the sentence before it named, or to the app's first thing.
        """
        found: list[tuple[str, list[str], bool]] = []
        words_for = words_for_entities(spec)
        for old_name, new_name in (renamed or {}).items():
            words_for.setdefault(old_name, new_name)
        named_before: str | None = None
        kept_before: str | None = None
        sentence_before = ""
        log_before: str | None = None
        done_by_doers: list[tuple[str, list[str], bool]] = []
        # "rentals with start and end time": a start time and an end time, as "start/end time" says
        text = re.sub(rf"\b({_ENDS}) (?:and|&) ({_ENDS}) (dates?|times?)\b", r"\1/\2 \3", text.replace("’", "'"))
        text = re.sub(r"\s*—\s*|\s+–\s+", " - ", text)  # "job tracker — company, role": a dash, however typed
        for sentence in sentences(text):
            low = sentence.lower()
            if len(low) != len(sentence):  # a letter whose lower case is longer: read it all in lower case
                sentence = low
            sentence = EXAMPLES.sub(" ", sentence) if EXAMPLES.search(low) else sentence
            low = sentence.lower()
            read = False
            for m in MARKERS.finditer(low):
                head = whose_list(low[: m.start()], words_for)
                marker = m.group().strip()
                if marker != "(" and low[: m.start()].count("(") > low[: m.start()].count(")"):
                    continue  # "properties (a customer can have more than one)": said inside a bracket, no list
                entity, owner = None, None
                if marker == "gets" and not (len(head) >= 2 and head[-2] in ("each", "every")):
                    continue  # "clients get reminders": what they are sent; "every scaffold gets a tag number, ..." lists
                item = re.findall(r"[a-z]+", re.split(r"[,:]", low[: m.start()])[-1])
                if (marker == "(" and re.search(r"[,:]", low[: m.start()]) and len(item) == 1
                        and item[0] == singular(item[0]) and entity_of(item, words_for) is None):
                    continue  # "customer, item (flyers, banners)": the item's options, read with the list it is in
                if marker in NEW_THING_MARKERS:
                    # "contacts at each company, deals with amount": the deals' list, not the contacts' of each deal
                    cut = len(re.findall(r"[a-z]+", low[: m.start()].rsplit(",", 1)[0])) if "," in low[: m.start()] else 0
                    entity, owner = new_thing_of(head[cut:] if 0 < cut < len(head) else head, words_for, self._a_field)
                new_thing = entity is not None
                if new_thing and marker == ":" and head[-1] not in THING_WORDS:  # "an allergies table: ..." is a thing
                    values = list_items(re.split(r":\s", sentence[m.end():])[0])
                    if len(values) >= 2 and all(len(v.split()) <= 3 for v in values) and not self._fieldy(values):
                        # "add a payment method: cash, card, transfer": the options of a field, not a new thing's fields
                        whose = owner or last_named(head, words_for) or named_before or main_entity(spec)
                        if whose is not None and spec.entity(entity) is None:
                            found.append((whose, [f"{entity.replace('_', ' ')} ({'/'.join(values)})"], False))
                            read = True
                            continue
                if entity is None and head and head[-1] in ("them", "all"):
                    # "subscriptions ... want to list them all with the monthly cost": the things said before
                    whose = head[:-2] if head[-1] == "all" and len(head) > 1 and head[-2] == "them" else head[:-1]
                    if head[-1] == "them" or whose != head[:-1]:
                        entity = last_named(whose, words_for) or named_before
                if entity is None and len(head) >= 3 and head[-2] in ("of", "per"):
                    entity = entity_of(head[:-2], words_for)  # "reservation of rooms: guest name", "sessions per client w"
                    if (entity is None and marker in NEW_THING_MARKERS and len(head) >= 4
                            and head[-4] in ("each", "every") and new_thing_word(head[-3] + "s")):
                        entity, new_thing = singular(head[-3]), True  # "each block of vines (variety, area)"
                table = NEW_TABLE.search(" ".join(head)) if entity is None else None
                if table is not None and table.group(2):
                    # "add a maintenance requests table linked to properties with description, ...": the new table's
                    words = table.group(1).split()
                    entity = entity_of(words, words_for)
                    entity, new_thing = entity or snake(" ".join(words[:-1] + [singular(words[-1])])), entity is None
                    owner = entity_of([table.group(2)], words_for)  # each request is a property's
                entity = entity or entity_of(head, words_for)
                if entity is None and len(head) >= 2 and singular(head[-1]) in ENTRY_WORDS | {"history"}:
                    entity = entity_of(head[:-1], words_for)  # "review history (when, right?)": the reviews'
                if entity is None:
                    entity = kept_by_the_app(head, words_for)
                each_new = (len(head) >= 2 and head[-2] in ("each", "every") and new_thing_word(head[-1] + "s")
                            and entity_of(head[-1:], words_for) is None)
                # "meets with date and location, and results: athlete, event": the results', a thing of their own
                and_new = len(head) >= 2 and head[-2] in ("and", "plus", "also") and new_thing_word(head[-1])
                if entity is None and marker == ":" and not each_new and not and_new:
                    entity = last_named(head, words_for)  # "a tracker for the bugs in our app: title, ..."
                    if (entity is not None and head and new_thing_word(head[-1]) and head[-1] not in LIST_NOUNS
                            and entity_of(head[-1:], words_for) is None and len(head) >= 2 and head[-2] in SENT_BY):
                        entity = None  # "dentists/practices send us cases: patient ref, ...": the cases'

                    if entity is None and head[:1] == ["add"] and head[-1] in CHOICE_WORDS:
                        entity = named_before or main_entity(spec)  # "add insurance category: electronics, ..."
                    values = list_items(re.split(r":\s", sentence[m.end():])[0])
                    if len(values) == 1 and re.search(r"\s+or\s+", values[0]):
                        values = [v.strip() for v in re.split(r"\s+or\s+", values[0]) if v.strip()]  # "pickup or delivery"
                    if entity is not None and head and self._options_of(head[-1], values, words_for):
                        # "appointments need a type: new patient, follow-up, or review": the options of that field
                        options = "/".join(values)
                        said = head[-2:] if (len(head) >= 2 and len(head[-2]) >= 3 and head[-2] not in ASKING
                                             and head[-2] not in FILLER and entity_of(head[-2:-1], words_for) is None
                                             ) else head[-1:]  # "add insurance category: electronics, jewelry"
                        found.append((entity, [f"{' '.join(said)} ({options})"], False))
                        read = True
                        continue
                if entity is None and head and head[-1] in NOT_PLURALS:
                    entity = last_named(head[:-1], words_for)
                if entity is None and marker in NEW_THING_MARKERS and len(head) >= 2 and said_done(head[-1]):
                    if entity_of(head[-2:-1], words_for) is not None:
                        entity = entity_of(head[-2:-1], words_for)  # "households registered (family size, ...)"
                    elif new_thing_word(head[-2]):
                        entity = singular(head[-2])  # "sprays applied (product, date)", "parts used with price"
                if (entity is None and marker in ("have", "has") and head and new_thing_word(head[-1])
                        and (len(head) == 1 or head[-2] in ("the", "our", "my", "and", "also", "all", "so"))):
                    entity, new_thing = singular(head[-1]), True  # "stylists have name, phone and commission %"
                elif (entity is None and marker in ("have", "has", "gets") and len(head) >= 2 and head[-2] in ("each", "every")
                      and new_thing_word(head[-1] + "s")):
                    entity, new_thing = head[-1], True  # "each cleaning has the property, date, cleaner"
                if (entity is None and marker in NEW_THING_MARKERS and len(head) >= 2 and head[-1] in PARTICLES
                        and re.search(rf"\b{head[-2]}-{head[-1]}\b", low)):
                    entity, new_thing = f"{head[-2]}_{singular(head[-1])}", True  # "daily weigh-ins (date, weight)"
                done_to = DONE_TO.search(" ".join(head)) if entity is None and marker in (":", "with", "w/", "w") else None
                if done_to is not None:
                    # "every scaffold ... has to be inspected every 7 days: inspector, date, safe y/n": each inspection
                    entity, new_thing = DONE_AS_THING[done_to.group(1)], True
                    if spec.entity(entity) is None:
                        # the scaffold, whose list was said before
                        owner = owner or last_named(head, words_for) or (found[-1][0] if found else first_named(spec, sentence_before))
                if (entity is None and marker == "(" and (len(head) == 1 or (len(head) == 2 and head[0] in DETERMINERS))
                        and len(head[-1]) >= 4 and head[-1] == singular(head[-1]) and head[-1] not in NOT_PLURALS
                        and sum(self.types.by_name.get(head[-1], {}).values()) < 5  # "address (street, city)"
                        and head[-1] not in CHOICE_WORDS | KIND_WORDS
                        and len(inner := list_items(bracketed(sentence[m.end():]))) >= 3 and self._fieldy(inner)):
                    entity, new_thing = head[-1], True  # "Lender (institution, contact person, email)", said alone
                if entity is None and marker in NEW_THING_MARKERS and head and head[-1] in COLLECTIONS:
                    entity, new_thing = kept_in(head, words_for), True
                if entity is None and marker in NEW_THING_MARKERS and head and (
                        new_thing_word(head[-1]) or head[-1] in MASS_NOUNS
                        or (len(head) >= 2 and head[-2] in ("each", "every", "per") and new_thing_word(head[-1] + "s"))):
                    # "routes w/ grade, setter, date set", "each kitten (name, sex)": a thing the app lacks, and
                    # the one the words name (after a colon the list may be of a thing the app has under another name)
                    entity = singular(head[-1])
                    if (len(head) >= 2 and (entity in ENTRY_WORDS or (entity in KINDS_OF and head[-2] not in ASKING_FOR))
                            and len(head[-2]) > 2
                            and head[-2] not in NOT_MODIFIERS | MODALS | {"and", "with", "each", "every", "per", "of"}):
                        entity = f"{head[-2]}_{entity}"  # "budget items with cost", "ticket types with price"
                    new_thing = new_thing or marker != ":"
                clause = re.findall(r"[a-z]+", re.split(r"[,;:(]", low[: m.start()])[-1])
                record = deed_record(" ".join(clause), {e.name for e in spec.entities}) \
                    if marker in NEW_THING_MARKERS else None
                if entity is None and record is None:
                    continue
                by_deed = entity is None  # "anyone can RSVP with name, email": the record's list
                entity = entity or record
                rest = sentence[m.end():]
                if marker == "(":
                    rest = bracketed(rest)
                    if (re.match(r"\s*(?:with|w/|w)\s+[a-z]", low[m.end() + len(rest) + 1:]) and "," in rest
                            and not self._fieldy(list_items(rest))):
                        continue  # "packages (basic wash, full detail) w/ price": its kinds; the list is after "w/"
                    if head[-1] in CHOICE_WORDS and entity == words_for.get(head[-1]) and "," in rest:
                        continue  # "category (travel, meals, other)" where the app keeps categories: their names
                    if len(list_items(rest)) == 1 and (len(rest.split()) >= 4 or re.match(
                            r"\s*(?:one|1|max|at most|up to|no more than|only)\b", rest.lower())):
                        continue  # "classes i teach (different teachers teach different ones)", "votes (one per student)"
                    asked = ADD_TO.search(" ".join(head))
                    if asked is not None and asked.end() == len(" ".join(head)) and len(list_items(rest)) >= 2:
                        # "add allergens to dishes (gluten, nuts, dairy)": the options of what is added, on the dishes
                        owner = entity_of(re.findall(r"[a-z]+", asked.group(2)), words_for) or entity
                        found.append((owner, [f"{asked.group(1)} ({'/'.join(list_items(rest))})"], False))
                        read = True
                        continue
                    if re.search(r"\betc\b|\.\.\.|…", (list_items(rest) or [rest])[-1].lower()) or re.search(
                            r"^\s*(?:e\.?g|like|such as)\b", rest.lower()) or (
                            re.search(r"\be\.?g\b|\blike\b|\bsuch as\b", rest.lower()) and len(list_items(rest)) < 3):
                        continue  # examples of the thing ("services (sunday mass, evensong etc)", "(soccer, piano...)";
                        # but "(paper type, size like A4/A3, gsm)" lists a size and its kinds, "(title, voicing
                        # SATB/SSA etc, shelf)" a voicing)
                    kinds = list_items(rest)
                    if (len(kinds) >= 2 and head and head[-1] != singular(head[-1]) and all(len(k.split()) <= 2 for k in kinds)
                            and not any(self._fieldy([k]) or k.lower().split()[-1] in _WHEN_WORDS for k in kinds)
                            and not asked):
                        # "accounts (brokerage, IRA, 401k)", "supplies I buy (beads, wire, clasps)": kinds of the thing
                        found.append((entity, [f"type ({'/'.join(kinds)})"], new_thing))
                        read = True
                        continue
                else:
                    rest, *after = re.split(r":\s", rest)  # "bookings with party size: staff can see all"
                    if after and rest.split() and self._options_of(rest.split()[-1].lower(), list_items(after[0]), words_for):
                        rest += f" ({'/'.join(list_items(after[0]))})"  # "need a type: new, repeat" -> its options
                    elif after and "," in rest:
                        # "dogs with owner name, phone, and then each walk i do: date": the last words name the
                        # next list's thing, not a field of this one
                        rest = rest.rsplit(",", 1)[0]
                    kinds = re.match(r"^\s*(?:a |an |the )?([a-z]+) (?:of|either|one of)\s+(.+)$", rest.lower())
                    if kinds is not None and kinds.group(1) in CHOICE_WORDS and len(list_items(kinds.group(2))) >= 2:
                        # "should have a status of booked, confirmed, done or no-show": one choice and its options
                        values = [v for i in list_items(kinds.group(2)) for v in re.split(r"\s+or\s+", i) if v.strip()]
                        rest = f"{kinds.group(1)} ({'/'.join(values)})"
                    # "labels like bug, feature, chore": one field, and the rest are its options
                    rest = re.sub(r"\b([a-z]+) (?:like|such as|e\.?g\.?,?) (.+)$",
                                  lambda m: f"{m.group(1)} ({'/'.join(list_items(m.group(2)))})", rest)
                # Option values keep the person's capitals ("iOS/Android"); everything else is read in lower case.
                items = self._fields_only(list_items(rest), words_for, bracketed=marker == "(")
                if marker == ":" and things_of_the_app(list_items(rest), words_for, entity):
                    continue  # "my cleaning business: customers, their addresses, cleanings": the app's things
                each = re.search(r"\b(?:for each|for every|of each|per) ([a-z]+)\W*$", rest.lower())
                whose = entity_of([each.group(1)], words_for) if each is not None else None
                if spec.entity(entity) is None and owner is None and whose is not None and items:
                    # "ticket types with price and quantity for each event": each ticket type is an event's
                    owner = whose
                    items = [i for i in items if not re.search(rf"\b{each.group(1)}\b", i.lower())]
                when = any(_WHEN.search(i.lower()) for i in items)
                one = [w for w in clause if words_for.get(w) == entity or words_for.get(singular(w)) == entity]
                if record is not None and (by_deed or when and (record != entity and one and one[-1] == singular(one[-1]))):
                    # "members book a boat for an outing (date, start time, crew names)": each booking's, of a boat (but
                    # "members book classes (date, time, teacher)" lists the classes')
                    booked = last_named(clause, words_for) if by_deed else entity
                    entity, owner = record, owner or (booked if booked != record else None)
                    new_thing = spec.entity(record) is None
                if owner is not None and items:
                    items.append(owner)  # "vaccinations for each dog with expiry date": each is a dog's
                if items and (spec.entity(entity) is not None or len(items) >= 2):
                    found.append((entity, items, new_thing))
                    read = True
            found += self._mixed(sentence, words_for)
            for done_by in DONE_BY.finditer(sentence.lower()):
                # "track which stylist does each appointment": each appointment's stylist, once stylists exist
                doer, done = singular(done_by.group(1)), entity_of([done_by.group(2)], words_for)
                if done is not None and doer != done and len(doer) >= 3:
                    done_by_doers.append((done, [doer.replace("_", " ")], False))
            for their in re.finditer(r"\b([a-z]+) and (?:their|its|his|her) ([a-z]+(?: [a-z]+)?)"
                                     r"(?=\s*(?:[,.;:!?)]|$|\band\b|\bso\b|\bwith\b))", low):
                # "a list of my students and their emails", "attendees and their ticket type": a field of theirs
                owner, said = entity_of([their.group(1)], words_for), their.group(2).split()
                if owner is not None and entity_of(said, words_for) is None and self._a_field_word(said):
                    found.append((owner, [their.group(2)], False))
            for sub in SUB_THING.finditer(low):
                parent = entity_of([sub.group(1)], words_for)
                if parent is None or spec.entity(f"sub{parent}") is not None:
                    continue
                # "tasks should have subtasks": a list of its own under each task, not a `subtasks` field of it
                said = sub.group().replace("-", " ").replace(" ", "")
                lone = [k for k, (_, items, _) in enumerate(found) if [i.replace("-", "").replace(" ", "") for i in items] == [said]]
                for k in reversed(lone):
                    del found[k]
                if not read or lone:
                    found.append((f"sub{parent}", [parent.replace("_", " "), "done"], True))  # each under its task
                    read = True
            table = NEW_TABLE.search(low)
            if table is not None and not read:
                # "add a treatment notes entity linked to appointments": a thing asked for by name, and what it is of
                words = table.group(1).split()
                owner = entity_of([table.group(2)], words_for) if table.group(2) else None
                if entity_of(words, words_for) is None and not self._a_field(words):
                    found.append((snake(" ".join(words[:-1] + [singular(words[-1])])), [owner] if owner else [], True))
                    read = True
            when = ADD_WHEN.search(low)
            if when is not None and not read:
                # "add a rejected reason when stage is rejected": a field of the thing whose stage it is
                said, what = re.findall(r"[a-z]+", when.group(2)), re.findall(r"[a-z]+", when.group(1))
                owners = [e.name for e in spec.entities if (f := e.field("_".join(said))) is not None
                          and f.type.value not in ("reference", "many_to_many")]
                whose = entity_of(said, words_for)
                if len(owners) == 1 and entity_of(what, words_for) is None:
                    found.append((owners[0], [when.group(1)], False))
                    read = True
                elif whose is not None and entity_of(what, words_for) is None and not self._a_field(what):
                    # "add a waitlist when an event is full": a new list of its own, each on one event
                    found.append((snake(" ".join(what)), [whose.replace("_", " ")], True))
                    read = True
            said_on = re.search(r"\bcomments? on (?:the |each |every |a |an |their |our |my )?([a-z]+)", low)
            if said_on is not None and not read and spec.entity("comment") is None:
                on = entity_of([said_on.group(1)], words_for)
                if on is not None:
                    # "let people comment on tasks": comments, each on a task
                    found.append(("comment", [on.replace("_", " "), "body"], True))
                    read = True
            added = ADD_TO.search(low)
            if added is not None and not read:
                # "add insurance provider and policy number to patients": the list comes before its thing.
                owner_words = re.findall(r"[a-z]+", added.group(2))
                if owner_words[-1] in ("and", "plus", "with", "also", "then", "but", "so", "please", "pls"):
                    owner_words = owner_words[:-1]  # "add a mite count to inspections and a chart of ..."
                entity = entity_of(owner_words, words_for)
                items = self._fields_only(list_items(sentence[added.start(1) : added.end(1)]), words_for, bracketed=False)
                more = re.match(r"\s+and\s+(.+)$", low[added.end() :]) if owner_words[-1:] != ["and"] else None
                if more is None and re.findall(r"[a-z]+", added.group(2))[-1] == "and":
                    more = re.match(r"\s*(.+)$", low[added.end() :])
                if more is not None and COMMAND.match(more.group(1)):
                    more = None  # "add an allergies field to reservations and make phone required": a second change
                if more is not None and entity is not None and items:
                    # "store a linkedin url for candidates and where they heard about us": what follows is theirs too
                    items += self._fields_only([unasked(i) for i in list_items(more.group(1))], words_for, bracketed=False)
                said = name_words(items[0].lower()) if len(items) == 1 else []
                if entity is not None and said and said[-1] in _OWN_LISTS and not self._a_field(said):
                    # "add a waitlist for full events", "add a price history to products": a list of its own on each
                    found.append((snake(" ".join(said)), [entity.replace("_", " ")], True))
                    read = True
                elif entity is not None and items:
                    found.append((entity, [re.sub(r"\s+(?:fields?|columns?)$", "", i) for i in items], False))
                    read = True
            items = [unasked(i) for i in list_items(sentence.rsplit(": ", 1)[-1])]
            plain = [i for i in items if not PEOPLE.search(i.lower())]  # "what i paid" is one item, not a list
            if (headless and not read and len(plain) >= 3 and len(items) - len(plain) <= 1
                    # "dark mode, rounded, teal buttons" is about the looks, "status (want to watch / done)" options;
                    # "need: customer, item, ..." and "opponent, date, my colour, opening, ..." are lists
                    and 3 * sum(NOT_A_LIST.search(re.sub(r"\([^)]*\)", " ", i.lower())) is not None for i in items)
                    < len(items)
                    and all(len(name_words(re.sub(r"\(.*?\)|\byes/no\b|\by/n\b", " ", i.lower()))) <= 4 for i in plain)
                    and (self._fieldy(plain) or (kept_before is not None and kept_before == log_before))
                    and not things_of_the_app(items, words_for, named_before or main_entity(spec))):
                items = plain
                # "expense tracker. date, vendor, amount, receipt photo": no thing named before, so the one that
                # holds most of the list (a budget's transactions), else the app's first
                owner = (named_before or holder_of(spec, items, links=True) or kept_before
                         or (spec.entities[0].name if spec.entities else None))
                first = name_words(items[0].lower())
                if len(first) == 2 and said_done(first[1]) and (entity_of(first[:1], words_for) or new_thing_word(first[0])):
                    owner = entity_of(first[:1], words_for) or singular(first[0])  # "items found, where, date"
                    items = items[1:]
                items = self._fields_only(items, words_for, bracketed=False)
                if owner is not None and len(items) >= 3:
                    found.append((owner, items, False))
            named_before = last_named(re.findall(r"[a-z]+", low), words_for) or named_before
            sentence_before = sentence
            kept, log_before = LOG_OF.match(low), None
            if kept is not None and named_before is None and len(kept.group(1)) >= 4 and kept.group(1) not in NOT_A_THING:
                # "sleep log. bedtime, wake time, hrs slept": the sleeps', though the catalogue names few of those words
                kept_before = log_before = singular(kept.group(1))
        # "each client can have more than one piano (make, model)": the pianos are a thing of their own, the client's
        # by a link, not a field of the client's
        found = [(entity, kept, asked) for entity, items, asked in read_once(found)
                 if (kept := [i for i in items if many_of_another(i, entity, words_for) is None]) or not items]
        return found + done_by_doers


# Words for the two ends of a span: "start and end time", "arrival & departure dates" ("amount and due date" is two).
_ENDS = "start|end|begin|finish|pickup|return|arrival|departure|open|close|opening|closing|from|to|in|out"
# Last words of an item that make it a field, whatever the words before: "whelp date", "last time".
_WHEN_WORDS = frozenset({"date", "time", "day", "dates", "times"})
# Items that say when: a list of them after a deed ("book a boat (date, start time)") is the deed's record.
_WHEN = re.compile(r"\b(?:date|time|when|day|start|starts|duration|from|until|due)\b")
# Words for a list kept on each row of a thing: "a waitlist for full events", "a price history on products".
_OWN_LISTS = frozenset({"waitlist", "queue", "roster", "rota", "history", "log", "logbook", "journal", "diary"})


@cache
def listed_fields(catalogue: Catalogue) -> ListedFields:
    entities = [e for bp in catalogue.blueprints for e in bp.spec.entities]
    return ListedFields(FieldTypes(entities), frozenset(e.name for e in entities))


__all__ = ["KEPT_IN", "NOT_PLURALS", "ListedFields", "listed_fields"]
