"""Which words of a message name things an app keeps, by how the catalogue uses them.

"Room" is a thing in most apps that have one, "location" mostly a field; "number of players" is a count, "members
book classes" a deed of the members, "our club sells plants" what the club does. `ThingNames` reads a message's
words against the catalogue's own usage: which names are things, events (a booking points at others), attributes
(a party's size) or people, and which blueprint nearest the message holds a thing of each name. `start` builds a new
app from what it finds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import torch

from appforge.models.inhouse.listmarks import CHOICE_WORDS, FOR_WHAT, KEPT_IN
from appforge.models.inhouse.mentions import ENTRY_WORDS, NOT_MODIFIERS, UNIT_WORDS, said_done
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.rules import RULE_VERBS
from appforge.models.retrieval import Catalogue
from appforge.spec.formula import formula_names
from appforge.spec.model import RELATION_TYPES, ChoiceOption, Entity, Field, FieldType

# A name counts as a thing when at least this share of the catalogue's uses of it are entities.
THING_SHARE = 0.35
# A name is an event when at least this share of the catalogue's entities of that name point at another entity,
# and a thing when at most THING_REFERS do (or the catalogue does not know it).
EVENT_SHARE = 0.6
THING_REFERS = 0.4
# An entity brought from a blueprint this far from the message (cosine) keeps only the fields many apps keep: a cabin
# rental's guests are not a wedding's (0.33), with a side, a meal and a plus one; nor a robotics club's results a sailing
# race's, with laps and a handicap.
FAR = 0.45
COMMON_FIELD = 5  # blueprints holding a field of that name
# People named for what they tend: "game masters", "shop keepers", "dog walkers".
_WHO_TENDS = frozenset({"masters", "leaders", "managers", "owners", "keepers", "walkers", "sitters", "helpers",
                        "workers", "coordinators", "organisers", "organizers", "volunteers", "captains", "runners"})
WORKFLOW = frozenset({"status", "stage"})  # choices whose options fit most things
# Words before a noun that make it a quantity or a grouping rather than a thing the app keeps.
QUANTITY = frozenset({"of", "max", "min", "maximum", "minimum", "number", "num", "many", "per", "no", "total", "each"})
# Words before a noun that make it a verb: "I run a bakery", "customers can book online".
DOING = frozenset({"i", "we", "to", "can", "cant", "will", "should", "must", "you", "they", "who", "that", "ll", "d"})
# A word that opens a sentence and is followed by one of these is a command: "Show first the ones due", "list all".
SENTENCE_START = frozenset({"", ".", "!", "?", ";", "-"})
COMMANDED = frozenset({"the", "me", "us", "all", "first", "a", "an", "my", "our", "which", "what", "how", "only",
                       "them", "it", "every", "each", "when", "who", "whether"})
# Words after a noun that make it the kind of app rather than a thing in it: "a booking app", "expense tracker".
APP_WORDS = frozenset({"app", "apps", "application", "system", "tracker", "tool", "software", "platform", "site",
                       "website", "portal", "database", "db", "manager", "management", "spreadsheet", "sheet"})
# Verbs that, opening a sentence, ask for something rather than name a thing: "show personal bests".
COMMANDS = frozenset({"show", "list", "add", "track", "keep", "make", "let", "give", "send", "remind", "display",
                      "include", "log", "record", "note", "book", "plan", "schedule", "order", "report", "print"})
# Question words after a verb of COMMANDS make it one: "record who has it and when it's due back".
ASKED = frozenset({"who", "what", "when", "where", "which", "how", "whether", "if"})
# Words that may stand between the nouns of a list of things: "tutors, students and sessions with notes".
LIST_WORDS = frozenset({"and", "with", "w", "or", "plus", "also", "the", "my", "our", "of", "for", "each", "every",
                        "all", "their", "some", "track", "manage", "keep", "log", "record", "have", "has", "need"})
# Words for people that say who signs in or who is in charge rather than whom the app keeps a list of.
NOT_KEPT_PEOPLE = frozenset({"account", "assignee", "assigned_to", "admin", "manager", "office", "staff", "committee",
                             "hr", "ops", "sales", "qa", "pm", "lead", "rep", "counter", "reception", "crew", "team",
                             "responsible", "holder", "tech", "user", "everyone", "people", "person"})
# Words that name a thing and a deed: after people ("members book classes", "reception books appointments") the deed.
DEEDS = frozenset({"book", "order", "record", "log", "plan", "schedule", "rent", "hire", "list", "note", "check",
                   "sign", "register", "reserve", "request", "report", "review", "rate", "pay", "claim", "return",
                   "ship", "loan", "lend", "borrow", "visit", "enter", "submit", "post", "run", "manage", "track"})
# Words after a noun that make it the kind of work the app is for: "wedding planning:", "shift scheduling".
ACTIVITY_WORDS = frozenset({"planning", "planner", "tracking", "scheduling", "organising", "organizing", "organiser",
                            "organizer", "admin", "administration", "bookkeeping", "logging", "booking"})
# How the plural of a word for people mostly ends: "receptionists", "dentists", "cleaners", "tutors", "parents".
PEOPLE_ENDINGS = ("ists", "ers", "ors", "ians", "ents", "ants")
# A group the app is for, said before its list: "a bug tracker for my team: projects, bugs", "our church choir -".
GROUPS = frozenset({"team", "club", "band", "company", "business", "group", "organisation", "organization", "church",
                    "school", "family", "office", "practice", "shop", "store", "studio", "society", "charity",
                    "nonprofit", "household", "firm", "agency", "department", "crew", "choir", "troop", "lab"})


class ThingNames:
    """Which names the catalogue gives to entities, and which blueprints hold an entity of each name."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.holders: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        as_entity: Counter[str] = Counter()
        as_field: Counter[str] = Counter()
        pointing: Counter[str] = Counter()
        self.field_spread: Counter[str] = Counter()  # how many blueprints hold a field of each name
        self.spoken: dict[str, str] = {}  # "people" -> person
        self.links: dict[tuple[str, str], Field] = {}  # (booking, table) -> the catalogue's booking.table field
        self.link_names: Counter[tuple[str, str]] = Counter()  # (borrower, member): how many entities name a link so
        self.link_count: Counter[tuple[str, str]] = Counter()  # (booking, table): how many entities draw that link
        for i, bp in enumerate(catalogue.blueprints):
            self.field_spread.update({f.name for e in bp.spec.entities for f in e.fields})
            for entity in bp.spec.entities:
                self.holders[entity.name].append((i, entity))
                as_entity[entity.name] += 1
                self.spoken.setdefault(entity.name, entity.name)
                if entity.plural:
                    self.spoken.setdefault(snake(entity.plural), entity.name)
                pointing[entity.name] += any(f.type in RELATION_TYPES and f.target != entity.name for f in entity.fields)
                for f in entity.fields:
                    if f.type not in RELATION_TYPES and f.type != FieldType.user:
                        as_field[f.name] += 1
                    elif f.type in RELATION_TYPES and f.target and f.target != entity.name:
                        self.links.setdefault((entity.name, f.target), f)
                        self.link_count[(entity.name, f.target)] += 1
                        self.link_names[(f.name, f.target)] += 1
        # Which names are events that point at the others (a booking, a session) rather than things pointed at.
        self.pointing_share = {n: pointing[n] / as_entity[n] for n in as_entity}
        self.events = {n for n, share in self.pointing_share.items() if as_entity[n] >= 2 and share >= EVENT_SHARE}
        self.things = {n for n in as_entity if as_entity[n] >= THING_SHARE * (as_entity[n] + as_field[n])}
        # Words the catalogue mostly uses as fields: after a noun they make it a modifier ("party size").
        self.attributes = {n for n, k in as_field.items() if k >= 3 and n not in self.things}
        # Things most apps keep as a field: "customers, their addresses" lists the customers' address.
        self.mostly_fields = {n for n in as_entity if as_field[n] > as_entity[n]}
        # Names for people and organisations: the catalogue's entities with a way to reach them, its roles, and the
        # people its records are assigned to ("cleaner", "supplier", "teacher").
        reachable = {e.name for holders in self.holders.values() for _, e in holders
                     if any(f.type in (FieldType.email, FieldType.phone) and f.name in ("email", "phone", "mobile")
                            for f in e.fields)}  # its own ("owner_phone" is a horse's owner's)
        said_of_people = {r.name for bp in catalogue.blueprints for r in bp.spec.roles}
        self.roles = frozenset(said_of_people)
        said_of_people |= {f.name for bp in catalogue.blueprints for e in bp.spec.entities for f in e.fields
                           if f.type == FieldType.user}
        self.people = {n for n in reachable | said_of_people if "_" not in n} - NOT_KEPT_PEOPLE

    def named(self, text: str, plainly: bool = False) -> list[str]:
        """Catalogue entity names the text mentions, in the order it mentions them.

        With `plainly` (the model's own start; training's is as it was): "check-ins" is one word, a sentence that
        opens with "show" or "list" is a command, and "wedding planner" is the kind of app, like "booking app".
        """
        if plainly:
            text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower())
        tokens = tokenize(text)
        found: list[str] = []
        i = 0
        depth = 0  # inside brackets a noun before another word is a field's ("(meal choice, table number)")
        outside = {singular(w) for w in tokenize(re.sub(r"\([^)]*\)", " ", text.lower()))}
        kinds = False  # "job type (flyers, posters, cards)": the kinds a choice offers, never things to keep
        while i < len(tokens):
            depth += (tokens[i] == "(") - (tokens[i] == ")")
            kinds = (kinds or (tokens[i] == "(" and i > 0 and tokens[i - 1] in CHOICE_WORDS)) and depth > 0
            before = tokens[i - 1] if i else ""
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            # "for each job I want the bike, what's wrong, ...": the thing the list that follows is of
            each_of = plainly and before in ("each", "every") and i >= 2 and tokens[i - 2] == "for" and after in ("i", "we")
            # "schedule of games", "a log of walks": the games, the walks (but "number of rooms" is a count)
            listing = (plainly and before == "of" and i >= 2 and tokens[i - 2] in _LIST_OF | _CHARTED
                       and tokens[i] != singular(tokens[i]))
            if (not tokens[i].isalpha() or (before in QUANTITY and not each_of and not listing) or before in DOING
                    or (before in SENTENCE_START and after in COMMANDED)
                    or (plainly and before in SENTENCE_START | {"and", "also", "please", "pls", "then"}
                        and tokens[i] in COMMANDS)
                    or (plainly and tokens[i] in COMMANDS and after in ASKED)  # "..., record who has it"
                    or (plainly and _says_it_does(tokens, i))
                    or (plainly and self._deed_of_people(tokens, i))
                    or (plainly and _entry_of(tokens, i))
                    or (plainly and _the_group(tokens, i))
                    or (plainly and _said_with(tokens, i))
                    or (plainly and before in ("their", "its") and singular(tokens[i]) in self.mostly_fields)
                    or (plainly and _a_role(tokens, i))
                    or (plainly and before in ("who", "whoever"))  # "who drives": a question, not a drive
                    # "a public page listing upcoming reunions": what the page does, no listings kept
                    or (plainly and tokens[i].endswith("ing") and before in _SHOWING_PLACES and after.isalpha())
                    # "show them as cards", "records as a grid": how a list is shown, not cards to keep
                    or (plainly and singular(tokens[i]) in _SHOWN_AS
                        and (before == "as" or (before in ("a", "an") and i >= 2 and tokens[i - 2] == "as")))
                    or (plainly and i >= 2 and tokens[i - 2] in ("who", "whoever") and before.endswith("s"))  # "sings lead"
                    or (plainly and kinds)
                    # "game masters", "store managers": the people, not a game kept beside them
                    or (plainly and tokens[i] == singular(tokens[i]) and after != singular(after)
                        and (singular(after) in self.people or after in _WHO_TENDS) and singular(after) not in self.things)
                    or (plainly and before in ("for", "on") and tokens[i] in FOR_WHAT)
                    or (plainly and after in ("member", "members"))  # "team members": people, no team of them
                    or (plainly and tokens[i] in ("person", "someone", "somebody") and after in ("who", "that"))
                    # "work orders (issue, priority, assigned to)": a word only said in the bracket is the order's
                    or (plainly and depth > 0 and tokens[i] not in self.people and singular(tokens[i]) not in outside
                        and (tokens[i] == singular(tokens[i]) or (before.isalpha() and before not in LIST_WORDS)))
                    # "players (name, parent contact, jersey number)": the player's parent's contact, no contacts kept
                    or (plainly and depth > 0 and tokens[i] == singular(tokens[i]) and before.isalpha()
                        and before not in LIST_WORDS and after in (",", ")", "/"))
                    # ... and "item (flyers, business cards)": the kinds of an item, not cards to keep
                    or (plainly and after in ("in", "out", "up", "off") and tokens[i] == singular(tokens[i])
                        and (i + 2 == len(tokens) or tokens[i + 2] in ("/", "and", "&", ",", ".", ";", ")", "dates",
                                                                      "date", "times", "time")))
                    or (plainly and tokens[i] in ("people", "everyone", "anyone", "someone", "users")
                        and after in ("can", "could", "may", "will", "should", "must"))  # "tools people can borrow"
                    or (plainly and tokens[i] in APP_WORDS and after in ("for", "to", "that", "which"))
                    # "photography studio booking - clients book sessions": the kind of app, no bookings beside them
                    or (plainly and tokens[i] in ACTIVITY_WORDS | {"maintenance", "upkeep"} and after in ("-", ":")
                        and i <= 3)):
                i += 1
                continue
            for n in (2, 1):
                span = tokens[i : i + n]
                if len(span) < n or not all(w.isalpha() for w in span):
                    continue
                name = self._name("_".join(span[:-1] + [singular(span[-1])])) or self._name("_".join(span))
                after = tokens[i + n] if i + n < len(tokens) else ""
                then = tokens[i + n + 1] if i + n + 1 < len(tokens) else ""
                # "students log books": what they do, not a student's log (as "client name" is a client's name)
                done = after in DEEDS and then.isalpha() and then not in LIST_WORDS and span[-1] != singular(span[-1])
                # "daily sales totals", "sales figures": the sales, counted up (but "party size" is the party's)
                done = done or (plainly and after in _COUNTED_UP and span[-1] != singular(span[-1]))
                if (name is not None and (done or singular(after) not in self.attributes and after not in self.attributes)
                        and after not in APP_WORDS and before not in self.attributes
                        and not (plainly and not done and (after in KEPT_IN and not _kept_beside(tokens, i, after)
                                                           or after in ACTIVITY_WORDS and before in SENTENCE_START))
                        and not (plainly and depth > 0 and after.isalpha())):
                    if name not in found:
                        found.append(name)
                    i += n - 1
                    break
            i += 1
        return found

    def _deed_of_people(self, tokens: list[str], i: int) -> bool:
        """"members book classes", "reception books appointments", "staff log hours": a deed of the people before it."""
        word, before = tokens[i], tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if singular(word) not in DEEDS and word not in DEEDS:
            return False
        many = before != singular(before) and (singular(before) in self.people or before.endswith(PEOPLE_ENDINGS))
        if many and word == singular(word):
            return True  # "receptionists book, dentists write notes"
        if not after.isalpha() or after in LIST_WORDS:
            return False
        return many or before in NOT_KEPT_PEOPLE | {"reception", "receptionist", "everyone", "volunteers", "parents"}

    def listed(self, text: str, named: list[str], plainly: bool = False, known: bool = False) -> list[str]:
        """Plural nouns the text lists as things ("kittens, litters and adopters") that the catalogue does not name
        (with `known`, those it names too); with `plainly` (the model's own start), "supplies like wax and wicks"
        lists supplies, not wax and wicks."""
        tokens = tokenize(text)
        out: list[str] = []
        depth = 0
        kept_on = self.in_field_lists(text) if plainly else set()
        if plainly:  # "training sign-offs": the end of one word, not offs
            kept_on |= set(re.findall(r"[a-z]-([a-z]+)", text.lower()))
        for i, w in enumerate(tokens):
            depth += (w == "(") - (w == ")")
            one = singular(w)
            if depth > 0 or len(w) < 4 or one == w or not w.isalpha() or one in named or (one in self.things and not known):
                continue  # inside brackets a list is of fields or options, not things
            if w in kept_on or (plainly and w in UNIT_WORDS):
                continue  # "date, liters, price": what is measured in liters
            if plainly and "/" in (tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""):
                continue  # "rounds with wins/losses": the options of a result, not wins and losses to keep
            before = tokens[i - 1] if i else ","
            after = tokens[i + 1] if i + 1 < len(tokens) else "."
            # "jobs, materials used, and hrs": the materials used on each, kept though apps write a material down
            if plainly and (said_done(after) or after == "used") and (tokens[i + 2] if i + 2 < len(tokens) else ".") in (",", "and", ".", ";"):
                after = ","
            elif one in self.attributes or w in self.attributes:
                continue
            # "a list of cemeteries with the council contact": the cemeteries listed (but "number of rooms" counts)
            kept_list = plainly and before == "of" and i >= 2 and tokens[i - 2] in _LIST_OF
            if (before in QUANTITY and not kept_list) or before in DOING or (
                    before.isalpha() and before not in LIST_WORDS and not (plainly and _work_done(tokens, i))):
                continue
            if after.isalpha() and after not in LIST_WORDS and not (plainly and after == "like") and not (
                    plainly and known and after in _FROM_WHOM):
                continue
            if plainly and set(tokens[max(0, i - 3) : i]) & {"like", "eg", "such", "including", "incl"}:
                continue  # the examples of a thing ("wax and wicks"), not things of their own
            if (plainly and before in ("or", "and") and i >= 2 and tokens[i - 2] in RULE_VERBS
                    and singular(tokens[i - 2]) not in self.things):
                continue  # "the board approves or denies": what it does, no denies to keep
            if one not in out:
                out.append(one)
        # Unknown words alone make a list of things only when there are three of them ("cheers, thanks" is not).
        return out if (named and out) or len(out) >= 3 or known else []

    def in_field_lists(self, text: str) -> set[str]:
        """Plural words listed after "with" among what a thing keeps ("orders with wedding date, tiers, flavors,
        delivery address, deposit + balance"): the tiers and flavors are written on the order, not kept as lists of
        their own. A list after "with" is of fields when at least two of its items end in a word apps keep as a field.
        """
        out: set[str] = set()
        plain = re.sub(r"\([^)]*\)", " ", text.lower().replace("w/", "with "))
        for clause in re.split(r"[.;:!?\n]", plain):
            opened = re.search(r"\b(?:with|w)\b", clause)
            if opened is None:
                continue
            items = [re.findall(r"[a-z]+", i) for i in re.split(r",|&|\+|\band\b|\bplus\b", clause[opened.end():])]
            items = [i for i in items if i]
            if items and len(items[0]) == 1 and items[0][0] != singular(items[0][0]) and self._name(singular(items[0][0])):
                continue  # "a blog with posts, categories and comments": the app's things, the posts first
            fieldy = sum(singular(i[-1]) in self.attributes or i[-1] in self.attributes for i in items)
            if fieldy >= 2:
                out |= {i[0] for i in items if len(i) == 1 and singular(i[0]) != i[0]}
        return out

    def _name(self, spoken: str) -> str | None:
        name = self.spoken.get(spoken)
        return name if name in self.things else None

    def _nearest_holder(self, name: str, query: torch.Tensor, exclude: frozenset[str] = frozenset(),
                        at_least: float = 0.0) -> Entity | None:
        holders = [(i, e) for i, e in self.holders.get(name, []) if self.catalogue.blueprints[i].name not in exclude]
        if not holders:
            return None
        scores = self.catalogue.vectors[[i for i, _ in holders]] @ query
        if float(scores.max()) < at_least:
            return None
        return holders[int(scores.argmax())][1]


    def typical_holder(self, name: str, query: torch.Tensor, exclude: frozenset[str] = frozenset(),
                       at_least: float = 0.0, close: float = 0.5, said: str = "") -> Entity | None:
        """The catalogue's entity for `name` as an app near this one keeps it or, when no app holding it is near
        (`close`), as most apps keep it: a dog walker's clients are not a personal trainer's, with goals and injuries.

        The fields are those at least a third of the catalogue's entities of that name hold, and at least two of them
        (of three, one is no habit), each as the nearest of them holds it, in its order; with fewer than two such
        fields, the nearest entity as it is.
        """
        holders = [(i, e) for i, e in self.holders.get(name, []) if self.catalogue.blueprints[i].name not in exclude]
        if not holders:
            return None
        scores = self.catalogue.vectors[[i for i, _ in holders]] @ query
        best = float(scores.max())
        nearest = holders[int(scores.argmax())][1]
        if best < at_least:
            return None
        if best < FAR and len(holders) < 3:
            return self._common_fields(nearest, said)
        if best >= close or len(holders) < 3:
            return nearest
        counts: dict[str, int] = defaultdict(int)
        for _, e in holders:
            for f in e.fields:
                counts[f.name] += 1
        common = {n for n, c in counts.items() if c >= 2 and c * 3 >= len(holders)}
        fields: list[Field] = []
        words = _words_of(said)
        top = int(scores.argmax())
        for k in scores.argsort(descending=True).tolist():
            # a choice the nearest app lacks is another app's own: an etsy shop's products take no cannabis "form"
            # (and one status or stage: a piano student's pieces have no pottery stage beside their status)
            staged = any(g.name in WORKFLOW for g in fields)
            # one due date, whether an app calls it due_on or due
            when = {_when(g.name) for g in fields if g.type in (FieldType.date, FieldType.datetime)}
            fields += [f for f in holders[k][1].fields if f.name in common and f.name not in {g.name for g in fields}
                       and not (f.type in (FieldType.date, FieldType.datetime) and _when(f.name) in when)
                       and (k == top or f.type not in (FieldType.choice, FieldType.tags) or _named_in(f, words)
                            or (f.name in WORKFLOW and not staged))]
        if len(fields) < 2:
            return nearest
        if best < FAR:
            # no app near: a coffee shop's products are no pharmacy's (a form: tablet, capsule) nor a bar's
            fields = [_plain_workflow(f, words) for f in fields if f.type not in (FieldType.choice, FieldType.tags)
                      or f.name in WORKFLOW or _named_in(f, words)]
        return nearest.model_copy(update={"fields": fields})

    def _common_fields(self, entity: Entity, said: str) -> Entity:
        """`entity` with the fields many apps keep, its first date (when it happened), and those the message names
        (`said`), but no choice other than a status (their options are its app's); a name first where none is left to
        show it by."""
        dates = [f.name for f in entity.fields if f.type in (FieldType.date, FieldType.datetime)]
        words = _words_of(said)
        kept = [f for f in entity.fields if f.type in RELATION_TYPES or f.name in WORKFLOW or _named_in(f, words)
                or (f.type not in (FieldType.choice, FieldType.tags) and f.name not in self.things
                    and (self.field_spread[f.name] >= COMMON_FIELD or f.name in dates[:1]))]
        names = {f.name for f in kept}
        kept = [_plain_workflow(f, words) for f in kept
                if f.type != FieldType.computed or formula_names(f.formula or "") <= names]
        if not any(f.type == FieldType.text for f in kept if f.type not in RELATION_TYPES):
            kept.insert(0, Field(name="name", type=FieldType.text))
        return entity.model_copy(update={"fields": kept})


