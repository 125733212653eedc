"""Combined scoring: NLI alone, structured signals, penalties, disputes, corroboration."""

from __future__ import annotations

import dataclasses

import pytest

from consistency.core import ids
from consistency.core.config import Config, load_config
from consistency.core.types import Attribution, Claim, ClaimPair, NLIScores, ScoredPair, Signal
from consistency.stages.nli_scoring import worth_nli
from consistency.stages.score import PairStance, best_case, combine, score_pair
from consistency.stages.stance import StanceScores
from consistency.structured.conflicts import Comparison

CONFIG = Config()


def claim(text: str, doc: str, attribution: Attribution | None = None) -> Claim:
    return Claim(ids.claim_id(doc, text, 0), doc, text, text, 0, len(text), 0,
                 attribution=attribution)  # fmt: skip


def nli(e: float, c: float) -> NLIScores:
    return NLIScores(e, round(1 - e - c, 6), c)


def scored(ab: NLIScores, ba: NLIScores, a: Claim | None = None, b: Claim | None = None):
    a = a or claim("Blinken will meet Lavrov in Geneva on Friday.", "docA")
    b = b or claim("Blinken met Lavrov in Stockholm.", "docB")
    return ScoredPair(ClaimPair(ids.pair_id(a.text, b.text), a, b, 0.8), ab, ba)


def comparison(*signals: Signal, maybe: bool = False, naming: bool = False, differ=False):
    reason = "one is a plan, the other a past event" if maybe else None
    return Comparison(tuple(signals), maybe, reason, False, naming, differ, "002 Reuters", "004")


LOCATION = Signal("location", 0.8, "Blinken–Lavrov: Geneva (002 Reuters) vs Stockholm (004)")


def test_nli_alone_flags_a_contradiction():
    f = score_pair(scored(nli(0.05, 0.91), nli(0.1, 0.79)), None, CONFIG)
    assert f is not None and f.kind == "contradiction"
    assert f.score == pytest.approx(CONFIG.score.nli_weight * 0.85)
    assert f.id == ids.pair_id(f.a.text, f.b.text)
    assert "NLI contradiction 0.91 (a→b), 0.79 (b→a)" in f.reasons
    assert [s.kind for s in f.signals] == ["nli"]
    assert "docA" in f.explanation and "docB" in f.explanation


def test_one_sided_nli_contradiction_is_not_enough():
    # mean 0.665 is under nli.contradiction_threshold (0.7): no evidence at all
    assert score_pair(scored(nli(0.05, 0.91), nli(0.1, 0.42)), None, CONFIG) is None


def test_nothing_to_report():
    assert score_pair(scored(nli(0.3, 0.2), nli(0.3, 0.1)), comparison(), CONFIG) is None


def test_structured_signal_flags_what_nli_misses_and_names_the_kind():
    f = score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(LOCATION), CONFIG)
    assert f is not None and f.kind == "location"
    assert f.score == pytest.approx(0.8)  # NLI under its threshold adds nothing
    assert LOCATION.explanation in f.reasons and any(s.kind == "nli" for s in f.signals)
    assert "002 Reuters" in f.explanation and "004" in f.explanation


def test_maybe_different_event_is_kept_but_scored_lower():
    base = score_pair(scored(nli(0.2, 0.3), nli(0.2, 0.3)), comparison(LOCATION), CONFIG)
    f = score_pair(scored(nli(0.2, 0.3), nli(0.2, 0.3)), comparison(LOCATION, maybe=True), CONFIG)
    assert base is not None and f is not None and f.maybe_different_events
    assert f.score == pytest.approx(base.score * CONFIG.score.different_event_penalty)
    assert "may be a different event" in f.explanation


def test_naming_only_never_contradicts():
    f = score_pair(scored(nli(0.1, 0.8), nli(0.1, 0.8)), comparison(naming=True), CONFIG)
    assert f is None
    g = score_pair(scored(nli(0.9, 0.05), nli(0.9, 0.05)), comparison(naming=True), CONFIG)
    assert g is not None and g.kind == "corroboration"


def test_corroboration_needs_both_directions_and_no_signal():
    f = score_pair(scored(nli(0.9, 0.02), nli(0.85, 0.02)), comparison(), CONFIG)
    assert f is not None and f.kind == "corroboration" and f.score == pytest.approx(0.85)
    assert score_pair(scored(nli(0.9, 0.02), nli(0.5, 0.02)), comparison(), CONFIG) is None


def test_dispute_between_speakers():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("officials", "say"))
    b = claim("Peskov denied that troops attacked Brody.", "B", Attribution("Peskov", "deny", True))
    sp = scored(nli(0.1, 0.8), nli(0.1, 0.7), a, b)
    f = score_pair(sp, comparison(differ=True), CONFIG)
    assert f is not None and f.kind == "dispute"
    assert f.score == pytest.approx(CONFIG.score.nli_weight * 0.75)
    g = score_pair(sp, None, CONFIG)  # structured off: the claims' own attributions decide
    assert g is not None and g.kind == "dispute"


