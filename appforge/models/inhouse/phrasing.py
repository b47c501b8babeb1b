"""How people say things: names as people write them, field descriptions with type cues, and a typing style.

A model trained on one template per intent learns the template, not the language, so every intent here has many
wordings, and a `Voice` (lower case, dropped apostrophes, abbreviations, typos, emoji) is laid over the finished
message. Words that an operation copies verbatim (a new field's name, an option, a title) are wrapped in `keep()`
so that no typo or case change makes the message and the operations disagree.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from appforge.models.inhouse.vocabulary import COLOURS, DARK_COLOURS, EMOJIS, FIELD_IDEAS, FONTS, LIGHT_COLOURS
from appforge.spec.model import Entity, Field, View, humanize, pluralize

_OPEN, _CLOSE = "\x01", "\x02"
_UNITS = {"kg": "kg", "cm": "cm", "km": "km", "m": "metres", "litres": "litres", "percent": "%", "minutes": "mins",
          "min": "min"}


def keep(text: str) -> str:
    """Mark words that operations copy, so that styling leaves them exactly as they are."""
    return f"{_OPEN}{plain(text)}{_CLOSE}"


def plain(text: str) -> str:
    """`text` without the markers of `keep`."""
    return text.replace(_OPEN, "").replace(_CLOSE, "")


def snake(words: str) -> str:
    """The identifier a name in words becomes: 'number of players' -> number_of_players."""
    name = re.sub(r"[^a-z0-9]+", "_", words.lower().replace("'", "")).strip("_")
    if not name or not name[0].isalpha():
        name = "f_" + name
    return name[:60].rstrip("_")


def sentence(words: str) -> str:
    return words[:1].upper() + words[1:]


# Plurals the endings below would get wrong: "knives" are no "knive", "lenses" no "lense".
_IRREGULAR_PLURALS = {"knives": "knife", "wives": "wife", "shelves": "shelf", "halves": "half",
                      "calves": "calf", "wolves": "wolf", "loaves": "loaf", "thieves": "thief", "lenses": "lens",
                      "buses": "bus", "gases": "gas"}


def singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("izzes"):
        return word[:-3]  # "quizzes"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_SAME_PLURAL = ("species", "series", "equipment", "staff", "feedback", "software", "furniture", "sheep", "fish",
                "news", "stock", "data", "inventory", "clothing", "media")


def plural(words: str) -> str:
    if words.lower().endswith(_SAME_PLURAL):
        return words
    many = pluralize(words)
    # A plural that does not read back as the word ("skus" -> "sku"?) would hide the name a model has to copy.
    return many if singular(many.split()[-1]) == words.split()[-1] else words


def article(words: str) -> str:
    return "an" if words.lstrip(_OPEN + "#")[:1].lower() in "aeio" else "a"


def a(words: str) -> str:
    return f"{article(words)} {words}"


def listing(items: list[str], rng: random.Random) -> str:
    """'a, b and c' in one of the ways people write it."""
    if len(items) == 1:
        return items[0]
    style = rng.random()
    if style < 0.45:
        return ", ".join(items[:-1]) + " and " + items[-1]
    if style < 0.7:
        return ", ".join(items)
    if style < 0.85:
        return ", ".join(items[:-1]) + ", " + items[-1] if len(items) > 2 else " & ".join(items)
    return " / ".join(items) if rng.random() < 0.5 else ", ".join(items[:-1]) + " + " + items[-1]


# --- names of existing things, as people write them ---------------------------------------------------------


def entity_words(entity: Entity, rng: random.Random, many: bool | None = None) -> str:
    """How a person names an entity: its label, its name, the last word of it, singular or plural."""
    many = rng.random() < 0.6 if many is None else many
    base = rng.choice([entity.title, entity.title, humanize(entity.name)]).lower()
    if " " in base and rng.random() < 0.25:
        base = base.split()[-1]
    return plural(base) if many else base


def field_words(field: Field, rng: random.Random) -> str:
    """How a person names a field: its label, its name in words, without an '_at' / '_on' ending, or raw."""
    roll = rng.random()
    if roll < 0.08:
        return field.name
    words = (field.label if field.label and roll < 0.6 else humanize(field.name)).lower()
    parts = words.split()
    if len(parts) > 1 and parts[-1] in ("at", "on", "min", "id", "kg") and rng.random() < 0.6:
        words = " ".join(parts[:-1])
    elif len(parts) > 2 and rng.random() < 0.2:
        words = " ".join(parts[-2:])
    return words


_VIEW_WORDS = {"kanban": ["board", "kanban", "kanban board"], "calendar": ["calendar", "calendar view"],
               "dashboard": ["dashboard", "stats page", "dashboard"], "cards": ["gallery", "cards", "card view"],
               "table": ["list", "table", "page"], "form": ["form", "form"], "detail": ["page", "detail page"]}


def view_words(view: View, rng: random.Random) -> str:
    title = view.heading.lower()
    kind = rng.choice(_VIEW_WORDS[view.type.value])
    if kind.split()[-1] in title or rng.random() < 0.3:
        return f"the {title}" if rng.random() < 0.7 else title
    return f"the {title} {kind}"


def view_type_words(kind: str, rng: random.Random) -> str:
    return rng.choice(_VIEW_WORDS[kind])


# --- new fields, described with the words that imply their type ---------------------------------------------


@dataclass
class NewField:
    """A field a person asks for: the words of the message and the field they imply."""

    phrase: str
    field: dict[str, Any]


def idea_field(kind: str, idea: str, rng: random.Random, currency: str | None = None) -> NewField:
    """Describe a field idea ("weight kg", "status: a, b") in words that imply `kind`, and the field they mean."""
    if kind in ("choice", "tags"):
        words, _, rest = idea.partition(":")
        options = [o.strip() for o in rest.replace("=", ",").split(",") if o.strip()]
        if rng.random() < 0.4:
            options = [sentence(o) for o in options]
        return options_field(kind, words.strip(), options, rng)
    words = idea
    name = snake(words)
    field: dict[str, Any] = {"name": name, "type": kind}
    shown = keep(words)
    roll = rng.random()
    if kind == "integer":
        if words.startswith("number of ") and roll < 0.5:
            rest = words.removeprefix("number of ")
            shown = rng.choice(["how many {}", "# of {}", "no. of {}"]).format(keep(rest))
            field["name"] = snake(rest)
        elif roll < 0.25:
            shown = f"{shown} (number)"
        elif roll < 0.35:
            shown = f"{shown} as a whole number"
    elif kind == "decimal":
        parts = words.split()
        if len(parts) > 1 and parts[-1] in _UNITS and roll < 0.6:
            shown = keep(" ".join(parts[:-1])) + rng.choice([" ({})", " in {}", " ({})"]).format(keep(parts[-1]))
        elif roll < 0.3:
            shown = f"{shown} (decimal)"
    elif kind == "money":
        symbol = rng.choice(["$", "€", "£", "", "", ""])
        if symbol:
            field["currency"] = {"$": "USD", "€": "EUR", "£": "GBP"}[symbol]
            shown = rng.choice([f"{shown} ({symbol})", f"{shown} in {symbol}", f"{symbol} {shown}"])
        else:
            if currency:
                field["currency"] = currency
            if roll < 0.4:
                shown = f"{shown} (money)" if roll < 0.2 else f"{shown} amount"
    elif kind == "boolean":
        shown = rng.choice(["{} y/n", "{} (yes/no)", "{}?", "a {} checkbox", "a {} flag", "{} or not",
                            "{} true/false", "whether {}", "tick box for {}"]).format(shown)
    elif kind == "date":
        if roll < 0.3 and "date" not in words:
            shown = f"{shown} (date)"
    elif kind == "datetime":
        if roll < 0.5:
            shown = rng.choice(["{} (date + time)", "{} date+time", "{} (date and time)", "{} day and time"]).format(
                shown)
    elif kind == "time":
        shown = rng.choice(["{} (time)", "{} (just the time)", "{} - time of day"]).format(shown)
    elif kind == "rating":
        shown = rng.choice(["{} 1-5", "{} (1-5 stars)", "{} out of 5", "{} stars 1 to 5"]).format(shown)
    elif kind in ("image", "file"):
        if roll < 0.4:
            shown = rng.choice(["{} upload", "{} (upload)", "upload of {}"]).format(shown)
        elif kind == "image" and roll < 0.55:
            shown = f"{shown} (image)"
    elif kind == "long_text" and roll < 0.3:
        shown = rng.choice(["{} (long text)", "space for {}", "a {} box", "free text {}"]).format(shown)
    return NewField(shown, field)


def options_field(kind: str, words: str, options: list[str], rng: random.Random) -> NewField:
    field = {"name": snake(words), "type": kind, "options": [{"value": o} for o in options]}
    kept = [keep(o) for o in options]
    w = keep(words)
    if kind == "tags":
        forms = ["{w} (pick several: {o})", "{w} tags: {o}", "multiple {w} like {o}", "{w} - any of {o}"]
    else:
        forms = ["{w}: {o}", "{w} ({s})", "{w} which can be {o}", "{w} - one of {o}", "{w} (options {o})"]
    text = rng.choice(forms).format(w=w, o=listing(kept, rng), s="/".join(kept))
    return NewField(text, field)


def random_field(rng: random.Random, taken: list[str], currency: str | None = None,
                 kinds: list[str] | None = None) -> NewField | None:
    """A field idea none of whose words clash with `taken` names, described in words."""
    for _ in range(8):
        kind = rng.choice(kinds or list(FIELD_IDEAS))
        idea = rng.choice(FIELD_IDEAS[kind])
        new = idea_field(kind, idea, rng, currency)
        words = set(new.field["name"].split("_")) - {"of", "number", "date", "at", "on", "time"}
        if new.field["name"] in taken or any(words & set(t.split("_")) for t in taken):
            continue
        return new
    return None


def theme_words(rng: random.Random, dark: bool) -> tuple[dict[str, Any], list[str]]:
    """Theme settings and the words for them: 'ivory background, forest green buttons', 'dark mode'."""
    theme: dict[str, Any] = {}
    words: list[str] = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        key = rng.choice(["primary", "primary", "background", "accent", "text", "dark", "font", "radius", "icon"])
        if key in theme:
            continue
        if key == "primary":
            c = rng.choice(list(COLOURS))
            theme[key] = COLOURS[c]
            words.append(rng.choice([f"{c} buttons", f"{c} as the main colour", f"make it {c}", f"primary colour {c}"]))
        elif key == "background":
            c = rng.choice(LIGHT_COLOURS if rng.random() < 0.8 else DARK_COLOURS)
            theme[key] = COLOURS[c]
            words.append(rng.choice([f"{c} background", f"background {c}", f"a {c} background"]))
        elif key == "accent":
            c = rng.choice(list(COLOURS))
            theme[key] = COLOURS[c]
            words.append(rng.choice([f"{c} accents", f"accent colour {c}", f"{c} highlights"]))
        elif key == "text":
            c = rng.choice(DARK_COLOURS)
            theme[key] = COLOURS[c]
            words.append(rng.choice([f"{c} text", f"text in {c}"]))
        elif key == "dark":
            theme[key] = not dark
            words.append(rng.choice(["dark mode", "dark theme", "make it dark", "night mode"]) if not dark
                         else rng.choice(["light mode", "no dark mode", "make it light", "light mode instead",
                                          "switch back to light", "turn off dark mode", "light theme please"]))
        elif key == "font":
            f = rng.choice(list(FONTS))
            theme[key] = FONTS[f]
            words.append(rng.choice([f"use a {f} font", f"{f} font", f"font: {f}"]))
        elif key == "radius":
            r, w = rng.choice([(16, "rounder corners"), (0, "square corners"), (4, "slightly rounded corners"),
                               (24, "very round corners"), (0, "no rounded corners")])
            theme[key] = r
            words.append(w)
        else:
            emoji = rng.choice(EMOJIS)
            theme[key] = emoji
            words.append(rng.choice([f"use {keep(emoji)} as the icon", f"icon {keep(emoji)}"]))
    return theme, words


# --- how a message is typed ---------------------------------------------------------------------------------


@dataclass
class Voice:
    """One person's typing habits, applied to a whole message."""

    lower: bool
    apostrophes: bool
    abbreviate: bool
    typos: int
    emoji: bool

    @classmethod
    def pick(cls, rng: random.Random) -> Voice:
        return cls(lower=rng.random() < 0.4, apostrophes=rng.random() < 0.75, abbreviate=rng.random() < 0.3,
                   typos=rng.choices([0, 1, 2], weights=[6, 3, 1])[0], emoji=rng.random() < 0.05)


