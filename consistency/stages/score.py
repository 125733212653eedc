"""One score per pair from NLI and the structured signals, and the finding it becomes.

The signals are combined as a noisy-OR of ``score * weight`` (each capped at 1): any one
strong reason flags a pair, and agreeing reasons reinforce each other without exceeding 1.
When the two claims may describe different events the *reported* score is multiplied by
``different_event_penalty`` but the flag decision uses the unpenalised score, so the
reader still sees the conflict, ranked lower and labelled "may be a different event".
"""

from __future__ import annotations

import dataclasses
import logging

from consistency.core.config import Config, ScoreConfig
from consistency.core.ids import pair_id
from consistency.core.types import Claim, Finding, ScoredPair, Signal
from consistency.structured.conflicts import Comparison

log = logging.getLogger(__name__)

__all__ = ["score_pair", "combine"]

_KIND_TITLE = {
    "contradiction": "Contradiction", "location": "Location conflict", "time": "Time conflict",
    "number": "Number conflict", "role": "Title conflict", "dispute": "Dispute",
    "corroboration": "Corroboration", "negation": "Happened vs did not",
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


def score_pair(scored: ScoredPair, comparison: Comparison | None, config: Config) -> Finding | None:
    """The finding for a scored pair, or None when it is neither a flag nor corroboration.

    ``comparison`` None (or ``score.structured`` false) scores on NLI alone.
    """
    sc, nli_cfg = config.score, config.nli
    a, b = scored.pair.a, scored.pair.b
    use = comparison is not None and sc.structured
    la = _label(a, comparison.label_a if comparison else "")
    lb = _label(b, comparison.label_b if comparison else "")
    ab_c, ba_c = scored.ab.contradiction, scored.ba.contradiction
    # A real contradiction reads as one both ways; the mean damps one-sided noise.
    nli = (ab_c + ba_c) / 2
    nli_signal = Signal(
        "nli", nli, f"NLI contradiction {ab_c:.2f} (a→b), {ba_c:.2f} (b→a)", sc.nli_weight
    )
    # Below the NLI threshold the model is not saying "contradiction": no evidence.
    nli_evidence = nli_signal if nli >= nli_cfg.contradiction_threshold else None
    # weights come from this config, not the one compare() ran with, so tune can re-score
    structured: list[Signal] = [
        dataclasses.replace(sig, weight=_weight(sig, sc))
        for sig in (comparison.signals if use else ())  # type: ignore[union-attr]
    ]
    naming_only = bool(use and comparison.naming_only)  # type: ignore[union-attr]
    differ = comparison.speakers_differ if use else _speakers_differ(a, b)  # type: ignore[union-attr]
    if (
        nli >= nli_cfg.contradiction_threshold
        and differ
        and not any(s.kind == "dispute" for s in structured)
    ):
        sa, sb = a.attribution, b.attribution
        who = f"{sa.speaker if sa else '?'} ({la}) vs {sb.speaker if sb else '?'} ({lb})"
        # weight 0: this relabels the NLI contradiction, it is not extra evidence
        structured.append(Signal("dispute", nli, f"different speakers disagree: {who}", 0.0))
    all_signals = (*structured, nli_signal)
    evidence = (*structured, nli_evidence) if nli_evidence else tuple(structured)
    combined = 0.0 if naming_only else combine(evidence)
    maybe_diff = bool(use and comparison.maybe_different_events and structured)  # type: ignore[union-attr]

    if combined >= sc.flag_threshold:
        if any(s.kind == "dispute" for s in structured):
            kind = "dispute"
        elif structured:
            kind = max(structured, key=lambda s: s.score * s.weight).kind
        else:
            kind = "contradiction"
        score = combined * (sc.different_event_penalty if maybe_diff else 1.0)
        lead = next((s for s in structured if s.kind == kind), nli_signal)
        if lead is nli_signal:
            explanation = f"{_KIND_TITLE[kind]} between {la} and {lb}: {lead.explanation}"
        else:  # structured explanations already name both sources
            explanation = f"{_KIND_TITLE.get(kind, kind)}: {lead.explanation}"
        reasons = [s.explanation for s in all_signals]
        if maybe_diff:
            why = comparison.different_event_reason  # type: ignore[union-attr]
            explanation += f" — may be a different event ({why})"
            reasons.append(f"may be a different event: {why}; score × {sc.different_event_penalty}")
    elif (
        scored.ab.entailment >= nli_cfg.entailment_threshold
        and scored.ba.entailment >= nli_cfg.entailment_threshold
        and not structured
    ):
        kind = "corroboration"
        score = min(scored.ab.entailment, scored.ba.entailment)
        explanation = f"Corroboration: {la} and {lb} say the same"
        if naming_only:
            explanation += " (names spelled differently)"
        ab_e, ba_e = scored.ab.entailment, scored.ba.entailment
        reasons = [f"NLI entailment {ab_e:.2f} (a→b), {ba_e:.2f} (b→a)"]
    else:
        return None
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
        signals=all_signals,
        maybe_different_events=maybe_diff,
    )
