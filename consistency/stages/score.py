"""One score per pair from NLI, the structured signals and stance, and the finding it becomes.

With ``score.learned`` (the shipped default) the score is a logistic regression over the
pair's features (:data:`FEATURES`: NLI both ways, similarity, each structured signal,
opposed stances, denial, hedged reporting), with ``score.weights`` and ``score.bias``
fitted on the story benchmark's dev split (``bench/fit_story.py score``), so it reads as
an estimated probability that the two sources disagree. ``consistency tune --refit``
refits them from a reviewer's verdicts.

Otherwise the signals are combined as a noisy-OR of ``score * weight`` (each capped at 1): any one
strong reason flags a pair, and agreeing reasons reinforce each other without exceeding 1.
When the two claims may describe different events the *reported* score is multiplied by
``different_event_penalty`` but the flag decision uses the unpenalised score, so the
reader still sees the conflict, ranked lower and labelled "may be a different event".
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from consistency.core.config import Config, ScoreConfig
from consistency.core.ids import pair_id
from consistency.core.types import Claim, ClaimPair, Finding, ScoredPair, Signal
from consistency.stages.stance import StanceScores
from consistency.structured.conflicts import Comparison

log = logging.getLogger(__name__)

__all__ = [
    "FEATURES", "PairStance", "best_case", "combine", "fit_logistic", "learned_score", "score_pair",
]  # fmt: skip

STRUCTURED = ("location", "time", "number", "role", "dispute", "negation", "cause")
# Every feature of a pair, in 0..1; the names are the signal kinds a finding records.
FEATURES = (
    "nli", "entailment", "similarity", *STRUCTURED, "stance", "denial", "reports", "source_gap",
)  # fmt: skip
_STANCE_TEXT = {
    "stance": "opposed stances",
    "denial": "one side denies",
    "reports": "reported as an allegation",
    "source_gap": "one source reads as a denial throughout, the other not",
}


@dataclass(frozen=True)
class PairStance:
    """The story stage's view of a pair: each sentence's stance, same story claim or not."""

    a: StanceScores
    b: StanceScores
    same_claim: bool = False
    source_gap: float = 0.0  # |mean denial of source a - of source b|

    @property
    def opposed(self) -> float:
        """One side asserts (or reports) what the other denies."""
        told_a, told_b = self.a.asserts + self.a.reports, self.b.asserts + self.b.reports
        return max(told_a * self.b.denies, told_b * self.a.denies)

_KIND_TITLE = {
    "contradiction": "Contradiction", "denial": "Denial", "location": "Location conflict",
    "time": "Time conflict", "number": "Number conflict", "role": "Title conflict",
    "dispute": "Dispute", "corroboration": "Corroboration", "negation": "Happened vs did not",
    "cause": "Cause conflict",
}  # fmt: skip


def combine(signals: tuple[Signal, ...] | list[Signal]) -> float:
    """Noisy-OR of the weighted signal scores, in [0, 1]."""
    keep = 1.0
    for s in signals:
        keep *= 1.0 - min(1.0, max(0.0, s.score * s.weight))
    return 1.0 - keep


def _weight(signal: Signal, sc: ScoreConfig) -> float:
    return float(getattr(sc, f"{signal.kind}_weight", signal.weight))


def _label(claim: Claim, given: str) -> str:
    return given or claim.doc_id[:8]


def _speakers_differ(a: Claim, b: Claim) -> bool:
    if a.attribution is None or b.attribution is None:
        return False
    return a.attribution.speaker.strip().lower() != b.attribution.speaker.strip().lower()


def features(
    scored: ScoredPair, structured: Sequence[Signal], stance: PairStance | None
) -> dict[str, float]:
    """The pair's value of each name in :data:`FEATURES` (0 where it does not apply)."""
    ab, ba = scored.ab, scored.ba
    out = _features(scored.pair, structured, stance)
    out["nli"] = (ab.contradiction + ba.contradiction) / 2
    out["entailment"] = (ab.entailment + ba.entailment) / 2
    return out


def _features(
    pair: ClaimPair, structured: Sequence[Signal], stance: PairStance | None
) -> dict[str, float]:
    """Every feature but the NLI ones (left 0): what is known before NLI runs."""
    out = dict.fromkeys(FEATURES, 0.0)
    out["similarity"] = max(0.0, float(pair.similarity))
    for sig in structured:
        if sig.kind in out:
            out[sig.kind] = max(out[sig.kind], float(sig.score))
    if stance is not None:
        out["stance"] = stance.opposed
        out["denial"] = max(stance.a.denies, stance.b.denies)
        out["reports"] = max(stance.a.reports, stance.b.reports)
        out["source_gap"] = stance.source_gap
    return out


