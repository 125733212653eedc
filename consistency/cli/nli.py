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

Example: consistency nli train --output /tmp/nli-model --epochs 1.6 --lr 6e-5
"""
PREDICT_HELP = """Score premise/hypothesis pairs from a JSONL file.

Each input line needs "premise" and "hypothesis"; other keys pass through, and the output
adds "entailment", "neutral" and "contradiction" probabilities.

Example: consistency nli predict --input pairs.jsonl --output scored.jsonl
"""
EVAL_HELP = """Evaluate the model on a labelled JSONL (premise, hypothesis, label).

Prints accuracy, per-class precision/recall/F1 and the confusion matrix.

With --dev it evaluates on the fixed dev split of every training source instead.

Example: consistency nli eval --input labelled.jsonl
Example: consistency nli eval --dev
"""

ModelOpt = Annotated[str, typer.Option("--model", help="'bundled' or a CrossEncoder dir/name.")]


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command("train", help=TRAIN_HELP)
def train_cmd(
    output: Annotated[Path, typer.Option("--output", help="Model directory to write.")],
    data_dir: Annotated[Path, typer.Option(help="NLI data folder.")] = Path(
        "/work/shared/data/nli"),
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
) -> None:
    from consistency.nli.training.data import DataError
    from consistency.nli.training.train import TrainConfig, train

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cfg = TrainConfig(
        output_dir=str(output), base=base, data_dir=str(data_dir), epochs=epochs,
        batch_size=batch_size, lr=lr, label_smoothing=label_smoothing, seed=seed,
        synthetic=synthetic, synthetic_max=synthetic_max, init_from=init_from,
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
    data_dir: Annotated[Path, typer.Option(help="NLI data folder (for --dev).")] = Path(
        "/work/shared/data/nli"),
    model: ModelOpt = "bundled",
    batch_size: Annotated[int, typer.Option(help="Pairs per forward pass.")] = 32,
    backend: Annotated[str, typer.Option(help="torch or onnx.")] = "torch",
) -> None:
    from consistency.nli.jsonl import InputError, eval_dev, eval_file
    from consistency.nli.model import ModelLabelError, NLIModel
    from consistency.nli.training.data import DataError, load_splits

    if (input is None) == (not dev):
        _fail("give exactly one of --input FILE or --dev", 2)
    nli = NLIModel(model, batch_size=batch_size, backend=backend)
    try:
        if input is not None:
            results = {str(input): eval_file(nli, input, progress=True)}
        else:
            results = eval_dev(nli, load_splits(data_dir))
    except (InputError, ModelLabelError, DataError, ValueError) as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(str(exc), 1)
    for name, result in results.items():
        typer.echo(f"== {name}\n{result.render()}\n")


if __name__ == "__main__":
    app()