# What a list of things is called: "schedule of games", "a log of walks", "record of repairs".
_LIST_OF = frozenset({"schedule", "list", "log", "record", "records", "history", "calendar", "register", "roster",
                      "rota", "database", "inventory", "catalog", "catalogue", "collection", "directory", "diary"})
# Where an app shows things: "a page listing upcoming talks", "a screen showing today's jobs".
_SHOWING_PLACES = frozenset({"page", "pages", "app", "site", "screen", "view", "board", "feed", "form", "dashboard",
                             "website", "portal", "widget", "display"})
# What sums a kept thing up: "a chart of sales per month", "daily sales totals".
_CHARTED = frozenset({"chart", "graph", "plot", "breakdown", "summary", "report", "totals"})
_COUNTED_UP = frozenset({"totals", "figures", "numbers", "stats", "statistics"})
# "orders from garden centers", "invoices to clients": a thing listed with whom it is from or to
_FROM_WHOM = frozenset({"from", "to"})
_NOT_WORK = frozenset({"during", "including", "according", "regarding", "following", "remaining", "existing"})


# How a list may be shown: "as cards", "as a table".
_SHOWN_AS = frozenset({"card", "tile", "table", "list", "grid", "gallery", "board", "calendar", "timeline", "map"})


def _kept_beside(tokens: list[str], i: int, kept_in: str) -> bool:
    """"beds (name, size), and a harvest log with weight in kg": a log said after the app's other things keeps that
    thing (harvests); opening the message, "harvest log" is the kind of app."""
    before = tokens[i - 1] if i else ""
    return (kept_in in _LOGS and before in ("a", "an", "the", "and", "plus", ",", "our", "my")
            and any(t in (".", ",", ";", "!", "?") for t in tokens[:i]))