_ABBREVIATIONS = [(r"\bplease\b", "pls"), (r"\bwith\b", "w/"), (r"\byou\b", "u"), (r"\band\b", "&"),
                  (r"\bthanks\b", "thx"), (r"\bbecause\b", "bc"), (r"\bnumber\b", "no."), (r"\bare\b", "r"),
                  (r"\bwithout\b", "w/o"), (r"\bsomething\b", "sth"), (r"\bappointments\b", "appts")]
_KEYBOARD = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqeryuiopoadfghjklkxcvbnmn", strict=True))
_WORD = re.compile(r"[A-Za-z]{4,}")


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.55:
        return word[:i] + word[i + 1:]
    if kind < 0.75:
        return word[:i] + word[i] + word[i:]
    return word[:i] + _KEYBOARD.get(word[i].lower(), word[i]) + word[i + 1:]


def style(text: str, voice: Voice, rng: random.Random) -> str:
    """Type `text` the way `voice` would; kept spans come out exactly as written, without their markers."""
    parts = re.split(f"({_OPEN}[^{_CLOSE}]*{_CLOSE})", text)
    free = [i for i, p in enumerate(parts) if not p.startswith(_OPEN)]
    for i in free:
        p = parts[i]
        if voice.lower:
            p = p.lower()
        if not voice.apostrophes:
            p = p.replace("'", "")
        if voice.abbreviate:
            for pattern, short in _ABBREVIATIONS:
                if rng.random() < 0.6:
                    p = re.sub(pattern, short, p)
        parts[i] = p
    spots = [(i, m.start(), m.end()) for i in free for m in _WORD.finditer(parts[i])]
    for i, start, end in sorted(rng.sample(spots, min(voice.typos, len(spots))), key=lambda s: -s[1]):
        parts[i] = parts[i][:start] + typo(parts[i][start:end], rng) + parts[i][end:]
    out = "".join(p[1:-1] if p.startswith(_OPEN) else p for p in parts)
    if voice.emoji:
        out += " " + rng.choice(["🙂", "😊", "🙏", "👍", "✨", "😅", "🚀"])
    return re.sub(r"[ \t]+", " ", out).strip()


