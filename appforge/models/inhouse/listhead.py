"""Whose list a list is: the words before a list's mark ("with", a colon, a bracket) that name the thing it is
of, less what is said of that thing ("routes on the wall", "orders from customers", "readings before and after
meals", "members under 18"), so that the list lands on the routes, the orders, the readings and the members; and the
new things such words name ("maintenance requests for each property", "the menu", "has to be inspected every 7 days").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appforge.models.inhouse.itemfield import FILLER
from appforge.models.inhouse.listitems import new_thing_word
from appforge.models.inhouse.listmarks import (
    ASKING,
    BELONGS,
    CHOICE_WORDS,
    FOR_WHAT,
    JOIN_VERBS,
    KIND_WORDS,
    MODALS,
    NOT_A_LIST,
    OWN_LIST,
    THING_WORDS,
)
from appforge.models.inhouse.mentions import NOT_MODIFIERS, UNIT_WORDS, entity_of, said_done
from appforge.models.inhouse.phrasing import singular, snake

# What people do to a thing they hand in: "work orders submitted by tenants", "requests raised by staff".
_HANDED_IN = frozenset({"submitted", "placed", "made", "sent", "filed", "reported", "raised", "booked", "created",
                      "logged", "requested", "entered", "added", "opened", "written"})
# How a thing done to is placed: "batches brewed from a recipe", "tools lent to members", "photos taken at events".
_DONE_WHERE = frozenset({"from", "by", "for", "to", "at", "in", "on", "into", "under", "during"})
# Things kept as a group of others: "batches of grow bags", "litters of puppies", "lots of seed".
_GROUPS_OF = frozenset({"batches", "lots", "litters", "flocks", "herds", "sets", "packs", "crates", "pallets", "bundles",
                        "loads", "consignments", "shipments"})
# What stands between a thing and what is done to it: "each delivery gets logged", "visits are recorded".
_BEING = frozenset({"is", "are", "was", "were", "be", "gets", "get", "got", "getting"})
# Words that narrow which of a thing a list is for: "members under 18", "guests over 65", "orders above $100".
_QUALIFIERS = frozenset({"under", "over", "above", "below", "aged", "older", "younger", "without"})


def whose_list(before: str, words_for: dict[str, str]) -> list[str]:
    """The words before a list (lower case) that say whose list it is, the thing's words last."""
    # "packages (basic wash, full detail) w/ price + duration": the packages', their kinds said between
    before = re.sub(r"\s*\([^()]*\)\s*$", " ", before)
    head = re.findall(r"[a-z]+", before)
    joins = next((k for k, w in enumerate(head) if k and w in JOIN_VERBS), None)
    if joins is not None and new_thing_word(head[joins - 1]):
        head = head[:joins]  # "registrations linking campers to sessions with paid yes/no": the registrations'
    while len(head) > 1 and head[-1] in MODALS:
        head = head[:-1]  # "projects should have a client and a budget"
    clause = re.findall(r"[a-z]+", re.split(r"[,;:(]", before)[-1])
    for k in range(len(head) - 1, max(0, len(head) - min(9, len(clause))), -1):
        if head[k] in ("i", "we", "they", "you") and len(head[k - 1]) >= 4 and (
                head[k - 1] != singular(head[k - 1]) or (k >= 2 and head[k - 2] in ("each", "every"))):
            head = head[:k]  # "invoices i send as a contractor - client, amount", "each walk i do: date"
            break
    if (len(head) >= 4 and head[-3] in ("on", "in", "at") and head[-2] in ("the", "our", "my", "a")
            and len(head[-4]) >= 4 and head[-4] != singular(head[-4]) and new_thing_word(head[-4])):
        head = head[:-3]  # "routes on the wall with grade", "plots in the garden (size, soil)": the routes'
    elif (len(head) >= 3 and head[-2] in ("on", "in", "at") and len(head[-3]) >= 4
          and head[-3] != singular(head[-3]) and new_thing_word(head[-3]) and head[-1] not in words_for
          and singular(head[-1]) not in words_for):
        head = head[:-2]  # "beers on tap with style, abv, price": the beers'
    elif len(head) >= 3 and head[-2] in ("for", "on") and head[-1] in FOR_WHAT:
        head = head[:-2]  # "bikes for sale w/ brand, model": the bikes'
    elif (len(head) >= 3 and head[-2] in ("from", "by") and head[-3] != singular(head[-3])
          and entity_of(head[-4:-2], words_for) is not None and entity_of(head[-1:], words_for) is not None):
        head = head[:-2]  # "orders from customers with shipping status": the orders', not the customers'
    elif (len(head) >= 4 and head[-2] == "by" and head[-3] in _HANDED_IN and head[-4] != singular(head[-4])
          and entity_of(head[-5:-3], words_for) is not None and entity_of(head[-1:], words_for) is not None):
        head = head[:-3]  # "work orders submitted by tenants with priority": the work orders', not the tenants'
    grouped = next((k for k in range(len(head) - 2, max(0, len(head) - 4), -1)
                    if head[k] == "of" and head[k - 1] in _GROUPS_OF), None)
    if grouped is not None:
        head = head[:grouped]  # "batches of grow bags (strain, no. of bags)": the batches', each of many bags
    which = next((k for k in range(len(head) - 2, max(0, len(head) - 5, len(head) - len(clause)), -1)
                  if head[k] in ("that", "which", "who") and head[k - 1] != singular(head[k - 1])
                  and (entity_of(head[k - 1 : k], words_for) is not None or new_thing_word(head[k - 1]))), None)
    if which is not None:
        head = head[:which]  # "items that are found (description, photo)", "requests that tenants report (issue)"
    done = next((k for k in range(len(head) - 3, max(0, len(head) - 6, len(head) - len(clause)), -1)
                 if said_done(head[k]) and head[k + 1] in _DONE_WHERE and head[k - 1] != singular(head[k - 1])
                 and (entity_of(head[k - 1 : k], words_for) is not None or new_thing_word(head[k - 1]))), None)
    if done is not None:
        head = head[:done]  # "batches brewed from a recipe (batch no, brew date)": the batches', not the recipe's
    by = next((k for k in range(len(head) - 2, max(0, len(head) - 5), -1) if head[k] == "by"
               and head[k - 1] != singular(head[k - 1]) and new_thing_word(head[k - 1])
               and not set(head[k + 1 :]) & (CHOICE_WORDS | {"date", "day", "week", "month", "year"})), None)
    if by is not None:
        head = head[:by]  # "bikes by frame number with brand, model": the bikes', known by their frame number
    if len(head) >= 3 and head[-1].endswith("ed") and head[-2] in _BEING and (
            new_thing_word(head[-3]) or (len(head) >= 4 and head[-4] in ("each", "every"))):
        head = head[:-2]  # "each delivery gets logged with date, driver": the deliveries', no "gets" kept
    moving = len(head) - (2 if len(head) >= 3 and head[-1] in ("in", "out", "back", "up", "off") else 1)
    if (moving >= 1 and len(head) - moving <= 2 and head[moving].endswith(("ing", "ed")) and len(head[moving]) >= 5
            and head[moving - 1] != singular(head[moving - 1]) and new_thing_word(head[moving - 1])):
        head = head[:moving]  # "donations coming in (item, qty)", "cars sold (price)": the donations', the cars'
    when = re.search(r"(?:^| )([a-z]{4,}) (?:before|after|between|during)(?: and (?:before|after))?"
                     r"(?: [a-z]+){1,2}$", " ".join(head))
    if when is not None and new_thing_word(when.group(1)) and entity_of([when.group(1)], words_for) is None:
        head = head[: len(" ".join(head)[: when.end(1)].split())]  # "readings before and after meals"
    qualified = next((k for k in range(len(head) - 1, 0, -1) if head[k] in _QUALIFIERS
                      and entity_of(head[k - 1 : k], words_for) is not None), None)
    if qualified is not None and len(head) - qualified <= 3:
        head = head[:qualified]  # "members under 18 need a guardian name": the members'
    if len(head) >= 3 and head[-2] in ("every", "each", "per", "a") and (
            head[-1] in UNIT_WORDS or head[-1] + "s" in UNIT_WORDS):
        head = head[:-2]  # "measurements every month (weight, waist)": the measurements' list
    return head


