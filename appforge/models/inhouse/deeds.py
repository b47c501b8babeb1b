"""Events people say with a verb rather than name: "members book classes" keeps bookings, "people borrow tools"
loans, "students enroll" enrolments. Which record each verb makes is read twice: a new app's start keeps that record
(`implied`), and a list said after the verb is the record's, not the thing's ("members book a boat for an outing
(date, start time, crew names)": each booking's date, not the boat's).
"""

from __future__ import annotations

import re

# Events people say with a verb: "people borrow packets", "students enroll", "members attend classes". Each is the
# catalogue's entity of that name, unless the app already keeps one of the words beside it.
DONE_AS = {
    "loan": (r"\b(?:borrow(?:s|ed|ing)?|lend(?:s|ing)?|lent|(?<!check in[ /])(?<!check-in[ /])(?<!check in and )(?<!check in & )check(?:s|ed)? out(?! time| date))\b",
             {"loan", "checkout", "borrowing", "lending", "rental", "booking", "reservation", "stay"}),
    "enrolment": (r"\benrol(?:l)?(?:s|ed|ing)?\b", {"enrolment", "enrollment", "registration", "signup", "booking"}),
    "donation": (r"\bdonat(?:e|es|ed|ing)\b", {"donation", "gift", "contribution", "pledge"}),
    "attendance": (r"\battend(?:s|ed|ing)?\b|\b(?:came|comes|showed up|shows up|turned up|turns up) (?:to|for)\b",
                   {"attendance", "check_in", "booking", "visit", "register"}),  # "who came to which class"
    "signup": (r"\bsign(?:s|ed|ing)?[ -]?up (?:for|to)\b|\bregister(?:s|ed)? (?:for|to|on)\b",
               {"signup", "sign_up", "registration", "booking", "enrolment", "enrollment", "rsvp", "entry", "attendance",
                "reservation", "ticket"}),
    # "members book classes", "clients can book a court": the bookings are kept, of what is booked
    "booking": (r"\b(?:i|we|you|they|people|everyone|[a-z]{3,}s)\s+(?:can\s+|could\s+|will\s+|should\s+)?book(?:s|ed)?"
                r"\s+(?:a |an |the |their |our |my )?(?!club|title|review|list|keeping)([a-z]{3,})",
                {"booking", "reservation", "appointment", "session", "rental", "hire", "enrolment", "enrollment", "signup",
                 "lesson", "visit", "ticket", "loan", "order"}),
    # "anyone can RSVP with name, email and number of guests": the RSVPs are kept
    "rsvp": (r"\b(?:can|to|will|could|should|must)\s+rsvp\b",
             {"rsvp", "registration", "signup", "sign_up", "booking", "attendee", "guest", "ticket", "reservation"}),
    # "reviewers can comment but only the director approves": the comments are kept
    "comment": (r"\bcan (?:leave |add |post |write )?comments?\b|\bcomment(?:s|ed|ing)? on\b",
                {"comment", "review", "note", "feedback", "reply", "discussion"}),
}


def deed_record(words: str, names: set[str]) -> str | None:
    """The record of the last deed `words` say: the app's name for it among `names`, else the deed's own."""
    found: tuple[int, str] | None = None
    for event, (verb, alike) in DONE_AS.items():
        for m in re.finditer(verb, words):
            kept = event if event in names else next((n for n in sorted(alike) if n in names), event)
            if found is None or m.start() > found[0]:
                found = (m.start(), kept)
    return found[1] if found is not None else None


__all__ = ["DONE_AS", "deed_record"]
