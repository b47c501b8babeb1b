"""What a program can point at in an app (its slots), and the names a program gives the things it makes.

A slot is an entity, field, role or view of the app as it stands, or one the program has just made; decoding points
at slots by index, so a program can never name what does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from appforge.spec.model import AppSpec

# Words in -s that are not the plural of a thing: "clothes", "christmas"; "fill it in themselves (name, email)" is
# the list of the thing named before.
NOT_PLURALS = frozenset({"themselves", "ourselves", "yourselves", "clothes", "christmas", "xmas", "others", "thanks",
                         "news", "series", "species", "glasses", "scissors", "jeans", "pants", "trousers"})


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("izzes"):
        return word[:-3]  # "quizzes"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass
class Slot:
    """Something in the app a program may point at. `name` follows renames; `entity` is a field's owner slot."""

    kind: str  # entity | field | role | view
    name: str
    entity: int | None = None
    type: str | None = None
    alive: bool = True

    @property
    def words(self) -> list[str]:
        return self.name.split("_")


def spec_slots(spec: AppSpec) -> list[Slot]:
    slots: list[Slot] = []
    for entity in spec.entities:
        slots.append(Slot("entity", entity.name))
        owner = len(slots) - 1
        for f in entity.fields:
            slots.append(Slot("field", f.name, entity=owner, type=f.type.value))
    slots += [Slot("role", r.name) for r in spec.roles]
    entity_slot = {s.name: i for i, s in enumerate(slots) if s.kind == "entity"}
    # A view dies with its entity (removing an entity removes its views).
    slots += [Slot("view", v.name, entity=entity_slot.get(v.entity or ""), type=v.type.value) for v in spec.views]
    return slots


def main_entity(spec: AppSpec) -> str | None:
    """The thing an app is mostly about: that of its home page, else of its first page, else its first thing."""
    views = {v.name: v for v in spec.views}
    for name in ([spec.home] if spec.home else []) + list(spec.nav):
        view = views.get(name)
        if view is not None and view.entity:
            return view.entity
    return spec.entities[0].name if spec.entities else None


def unique_name(name: str, taken: list[str] | set[str]) -> str:
    """`name`, or `name_2`, `name_3`... whichever is not taken."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    return candidate


def field_name(words: list[str]) -> str:
    name = "_".join(words)[:60].strip("_") or "field"
    if not name[0].isalpha():
        name = "n_" + name
    if name in ("id", "created_at", "updated_at", "created_by"):
        name += "_value"
    return name


def entity_name(words: list[str]) -> str:
    if words:
        words = words[:-1] + [singular(words[-1])]
    name = field_name(words)
    if name in ("api", "auth", "static", "users", "user", "docs", "openapi", "admin", "v"):
        name = name + "_record"
    return name


def misspelt(name: str, spec: AppSpec) -> str | None:
    """The entity of the app a new name is a slip of the keyboard for ("appointmnt" for appointment), if one."""
    if len(name) < 5:
        return None
    for entity in spec.entities:
        other = entity.name
        if (other != name and other[0] == name[0] and abs(len(other) - len(name)) <= 2
                and SequenceMatcher(None, name, other).ratio() >= 0.85):
            return other
    return None


__all__ = ["NOT_PLURALS", "Slot", "entity_name", "field_name", "main_entity", "misspelt", "singular", "spec_slots", "unique_name"]
