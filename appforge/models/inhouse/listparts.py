"""A message cut the way people write lists: sentences and lines, and the items of a list.

Brackets hold their own list ("vans (reg, make, mileage)") and may hold a full stop ("approx. 3"), so neither
sentences nor items are ever cut inside them; "and", "&" and "+" separate items as commas do.
"""

from __future__ import annotations

import re


def sentences(text: str) -> list[str]:
    """Sentences and lines, never cut inside brackets (a list of options may hold a full stop: "approx. 3")."""
    out, depth, cur = [], 0, []
    for i, ch in enumerate(text):
        depth = max(0, depth + (ch == "(") - (ch == ")"))
        # "proof approved?, status on a board": a question mark inside a list asks yes or no, and the list goes on
        end = ch in "\n;" or (ch in "!?" and not text[i + 1 :].lstrip().startswith(",")) or (
            ch == "." and (i + 1 == len(text) or text[i + 1].isspace()))
        if depth == 0 and end:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip(" -*•\t") for s in out if s.strip(" -*•\t")]


# How a person named just before is reached: "owner name and phone", "parent name and email".
_THEIR_WAYS = frozenset({"phone", "email", "number", "phone number", "address", "mobile", "relationship"})
_WHEN = frozenset({"time", "place", "location", "venue"})
_SIDES = {"front": "back", "before": "after", "inside": "outside", "top": "bottom", "left": "right", "home": "away",
          "min": "max", "first": "last", "start": "end", "pickup": "dropoff"}


def list_items(text: str) -> list[str]:
    """A list's items: split on commas, "and", "&" and "+" outside brackets."""
    items, depth, cur = [], 0, []
    for ch in text:
        depth = max(0, depth + (ch == "(") - (ch == ")"))
        if ch == "," and depth == 0:
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur))
    out: list[str] = []
    for item in items:
        before, bracket, rest = item.partition("(")
        parts = re.split(r"\s+(?:and|&|\+)\s+|\s*\+\s*", before)
        for k in range(1, len(parts)):
            # "emergency contact name and phone": the phone is the emergency contact's
            whose = re.fullmatch(r"\s*((?:[a-z]+ )+)(name|day|date)\s*", parts[k - 1].lower())
            if whose is not None and parts[k].strip().lower() in (_THEIR_WAYS if whose.group(2) == "name" else _WHEN):
                parts[k] = whose.group(1) + parts[k].strip()  # ... and "lesson day and time": the lesson's time
            sides = re.fullmatch(r"\s*([a-z]+) ([a-z]+)\s*", parts[k - 1].lower())
            if sides is not None and _SIDES.get(sides.group(2)) == parts[k].strip().lower():
                parts[k] = f"{sides.group(1)} {parts[k].strip()}"  # "photo front and back": a front and a back photo
        parts[-1] += bracket + rest  # "linkedin url and source (referral, agency)": the options are the last one's
        if bracket:
            # "fund (general, building) and whether it was gift aided": what follows the bracket is the next item
            inside = bracketed(rest)
            after = re.split(r"\s+(?:and|&|\+)\s+|\s*\+\s*", rest[len(inside) + 1:])
            if len(after) > 1 and not after[0].strip():
                parts[-1] = parts[-1][: len(parts[-1]) - len(rest) + len(inside) + 1]
                out += parts + [a for a in after[1:] if a.strip()]
                continue
        out += parts
    # "orders: add delivery address, delivery fee": the asking word is not part of the first name
    out = [re.sub(r"^\s*(?:add|adding|also|plus)\s+", "", i) for i in out]
    # "cemeteries with the council contact for each": the contact is each cemetery's, not a "for each"
    out = [re.sub(r"\s+(?:for|of|per|on|at) (?:each|every)(?: one)?\s*$", "", i) for i in out]
    return [i.strip(" .:-") for i in out if i.strip(" .:-")]


def bracketed(rest: str) -> str:
    """What a bracket just opened holds: `rest` up to the bracket that closes it (or all of it)."""
    depth = 1
    for i, ch in enumerate(rest):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return rest[:i]
    return rest


__all__ = ["bracketed", "list_items", "sentences"]
