"""What a message's own words settle about a program, so that the grammar need not leave it to the decoder.

The decoder chooses well between operations and poorly between near neighbours: which of two named colours is
the buttons', whether "rent by status" counts or totals, whether a change that never says "rename" renames. Each
function here reads the message for one such cue; `Program` narrows its choices with them at decoding time. Every
cue agrees with how training data says the same thing (`synthetic`, `phrasing`), so the narrowing never rules out
what the decoder was taught for that wording.
"""

from __future__ import annotations

import re

from appforge.models.inhouse import vocabulary
from appforge.models.inhouse.phrasing import singular

# The program's colour keywords ("forest_green") as the words a message says ("forest green").
COLOUR_KEYWORDS = [name.replace(" ", "_") for name in vocabulary.COLOURS]


# A phrase in quotes: 'Late cancel', "Snip & Style", ‘Mia’s Studio’ (an apostrophe inside a word does not end it).
_QUOTED = re.compile(r"(?<![A-Za-z0-9])'((?:[^'\n]|'(?=[A-Za-z]))+)'(?![A-Za-z0-9])|\"([^\"\n]+)\"|[“‘]([^”\n]+?)[”’](?![A-Za-z])")


def quoted_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each phrase the message puts in quotes; a quoted phrase is one value."""
    out = []
    for m in _QUOTED.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i))
        out.append((m.start(group), m.end(group), m.group(group).strip()))
    return out


def said_colours(text: str) -> set[str]:
    """The colour keywords a message names; `text` is its words in lower case joined by spaces."""
    padded = f" {text} "
    return {f"colour:{c}" for c in COLOUR_KEYWORDS if f" {c.replace('_', ' ')} " in padded}


# Every way training asks for a new name has one of these; a change without any is not a rename.
_RENAME_CUES = re.compile(r"\b(?:re-?name[ds]?|renaming|call|called|calling|name of|named|new name|say|instead|should be|"
                          r"change|changed|is now|are now|becomes?|switch|swap|not)\b|->|=>|→")


def asks_rename(text: str) -> bool:
    """Whether a change's words could ask for a new name ("rename phone to mobile", "we say members, not users")."""
    # "status should be one of todo, doing, done" says the options, not a new name
    # and "vip should be a checkbox" says its type
    return bool(_RENAME_CUES.search(re.sub(r"\bnot (?:just|only)\b|\bshould be (?:one of|either)\b|\b(?:should|must|needs? to|has to) be (?:a |an )?"
                                           r"(?:checkbox|check box|tick ?box|yes/no|yes or no|toggle|boolean|number|date|"
                                           r"dropdown|drop-down|drop down|choice|required|optional|unique|money|"
                                           r"long text|text)\b", " ", text.lower())))


_FIGURES = re.compile(r"\b(?:chart|charts|graph|graphs|plot|dashboard|stat|stats|tile|widget|kpi|counts?|cont|"
                      r"totals?|sum|average|avg|per|by|how m[a-z]*|no|number|numbers|breakdown|leaderboard|"
                      r"figures?|trend|over time|report|summary|pie|bar|line|highest|lowest|most|least|"
                      r"best|worst|top|percent|percentage|rate|ratio|revenue|income)\b(?! ?\d)|% ?(?:of|per)\b"
                      # "commission %" is a field's unit; "% of no-shows" a figure
                      # "max capacity of 20" bounds a field; "max price" asks for a figure
                      r"|\b(?:max|min|maximum|minimum)\b(?!(?: [a-z]+){0,3} ?(?:of |is |at |= ?)?\d)")


def asks_figure(text: str) -> bool:
    """Whether a change's words could ask for a chart or a figure ("revenue per month", "no. of tables", "highest
    price"); one that cannot gets no dashboard tile it did not ask for. `text`: the words in lower case."""
    return _FIGURES.search(text) is not None


