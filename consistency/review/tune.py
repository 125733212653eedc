"""Tuning thresholds from the reviewer's verdicts.

A confirmed finding is a true positive, a rejected one a false positive. For the
combined score and for each signal, every distinct stored score is tried as a cut
point (flagged iff score >= t) and precision and recall are computed over the judged
findings. Recall is relative to the confirmed findings the store knows about: pairs
that were never flagged cannot be counted, so "recall" here means "of the
contradictions a reviewer confirmed, how many this threshold keeps". The recommendation
is the lowest threshold whose precision reaches the target, which keeps the most recall.
"""

from __future__ import annotations

import dataclasses
import io
import logging
from bisect import bisect_left
from pathlib import Path

import yaml

from consistency.core.config import Config, ConfigError
from consistency.core.ids import atomic_write_bytes, atomic_write_text
from consistency.review.store import ReviewStore, VerdictRecord

log = logging.getLogger(__name__)

COMBINED = "score"
# Which config key a signal's recommended threshold goes to with --write.
CONFIG_KEYS = {COMBINED: ("score", "flag_threshold"), "nli": ("nli", "contradiction_threshold")}


@dataclasses.dataclass(frozen=True)
class CutPoint:
    """Precision and recall when findings with score >= ``threshold`` are flagged."""

    threshold: float
    precision: float
    recall: float
    true_positives: int
    false_positives: int


@dataclasses.dataclass(frozen=True)
class Curve:
    """All cut points of one score (the combined score or one signal), ascending."""

    name: str
    points: tuple[CutPoint, ...]
    recommended: CutPoint | None  # None: no threshold reaches the target precision


@dataclasses.dataclass(frozen=True)
class TuneResult:
    """What ``tune`` found. ``needed`` > 0 means too few verdicts to say anything yet."""

    verdicts: int
    positives: int
    negatives: int
    target_precision: float
    needed: int
    message: str
    curves: tuple[Curve, ...] = ()
    plot: Path | None = None
    written: Path | None = None

    def curve(self, name: str) -> Curve | None:
        return next((c for c in self.curves if c.name == name), None)


def cut_points(scores: list[float], labels: list[bool]) -> tuple[CutPoint, ...]:
    """Precision/recall at every distinct score, in O(n log n) via sorted counts."""
    positives = sorted(s for s, y in zip(scores, labels, strict=True) if y)
    negatives = sorted(s for s, y in zip(scores, labels, strict=True) if not y)
    out = []
    for t in sorted(set(scores)):
        tp = len(positives) - bisect_left(positives, t)
        fp = len(negatives) - bisect_left(negatives, t)
        out.append(CutPoint(t, tp / (tp + fp), tp / len(positives) if positives else 0.0, tp, fp))
    return tuple(out)


def recommend(points: tuple[CutPoint, ...], target: float) -> CutPoint | None:
    """The lowest threshold with precision >= target (recall only falls as t rises)."""
    return next((p for p in points if p.precision >= target), None)


def tune(
    config: Config,
    target_precision: float | None = None,
    *,
    plot: str | Path | None = None,
    write: str | Path | None = None,
) -> TuneResult:
    """Compute precision/recall curves from the stored verdicts and recommend thresholds.

    ``plot``: PNG path (default: ``tune-pr.png`` next to the store). ``write``: a config
    file to receive the recommended ``score.flag_threshold`` (and
    ``nli.contradiction_threshold``), keeping its other keys and comments.
    """
    target = config.review.target_precision if target_precision is None else target_precision
    store_path = Path(config.review.store)
    records: tuple[VerdictRecord, ...] = ()
    if store_path.exists():
        with ReviewStore(store_path, busy_timeout=config.review.busy_timeout_s) as store:
            records = store.verdicts()
    judged = [r for r in records if r.snapshot is not None]
    pos = sum(r.verdict == "confirmed" for r in judged)
    neg = len(judged) - pos
    needed = max(config.review.min_verdicts - len(judged), int(pos == 0), int(neg == 0))
    if needed:
        missing = [] if pos and neg else ["a confirmed one" if not pos else "a rejected one"]
        msg = (f"Too few verdicts to tune: {len(judged)} with scores ({pos} confirmed, {neg} "
               f"rejected); review {needed} more"
               + (f", including {missing[0]}" if missing else "")
               + f" (need {config.review.min_verdicts}, both kinds).")
        return TuneResult(len(judged), pos, neg, target, needed, msg)
    labels = [r.verdict == "confirmed" for r in judged]
    names = sorted({s.kind for r in judged for s in r.snapshot.signals})  # type: ignore[union-attr]
    curves = []
    for name in [COMBINED, *names]:
        scores = [r.snapshot.score if name == COMBINED else r.snapshot.signal(name)  # type: ignore[union-attr]
                  for r in judged]
        points = cut_points(scores, labels)
        curves.append(Curve(name, points, recommend(points, target)))
    best = curves[0].recommended
    msg = (f"Recommended score.flag_threshold = {best.threshold:.4g} (precision "
           f"{best.precision:.2f}, recall {best.recall:.2f})" if best else
           f"No threshold of the combined score reaches precision {target:.2f}.")
    plot_path = Path(plot) if plot else store_path.with_name("tune-pr.png")
    save_plot(plot_path, curves, target)
    result = TuneResult(len(judged), pos, neg, target, 0, msg, tuple(curves), plot_path)
    if write is not None:
        result = dataclasses.replace(result, written=write_thresholds(Path(write), result))
    return result