_LOGS = frozenset({"log", "logbook", "list", "register", "diary", "journal"})


def _work_done(tokens: list[str], i: int) -> bool:
    """"snow plowing routes and customers", "cleaning jobs": the things of the work the app is for, said after the
    work at the head of the message; further on, "feeding instructions" are a field of what is listed."""
    before = tokens[i - 1]
    return (before.endswith("ing") and len(before) >= 6 and before not in _NOT_WORK and not before.endswith("thing")
            and (i == 1 or (i == 2 and tokens[0].isalpha())))


def _plain_workflow(field: Field, words: set[str]) -> Field:
    """A status or stage brought from an app far from this one moves through plain steps, not that app's own (a
    raffle's tickets are not dropped off for cleaning), unless the message says one of its steps."""
    if field.name not in WORKFLOW or field.type != FieldType.choice or any(
            {singular(w) for w in re.findall(r"[a-z]+", o.value.lower())} & words - {"in", "to", "on", "of"}
            for o in field.options):
        return field
    return field.model_copy(update={"options": [ChoiceOption(value=v) for v in ("New", "In progress", "Done")],
                                    "default": None})


def _when(name: str) -> str:
    """What a date field dates, whatever its ending: due, due_on and due_date are one."""
    return re.sub(r"_(?:on|at|date|time|by)$", "", name)


