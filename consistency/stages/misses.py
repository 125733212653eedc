"""The nearest misses: the pairs that scored highest without being flagged, and the one
setting that would have let each through.

A report with no findings is only useful if it says how close the check came. For each
scored pair that is not a finding, its score is recomputed as :mod:`consistency.stages.score`
combines it, once as the run saw it and once with the NLI evidence counted below
``nli.contradiction_threshold`` too, so the reader sees both "lower
``score.flag_threshold`` to X" and, where NLI is what held it back, which NLI threshold
would count it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from consistency.core.config import Config
from consistency.core.types import Claim, ClaimPair, ScoredPair, Signal
from consistency.stages.score import PairStance, combine, score_pair
from consistency.structured.conflicts import Comparison

__all__ = ["NearMiss", "nearest_misses"]


@dataclass(frozen=True)
class NearMiss:
    """A pair below the cut: its score, what it would take, and why it scored at all."""

    a: Claim
    b: Claim
    score: float  # as the run combined it
    setting: str  # the setting (or settings) that would have flagged it
    reasons: tuple[str, ...]


def _structured(comparison: Comparison | None, config: Config) -> list[Signal]:
    if comparison is None or not config.score.structured or comparison.naming_only:
        return []
    sc = config.score
    return [
        dataclasses.replace(s, weight=float(getattr(sc, f"{s.kind}_weight", s.weight)))
        for s in comparison.signals
    ]


def _floor(x: float) -> float:
    return math.floor(x * 100) / 100  # a threshold at this value lets the pair through


def _learned_miss(sp: ScoredPair, comparison, config: Config, stance) -> NearMiss | None:
    """With learned scoring the score is the estimated probability, before the
    different-event discount (the flag decision's score)."""
    sc = config.score
    zero = config.model_copy(update={"score": sc.model_copy(update={"flag_threshold": 0.0})})
    f = score_pair(sp, comparison, zero, stance)
    if f is None or f.kind == "corroboration":
        return None
    score = f.score / (sc.different_event_penalty if f.maybe_different_events else 1.0)
    if score >= sc.flag_threshold or _floor(score) <= 0:
        return None
    return NearMiss(sp.pair.a, sp.pair.b, score, f"score.flag_threshold={_floor(score):.2f}",
                    f.reasons)  # fmt: skip


def _miss(
    sp: ScoredPair, comparison: Comparison | None, config: Config, stance=None
) -> NearMiss | None:
    if config.score.learned:
        return _learned_miss(sp, comparison, config, stance)
    nli = (sp.ab.contradiction + sp.ba.contradiction) / 2
    nli_signal = Signal("nli", nli, f"NLI contradiction {nli:.2f} (mean of both directions)",
                        config.score.nli_weight)  # fmt: skip
    structured = _structured(comparison, config)
    gated = nli >= config.nli.contradiction_threshold
    score = combine([*structured, nli_signal] if gated else structured)
    if score >= config.score.flag_threshold:
        return None  # flagged: not a miss
    if score > 0:
        setting = f"score.flag_threshold={_floor(score):.2f}"
    else:  # only the NLI threshold held it back
        score = combine([nli_signal])
        if score <= 0:
            return None
        setting = (f"nli.contradiction_threshold={_floor(nli):.2f} "
                   f"score.flag_threshold={_floor(score):.2f}")  # fmt: skip
    reasons = (*(s.explanation for s in structured), nli_signal.explanation)
    return NearMiss(sp.pair.a, sp.pair.b, score, setting, reasons)


def nearest_misses(
    scored: Sequence[ScoredPair],
    comparisons: Mapping[str, Comparison | None],
    config: Config,
    n: int = 5,
    stance_of: Callable[[ClaimPair], PairStance | None] | None = None,
) -> tuple[NearMiss, ...]:
    """The ``n`` unflagged pairs that came closest, highest first (``stance_of``: the
    story stage's stances, for learned scoring)."""
    misses = [
        m
        for sp in scored
        if (m := _miss(sp, comparisons.get(sp.pair.id), config,
                       stance_of(sp.pair) if stance_of else None))
    ]  # fmt: skip
    misses.sort(key=lambda m: (-m.score, m.a.id, m.b.id))
    return tuple(misses[:n])
