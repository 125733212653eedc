"""File-level NLI jobs: score a JSONL of pairs, evaluate a labelled JSONL or the dev split.

Input is validated completely before any scoring, and output is written to a temporary
file that is renamed into place, so a bad line never leaves a half-written result.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consistency.core.ids import atomic_write_text, jsonl_objects
from consistency.nli.model import NLIModel
from consistency.nli.training.data import NLIExample, Split, normalize_label
from consistency.nli.training.evaluate import EvalResult, argmax_label, evaluate


class InputError(ValueError):
    """A malformed input line; the message names the file and the line number."""


@dataclass(frozen=True)
class PairRecord:
    """One input line: its pair, its other keys (passed through) and its line number."""

    line_no: int
    premise: str
    hypothesis: str
    record: dict[str, Any]


def read_pairs(path: Path, need_label: bool = False) -> list[PairRecord]:
    """Parse a JSONL file whose lines hold ``premise`` and ``hypothesis`` strings (and a
    ``label`` when ``need_label``); blank lines are skipped, anything else bad raises."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    try:
        objects = jsonl_objects(text, str(path))
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    out: list[PairRecord] = []
    for no, rec in objects:
        for key in ("premise", "hypothesis"):
            if not isinstance(rec.get(key), str):
                raise InputError(f"{path}:{no}: missing or non-string {key!r}")
        if need_label and normalize_label(str(rec.get("label", ""))) is None:
            raise InputError(f"{path}:{no}: 'label' must be entailment, neutral or "
                             f"contradiction (got {rec.get('label')!r})")
        out.append(PairRecord(no, rec["premise"], rec["hypothesis"], rec))
    return out


def predict_file(model: NLIModel, input_path: Path, output_path: Path,
                 progress: bool = False) -> int:
    """Score every pair of ``input_path`` into ``output_path`` (atomically); returns the
    number of lines written. Output lines are the input objects plus three probabilities."""
    records = read_pairs(input_path)
    scores = model.predict([r.premise for r in records], [r.hypothesis for r in records],
                           progress=progress)
    rows = (
        {**rec.record, "entailment": round(s.entailment, 6), "neutral": round(s.neutral, 6),
         "contradiction": round(s.contradiction, 6)}
        for rec, s in zip(records, scores, strict=True)
    )
    atomic_write_text(output_path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return len(records)


def eval_file(model: NLIModel, input_path: Path, progress: bool = False) -> EvalResult:
    """Evaluate ``model`` on a labelled JSONL (``premise``, ``hypothesis``, ``label``)."""
    records = read_pairs(input_path, need_label=True)
    gold = [normalize_label(str(r.record["label"])) or "" for r in records]
    scores = model.predict([r.premise for r in records], [r.hypothesis for r in records],
                           progress=progress)
    return evaluate(gold, scores)


def eval_dev(model: NLIModel, splits: Sequence[Split],
             progress: bool = False) -> dict[str, EvalResult]:
    """Evaluate on the fixed dev part of each source (keyed by source name)."""
    results: dict[str, EvalResult] = {}
    for sp in splits:
        if not sp.dev:
            continue
        scores = model.predict([e.premise for e in sp.dev], [e.hypothesis for e in sp.dev],
                               progress=progress)
        results[sp.source] = evaluate([e.label for e in sp.dev], scores)
    return results


@dataclass(frozen=True)
class FalseContradictions:
    """How often gold-neutral pairs (different events) are called contradictions.

    ``argmax`` counts pairs whose most probable label is contradiction; ``gated`` counts
    pairs whose mean contradiction of both directions reaches ``threshold``, which is
    what a check flags (``nli.contradiction_threshold``)."""

    n: int
    argmax: int
    gated: int
    threshold: float

    def render(self) -> str:
        """One line per rate."""
        n = max(1, self.n)
        return (f"pairs: {self.n}   false contradictions (argmax): {self.argmax} = "
                f"{self.argmax / n:.3f}\n"
                f"mean of both directions >= {self.threshold}: {self.gated} = "
                f"{self.gated / n:.3f}")


def false_contradictions(model: NLIModel, examples: Sequence[NLIExample],
                         threshold: float = 0.7) -> FalseContradictions:
    """Score gold-neutral pairs in both directions and count false contradictions."""
    prem = [e.premise for e in examples]
    hyp = [e.hypothesis for e in examples]
    fwd = model.predict(prem, hyp)
    back = model.predict(hyp, prem)
    argmax = sum(argmax_label(s) == "contradiction" for s in fwd)
    gated = sum((a.contradiction + b.contradiction) / 2 >= threshold
                for a, b in zip(fwd, back, strict=True))
    return FalseContradictions(len(examples), argmax, gated, threshold)