def best_case(
    pair: ClaimPair, comparison: Comparison | None, stance: PairStance | None, config: Config
) -> float:
    """The highest score the pair could get whatever NLI says of it.

    NLI is the costly stage, and with learned weights most candidate pairs could not
    reach a flag even if NLI called them contradictions; this bound lets the pipeline
    leave them out (``nli.skip_margin``). NLI's probabilities sum to at most 1 over
    contradiction and entailment, so their best joint contribution is the larger weight.
    """
    sc = config.score
    cmp = _effective(comparison, pair.a, pair.b, sc)
    structured = _structured_signals(cmp, 0.0, config, pair.a, pair.b, ("", ""))
    if not sc.learned:
        nli = Signal("nli", 1.0, "", sc.nli_weight)
        return 0.0 if cmp.naming_only else combine((*structured, nli))
    values = _features(pair, structured, stance)
    best = max(("nli", "entailment"), key=lambda k: sc.weights.get(k, 0.0))
    values[best] = 1.0 if sc.weights.get(best, 0.0) > 0 else 0.0
    learned, _ = learned_score(values, sc)
    return 0.0 if cmp.naming_only else max(learned, combine(structured))


def learned_score(values: Mapping[str, float], sc: ScoreConfig) -> tuple[float, dict[str, float]]:
    """sigmoid(bias + sum of weight * value), and each feature's contribution."""
    parts = {k: sc.weights.get(k, 0.0) * v for k, v in values.items()}
    z = sc.bias + sum(parts.values())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), parts


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, sample_weight: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (bias not penalised).

    Small and dependency-free, so ``consistency tune --refit`` needs no scikit-learn.
    """
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (sw * (p - y)) + reg * w
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def _learned_kind(parts: Mapping[str, float], structured: Sequence[Signal]) -> str:
    """What the finding is called: a structured conflict when there is one, else a
    denial when stance outweighs NLI, else a contradiction."""
    if any(s.kind == "dispute" for s in structured):
        return "dispute"
    kinds = [s.kind for s in structured if s.kind in STRUCTURED and parts.get(s.kind, 0) > 0]
    if kinds:
        return max(kinds, key=lambda k: parts[k])
    stance = parts.get("stance", 0.0) + parts.get("source_gap", 0.0)
    return "denial" if stance > parts.get("nli", 0.0) else "contradiction"


def _learned_signals(values, sc: ScoreConfig, structured, nli_signal) -> tuple[Signal, ...]:
    """Every non-zero feature as a signal (weight = its fitted weight), for report and tune."""
    text = {s.kind: s.explanation for s in (*structured, nli_signal)}
    return tuple(
        Signal(k, v, text.get(k) or f"{_STANCE_TEXT.get(k, k)} {v:.2f}", sc.weights.get(k, 0.0))
        for k, v in values.items()
        if v or k == "nli"
    )


def _effective(comparison: Comparison | None, a: Claim, b: Claim, sc: ScoreConfig) -> Comparison:
    """The comparison scoring uses: none at all (no signals) when structured checks are off."""
    if comparison is not None and sc.structured:
        return comparison
    return Comparison((), False, None, False, False, speakers_differ=_speakers_differ(a, b))


def _structured_signals(
    cmp: Comparison, nli: float, config: Config, a: Claim, b: Claim, labels: tuple[str, str]
) -> list[Signal]:
    """The comparison's signals, weighted by this config, plus a dispute between speakers."""
    sc = config.score
    # weights come from this config, not the one compare() ran with, so tune can re-score
    out = [dataclasses.replace(sig, weight=_weight(sig, sc)) for sig in cmp.signals]
    if (
        nli >= config.nli.contradiction_threshold
        and cmp.speakers_differ
        and not any(s.kind == "dispute" for s in out)
    ):
        sa, sb = (x.attribution.speaker if x.attribution else "?" for x in (a, b))
        who = f"{sa} ({labels[0]}) vs {sb} ({labels[1]})"
        # weight 0: this relabels the NLI contradiction, it is not extra evidence
        out.append(Signal("dispute", nli, f"different speakers disagree: {who}", 0.0))
    return out


