"""People type fast: a request with typos builds the app it would have built spelt right, and an edit reaches the
field a typo names; what people spell their own way on purpose stays as they wrote it."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse.spelling import MAX_TRIES
from appforge.spec.operations import apply_operations


def mended(text: str, spec: Any = None) -> str:
    return get_model("appforge").speller.mended(text, spec)


def _operations(message: str, base: Any = None) -> list[dict[str, Any]]:
    return [o.model_dump(mode="json") for o in get_model("appforge").propose(message, base).operations]


@pytest.mark.parametrize(("typed", "meant"), [
    ("inventroy for my bakery: ingredeints with suplier and cost per kilo, recipes that use them",
     "inventory for my bakery: ingredients with supplier and cost per kilo, recipes that use them"),
    ("a trakcer for my houseplants, when I waterd them, and remnid me which need water",
     "a tracker for my houseplants, when I watered them, and remind me which need water"),
    ("a bookng app for my dog grooming busness: dogs with thier owners, and apointments with a date, a prcie and a "
     "groomer", "a booking app for my dog grooming business: dogs with their owners, and appointments with a date, a "
     "price and a groomer"),
])
def test_a_request_with_typos_builds_the_app_it_would_have_spelt_right(typed: str, meant: str) -> None:
    assert _operations(typed) == _operations(meant)


def test_an_edit_reaches_the_field_a_typo_names() -> None:
    tasks = load_base("tasks")
    spec = apply_proposal(get_model("appforge").propose("rename the asignee to owner", tasks), tasks)
    task = spec.entity("task")
    assert task is not None
    assert "owner" in {f.name for f in task.fields} and "assignee" not in {f.name for f in task.fields}


def test_a_new_field_named_with_a_typo_is_spelt_right() -> None:
    tasks = load_base("tasks")
    spec = apply_proposal(get_model("appforge").propose("tasks need a lable field", tasks), tasks)
    assert "label" in {f.name for f in spec.entity("task").fields}


@pytest.mark.parametrize(("typed", "meant"), [
    ("we need to see who's due afetr 12 months", "we need to see who's due after 12 months"),
    ("add an estmate to each job", "add an estimate to each job"),  # the letter dropped, not a rarer word
    ("Stylsits and their clients", "Stylists and their clients"),  # a capital at the start of a sentence is kept
    ("add an insstagram handle", "add an instagram handle"),  # words MiniLM knows, not only the dictionary's
])
def test_typos_are_mended(typed: str, meant: str) -> None:
    assert mended(typed) == meant


@pytest.mark.parametrize("text", [
    "add 'mited' to the care log actions",  # quoted: an option, spelt as the person wants it
    "clients like Katsura and Brinwell",  # names inside a sentence
    "colour of the moulding, hand sanitiser, organised by centre",  # British spellings
    "only admins see the callouts and lambings",  # plurals of words people use
    "theyre due when thier cert runs out, shouldnt be late",  # contractions without the apostrophe (and 'thier'?)
    "appts w/ y/n for paid",  # short words and shorthand
    "an esports team's scrims",  # a known word with a letter before it
    "plants need a repotting interval",  # a known word with a prefix
])
def test_what_people_spell_their_own_way_stays(text: str) -> None:
    kept = mended(text)
    for word in ("mited", "Katsura", "Brinwell", "colour", "moulding", "sanitiser", "organised", "centre", "admins",
                 "callouts", "lambings", "theyre", "shouldnt", "appts", "esports", "repotting"):
        if word in text:
            assert word in kept, (word, kept)


def test_the_apps_own_names_count_as_spelt_right() -> None:
    spec = apply_operations(load_base("tasks"), [
        {"op": "add_field", "entity": "task", "field": {"name": "qty_recieved", "type": "integer"}},
    ])
    assert mended("show qty recieved on each task", spec) == "show qty recieved on each task"
    assert mended("show qty recieved on each task") == "show qty received on each task"
    assert mended("remove tempeer", apply_operations(spec, [
        {"op": "add_field", "entity": "task", "field": {"name": "temper", "type": "text"}},
    ])) == "remove temper"  # a typo one letter from the app's own name is that name, before any other word


def test_a_message_of_noise_is_mended_only_so_far() -> None:
    noise = " ".join(["afetr"] * 700)  # what fits in the characters the model reads
    assert mended(noise).split().count("after") == MAX_TRIES
