"""Training: synthetic examples -> program targets -> the decoder's weights, reproducibly from a seed.

`appforge train` runs `train()`. It generates examples from the catalogue's training domains (a tenth of the
domains are held out and give the validation loss), compiles each to program steps, reads every message once with
the frozen MiniLM, and fits the decoder with teacher forcing. What it writes to `out` is what the model loads:
`decoder.safetensors`, `meta.json` (config, vocabulary, seed, data summary, losses) and `loss.png`; then the reader
of which words name things (`thingreader`, fitted on the development requests) as `things.safetensors`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file

from appforge.models.encoder import load_encoder
from appforge.models.inhouse import synthetic, thingreader
from appforge.models.inhouse.compile import Unsayable, compile_operations
from appforge.models.inhouse.features import WordVectors, read_message, said_words, slot_features, word_names
from appforge.models.inhouse.network import Decoder, DecoderConfig, masked_loss
from appforge.models.inhouse.program import Program
from appforge.models.inhouse.tokens import KEYWORDS, Token, words_of

WEIGHTS_DIR = Path(__file__).parent / "weights"
PRECISIONS = ("auto", "bf16", "fp32")


@functools.cache
def native_bf16() -> bool:
    """Whether oneDNN multiplies bfloat16 with the CPU's own instructions (AVX512 or AMX).

    Where it does, bf16 autocast makes a training step 1.8x faster; on a CPU with only AVX2 it is emulated, and a step
    took 16 s against 0.7 s in fp32 (2-core AMD EPYC, 2026-12-06), which would stretch `appforge train` to days.
    """
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def chosen_precision(precision: str) -> str:
    """The precision a run uses: "auto" is bf16 where the CPU has bfloat16 units, fp32 elsewhere."""
    if precision == "auto":
        return "bf16" if native_bf16() else "fp32"
    return precision


@dataclass
class TrainConfig:
    examples: int = 32_000
    epochs: int = 12
    batch: int = 48
    lr: float = 1e-3
    seed: int = 0
    vocabulary: int = 1500
    min_count: int = 3
    # bfloat16 matrix products under autocast (weights and optimiser stay float32): 1.8x faster steps on CPUs with
    # AVX512-BF16 or AMX, which is what keeps `appforge train` within the hour on 2 cores; "auto" uses them only there.
    precision: str = "auto"
    decoder: DecoderConfig = field(default_factory=DecoderConfig)

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {self.precision!r}")


@dataclass
class Item:
    """One example, ready for a batch."""

    message: torch.Tensor  # [W, 384]
    words: list[str]
    word_names: torch.Tensor  # [W]
    names: torch.Tensor
    owners: torch.Tensor
    kinds: torch.Tensor
    types: torch.Tensor
    mentions: torch.Tensor
    slot_from: torch.Tensor  # [S]
    inputs: list[Token]  # the token fed at each step (<bos> first)
    allowed: list[tuple[list[int], bool, list[int]]]  # per step: keyword/vocabulary ids, words allowed, slots
    targets: list[list[Token]]
    marks: _Marks | None = field(default=None, repr=False)


class Vocabulary:
    """Keywords, then the words a program may write without copying them."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.tokens = KEYWORDS + words
        self.index = {t: i for i, t in enumerate(KEYWORDS)}
        self.word_index = {w: len(KEYWORDS) + i for i, w in enumerate(words)}
        self.word_set = set(words)

    def __len__(self) -> int:
        return len(self.tokens)


