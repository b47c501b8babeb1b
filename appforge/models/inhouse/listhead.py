"""Whose list a list is: the words before a list's mark ("with", a colon, a bracket) that name the thing it is
of, less what is said of that thing ("routes on the wall", "orders from customers", "readings before and after
meals", "members under 18"), so that the list lands on the routes, the orders, the readings and the members.
"""

from __future__ import annotations

import re

from appforge.models.inhouse.listitems import new_thing_word
from appforge.models.inhouse.listmarks import FOR_WHAT, JOIN_VERBS, KIND_WORDS, MODALS
from appforge.models.inhouse.mentions import UNIT_WORDS, entity_of, said_done
from appforge.models.inhouse.phrasing import singular

# What people do to a thing they hand in: "work orders submitted by tenants", "requests raised by staff".
_HANDED_IN = frozenset({"submitted", "placed", "made", "sent", "filed", "reported", "raised", "booked", "created",
                      "logged", "requested", "entered", "added", "opened", "written"})
# How a thing done to is placed: "batches brewed from a recipe", "tools lent to members", "photos taken at events".
_DONE_WHERE = frozenset({"from", "by", "for", "to", "at", "in", "on", "into", "under", "during"})
# Things kept as a group of others: "batches of grow bags", "litters of puppies", "lots of seed".
_GROUPS_OF = frozenset({"batches", "lots", "litters", "flocks", "herds", "sets", "packs", "crates", "pallets", "bundles",
                        "loads", "consignments", "shipments"})
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
    for k in range(len(head) - 1, max(0, len(head) - min(6, len(clause))), -1):
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


__all__ = ["kept_by_the_app", "read_once", "whose_list"]
