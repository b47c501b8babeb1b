"""What a message's words imply a new app keeps beyond the things it names: the people it lists ("horses, owners,
stables"), the kinds of thing in its lists ("leads, site surveys, installations"), what the person tends or sells ("I
breed rabbits"), the events said with a verb ("people borrow packets") and the thing an app's kind names ("expense
log"). Each is the catalogue's version of the thing where an app near this one keeps it (`ThingNames.typical_holder`),
else a plain one; `start` brings in the things the message names, then these.
"""

from __future__ import annotations

import re
from typing import Any

import torch

from appforge.models.inhouse.complete import DATES, first_field
from appforge.models.inhouse.deeds import DONE_AS
from appforge.models.inhouse.links import TIE_VERBS, link
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.listitems import new_thing_word
from appforge.models.inhouse.listmarks import KEPT_IN, KIND_WORDS, NOTICES
from appforge.models.inhouse.mentions import (
    ENTRY_WORDS,
    EVERY_THING_HAS,
    EXAMPLES,
    NOT_MODIFIERS,
    UNIT_WORDS,
    apply_if_fits,
    entity_of,
    last_named,
    said_done,
    words_for_entities,
)
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.slots import NOT_PLURALS, main_entity, misspelt
from appforge.models.inhouse.synonyms import called_as_kind, kept_as_kind, kind_named_by, same_thing
from appforge.models.inhouse.thingnames import (
    APP_WORDS,
    DOING,
    LIST_WORDS,
    QUANTITY,
    THING_REFERS,
    ThingNames,
    tokenize,
)
from appforge.models.rebuild import field_dump
from appforge.spec.model import RELATION_TYPES, AppSpec, Entity, pluralize

# A thing is brought from a blueprint only when that blueprint's app is this near the message (cosine): "homework
# set" in a tutoring app is not a Lego set (0.07), nor "voice parts" a cosplay part (0.14).
HOLDER_AT_LEAST = 0.18
# After a word for people, words that make it the subject of a rule ("teachers see their courses"), not a list.
RULED = frozenset({"can", "cant", "can't", "cannot", "see", "sees", "only", "should", "must", "may", "will", "get",
                   "edit", "do", "dont", "don't", "need", "have", "are", "is", "who", "to"})
# "I breed rabbits", "we foster dogs": a verb of the person's, then (a word and) the plural they tend or sell.
TENDED = re.compile(r"\b(?:i|we)\s+(?:also\s+|mostly\s+|mainly\s+)?([a-z]+)\s+(?:(?:my|our|some)\s+)?(?:([a-z]+)\s+)?"
                    r"([a-z]{3,}s)\b(?=\s*(?:[.,;:!?&+(-]|$|and\b|for\b|at\b|on\b|in\b|from\b|to\b|online\b))")
NOT_TENDING = frozenset({"need", "want", "have", "like", "love", "use", "run", "am", "was", "do", "did", "would",
                         "will", "can", "could", "should", "hope", "think", "know", "get", "got", "make", "just",
                         "really", "are", "were", "help", "track", "keep", "log", "record", "see", "manage", "host",
                         "organise", "organize", "hold", "offer", "teach", "coach", "provide", "plan", "book"})
# What a thing the catalogue does not keep starts with; a person or an organisation also gets a way to reach them.
NAMED = [{"name": "name", "type": "text"}]
# One of a list picked for a record: "which route each customer is on", "which camera it's loaded in".
PICKED = re.compile(r"\bwhich ([a-z]+)(?= (?:it|they|he|she|i|we|you|each|every|the)\b| ?(?:'s|'re)|\s*[,.;)])")
# A person a thing is tied to: "cars by reg plate, linked to the owner", "each dog belongs to a walker".
TIED_TO = re.compile(rf"\b(?:{TIE_VERBS}) to(?: (?:the|a|an|their|its|one))?$")
CONTACT = [{"name": "name", "type": "text"}, {"name": "phone", "type": "phone"}, {"name": "email", "type": "email"}]
# Money that changes hands: whatever else a payment keeps, it has an amount and a day it was paid.
MONEY_KEPT = frozenset({"payment", "expense", "invoice", "bill", "fee", "purchase", "sale", "transaction", "refund",
                        "payout", "deposit", "charge", "subscription", "donation", "dues"})