def _combined(
    scored: ScoredPair,
    structured: list[Signal],
    nli_signal: Signal,
    stance: PairStance | None,
    config: Config,
) -> tuple[float, str, tuple[Signal, ...]]:
    """The combined score, the finding's kind and every signal that went into it."""
    sc = config.score
    if sc.learned:
        values = features(scored, structured, stance)
        combined, parts = learned_score(values, sc)
        signals = _learned_signals(values, sc, structured, nli_signal)
        # The story data the weights were fitted on almost never exercises the structured
        # checks, so the fit cannot judge them: they keep their own evidence, and a pair
        # scores whichever of the two is higher.
        structural = combine(structured)
        if structural > combined:
            return structural, _noisy_or_kind(structured), signals
        return combined, _learned_kind(parts, structured), signals
    # Below the NLI threshold the model is not saying "contradiction": no evidence.
    nli_evidence = nli_signal.score >= config.nli.contradiction_threshold
    evidence = (*structured, nli_signal) if nli_evidence else tuple(structured)
    return combine(evidence), _noisy_or_kind(structured), (*structured, nli_signal)


def _corroboration(scored: ScoredPair, naming_only: bool, labels: tuple[str, str]):
    """Kind, score, explanation and reasons of a pair that both directions entail."""
    ab_e, ba_e = scored.ab.entailment, scored.ba.entailment
    explanation = f"Corroboration: {labels[0]} and {labels[1]} say the same"
    if naming_only:
        explanation += " (names spelled differently)"
    return "corroboration", min(ab_e, ba_e), explanation, [
        f"NLI entailment {ab_e:.2f} (a→b), {ba_e:.2f} (b→a)"
    ]


def score_pair(
    scored: ScoredPair,
    comparison: Comparison | None,
    config: Config,
    stance: PairStance | None = None,
) -> Finding | None:
    """The finding for a scored pair, or None when it is neither a flag nor corroboration.

    ``comparison`` None (or ``score.structured`` false) scores without the structured
    signals; ``stance`` (from the story stage) adds the stance features when learned.
    """
    sc, ent_floor = config.score, config.nli.entailment_threshold
    a, b = scored.pair.a, scored.pair.b
    cmp = _effective(comparison, a, b, sc)
    labels = (_label(a, cmp.label_a), _label(b, cmp.label_b))
    ab_c, ba_c = scored.ab.contradiction, scored.ba.contradiction
    # A real contradiction reads as one both ways; the mean damps one-sided noise.
    nli = (ab_c + ba_c) / 2
    nli_signal = Signal(
        "nli", nli, f"NLI contradiction {ab_c:.2f} (a→b), {ba_c:.2f} (b→a)", sc.nli_weight
    )
    structured = _structured_signals(cmp, nli, config, a, b, labels)
    maybe_diff = cmp.maybe_different_events and bool(structured)
    combined, kind, all_signals = _combined(scored, structured, nli_signal, stance, config)
    combined = 0.0 if cmp.naming_only else combined
    if combined >= sc.flag_threshold:
        score = combined * (sc.different_event_penalty if maybe_diff else 1.0)
        explanation = _explain(kind, structured, nli_signal, *labels, stance)
        reasons = [s.explanation for s in all_signals]
        if sc.learned:
            reasons.append(f"estimated probability the sources disagree: {combined:.2f}")
        if maybe_diff:
            why = cmp.different_event_reason
            explanation += f" — may be a different event ({why})"
            reasons.append(f"may be a different event: {why}; score × {sc.different_event_penalty}")
    elif structured or min(scored.ab.entailment, scored.ba.entailment) < ent_floor:
        return None
    else:
        kind, score, explanation, reasons = _corroboration(scored, cmp.naming_only, labels)
    return Finding(
        id=pair_id(a.text, b.text),
        kind=kind,
        score=round(score, 4),
        explanation=explanation,
        similarity=scored.pair.similarity,
        ab=scored.ab,
        ba=scored.ba,
        a=a,
        b=b,
        reasons=tuple(reasons),
        signals=tuple(all_signals),
        maybe_different_events=maybe_diff,
    )


def _noisy_or_kind(structured: Sequence[Signal]) -> str:
    if any(s.kind == "dispute" for s in structured):
        return "dispute"
    if structured:
        return max(structured, key=lambda s: s.score * s.weight).kind
    return "contradiction"


def _explain(kind, structured, nli_signal, la: str, lb: str, stance: PairStance | None) -> str:
    if kind == "denial" and stance is not None:
        denier, teller = (lb, la) if stance.b.denies >= stance.a.denies else (la, lb)
        return f"Denial: {denier} denies what {teller} reports (stance {stance.opposed:.2f})"
    lead = next((s for s in structured if s.kind == kind), nli_signal)
    if lead is nli_signal:
        return f"{_KIND_TITLE.get(kind, kind)} between {la} and {lb}: {lead.explanation}"
    return f"{_KIND_TITLE.get(kind, kind)}: {lead.explanation}"  # they already name both sources