def fingerprint(examples: list[synthetic.Example]) -> str:
    """A digest of the examples as generated, stored beside the weights so that a code change that alters the
    training data (and so what `appforge train` reproduces) is noticed without training."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(json.dumps([ex.kind, ex.message, ex.operations, ex.start.model_dump(mode="json")], sort_keys=True,
                                 default=str).encode())
    return digest.hexdigest()


# How many of the training examples `compiled_fingerprint` compiles: enough that a change to the grammar's masks or to
# how operations become program steps shows, few enough to read with MiniLM in seconds.
COMPILED_SLICE = 400


def compiled_fingerprint(items: list[Item]) -> str:
    """A digest of what the decoder is taught from compiled examples (words, grammar masks, inputs, targets): the
    examples can be the same while a change to the program language or the compiler teaches something else."""
    digest = hashlib.sha256()
    for item in items:
        allowed = [(sorted(ids), words, sorted(slots)) for ids, words, slots in item.allowed]  # sets: any order
        digest.update(json.dumps([item.words, item.word_names.tolist(), item.slot_from.tolist(), item.inputs,
                                  allowed, item.targets], default=str).encode())
    return digest.hexdigest()


def build_vocabulary(examples: list[synthetic.Example], size: int, min_count: int) -> list[str]:
    counts: Counter[str] = Counter()
    for ex in examples:
        counts.update(_name_words(ex.operations))
    return [w for w, n in counts.most_common(size) if n >= min_count]


def _name_words(value: Any) -> list[str]:
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("entity", "name", "to", "role", "value", "target") and isinstance(item, str):
                out += words_of(item.replace("_", " "))
            else:
                out += _name_words(item)
    elif isinstance(value, list):
        for item in value:
            out += _name_words(item)
    return out


STOP = frozenset("a an the and or of for to my our i we me you it is are be can with in on at this that what how do "
                 "does hi hello hey thanks thank please pls ok okay yes no not just".split())


def _buildable(ex: synthetic.Example) -> bool:
    """Whether a create example asks for anything: its flag, else whether it shares a word with its blueprint."""
    flag = getattr(ex, "buildable", None)
    if flag is not None:
        return bool(flag)
    spec = ex.start
    known = set(words_of(" ".join([spec.title, spec.description] + [e.name.replace("_", " ") for e in spec.entities])))
    said = {singular_word for w in words_of(ex.message) for singular_word in (w, w.rstrip("s"))}
    return bool((said - STOP) & known)


def prepare(examples: list[synthetic.Example], vocab: Vocabulary, progress: Any = None) -> tuple[list[Item], Counter[str]]:
    """Compile, replay and encode examples; returns the items and why the others were skipped."""
    encoder = load_encoder()
    vectors = WordVectors(encoder)
    skipped: Counter[str] = Counter()
    items: list[Item] = []
    chunk = 64
    # Messages of similar length share a batch, so MiniLM does not run over padding; the order of the items
    # does not matter (training shuffles them).
    examples = sorted(examples, key=lambda ex: len(ex.message))
    for start in range(0, len(examples), chunk):
        part = examples[start : start + chunk]
        messages = read_message(encoder, [ex.message for ex in part])
        for ex, message in zip(part, messages, strict=True):
            create = ex.kind == "create"
            try:
                ops = ex.operations
                if create and not ops and not _buildable(ex):
                    steps = [[("kw", "nothing")], [("kw", "<end>")]]
                else:
                    steps = compile_operations(ex.start, " ".join(message.words), ops, vocab.word_set)
            except Unsayable as exc:
                skipped[str(exc)[:48]] += 1
                continue
            except (KeyError, TypeError, AssertionError) as exc:
                skipped[f"malformed: {type(exc).__name__}"] += 1
                continue
            program = Program(ex.start, message.words, create=create)
            named = word_names(message.words, program.slots)
            slot_from = [0] * len(program.slots)
            allowed, inputs = [], [("kw", "<bos>")]
            for t, step in enumerate(steps):
                a = program.allowed()
                ids = [vocab.index[k] for k in a.keywords]
                allowed.append((ids, a.words, list(a.slots)))
                program.feed(step[0])
                inputs.append(step[0])
                while len(slot_from) < len(program.slots):
                    slot_from.append(t + 1)
            names, owners, kinds, types, mentions = slot_features(vectors, program.slots, said_words(message.words))
            items.append(
                Item(
                    message=message.states, words=message.words, word_names=named, names=names, owners=owners, kinds=kinds, types=types, mentions=mentions,
                    slot_from=torch.tensor(slot_from), inputs=inputs[:-1], allowed=allowed, targets=steps,
                )
            )
        if progress is not None:
            progress(len(part))
    return items, skipped


@dataclass
class _Marks:
    """An item's tokens and masks as index tensors, worked out once: `collate` runs every epoch."""

    token_steps: torch.Tensor  # steps fed a keyword, and its id
    token_ids: torch.Tensor
    slot_steps: torch.Tensor  # steps fed a slot, and which
    slot_index: torch.Tensor
    word_steps: torch.Tensor  # steps fed a word (copied or not), its word, and where it was copied from
    word_list: list[str]
    copy_steps: torch.Tensor
    copy_index: torch.Tensor
    vocab_allowed: tuple[torch.Tensor, torch.Tensor]  # (steps, keyword/vocabulary ids) the grammar allows
    words_allowed: torch.Tensor  # steps at which any word may come
    slots_allowed: tuple[torch.Tensor, torch.Tensor]  # (steps, slot)
    vocab_target: tuple[torch.Tensor, torch.Tensor]
    copy_target: tuple[torch.Tensor, torch.Tensor]
    slot_target: tuple[torch.Tensor, torch.Tensor]


