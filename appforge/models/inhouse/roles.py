"""The roles a message names: the people it gives or refuses rights, read from the subjects of "can", "should",
"may", "see", "approve" ("coordinators see all", "only the hall secretary can confirm bookings", "team leads can
reassign").

A new app needs those roles before the decoder can give them rules, so its start gets them (`add_roles`); `rules`
reads what each may do, and `links` asks whether a word names people (`names_person`).
"""

from __future__ import annotations

import re

from appforge.models.inhouse.mentions import apply_if_fits
from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec

# Words before a modal that are people but not roles: the person writing, everyone, the public.
NOT_ROLES = frozenset({"i", "we", "you", "they", "he", "she", "it", "everyone", "anyone", "everybody", "anybody", "others",
                        "people", "someone", "somebody", "nobody", "users", "user", "public", "guests", "visitors", "this", "that", "which", "who", "what", "there", "and",
                        "only", "also", "then", "so", "but", "or", "the", "a", "an", "all", "else", "each", "one",
                        "me", "us", "them", "app", "system", "these", "those", "it s", "my", "our", "your", "their",
                        # words with a person's ending that are not people: "i want to see a chart"
                        "list", "lists", "checklist", "playlist", "wishlist", "waitlist", "setlist", "mist", "wrist",
                        "want", "wants", "went", "sent", "spent", "meant", "rent", "lent", "present", "current",
                        "recent", "urgent", "important", "different", "relevant", "often", "even", "again", "plain",
                        # things that end like people: "posts and comments, editors write posts"
                        "comment", "comments", "payment", "payments", "event", "events", "content", "document",
                        "documents", "equipment", "appointment", "appointments", "assignment", "assignments",
                        "treatment", "treatments", "shipment", "shipments", "order", "orders", "letter", "letters",
                        "poster", "posters", "paper", "papers", "folder", "folders", "number", "numbers", "answer",
                        "answers", "chapter", "chapters", "error", "errors", "calendar", "register", "invoices",
                        "invoice", "timesheet", "timesheets", "roster", "rosters", "filter", "filters", "in", "incident",
                        "incidents", "responsible", "moment", "element", "elements", "garden", "gardens"})
_MODAL = r"(?:can|cannot|can t|cant|should|shouldn t|shouldnt|may|must|will|see|sees|approve|approves|manage|manages)"
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian", "ians", "ee", "ees",
                   "ess", "esses", "ary", "aries", "iff", "iffs", "ain", "ains", "ead", "eads", "in", "ins", "ive", "ives")


def add_roles(spec: AppSpec, text: str) -> AppSpec:
    """`spec` with a role for each one the message names that it lacks ("staff" is there as "staff_member" too)."""
    have = {singular(w) for r in spec.roles for w in [r.name, *r.name.split("_")]}
    for name in roles_named(text):
        if name in have or name.split("_")[-1] in {r.name for r in spec.roles}:
            continue
        spec = apply_if_fits(spec, {"op": "add_role", "role": name}, [])
    return spec


def roles_named(text: str) -> list[str]:
    """Role names for the people a message gives or refuses rights: "team leads can reassign" -> team_lead.

    A role is the one or two words before a modal, at the start of a clause or after "only (the)"; a word that
    reads as a person ("coordinator", "staff", "admin", "referee") and not as the writer or the public.
    """
    found: list[str] = []
    for clause in re.split(r"\s*(?:[.;:!?,(]|\band\b|\bbut\b|\bwhile\b|\bwhere\b)\s*", text.lower()):
        words = re.findall(r"[a-z]+", clause)
        joined = " ".join(words)
        m = re.match(rf"(?:only )?(?:the |our |my |a )?((?:[a-z]+ )?[a-z]+) (?:can |should |may |must |will )?"
                     rf"(?:only |also |not |never )?{_MODAL}\b", joined)
        if m is None:
            continue
        said = m.group(1).split()
        if said[-1] in NOT_ROLES or said[-1].startswith(("everyone", "anyone")):
            continue
        if len(said) == 2 and (said[0] in NOT_ROLES or not reads_as_person(said[0] + "s") and said[0] not in ROLE_ADJECTIVES):
            said = said[1:]
        if not reads_as_person(said[-1]):
            continue
        name = snake(" ".join(said[:-1] + [singular(said[-1])]))
        if name not in found:
            found.append(name)
    return found


ROLE_ADJECTIVES = frozenset({"team", "sales", "hall", "qa", "head", "senior", "junior", "site", "shift", "office",
                         "project", "store", "board", "front", "desk", "account", "support", "practice", "lead"})


def names_person(word: str) -> bool:
    """Whether a plural word names people by what they do ("hairdressers", "tenants"), not a thing ending the same way."""
    return reads_as_person(word) and word not in NOT_ROLES


def reads_as_person(word: str) -> bool:
    """Whether a word can be people by what they do or are ("coordinators", "staff"), the writer and the public
    included; `names_person` leaves those out."""
    return word in ("staff", "admin", "admins", "crew", "lead", "leads", "chef", "chefs", "boss", "parents", "parent",
                    "kids", "owner", "owners", "nurse", "nurses", "host", "hosts", "guide", "guides", "coach",
                    "coaches", "judge", "judges", "referee", "referees", "agent", "agents", "landlord", "landlords",
                    "finance", "family", "families", "trainee", "trainees", "chair", "treasurer", "treasurers",
                    "office", "reception", "management") \
        or word.endswith(_PERSON_ENDINGS) or (word.endswith("people") and len(word) > len("people"))