def one_chart(text: str) -> str | None:
    """The chart type a message names, when it asks for exactly one chart or graph."""
    asks = re.findall(r"\b(?:chart|graph|pie|stat|stats|dashboard|leaderboard|plot)\b", text)
    if len(asks) != 1 and not (len(asks) == 2 and re.search(r"\b(?:pie|bar|line) (?:chart|graph)\b", text)):
        return None
    for kind, said in (("pie", r"\bpie\b"), ("bar", r"\bbar (?:chart|graph)\b"), ("line", r"\bline (?:chart|graph)\b")):
        if re.search(said, text):
            return kind
    return None


_MONEY_WORDS = r"(?:revenue|income|sales|takings|earnings|spend|spending|spent|value|cost|costs|money)"


def totalled(words: list[str], text: str, money: bool = False) -> bool:
    """Whether the message totals a number of these words: "rent by status", "total value", "sum of hours".

    A money field is also what "revenue per service" or "spending by month" totals.
    """
    name = " ".join(words)
    said = rf"(?:{name}|{words[-1]}" + (f"|{_MONEY_WORDS}" if money else "") + ")"
    return any(re.search(pattern, text) for pattern in (
        rf"\b{said}s? (?:by|per)\b", rf"\b(?:total|sum of|sum) (?:\w+ )?{said}s?\b"))


# The words that say which part of the look a colour is for.
COLOUR_PARTS = {"button": "primary", "buttons": "primary", "primary": "primary", "main": "primary",
                 "background": "background", "backgrounds": "background", "bg": "background", "accent": "accent",
                 "accents": "accent", "highlight": "accent", "highlights": "accent", "text": "text"}


def colour_keys(words: list[str]) -> dict[str, set[str]]:
    """Theme key -> the colour keywords named next to that key's words ("amber buttons" -> primary: amber)."""
    lowered = [w.lower() for w in words]
    parts = [(i, COLOUR_PARTS[w]) for i, w in enumerate(lowered) if w in COLOUR_PARTS]
    out: dict[str, set[str]] = {}
    for colour in COLOUR_KEYWORDS:
        said = colour.split("_")
        for i in range(len(lowered) - len(said) + 1):
            if lowered[i : i + len(said)] != said:
                continue
            near = [(min(abs(j - i), abs(j - (i + len(said) - 1))), key) for j, key in parts]
            near = [(d, key) for d, key in near if d <= 3]
            if near:
                out.setdefault(min(near)[1], set()).add(f"colour:{colour}")
    return out



_NO = (r"(?:can t|cant|cannot|can not|shouldn t|shouldnt|should not|mustn t|mustnt|must not|may not|won t|"
       r"are not allowed to|aren t allowed to|never)")
_ACTION_WORDS = {"delete": "delete", "remove": "delete", "cancel": "delete", "edit": "update", "change": "update",
                 "update": "update", "modify": "update", "touch": "update", "approve": "update", "add": "create",
                 "create": "create", "make": "create", "book": "create", "see": "read", "read": "read", "view": "read",
                 "access": None}


def refused(role_words: list[str], action: str | None, text: str) -> bool:
    """Whether the message says this role may not do this action: "agents can't delete", "volunteers can only read"."""
    role = rf"{' '.join(role_words)}s?"
    for m in re.finditer(rf"\b{role} {_NO}(?: be able to)? (\w+)", text):
        verb = _ACTION_WORDS.get(m.group(1))
        if verb is None or verb == action:
            return True
    if action != "read" and re.search(rf"\b{role} (?:can |should |may |will )?only (?:read|see|view)\b", text):
        return True
    return bool(re.search(rf"\b(?:not|except|but not) (?:the |any )?{role}\b", text))


