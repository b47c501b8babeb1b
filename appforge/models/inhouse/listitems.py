"""Which items of a list are fields of the thing it follows, and how each is said: "menu items w/ price, daily
locations, sales" stops at the locations (another thing); "a type: new, repeat" holds a choice's options; "price for
the 6-week course" is the price. `ListedFields` reads the lists; this is its judgement of one list's items.
"""

from __future__ import annotations

import re

from appforge.models.inhouse.fieldtypes import MEASURE_UNITS, UNITS, FieldTypes
from appforge.models.inhouse.itemfield import CONDITION, FILLER, MAX_ITEM_WORDS, name_words, paired, spaced, unasked
from appforge.models.inhouse.listmarks import (
    CHOICE_WORDS,
    COMMANDING,
    MARKERS,
    NOT_A_LIST,
    PEOPLE,
    QUESTION,
    RULE,
    VIEW_ITEM,
)
from appforge.models.inhouse.listparts import list_items
from appforge.models.inhouse.mentions import ENTRY_WORDS, entity_of, said_done
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.slots import NOT_PLURALS
from appforge.spec.model import RESERVED_ENTITY_NAMES, Entity, Field, FieldType

# Options that make a yes/no, not a choice with a name of its own.
_YES_NO = frozenset({"yes", "no", "y", "n"})
# A choice said by its options alone: "batting/bowling/allrounder", "pass or fail", "upright, grand or digital".
_ONE_WORD = r"[a-z]+(?:-[a-z]+)?"
_VALUE = rf"{_ONE_WORD}(?: {_ONE_WORD})?"
_SLASHED = re.compile(rf"{_ONE_WORD}(?:\s*/\s*{_ONE_WORD})+", re.IGNORECASE)
_EITHER = re.compile(rf"({_VALUE})((?:\s*,\s*{_VALUE})*)\s+or\s+({_VALUE})", re.IGNORECASE)


