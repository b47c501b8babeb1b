"""The things a message lists one to a line.

People sketch an app as bullets: "- jobs (address, customer)", "- materials ordered per job from suppliers",
"- daily site photos". Each line opens with the thing it is about; the rest says what it has or where it belongs,
which the list and link readers take from there. A line that states a rule ("- crew can add photos") or asks for a
page ("- list of certs expiring soon") names nothing new. The thing reader weighs every word of the message alike,
so it is often unsure of a bare plural on a line of its own ("materials" 0.69, "photos" 0.1).
"""

from __future__ import annotations

import re

from appforge.models.inhouse.listhead import KINDS_OF
from appforge.models.inhouse.listitems import new_thing_word
from appforge.models.inhouse.mentions import said_done
from appforge.models.inhouse.phrasing import singular

BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+(.+)$")
# Where a line's opening name ends: "materials ordered per job", "bookings per trip: flights", "trips (dest...)".
_ENDS = frozenset({"per", "from", "for", "with", "w", "by", "of", "to", "in", "on", "at", "and", "or", "that", "which",
                   "who", "i", "we", "they", "you", "like", "including", "e", "eg", "etc", "plus", "through", "via",
                   "each", "every", "allotted", "assigned"})
# Words before the name that are not part of it: "my spots", "daily site photos", "all the invoices".
_BEFORE = frozenset({"a", "an", "the", "my", "our", "their", "all", "daily", "weekly", "monthly", "yearly", "simple",
                     "basic", "some", "any", "current", "past", "upcoming", "recent", "new", "old", "auto", "shared"})
# A line about who may do what, or what is shown, rather than what is kept.
_NOT_KEPT = re.compile(r"\b(?:can|can't|cant|cannot|could|should|must|may|only|shown?|see|sees|view|page|chart|graph|"
                       r"dashboard|calendar|report|remind|reminders?|notify|export|email|sign|login|log in)\b")


def bulleted_things(text: str) -> list[str]:
    """The things a message's bullet lines open with (two lines or more), singular, in order, once each."""
    lines = [m.group(1).lower() for m in map(BULLET.match, text.splitlines()) if m is not None]
    if len(lines) < 2:
        return []
    found: list[str] = []
    for line in lines:
        words = re.findall(r"[a-z]+(?:'[a-z]+)?|[(:,/+&\-]", line.replace("w/", "with "))
        head: list[str] = []
        for w in words:
            if not w[0].isalpha() or w in _ENDS or (head and said_done(w)):
                break
            head.append(w)
        while head and head[0] in _BEFORE:
            head = head[1:]
        if head and head[0] == "list" and len(words) > 2 and words[1] == "of":
            continue  # "list of certs expiring in the next 30 days": a page of them
        if not head or _NOT_KEPT.search(" ".join(words[: len(head) + 3])):
            continue
        if head[-1] == "list" and len(head) >= 2:
            # "guest list (name, side)", "packing list per trip": the guests, the items packed
            name = f"{head[-2]}_item" if head[-2].endswith("ing") else singular(head[-2])
        elif (len(head) <= 3 and head[-1] != singular(head[-1]) and new_thing_word(head[-1])
              and singular(head[-1]) not in KINDS_OF):  # "permit types: hot work, ...": a permit's choice
            name = singular(head[-1])
        else:
            continue
        if name not in found:
            found.append(name)
    return found


__all__ = ["BULLET", "bulleted_things"]