# Words that name the type a field should become, most specific first ("date and time" before "date").
_TYPE_CUES: list[tuple[str, tuple[str, ...]]] = [
    (r"long(?:er)? text|multi ?line|paragraph", ("long_text",)),
    (r"date and time|date ?time|time too|with (?:the )?time|timestamp", ("datetime",)),
    (r"just (?:a |the )?date|only (?:needs )?the date|no time|date only", ("date",)),
    (r"decimals?|percent(?:age)?|fractions?", ("decimal",)),
    (r"whole numbers?|integers?", ("integer",)),
    (r"money|currency|amount of money", ("money",)),
    (r"(?:a |plain |just a )number|numeric", ("integer", "decimal")),
    (r"check ?box|yes or no|yes no|true false|toggle|tick ?box", ("boolean",)),
    (r"drop ?downs?|choices?|select|pick ?list", ("choice",)),
    (r"free text|short text|one line|just text|plain text|text field", ("text",)),
    (r"e ?mail", ("email",)), (r"links?|urls?|web ?site", ("url",)), (r"phone numbers?", ("phone",)),
    (r"photos?|images?|pictures?", ("image",)), (r"files?|attachments?|pdfs?", ("file",)),
    (r"ratings?|stars?", ("rating",)),
]
_NOT_THIS = re.compile(r"\b(?:not|isn t|isnt|is not|no longer|instead of|rather than|than)(?: an?| just| the)? ?$")


# Words that ask for a field to change what it holds, beside a type: "turn price into a number", "birthday as a date".
_RETYPING = re.compile(r"\b(?:type|format|convert|converted|turn|turned|into|become|becomes|as an?|should be an?|"
                       r"make (?:\w+ ){1,3}an?|change (?:\w+ ){1,3}to|switch (?:\w+ ){1,3}to)\b")


def asks_retype(text: str) -> bool:
    """Whether a change's words may ask a field to hold another type: a type named ("a long text") or a word for
    changing one ("turn ... into", "should be a"). "priority: low/medium/high" asks for options, never for text."""
    # "a membership type: monthly, annual, drop-in" names a field and its options, not a change of type
    plain = re.sub(r"\b(?!(?:the|a|an|its|their|field|data|column|value)\b)[a-z]+ types?\b(?! (?:of|to|into|from)\b)", " ",
                   text)
    return bool(type_cues(text)) or _RETYPING.search(plain) is not None


def type_cues(text: str) -> set[str]:
    """The field types a change's words ask a field to become: "make specialty a long text" -> long_text.

    A type said as what the field is not ("isn't money, just a number") is not asked for. Empty when no type is
    named; `text` is the message's words in lower case joined by spaces.
    """
    found: set[str] = set()
    rest = text
    for cue, types in _TYPE_CUES:
        for m in re.finditer(rf"\b(?:{cue})\b", rest):
            if not _NOT_THIS.search(rest[: m.start()]):
                found.update(types)
        rest = re.sub(rf"\b(?:{cue})\b", " ", rest)  # "date and time" is not also a date
    return found



# A change that only takes away: "remove the cancelled status option", "get rid of the notes".
_REMOVING = re.compile(r"\b(?:remove|delete|drop(?! ?-?(?:in|ins|off|offs)\b)|get rid of|take out|take away|lose|ditch|"
                       r"scrap|don t need|dont need|no longer need|nobody uses|not needed|no more)\b")
_ADDING = re.compile(r"\b(?:add|new|need|needs|want|track|include|put|create|make|should have|with|instead|and|"
                     r"also|plus|rename|call|change|(?<!no )show|give)\b")  # "no show" is an option, not a page
_RENAME = frozenset({"rename", "call", "calling", "called", "relabel"})
_ENDS_NAME = frozenset({"and", "but", "please", "pls", "also", "then", "too", "instead", "thanks", "thx", "so", "not",
                        "because", "since", "as", "with", "for", "in", "on", "the", "a", "an"})


def renamed_to(words: list[str]) -> list[int]:
    """Message positions of the new name in "rename X to Y" / "call X Y" ... "to Y": the words after the first
    "to", "as" or "into" that follows "rename", up to three and not past a word that ends a name."""
    low = [w.lower() for w in words]
    start = next((i for i, w in enumerate(low) if w in _RENAME), None)
    if start is None:
        return []
    to = next((i for i in range(start + 1, len(low)) if low[i] in ("to", "into")), None)
    if to is None:
        return []
    out: list[int] = []
    for i in range(to + 1, min(len(low), to + 4)):
        if low[i] in _ENDS_NAME or not low[i].isalnum():
            break
        out.append(i)
    return out


