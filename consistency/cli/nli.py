"""`consistency nli ...`: train, run and evaluate the NLI cross-encoder.

Each command is a thin wrapper over the library function of the same name
(:func:`consistency.nli.train.train`, :func:`consistency.nli.jsonl.predict_file`,
:func:`consistency.nli.jsonl.eval_file`). Errors are one line on stderr: exit 2 for bad
input or usage, 1 for failures while running.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, NoReturn

import typer

app = typer.Typer(help="Train, run and evaluate the NLI cross-encoder.", no_args_is_help=True)

TRAIN_HELP = """Fine-tune the NLI cross-encoder on the fixed train split and write a model dir.

The NLI data folder comes from --data-dir or $CONSISTENCY_NLI_DATA; news pairs (FNC-1)
are added when --news-dir or $CONSISTENCY_NEWS_DATA names a folder.

Example: consistency nli train --output nli-model --data-dir data/nli --epochs 1.6 --lr 6e-5
Example: consistency nli train --output nli-v2 --init-from bundled --news-dir data/news \
  --lr 3e-5 --epochs 1 --cap base=3000 --cap snli=4000 --threads 2 --max-minutes 75
"""
PREDICT_HELP = """Score premise/hypothesis pairs from a JSONL file.

Each input line needs "premise" and "hypothesis"; other keys pass through, and the output
adds "entailment", "neutral" and "contradiction" probabilities.

Example: consistency nli predict --input pairs.jsonl --output scored.jsonl
"""
EVAL_HELP = """Evaluate the model on a labelled JSONL (premise, hypothesis, label).

Prints accuracy, per-class precision/recall/F1 and the confusion matrix.

With --dev it evaluates on the fixed dev split of every training source instead
(data from --data-dir or $CONSISTENCY_NLI_DATA); with a news folder (--news-dir or
$CONSISTENCY_NEWS_DATA) also on the FNC-1 news dev pairs and the different-event set,
for which it prints the false-contradiction rate.

