"""What the tests of new apps share: the app the in-house model builds from a message, and one of its things."""

from __future__ import annotations

from appforge.models import apply_proposal, get_model
from appforge.spec.model import AppSpec, Entity


def app_from(message: str) -> AppSpec:
    return apply_proposal(get_model("appforge").propose(message))


def entity_named(spec: AppSpec, name: str) -> Entity:
    """The thing called `name`, or a failure that lists the things the app has instead."""
    found = spec.entity(name)
    assert found is not None, f"no {name} in {[e.name for e in spec.entities]}"
    return found
