"""Where a new app starts: the nearest blueprint, plus an entity for every thing the message names.

A message rarely describes one catalogue app exactly. "Tattoo studio: artists, clients, appointments" is nearest to
the tattoo blueprint, which has clients, pieces and sessions but no artists or appointments; started from that
blueprint alone, the decoder would have to invent two entities and their fields from a word each, and it mostly does
not. The catalogue knows what an artist and an appointment hold in neighbouring apps, so those entities are brought
in too, each from the blueprint nearest to the message that has one; a thing the catalogue has never seen but the
message lists ("kittens, litters, adopters") starts as an entity with a name. The decoder then adjusts what the person
listed. This is retrieval at the grain of entities: the knowledge comes from the catalogue, the reading from the
decoder. On the benchmark's dev creates it took the in-house model from 0.431 to 0.582 before any retraining
(docs/models.md). Which words name things at all is `thingnames`' question; what the words imply beyond the things
they name (people listed, events said with a verb) is `implied`'s, and how the things point at each other `links`'.
"""

from __future__ import annotations

import re
from functools import cache

import torch

from appforge.models.inhouse.bullets import bulleted_things
from appforge.models.inhouse.complete import DATES, first_field
from appforge.models.inhouse.implied import HOLDER_AT_LEAST, NAMED, ImpliedThings, add_holder, plain_fields, try_op
from appforge.models.inhouse.links import (
    a_record,
    joins_said,
    link,
    link_after,
    link_islands,
    link_orphans,
    link_per,
    link_theirs,
    link_within,
    names_become_links,
)
from appforge.models.inhouse.listed import listed_fields
from appforge.models.inhouse.mentions import (
    EVERY_THING_HAS,
    EXAMPLES,
    NOT_MODIFIERS,
    listed_words,
    words_for_entities,
)
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.roles import add_roles
from appforge.models.inhouse.samething import (
    one_kind_of_customer,
    one_record_two_names,
    one_thing_two_names,
    under_the_persons_name,
)
from appforge.models.inhouse.slots import NOT_PLURALS, misspelt
from appforge.models.inhouse.synonyms import called_as_kind, kind_named_by, same_thing
from appforge.models.inhouse.thingnames import (
    DOING,
    LIST_WORDS,
    QUANTITY,
    THING_REFERS,
    tokenize,
)
from appforge.models.rebuild import field_dump
from appforge.models.retrieval import Catalogue
from appforge.spec.model import RELATION_TYPES, AppSpec, Entity, Field, FieldType, pluralize


