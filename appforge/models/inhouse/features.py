"""What the decoder reads: the message's words (MiniLM states) and the app's slots (static word vectors).

Words are the unit of copying: a word's state is the mean of its word pieces' MiniLM states. A slot (an entity,
field, role or view of the app) is described by the static MiniLM vectors of its name's words, its kind, its type
and, for a field, its entity's name: cheap enough to rebuild as the program adds things, which is what lets a
program point at an entity it created three tokens ago.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import torch

from appforge.models.encoder import Encoder
from appforge.models.inhouse.cues import quoted_phrases
from appforge.models.inhouse.slots import Slot, singular
from appforge.models.inhouse.tokens import FIELD_TYPES, WORD

MAX_WORDS = 160
SLOT_KINDS = ["entity", "field", "role", "view"]
SLOT_TYPES = ["none", *FIELD_TYPES, "computed", "created_at", "updated_at", "created_by", "table", "cards", "kanban",
              "calendar", "detail", "form", "dashboard"]
# What a message word names in the app it is about: it tells a new name ("rename borrowers to members") from an
# existing one.
WORD_NAMES = ["none", "entity", "field", "entity+field", "role"]


@dataclass
class Message:
    words: list[str]
    states: torch.Tensor  # [W, 384]


def read_message(encoder: Encoder, texts: list[str]) -> list[Message]:
    """Each text's words (lower case, at most MAX_WORDS) with their MiniLM states."""
    out = []
    lowered = [t.lower() for t in texts]
    for text, encoded in zip(lowered, encoder.encode(lowered), strict=True):
        words, states = [], []
        pieces = [(i, a, b) for i, (a, b) in enumerate(encoded.spans) if b > a]
        k = 0
        for match in WORD.finditer(text):
            if len(words) == MAX_WORDS:
                break
            lo, hi = match.span()
            while k < len(pieces) and pieces[k][2] <= lo:
                k += 1
            rows = []
            j = k
            while j < len(pieces) and pieces[j][1] < hi:
                rows.append(pieces[j][0])
                j += 1
            if not rows:
                break  # the encoder truncated the text here
            words.append(match.group())
            states.append(encoded.states[rows].mean(0))
        out.append(Message(words, torch.stack(states) if states else torch.zeros(0, encoder.dim)))
    return out


def quoted_spans(text: str) -> dict[int, int]:
    """For each quoted phrase of several words, the index of its first word -> one past its last word.

    A phrase in quotes is one value ("add 'Late cancel' status"): once a name starts copying it, it copies it whole.
    Indices are those of `read_message`'s words.
    """
    lowered = text.lower()
    starts = [m.start() for m in WORD.finditer(lowered)][:MAX_WORDS]
    spans = {}
    for begin, end, _ in quoted_phrases(text):
        inside = [i for i, at in enumerate(starts) if begin <= at < end]
        if len(inside) > 1:
            spans[inside[0]] = inside[-1] + 1
    return spans


class WordVectors:
    """Static (input-layer) MiniLM vectors of words, cached."""

    def __init__(self, encoder: Encoder) -> None:
        self.table = encoder.bert.words.weight.detach()
        self.tokenizer = encoder.tokenizer
        self.vector = lru_cache(maxsize=50_000)(self._vector)

    def _vector(self, word: str) -> torch.Tensor:
        ids = self.tokenizer.encode(word, add_special_tokens=False).ids or [100]
        return self.table[ids].mean(0)

    def phrase(self, words: list[str]) -> torch.Tensor:
        if not words:
            return torch.zeros(self.table.shape[1])
        return torch.stack([self.vector(w) for w in words]).mean(0)


def mentioned(slot: Slot, said: set[str]) -> int:
    """How plainly the message names a slot: 2 every word of its name, 1 some word, 0 none (plurals folded)."""
    words = [singular(w) for w in slot.words if w]
    hits = sum(w in said for w in words)
    return 2 if words and hits == len(words) else 1 if hits else 0


def said_words(message_words: list[str]) -> set[str]:
    return {singular(w) for w in message_words}


def slot_features(
    vectors: WordVectors, slots: list[Slot], said: set[str]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(name vectors [S, 384], owner-entity vectors [S, 384], kind ids [S], type ids [S], mention levels [S])."""
    names = torch.stack([vectors.phrase(s.words) for s in slots]) if slots else torch.zeros(0, 384)
    owners = torch.stack(
        [vectors.phrase(slots[s.entity].words) if s.entity is not None else torch.zeros(384) for s in slots]
    ) if slots else torch.zeros(0, 384)
    kinds = torch.tensor([SLOT_KINDS.index(s.kind) for s in slots], dtype=torch.long)
    types = torch.tensor([SLOT_TYPES.index(s.type) if s.type in SLOT_TYPES else 0 for s in slots], dtype=torch.long)
    mentions = torch.tensor([mentioned(s, said) for s in slots], dtype=torch.long)
    return names, owners, kinds, types, mentions


def word_names(words: list[str], slots: list[Slot]) -> torch.Tensor:
    """For each message word, which kind of thing in the app has it in its name (an index into WORD_NAMES)."""
    kinds: dict[str, set[str]] = {}
    for s in slots:
        for w in s.words:
            if w:
                kinds.setdefault(singular(w), set()).add(s.kind)
    out = []
    for w in words:
        found = kinds.get(singular(w), set())
        if "entity" in found and "field" in found:
            out.append(3)
        elif "entity" in found:
            out.append(1)
        elif "field" in found:
            out.append(2)
        elif "role" in found:
            out.append(4)
        else:
            out.append(0)
    return torch.tensor(out, dtype=torch.long)
