"""Nearest catalogue blueprints to a message, by MiniLM sentence vectors.

The catalogue's vectors are computed once and kept beside the model weights, keyed by a hash of the blueprints'
summaries, so that loading the model does not re-encode 300 blueprints; a changed catalogue is re-encoded on first
use and the file rewritten.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from appforge.catalogue import Blueprint, load_catalogue
from appforge.models.encoder import cosine_top, load_encoder

VECTORS_PATH = Path(__file__).parent / "inhouse" / "weights" / "catalogue.safetensors"


def _fingerprint(blueprints: tuple[Blueprint, ...]) -> str:
    digest = hashlib.sha256()
    for bp in blueprints:
        digest.update(bp.name.encode() + b"\0" + bp.summary.encode() + b"\0")
    return digest.hexdigest()[:32]


class Catalogue:
    """The blueprints and their sentence vectors, row i of `vectors` being `blueprints[i]`."""

    def __init__(self, blueprints: tuple[Blueprint, ...], path: Path = VECTORS_PATH) -> None:
        self.blueprints = blueprints
        self.index = {bp.name: i for i, bp in enumerate(blueprints)}
        fingerprint = _fingerprint(blueprints)
        vectors = None
        if path.exists():
            stored = load_file(str(path))
            key = f"v_{fingerprint}"
            if key in stored:
                vectors = stored[key]
        if vectors is None:
            vectors = load_encoder().embed([bp.summary for bp in blueprints])
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                save_file({f"v_{fingerprint}": vectors.contiguous()}, str(path))
            except OSError:
                pass  # a read-only install still works, it only encodes again next time
        self.vectors = vectors

    def nearest(
        self, query: torch.Tensor, k: int = 3, exclude: frozenset[str] = frozenset()
    ) -> list[tuple[Blueprint, float]]:
        found = cosine_top(query, self.vectors, k + len(exclude))
        return [(self.blueprints[i], s) for i, s in found if self.blueprints[i].name not in exclude][:k]


@cache
def load_catalogue_vectors() -> Catalogue:
    return Catalogue(load_catalogue())


def nearest_blueprints(text: str, k: int = 3, exclude: frozenset[str] = frozenset()) -> list[tuple[Blueprint, float]]:
    """The `k` blueprints whose summaries are nearest to `text`, best first, with their cosine similarity."""
    query = load_encoder().embed([text])[0]
    return load_catalogue_vectors().nearest(query, k, exclude)