PAID = [{"name": "amount", "type": "money"}, {"name": "date", "type": "date"}]
# A measure followed over time, and whose it is: "her weight over time", "each bird's weight over time".
_OVER_TIME = re.compile(r"(?:\b(?:each|every|the|my|our)\s+([a-z]+)'s\s+|\b(?:her|his|its|their|my|our)\s+)?"
                        r"\b(weight|height|mood|growth|temperature|glucose|pulse|heart rate|blood pressure|bmi|waist|score)"
                        r"\s+(?:over time|by week|week by week|each week|every week|by month|trend)\b")
# Events that are said of something and hold what was said, though the catalogue keeps none: a comment is on a grant.
SAID_ON = {"comment": [{"name": "body", "type": "long_text"}, {"name": "author", "type": "user"}]}




class ImpliedThings(ThingNames):
    """The things a message implies, brought from the catalogue (`_bring`) or plain."""

    def people_listed(self, spec: AppSpec, text: str, query: torch.Tensor,
                      exclude: frozenset[str] = frozenset()) -> AppSpec:
        """People and organisations a message lists become things the app keeps, linked to what they belong to.

        The catalogue often keeps a supplier as a text field or a cleaner as a user who signs in; a person who lists
        "horses, owners, stables" or "products w sku, qty, supplier" expects a list of owners or suppliers to pick
        from. A list of things links each to the thing before it ("horses, owners": a horse's owner); a list of fields
        gets the link from `listed` once the thing exists.
        """
        tokens = tokenize(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()))
        prior: str | None = None
        for i, w in enumerate(tokens):
            one = singular(w)
            before = tokens[i - 1] if i else ","
            after = tokens[i + 1] if i + 1 < len(tokens) else "."
            if spec.entity(one) is not None:
                prior = one if before in (",", "&", "and", "(", ":") or after in (",", "&", "and") else prior
                continue
            relative = after == "who" and before in (",", "&", "+", "and", ":", "-") and (
                tokens[i + 2] if i + 2 < len(tokens) else "") not in RULED | {"only", "also"}
            tied = TIED_TO.search(" ".join(tokens[max(0, i - 3) : i])) is not None
            # "each client can have more than one piano": the clients are kept, not a rule of theirs
            owns = before in ("each", "every") and re.match(r"(?:(?:can|may|will|could) )?(?:has|have|owns?) ",
                                                             " ".join(tokens[i + 1 : i + 4]) + " ") is not None
            if one not in self.people or (after in RULED and not relative and not owns) or (
                    before in ("only", "by", "for", "to") and not tied):
                continue  # "attendees who register for talks" are listed; "staff who can edit" rule
            if before in ("per", "each", "every", "which", "whose") or tied:
                # "hours per volunteer", "which cleaner went", "linked to the owner": each row is of one of them
                spec = self._bring(spec, one, query, exclude, said=text)
                continue
            # "and seed suppliers.", "guardians authorised for pickup": a word before it, a participle after it
            opened = before in (",", "&", "+", "and", ":", "-") or (
                before.isalpha() and before not in LIST_WORDS | QUANTITY and i > 1 and tokens[i - 2] in (",", "&", "+", "and"))
            closed = after in (",", "&", "+", "and", ".", "(", "w", "with") or (after.endswith("ed") and len(after) > 4) or relative
            if one == w or not (opened and closed) or spec.entity(f"{before}_{one}") is not None:
                continue  # "and field trips" where the app keeps field trips: no trips of their own
            spec = self._bring(spec, one, query, exclude, said=text)
            if prior is not None and prior not in self.people:
                spec = link(spec, prior, one)  # "horses, owners": a horse's owner; "clients, vets": no link
        reader = listed_fields(self.catalogue)
        for _, items in reader.lists(spec, text):
            for item in items:
                words = re.findall(r"[a-z]+", item.lower())
                if len(words) == 1 and singular(words[0]) in self.people and spec.entity(singular(words[0])) is None:
                    spec = self._bring(spec, singular(words[0]), query, exclude, said=text)
        return spec

    def things_picked(self, spec: AppSpec, text: str, query: torch.Tensor,
                      exclude: frozenset[str] = frozenset()) -> AppSpec:
        """"which route each customer is on", "which camera it's loaded in", "which starter I used": each record is
        of one of a list of those, which the app keeps (the lists after this link the record to it). Not what the
        catalogue keeps as a field ("which day", "which floor"), nor a question of many ("which pianos haven't been
        tuned")."""
        for m in PICKED.finditer(text.lower()):
            word = m.group(1)
            if (word != singular(word) or len(word) < 3 or word in self.attributes or word in self.mostly_fields
                    or word in self.people or spec.entity(word) is not None or word in words_for_entities(spec)
                    or not new_thing_word(pluralize(word))):
                continue
            spec = self._bring(spec, word, query, exclude, fields=NAMED, said=text)
        return spec

    def things_listed(self, spec: AppSpec, text: str, query: torch.Tensor,
                      exclude: frozenset[str] = frozenset()) -> AppSpec:
        """"Clients, shoots, galleries, invoices": a plural word listed among the app's things is one of them, though
        the catalogue mostly keeps it as a field (an invoice number, a gallery link); so is a kind of thing ("site
        surveys", "membership payments")."""
        words_for = words_for_entities(spec)
        plain = re.sub(r"\([^)]*\)", " ", re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()))
        plain = EXAMPLES.sub(" ", plain)
        for clause in re.split(r"[.;:!?\n]", plain):
            opened = re.search(rf":\s*{re.escape(clause.strip())}", plain) is not None if clause.strip() else False
            app_with = re.match(r"^\s*(?:(?:a|an|my|our|the|simple|small|little|new)\s+)*([a-z]+)\s+with\s+", clause)
            if app_with is not None and entity_of([app_with.group(1)], words_for) is None and len(
                    re.split(r",|&|\+|\band\b", clause)) >= 3:
                clause, opened = clause[app_with.end():], True  # "a blog with posts, categories and comments"
            else:
                app_with = None  # "episodes with title, guest, show notes": the episodes' list, not the app's things
            tracked = re.search(r"\b(?:keep track of|track of|track|manage|log|record)\s+", clause)
            if (tracked is not None and "," not in clause[: tracked.start()]
                    and len(re.split(r",|&|\+|\band\b", clause[tracked.end():])) >= 3):
                # "i coach a swim team and i need to keep track of my swimmers, the meets we go to, and their times"
                clause, opened = clause[tracked.end():], True
            parts = [re.findall(r"[a-z]+", p) for p in re.split(r",|&|\+|\band\b|\bplus\b", clause)]
            # "customers, their addresses": what the customers have, when apps keep it as a field
            parts = [p for p in parts if not (p[:1] in (["their"], ["its"]) and len(p) > 1
                                              and singular(p[-1]) in self.attributes | self.mostly_fields)]
            parts = [[w for w in p if w not in ("the", "my", "our", "their", "also", "some", "any")] for p in parts]
            known = sum(any(w in words_for or singular(w) in words_for for w in p)
                        or any(f"{a}_{singular(b)}" in words_for for a, b in zip(p, p[1:], strict=False))  # "check ins"
                        for p in parts)
            first = parts[0] if parts else []
            if (known >= 1 and len(parts) >= 3 and len(first) == 1 and len(first[0]) >= 4 and first[0] != singular(first[0])
                    and singular(first[0]) not in words_for and first[0] not in words_for and first[0] not in UNIT_WORDS
                    and first[0] not in NOT_PLURALS and singular(first[0]) not in QUANTITY | DOING | LIST_WORDS
                    and any(len(p) == 1 and p[0] != singular(p[0]) and entity_of(p, words_for) for p in parts[1:3])):
                # "my restaurant kitchen: ingredients, suppliers, quantity on hand": the list opens with its things,
                # though most apps keep ingredients as a recipe's field
                spec = self._bring(spec, singular(first[0]), query, exclude, NAMED, said=text)
                words_for = words_for_entities(spec)
                known += 1
            if known < 2 and not (opened and len(parts) >= 3 and len(parts[0]) == 1 and parts[0][0] != singular(parts[0][0])
                                  and entity_of(parts[0], words_for) is not None):
                # "volunteers for a marathon: volunteers, stations along the course, shifts at each station": a list
                # after a colon that opens with a thing of the app lists things
                continue
            listing: list[str] | None = None  # "stays with check in dates, kennel number, feeding instructions"
            for whole in parts:
                # "treatments done at each visit", "monthly invoices to parents", "votes on the next book": the
                # thing is the words before what is said of it; people it goes to or comes from are kept too
                first, end = _core(whole)
                p, tail = whole[first:end], whole[end:]
                if listing is not None and (entity_of(p, words_for) is not None or any(w in ("with", "w") for w in tail)
                                            or (tail and said_done(tail[0])) or singular(p[-1] if p else "") in self.things):
                    listing = None  # "dogs w owner phone, vaccines expiry, daily attendance, ...": things again
                if listing is not None:
                    # after "stays with ...", what the list goes on to name is the stays', not things (but "programs
                    # assigned to patients with sets" is a thing said with its own list)
                    continue
                if any(w in ("with", "w") for w in tail):
                    listing = p
                who = None
                if len(tail) >= 2 and tail[0] in ("to", "from", "for"):
                    # "comments from readers on each recipe": the readers, not the recipe
                    ends = [k for k, w in enumerate(tail) if k and w in ("on", "per", "for", "at", "in", "to", "each")]
                    who_said = tail[ends[0] - 1] if ends else tail[-1]
                    who = singular(who_said)
                    if who in self.people and who != who_said and who not in words_for and not misspelt(who, spec):
                        spec = self._bring(spec, who, query, exclude, said=text)
                        words_for = words_for_entities(spec)
                    if p and who in words_for and entity_of(p, words_for) is not None:
                        spec = link(spec, entity_of(p, words_for), words_for[who])  # a sale's buyer
                if (len(p) == 1 and p[0] == singular(p[0]) and p[0] in self.things and p[0] not in words_for
                        and tail[:1] not in (["in"], ["out"], ["up"], ["off"])):  # "check in, check out": no check
                    spec = self._bring(spec, p[0], query, exclude, NAMED, said=text)  # "daily attendance", "equipment"
                    words_for = words_for_entities(spec)
                    continue
                if p and singular(p[-1]) in (EVERY_THING_HAS | {"time"} if len(p) > 1 else WHEN_AND_WHAT):
                    continue  # "hires with start and end dates, damage notes", "stops with city, dates": fields
                if (len(p) == 2 and p[1] != singular(p[1]) and len(p[1]) >= 4 and p[0].isalpha()
                        and p[0] not in QUANTITY | DOING | LIST_WORDS | NOT_MODIFIERS and not p[0].endswith("ly")
                        and p[1] not in WANTING | NOT_PLURALS | NOTICES and f"{p[0]}_{singular(p[1])}" not in words_for
                        and singular(p[1]) not in words_for and p[1] not in words_for
                        and (singular(p[1]) in ENTRY_WORDS  # "budget items" where a wedding keeps its budget
                             or not any(e.field(p[0]) or e.field(f"{p[0]}_{singular(p[1])}") for e in spec.entities))
                        and kind_named_by([e.name for e in spec.entities], p[0]) is None):  # maintenance requests
                    # ("stock levels" where the products keep their stock: that field, not a thing)
                    # "leads, site surveys, installations": a kind of thing, named as the person names it
                    # a kind the catalogue keeps under its last word ("membership payments") is that thing
                    name = (singular(p[1]) if singular(p[1]) in self.things and singular(p[1]) not in ENTRY_WORDS
                            else f"{p[0]}_{singular(p[1])}")
                    kind = called_as_kind(spec, name)
                    if kind is not None:  # "repair jobs" where the garage keeps repair orders: those, as said
                        spec, _ = try_op(spec, {"op": "rename_entity", "entity": kind.name, "to": name,
                                                "label": name.replace("_", " ").capitalize()})
                    elif name not in words_for and (name == singular(p[1]) or self._name(name) is None):
                        spec = self._bring(spec, name, query, exclude, NAMED, said=text)
                    words_for = words_for_entities(spec)
                    continue
                if len(p) != 1 or len(p[0]) < 4 or p[0] + "s" in NOT_PLURALS or p[0] in NOT_PLURALS:
                    continue
                one = singular(p[0])
                bought = tail[:1] in (["i"], ["we"])  # "materials i buy": things one gets, whatever apps keep
                # "comments from readers on each recipe": many of them to each of a thing, a list of their own
                each = re.search(r"\b(?:on|for|of|to) (?:each|every)\b", " ".join(tail)) is not None
                if (one == p[0] or one in words_for or p[0] in words_for or one in QUANTITY | DOING | LIST_WORDS
                        or p[0] in UNIT_WORDS or (p[0] in self.attributes and app_with is None and not bought and not each)):
                    continue
                if not bought and any(e.field(p[0]) is not None or e.field(one) is not None for e in spec.entities):
                    continue  # "who won each game, and scores" where a play keeps its scores
                spec = self._bring(spec, one, query, exclude, NAMED, said=text)
                words_for = words_for_entities(spec)
                if who in words_for:
                    spec = link(spec, one, words_for[who])  # a comment's reader
        return spec

    def things_tended(self, spec: AppSpec, text: str, query: torch.Tensor,
                      exclude: frozenset[str] = frozenset()) -> AppSpec:
        """"I breed rabbits", "we foster dogs", "I sell handmade candles": what the person tends or sells is the
        app's main thing, though they never list it."""
        for m in TENDED.finditer(text.lower()):
            verb, word = m.group(1), m.group(3)
            one = singular(word)
            if (verb in NOT_TENDING or one == word or word in NOT_PLURALS or word in UNIT_WORDS
                    or one in QUANTITY | DOING | LIST_WORDS or one in words_for_entities(spec) or one in self.attributes
                    or any(one.endswith(e.name) and len(e.name) >= 3 for e in spec.entities)):
                continue  # ... "i breed french bulldogs" where the app keeps dogs: those
            spec = self._bring(spec, one, query, exclude, NAMED, said=text)
        return spec

    def events_done(self, spec: AppSpec, text: str, query: torch.Tensor,
                    exclude: frozenset[str] = frozenset()) -> AppSpec:
        """"People borrow packets", "students enroll": an event said with a verb is kept like one said with a noun,
        and points at the things named in the same sentence."""
        have = {e.name for e in spec.entities}
        for sentence in re.split(r"[.!?;\n]", re.sub(r"\([^)]*\)", " ", text.lower())):
            for event, (verb, alike) in DONE_AS.items():
                if not re.search(verb, sentence) or have & alike or not (self.holders.get(event) or event in SAID_ON):
                    continue
                booked = re.search(verb, sentence)
                if booked is not None and booked.groups() and booked.group(1) != singular(booked.group(1)):
                    # "members book classes": the classes are kept too, though the app had none
                    what = singular(booked.group(1))
                    if spec.entity(what) is None and what not in self.people and len(what) >= 4:
                        spec = self._bring(spec, what, query, exclude, NAMED, said=text)
                spec = self._bring(spec, event, query, exclude, SAID_ON.get(event, CONTACT), said=text)
                have.add(event)
                said = {singular(w) for w in re.findall(r"[a-z]+", sentence)}
                things = [e.name for e in spec.entities if e.name != event
                          and (e.name in said or e.name.split("_")[-1] in said)  # "which class": the yoga class
                          and self.pointing_share.get(e.name, 0.0) <= THING_REFERS]
                for name in things:
                    spec = link(spec, event, name)
                main = main_entity(spec)
                if (not [n for n in things if n not in self.people] and (said & {"them", "it"} or event in SAID_ON)
                        and main not in (None, event)):
                    spec = link(spec, event, main)  # "games: title, players. people borrow them": loans of games
        return spec

    def measured_over_time(self, spec: AppSpec, text: str) -> AppSpec:
        """"her weight over time as a line chart", "each bird's weight over time": a measure followed over time is
        a log of readings of it, each dated and of the thing measured, unless a thing already keeps it by date."""
        for m in _OVER_TIME.finditer(text.lower()):
            whose, measure = m.group(1), snake(m.group(2))
            name = f"{measure}_entry"
            if measure in self.things or spec.entity(name) is not None or spec.entity(measure) is not None:
                continue
            if any(first_field(e, DATES) and any(f.name.split("_")[0] == measure for f in e.fields) for e in spec.entities):
                continue  # "daily weigh-ins (date, weight)" keep the weight by date already
            words_for = words_for_entities(spec)
            # whose: said ("each bird's"), else the thing named last before it ("each kitten (name, weight over time")
            subject = ((words_for.get(singular(whose)) if whose else None)
                       or last_named(re.findall(r"[a-z]+", text.lower()[: m.start()]), words_for) or main_entity(spec))
            fields = [{"name": "date", "type": "date"}, {"name": measure, "type": "decimal"}]
            spec, done = try_op(spec, {"op": "add_entity", "entity": name, "label": f"{m.group(2).capitalize()} entry",
                                       "fields": fields})
            if done and subject is not None and subject != name:
                spec = link(spec, name, subject)
                said = spec.entity(subject).field(f"{measure}_over_time")
                if said is not None:  # the words read as a field of the thing before: the log holds them now
                    spec, _ = try_op(spec, {"op": "remove_field", "entity": subject, "field": said.name})
        return spec

    def _bring(self, spec: AppSpec, name: str, query: torch.Tensor, exclude: frozenset[str],
               fields: list[dict[str, str]] = CONTACT, said: str = "") -> AppSpec:
        """`spec` with the catalogue's entity of that name (its links to what the app has), or a plain one."""
        if (misspelt(name, spec) or same_thing(name, {e.name for e in spec.entities}) is not None
                or kept_as_kind(spec, name) is not None):
            return spec
        holder = self.typical_holder(name, query, exclude, HOLDER_AT_LEAST, said=said)
        if holder is None:
            spec, _ = try_op(spec, {"op": "add_entity", "entity": name, "fields": plain_fields(name, fields)})
            return spec
        spec, done = add_holder(spec, holder, links=False)
        if done:
            spec, _ = add_holder(spec, holder, links=True)
        return spec

    def _kind_of_app(self, spec: AppSpec, text: str, query: torch.Tensor, exclude: frozenset[str]) -> AppSpec:
        """An app built from words alone keeps the thing its kind names: "scrims tracker" keeps scrims, "sign up
        sheet" sign-ups, "expense log" expenses, "course platform" courses (the catalogue's version where it has
        one)."""
        # ("students could log in": a verb, no app of coulds)
        m = re.search(rf"\b([a-z]+(?: up)?)\s+(?:{'|'.join(KIND_WORDS | {'platform', 'portal'})})\b(?!\s+(?:in|on|out|into)\b)",
                      text.lower())
        if m is None or (m.group(1).endswith("ing") and re.search(r"[a-z]\s+$", text.lower()[: m.start()])):
            return spec  # "apartment hunting tracker": what the person does, not a hunting to keep
        word = m.group(1).replace(" ", "")
        one = singular(word)
        if word in UNIT_WORDS and spec.entity(f"{word}_log") is None:
            # "volunteer hours tracker": a log of the hours, each with its date and how many
            spec, _ = try_op(spec, {"op": "add_entity", "entity": f"{word}_log", "fields": [
                {"name": "date", "type": "date"}, {"name": word, "type": "decimal"}, {"name": "notes", "type": "text"}]})
            whose = re.findall(r"[a-z]+", text.lower()[: m.start()])[-1:]
            if whose and singular(whose[0]) in self.people:  # "volunteer hours": each entry is a volunteer's
                spec = link(self._bring(spec, singular(whose[0]), query, exclude, said=text), f"{word}_log",
                            singular(whose[0]))
            return spec
        if (one in DOING or one in QUANTITY or one in LIST_WORDS or one in APP_WORDS or len(one) < 3 or one in RULED
                or spec.entity(one) is not None or one in self.attributes or one in _SAID_OF_APPS):
            return spec
        if word == one and m.group(0).split()[-1] not in KEPT_IN and len(spec.entities) >= 2 and one not in self.things:
            return spec  # "gym app - members, trainers, sessions": the kind of place whose things it lists
        holder = self.typical_holder(one, query, exclude, said=text)
        if holder is not None:
            spec, _ = add_holder(spec, holder, links=False)
            return spec
        spec, _ = try_op(spec, {"op": "add_entity", "entity": one, "fields": NAMED})
        return spec