def test_weights_and_threshold_from_config():
    weak = Config.model_validate({"score": {"location_weight": 0.1}})
    assert score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(LOCATION), weak) is None
    off = Config.model_validate({"score": {"structured": False}})
    assert score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(LOCATION), off) is None


def test_combine_is_a_bounded_noisy_or():
    assert combine([]) == 0
    assert combine([Signal("x", 0.5, ""), Signal("y", 0.5, "")]) == pytest.approx(0.75)
    assert combine([Signal("x", 0.9, "", weight=3.0)]) == 1.0


def test_every_flagged_pair_becomes_a_finding_best_first():
    from consistency.pipeline import _findings
    from consistency.stages.story import StoryResult

    texts = [f"Blinken met Lavrov in city number {i} on Friday." for i in range(5)]
    pairs = [
        scored(nli(0.05, c), nli(0.05, c), claim(t, "docA"), claim(t + " Really.", "docB"))
        for t, c in zip(texts, (0.72, 0.95, 0.8, 0.9, 0.75), strict=True)
    ]
    pairs.append(scored(nli(0.9, 0.02), nli(0.9, 0.02)))  # a corroboration
    no_story = StoryResult((), {}, (), {})
    flagged, agreed = _findings(pairs, {p.pair.id: None for p in pairs}, no_story, CONFIG)
    weight = CONFIG.score.nli_weight
    expected = [round(weight * c, 4) for c in (0.95, 0.9, 0.8, 0.75, 0.72)]
    assert [f.score for f in flagged] == expected
    assert [f.kind for f in agreed] == ["corroboration"]


# --- NLI only where it can change the outcome (score.best_case, nli_scoring.worth_nli) ---

SHIPPED = load_config()  # learned weights, flag threshold and skip margin as shipped
STANCE = PairStance(StanceScores(0.8, 0.1, 0.1), StanceScores(0.1, 0.8, 0.1), True, 0.4)
NLI_GRID = [nli(e, c) for e in (0.0, 0.3, 0.9) for c in (0.0, 0.1, 0.5, 0.98) if e + c <= 1]


@pytest.mark.parametrize("cmp", [None, comparison(), comparison(LOCATION), comparison(naming=True)])
@pytest.mark.parametrize("stance", [None, STANCE])
@pytest.mark.parametrize("config", [SHIPPED, CONFIG], ids=["learned", "noisy-or"])
def test_best_case_bounds_every_score_nli_could_give(cmp, stance, config):
    pair = scored(nli(0, 0), nli(0, 0)).pair
    bound = best_case(pair, cmp, stance, config)
    for ab in NLI_GRID:
        for ba in NLI_GRID:
            sp = ScoredPair(pair, ab, ba)
            cfg = config.model_copy(update={"score": config.score.model_copy(
                update={"flag_threshold": 0.0})})
            f = score_pair(sp, cmp, cfg, stance)
            if f is not None and f.kind != "corroboration":
                assert f.score <= bound + 1e-9


def test_best_case_is_reached_by_a_confident_contradiction():
    pair = scored(nli(0, 0), nli(0, 0)).pair
    bound = best_case(pair, None, STANCE, SHIPPED)
    sure = ScoredPair(pair, nli(0.0, 1.0), nli(0.0, 1.0))
    cfg = SHIPPED.model_copy(update={"score": SHIPPED.score.model_copy(
        update={"flag_threshold": 0.0})})
    assert score_pair(sure, None, cfg, STANCE).score == pytest.approx(bound, abs=1e-4)


@pytest.mark.parametrize(
    ("similarity", "cmp", "stance", "margin", "sent"),
    [
        (0.5, None, None, 0.0, False),  # nothing but NLI could speak for it: left out
        (0.5, comparison(LOCATION), None, 0.0, True),  # a structured conflict: scored
        (0.5, None, STANCE, 0.0, True),  # opposed stances on one story claim: scored
        (0.8, None, None, 0.0, True),  # may be a corroboration: scored
        (0.5, None, None, 1.0, True),  # a margin of 1: every pair
    ],
)
def test_worth_nli_keeps_the_pairs_nli_can_still_change(similarity, cmp, stance, margin, sent):
    pair = dataclasses.replace(scored(nli(0, 0), nli(0, 0)).pair, similarity=similarity)
    cfg = SHIPPED.model_copy(update={"nli": SHIPPED.nli.model_copy(
        update={"skip_margin": margin})})
    kept = worth_nli([pair], {pair.id: cmp}, lambda _p: stance, cfg)
    assert (kept == [pair]) is sent


def test_a_flag_threshold_of_zero_sends_every_pair():
    pair = dataclasses.replace(scored(nli(0, 0), nli(0, 0)).pair, similarity=0.46)
    cfg = SHIPPED.model_copy(update={"score": SHIPPED.score.model_copy(
        update={"flag_threshold": 0.0})})
    assert worth_nli([pair], {pair.id: None}, lambda _p: None, cfg) == [pair]