def _pairs(pairs: list[tuple[int, int]]) -> tuple[torch.Tensor, torch.Tensor]:
    if not pairs:
        return torch.zeros(0, dtype=torch.long), torch.zeros(0, dtype=torch.long)
    rows, cols = zip(*pairs, strict=True)
    return torch.tensor(rows), torch.tensor(cols)


def _marks(it: Item, vocab: Vocabulary) -> _Marks:
    tokens, slots, words, copies = [], [], [], []
    word_list: list[str] = []
    for j, (kind, value) in enumerate(it.inputs):
        if kind == "kw":
            tokens.append((j, vocab.index[value]))
        elif kind == "slot":
            slots.append((j, value))
        else:
            words.append(j)
            word_list.append(value if kind == "word" else it.words[value])
            if kind == "copy":
                copies.append((j, value))
    vocab_allowed, words_allowed, slots_allowed = [], [], []
    vocab_target, copy_target, slot_target = [], [], []
    for j, (ids, any_word, allowed_slots) in enumerate(it.allowed):
        vocab_allowed += [(j, i) for i in ids]
        if any_word:
            words_allowed.append(j)
        slots_allowed += [(j, k) for k in allowed_slots]
        for kind, value in it.targets[j]:
            if kind == "kw":
                vocab_target.append((j, vocab.index[value]))
            elif kind == "word":
                vocab_target.append((j, vocab.word_index[value]))
            elif kind == "copy":
                copy_target.append((j, value))
            else:
                slot_target.append((j, value))
    token_steps, token_ids = _pairs(tokens)
    slot_steps, slot_index = _pairs(slots)
    copy_steps, copy_index = _pairs(copies)
    return _Marks(
        token_steps, token_ids, slot_steps, slot_index, torch.tensor(words, dtype=torch.long), word_list,
        copy_steps, copy_index, _pairs(vocab_allowed), torch.tensor(words_allowed, dtype=torch.long),
        _pairs(slots_allowed), _pairs(vocab_target), _pairs(copy_target), _pairs(slot_target),
    )


