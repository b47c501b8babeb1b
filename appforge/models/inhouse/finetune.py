"""Fine-tuning the in-house model on what builders kept and fixed, without forgetting the rest.

`appforge train --from-feedback DATASET` starts from the weights in use, keeps their vocabulary (so the weights
keep their shape and words the model already writes keep their meaning), and trains a few epochs on the feedback
examples mixed with fresh synthetic ones from the catalogue's training domains: the synthetic half is what stops
a few hundred fixes from pulling the model away from everything else it does.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file

from appforge.models.encoder import load_encoder
from appforge.models.inhouse import synthetic
from appforge.models.inhouse.features import WordVectors
from appforge.models.inhouse.network import Decoder, DecoderConfig
from appforge.models.inhouse.train import (
    Vocabulary,
    collate,
    fit_step,
    plot_loss,
    prepare,
    progress_bar,
    save,
    validation_loss,
)


@dataclass
class FinetuneConfig:
    epochs: int = 4
    lr: float = 3e-4
    batch: int = 32
    synthetic_per_feedback: float = 1.0  # synthetic examples mixed in per feedback example
    repeat: int = 2  # passes over the feedback per epoch (it is the scarce part)
    seed: int = 0


def finetune(base: Path, feedback: list[synthetic.Example], out: Path, config: FinetuneConfig | None = None,
             console: Any = None) -> dict[str, Any]:
    """Weights in `out` that start from `base` and learnt `feedback`; returns the summary kept in meta.json."""
    from rich.console import Console

    config = config or FinetuneConfig()
    console = console or Console(stderr=True)
    if not feedback:
        raise ValueError("no feedback examples to learn from")
    started = time.time()
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    meta = json.loads((base / "meta.json").read_text())
    vocab = Vocabulary(meta["vocabulary"])
    decoder = Decoder(DecoderConfig(**meta["config"]["decoder"]))
    decoder.load_state_dict(load_file(str(base / "decoder.safetensors")))
    train_domains, heldout_domains = synthetic.domain_split(seed=0)
    n_synthetic = max(32, round(len(feedback) * config.synthetic_per_feedback))
    with progress_bar(console) as bar:
        mixed = synthetic.generate(n_synthetic, seed=config.seed + 20_000, domains=train_domains)
        val_examples = synthetic.generate(64, seed=config.seed + 10_000, domains=heldout_domains)
        task = bar.add_task("reading messages (MiniLM)", total=len(feedback) + len(mixed) + len(val_examples), info="")
        feedback_items, skipped = prepare(feedback, vocab, lambda n: bar.advance(task, n))
        mixed_items, _ = prepare(mixed, vocab, lambda n: bar.advance(task, n))
        val_items, _ = prepare(val_examples, vocab, lambda n: bar.advance(task, n))
        if not feedback_items:
            raise ValueError(f"none of the {len(feedback)} feedback examples can be said in the program language: "
                             f"{dict(skipped)}")
        items = feedback_items * config.repeat + mixed_items
        vectors = WordVectors(load_encoder())
        optimiser = torch.optim.AdamW(decoder.parameters(), lr=config.lr, weight_decay=0.01)
        per_epoch = math.ceil(len(items) / config.batch)
        total = per_epoch * config.epochs
        schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, T_max=max(total, 1))
        history: list[dict[str, float]] = []
        task = bar.add_task("fine-tuning", total=total, info="")
        rng = random.Random(config.seed)
        step = 0
        for epoch in range(config.epochs):
            decoder.train()
            order = list(range(len(items)))
            rng.shuffle(order)
            running = 0.0
            for k in range(0, len(order), config.batch):
                loss = fit_step(decoder, collate([items[i] for i in order[k : k + config.batch]], vocab, vectors),
                                optimiser, schedule)
                step += 1
                running += loss
                history.append({"step": step, "train": loss})
                bar.update(task, advance=1, info=f"epoch {epoch + 1} loss {running / (k // config.batch + 1):.3f}")
            val = validation_loss(decoder, val_items, vocab, vectors, config.batch)
            history.append({"step": step, "train": running / max(1, per_epoch), "validation": val})
    summary = {
        **{k: v for k, v in meta.items() if k not in ("history", "scores")},
        "parent": str(base),
        "finetune": {**config.__dict__, "feedback_examples": len(feedback_items), "synthetic_examples": len(mixed_items),
                     "skipped": dict(skipped.most_common(10))},
        "history": history,
        "minutes": round((time.time() - started) / 60, 1),
    }
    save(decoder, summary, out)
    plot_loss(history, out / "loss.png")
    return summary


__all__ = ["FinetuneConfig", "finetune"]
