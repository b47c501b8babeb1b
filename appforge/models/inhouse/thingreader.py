"""Which words of a message name a thing the app should keep, learned from requests people wrote.

The start's readers (`thingnames`, `listed`, `links`) say what a word is from the catalogue's usage and the words
around it, one phrasing at a time; on requests nobody on the team had read, most of a new app's missed checks were
things the person named in so many words ("appliances at each property", "employees submit leave", "each case gets
assigned to a technician") that no phrasing rule reached. This reader looks at each word as MiniLM reads it in its
sentence and says how likely people mean a list of its own by it: a logistic regression over the word's MiniLM state,
fitted on the development requests (`split: dev` of the benchmark's create cases and of `benchmarks/model/requests`),
where a word is a thing when a check of the request names an entity by it. Held-out requests are never read.

It only adds: a word it is sure of (`AT_LEAST`, or `PLURAL_AT` for a word said in the plural) that the start lacks
becomes a thing of the new app, which the list and link readers then fill in and tie to the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from appforge.evaluation.checklist import CASES_DIR, EntityCheck, RelationCheck, load_cases
from appforge.models.encoder import Encoder
from appforge.models.inhouse.features import Message, read_message
from appforge.models.inhouse.phrasing import singular
from appforge.models.inhouse.synonyms import RECORD_WORDS
from appforge.models.inhouse.thinglabels import SAYS_NOTHING_ALONE
from appforge.models.inhouse.thingnames import APP_WORDS, COMMANDS, DEEDS
from appforge.models.inhouse.tokens import WORD

# The people-written requests it learns from: their development part only.
TRAINING_CASES = (CASES_DIR / "create.jsonl", CASES_DIR.parent / "requests" / "create.jsonl")
FILE = "things.safetensors"
# How sure it must be. Out of fold on the development requests (5 folds), of the words the start lacked that it
# named at 0.9, half were a check's thing; at 0.95, 57% (and fewer made-up things: 36 against 63 in 270 requests).
AT_LEAST = 0.95
EPOCHS = 300
# A word said in the plural needs less: what a person keeps a list of they mostly say in the plural ("the races I've
# entered", "purchases from the spice wholesaler"), while a field is mostly said once ("the budget"). On 200 requests
# written blind (`create-more.jsonl`), this took creates 0.662 -> 0.671 on the half that was read and 0.599 -> 0.616 on
# the half that was not.
PLURAL_AT = 0.7
# Words that never name a thing whatever their state says: function words, and the periods a total is kept over
# ("how much I made each month").
_NEVER = frozenset("a an the and or of for to my our i we me you it is are be can with in on at this that what how "
                   "do w each their they them day days week weeks month months year years hour hours minute minutes "
                   "fortnight weekend".split())
# "who owes what", "what belongs where": after these a word in -s is a deed, not things.
_DOER = frozenset({"who", "it", "that", "which", "what", "he", "she", "someone", "everyone", "anyone", "nobody"})
# "guests count", "number of guests": how many of them, a count; "readings before and after meals": when.
_COUNTS = frozenset({"count", "number", "no", "num", "total", "amount", "how", "many"})
_WHEN = frozenset({"before", "after", "during", "between", "until"})
# Words in the plural that stand for other things ("ones", "things") or are what things have ("dates", "stages"),
# not things of their own.
_STANDS_FOR = frozenset({"one", "thing", "clothe", "scissor", "date", "score", "result", "stage", "status", "note",
                         "detail", "price", "cost", "time", "name", "total", "grade", "rating", "size", "type", "colour",
                         "color", "hour", "minute", "day", "week", "month", "year", "point", "comment", "mark", "log"})
# "what type of job it was": the kinds of a choice, not a list of jobs.
_KIND_OF = frozenset({"type", "types", "kind", "kinds", "sort", "sorts"})


def candidate(word: str) -> bool:
    """Whether a word may name a thing at all: a word of letters, not a function word."""
    return re.fullmatch(r"[a-z]{3,}", word) is not None and word not in _NEVER


def _an_item(low: str, span: tuple[int, int]) -> bool:
    """Whether the word at `span` is an item of a list ("name, products, opening hours"): between commas, or after a
    colon or bracket and before a comma."""
    before, after = low[:span[0]].rstrip(), low[span[1]:].lstrip()
    return before.endswith((",", ":", "(")) and after.startswith((",", ")"))


@dataclass
class ThingReader:
    weight: torch.Tensor  # [384]
    bias: torch.Tensor  # []
    mean: torch.Tensor  # [384] the training states' mean and spread, to standardise a state
    scale: torch.Tensor

    def probabilities(self, message: Message) -> torch.Tensor:
        """For each word of the message, how likely it names a thing."""
        if not message.words:
            return torch.zeros(0)
        return torch.sigmoid(((message.states - self.mean) / self.scale) @ self.weight + self.bias)

    def things(self, message: Message, text: str = "", at_least: float = AT_LEAST) -> list[str]:
        """The things the message (`text`, read as `message`) names that the reader is sure of (`at_least`, or
        `PLURAL_AT` for a word said in the plural), singular, in the order said, once each."""
        found: list[str] = []
        low = text.lower()
        spaced = " ".join(low.split())
        words, said = message.words, self.probabilities(message).tolist()
        spans = [m.span() for m in WORD.finditer(low)][:len(words)]
        for k, (word, p) in enumerate(zip(words, said, strict=True)):
            name = singular(word)
            before = words[k - 1] if k else ""
            after = words[k + 1] if k + 1 < len(words) else ""
            if (name in RECORD_WORDS and candidate(before) and said[k - 1] < 0.5
                    and before not in _KIND_OF | COMMANDS | DEEDS and f"{before} {word}" in spaced):
                continue  # "repair jobs": a record of repairs, which the phrasing readers name (repair_job), no job
            kind_of = k >= 2 and words[k - 1] == "of" and words[k - 2] in _KIND_OF
            kind_of_app = after in APP_WORDS  # "hiring tracker": what the app is for
            if not candidate(word) or kind_of or kind_of_app or name in found:
                continue
            if (name == word and candidate(after) and singular(after) != after and said[k + 1] >= PLURAL_AT
                    and f"{word} {after}" in spaced):
                continue  # "memorial orders": the orders, of a kind; no memorial kept beside them
            counted = after in _COUNTS or (before == "of" and k >= 2 and words[k - 2] in _COUNTS)
            many = (p >= PLURAL_AT and name != word and before not in _DOER | _WHEN and not counted
                    and name not in _STANDS_FOR and not _an_item(low, spans[k])
                    # "blood sugar readings": a record the phrasing readers name whole (`thinglabels`)
                    and not (name in RECORD_WORDS | SAYS_NOTHING_ALONE and candidate(before)))
            if p >= at_least or many:
                found.append(name)
        return found

    def save(self, path: Path) -> None:
        save_file({"weight": self.weight.contiguous(), "bias": self.bias.reshape(1).contiguous(),
                   "mean": self.mean.contiguous(), "scale": self.scale.contiguous()}, str(path))

    @classmethod
    def load(cls, path: Path) -> ThingReader | None:
        """The reader saved at `path`, or None when there is none (a model trained before it)."""
        if not path.exists():
            return None
        t = load_file(str(path))
        return cls(t["weight"], t["bias"][0], t["mean"], t["scale"])


def training_requests(paths: tuple[Path, ...] = TRAINING_CASES) -> list[tuple[str, set[str]]]:
    """(message, the entity names its checks accept) for each development create request."""
    found = []
    for path in paths:
        for case in load_cases(path, split="dev"):
            if case.kind != "create":
                continue
            names: set[str] = set()
            for check in case.checks:
                if isinstance(check, EntityCheck):
                    names |= set(check.any)
                elif isinstance(check, RelationCheck):
                    names |= set(check.from_) | set(check.to)
            found.append((case.message, names))
    return found


def fit(encoder: Encoder, requests: list[tuple[str, set[str]]], seed: int = 0) -> ThingReader:
    """A reader fitted on the requests: every candidate word of each, a thing when its checks name an entity by it."""
    states, labels = [], []
    messages = read_message(encoder, [text for text, _ in requests])
    for message, (_, names) in zip(messages, requests, strict=True):
        for word, state in zip(message.words, message.states, strict=True):
            if candidate(word):
                states.append(state)
                labels.append(1.0 if word in names or singular(word) in names else 0.0)
    x, y = torch.stack(states), torch.tensor(labels)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    x = (x - mean) / scale
    generator = torch.Generator().manual_seed(seed)
    weight = (torch.rand(x.shape[1], generator=generator) - 0.5) * 0.1
    weight.requires_grad_(True)
    bias = torch.zeros((), requires_grad=True)
    optimiser = torch.optim.Adam([weight, bias], lr=1e-2, weight_decay=1e-3)
    for _ in range(EPOCHS):
        optimiser.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ weight + bias, y)
        loss.backward()
        optimiser.step()
    return ThingReader(weight.detach(), bias.detach(), mean, scale)


__all__ = ["AT_LEAST", "FILE", "ThingReader", "candidate", "fit", "training_requests"]