# Words people say of the app itself: "a simple app", "a personal tracker".
_SAID_OF_APPS = frozenset({"simple", "small", "little", "basic", "quick", "easy", "new", "personal", "shared", "free",
                           "tiny", "nice", "good", "better", "great", "online", "web", "mobile", "custom", "private",
                           "internal", "public", "whole", "full", "proper", "single"})


def add_holder(spec: AppSpec, entity: Entity, links: bool) -> tuple[AppSpec, bool]:
    """Add a catalogue entity's plain fields (links=False) or, once every entity is in, its links to what exists."""
    if links:
        names = {e.name for e in spec.entities}
        ops: list[dict[str, Any]] = [{"op": "add_field", "entity": entity.name, "field": field_dump(f)}
                                     for f in entity.fields if f.type in RELATION_TYPES and f.target in names]
    else:
        fields = [field_dump(f) for f in entity.fields if f.type not in RELATION_TYPES and not f.formula]
        op: dict[str, Any] = {"op": "add_entity", "entity": entity.name, "fields": fields}
        for key in ("label", "plural", "icon"):
            if getattr(entity, key) is not None:
                op[key] = getattr(entity, key)
        ops = [op]
    done = False
    for op in ops:
        spec, ok = try_op(spec, op)
        done = done or ok
    return spec, done