class ListItems:
    """The catalogue's field names and thing names, asked about the items of one list."""

    def __init__(self, types: FieldTypes, things: frozenset[str] = frozenset()) -> None:
        self.types = types
        self.things = things  # names some blueprint keeps as an entity

    def _a_field(self, words: list[str]) -> bool:
        """Whether the catalogue names fields so ("notes", "tags", "photos"), so the words ask for a field."""
        name = snake(" ".join(words))
        one = snake(" ".join(words[:-1] + [singular(words[-1])]))
        # "invoices for a client with total": a plural some app keeps as a thing is one, though others keep a field
        names = (name,) if one != name and one in self.things else (name, one)
        return any(sum(self.types.by_name.get(n, {}).values()) >= 2 for n in names) or words[-1] in (
            "field", "fields", "column", "columns", "checkbox", "box", "option", "options")

    def _a_field_word(self, words: list[str]) -> bool:
        """Whether the words end in what apps name fields ("emails", "ticket type"), not a thing ("dogs")."""
        return self._a_field(words) or sum(self.types.by_name.get(singular(words[-1]), {}).values()) >= 2

    def _options_of(self, word: str, values: list[str], words_for: dict[str, str]) -> bool:
        """Whether a list after "<word>:" holds the options of a field `word` ("a type: new, repeat", "a location:
        patio, bar, main room") rather than fields: a word for kinds, or a plain noun followed by values that are
        not field names."""
        if word in CHOICE_WORDS:
            return True
        return (len(values) >= 2 and singular(word) == word and word not in words_for and word not in FILLER
                and all(len(v.split()) <= 3 for v in values) and not self._fieldy(values)
                and not things_of_the_app(values, words_for)  # "a volunteer schedule: ministries, volunteers"
                and not any(MARKERS.search(f" {v.lower()} ") for v in values))  # "homework: assignments with subject"

    def _fieldy(self, items: list[str]) -> bool:
        """Whether most items are made of words the catalogue uses in field names ("artist, album, year")."""
        known = [all(w in self.types.by_word or singular(w) in self.types.by_word
                     for w in name_words(re.sub(r"\(.*?\)", "", i.lower())))
                 for i in items]
        return sum(known) * 2 >= len(known)

    def _fields_only(self, items: list[str], words_for: dict[str, str], bracketed: bool) -> list[str]:
        """The items up to the first that is another thing ("menu items w/ price, daily locations, sales")."""
        out = []
        first = name_words(items[0].lower()) if items else []
        if (2 <= len(items) <= 3 and len(first) >= 2 and first[-1] == "name" and entity_of(first[:-1], words_for) is None
                and all(i.strip().lower() in ("phone", "email", "address", "number", "mobile") for i in items[1:])):
            # "an emergency contact name + phone": the contact's phone, not the member's
            items = items[:1] + [f"{' '.join(first[:-1])} {i.strip().lower()}" for i in items[1:]]
        for item in [part for i in items for one in paired(unasked(i)) for part in spaced(self.types, one)]:
            item = CONDITION.sub("", item)  # "a fine amount if returned late": the fine
            either = re.match(r"^(.+?)\s+[-:]\s+([a-z][a-z ]*?(?:\s+or\s+[a-z][a-z ]*?)+)\s*$", item, re.IGNORECASE)
            if either is not None:
                # "a delivery option - pickup or delivery": the option and its values
                values = [v.strip() for v in re.split(r"\s+or\s+", either.group(2))]
                item = f"{either.group(1)} ({'/'.join(values)})"
            kinds = [v.strip() for v in item.split("/")]
            if (len(kinds) >= 3 and all(re.fullmatch(r"[a-z]+(?: [a-z]+)?", v.lower()) and v.lower() != singular(v.lower())
                                        for v in kinds)
                    and sum(self._a_field(v.lower().split()) for v in kinds) * 2 < len(kinds)):
                item = f"type ({item})"  # "Packaging runs (kegs/cans/bottles, qty)": the kinds of run, said alone
                # (and "idea/booked/recorded" the stages of a status)
            slashed = _SLASHED.fullmatch(item.strip())
            low = [v.strip().lower() for v in item.split("/")] if slashed is not None else []
            plain = bool(low) and all(v == singular(v) for v in low) and not set(low) <= _YES_NO and not set(low) & (
                UNITS | MEASURE_UNITS) and not (len(low) == 2 and low[1] in (f"un{low[0]}", f"in{low[0]}", f"non{low[0]}"))
            if plain:
                # "players (name, phone, batting/bowling/allrounder)": a choice said by its options alone (not
                # "wins/losses", "paid/unpaid", "mg/dl", "cleaned/oiled", which other readers take)
                values = [v.strip() for v in item.split("/")]
                named = self.types.choice_offering(values)
                if named is not None or not any(self._a_field([v]) or v.endswith("ed") for v in low):
                    item = f"{named or 'type'} ({'/'.join(values)})"
            either = _EITHER.fullmatch(item.strip())
            if either is not None:
                values = [either.group(1), *re.findall(_VALUE, either.group(2), re.IGNORECASE), either.group(3)]
                # "pass or fail" is a result, "weekly or fortnightly" a frequency, as apps name such a choice
                named = self.types.choice_offering(values)
                if values[-1].lower() != "not" and not {v.lower() for v in values} <= _YES_NO and (
                        named is not None or not any(self._a_field(v.lower().split()) for v in values)):
                    item = f"{named or 'type'} ({'/'.join(values)})"  # "pianos (make, model, upright or grand)"
            like = re.match(r"^(.+?)\s+(?:like|such as|e\.?g\.?,?)\s+([^\s/]+(?:\s*/\s*[^\s/]+)+)\s*$", item, re.IGNORECASE)
            if like is not None:
                item = f"{like.group(1)} ({like.group(2)})"  # "size like A4/A3/SRA3": a size and its kinds
            elif re.search(r"\s(?:like|such as|e\.?g\.?,?)\s", item.lower()) and not re.match(r"^(?:like|such as|e\.?g)\b", item.lower()):
                item = re.split(r"\s(?:like|such as|e\.?g\.?,?)\s", item, maxsplit=1, flags=re.IGNORECASE)[0]  # "notes like 'no
                # fabric softener'": the notes, and what one may say
            short = re.match(r"^([a-z]+(?: [a-z]+)?) for (?:the|a|an|each|every|my|our) ", item.lower())
            if short is not None and sum(self.types.by_name.get(snake(short.group(1)), {}).values()) >= 2:
                item = short.group(1)  # "price for the 6-week course"
            shown = re.match(r"^([a-z]+(?: [a-z]+)?) (?:on|in|as) (?:a |the )?(?:kanban |pipeline )?(?:board|kanban)$",
                             item.lower())
            if shown is not None:
                item = shown.group(1)  # "status on a board": the status, which the board is drawn by
            counted = re.search(r"(?:^|\s-\s|:\s)\s*how many ((?:days|weeks|months|hours|minutes|times) "
                                r"(?:between|per|a|each|since) [a-z]+)\s*$", item.lower())
            if counted is not None:
                # "a watering schedule - how many days between waterings": a count of days
                item = counted.group(1)
            # "status idea/booked/recorded/edited": the options after the name are no words of it
            words = name_words(re.sub(r"\(.*?\)|\s+[a-z][a-z-]*(?:\s*/\s*[a-z][a-z -]*){2,}$", "", item.lower()))
            if not words or len(words) > MAX_ITEM_WORDS or words[0] in QUESTION or RULE.search(item.lower()):
                continue
            if len(words) >= 3 and item.lower().split()[0] in COMMANDING:  # a cheese's "make date" is a field
                continue  # "loans: add a late fee and make due on required": a second change, not a field
            per = re.search(r"\b(?:per|for each|for every|of each|against (?:each|every|a|the)) ([a-z]+)\s*$", item.lower())
            if per is not None and out and entity_of([per.group(1)], words_for) is not None:
                break  # "transactions with category and amount, monthly budget per category": the categories' budget
            if VIEW_ITEM.search(item.lower()):
                continue  # "instructor & plane, calendar pls": how to see the list, not a field in it
            if re.search(r"\s(?:with|w/|has|have)\s", item.lower()) and not out:
                break  # "plants with price, stock", "each wedding has a couple, date": the list is the plants'
            plural_thing = words[-1] != singular(words[-1]) and (
                entity_of(words, words_for) is not None  # "field trips": the words name the thing, "field" and all
                or entity_of(re.findall(r"[a-z]+", item.lower()), words_for) is not None)
            if not bracketed and out and len(item.split()) >= 3 and re.search(r"\b(?:they|their|them)\b", item.lower()):
                break  # "grade, color and setter, members log their sends": a sentence about what others do
            if len(words) >= 3 and words[0] != singular(words[0]) and entity_of(words[:1], words_for) and out:
                break  # "name, bio and photo, and classes pick a coach": a sentence about another thing
            if plural_thing and not bracketed and out:
                break  # "menu items w/ price, daily locations": the list has moved on to other things
            if not bracketed and out and "(" in item and words[-1] not in CHOICE_WORDS and (
                    entity_of(words, words_for) is not None or (
                    len(words) > 1 and words[-1] in ENTRY_WORDS | {"histories"} and entity_of(words[:-1], words_for))):
                break  # "cards with front, back, and review history (when, right?)": the next thing and its list (but
                # "category (travel, meals)" is this one's category, its kinds said)
            if not bracketed and out and (re.search(r"\s(?:with|w/)\s", item.lower()) or (
                    len(words) == 2 and entity_of(words[:1], words_for) and words[0] != singular(words[0])
                    and said_done(words[1]))):
                break  # "parts used with price", "payments received": the next thing, with its own list
            out.append(item)
        return out

    def _mixed(self, sentence: str, words_for: dict[str, str]) -> list[tuple[str, list[str], bool]]:
        """"customers, their addresses, cleanings, which cleaner went, how much we charged, whether they paid": a
        list of things, each followed by what is kept of it, said as "their ..." or as a question."""
        found: list[tuple[str, list[str], bool]] = []
        current: str | None = None
        for item in list_items(sentence.rsplit(": ", 1)[-1]):
            low = re.sub(r"\s*\([^)]*\)", "", item.strip().lower())  # "each cat (name, age)": the cat
            words = name_words(low)
            if not words:
                continue
            field = unasked(low)
            per = re.match(r"^([a-z]+(?: [a-z]+)??) (?:assigned |picked |chosen )?(?:per|for each|for every|on each) ([a-z]+)$", field)
            whose = entity_of([per.group(2)], words_for) if per is not None else None
            if (whose is not None and entity_of(name_words(per.group(1)), words_for) != whose
                    and per.group(1).split()[-1] == singular(per.group(1).split()[-1])):  # "budget items per couple": theirs
                found.append((whose, [per.group(1)], False))  # "driver assigned per route": each route's driver
                continue
            their = re.match(r"^(?:their|its|his|her) (.+)$", low)
            if their is not None and low.startswith("its ") and (len(name_words(their.group(1))) > 3 or re.match(
                    r"(?:become|been|got|gotten|getting|going|a|an|the|not|so|just|only|really|very|too|all|more)\b",
                    their.group(1))):
                continue  # "schools, its become an actual business now": "it's" typed without its apostrophe
            if field == low and their is None:
                thing = entity_of(words, words_for)
                each = len(words) >= 2 and words[-2] in ("each", "every")  # "keep track of each cat"
                thing = thing if thing is not None and (words[-1] != singular(words[-1]) or each) else None
                if thing is not None and current is not None and current != thing and found:
                    found.append((thing, [current.replace("_", " ")], False))  # "customers, ..., cleanings": theirs
                current = thing
                continue
            if current is None or len(name_words(field)) > MAX_ITEM_WORDS:
                continue
            said = their.group(1) if their is not None else field
            if entity_of(name_words(said), words_for) is None or their is None:
                found.append((current, self._fields_only([said], words_for, bracketed=False), False))
        return [(e, items, asked) for e, items, asked in found if items]


