"""A person's typos, mended before anything reads the message.

Every reader after this one matches words: "stylsits" names no thing the catalogue knows, "afetr" opens no clause,
and a typo in a name is copied into the app as written. Two typos in a request cost 0.05 to 0.06 of the checklist
score on the development requests. A word is mended only when neither the dictionary, the catalogue, MiniLM's
vocabulary nor the app itself knows it, and a known word with the same first letter lies one slip away
(pyspellchecker's English word counts pick among several). Names people give (capitalised inside a sentence), short
words ("appts", "y/n"), British spellings and anything quoted stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spellchecker import SpellChecker

from appforge.catalogue import Blueprint
from appforge.models.inhouse.cues import quoted_phrases
from appforge.spec.model import AppSpec

_WORD = re.compile(r"(?<![\w'/@.&-])[A-Za-z]{5,}(?![\w'/@&-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n(\-•*]\s*|\d[.)]\s*)$")
# at least this many uses in pyspellchecker's English counts: rarer words are more often someone's name or slang
# than the word a typo was aiming at
_COMMON = 200
_BRITISH = ((r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"), (r"our(s|ed|ing|ite|ites)?$", r"or\1"),
            (r"tre(s)?$", r"ter\1"), (r"ogue(s)?$", r"og\1"), (r"ll(ed|ing|er|ers)$", r"l\1"),
            (r"yse(s|d)?$", r"yze\1"), (r"ence$", r"ense"), (r"ould(s|ed|ing|er|ers)?$", r"old\1"))
_COMPOUND = 1000  # "shoutout" is two common words said as one
_PREFIXES = ("re", "un", "pre", "co", "de", "dis", "non", "over", "under", "out", "sub", "mis", "self")
_ENDINGS = ("s", "es", "ed", "ing", "ings", "er", "ers")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {k: "".join(r[max(0, j - 1) : j + 2] for r in _ROWS[max(0, i - 1) : i + 2]
                    for j in [min(row.index(k), len(r) - 1)]) for i, row in enumerate(_ROWS) for k in row}
_VOWELS = set("aeiouy")
MAX_TRIES = 60  # unknown words looked at: a message of noise is read in part anyway, mending it all would only cost time


def _said_on_purpose(word: str, checker: SpellChecker, known: frozenset[str]) -> bool:
    """A word people make from known ones: "admins", "lambings", "crutching", "shoutout", "theyre", "moulding",
    "esports", "repotting"."""
    if checker.word_frequency[word[1:]] >= _COMMON:
        return True
    if any(word.startswith(p) and len(word) - len(p) >= 4 and checker.word_frequency[word[len(p):]] >= _COMMON
           for p in _PREFIXES):
        return True
    if any(re.sub(pattern, american, word) in checker for pattern, american in _BRITISH if re.search(pattern, word)):
        return True
    if any(word.endswith(e) and (word[: -len(e)] in known or word[: -len(e)] in checker) for e in _ENDINGS):
        return True
    if any(word[:i] + "'" + word[i:] in checker for i in range(1, len(word))):
        return True
    return any(checker.word_frequency[word[:i]] >= _COMPOUND and checker.word_frequency[word[i:]] >= _COMPOUND
               for i in range(3, len(word) - 2))


def _best(word: str, checker: SpellChecker, known: frozenset[str], own: set[str]) -> str | None:
    """The word a typo most likely aimed at, one edit away: the app's own name first, then a word the typo dropped
    a letter of ("estmate" is an estimate, not an estate), then the commonest.

    People seldom mistype a word's first letter ("Esports" is not "Sports"); a letter too many is a key pressed
    twice ("addresss") and a wrong one a key beside it or a vowel for a vowel ("guarentee"): "carbs" and "luthier"
    are words the dictionary lacks, not cars, cares or Luther.
    """
    ranked = []
    for c in checker.edit_distance_1(word):
        if c == word or c[0] != word[0] or not _slip(word, c):
            continue
        count = checker.word_frequency[c]
        if c in own or count >= _COMMON or c in known:
            ranked.append(((c in own, len(c) > len(word), max(count, _COMMON), c), c))
    return max(ranked)[1] if ranked else None


def _slip(word: str, meant: str) -> bool:
    """Whether a finger could turn `meant` into `word` (one edit apart)."""
    i = next((k for k, (a, b) in enumerate(zip(word, meant, strict=False)) if a != b),
             min(len(word), len(meant)))
    if len(word) > len(meant):
        return word[i] == word[i - 1] or (i + 1 < len(word) and word[i] == word[i + 1])
    if len(word) < len(meant) or word[i + 1 :] != meant[i + 1 :]:
        return True  # a letter left out, or two swapped
    return word[i] in _NEAR.get(meant[i], "") or (word[i] in _VOWELS and meant[i] in _VOWELS)


def _names(spec: AppSpec | None) -> set[str]:
    if spec is None:
        return set()
    return set(re.findall(r"[a-z]+", spec.model_dump_json().lower()))


class Speller:
    """The words the model knows (the dictionary's, the catalogue's, MiniLM's), loaded once with the model."""

    def __init__(self, catalogue: Iterable[Blueprint], vocabulary: Iterable[str]) -> None:
        self.checker = SpellChecker(distance=1)
        words = {w for w in vocabulary if w.isalpha()}
        for blueprint in catalogue:
            words.update(re.findall(r"[a-z]+", blueprint.spec.model_dump_json().lower()))
        self.known = frozenset(words)

    def mended(self, text: str, spec: AppSpec | None = None) -> str:
        """`text` with its typos mended; `spec`'s own names count as known, so a person's spelling of them stays."""
        return _mended(text, _names(spec), self.checker, self.known)


def _mended(text: str, own: set[str], checker: SpellChecker, known: frozenset[str]) -> str:
    quoted = [(a, b) for a, b, _ in quoted_phrases(text)]
    parts: list[str] = []
    last, tries = 0, 0
    for m in _WORD.finditer(text):
        word, low = m.group(), m.group().lower()
        if low in own or low in checker or low in known or any(a <= m.start() < b for a, b in quoted):
            continue
        tries += 1
        if tries > MAX_TRIES:
            break
        if word[0].isupper() and (word[1:].lower() != word[1:] or not _SENTENCE_START.search(text[: m.start()])):
            continue
        best = _best(low, checker, known, own)
        if best is None or (best not in own and _said_on_purpose(low, checker, known)):
            continue
        parts.append(text[last : m.start()])
        parts.append(best.capitalize() if word[0].isupper() else best)
        last = m.end()
    return "".join(parts) + text[last:] if parts else text


__all__ = ["MAX_TRIES", "Speller"]
