"""Colours named for the look land on the part they were named for; colours in data are not a colour scheme."""

from __future__ import annotations

import pytest

from appforge.evaluation.checklist import load_base
from appforge.models import apply_proposal, get_model
from appforge.models.inhouse import vocabulary
from appforge.models.inhouse.looks import colour_operations, title_operations


@pytest.mark.parametrize("text, theme", [
    ("ivory background, forest green buttons", {"background": "ivory", "primary": "forest green"}),
    ("make it look warmer, cream background and brown buttons", {"background": "cream", "primary": "brown"}),
    ("navy and gold colours please", {"primary": "navy", "accent": "gold"}),
])
def test_each_colour_goes_to_the_part_named_beside_it_or_else_buttons_then_accents(text: str, theme: dict) -> None:
    _, after = colour_operations(load_base("salon"), text)
    assert {k: getattr(after.theme, k) for k in theme} == {k: vocabulary.COLOURS[c] for k, c in theme.items()}


@pytest.mark.parametrize("text", ["wine list: wines (red, white or rose), vintage", "add a tip field",
                                  "track red and green peppers in the garden"])
def test_colours_that_are_data_are_not_a_look(text: str) -> None:
    salon = load_base("salon")
    ops, after = colour_operations(salon, text)
    assert ops == [] and after.theme == salon.theme


def test_a_part_the_decoder_coloured_keeps_its_colour() -> None:
    salon = load_base("salon")
    coloured = salon.model_copy(update={"theme": salon.theme.model_copy(update={"primary": vocabulary.COLOURS["gold"]})})
    ops, after = colour_operations(coloured, "navy and gold colours please", before=salon)
    assert after.theme.primary == vocabulary.COLOURS["gold"]
    assert after.theme.accent == salon.theme.accent  # navy is left for nothing: gold was the decoder's pick


def test_a_new_app_in_a_named_colour_has_it() -> None:
    spec = apply_proposal(get_model("appforge").propose(
        "catering orders: event date, guests count, menu choices, deposit. Olive green theme"), None)
    assert spec.theme.primary == vocabulary.COLOURS["olive"]


@pytest.mark.parametrize("message, title", [
    ("rename the app to Snip and Style", "Snip and Style"),
    ("change the title to Hair by Mia", "Hair by Mia"),
    ("name the app Bloom, and make it pink", "Bloom"),
])
def test_the_app_takes_the_whole_name_it_is_given(message: str, title: str) -> None:
    base = load_base("salon")
    assert apply_proposal(get_model("appforge").propose(message, base), base).title == title


def test_a_new_app_called_something_has_that_name() -> None:
    spec = apply_proposal(get_model("appforge").propose("an app called Bloom for my flower shop: bouquets, orders"))
    assert spec.title == "Bloom"


def test_words_that_name_no_app_leave_its_name() -> None:
    base = load_base("salon")
    ops, after = title_operations(base, "call the client back tomorrow, add a tip field")
    assert ops == [] and after.title == base.title


def test_a_shade_the_program_has_no_word_for_is_still_the_one_set() -> None:
    after = apply_proposal(get_model("appforge").propose("arcade club app, dark background with neon green accents"))
    assert after.theme.accent.lower() == "#39ff14"


def test_a_dark_background_said_for_the_look_is_dark_mode() -> None:
    _, after = colour_operations(load_base("salon"), "black background and red accents")
    assert after.theme.dark and after.theme.background == vocabulary.COLOURS["black"]
    light = load_base("salon")
    _, after = colour_operations(light, "light blue background")
    assert not after.theme.dark