def _words_of(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}


def _named_in(field: Field, words: set[str]) -> bool:
    """Whether the message's words hold every word of the field's name ("proof approved")."""
    return all(singular(w) in words for w in field.name.split("_"))


def _says_it_does(tokens: list[str], i: int) -> bool:
    """"Our nonprofit runs after-school tutoring", "the club sells plants": after "our club", a word in -s followed
    by more words is what the club does, not a thing it keeps ("my shop orders and customers" are things)."""
    if i < 2 or not tokens[i].endswith("s") or tokens[i].endswith("ss"):
        return False
    noun, det = tokens[i - 1], tokens[i - 2]
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (det in ("our", "my", "the", "this", "his", "her", "their", "a", "an") and noun.isalpha()
            and singular(noun) == noun and not noun.endswith("ly") and after.isalpha()
            and after not in LIST_WORDS | AFTER_A_THING)  # "the monthly payments against each lease": payments kept


# Words after a noun in -s that make it a thing said with whom or what it goes, not a deed: "payments against a lease".
AFTER_A_THING = frozenset({"against", "per", "from", "to", "at", "on", "in", "by", "under", "into", "over", "about"})


def _entry_of(tokens: list[str], i: int) -> bool:
    """"service records", "budget items": an entry word after a noun names a record of that noun, not the catalogue's
    record or item (`things_listed` keeps it under both words)."""
    if i < 1 or singular(tokens[i]) not in ENTRY_WORDS or tokens[i] == singular(tokens[i]):
        return False
    before = tokens[i - 1]
    return (before.isalpha() and len(before) > 2 and before not in LIST_WORDS | QUANTITY | DOING | NOT_MODIFIERS
            and not before.endswith("ly"))


