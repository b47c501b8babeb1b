"""The blueprint catalogue: hundreds of complete app specs, one per domain, kept as text-form files.

This is what lets a small model know that a plant has a watering interval and an invoice has line items: the
model retrieves the nearest blueprints and borrows their entities, fields and views. A blueprint is an ordinary
spec; `blueprints/<name>.app` holds it in the text form of `appforge.spec.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from appforge.spec.model import AppSpec
from appforge.spec.text import from_text

BLUEPRINTS_DIR = Path(__file__).parent / "blueprints"


@dataclass(frozen=True)
class Blueprint:
    name: str
    spec: AppSpec

    @property
    def summary(self) -> str:
        """What retrieval embeds: the title, the description and the names of entities and fields."""
        parts = [self.spec.heading, self.spec.description]
        for entity in self.spec.entities:
            parts.append(f"{entity.plural_title}: " + ", ".join(f.title for f in entity.fields))
        return ". ".join(p for p in parts if p)


def blueprint_paths(directory: Path = BLUEPRINTS_DIR) -> list[Path]:
    return sorted(directory.glob("*.app"))


def load_blueprint(path: Path) -> Blueprint:
    try:
        spec = from_text(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"blueprint {path.name}: {exc}") from None
    if spec.blocks:
        # The in-house model starts new apps from blueprints; a block in one would reach apps through it.
        raise ValueError(f"blueprint {path.name}: custom blocks come only from external models; remove its "
                         f"blocks ({', '.join(b.name for b in spec.blocks)})")
    return Blueprint(name=path.stem, spec=spec)


@lru_cache(maxsize=1)
def load_catalogue(directory: Path = BLUEPRINTS_DIR) -> tuple[Blueprint, ...]:
    return tuple(load_blueprint(p) for p in blueprint_paths(directory))
