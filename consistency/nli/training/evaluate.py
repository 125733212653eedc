"""3-way NLI metrics: accuracy, per-class precision/recall/F1 and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from consistency.core.types import NLIScores

CLASSES: tuple[str, ...] = ("entailment", "neutral", "contradiction")


@dataclass(frozen=True)
class ClassMetrics:
    """Precision, recall and F1 of one class, with its gold count (support)."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class EvalResult:
    """Scores of predictions against gold labels; ``confusion[gold][pred]`` in CLASSES order."""

    n: int
    accuracy: float
    per_class: tuple[ClassMetrics, ...]
    confusion: tuple[tuple[int, ...], ...]

    def metrics(self, label: str) -> ClassMetrics:
        """The :class:`ClassMetrics` of one class by name."""
        return next(m for m in self.per_class if m.label == label)

    def render(self) -> str:
        """A plain-text report: accuracy, a P/R/F1 table and the confusion matrix."""
        lines = [f"pairs: {self.n}   accuracy: {self.accuracy:.4f}", "",
                 f"{'class':<14}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
        for m in self.per_class:
            lines.append(f"{m.label:<14}{m.precision:>10.4f}{m.recall:>10.4f}{m.f1:>10.4f}"
                         f"{m.support:>9}")
        lines += ["", "confusion (rows gold, columns predicted):",
                  f"{'':<14}" + "".join(f"{c[:7]:>9}" for c in CLASSES)]
        for gold, row in zip(CLASSES, self.confusion, strict=True):
            lines.append(f"{gold:<14}" + "".join(f"{v:>9}" for v in row))
        return "\n".join(lines)


def argmax_label(scores: NLIScores) -> str:
    """The most probable label (ties go to the earlier name in CLASSES)."""
    return max(CLASSES, key=lambda c: getattr(scores, c))


def evaluate_labels(gold: Sequence[str], predicted: Sequence[str]) -> EvalResult:
    """Compare two label sequences (each label one of CLASSES)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    for name in (*gold, *predicted):
        if name not in CLASSES:
            raise ValueError(f"unknown label {name!r}; expected one of {CLASSES}")
    idx = {c: i for i, c in enumerate(CLASSES)}
    conf = [[0] * len(CLASSES) for _ in CLASSES]
    for g, p in zip(gold, predicted, strict=True):
        conf[idx[g]][idx[p]] += 1
    per_class = []
    for i, c in enumerate(CLASSES):
        tp = conf[i][i]
        pred_n = sum(row[i] for row in conf)
        gold_n = sum(conf[i])
        prec = tp / pred_n if pred_n else 0.0
        rec = tp / gold_n if gold_n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class.append(ClassMetrics(c, prec, rec, f1, gold_n))
    n = len(gold)
    acc = sum(conf[i][i] for i in range(len(CLASSES))) / n if n else 0.0
    return EvalResult(n, acc, tuple(per_class), tuple(tuple(r) for r in conf))


def evaluate(gold: Sequence[str], scores: Sequence[NLIScores]) -> EvalResult:
    """Score model outputs against gold labels (prediction = highest probability)."""
    return evaluate_labels(gold, [argmax_label(s) for s in scores])