def _said_with(tokens: list[str], i: int) -> bool:
    """"guests with rsvp and meal choice": a word said in the one form after "with" in a list of things is what
    each of them has, not a thing of its own ("clients with their dogs" keeps dogs)."""
    end = i
    while end < len(tokens) and tokens[end].isalpha() and tokens[end] not in ("and", "with", "w", "per", "each"):
        end += 1
    if any(w != singular(w) for w in tokens[i:end]):
        return False  # "birds with leg band, and egg counts": a thing of its own after all
    k = i - 1
    while k >= 0 and i - k <= 8 and (tokens[k].isalpha() or tokens[k] in (",", "&", "+")) and tokens[k] not in ("with", "w"):
        k -= 1
    if k < 1 or tokens[k] not in ("with", "w") or not tokens[k - 1].isalpha():
        return False
    return tokens[k - 1] != singular(tokens[k - 1]) and not (set(tokens[k + 1 : i]) & {"their", "its", "his", "her"})


def _a_role(tokens: list[str], i: int) -> bool:
    """"contact person", "sales person": a role some record names, not a person of its own to keep (and not a contact)."""
    before, after = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
    return ((tokens[i] == "person" and before.isalpha() and before not in ("a", "an", "the", "each", "every", "per", "one",
                                                                          "that", "this", "which", "any", "no", "and", "or"))
            or after == "person")