# Fields every thing has that are never a thing of their own, though "notes", "photos" or "times" (a swimmer's) may
# be; "things" and "stuff" name nothing.
WHEN_AND_WHAT = frozenset({"date", "name", "title", "status", "type", "description", "thing", "stuff"})
# Verbs that look like plurals after the one who does them: "our church needs to track", "my wife wants".
WANTING = frozenset({"needs", "wants", "likes", "loves", "hates", "tries", "hopes", "gets", "has", "does", "helps"})
# Words after a thing that start what is said of it rather than name it: "sales to buyers", "votes on the book".
SAID_OF = frozenset({"to", "for", "from", "with", "w", "per", "on", "at", "in", "by", "of", "who", "that", "which",
                     "we", "they", "i", "you", "each", "every", "this", "next", "when", "where", "along", "across",
                     "around", "near", "after", "before", "during", "between", "under"})


def plain_fields(name: str, fields: list[dict[str, str]]) -> list[dict[str, str]]:
    """What a thing no app near this one keeps starts with: "payments per month" with an amount and a date, not a
    list of names."""
    return PAID if fields is NAMED and name.split("_")[-1] in MONEY_KEPT else fields


def _core(words: list[str]) -> tuple[int, int]:
    """Where the words of a listed part that name its thing start and end: "monthly invoices to parents" -> invoices."""
    k = 0
    while k < len(words) and words[k] in NOT_MODIFIERS and not words[k].endswith("s"):
        k += 1
    end = k
    while end < len(words) and words[end] not in SAID_OF and not (end > k and said_done(words[end])):
        end += 1
    return k, end


def try_op(spec: AppSpec, op: dict[str, Any]) -> tuple[AppSpec, bool]:
    """(`spec` with `op` if it fits, whether it did): one that does not fit leaves the rest of the start as it was."""
    done: list[dict[str, Any]] = []
    return apply_if_fits(spec, op, done), bool(done)


__all__ = ["CONTACT", "HOLDER_AT_LEAST", "NAMED", "RULED", "ImpliedThings", "add_holder", "plain_fields", "try_op"]