def kept_by_the_app(head: list[str], words_for: dict[str, str]) -> str | None:
    """The thing an app's kind names before its list: "a todo list app with due dates", "job application tracker
    for my job hunt - company, role" (the applications, not the job of "job hunt")."""
    core = head[: next((k for k, w in enumerate(head) if k and w in KIND_WORDS - words_for.keys()
                        and head[k + 1 : k + 2] in ([], ["for"]) and entity_of(head[:k], words_for)), len(head))]
    while core and core[-1] in KIND_WORDS and core[-1] not in words_for:
        core = core[:-1]
    return entity_of(core, words_for) if len(core) < len(head) else None




def read_once(found: list[tuple[str, list[str], bool]]) -> list[tuple[str, list[str], bool]]:
    """Less a list read a second time for another thing: "devices have serial numbers, assigned to an employee, with
    date given and date returned" is the devices' list, "with ..." included, not also the employee's."""
    def plain(item: str) -> str:
        return re.sub(r"^(?:with|w/|w|and|plus)\s+", "", item.strip().lower())
    out: list[tuple[str, list[str], bool]] = []
    for entity, items, asked in found:
        earlier = {plain(i) for e, its, _ in out if e != entity for i in its}
        if items and not asked and len(items) >= 2 and all(plain(i) in earlier for i in items):
            continue
        out.append((entity, items, asked))
    return out


