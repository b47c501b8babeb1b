"""The words that mark a list in a message and say whose it is: what opens a list of fields after a thing ("with",
"(", ":"), what makes an item prose, a rule or a way to see the app rather than a field, and what asks for a new thing.

They are the vocabulary of `listed`, kept apart from the reading so that the reader is the grammar alone.
"""

from __future__ import annotations

import re

# What introduces a list of fields after the words for a thing.
MARKERS = re.compile(r"\s*\(|\s*:\s+|\s+(?:with|w/|w|has|have|having|needs?|needing|including|incl)\s+|\s+gets\s+(?![a-z]+ed\b)|\s+-\s+"
                     r"|\s+by\s+(?:its|their)\s+(?=[a-z]+(?:\s+[a-z]+)?\s*(?:,|\band\b|\())"  # "every keg by its number, size"
                     r"|\s+(?:i|we)\s+(?:want|need|track|record|log|keep|store)(?:\s+to\s+(?:track|record|log|know|see|"
                     r"store|keep))?(?:\s+the)?\s+")
# Items that ask a question are prose: "who played in which match", "where we park".
QUESTION = frozenset({"who", "which", "where", "how", "why", "what"})
# A sentence of these is about the app, not a list of fields: "dark mode, rounded, teal buttons".
NOT_A_LIST = re.compile(r"\b(?:mode|theme|look|colou?rs?|calendar|chart|graph|kanban|board|dashboard|only|can|cant|"
                        r"login|log in|sign in|public|private|tracker|app|system|want|need|like)\b")
# An item that says who may do what is a rule, not a field: "only admins can delete them".
RULE = re.compile(r"\b(?:can|cant|can't|cannot|only|should|shouldn't|must|may|allowed|sees|views|approves|manages|"
                  r"log in|logs in|sign in|signs in)\b")
PEOPLE = re.compile(r"\b(?:i|we|you|me|us)\b")
# Field words whose list after a colon is its options, not fields: "a type: new patient, follow-up, or review".
# What a thing is there for, after "for" or "on": "bikes for sale", "tools on loan" name no sale, no loan.
FOR_WHAT = frozenset({"sale", "rent", "hire", "loan", "offer"})
CHOICE_WORDS = frozenset({"type", "types", "category", "categories", "kind", "kinds", "status", "level", "levels",
                          "stage", "stages", "priority", "priorities", "size", "sizes", "tier", "tiers", "option",
                          "method", "location", "area", "zone", "section"})  # "a location: patio, bar, main room"
ADD_TO = re.compile(r"\b(?:add(?:ing)?|store|record|track|capture|save|keep track of) (?:a |an |the |some |any )?(.+?) "
                    r"(?:to|on|for|of(?= each | every )) (?:the |my |our |all |each |every )?"
                    r"((?:[a-z]+ )?[a-z]+)\b")
# "add a rejected reason when stage is rejected": what is added, and the field whose value the condition names.
ADD_WHEN = re.compile(r"\b(?:add|need|want|store|record|track)(?:ing)? (?:a |an |the )?([a-z]+(?: [a-z]+){0,2}) "
                      r"(?:when|if|once|whenever) (?:the |a |an |its |their )?([a-z]+(?: [a-z]+)?) (?:is|are|gets|get|was)\b")
# Words after a thing that make it what an app of that kind keeps: "scrims tracker", "sign up sheet", "expense log".
KEPT_IN = frozenset({"tracker", "log", "logbook", "list", "sheet", "register", "diary", "journal", "database",
                     "catalogue", "catalog", "board", "planner", "organiser", "organizer"})
# ... and with the words for any app: "a todo list app".
KIND_WORDS = KEPT_IN | {"app", "apps", "application", "system"}
NEW_THING_MARKERS = frozenset({"(", "with", "w/", "w", ":"})
# Words that tie a new thing to the thing it belongs to: "requests for each property", "subtasks under tasks".
BELONGS = frozenset({"for", "under", "per", "to", "on", "of", "in", "inside", "within", "at"})
# Words that ask rather than name: "add", "track", "we need".
ASKING = frozenset({"add", "adding", "track", "log", "record", "keep", "need", "needs", "want", "create", "new", "let",
                    "me", "us", "to", "separate", "list", "lists", "can", "could", "you", "should", "start"})
# Words between a thing and "have"/"with" that do not change whose list it is.
MODALS = frozenset({"should", "must", "can", "could", "will", "would", "also", "now", "all", "to", "shall", "may",
                    "each", "always", "then"})
# Words after a new thing's name that say it is a thing: "a prescriptions table", "a referrals entity".
THING_WORDS = frozenset({"table", "entity", "list", "section", "page", "tab", "database", "thing"})
OWN_LIST = re.compile(r"\b([a-z]+) (?:should |could |need to |needs to |must |can )?(?:be|become|get|have) (?:their|its|a) "
                      r"own (?:list|table|thing|entity|page|section|tab|records?)$")
NEW_TABLE = re.compile(r"\b(?:add|create|make|need|want)(?:ing)? (?:a |an |new |another |separate )*([a-z]+(?: [a-z]+)?) "
                       r"(?:entity|table|model|object|record type)\b(?:[^.;]*?\b(?:linked|connected|attached|related|"
                       r"tied|belonging)\s+to\s+(?:the |each |an? |my |our )?([a-z]+))?")
# "which stylist does each appointment", "who teaches each class" is said with the doer named.
DONE_BY = re.compile(r"\bwhich ([a-z]+) (?:does|did|do|handles|handled|took|takes|worked|works|runs|ran|teaches|taught|"
                     r"leads|led|cleans|cleaned|drives|drove|is on|was on|is doing|was doing) (?:each|every|the|an?|our|my) "
                     r"([a-z]+)\b")
# Words that open a second change after "and": "... and make phone required", "... and show overdue loans".
COMMAND = re.compile(r"(?:please |pls |also |then )?(?:make|set|change|remove|delete|drop|rename|show|hide|add|let|only|"
                     r"sort|group|move|put|turn|switch|give|allow|require|limit|default|colou?r|paint)\b")
# Verbs a change opens with: an item or a field named with one is the change read as a name ("make due on required").
COMMANDING = frozenset({"make", "set", "change", "remove", "delete", "rename", "hide", "turn", "switch", "mark"})
# "i want subtasks", "add sub-projects": things of the thing they are under.
SUB_THING = re.compile(r"\bsub[- ]?([a-z]{3,}?)(?:es|s)?\b")
# What an app shows or sends rather than keeps: "reorder alerts when low".
NOTICES = frozenset({"alerts", "notifications", "warnings", "notices"})
# Items that ask for a way to see the app: "calendar pls", "a chart of sales", "dark mode".
VIEW_ITEM = re.compile(r"\b(?:calendar|chart|graph|kanban|dashboard|mode|theme|view|views)\b")

# "registrations linking campers to sessions", "sessions link a tutor and a student": a thing that joins two others
JOIN_VERBS = frozenset({"linking", "connecting", "joining", "link", "links", "connect", "connects"})


__all__ = ["ADD_TO", "ADD_WHEN", "ASKING", "BELONGS", "CHOICE_WORDS", "COMMAND", "COMMANDING", "DONE_BY", "FOR_WHAT", "JOIN_VERBS", "KEPT_IN", "KIND_WORDS", "MARKERS", "MODALS", "NEW_TABLE", "NEW_THING_MARKERS", "NOTICES", "NOT_A_LIST", "OWN_LIST", "PEOPLE", "QUESTION", "RULE", "SUB_THING", "THING_WORDS", "VIEW_ITEM"]