_RULE_WORDS = re.compile(r"\b(?:can|cannot|cant|may|allow|allowed|let|only|anyone|everyone|anybody|everybody|"
                         r"permission|permissions|access|restrict|restricted|rule|rules|public|private|login|sign|who|"
                         r"role|roles|admin|admins)\b")
# Words for who may get in: a change touches signing in or up, or public access, only with one of them.
_SIGN_IN_WORDS = re.compile(r"\b(?:sign|signs|signed|signing|signup|signups|login|logins|log|logs|register|registers|"
                            r"registration|account|accounts|password|passwords|invite|invites|invited|public|publicly|"
                            r"private|privately|anyone|everyone|access|open to|closed to|members only|join|joins)\b")
# "can we track ...", "could you add ...": a request to the builder, not a rule of who may do what.
_ASKING_US = re.compile(r"\b(?:can|could|cant|can't) (?:we|i|you|u)\b")
# "coaches should be their own list": a thing of their own, not a page or a rule of owners.
_OWN_LIST = re.compile(r"\bown (?:lists?|tables?|things?|entit(?:y|ies)|pages?|sections?|tabs?|records?)\b")
_SETTING_WORDS = re.compile(r"\b(?:unique|required|require|requires|mandatory|must|compulsory|optional|duplicate|"
                            r"duplicates|twice|blank|empty|always|never|needed|necessary|repeat|repeated|same|once)\b")


# Words for a page of the app, or for seeing one: a change makes or removes a page only when it says one of them.
_PAGE_WORDS = re.compile(r"\b(?:views?|pages?|tabs?|screens?|lists?|tables?|calendars?|kanbans?|boards?|dashboards?|"
                         r"galler(?:y|ies)|cards?|forms?|sections?|menus?|nav|overview|home|homepage|timeline|agenda|"
                         r"schedule|pipeline|grid|map|charts?|graphs?|reports?|see|show|display|visual|visuali[sz]e)\b")
# Verbs that make a role's sentence a rule: "managers cancel", "stylists see their own".
_RULE_VERBS = frozenset({"see", "view", "read", "edit", "change", "update", "delete", "remove", "cancel", "create", "add",
                         "book", "approve", "manage", "access", "open", "use", "sees", "edits", "cancels", "approves",
                         "manages", "creates", "deletes", "adds", "books"})


def speaks_of_page(text: str) -> bool:
    """Whether a change's words speak of a page ("the clients list", "a calendar", "show me"); "coaches should be
    their own list" asks for a thing, not a page."""
    return _PAGE_WORDS.search(_OWN_LIST.sub(" ", text.lower())) is not None


def role_acts(words: list[str], roles: set[str]) -> bool:
    """Whether one of `roles` is said doing something a rule is about ("managers cancel appointments"), not only named
    ("which stylist does each appointment"; "stylists have a name and a phone")."""
    said = [singular(w.lower()) for w in words]
    return any(w in roles and set(said[k + 1 : k + 4]) & _RULE_VERBS for k, w in enumerate(said))
_LOOK_WORDS = re.compile(r"\b(?:colou?rs?|theme|themes|font|fonts|typeface|look|looks|looking|style|styled|styling|dark|"
                         r"light|mode|brand|branding|background|backgrounds|button|buttons|accent|accents|palette|serif|"
                         r"sans|icon|icons|emoji|logo|pretty|prettier|ugly|design|vibe|feel|modern|minimal|cute|"
                         r"professional|playful|elegant|pastel|bright|brighter|muted|bold|contrast)\b")
_APP_NAME_WORDS = re.compile(r"\b(?:app|apps|title|titled|call it|name it|rename it|brand|branding|heading|header|site|"
                             r"website|portal|logo|called)\b")