# Words for the kinds of something, kept as a thing of their own: "ticket types", "membership plans", "room categories".
KINDS_OF = frozenset({"type", "category", "tier", "plan", "package", "level"})
ASKING_FOR = frozenset({"add", "new", "create", "need", "needs", "want", "track", "keep", "some", "more", "extra", "make"})
# Things counted by the piece though said in the singular: "Gear (name, category, serial, daily rate)".
MASS_NOUNS = frozenset({"gear", "equipment", "furniture", "clothing", "merchandise", "merch", "kit", "jewelry",
                         "jewellery", "machinery", "artwork", "software", "hardware", "luggage"})
# An app said as the log of one thing, alone in its sentence: "sleep log.", "my migraine diary:".
LOG_OF = re.compile(r"^\W*(?:(?:a|an|my|our|simple|basic|daily|personal)\s+)*([a-z]+)\s+(?:log|logbook|diary|journal|tracker)"
                     r"(?:\s+(?:app|thing|pls|please))?\W*$")
NOT_A_THING = frozenset({"daily", "personal", "simple", "basic", "family", "home", "house", "work", "team", "time"})
# What is done to a thing again and again, and the record each time makes: "has to be inspected every 7 days:".
DONE_AS_THING = {"inspected": "inspection", "serviced": "service", "checked": "check", "tested": "test",
                  "audited": "audit", "calibrated": "calibration", "reviewed": "review", "cleaned": "cleaning",
                  "assessed": "assessment", "examined": "examination", "treated": "treatment", "repaired": "repair",
                  "maintained": "maintenance", "visited": "visit", "surveyed": "survey", "measured": "measurement",
                  "weighed": "weighing", "fed": "feeding", "watered": "watering", "groomed": "grooming"}
DONE_TO = re.compile(r"\b(?:to be|be|is|are|gets?|got)\s+(" + "|".join(DONE_AS_THING) + r")"
                      r"(?:\s+(?:every|each|once|twice|at least|weekly|monthly|daily|yearly|annually|regularly)(?:\s+[a-z0-9]+){0,3})?$")
# Words before a thing handed over: "practices send us cases:", "we get orders:", "clients bring in repairs:".
SENT_BY = frozenset({"us", "me", "in", "receive", "get", "gets", "take", "handle", "send", "sends", "bring"})
LIST_NOUNS = frozenset({"details", "fields", "columns", "things", "items", "info", "infos"})
DETERMINERS = frozenset({"a", "an", "the", "each", "every", "our", "my", "one"})
# The ends of things said with a hyphen: "weigh-ins", "call-outs", "pick-ups".
PARTICLES = frozenset({"ins", "outs", "ups", "offs", "ons", "overs", "downs"})
# What a collection of things is said as: "the menu (item, price, veg y/n)", "our paper stock inventory (paper
# type, size, gsm)", "fabric stash (type, colour, yards)".
COLLECTIONS = frozenset({"menu", "stock", "inventory", "stash", "cellar", "pantry", "wardrobe", "catalogue", "catalog"})


