"""Trained in-house models, each kept with what it learnt from and how it scores; one of them is in use.

The flywheel trains new weights from what builders kept and fixed. A candidate must not make things worse for
everyone else, so it is scored on the benchmark's held-out part and on a held-out slice of feedback before it may
replace the model in use, and the one in use can always be rolled back. The weights shipped in the repo are the
first entry, `shipped`; the others live under `<data_dir>/models/<name>/`, beside `state.json`, which names the
model in use and the ones it replaced. A running server notices a promotion or rollback on its next request
(`LiveInhouse` checks `state.json`), with no restart.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from appforge.settings import get_settings

SHIPPED = "shipped"
# How much lower a candidate may score and still be promoted: the benchmark's noise, not a licence to regress.
# One point on a 0-1 score, which is also what the flywheel issue allows the held-out part to move.
MARGIN = 0.01


class RegistryError(ValueError):
    pass


class PromotionRefused(RegistryError):
    """The candidate scores lower than the model in use; `reasons` says where and by how much."""

    def __init__(self, name: str, reasons: list[str]) -> None:
        super().__init__(f"{name} was not promoted: " + "; ".join(reasons))
        self.reasons = reasons


@dataclass
class ModelCard:
    name: str
    path: Path
    created: str
    parent: str | None = None
    data: dict[str, Any] = field(default_factory=dict)  # what it was trained on (counts, sources)
    scores: dict[str, float] = field(default_factory=dict)  # heldout, heldout_create, heldout_edit, feedback

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


def _shipped_dir() -> Path:
    from appforge.models.inhouse import WEIGHTS_DIR

    return WEIGHTS_DIR


class Registry:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else get_settings().data_dir / "models"

    # --- reading ---------------------------------------------------------------------------------------------------

    @property
    def _state_path(self) -> Path:
        return self.root / "state.json"

    def state(self) -> dict[str, Any]:
        try:
            return json.loads(self._state_path.read_text())
        except FileNotFoundError:
            return {"current": SHIPPED, "replaced": []}

    def stamp(self) -> tuple[int, int] | None:
        """Changes whenever a promotion or rollback happens: what a running server compares."""
        try:
            stat = self._state_path.stat()
        except FileNotFoundError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def cards(self) -> list[ModelCard]:
        cards = [self.card(SHIPPED)]
        if self.root.is_dir():
            cards += [self.card(p.name) for p in sorted(self.root.iterdir()) if (p / "card.json").exists()]
        return cards

    def card(self, name: str) -> ModelCard:
        if name == SHIPPED:
            path = _shipped_dir()
            meta = json.loads((path / "meta.json").read_text())
            return ModelCard(SHIPPED, path, meta.get("trained_at", ""), None,
                             {"train_examples": meta.get("data", {}).get("train_examples")}, meta.get("scores", {}))
        path = self.root / name
        try:
            data = json.loads((path / "card.json").read_text())
        except FileNotFoundError:
            known = ", ".join(c.name for c in self.cards())
            raise RegistryError(f"no model named {name!r}; known: {known}") from None
        return ModelCard(name, path, data["created"], data.get("parent"), data.get("data", {}), data.get("scores", {}))

    def current(self) -> ModelCard:
        return self.card(self.state()["current"])

    # --- changing --------------------------------------------------------------------------------------------------

    def add(self, name: str, weights: Path, *, parent: str | None, data: dict[str, Any],
            scores: dict[str, float]) -> ModelCard:
        """Keep trained weights (copied) under `name`, with their data summary and scores."""
        if name == SHIPPED or not name.replace("-", "").replace("_", "").isalnum():
            raise RegistryError(f"{name!r} cannot name a model: use letters, digits, - and _")
        target = self.root / name
        if target.exists():
            raise RegistryError(f"there is already a model named {name!r}")
        self.root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(weights, target)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        card = ModelCard(name, target, created, parent, data, scores)
        (target / "card.json").write_text(json.dumps({k: v for k, v in card.to_dict().items() if k != "path"},
                                                     indent=1) + "\n")
        return card

    def set_scores(self, name: str, scores: dict[str, float]) -> ModelCard:
        """Keep a model's measured scores with it (for `shipped`, in its meta.json beside the weights)."""
        card = self.card(name)
        path = card.path / ("meta.json" if name == SHIPPED else "card.json")
        data = json.loads(path.read_text())
        data["scores"] = {**data.get("scores", {}), **scores}
        path.write_text(json.dumps(data, indent=1, default=str) + "\n")
        return self.card(name)

    def promote(self, name: str, *, margin: float = MARGIN) -> ModelCard:
        """Make `name` the model in use, unless it scores lower than the current one on a score both have."""
        candidate, current = self.card(name), self.current()
        if candidate.name == current.name:
            raise RegistryError(f"{name} is already the model in use")
        reasons = [
            f"{key} {candidate.scores[key]:.3f} < {current.scores[key]:.3f} ({current.name})"
            for key in ("heldout", "feedback")
            if key in candidate.scores and key in current.scores and candidate.scores[key] < current.scores[key] - margin
        ]
        for card in (candidate, current):
            if "heldout" not in card.scores:
                reasons.append(f"{card.name} has no held-out score to compare; evaluate it first")
        if reasons:
            raise PromotionRefused(name, reasons)
        state = self.state()
        self._write_state({"current": name, "replaced": [*state["replaced"], state["current"]]})
        return candidate

    def rollback(self) -> ModelCard:
        """Go back to the model the current one replaced."""
        state = self.state()
        if not state["replaced"]:
            raise RegistryError(f"{state['current']} replaced nothing; there is nothing to roll back to")
        *rest, previous = state["replaced"]
        self._write_state({"current": previous, "replaced": rest})
        return self.card(previous)

    def _write_state(self, state: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        # Written whole and renamed, so a server reading it mid-write sees the old state or the new, never half.
        with tempfile.NamedTemporaryFile("w", dir=self.root, delete=False, suffix=".tmp") as handle:
            handle.write(json.dumps(state, indent=1) + "\n")
        os.replace(handle.name, self._state_path)


class LiveInhouse:
    """The in-house model that follows the registry: a promotion or rollback takes effect on the next request."""

    name = "appforge"

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or Registry()
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None | str = "unloaded"
        self._model: Any = None
        self._refresh()

    @property
    def model(self) -> Any:
        self._refresh()
        return self._model

    def _refresh(self) -> None:
        from appforge.models.inhouse import InhouseModel

        stamp = self.registry.stamp()
        if stamp == self._stamp:
            return
        with self._lock:
            if stamp != self._stamp:
                self._model = InhouseModel(self.registry.current().path)
                self._stamp = stamp

    def propose(self, message: str, base: Any = None) -> Any:
        return self.model.propose(message, base)

    def __getattr__(self, name: str) -> Any:
        # encoder, catalogue, decode...: whatever the weights in use offer (training and tests reach for them).
        if name.startswith("_") or name in ("registry", "model"):
            raise AttributeError(name)
        return getattr(self.model, name)


__all__ = ["MARGIN", "SHIPPED", "LiveInhouse", "ModelCard", "PromotionRefused", "Registry", "RegistryError"]
