"""People greet the builder and thank it: the request between the greeting and the thanks is what gets built, and
a message that is only courtesy changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import get_model
from appforge.models.inhouse.courtesy import without_courtesy


def _operations(message: str, base: Any = None) -> list[dict[str, Any]]:
    return [o.model_dump(mode="json") for o in get_model("appforge").propose(message, base).operations]


@pytest.mark.parametrize(("base", "polite", "plain"), [
    ("gym", "Hello, please rename membership to plan cheers", "rename membership to plan"),
    ("rentals", "hi! tenants need a date of birth please, many thanks, Sarah", "tenants need a date of birth"),
    ("tasks", "Hey team, only leads can delete projects. Many thanks, Sarah", "only leads can delete projects."),
    ("beekeeping", "Hi all. feedings: hive, date, syrup litres thx in advance :)", "feedings: hive, date, syrup litres"),
])
def test_an_edit_between_a_greeting_and_thanks_is_the_edit_alone(base: str, polite: str, plain: str) -> None:
    spec = load_base(base)
    assert _operations(polite, spec) == _operations(plain, spec) != []


def test_a_new_app_asked_for_politely_is_the_app_asked_for_plainly() -> None:
    plain = "a booking app for my salon: clients, stylists and appointments with a date and a price"
    assert _operations(f"Hiya! {plain}. Thanks a lot, Mike") == _operations(f"{plain}.")


@pytest.mark.parametrize("message", ["good morning! looks good cheers", "thx in advance :)", "hey there, can you please :)",
                                     "Thank you!!", "hi"])
def test_courtesy_alone_changes_nothing(message: str) -> None:
    proposal = get_model("appforge").propose(message, load_base("restaurant"))
    assert proposal.operations == [] and proposal.note


@pytest.mark.parametrize("text", [
    "Hi-vis vest tracker for my crew",
    "Morning shifts and evening shifts for my cafe staff",
    "Greetings cards shop: cards, stock, orders",
    "add a field for thanks",
    "we send thank you",
])
def test_words_that_only_look_like_courtesy_stay(text: str) -> None:
    assert without_courtesy(text) == text


@pytest.mark.parametrize(("text", "request_alone"), [
    ("track orders. Kind regards, Tom", "track orders."),
    ("Dog grooming van. Each groom gets logged with date, dog and price. Cheers",
     "Dog grooming van. Each groom gets logged with date, dog and price."),
])
def test_the_sign_offs_letters_close_with_are_set_aside(text: str, request_alone: str) -> None:
    assert without_courtesy(text) == request_alone