def kept_in(head: list[str], words_for: dict[str, str]) -> str:
    """The thing a collection keeps: the paper of "paper stock inventory", the fabric of "fabric stash", a menu's
    items when the menu is all that is said."""
    if len(head) >= 2 and head[-2] in ("each", "every", "a", "an", "one", "per"):
        return entity_of(head[-1:], words_for) or head[-1]  # "each stock: stock number, genotype": a stock, counted
    core = list(head)
    while core and core[-1] in COLLECTIONS:
        core = core[:-1]
    if core and len(core[-1]) >= 3 and core[-1].isalpha() and core[-1] not in NOT_MODIFIERS | MODALS | FILLER | {
            "the", "and", "with", "each", "every", "need", "needs", "want", "keep", "track", "of", "for", "in"}:
        return entity_of(core[-1:], words_for) or singular(core[-1])
    return entity_of([head[-1], "item"], words_for) or f"{head[-1]}_item"


# Small words that end a new thing's name, read back from the word that ties it to its owner, beside `FILLER`:
# "a list of appliances at each".
_NOT_A_NAME = frozenset({"of", "to", "in", "on", "at"})


def new_thing_of(head: list[str], words_for: dict[str, str], a_field: Callable[[list[str]], bool]) -> tuple[str | None, str | None]:
    """(a new thing, the thing it belongs to) from the words before a list: "maintenance requests for each
    property with ...", "subtasks under tasks with ...", "coaches should be their own list with ...", "add a
    waitlist with ..."; (None, None) when the words name no new thing."""
    joined = " ".join(head)
    own = OWN_LIST.search(joined)
    if own is not None and entity_of([own.group(1)], words_for) is None and new_thing_word(own.group(1)):
        return singular(own.group(1)), None
    at = next((k for k in range(len(head) - 1, 0, -1) if head[k] in BELONGS), None)
    if at is not None:
        owner_words = [w for w in head[at + 1 :] if w not in FILLER and w not in ("each", "every", "all")]
        owner = entity_of(owner_words, words_for) if 0 < len(owner_words) <= 2 else None
        words: list[str] = []
        for w in reversed(head[:at]):
            if w in ASKING or w in FILLER or w in MODALS or w in _NOT_A_NAME or len(words) == 2:
                break  # "then invoices for a client", "a list of appliances at each property"
            words.insert(0, w)
        if owner is not None:
            existing = entity_of(words, words_for) if words else None
            if existing is not None and existing != owner:
                return existing, owner  # the program has made it already
            if words and existing is None and new_thing_word(words[-1]) and not a_field(words):
                return snake(" ".join(words[:-1] + [singular(words[-1])])), owner
            return None, None
        whose = head[at + 1 :]
        if (head[at] == "for" and 2 <= len(whose) <= 4 and whose[0] in ("my", "our", "the", "a", "an", "this")
                and words and words[-1] not in KIND_WORDS and new_thing_word(words[-1]) and not a_field(words)
                and not any(w in KIND_WORDS for w in words)):
            # "cake orders for my home bakery: customer, pickup date": the orders' list, the bakery is the person's
            existing = entity_of(words, words_for)
            return existing or snake(" ".join(words[:-1] + [singular(words[-1])])), None
    # "add a waitlist with guest name, party size", "add a walk-in queue with ..."
    article = next((k for k in range(len(head) - 2, 0, -1) if head[k] in ("a", "an")), None)
    if article is None or head[article - 1] not in ("add", "new", "create", "want", "need"):
        return None, None
    words = [w for w in head[article + 1 :] if w not in ("each", "every", "per")]  # "an itinerary - each item"
    while words and words[-1] in THING_WORDS:
        words = words[:-1]  # "add a prescriptions table: ..."
    if words and entity_of(words, words_for) is not None:
        return entity_of(words, words_for), None
    if words and words[-1] != singular(words[-1]):
        words = words[:-1] + [singular(words[-1])]
    if (1 <= len(words) <= 3 and len("".join(words)) >= 4 and entity_of(words, words_for) is None
            and not a_field(words) and words[-1] not in CHOICE_WORDS
            and not NOT_A_LIST.search(" ".join(words))):
        return snake(" ".join(words)), None
    return None, None


__all__ = ["ASKING_FOR", "COLLECTIONS", "DETERMINERS", "DONE_AS_THING", "DONE_TO", "KINDS_OF", "LIST_NOUNS", "LOG_OF", "MASS_NOUNS", "NOT_A_THING", "PARTICLES", "SENT_BY", "kept_by_the_app", "kept_in", "new_thing_of", "read_once", "whose_list"]
