"""`appforge ...` for the models: train, fine-tune from feedback, generate, evaluate, measure, promote, roll back.

    appforge train [--examples N] [--epochs E] [--seed S] [--out DIR]   the in-house model from scratch
    appforge train --from-feedback DATASET [--name NAME]                fine-tune the model in use on feedback
    appforge generate "MESSAGE" [--base SPEC] [--json]                   a model's operations, no app touched
    appforge eval [--model M] [--split S] [--kind K]                     the benchmark: table, JSON, chart
    appforge bench-model [--model M]                                     load time, latency, memory
    appforge models list | promote NAME | rollback                       the registry of trained models
    appforge dataset export --out FILE [--app APP]                       recorded turns -> training examples
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from appforge.cli import _fail, _reported, _settings, app, err, out
from appforge.cli.specs import load_spec_file

# --- the in-house model ----------------------------------------------------------------------------------------------


@app.command()
def train(
    ctx: typer.Context,
    examples: Annotated[int, typer.Option(help="Synthetic training examples to generate.")] = 32_000,
    epochs: Annotated[int | None, typer.Option(help="Passes over the examples (default 12; 4 with --from-feedback).")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the data and the initial weights.")] = 0,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Where to write the weights (default: the shipped ones).")] = None,
    from_feedback: Annotated[Path | None, typer.Option(
        "--from-feedback", help="Fine-tune the model in use on this dataset (`appforge dataset export`) instead.")] = None,
    name: Annotated[str | None, typer.Option(help="With --from-feedback: the new model's name in the registry.")] = None,
    precision: Annotated[str, typer.Option(help="auto (bf16 where the CPU has bfloat16 units, else fp32), bf16 (autocast) or fp32 for the matrix products.")] = "auto",
) -> None:
    """Train the in-house model from scratch (progress bar, loss curve, weights in --out), or fine-tune it on feedback
    into a new registry entry, scored beside the model in use."""
    with _reported():
        if from_feedback is not None:
            _finetune(ctx, from_feedback, name, epochs or 4, seed)
            return
        from appforge.models.inhouse.train import WEIGHTS_DIR, TrainConfig
        from appforge.models.inhouse.train import train as run_training

        epochs = epochs or TrainConfig.epochs

        target = out_dir or WEIGHTS_DIR
        summary = run_training(TrainConfig(examples=examples, epochs=epochs, seed=seed, precision=precision), target, console=err)
        last = [h for h in summary["history"] if "validation" in h]
        out.print(f"[bold green]trained[/] in {summary['minutes']} min on {summary['data']['train_examples']} examples; "
                  f"validation loss {last[-1]['validation']:.3f}" if last else "trained")
        out.print(f"weights: {target / 'decoder.safetensors'}  loss curve: {target / 'loss.png'}")


@app.command()
def generate(
    message: Annotated[str, typer.Argument(help="What the person wants, in their words.")],
    base: Annotated[Path | None, typer.Option(help="The app as it stands (a spec .json or .app); none: a new app.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the resulting spec as JSON on stdout.")] = False,
    model: Annotated[str, typer.Option(help="Which model answers.")] = "appforge",
) -> None:
    """Turn a message into operations (and, with --json, the resulting spec) without touching any app."""
    with _reported():
        from appforge.models import apply_proposal, get_model

        start = load_spec_file(base) if base is not None else None
        proposal = get_model(model).propose(message, start)
        spec = apply_proposal(proposal, start)
        if as_json:
            sys.stdout.write(spec.model_dump_json(indent=2, exclude_defaults=True) + "\n")
            for op in proposal.operations:
                err.print(f"  - {op.summary()}", markup=False)
        else:
            for op in proposal.operations:
                out.print(f"  - {op.summary()}", markup=False)
        if proposal.note:
            err.print(proposal.note, markup=False)
        if not proposal.operations:
            err.print("no change", markup=False)


# --- model evaluation ------------------------------------------------------------------------------------------------

DEFAULT_EVAL_MODELS = ("appforge", "keyword-rules", "nearest-blueprint")


@app.command("eval")
def eval_models(
    ctx: typer.Context,
    model: Annotated[list[str] | None, typer.Option(
        "--model", help="A model to evaluate (repeatable; default: appforge, keyword-rules, nearest-blueprint).")] = None,
    split: Annotated[str, typer.Option(help="Which cases: heldout, dev or all.")] = "all",
    kind: Annotated[str, typer.Option(help="Which cases: create, edit or all.")] = "all",
    out_dir: Annotated[Path, typer.Option("--out", help="Where report.md, report.json and report.png go.")] = Path(
        "benchmarks/model/results"),
    limit: Annotated[int | None, typer.Option(help="Only the first N cases of each kind (a quick look).")] = None,
    cases_path: Annotated[Path | None, typer.Option(
        "--cases", help="Another set of cases: a .jsonl file or a folder of them (default: the benchmark's).")] = None,
) -> None:
    """Score models on the hand-written benchmark (docs/evaluation.md) and write a report: markdown, JSON, chart."""
    with _reported():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from appforge.evaluation.checklist import load_cases
        from appforge.evaluation.report import summary_rows, write_report
        from appforge.evaluation.run import evaluate, select_cases
        from appforge.models import model_names
        from appforge.models.providers import register_configured

        if split not in ("heldout", "dev", "all"):
            _fail(f"--split {split!r}: use heldout, dev or all")
        if kind not in ("create", "edit", "all"):
            _fail(f"--kind {kind!r}: use create, edit or all")
        if limit is not None and limit < 1:
            _fail("--limit must be at least 1")
        names = list(model or DEFAULT_EVAL_MODELS)
        register_configured(_settings(ctx))  # the providers configured now (APPFORGE_PROVIDER*), by their names
        known = model_names()
        unknown = [n for n in names if n not in known]
        if unknown:
            _fail(f"no model named {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
        if cases_path is not None and not cases_path.exists():
            _fail(f"--cases {cases_path}: no such file or folder")
        cases = select_cases(load_cases() if cases_path is None else load_cases(cases_path), split=split, kind=kind,
                             limit=limit)
        if not cases:
            _fail("no cases match --split/--kind")
        results = []
        with Progress(TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as progress:
            for name in names:
                task = progress.add_task(name, total=len(cases))
                results.append(evaluate(name, cases, progress=lambda _case, _run, t=task: progress.advance(t)))
        rows = summary_rows(results)
        table = Table(*rows[0].keys(), title=f"Model benchmark ({len(cases)} cases, split {split}, kind {kind})",
                      title_justify="left")
        for row in rows:
            table.add_row(*row.values())
        out.print(table)
        written = write_report(results, out_dir, {"split": split, "kind": kind, "limit": limit, "cases": len(cases)},
                               say=lambda line: err.print(line, markup=False))
        out.print("Wrote " + ", ".join(str(p) for p in written.values()))


@app.command("bench-model")
def bench_model(
    model: Annotated[list[str] | None, typer.Option(
        "--model", help="A model to measure (repeatable; default: appforge, keyword-rules, nearest-blueprint).")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N create messages (default: all).")] = None,
) -> None:
    """Speed of each model, each in a fresh process: load time, warm create latency p50/p95, peak memory."""
    with _reported():
        import subprocess

        from appforge.models import model_names

        names = list(model or DEFAULT_EVAL_MODELS)
        known = model_names()
        unknown = [n for n in names if n not in known]
        if unknown:
            _fail(f"no model named {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
        table = Table("model", "load s", "p50 ms", "p95 ms", "mean ms", "messages", "failures", "peak MiB",
                      title="Model speed (fresh process per model; latency of creates, warm)", title_justify="left")
        code = "from appforge.evaluation.run import speed_main; speed_main()"
        for name in names:
            err.print(f"measuring {name} ...", markup=False)
            done = subprocess.run([sys.executable, "-c", code, name, str(limit or 0)], capture_output=True, text=True,
                                  check=False)
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no output"])[-1]
                table.add_row(name, "failed", last, "", "", "", "", "")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])

            def ms(value: float | None) -> str:
                return "-" if value is None else f"{value:.1f}"

            table.add_row(name, f"{r['load_s']:.2f}", ms(r["p50_ms"]), ms(r["p95_ms"]), ms(r["mean_ms"]),
                          str(r["messages"]), str(r["failures"]), f"{r['peak_rss_mb']:.0f}")
        out.print(table)




# --- the flywheel: feedback -> dataset -> fine-tune -> registry ----------------------------------------------------

models_app = typer.Typer(help="The registry of trained in-house models: list, promote, roll back.", no_args_is_help=True)
dataset_app = typer.Typer(help="Training data from what builders kept and fixed.", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.add_typer(dataset_app, name="dataset")


@dataset_app.command("export")
def dataset_export(
    ctx: typer.Context,
    out_file: Annotated[Path, typer.Option("--out", help="The JSON-lines file to write.")],
    app_name: Annotated[str | None, typer.Option("--app", help="Only this app's turns.")] = None,
) -> None:
    """Recorded turns as training examples: kept answers, and hand fixes of undone or thumbed-down ones.

    Only messages and specs are exported, never rows; apps whose builders opted out recorded nothing.
    """
    with _reported():
        from appforge.cli import _platform
        from appforge.models.dataset import Turn, write_dataset
        from appforge.spec.model import AppSpec
        from appforge.studio.feedback import feedback_turns

        turns, waiting = [], 0
        for t in feedback_turns(_platform(_settings(ctx)), app_name):
            if not (t.kept or t.corrected):
                waiting += 1  # undone or thumbed down and not fixed yet: nothing to learn from
                continue
            before = AppSpec.model_validate(t.spec_before) if t.spec_before else None
            turns.append(Turn(t.message, before, AppSpec.model_validate(t.spec_final),
                              "corrected" if t.corrected else "kept", t.app, str(t.turn)))
        written = write_dataset(turns, out_file)
        corrected = sum(t.source == "corrected" for t in turns)
        out.print(f"wrote {written} examples to {out_file}: {written - corrected} kept, {corrected} corrected by hand"
                  + (f"; {waiting} turns undone or thumbed down without a fix were left out" if waiting else ""))


def _registry(ctx: typer.Context) -> Any:
    from appforge.models.registry import Registry

    return Registry(_settings(ctx).data_dir / "models")


def _live_model(registry: Any) -> Any:
    from appforge.models.registry import LiveInhouse

    return LiveInhouse(registry)


def _finetune(ctx: typer.Context, dataset: Path, name: str | None, epochs: int, seed: int) -> None:
    import shutil
    from datetime import UTC, datetime

    from appforge.evaluation.candidate import score_model
    from appforge.models.dataset import read_dataset, split_heldout, to_examples
    from appforge.models.inhouse import InhouseModel
    from appforge.models.inhouse.finetune import FinetuneConfig, finetune

    registry = _registry(ctx)
    current = registry.current()
    turns = read_dataset(dataset)
    train_turns, held = split_heldout(turns, seed=seed)
    base_model = InhouseModel(current.path)
    examples, skipped = to_examples(train_turns, base_model)
    if not examples:
        _fail(f"{dataset}: no usable examples ({len(turns)} turns, {skipped} that operations cannot reach)")
    err.print(f"{len(examples)} feedback examples ({len(held)} turns held out to score with), from {current.name}",
              markup=False)
    name = name or "ft-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    staging = registry.root / f".{name}.partial"
    summary = finetune(current.path, examples, staging, FinetuneConfig(epochs=epochs, seed=seed), console=err)
    err.print("scoring the candidate and the model in use (benchmark held-out part, held-out feedback) ...", markup=False)
    scores = score_model(InhouseModel(staging), held)
    if "heldout" not in current.scores or ("feedback" not in current.scores and held):
        current_scores = score_model(base_model, held)
    else:
        current_scores = current.scores
    card = registry.add(name, staging, parent=current.name, scores=scores,
                        data={"feedback_turns": len(turns), "feedback_examples": len(examples),
                              "heldout_turns": len(held), "synthetic_examples": summary["finetune"]["synthetic_examples"],
                              "minutes": summary["minutes"], "dataset": str(dataset)})
    shutil.rmtree(staging, ignore_errors=True)
    table = Table("model", *scores.keys(), title="Candidate vs the model in use", title_justify="left")
    table.add_row(card.name, *(f"{v:.3f}" for v in scores.values()))
    table.add_row(current.name, *(f"{current_scores.get(k, float('nan')):.3f}" for k in scores))
    out.print(table)
    out.print(f"[bold green]{card.name}[/] trained in {summary['minutes']} min; "
              f"`appforge models promote {card.name}` to use it")


@models_app.command("list")
def models_list(ctx: typer.Context) -> None:
    """Every trained model with its scores and data; the one in use is marked."""
    with _reported():
        registry = _registry(ctx)
        state = registry.state()
        table = Table("", "model", "parent", "created", "held-out", "create", "edit", "feedback", "trained on",
                      title="In-house models", title_justify="left")
        for card in registry.cards():
            def score(key: str, card: Any = card) -> str:
                return f"{card.scores[key]:.3f}" if key in card.scores else "-"

            data = card.data
            trained = (f"{data['feedback_examples']} feedback + {data['synthetic_examples']} synthetic"
                       if "feedback_examples" in data else f"{data.get('train_examples') or '?'} synthetic")
            table.add_row("*" if card.name == state["current"] else "", card.name, card.parent or "-",
                          card.created or "-", score("heldout"), score("heldout_create"), score("heldout_edit"),
                          score("feedback"), trained)
        out.print(table)


@models_app.command("score")
def models_score(ctx: typer.Context, name: Annotated[str, typer.Argument(help="The model to score (e.g. shipped).")]) -> None:
    """Score a model on the benchmark's held-out part and keep the scores with it (what promotion compares)."""
    with _reported():
        from appforge.evaluation.candidate import score_model
        from appforge.models.inhouse import InhouseModel

        registry = _registry(ctx)
        card = registry.set_scores(name, score_model(InhouseModel(registry.card(name).path)))
        out.print(f"{card.name}: " + ", ".join(f"{k} {v:.3f}" for k, v in card.scores.items()))


@models_app.command("promote")
def models_promote(ctx: typer.Context, name: Annotated[str, typer.Argument(help="The model to use from now on.")]) -> None:
    """Use a trained model, unless it scores lower than the one in use (held-out benchmark, held-out feedback)."""
    with _reported():
        card = _registry(ctx).promote(name)
        out.print(f"[bold green]{card.name} is now the model in use[/] (running servers switch on their next request)")


@models_app.command("rollback")
def models_rollback(ctx: typer.Context) -> None:
    """Go back to the model the one in use replaced."""
    with _reported():
        card = _registry(ctx).rollback()
        out.print(f"[bold green]{card.name} is the model in use again[/]")