class EntityIndex(ImpliedThings):
    """Where a new app starts: the catalogue's names for things (`ThingNames`), the things a message names or
    lists, brought from the nearest blueprints that hold them, and what the words say of them."""

    def start(self, base: AppSpec, text: str, query: torch.Tensor,
              exclude: frozenset[str] = frozenset(), plainly: bool = False) -> AppSpec:
        """`base` with an entity for every thing `text` names that `base` lacks.

        Training excludes the blueprint a message was written from, so that the start is what the model would see
        for a domain it has never met. `plainly` (the model's own start; training's is as it was) reads "don't need
        an account" as signing in, not as a thing to keep.
        """
        # "tasks like change furnace filter, clean gutters": examples of the tasks, no cleans to keep
        named = self.named(EXAMPLES.sub(" ", text) if plainly else text, plainly)
        if plainly:
            # "parents don't need an account": an account to sign in with, not a thing the app keeps.
            named = [n for n in named if not (n == "account" and re.search(r"\b(?:an|no|without)\s+account\b", text.lower())
                                              and not re.search(r"\baccounts\b", text.lower()))]
        if plainly:
            # "maintenance tickets" where the blueprint keeps maintenance requests: those, not a ticket and a maintenance
            words = re.findall(r"[a-z]+", text.lower())
            kept = [e.name for e in base.entities]
            for a, b in zip(words, words[1:], strict=False):
                if (singular(b) in named and b != singular(b) and kind_named_by(kept, a) is not None
                        and base.entity(f"{a}_{singular(b)}") is None):
                    named = [n for n in named if n not in (a, singular(b))]
            # "item, quantity, unit, expiry" where a pantry's items have a unit: that field, not a storage unit
            named = [n for n in named if not (n in self.mostly_fields and any(e.field(n) for e in base.entities)
                                              and not re.search(rf"\b{n}s\b", text.lower()))]
        listed = [w for w in self.listed(text, named, plainly) if not (plainly and w + "s" in NOT_PLURALS)]
        have = {e.name for e in base.entities} | {snake(e.label) for e in base.entities if e.label}
        have |= {snake(e.plural) for e in base.entities if e.plural}
        spec = base
        def holder_for(name: str, at_least: float = HOLDER_AT_LEAST) -> Entity | None:
            """The catalogue's entity for a name; for a thing whose fields the message lists, only one that holds
            some of them ("games (date, opponent, score)" in a football app are not board games)."""
            if not plainly:
                return self._nearest_holder(name, query, exclude)
            holder = self.typical_holder(name, query, exclude, at_least, said=text)
            said = listed_words(name, text) - EVERY_THING_HAS
            if holder is None or not said:
                return holder
            held = {singular(w) for f in holder.fields for w in f.name.split("_")}
            if said & held:
                return holder
            return Entity(name=name, label=holder.label, plural=holder.plural,  # what the person calls it
                          fields=[Field(name="name", type=FieldType.text)])  # its fields are the list's

        if plainly:
            for n in [n for n in dict.fromkeys(named + listed) if n not in have]:
                # "repairs" where the blueprint keeps bike_ticket labelled "Repair ticket": those, under the person's word
                # ... and "green coffee lots", "bookings" where it keeps green_lot, room_booking: those, as said
                kind = called_as_kind(spec, n)
                if kind is not None:
                    spec, done = try_op(spec, {"op": "rename_entity", "entity": kind.name, "to": n,
                                               "label": n.replace("_", " ").capitalize()})
                    have |= {n} if done else set()
            offered = _offered(text, spec, named)
            if offered is not None:  # "the treatments we offer" where a salon keeps its services: those
                spec, done = try_op(spec, {"op": "rename_entity", "entity": offered[1], "to": offered[0],
                                           "label": offered[0].replace("_", " ").capitalize()})
                have |= {offered[0]} if done else set()
            for n in [n for n in named if n not in have]:
                same = same_thing(n, have)
                if same is not None:  # "my cars" where the blueprint keeps vehicles: the vehicles, called cars
                    renamed = under_the_persons_name(spec, same, n)
                    spec, have = renamed, have | ({n} if renamed is not spec else set())
        # a thing said in the plural is kept though no app near keeps it ("the monthly payments against each lease"
        # in a storage business), with what every such thing has (a payment's amount and date)
        chosen = [e for e in (holder_for(n) or (Entity(name=n, fields=[Field(**f) for f in plain_fields(n, NAMED)])
                                                if plainly and _said_as_many(n, text)
                                                and not listed_words(n, text) - EVERY_THING_HAS else None)
                              for n in named if n not in have) if e is not None]
        if plainly:
            # "shoots, galleries delivered, and payments": a thing listed plainly is kept though no app near this
            # one keeps it (the catalogue mostly writes a payment on what is paid for), as the nearest app keeps it
            chosen += [e for e in (holder_for(n, 0.0) for n in self.listed(text, [], True, known=True)
                                   if n in named and n not in have and n not in {c.name for c in chosen}
                                   and not listed_words(n, text) - EVERY_THING_HAS)
                       if e is not None]  # a thing whose fields are listed is built from the list further on
        kept = []
        for entity in chosen:
            spec, done = add_holder(spec, entity, links=False)
            if done:
                kept.append(entity)
        for entity in kept:
            spec, _ = add_holder(spec, entity, links=True)
        for word in listed:
            if word in have or (plainly and misspelt(word, spec)):
                continue  # "clients n there dogs, appointmnts": the appointments the app has
            same = same_thing(word, have) if plainly else None
            if same is not None:  # "my 3 kids" where a homeschool blueprint keeps learners: those, called kids
                renamed = under_the_persons_name(spec, same, word)
                spec, have = renamed, have | ({word} if renamed is not spec else set())
                continue
            holder = holder_for(word)
            if holder is not None:
                spec, _ = add_holder(spec, holder, links=False)
            else:
                spec, _ = try_op(spec, {"op": "add_entity", "entity": word,
                                        "fields": plain_fields(word, NAMED) if plainly else NAMED})
        return self._catalogue_links(spec, {e.name for e in base.entities}, plainly)

    def start_with_words(self, base: AppSpec, text: str, query: torch.Tensor,
                         exclude: frozenset[str] = frozenset(), read: tuple[str, ...] = ()) -> AppSpec:
        """`start`, then the people, things and events the words list or imply (and the things `read` names, which
        `thingreader` found in them), the fields the message lists for its things (`listed`), the links the words imply (`links`, `link_events`) and the roles its rules name (`rules`):
        everything a new app takes from the words before the decoder reads them. The model starts a new app here; training still starts its creates with `start` alone
        (a run trained on these starts was not better; docs/models.md)."""
        spec = self.start(base, text, query, exclude, plainly=True)
        spec = one_kind_of_customer(spec, base, text)
        if not base.entities:
            spec = self._kind_of_app(spec, text, query, exclude)
        spec = self.people_listed(spec, text, query, exclude)
        spec = self.things_listed(spec, text, query, exclude)
        spec = self.things_tended(spec, text, query, exclude)
        spec = self.things_picked(spec, text, query, exclude)
        spec = self.events_done(spec, text, query, exclude)
        spec = self.things_read(spec, read + tuple(n for n in bulleted_things(text) if n not in read))
        spec = one_kind_of_customer(one_thing_two_names(spec, base, text), base, text)
        spec = joins_said(spec, text)
        spec = listed_fields(self.catalogue).add(spec, text)
        spec = self.measured_over_time(spec, text)
        spec = one_record_two_names(spec, {e.name for e in base.entities}, text)
        spec = values_not_things(spec, base, self.people)
        spec = names_become_links(spec)
        spec = link_theirs(spec, text, self.people)
        spec = link_per(spec, text)
        spec = link_within(spec, text)
        spec = link_orphans(spec, text, self.people)
        spec = self.link_events(spec, {e.name for e in base.entities}, text)
        spec = link_islands(spec, text, self.people)
        spec = link_after(spec, text, self.people)
        return add_roles(spec, text)

    def things_read(self, spec: AppSpec, read: tuple[str, ...]) -> AppSpec:
        """A thing `thingreader` is sure the message names and the start lacks under any of its words, with the
        fields a thing no app near keeps starts with; the readers after this fill it in and tie it to the rest."""
        for name in read:
            have = {e.name for e in spec.entities}
            if (name in have or name in words_for_entities(spec) or same_thing(name, have) is not None
                    or any(name in h.split("_") for h in have)):
                continue  # "hire" where it keeps new hires, "job" where it keeps callouts: the thing it has
            spec, _ = try_op(spec, {"op": "add_entity", "entity": name, "fields": plain_fields(name, NAMED)})
        return spec

    def _catalogue_links(self, spec: AppSpec, old: set[str], plainly: bool = False) -> AppSpec:
        """Links the catalogue draws between a brought-in entity and the others ("booking" -> "table").

        With `plainly` (the model's own start), a link only one app names for a part it plays ("white" for a chess
        game's player) is named for what it points at: a football team's games have a player, not a "white"."""
        names = [e.name for e in spec.entities]
        for a in names:
            for b in names:
                field = self.links.get((a, b))
                if field is None or (a in old and b in old):
                    continue
                entity = spec.entity(a)
                if entity is None or any(f.target == b for f in entity.fields) or entity.field(field.name):
                    continue
                dumped = field_dump(field)
                if (plainly and self.link_names[(field.name, b)] < 2 and not set(b.split("_")) & set(field.name.split("_"))
                        and entity.field(b) is None):
                    dumped["name"] = b
                spec, _ = try_op(spec, {"op": "add_field", "entity": a, "field": dumped})
        return spec

    def link_events(self, spec: AppSpec, old: set[str], text: str) -> AppSpec:
        """Links from each event of the app (a booking, a session) to each thing (a tutor, a table) it lacks one to.

        The catalogue's own links cover pairs it has seen together; a new app puts together things no blueprint
        holds side by side ("sessions" and "tutors"), and an event in most apps points at the things around it.
        Both must be named in the message, the thing must not itself be an event in the catalogue (a kiln firing),
        and pairs that both come from the starting blueprint keep that blueprint's design.
        """
        said = {singular(w) for w in tokenize(text)}
        names = [e.name for e in spec.entities if all(singular(w) in said for w in e.name.split("_"))]
        for a in names:
            if a not in self.events or (first_field(spec.entity(a), DATES) is None
                                        and any(f.type == FieldType.money for f in spec.entity(a).fields)):
                continue  # "the treatments we offer", priced and undated: what a salon sells, not a pest control's visits
            for b in names:
                if b == a or (a in old and b in old) or (self.pointing_share.get(b, 0.0) > THING_REFERS
                                                         and b not in self.roles):
                    continue  # a tutor is someone a session is with, though the catalogue's tutors point at subjects
                other = spec.entity(b)
                if (a_record(other) and any(f.type in RELATION_TYPES for f in other.fields)) or any(
                        e.name not in (a, b) and first_field(e, DATES) is not None and any(f.target == b for f in e.fields)
                        for e in spec.entities):
                    continue  # donors, whose donations are their records, are no visit's; nor is a dog's record another's
                spec = link(spec, a, b)
        return spec