def save_plot(path: Path, curves: list[Curve], target: float) -> None:
    """Precision-recall curves, one line per score, the recommended points marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 5), dpi=100)
    for curve in curves:
        recall = [p.recall for p in curve.points]
        precision = [p.precision for p in curve.points]
        (line,) = ax.step(recall, precision, where="post", label=curve.name,
                          linewidth=2.5 if curve.name == COMBINED else 1.2)
        if curve.recommended:
            ax.plot(curve.recommended.recall, curve.recommended.precision, "o",
                    color=line.get_color())
    ax.axhline(target, color="grey", linestyle="--", linewidth=1, label=f"target {target:.2f}")
    ax.set(xlabel="recall (of confirmed findings)", ylabel="precision", xlim=(0, 1.02),
           ylim=(0, 1.02), title="Precision-recall by threshold")
    ax.legend(loc="lower left", fontsize="small")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    atomic_write_bytes(path, buf.getvalue())


def write_thresholds(path: Path, result: TuneResult) -> Path:
    """Put the recommended thresholds into a config file, keeping its other keys and
    comments (ruamel round-trip); the file is created when missing, replaced atomically."""
    updates = {CONFIG_KEYS[c.name]: c.recommended.threshold
               for c in result.curves if c.name in CONFIG_KEYS and c.recommended}
    if CONFIG_KEYS[COMBINED] not in updates:
        raise ConfigError(f"{path}: not written; no combined-score threshold reaches "
                          f"precision {result.target_precision:.2f}")
    return _write_keys(path, updates)


def _write_keys(path: Path, updates: dict) -> Path:
    """Set ``(section, key) -> value`` in a config file, keeping its comments (ruamel)."""
    from io import StringIO

    from ruamel.yaml import YAML, YAMLError
    from ruamel.yaml.comments import CommentedMap

    rt = YAML()
    rt.preserve_quotes = True
    try:
        data = rt.load(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, UnicodeDecodeError, YAMLError) as exc:
        raise ConfigError(f"{path}: cannot update config ({str(exc).splitlines()[0]})") from exc
    data = CommentedMap() if data is None else data
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    for (section, key), value in updates.items():
        if not isinstance(data.get(section), dict):
            data[section] = CommentedMap()
        data[section][key] = value
    buf = StringIO()
    rt.dump(data, buf)
    text = buf.getvalue()
    try:
        Config.model_validate(yaml.safe_load(text))
    except Exception as exc:  # a user's file that was already invalid: leave it alone
        raise ConfigError(f"{path}: not written; the result would not be a valid config "
                          f"({str(exc).splitlines()[0]})") from exc
    atomic_write_text(path, text)
    log.info("wrote %s to %s", updates, path)
    return path


@dataclasses.dataclass(frozen=True)
class RefitResult:
    """Score weights fitted on the verdicts (``needed`` > 0: too few to fit)."""

    verdicts: int
    needed: int
    message: str
    weights: dict[str, float] = dataclasses.field(default_factory=dict)
    bias: float = 0.0
    written: Path | None = None


def refit(config: Config, write: str | Path | None = None) -> RefitResult:
    """Refit ``score.weights`` / ``score.bias`` by logistic regression on the verdicts.

    Each judged finding's snapshot holds its per-signal scores (the features); a
    confirmed one is a disagreement, a rejected one is not. The fit is pulled towards
    the current weights' scale by L2, since verdicts cover only flagged pairs.
    """
    import numpy as np

    from consistency.stages.score import FEATURES, fit_logistic

    records: tuple[VerdictRecord, ...] = ()
    store_path = Path(config.review.store)
    if store_path.exists():
        with ReviewStore(store_path, busy_timeout=config.review.busy_timeout_s) as store:
            records = store.verdicts()
    judged = [r for r in records if r.snapshot is not None]
    pos = sum(r.verdict == "confirmed" for r in judged)
    needed = max(config.review.min_verdicts - len(judged), int(pos == 0), int(pos == len(judged)))
    if needed:
        return RefitResult(len(judged), needed, f"Too few verdicts to refit: {len(judged)} "
                           f"({pos} confirmed); review {needed} more, both kinds.")
    x = np.array([[r.snapshot.signal(k) for k in FEATURES] for r in judged])  # type: ignore[union-attr]
    y = np.array([r.verdict == "confirmed" for r in judged], dtype=float)
    w, b = fit_logistic(x, y, l2=1.0)
    weights = {k: round(float(v), 4) for k, v in zip(FEATURES, w, strict=True)}
    result = RefitResult(len(judged), 0, f"Refitted score weights on {len(judged)} verdicts "
                         f"({pos} confirmed).", weights, round(b, 4))
    if write is not None:
        updates = {("score", "weights"): weights, ("score", "bias"): result.bias,
                   ("score", "learned"): True}
        result = dataclasses.replace(result, written=_write_keys(Path(write), updates))
    return result