def collate(items: list[Item], vocab: Vocabulary, vectors: WordVectors) -> dict[str, torch.Tensor]:
    b = len(items)
    w = max(1, max(len(it.message) for it in items))
    s = max(1, max(len(it.slot_from) for it in items))
    t = max(len(it.inputs) for it in items)
    v = len(vocab)
    out = {
        "message": torch.zeros(b, w, 384), "word_pad": torch.ones(b, w, dtype=torch.bool),
        "word_names": torch.zeros(b, w, dtype=torch.long),
        "names": torch.zeros(b, s, 384), "owners": torch.zeros(b, s, 384),
        "kinds": torch.zeros(b, s, dtype=torch.long), "types": torch.zeros(b, s, dtype=torch.long),
        "mentions": torch.zeros(b, s, dtype=torch.long), "copy_index": torch.full((b, t), -1, dtype=torch.long),
        "slot_from": torch.full((b, s), 10_000, dtype=torch.long),
        "token_ids": torch.zeros(b, t, dtype=torch.long), "word_vectors": torch.zeros(b, t, 384),
        "token_kind": torch.zeros(b, t, dtype=torch.long), "slot_index": torch.zeros(b, t, dtype=torch.long),
        "allowed": torch.zeros(b, t, v + w + s, dtype=torch.bool), "target": torch.zeros(b, t, v + w + s, dtype=torch.bool),
        "steps": torch.zeros(b, t),
    }
    for i, it in enumerate(items):
        nw, ns = len(it.message), len(it.slot_from)
        out["message"][i, :nw] = it.message
        out["word_pad"][i, :nw] = False
        out["word_names"][i, :nw] = it.word_names
        out["names"][i, :ns], out["owners"][i, :ns] = it.names, it.owners
        out["kinds"][i, :ns], out["types"][i, :ns], out["mentions"][i, :ns] = it.kinds, it.types, it.mentions
        out["slot_from"][i, :ns] = it.slot_from
        if it.marks is None:
            it.marks = _marks(it, vocab)
        m = it.marks
        out["token_ids"][i, m.token_steps] = m.token_ids
        out["token_kind"][i, m.slot_steps], out["slot_index"][i, m.slot_steps] = 2, m.slot_index
        if m.word_list:
            out["token_kind"][i, m.word_steps] = 1
            out["word_vectors"][i, m.word_steps] = torch.stack([vectors.vector(word) for word in m.word_list])
        out["copy_index"][i, m.copy_steps] = m.copy_index
        allowed, target = out["allowed"][i], out["target"][i]
        allowed[m.vocab_allowed] = True
        allowed[m.words_allowed, len(KEYWORDS) : v + nw] = True
        allowed[m.slots_allowed[0], v + w + m.slots_allowed[1]] = True
        target[m.vocab_target] = True
        target[m.copy_target[0], v + m.copy_target[1]] = True
        target[m.slot_target[0], v + w + m.slot_target[1]] = True
        out["steps"][i, : len(it.allowed)] = 1.0
    return out