def values_not_things(spec: AppSpec, base: AppSpec, people: set[str] | frozenset[str]) -> AppSpec:
    """Less the things the words brought that hold nothing but a name and are named for a value another thing
    keeps: "books, who suggested it, meeting date, ratings" where reviews have a rating wants no list of ratings.

    A text field does not count: it may hold what should have been a thing (a repair ticket's "customer"); nor does a
    choice, whose options are kinds of the thing the person keeps a list of ("our trucks" where a move picks a truck
    size: `names_become_links` points the move at a truck).
    """
    values = {f.name for e in spec.entities for f in e.fields if f.type not in RELATION_TYPES
              and f.type not in (FieldType.text, FieldType.user, FieldType.choice)} - {"name", "title"}
    pointed_at = {f.target for e in spec.entities for f in e.fields if f.type in RELATION_TYPES}
    for entity in list(spec.entities):
        own = {f.name for f in entity.fields if f.type not in RELATION_TYPES}
        if (base.entity(entity.name) is None and entity.name not in pointed_at and entity.name not in people
                and own <= {"name", "title"} and {entity.name, entity.name + "s"} & values):
            spec, _ = try_op(spec, {"op": "remove_entity", "entity": entity.name})
    return spec


# What a business keeps as the list of what it offers, whatever it calls them.
_OFFERINGS = ("service", "product", "treatment", "class", "course", "package", "offering", "menu_item", "dish", "tour")


