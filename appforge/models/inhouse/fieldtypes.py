"""How the catalogue types a field of a given name: "mileage" is an integer in every app that has one.

Three hundred blueprints hold thousands of named fields; a field a person lists ("date set", "photo of the load",
"weight in grams") takes the type the catalogue gives that name, or names with its words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from appforge.models.inhouse.phrasing import singular
from appforge.spec.model import RELATION_TYPES, Entity, FieldType

# Shorthand people use for the names of fields.
SHORT = {"qty": "quantity", "amt": "amount", "desc": "description", "pic": "photo", "pics": "photos",
          "dob": "date_of_birth", "num": "number", "no": "number", "addr": "address", "tel": "phone",
          "hrs": "hours", "hr": "hour", "mins": "minutes", "yrs": "years"}
# Units of measure: "kg bought", "distance km", "area in hectares" are amounts with decimals.
UNITS = frozenset({"kg", "kgs", "g", "grams", "lb", "lbs", "km", "kms", "miles", "m", "metres", "meters", "cm", "mm",
                  "l", "litres", "liters", "ml", "ha", "hectares", "acres", "tonnes", "tons", "oz", "pounds", "ounces",
                  "gallons"})
# More units, read only at the end of an item ("glucose mg/dl", "temp c", "heart rate bpm").
MEASURE_UNITS = frozenset({"mg", "dl", "mmol", "c", "f", "bpm", "kwh", "mph", "kmh", "psi", "hpa", "ppm", "gsm"})
# Words that say nothing of a field's type: "weight in", "price per night".
_TYPELESS = frozenset({"in", "out", "of", "per", "at", "by", "on", "to", "for", "from", "with"})
# Types a plain listed field may take; links come from entity names, not from the catalogue's word counts.
_PLAIN = frozenset(FieldType) - RELATION_TYPES - {FieldType.user, FieldType.computed, FieldType.created_at,
                                                  FieldType.updated_at, FieldType.created_by}
# What is paid when "paid" asks whether it was ("fee paid"); "amount paid" or "date paid" say how much or when.
_DUES = frozenset({"fee", "fees", "deposit", "dues", "rent", "invoice", "bill", "subs", "subscription", "membership",
                   "balance", "tuition", "tax", "fine", "premium", "entry", "registration", "insurance"})
_WHEN_DUE = frozenset({"expiry", "expires", "expiration", "deadline"})
_DONE_TO = frozenset({"checked", "signed", "approved", "received", "returned", "confirmed", "verified", "collected",
                      "completed", "submitted", "sent", "cleaned", "done", "booked", "ordered", "delivered"})
_AMOUNTS = frozenset({FieldType.integer, FieldType.decimal, FieldType.money})
_GROUPS = frozenset({"party", "family", "group", "household", "class", "team", "crew", "litter", "herd", "flock"})


class FieldTypes:
    """How the catalogue types a field of a given name, and of names holding a given word.

    "date_set" is not in the catalogue, but names ending or starting in "date" are dates there; "mileage" is an
    integer in every app that has one.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_name: dict[str, Counter[FieldType]] = defaultdict(Counter)
        self.by_word: dict[str, Counter[FieldType]] = defaultdict(Counter)
        self.options: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        self.offered_by: dict[str, Counter[str]] = defaultdict(Counter)  # an option's value -> the choices offering it
        self.things: set[str] = set()
        for entity in entities:
            self.things.add(entity.name)
            for f in entity.fields:
                if f.type not in _PLAIN:
                    continue
                self.by_name[f.name][f.type] += 1
                for word in f.name.split("_"):
                    self.by_word[word][f.type] += 1
                if f.options:
                    self.options[f.name][tuple(o.value for o in f.options)] += 1
                    for o in f.options:
                        self.offered_by[o.value.lower()][f.name] += 1

    def type_of(self, name: str) -> FieldType:
        """The catalogue's usual type for `name`; plain text when the catalogue has no clear opinion."""
        name = "_".join(SHORT.get(w, w) for w in name.split("_"))
        exact = self.by_name.get(name)
        words = name.split("_")
        if words[-1] == "paid" and (len(words) == 1 or words[-2] in _DUES):
            return FieldType.boolean  # "paid", "fee paid", "dues paid": whether it is, not how much
        if words[-1] == "size" and len(words) == 2 and words[0] in _GROUPS:
            return FieldType.integer  # "party size", "family size": how many people, not small/medium/large
        if words[0] == "date" and len(words) == 2:
            return FieldType.date  # "date paid", "date sent"
        if len(words) == 2 and words[1] in _DONE_TO and set(exact or [FieldType.boolean]) == {FieldType.boolean} and (
                words[0] in _DUES or self.type_of(words[0]) not in _AMOUNTS | {FieldType.date, FieldType.datetime}):
            return FieldType.boolean  # "ID checked", "waiver signed", "deposit returned": whether it was
        if words[-1] == "timestamp" or (words[-1] == "time" and len(words) == 2 and words[0] in _FROM_TO):
            return FieldType.datetime  # "start time", "end time": when it starts and ends
        if (len(words) >= 3 and words[0] in ("number", "count") and words[1] == "of") or words[-1] == "age" or name == "age_years":
            return FieldType.integer  # "number of rooms"; a dog's age is a number (its options make it a choice)
        if len(words) >= 2 and (words[-2:] in (["on", "hand"], ["in", "stock"]) or words[-1] in ("remaining", "left")) \
                and words[0] != singular(words[0]) and self.type_of(words[0]) not in _AMOUNTS | {FieldType.date}:
            return FieldType.integer  # "sheets on hand", "bottles in stock", "places left": how many
        if name in UNITS | MEASURE_UNITS:
            return FieldType.decimal  # "gsm", "kg", "litres": how much of it, in that unit
        if words[-1] in ("temperature", "temp"):
            return FieldType.decimal
        if len(words) == 1 and len(name) > 4 and name.endswith("ed") and not name.endswith("eed"):
            # "vaccinated", "escaped", "returned": a word for what happened to a thing says whether it did
            return exact.most_common(1)[0][0] if exact else FieldType.boolean
        if exact and (sum(exact.values()) >= 2 or set(exact) == {FieldType.text}):
            return exact.most_common(1)[0][0]  # one app's "shop" written in says more than "shop_price" and the like
        one = self.by_name.get("_".join(words[:-1] + [singular(words[-1])]))
        if len(words) > 1 and one and sum(one.values()) >= 2:
            return one.most_common(1)[0][0]  # "phone numbers": what a phone number is
        if len(words) == 2 and singular(words[-1]) in ("number", "address") and words[0] in ("phone", "email"):
            return FieldType(words[0])  # "phone numbers", "email addresses"
        if len(words) == 2 and words[-1] in ("due", "owed", "owing", "outstanding", "remaining", "left") and (
                self.type_of(words[0]) == FieldType.money):
            return FieldType.money  # "balance due", "amount owed": how much, not when
        if words[-1] in _WHEN_DUE:
            return FieldType.date  # "insurance expiry", "expiry"
        if len(words) == 2 and words[-1] == "level" and self.type_of(words[0]) in _AMOUNTS:
            return self.type_of(words[0])  # "stock level" is how much stock, "skill level" a choice
        if len(words) >= 2 and words[0] in ("has", "is", "needs", "can", "was", "are"):
            return FieldType.boolean  # "has water", "is insured": whether it does
        votes: Counter[FieldType] = Counter()
        # "photo of the load", "weight in grams", "price per night": the words before "of" say what it is.
        cut = next((i for i, w in enumerate(words) if w in _TYPELESS and i > 0), len(words))
        weighted = [(w, 2.0 if i == cut - 1 else 1.0) for i, w in enumerate(words[:cut])]
        weighted += [(w, 0.5) for w in words[cut:] if w not in _TYPELESS]
        for word, weight in weighted:
            counts = self.by_word.get(word) or self.by_word.get(singular(word))
            if not counts:
                continue
            total = sum(counts.values())
            if total == 1 and FieldType.boolean in counts and len(words) > 1:
                continue  # one "has_instructions" does not make "feeding instructions" a yes/no
            for ftype, n in counts.items():
                votes[ftype] += weight * n / total
        ftype, score = votes.most_common(1)[0] if votes else (FieldType.text, 0.0)
        if votes and score >= 0.45 * sum(votes.values()):
            return ftype
        head = self.by_word.get(words[cut - 1]) or self.by_word.get(singular(words[cut - 1]))
        if len(words) > 1 and head and sum(head.values()) >= 5:
            kind, n = head.most_common(1)[0]
            if n >= 0.6 * sum(head.values()):
                return kind  # "insurance value": a value, though "insurance" is mostly said of dates
        # "noted on", "collected at": the catalogue's way of naming when something happened
        return {"on": FieldType.date, "at": FieldType.datetime}.get(words[-1], FieldType.text) if len(words) > 1 \
            else FieldType.text

    def choice_offering(self, values: list[str]) -> str | None:
        """The name apps give a choice that offers every one of these values ("pass or fail" is a result, "left or
        right" a side, "weekly or fortnightly" a frequency), or None when none offers them all."""
        if len(values) < 2:
            return None
        offered = [self.offered_by.get(value.strip().lower(), Counter()) for value in values]
        # a name apps also give a thing must be a choice in many apps, or offer these values more than once: one
        # insurer's "product" choice of home/business does not make every home/business a product ("result" does)
        common = Counter({name: sum(o[name] for o in offered) for name in offered[0]
                          if all(o[name] >= (1 if name not in self.things or sum(self.options[name].values()) >= 6
                                             else 2) for o in offered)})
        if not common:
            return None
        return min(common, key=lambda name: (-common[name], name))

    def usual_options(self, name: str) -> list[str]:
        """The options apps give a choice of this name, when they mostly agree ("sex": Female, Male, Unknown)."""
        counts = self.options.get(name)
        if not counts:
            return []
        options, n = counts.most_common(1)[0]
        return list(options) if n >= 2 and n >= 0.5 * sum(counts.values()) else []


# Words for when something starts or ends, before "time".
_FROM_TO = frozenset({"start", "end", "finish", "pickup", "pick", "drop", "dropoff", "return", "arrival", "departure",
                      "check", "begin", "stop"})


__all__ = ["MEASURE_UNITS", "SHORT", "UNITS", "FieldTypes"]