def loss_of(decoder: Decoder, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    words, slots = decoder.memory(
        batch["message"], batch["names"], batch["owners"], batch["kinds"], batch["types"], batch["mentions"],
        batch["word_pad"], batch["word_names"],
    )
    x = decoder.inputs(batch["token_ids"], batch["word_vectors"], batch["token_kind"], batch["slot_index"], slots,
                       batch["copy_index"], words)
    logits = decoder(x, words, slots, batch["word_pad"], batch["slot_from"])
    return masked_loss(logits, batch["allowed"], batch["target"], batch["steps"])


def progress_bar(console: Any) -> Any:
    """The Rich progress display training and fine-tuning share: a bar per stage, counts, times, loss."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[info]}"), TimeElapsedColumn(), TimeRemainingColumn(), console=console)


def train(config: TrainConfig, out: Path = WEIGHTS_DIR, console: Any = None) -> dict[str, Any]:
    """Train from scratch and write the weights to `out`; returns the summary stored in meta.json."""
    from rich.console import Console

    console = console or Console(stderr=True)
    started = time.time()
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    precision = chosen_precision(config.precision)
    if config.precision == "auto":
        console.print(f"matrix products in {precision}: this CPU has {'' if native_bf16() else 'no '}bfloat16 units")
    train_domains, heldout_domains = synthetic.domain_split(seed=0)
    n_val = max(64, config.examples // 20)
    with progress_bar(console) as bar:
        task = bar.add_task("generating examples", total=2, info="")
        train_examples = synthetic.generate(config.examples, seed=config.seed, domains=train_domains)
        bar.advance(task)
        val_examples = synthetic.generate(n_val, seed=config.seed + 10_000, domains=heldout_domains)
        bar.advance(task)
        vocab = Vocabulary(build_vocabulary(train_examples, config.vocabulary, config.min_count))
        task = bar.add_task("reading messages (MiniLM)", total=len(train_examples) + len(val_examples), info="")
        train_items, skipped = prepare(train_examples, vocab, lambda n: bar.advance(task, n))
        val_items, _ = prepare(val_examples, vocab, lambda n: bar.advance(task, n))
        vectors = WordVectors(load_encoder())
        dc = DecoderConfig(**{**config.decoder.to_dict(), "vocab": len(vocab)})
        decoder = Decoder(dc)
        optimiser = torch.optim.AdamW(decoder.parameters(), lr=config.lr, weight_decay=0.01)
        per_epoch = math.ceil(len(train_items) / config.batch)
        total = per_epoch * config.epochs
        schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, config.lr, total_steps=max(total, 1), pct_start=0.05)
        history: list[dict[str, float]] = []
        task = bar.add_task("training", total=total, info="")
        rng = random.Random(config.seed)
        step = 0
        for epoch in range(config.epochs):
            decoder.train()
            order = sorted(range(len(train_items)), key=lambda i: (len(train_items[i].inputs), rng.random()))
            batches = [order[i : i + config.batch] for i in range(0, len(order), config.batch)]
            rng.shuffle(batches)
            running = 0.0
            for k, indices in enumerate(batches):
                loss = fit_step(decoder, collate([train_items[i] for i in indices], vocab, vectors), optimiser, schedule,
                                precision)
                step += 1
                running += loss
                if step % 20 == 0:
                    history.append({"step": step, "train": running / (k + 1)})
                bar.update(task, advance=1, info=f"epoch {epoch + 1} loss {running / (k + 1):.3f}")
            val = validation_loss(decoder, val_items, vocab, vectors, config.batch)
            history.append({"step": step, "train": running / max(1, len(batches)), "validation": val})
            bar.update(task, info=f"epoch {epoch + 1} val {val:.3f}")
            if not console.is_terminal:
                console.print(f"epoch {epoch + 1}/{config.epochs}: train loss {running / max(1, len(batches)):.3f}, "
                              f"validation loss {val:.3f}, {time.time() - started:.0f} s")
    summary = {
        "config": {**config.__dict__, "precision": precision, "decoder": dc.to_dict()},
        "keywords": KEYWORDS,
        "vocabulary": vocab.words,
        "data": {"fingerprint": fingerprint(train_examples),
                 "compiled_fingerprint": compiled_fingerprint(prepare(train_examples[:COMPILED_SLICE], vocab)[0]),
                 "train_examples": len(train_items), "validation_examples": len(val_items),
                 "skipped": dict(skipped.most_common(20)), "train_domains": len(train_domains),
                 "heldout_domains": heldout_domains},
        "history": history,
        "minutes": round((time.time() - started) / 60, 1),
    }
    save(decoder, summary, out)
    plot_loss(history, out / "loss.png")
    # the reader of which words name things learns from people's requests, not from the generated examples
    thingreader.fit(load_encoder(), thingreader.training_requests(), seed=config.seed).save(out / thingreader.FILE)
    return summary


def fit_step(decoder: Decoder, batch: dict[str, torch.Tensor], optimiser: torch.optim.Optimizer, schedule: Any,
             precision: str = "auto") -> float:
    """One optimiser step on one batch (clipped gradients); the batch's loss."""
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=chosen_precision(precision) == "bf16"):
        loss = loss_of(decoder, batch)
    optimiser.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(decoder.parameters(), 1.0)
    optimiser.step()
    schedule.step()
    return loss.item()


@torch.no_grad()
def validation_loss(decoder: Decoder, items: list[Item], vocab: Vocabulary, vectors: WordVectors, size: int) -> float:
    decoder.eval()
    total, n = 0.0, 0
    for i in range(0, len(items), size):
        part = items[i : i + size]
        total += float(loss_of(decoder, collate(part, vocab, vectors))) * len(part)
        n += len(part)
    return total / max(n, 1)


def save(decoder: Decoder, summary: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.contiguous() for k, v in decoder.state_dict().items()}
    save_file(state, str(out / "decoder.safetensors"))
    (out / "meta.json").write_text(json.dumps(summary, indent=1, default=str) + "\n")


def plot_loss(history: list[dict[str, float]], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    fig, ax = plt.subplots(figsize=(7, 4))
    train_points = [(h["step"], h["train"]) for h in history if "validation" not in h]
    val_points = [(h["step"], h["validation"]) for h in history if "validation" in h]
    if train_points:
        ax.plot(*zip(*train_points, strict=True), label="training loss")
    if val_points:
        ax.plot(*zip(*val_points, strict=True), "o-", label="validation loss (held-out domains)")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats per program token)")
    ax.set_yscale("log")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
