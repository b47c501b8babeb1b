"""Decoding: the decoder writes a program one token at a time, and the grammar (`Program.allowed`) says which tokens
may come next, so whatever the weights prefer, the program parses and names only what exists.

Part of `InhouseModel` (it uses the model's decoder, token list and word vectors); kept apart because the loop over
masked logits is the one place the network meets the grammar.
"""

from __future__ import annotations

from typing import Any

import torch

from appforge.models.inhouse.complete import Realiser
from appforge.models.inhouse.features import said_words, slot_features, word_names
from appforge.models.inhouse.network import NEG
from appforge.models.inhouse.program import Program
from appforge.models.inhouse.tokens import KEYWORDS
from appforge.spec.model import AppSpec

MAX_STEPS = 160


class GrammarDecoding:
    """`InhouseModel.decode`: greedy decoding under the grammar, with the model's `decoder`, `tokens`,
    `keyword_index` and `vectors`."""

    @torch.inference_mode()
    def decode(self, start: AppSpec, read: Any, create: bool, realiser: Realiser | None = None,
               quoted: dict[int, int] | None = None, renames: bool = True) -> Program:
        """Greedy decoding under the grammar: at each step only what `Program.allowed` lists can be chosen."""
        quoted = quoted or {}
        program = Program(start, read.words, create=create, accept=realiser, cues=True, renames=renames)
        d = self.decoder
        v = len(self.tokens)
        message = read.states.unsqueeze(0) if len(read.words) else torch.zeros(1, 1, 384)
        word_pad = torch.zeros(1, message.shape[1], dtype=torch.bool)
        if not read.words:
            word_pad[:] = True
        empty = torch.zeros(1, 0, dtype=torch.long)
        named = word_names(read.words, program.slots).unsqueeze(0) if read.words else torch.zeros(1, 1, dtype=torch.long)
        words_mem, _ = d.memory(message, torch.zeros(1, 0, 384), torch.zeros(1, 0, 384), empty, empty, empty,
                                word_pad, named)
        said = said_words(read.words)
        slot_from: list[int] = [0] * len(program.slots)
        fed: list[tuple[str, Any]] = [("kw", "<bos>")]
        slots_mem = self._slots(program, said)
        for _ in range(MAX_STEPS):
            if program.done:
                break
            allowed = program.allowed()
            x = self._inputs(fed, read.words, slots_mem, words_mem)
            # An empty app has no slots; one hidden placeholder keeps the shapes what training saw.
            sf = torch.tensor([slot_from + [10_000] * (slots_mem.shape[1] - len(slot_from))])
            logits = d(x, words_mem, slots_mem, word_pad, sf)[0, -1]
            mask = torch.zeros(v + message.shape[1] + slots_mem.shape[1], dtype=torch.bool)
            mask[[self.keyword_index[k] for k in allowed.keywords]] = True
            if allowed.words and allowed.copies is not None:
                mask[[v + c for c in allowed.copies]] = True
            elif allowed.words:
                mask[len(KEYWORDS) : v] = True
                mask[v : v + len(read.words)] = True
            mask[[v + message.shape[1] + s for s in allowed.slots]] = True
            choice = int(logits.masked_fill(~mask, NEG).argmax())
            if choice < len(KEYWORDS):
                token: tuple[str, Any] = ("kw", self.tokens[choice])
            elif choice < v:
                token = ("word", self.tokens[choice])
            elif choice < v + message.shape[1]:
                token = ("copy", choice - v)
            else:
                token = ("slot", choice - v - message.shape[1])
            program.feed(token)
            fed.append(token)
            if token[0] == "copy" and token[1] in quoted and program.allowed().words:
                # A quoted phrase is one value: copy the rest of it ("'Late cancel'" is not "Late" and "Cancel").
                for rest in range(token[1] + 1, quoted[token[1]]):
                    if not program.allowed().words:
                        break
                    program.feed(("copy", rest))
                    fed.append(("copy", rest))
            if len(program.slots) > len(slot_from):
                slot_from += [len(fed) - 1] * (len(program.slots) - len(slot_from))
                slots_mem = self._slots(program, said)
        return program

    def _slots(self, program: Program, said: set[str]) -> torch.Tensor:
        if not program.slots:
            return torch.zeros(1, 1, self.decoder.config.dim)
        features = slot_features(self.vectors, program.slots, said)
        _, slots = self.decoder.memory(torch.zeros(1, 0, 384), *(f.unsqueeze(0) for f in features))
        return slots

    def _inputs(
        self, fed: list[tuple[str, Any]], words: list[str], slots: torch.Tensor, words_mem: torch.Tensor
    ) -> torch.Tensor:
        t = len(fed)
        ids = torch.zeros(1, t, dtype=torch.long)
        vectors = torch.zeros(1, t, 384)
        kinds = torch.zeros(1, t, dtype=torch.long)
        index = torch.zeros(1, t, dtype=torch.long)
        copied = torch.full((1, t), -1, dtype=torch.long)
        for j, (kind, value) in enumerate(fed):
            if kind == "kw":
                ids[0, j] = self.keyword_index[value]
            elif kind == "slot":
                kinds[0, j], index[0, j] = 2, value
            else:
                kinds[0, j] = 1
                if kind == "copy":
                    copied[0, j] = value
                vectors[0, j] = self.vectors.vector(value if kind == "word" else words[value])
        return self.decoder.inputs(ids, vectors, kinds, index, slots, copied, words_mem)
