"""The decoder: a small transformer that writes programs, pointing into the message and at the app's slots.

Its memory is the message's words (MiniLM states, frozen) and the app's slots. At each step it scores three kinds
of next token on one scale: a keyword or vocabulary word, a copy of one of the message's words, or a slot; the
grammar's mask (see `program.Program.allowed`) removes what may not come next before the softmax. A copied word
and a vocabulary word enter the next step the same way, as that word's static vector, so the model does not care
where a word came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn
from torch.nn import functional as F

from appforge.models.inhouse.features import SLOT_KINDS, SLOT_TYPES, WORD_NAMES


@dataclass
class DecoderConfig:
    vocab: int = 0  # keywords + vocabulary words
    dim: int = 256
    layers: int = 3
    heads: int = 4
    max_steps: int = 192
    encoder_dim: int = 384
    dropout: float = 0.1
    reader_layers: int = 2  # trainable layers over the message, so a copy can point at "the word after 'to'"
    max_words: int = 160

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


NEG = -1e9


class Decoder(nn.Module):
    def __init__(self, c: DecoderConfig) -> None:
        super().__init__()
        self.config = c
        d = c.dim
        self.message_in = nn.Linear(c.encoder_dim, d)
        self.slot_name = nn.Linear(c.encoder_dim, d)
        self.slot_owner = nn.Linear(c.encoder_dim, d, bias=False)
        self.slot_kind = nn.Embedding(len(SLOT_KINDS), d)
        self.slot_type = nn.Embedding(len(SLOT_TYPES), d)
        self.slot_mention = nn.Embedding(3, d)  # does the message name it: not, partly, fully
        self.memory_kind = nn.Embedding(2, d)  # 0: message word, 1: slot
        self.word_place = nn.Embedding(c.max_words, d)
        self.word_names = nn.Embedding(len(WORD_NAMES), d)  # does the word name something in the app, and what
        reader = nn.TransformerEncoderLayer(
            d, c.heads, 4 * d, c.dropout, activation="gelu", batch_first=True, norm_first=True
        )
        self.reader = nn.TransformerEncoder(reader, c.reader_layers, enable_nested_tensor=False)
        self.copied_in = nn.Linear(d, d, bias=False)  # a copied word enters with its place in the message
        self.token = nn.Embedding(c.vocab, d)
        self.word_in = nn.Linear(c.encoder_dim, d)
        self.token_kind = nn.Embedding(3, d)  # 0: keyword, 1: word (copied or from the vocabulary), 2: slot
        self.position = nn.Embedding(c.max_steps, d)
        layer = nn.TransformerDecoderLayer(
            d, c.heads, 4 * d, c.dropout, activation="gelu", batch_first=True, norm_first=True
        )
        self.layers = nn.TransformerDecoder(layer, c.layers)
        self.norm = nn.LayerNorm(d)
        self.vocab_out = nn.Linear(d, c.vocab)
        self.copy_query = nn.Linear(d, d)
        self.slot_query = nn.Linear(d, d)

    def read(self, message: torch.Tensor, word_pad: torch.Tensor, word_names: torch.Tensor) -> torch.Tensor:
        """Message memory [B, W, d]: MiniLM states (frozen) read again with places and what each word names.

        MiniLM's states say what a word means; which word comes after "to", or whether a word already names a
        field of the app, is what picking the word to copy needs, and these layers learn it.
        """
        w = message.shape[1]
        if w == 0:
            return message.new_zeros(message.shape[0], 0, self.config.dim)
        places = torch.arange(w, device=message.device).clamp(max=self.config.max_words - 1)
        x = self.message_in(message) + self.word_place(places) + self.word_names(word_names)
        pad = word_pad.clone()
        pad[:, 0] = False  # a message with no words still gives each row something to attend to
        return self.reader(x, src_key_padding_mask=pad) + self.memory_kind.weight[0]

    def memory(
        self, message: torch.Tensor, names: torch.Tensor, owners: torch.Tensor, kinds: torch.Tensor, types: torch.Tensor,
        mentions: torch.Tensor, word_pad: torch.Tensor | None = None, word_names: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """(message memory [B, W, d], slot memory [B, S, d])."""
        b, w = message.shape[:2]
        if word_pad is None:
            word_pad = torch.zeros(b, w, dtype=torch.bool, device=message.device)
        if word_names is None:
            word_names = torch.zeros(b, w, dtype=torch.long, device=message.device)
        words = self.read(message, word_pad, word_names)
        slots = (
            self.slot_name(names) + self.slot_owner(owners) + self.slot_kind(kinds) + self.slot_type(types)
            + self.slot_mention(mentions) + self.memory_kind.weight[1]
        )
        return words, slots

    def inputs(
        self, token_ids: torch.Tensor, word_vectors: torch.Tensor, token_kind: torch.Tensor, slot_index: torch.Tensor,
        slots: torch.Tensor, copy_index: torch.Tensor, words: torch.Tensor,
    ) -> torch.Tensor:
        """Embeddings of the tokens fed so far: ids (keywords), static word vectors (words) or slot memories.

        A copied word also carries the message memory of the place it was copied from (`copy_index`, -1 for a
        token that is not a copy), so the decoder knows where in the message it is and copies the next word next.
        """
        keyword = self.token(token_ids.clamp(min=0))
        place = torch.gather(words, 1, copy_index.clamp(min=0).unsqueeze(-1).expand(-1, -1, words.shape[-1]))
        word = self.word_in(word_vectors) + self.copied_in(place) * (copy_index >= 0).unsqueeze(-1)
        slot = torch.gather(slots, 1, slot_index.clamp(min=0).unsqueeze(-1).expand(-1, -1, slots.shape[-1]))
        kind = token_kind.unsqueeze(-1)
        x = torch.where(kind == 2, slot, torch.where(kind == 1, word, keyword))
        steps = torch.arange(token_ids.shape[1], device=token_ids.device)
        return x + self.token_kind(token_kind) + self.position(steps)

    def forward(
        self,
        x: torch.Tensor,  # [B, T, d] token inputs
        words: torch.Tensor,  # [B, W, d]
        slots: torch.Tensor,  # [B, S, d]
        word_pad: torch.Tensor,  # [B, W] True where padding
        slot_from: torch.Tensor,  # [B, S] first step at which each slot exists (large for padding)
    ) -> torch.Tensor:
        """Logits [B, T, vocab + W + S] before the grammar's mask."""
        b, t, _ = x.shape
        memory = torch.cat([words, slots], 1)
        steps = torch.arange(t, device=x.device)
        hidden_slot = slot_from.unsqueeze(1) > steps.view(1, t, 1)  # [B, T, S]
        hidden_word = word_pad.unsqueeze(1).expand(b, t, -1)
        memory_mask = torch.cat([hidden_word, hidden_slot], -1)
        memory_mask = memory_mask.repeat_interleave(self.config.heads, 0)
        causal = torch.triu(torch.ones(t, t, dtype=torch.bool, device=x.device), 1)
        h = self.layers(x, memory, tgt_mask=causal, memory_mask=memory_mask)
        h = self.norm(h)
        vocab = self.vocab_out(h)
        copy = torch.einsum("btd,bwd->btw", self.copy_query(h), words) / words.shape[-1] ** 0.5
        point = torch.einsum("btd,bsd->bts", self.slot_query(h), slots) / slots.shape[-1] ** 0.5
        return torch.cat([vocab, copy, point], -1)


def masked_loss(logits: torch.Tensor, allowed: torch.Tensor, target: torch.Tensor, steps: torch.Tensor) -> torch.Tensor:
    """Mean over real steps of -log P(any right token), the distribution restricted to allowed tokens."""
    logits = logits.masked_fill(~allowed, NEG)
    log_p = F.log_softmax(logits, -1)
    right = torch.logsumexp(log_p.masked_fill(~target, NEG), -1)
    return -(right * steps).sum() / steps.sum().clamp(min=1)
