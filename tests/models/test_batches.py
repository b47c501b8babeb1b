"""Training batches mark what each step of a program may say (the grammar) and must say (the answer)."""

from __future__ import annotations


def test_a_batch_marks_each_steps_right_tokens_among_those_the_grammar_allows() -> None:
    from appforge.models.encoder import load_encoder
    from appforge.models.inhouse import synthetic
    from appforge.models.inhouse.features import WordVectors
    from appforge.models.inhouse.train import Vocabulary, build_vocabulary, collate, prepare

    train_domains, _ = synthetic.domain_split(seed=0)
    examples = synthetic.generate(96, seed=5, domains=train_domains)
    vocab = Vocabulary(build_vocabulary(examples, 1500, 1))
    items, _ = prepare(examples, vocab)
    batch = collate(items[:24], vocab, WordVectors(load_encoder()))
    for again in (False, True):  # the second batch is made from what the first one worked out and kept
        if again:
            batch = collate(items[:24], vocab, WordVectors(load_encoder()))
        real = batch["steps"].bool()
        assert real.sum() == sum(len(it.targets) for it in items[:24])
        right = batch["target"][real]
        assert bool(right.any(-1).all()), "a step with nothing to learn"
        assert not bool((right & ~batch["allowed"][real]).any()), "a right token the grammar does not allow"
        assert not bool(batch["target"][~real].any())
    first = items[0]
    copies = [j for j, (kind, _) in enumerate(first.inputs) if kind == "copy"]
    for j in copies:
        assert batch["copy_index"][0, j] == first.inputs[j][1] and batch["token_kind"][0, j] == 1