def _offered(text: str, spec: AppSpec, named: list[str]) -> tuple[str, str] | None:
    """(the person's word, the thing the app keeps) for "the treatments we offer", "the packages we sell": what the
    person offers is the app's list of offerings, when the message names that list by no other word."""
    m = re.search(r"\b([a-z]{4,}) (?:that |which )?(?:we|i) (?:offer|sell|provide|run|teach|stock|do)\b", text.lower())
    if m is None or singular(m.group(1)) == m.group(1):
        return None
    word = singular(m.group(1))
    kept = [name for name in _OFFERINGS if spec.entity(name) is not None and name not in named]
    if spec.entity(word) is not None or len(kept) != 1 or word in QUANTITY | DOING | LIST_WORDS:
        return None
    return word, kept[0]


@cache
def entity_index(catalogue: Catalogue) -> EntityIndex:
    return EntityIndex(catalogue)


def _said_as_many(name: str, text: str) -> bool:
    """Whether the words say a thing as many of it ("payments", "the boxes"), not once in passing ("a payment")."""
    words = pluralize(name.replace("_", " ")).lower().split()
    many = r"[\s-]+".join(words)
    # ... after a word that names no other thing ("the monthly payments", "and payments"; "insulin units" are a measure)
    return any(before in ("", ",", ".", ";", ":", "(") or before in LIST_WORDS | NOT_MODIFIERS
               for before in (m.group(1) or "" for m in re.finditer(rf"([a-z]+|[,.;:(])?\s*\b{many}\b", text.lower())))


__all__ = ["EntityIndex", "entity_index"]