def groups_served(text: str) -> set[str]:
    """The group an app is for ("for my band:", "our club -"), which it does not keep as a thing."""
    tokens = tokenize(text)
    return {tokens[i] for i in range(len(tokens)) if _the_group(tokens, i)}


def _the_group(tokens: list[str], i: int) -> bool:
    """"for my team:", "our church cleaning team -", "for a small team.": the group the app is for, said before what
    it keeps."""
    if tokens[i] not in GROUPS:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    if after not in (":", "-", ".", ",", "!", ";", "with", "w", "and", "so", "but") and after.isalpha():
        return False  # ("task manager for my team with projects, tasks": the team it is for, too)
    j = i - 1
    while j >= 0 and tokens[j].isalpha() and tokens[j] not in ("my", "our", "the", "his", "her", "their", "a", "an"):
        j -= 1
    # "bug tracker for a small team.", "i coach a youth swim team and": the team it is for, as "for our team"
    return j >= 0 and (tokens[j] in ("my", "our") or (tokens[j] in ("a", "an") and j >= 1 and tokens[j - 1] in _RUNS)) and i - j <= 4


# What a person does with the group the app is for: "for a small team", "i coach a youth swim team".
_RUNS = frozenset({"for", "coach", "run", "manage", "lead", "own", "have", "in", "organise", "organize", "captain"})


def tokenize(text: str) -> list[str]:
    """Words and the punctuation between them: a comma ends a noun phrase as surely as a word does."""
    return re.findall(r"[a-z]+|[^\sa-z]", text.lower())


__all__ = ["AFTER_A_THING", "APP_WORDS", "DEEDS", "DOING", "LIST_WORDS", "NOT_KEPT_PEOPLE", "QUANTITY", "THING_REFERS", "ThingNames", "groups_served",
           "tokenize"]
