"""How the app presents itself, as the words say: its name ("rename the app to Snip and Style") and its colours
("olive green theme", "cream background and brown buttons").

The grammar already keeps the decoder's colour choices to the colours said; when the decoder sets no colour at all,
the colours named in a sentence about the look are set here: each on the part named beside it (buttons, background,
accents, text), a colour named alone on the buttons (the app's primary colour), a second on the accents.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.models.inhouse import vocabulary
from appforge.models.inhouse.cues import COLOUR_PARTS as _COLOUR_PARTS
from appforge.models.inhouse.mentions import apply_if_fits
from appforge.spec.model import AppSpec, luminance

# Words that make a sentence about the look, so that "red, white or rose" wines are not a colour scheme.
_LOOK = re.compile(r"\b(?:theme|themed|colou?rs?|colou?r scheme|look|looks|buttons?|background|accents?|palette|"
                   r"style|styled|brand|branding|header|text|make it|make the app|make everything)\b")


# Shades people name that the program's colour words (`vocabulary.COLOURS`, fixed by training) do not have.
_MORE_COLOURS = {"neon green": "#39ff14", "neon pink": "#ff10f0", "neon yellow": "#ffff33", "neon blue": "#1f51ff",
                 "neon orange": "#ff5f1f", "electric blue": "#7df9ff", "pastel pink": "#ffd1dc", "pastel blue": "#aec6cf",
                 "pastel green": "#77dd77", "pastel yellow": "#fdfd96", "pastel purple": "#c3b1e1", "khaki": "#c3b091",
                 "bronze": "#cd7f32", "copper": "#b87333", "champagne": "#f7e7ce", "dusty rose": "#dcae96",
                 "mauve": "#e0b0ff", "fuchsia": "#ff00ff", "periwinkle": "#ccccff", "seafoam": "#93e9be",
                 "ochre": "#cc7722", "cerulean": "#007ba7", "pale blue": "#add8e6", "pale pink": "#fadadd",
                 "pale yellow": "#ffffe0", "deep purple": "#4b0082", "deep blue": "#00008b", "dark blue": "#00008b",
                 "dark purple": "#4b0082", "light green": "#90ee90", "light pink": "#ffb6c1", "light purple": "#cbc3e3",
                 "bright red": "#ff0000", "bright blue": "#0096ff", "bright green": "#66ff00", "jet black": "#0a0a0a"}
_COLOURS = {**vocabulary.COLOURS, **_MORE_COLOURS}


def _dark(colour: str) -> bool:
    """Whether a colour is dark enough that text on it must be light (relative luminance below 0.2)."""
    return re.fullmatch(r"#[0-9a-fA-F]{6}", colour or "") is not None and luminance(colour) < 0.2


def colour_operations(spec: AppSpec, text: str, before: AppSpec | None = None) -> tuple[list[dict[str, Any]], AppSpec]:
    """The `set_theme` for the colours the look sentences name, when the theme does not have them yet.

    With `before` (the app before the decoder), a part the decoder already coloured keeps its colour: the reader
    fills in what the decoder left out, it does not overrule it."""
    wanted: dict[str, str] = {}
    for sentence in re.split(r"[.;!?\n]+", re.sub(r"\([^)]*\)", " ", text.lower())):
        words = re.findall(r"[a-z]+", sentence)
        if not _LOOK.search(" ".join(words)):
            continue
        named = _colours_in(words)
        if not named:
            continue
        placed: dict[str, str] = {}
        for at, colour in named:
            key = _part_for(words, at, len(colour.split()))
            if key is not None and key not in placed:
                placed[key] = colour
        for key, colour in placed.items():
            wanted.setdefault(key, colour)
        free = [c for _, c in named if c not in placed.values()]
        for key, colour in zip([k for k in ("primary", "accent") if k not in wanted], free, strict=False):
            wanted[key] = colour
    if before is not None:
        # "pastel pink theme" where the decoder, not knowing the shade, set plain pink on a part: the decoder chose
        # the part, the words the shade.
        for shade in [c for c in dict.fromkeys(wanted.values()) if c in _MORE_COLOURS]:
            plain = vocabulary.COLOURS.get(shade.split()[-1], "").lower()
            parts = [k for k in ("primary", "background", "accent", "text")
                     if getattr(spec.theme, k).lower() == plain and getattr(spec.theme, k) != getattr(before.theme, k)]
            if parts:
                wanted = {k: c for k, c in wanted.items() if c != shade} | dict.fromkeys(parts, shade)
    theme = {key: _COLOURS[colour] for key, colour in wanted.items()}
    if before is not None:
        chosen = {getattr(spec.theme, k).lower() for k in ("primary", "background", "accent", "text")
                  if getattr(spec.theme, k) != getattr(before.theme, k)}
        # The decoder's colour stays, unless it is the plain colour of a shade it does not know ("neon green").
        plain = {k: vocabulary.COLOURS.get(c.split()[-1], "").lower() for k, c in wanted.items() if c in _MORE_COLOURS}
        theme = {k: v for k, v in theme.items()
                 if (getattr(spec.theme, k) == getattr(before.theme, k) and v.lower() not in chosen)
                 or getattr(spec.theme, k).lower() == plain.get(k)}
    theme = {k: v for k, v in theme.items() if getattr(spec.theme, k).lower() != v.lower()}
    said_background = theme.get("background") or (
        spec.theme.background if before is not None and spec.theme.background != before.theme.background else "")
    if _dark(said_background) and not spec.theme.dark:
        theme["dark"] = True  # "black background, red accents": light text on it, as in dark mode
    if not theme:
        return [], spec
    ops: list[dict[str, Any]] = []
    spec = apply_if_fits(spec, {"op": "set_theme", **theme}, ops)
    return ops, spec


_TITLE = re.compile(r"\b(?:rename|call|name|title)\s+(?:the |my |our |this )?(?:app|site|website|tool|system|it)\s+"
                    r"(?:to |as |into )?(?P<a>.+)$|\bchange\s+(?:the |its |my |our )?(?:app s |app )?(?:title|name)\s+"
                    r"(?:to |into )(?P<b>.+)$|\b(?:app|site)\s+(?:should be |is )?(?:called|named)\s+(?P<c>.+)$"
                    r"|^(?:the )?(?:app )?title\s*[:=]\s*(?P<d>.+)$", re.IGNORECASE)


def title_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The app's new name when the words give it: "rename the app to Snip and Style" (all of it, "and" too)."""
    for sentence in re.split(r"[.;!?\n]+", text):
        m = _TITLE.search(sentence.strip())
        if m is None:
            continue
        title = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g)
        if m.group("c"):  # "an app called Bloom for my flower shop": the name, not what it is for
            title = re.split(r"\s+(?:for|that|which|where|with|so|to|in|at|of)\s+", title)[0]
        title = re.split(r",| please\b| pls\b| thanks\b| and (?:add|make|change|remove|show)\b", title)[0]
        title = title.strip().strip("'\"“”‘’").strip()
        if not title or len(title) > 60 or title.lower() in ("something else", "something"):
            continue
        title = title if any(c.isupper() for c in title) else title.title()
        if spec.title == title:
            return [], spec
        ops: list[dict[str, Any]] = []
        spec = apply_if_fits(spec, {"op": "set_app", "title": title}, ops)
        return ops, spec
    return [], spec


def _colours_in(words: list[str]) -> list[tuple[int, str]]:
    """(word position, colour) of the colours named, in order, the longest name first ("forest green", not
    "green")."""
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for name in sorted(_COLOURS, key=len, reverse=True):
        said = name.split()
        for i in range(len(words) - len(said) + 1):
            span = set(range(i, i + len(said)))
            if words[i : i + len(said)] == said and not span & taken:
                taken |= span
                found.append((i, name))
    return sorted(found)


def _part_for(words: list[str], at: int, length: int) -> str | None:
    """The part of the look named beside a colour: after it first ("forest green buttons"), else before it
    ("buttons in navy")."""
    for j in range(at + length, min(len(words), at + length + 2)):
        if words[j] in _COLOUR_PARTS:
            return _COLOUR_PARTS[words[j]]
    for j in range(at - 1, max(-1, at - 3), -1):
        if words[j] in _COLOUR_PARTS:
            return _COLOUR_PARTS[words[j]]
    return None


__all__ = ["colour_operations", "title_operations"]