Example: consistency nli eval --input labelled.jsonl
Example: consistency nli eval --dev --data-dir data/nli --news-dir data/news --backend onnx
"""

ModelOpt = Annotated[str, typer.Option("--model", help="'bundled' or a CrossEncoder dir/name.")]


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command("train", help=TRAIN_HELP)
def train_cmd(
    output: Annotated[Path, typer.Option("--output", help="Model directory to write.")],
    data_dir: Annotated[str, typer.Option(help="NLI data folder ($CONSISTENCY_NLI_DATA).")] = "",
    news_dir: Annotated[str, typer.Option(
        help="FNC-1 news folder for news pairs ($CONSISTENCY_NEWS_DATA).")] = "",
    base: Annotated[str, typer.Option(help="Base model dir (default all-MiniLM-L6-v2).")] = "",
    epochs: Annotated[float, typer.Option(help="Passes over the data (may be fractional).")] = 1.6,
    batch_size: Annotated[int, typer.Option(help="Pairs per step.")] = 32,
    lr: Annotated[float, typer.Option(help="Peak learning rate.")] = 6e-5,
    label_smoothing: Annotated[float, typer.Option(help="Cross-entropy smoothing.")] = 0.0,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 13,
    synthetic: Annotated[bool, typer.Option(help="Add entity-swap contradictions.")] = False,
    synthetic_max: Annotated[int, typer.Option(help="How many synthetic pairs.")] = 3000,
    init_from: Annotated[str, typer.Option(help="Continue from this trained model dir.")] = "",
    max_per_source: Annotated[int | None, typer.Option(help="Cap pairs per source.")] = None,
    no_sort: Annotated[bool, typer.Option("--no-sort", help="No length bucketing.")] = False,
    max_minutes: Annotated[float | None, typer.Option(help="Stop after this long.")] = None,
    cap: Annotated[list[str] | None, typer.Option(
        help="SOURCE=N: at most N pairs of a source (repeatable).")] = None,
    threads: Annotated[int | None, typer.Option(help="torch CPU threads.")] = None,
    checkpoint_every: Annotated[int, typer.Option(
        help="Save model + resumable state every N steps (0: only at the end).")] = 0,
    max_length: Annotated[int, typer.Option(help="Token limit per pair.")] = 128,
) -> None:
    from consistency.nli.model import resolve_path
    from consistency.nli.training.data import DataError
    from consistency.nli.training.train import TrainConfig, train

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    caps: dict[str, int] = {}
    for item in cap or []:
        name, _, value = item.partition("=")
        if not name or not value.isdigit():
            _fail(f"--cap {item!r}: expected SOURCE=N, e.g. base=3000", 2)
        caps[name] = int(value)
    cfg = TrainConfig(
        output_dir=str(output), base=base, data_dir=data_dir, news_dir=news_dir,
        source_caps=caps, threads=threads, checkpoint_every=checkpoint_every,
        max_length=max_length, epochs=epochs,
        batch_size=batch_size, lr=lr, label_smoothing=label_smoothing, seed=seed,
        synthetic=synthetic, synthetic_max=synthetic_max, init_from=resolve_path(init_from),
        max_per_source=max_per_source, sort_by_length=not no_sort,
        max_seconds=max_minutes * 60 if max_minutes else None,
    )
    try:
        result = train(cfg, progress=True)
    except DataError as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(f"training failed: {exc}", 1)
    typer.echo(f"wrote {result.output_dir}: {result.n_train} pairs, {result.seconds:.0f} s")


@app.command("predict", help=PREDICT_HELP)
def predict_cmd(
    input: Annotated[Path, typer.Option("--input", help="JSONL with premise/hypothesis.")],
    output: Annotated[Path, typer.Option("--output", help="JSONL to write.")],
    model: ModelOpt = "bundled",
    batch_size: Annotated[int, typer.Option(help="Pairs per forward pass.")] = 32,
    backend: Annotated[str, typer.Option(help="torch or onnx.")] = "torch",
) -> None:
    from consistency.nli.jsonl import InputError, predict_file
    from consistency.nli.model import ModelLabelError, NLIModel

    try:
        nli = NLIModel(model, batch_size=batch_size, backend=backend)
        n = predict_file(nli, input, output, progress=True)
    except (InputError, ModelLabelError, ValueError) as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(str(exc), 1)
    typer.echo(f"wrote {n} scored pairs to {output}")


@app.command("eval", help=EVAL_HELP)
def eval_cmd(
    input: Annotated[Path | None, typer.Option(
        "--input", help="JSONL with premise/hypothesis/label.")] = None,
    dev: Annotated[bool, typer.Option("--dev", help="Use the fixed dev split.")] = False,
    data_dir: Annotated[str, typer.Option(
        help="NLI data folder for --dev ($CONSISTENCY_NLI_DATA).")] = "",
    news_dir: Annotated[str, typer.Option(
        help="FNC-1 news folder for --dev ($CONSISTENCY_NEWS_DATA; optional).")] = "",
    model: ModelOpt = "bundled",
    batch_size: Annotated[int, typer.Option(help="Pairs per forward pass.")] = 32,
    backend: Annotated[str, typer.Option(help="torch or onnx.")] = "torch",
) -> None:
    from consistency.nli.jsonl import InputError, eval_file
    from consistency.nli.model import ModelLabelError, NLIModel
    from consistency.nli.training.data import DataError

    if (input is None) == (not dev):
        _fail("give exactly one of --input FILE or --dev", 2)
    try:
        nli = NLIModel(model, batch_size=batch_size, backend=backend)
        if input is not None:
            typer.echo(f"== {input}\n{eval_file(nli, input, progress=True).render()}\n")
        else:
            _eval_dev(nli, data_dir, news_dir)
    except (InputError, ModelLabelError, DataError, ValueError) as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(str(exc), 1)


def _eval_dev(nli, data_dir: str, news_dir: str) -> None:
    """Print the dev figures of every source, then the news sets if a news folder is set."""
    import os

    from consistency.nli.jsonl import eval_dev, false_contradictions
    from consistency.nli.training.data import load_splits, resolve_data_dir
    from consistency.nli.training.evaluate import evaluate
    from consistency.nli.training.news import NEWS_ENV, news_split

    news = news_split(resolve_data_dir(news_dir, NEWS_ENV, "news")) if (
        news_dir or os.environ.get(NEWS_ENV)) else None
    for name, result in eval_dev(nli, load_splits(resolve_data_dir(data_dir))).items():
        typer.echo(f"== {name}\n{result.render()}\n")
    if news is not None:
        dev = news.dev
        scores = nli.predict([e.premise for e in dev], [e.hypothesis for e in dev])
        typer.echo(f"== news (FNC-1 dev stories)\n"
                   f"{evaluate([e.label for e in dev], scores).render()}\n")
        typer.echo(f"== different_events (gold neutral)\n"
                   f"{false_contradictions(nli, news.different_events).render()}\n")


if __name__ == "__main__":
    app()