# --- putting clauses together --------------------------------------------------------------------------------


@dataclass
class Clause:
    """One request in words; `imperative` clauses ("add ...") may follow "can you" or "please"."""

    text: str
    imperative: bool = True


_OPENERS = ["can you ", "could you ", "please ", "pls ", "can we ", "i'd like to ", "i want to ", "let's ",
            "would you ", "need to ", "quick one: ", "ok so ", "hey, can you ", "hi! could you "]
_CLOSERS = [" please", " pls", " thanks", " thx", "!", " if possible", " when you get a chance", " ty", "."]
_JOINERS = [", and ", ". also ", ". Also ", " and ", "; ", ", plus ", ". oh and ", ". then ", ", also "]


def compose(clauses: list[Clause], rng: random.Random) -> str:
    """Several requests as one message: run together, as a list, or sentence by sentence."""
    texts = [c.text for c in clauses]
    if len(texts) > 1 and rng.random() < 0.2:
        bullet = rng.choice(["- ", "* ", "• ", ""])
        numbered = bullet == "" and rng.random() < 0.5
        lines = [f"{i}. {t}" if numbered else f"{bullet}{t}" for i, t in enumerate(texts, start=1)]
        head = rng.choice(["", "a few changes:\n", "todo:\n", "changes pls:\n", "couple of things:\n"])
        return head + "\n".join(lines)
    text = texts[0]
    for t in texts[1:]:
        text += rng.choice(_JOINERS) + t
    if clauses[0].imperative and rng.random() < 0.35:
        text = rng.choice(_OPENERS) + text
    elif rng.random() < 0.5:
        text = sentence(text)
    if rng.random() < 0.3:
        text += rng.choice(_CLOSERS)
    return text