def things_of_the_app(items: list[str], words_for: dict[str, str], holder: str | None = None) -> bool:
    """"customers, their addresses, cleanings", "jobs at client properties, crew members assigned, materials, and
    invoices": a list two of whose items open or close with the plural of a thing the app keeps lists those things;
    so does "volunteers for a marathon: volunteers, stations along the course", which names its `holder` again."""
    def a_thing(words: list[str]) -> bool:
        return any(w != singular(w) and entity_of([w], words_for) is not None for w in {words[0], words[-1]})
    said = [w for w in (name_words(i.lower()) for i in items) if w]
    return sum(a_thing(w) for w in said) >= 2 or any(
        len(w) == 1 and w[0] != singular(w[0]) and singular(w[0]) == holder for w in said)


def new_thing_word(word: str) -> bool:
    """Whether a word before a list can name a new thing: a plural noun, not the app or a word of its own."""
    one = singular(word)
    return (len(word) >= 4 and one != word and word not in NOT_PLURALS and not NOT_A_LIST.search(word)
            and one not in RESERVED_ENTITY_NAMES and not PEOPLE.search(word)
            and one not in ("option", "choice", "value", "time"))  # "add genre options: fiction, kids" are a choice's;
    # "every time we play: who won, scores" keeps no times


def kinds_of(entity: Entity | None, items: list[str]) -> bool:
    """Whether two or more items are all options of one choice the thing has: its kinds, not its fields."""
    if entity is None or len(items) < 2:
        return False
    said = {i.lower().strip() for i in items}
    return any(said <= {o.value.lower() for o in f.options} for f in entity.fields if f.options)

def kinds_named(entity: Entity | None, items: list[str]) -> Field | None:
    """The choice whose options most of the items are, though not all: "accounts (checking, savings, credit card)"
    where an account's type is current, savings, credit card or cash names its kinds in the person's words."""
    if entity is None or len(items) < 3:
        return None
    said = [i.lower().strip() for i in items]
    for f in entity.fields:
        if f.type == FieldType.choice and f.options:
            had = {o.value.lower() for o in f.options}
            if sum(i in had for i in said) * 2 > len(said) and all(len(i.split()) <= 3 for i in said):
                return f
    return None


_MANY_OF = re.compile(r"^(?:more than one|one or more|many|several|multiple|lots of|a few|a couple of|[0-9]+)\s+([a-z]+)\b")


def many_of_another(item: str, entity: str, words_for: dict[str, str]) -> str | None:
    """The other thing an item says there are many of ("more than one piano"), if it names one."""
    many = _MANY_OF.match(item.lower().strip())
    other = entity_of([many.group(1)], words_for) if many is not None else None
    return other if other != entity else None


__all__ = ["ListItems", "kinds_named", "kinds_of", "many_of_another", "new_thing_word", "things_of_the_app"]
