"""The reader of which words name things: learned from the development requests people wrote, shipped as fitted,
and what it keeps of a message that no phrasing rule reads."""

from __future__ import annotations

import json

import pytest
import torch

from appforge.models.encoder import load_encoder
from appforge.models.inhouse import thingreader
from appforge.models.inhouse.features import read_message
from appforge.models.inhouse.train import WEIGHTS_DIR
from tests.models.starts import app_from


def _shipped() -> thingreader.ThingReader:
    reader = thingreader.ThingReader.load(WEIGHTS_DIR / thingreader.FILE)
    assert reader is not None, "no things.safetensors beside the shipped decoder"
    return reader


def test_it_learns_from_the_development_requests_and_never_reads_a_held_out_one() -> None:
    requests = thingreader.training_requests()
    dev, held = set(), set()
    for path in thingreader.TRAINING_CASES:
        for line in path.read_text().splitlines():
            case = json.loads(line)
            if case["kind"] == "create":
                (dev if case["split"] == "dev" else held).add(case["message"])
    assert len(requests) == len(dev) >= 250
    assert {text for text, _ in requests} == dev and not dev & held
    assert all(names for _, names in requests)  # every request names at least one thing its checks look for


def test_the_shipped_reader_is_what_fitting_the_development_requests_makes_now() -> None:
    # A changed request, check or fitting step fails this: refit with `appforge train` (it writes things.safetensors).
    fitted = thingreader.fit(load_encoder(), thingreader.training_requests(), seed=0)
    shipped = _shipped()
    assert torch.allclose(fitted.weight, shipped.weight, atol=1e-3)
    assert abs(float(fitted.bias) - float(shipped.bias)) < 1e-3
    text = "gym app: members book classes, and staff log equipment faults"
    message = read_message(load_encoder(), [text])[0]
    assert fitted.things(message, text) == shipped.things(message, text)


@pytest.mark.parametrize(("message", "thing"), [
    ("allotment committee: plot holders report problems with their plot and the committee marks them fixed", "problem"),
    ("football club: players, coaches and referees for each match with the score", "match"),
    ("farm shop: suppliers deliver produce, staff record each delivery with weight and price", "supplier"),
])
def test_a_thing_people_name_in_passing_is_kept_in_the_new_app(message: str, thing: str) -> None:
    spec = app_from(message)
    assert spec.entity(thing) is not None, [e.name for e in spec.entities]


def test_the_kinds_of_a_choice_a_period_and_the_kind_of_app_are_no_things() -> None:
    reader, encoder = _shipped(), load_encoder()
    text = ("Hiring tracker for our team. log every callout: what type of job it was, what I charged. show how much I "
            "made each month")
    found = reader.things(read_message(encoder, [text])[0], text)
    assert not {"hiring", "job", "month"} & set(found)
    spec = app_from("i'm a locksmith. log every callout: the customer's name, what type of job it was (lockout, lock "
                    "change), what I charged. show how much I made each month")
    assert spec.entity("job") is None and spec.entity("month") is None


@pytest.mark.parametrize(("message", "thing"), [
    ("training for my first marathon (berlin in sept!!) and strava is overkill for what i want. i just want to log "
     "each run - date, distance km, time, avg heart rate, how it felt 1-10, and which shoes i wore. shoes are "
     "importnat bc i want to know total km on each pair so i know when to retire them. plus a list of races ive "
     "entered w/ date and target time. weekly km chart pls", "race"),
    ("Florist in Melbourne. We do weekly and fortnightly flower subscriptions for offices and homes. Subscribers have "
     "a delivery address, frequency, budget per delivery and preferred colours", "subscription"),
    ("masala shop, we grind spices fresh. products (name, per 100g price, stock in kg), raw spice purchases from "
     "vendors (vendor, qty kg, rate, date), customer orders for home delivery", "purchase"),
])
def test_things_said_in_the_plural_need_less_certainty(message: str, thing: str) -> None:
    spec = app_from(message)
    assert spec.entity(thing) is not None, [e.name for e in spec.entities]


def test_deeds_after_who_and_what_things_have_are_no_things_in_the_plural() -> None:
    reader, encoder = _shipped(), load_encoder()
    text = ("theres 5 of us in a houseshare in leeds and splitting bills is causing drama lol. need: bills (energy, "
            "wifi, council tax etc) w/ amount + due date, who paid it and how its split, then everyone can see who "
            "owes who. CRM w/ companies, contacts, deals. deal stages lead > qualified > proposal > won/lost, deal "
            "value. kanban for deals and a chart of deal value by stage")
    found = reader.things(read_message(encoder, [text])[0], text)
    assert not {"owe", "stage"} & set(found), found
