"""The roles a message names: the people it gives or refuses rights.

"Coordinators see all and can create shifts", "only the hall secretary can confirm bookings", "agents shouldn't
delete leases": the people a rule is about are the subjects of "can", "should", "may" and their like. A new app needs
those roles before the decoder can give them rules, so its start gets them (`add_roles`). Which role a rule must leave
out is a cue the grammar reads (`cues.refused`).
"""

from __future__ import annotations

import re

from appforge.models.inhouse.listed import apply_if_fits
from appforge.models.inhouse.phrasing import singular, snake
from appforge.spec.model import AppSpec

# Words before a modal that are people but not roles: the person writing, everyone, the public.
_NOT_ROLES = frozenset({"i", "we", "you", "they", "he", "she", "it", "everyone", "anyone", "everybody", "anybody",
                        "people", "someone", "somebody", "nobody", "users", "user", "public", "guests", "visitors", "this", "that", "which", "who", "what", "there", "and",
                        "only", "also", "then", "so", "but", "or", "the", "a", "an", "all", "else", "each", "one",
                        "me", "us", "them", "app", "system", "these", "those", "it s", "my", "our", "your", "their"})
_MODAL = r"(?:can|cannot|can t|cant|should|shouldn t|shouldnt|may|must|will|see|sees|approve|approves|manage|manages)"
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian", "ians", "ee", "ees",
                   "ess", "esses", "ary", "aries", "ff", "ain", "ains", "ead", "eads", "in", "ins", "ive", "ives")


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
        if said[-1] in _NOT_ROLES or said[-1].startswith(("everyone", "anyone")):
            continue
        if len(said) == 2 and (said[0] in _NOT_ROLES or not _person(said[0] + "s") and said[0] not in _ADJECTIVES):
            said = said[1:]
        if not _person(said[-1]):
            continue
        name = snake(" ".join(said[:-1] + [singular(said[-1])]))
        if name not in found:
            found.append(name)
    return found


_ADJECTIVES = frozenset({"team", "sales", "hall", "qa", "head", "senior", "junior", "site", "shift", "office",
                         "project", "store", "board", "front", "desk", "account", "support", "practice", "lead"})


def _person(word: str) -> bool:
    return word in ("staff", "admin", "admins", "crew", "lead", "leads", "chef", "chefs", "boss", "parents", "parent",
                    "kids", "owner", "owners", "nurse", "nurses", "host", "hosts", "guide", "guides", "coach",
                    "coaches", "judge", "judges", "referee", "referees", "agent", "agents") \
        or word.endswith(_PERSON_ENDINGS)


__all__ = ["add_roles", "roles_named"]