def speaks_of_rules(text: str) -> bool:
    """Whether a change's words speak of who may do what ("only managers", "let stylists", "their own"); "can we
    track which coach teaches" asks the builder, and "their own list" asks for a thing."""
    return (_RULE_WORDS.search(_ASKING_US.sub(" ", text)) is not None
            or " own " in _OWN_LIST.sub(" ", f" {text} "))


def ruled_out(text: str, create: bool, options_said: bool) -> set[str]:
    """The program operations a message's words rule out. `text`: its words in lower case joined by spaces.

    "light theme" is never dark; "party size max 12" is a max, not a min or a default; and a change (not a new app)
    adds no dashboard tile without a word for a figure, no required/unique without a word for it, nothing when it
    only takes away, and removes an option only when one is named ("temper rating is confusing, remove it").
    """
    out: set[str] = set()
    said = lambda pattern: re.search(pattern, text) is not None  # noqa: E731
    if said(r"\blight\b") and not said(r"\bdark\b"):
        out.add("dark")
    if said(r"\bdark\b") and not said(r"\blight\b"):
        out.add("light")
    upper, lower = said(r"\b(?:max|maximum|at most|up to|no more than|limit)\b"), said(r"\b(?:min|minimum|at least)\b")
    if upper != lower:
        out |= {"min" if upper else "max"} | (set() if said(r"\bdefault\b") else {"default"})
    if create:
        return out
    if not asks_figure(text):
        out.add("add_widget")
    if not _SETTING_WORDS.search(text):
        out |= {"required", "unique", "optional"}
    if not re.search(r"\b(?:default|defaults|defaulting|prefill|prefilled|pre-filled|starts? as|start at)\b",
                     re.sub(r"\bby default\b", " ", text)):
        out.add("default")  # "open on the services page by default" sets no field's default
    if _REMOVING.search(text) and not _ADDING.search(text):
        out |= {"add_option", "add_field", "add_entity", "add_view", "add_widget", "add_role"}
    if not options_said or not (_REMOVING.search(text) or re.search(r"\b(?:no more|only|just|not|without|replace|"
                                                                   r"instead|change|should be|are now)\b", text)):
        out.add("remove_option")  # "a membership type: monthly, annual, drop-in" removes none of them
    if not _APP_NAME_WORDS.search(text):
        out.add("title")  # "rename care log to journal" renames a thing of the app, not the app
    if not speaks_of_rules(text) and not re.search(r"\b(?:staff|users?|people|accounts?|team|members?)\b", text):
        out.add("add_role")  # "stylists have name, phone and commission %" makes no "commission" role
    if not _REMOVING.search(text) and re.search(r"\b(?:hide|hidden|hiding)\b", text):
        out |= {"remove_field", "remove_entity", "remove_view", "add_view", "label"}  # "hide the notes field" keeps notes
        if not _ADDING.search(text):
            out |= {"add_field", "add_entity"}
    if not _REMOVING.search(text) and not re.search(r"\b(?:replace|replaced|instead|swap|switch|move)\b", text):
        out.add("remove_view")  # "make the calendar the home page" keeps the calendar
    if not _SIGN_IN_WORDS.search(text):
        out |= {"access", "signup_on", "signup_off", "default_role"}  # "we stopped doing nail clips": sign-up as it was
    if not asks_figure(text) and not speaks_of_page(text):
        out.add("add_view")  # a change makes a page when its words speak of one (or of a figure to show)
    if not _LOOK_WORDS.search(text) and not said_colours(text):
        out |= {"theme", "dark", "light", "font"}  # "stylists have name, phone and commission %" keeps the look
    return out


__all__ = ["COLOUR_PARTS", "asks_figure", "asks_rename", "colour_keys", "one_chart", "quoted_phrases", "refused",
           "renamed_to", "role_acts", "ruled_out", "said_colours", "speaks_of_page", "speaks_of_rules", "totalled", "type_cues"]
