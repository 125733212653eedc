"""Combined scoring: NLI alone, structured signals, penalties, disputes, corroboration."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from consistency.core import ids
from consistency.core.config import Config, load_config
from consistency.core.types import Attribution, Claim, ClaimPair, NLIScores, ScoredPair, Signal
from consistency.stages.nli_scoring import worth_nli
from consistency.stages.score import (
    FEATURES,
    PairStance,
    best_case,
    combine,
    features,
    fit_logistic,
    learned_score,
    score_pair,
)
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
    assert g.score == f.score and not g.maybe_different_events


def test_a_dispute_between_unnamed_speakers():
    f = score_pair(scored(nli(0.1, 0.8), nli(0.1, 0.8)), comparison(differ=True), CONFIG)
    assert f is not None and f.kind == "dispute"
    assert "different speakers disagree: ? (002 Reuters) vs ? (004)" in f.reasons


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


# --- the learned score (the shipped default): logistic regression over the pair's features


def learned(weights: dict[str, float], bias: float, **score) -> Config:
    return Config.model_validate(
        {"score": {"learned": True, "weights": weights, "bias": bias, **score}}
    )


def stance(a: tuple[float, float, float], b: tuple[float, float, float], gap=0.0) -> PairStance:
    return PairStance(StanceScores(*a), StanceScores(*b), source_gap=gap)


def test_features_of_a_pair():
    sp = scored(nli(0.2, 0.6), nli(0.4, 0.8))
    signals = [Signal("time", 0.3, "t"), Signal("time", 0.9, "t"), Signal("other", 1.0, "x")]
    values = features(sp, signals, stance((0.7, 0.1, 0.2), (0.1, 0.6, 0.3), gap=0.25))
    assert values == pytest.approx({
        "nli": 0.7, "entailment": 0.3, "similarity": 0.8, "location": 0.0, "time": 0.9,
        "number": 0.0, "role": 0.0, "dispute": 0.0, "negation": 0.0, "cause": 0.0,
        # a asserts (0.7) or reports (0.2) what b denies (0.6): 0.9 * 0.6
        "stance": 0.54, "denial": 0.6, "reports": 0.3, "source_gap": 0.25,
    })  # fmt: skip
    assert list(values) == list(FEATURES)
    assert features(sp, [], None)["stance"] == 0.0


def test_a_negative_similarity_is_no_evidence():
    a, b = claim("A.", "docA"), claim("B.", "docB")
    pair = ClaimPair(ids.pair_id(a.text, b.text), a, b, -0.3)
    sp = ScoredPair(pair, nli(0.1, 0.1), nli(0.1, 0.1))
    assert features(sp, [], None)["similarity"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "opposed"),
    [
        ((0.9, 0.0, 0.1), (0.0, 0.8, 0.2), 0.8),  # a tells, b denies
        ((0.0, 0.8, 0.2), (0.6, 0.1, 0.3), 0.72),  # b tells (0.9), a denies (0.8)
        ((0.5, 0.0, 0.5), (0.5, 0.0, 0.5), 0.0),  # nobody denies
    ],
)
def test_opposed_stances(a, b, opposed):
    assert stance(a, b).opposed == pytest.approx(opposed)


def test_learned_score_is_a_logistic_of_weighted_features():
    sc = learned({"nli": 2.0, "time": -1.0}, -1.0).score
    p, parts = learned_score({"nli": 1.0, "time": 0.5, "role": 1.0}, sc)
    assert p == pytest.approx(1 / (1 + math.exp(-(-1.0 + 2.0 - 0.5))))
    assert parts == {"nli": 2.0, "time": -0.5, "role": 0.0}  # no weight: no contribution
    assert learned_score({"nli": 1000.0}, sc)[0] == pytest.approx(1.0)  # no overflow
    assert learned_score({"nli": -1000.0}, sc)[0] == pytest.approx(0.0, abs=1e-12)


def test_fit_logistic_recovers_the_odds():
    x, y = np.array([[0.0], [0.0], [1.0], [1.0], [1.0]]), np.array([0.0, 1.0, 1.0, 0.0, 1.0])
    w, b = fit_logistic(x, y, l2=0.0)  # odds 1:1 at x=0, 2:1 at x=1
    assert w[0] == pytest.approx(math.log(2), abs=1e-6) and b == pytest.approx(0.0, abs=1e-6)
    # a sample weight of 2 counts like the sample twice
    ww, bw = fit_logistic(x[:4], y[:4], l2=0.0, sample_weight=np.array([1.0, 1.0, 2.0, 1.0]))
    assert ww[0] == pytest.approx(math.log(2), abs=1e-6) and bw == pytest.approx(0.0, abs=1e-6)
    # a strong penalty shrinks the weight but never the bias: the base rate 3/5 stays
    wl, bl = fit_logistic(x, y, l2=1e6)
    assert wl[0] == pytest.approx(0.0, abs=1e-5) and bl == pytest.approx(math.log(1.5), abs=1e-5)


WEIGHTS = {"nli": 4.0, "location": 6.0, "stance": 6.0, "source_gap": 6.0, "dispute": -2.0}
LEARNED = learned(WEIGHTS, -3.0)


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def test_learned_nli_contradiction():
    f = score_pair(scored(nli(0.05, 0.9), nli(0.05, 0.9)), comparison(), LEARNED)
    assert f is not None and f.kind == "contradiction"
    assert f.score == round(sigmoid(-3.0 + 4.0 * 0.9), 4)
    assert f.reasons[-1] == f"estimated probability the sources disagree: {f.score:.2f}"
    assert f.explanation.startswith("Contradiction between 002 Reuters and 004: NLI")
    # every feature that is not zero, each with its fitted weight
    assert {s.kind: (s.score, s.weight) for s in f.signals} == {
        "nli": (pytest.approx(0.9), 4.0), "entailment": (pytest.approx(0.05), 0.0),
        "similarity": (pytest.approx(0.8), 0.0),
    }  # fmt: skip
    assert score_pair(scored(nli(0.05, 0.6), nli(0.05, 0.6)), comparison(), LEARNED) is None


def test_learned_names_the_structured_conflict_that_weighs_most():
    time = Signal("time", 0.5, "Friday vs Thursday")
    f = score_pair(scored(nli(0.05, 0.5), nli(0.05, 0.5)), comparison(time, LOCATION), LEARNED)
    # time has no fitted weight: location (6.0 * 0.8) names the finding
    assert f is not None and f.kind == "location"
    assert f.score == round(sigmoid(-3.0 + 4.0 * 0.5 + 6.0 * 0.8), 4)
    assert f.explanation == f"Location conflict: {LOCATION.explanation}"
    assert "Friday vs Thursday" in f.reasons


def test_learned_falls_back_on_the_structured_evidence():
    # the fit gives location no weight, the check itself is sure: the higher score counts
    cfg = learned({"nli": 4.0}, -3.0)
    f = score_pair(scored(nli(0.05, 0.1), nli(0.05, 0.1)), comparison(LOCATION), cfg)
    assert f is not None and (f.kind, f.score) == ("location", 0.8)


@pytest.mark.parametrize(
    ("a", "b", "gap", "kind"),
    [
        ((0.9, 0.05, 0.05), (0.05, 0.9, 0.05), 0.0, "denial"),  # b denies what a asserts
        ((0.3, 0.4, 0.3), (0.3, 0.4, 0.3), 0.5, "denial"),  # one source denies throughout
        ((0.5, 0.2, 0.3), (0.5, 0.2, 0.3), 0.0, "contradiction"),  # NLI outweighs stance
    ],
)
def test_learned_denial_or_contradiction(a, b, gap, kind):
    st = stance(a, b, gap)
    f = score_pair(scored(nli(0.05, 0.8), nli(0.05, 0.8)), comparison(), LEARNED, st)
    assert f is not None and f.kind == kind
    if kind == "contradiction":
        assert f.explanation.startswith("Contradiction between 002 Reuters and 004: NLI")
    if kind == "denial":
        denier, teller = ("004", "002 Reuters") if b[1] >= a[1] else ("002 Reuters", "004")
        assert f.explanation == (
            f"Denial: {denier} denies what {teller} reports (stance {st.opposed:.2f})")


def test_learned_denial_names_who_denies():
    st = stance((0.05, 0.9, 0.05), (0.9, 0.05, 0.05))
    f = score_pair(scored(nli(0.05, 0.8), nli(0.05, 0.8)), comparison(), LEARNED, st)
    assert f is not None and f.explanation.startswith("Denial: 002 Reuters denies what 004")


def test_learned_dispute_between_speakers():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("officials", "say"))
    b = claim("Peskov denied that troops attacked Brody.", "B", Attribution("Peskov", "deny", True))
    cfg = learned({"nli": 4.0, "dispute": -1.0}, -2.0)
    f = score_pair(scored(nli(0.05, 0.9), nli(0.05, 0.9), a, b), comparison(differ=True), cfg)
    assert f is not None and f.kind == "dispute"
    assert "different speakers disagree: officials (002 Reuters) vs Peskov (004)" in f.reasons
    # the dispute is a relabelling (weight 0 under noisy-OR), the fitted weight counts here
    assert f.score == round(sigmoid(-2.0 + 4.0 * 0.9 - 1.0 * 0.9), 4)


# --- the noisy-OR score: what each finding is called and says


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("location", "Location conflict"), ("time", "Time conflict"),
        ("number", "Number conflict"), ("role", "Title conflict"),
        ("negation", "Happened vs did not"), ("cause", "Cause conflict"), ("dispute", "Dispute"),
    ],
)  # fmt: skip
def test_each_structured_kind_has_its_title(kind, title):
    sig = Signal(kind, 0.9, "Geneva (002 Reuters) vs Stockholm (004)")
    f = score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(sig), CONFIG)
    assert f is not None and f.kind == kind
    assert f.explanation == f"{title}: Geneva (002 Reuters) vs Stockholm (004)"


def test_a_kind_without_a_configured_weight_keeps_its_own():
    # score.*_weight exists for location, time, number and role only
    sig = Signal("negation", 0.8, "happened vs did not", weight=0.75)
    f = score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(sig), CONFIG)
    assert f is not None and f.score == pytest.approx(0.6)


def test_the_strongest_weighted_signal_names_the_finding():
    time = Signal("time", 0.9, "Friday vs Thursday")
    cfg = Config.model_validate({"score": {"time_weight": 0.5}})  # 0.45 < location 0.8
    f = score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(time, LOCATION), cfg)
    assert f is not None and f.kind == "location"
    assert f.score == pytest.approx(1 - (1 - 0.45) * (1 - 0.8))


def test_without_comparison_labels_are_short_document_ids():
    a = claim("Blinken met Lavrov.", "0123456789abcdef")
    b = claim("They never met.", "fedcba9876543210")
    f = score_pair(scored(nli(0.05, 0.95), nli(0.05, 0.95), a, b), None, CONFIG)
    assert f is not None
    assert f.explanation.startswith("Contradiction between 01234567 and fedcba98: NLI")


def test_flag_threshold_is_inclusive():
    at = Signal("location", 0.5, "Geneva vs Stockholm")
    f = score_pair(scored(nli(0.2, 0.1), nli(0.2, 0.1)), comparison(at), CONFIG)
    assert f is not None and f.score == 0.5


def test_nli_threshold_is_inclusive_for_disputes():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("officials", "say"))
    b = claim("Peskov denied that troops attacked Brody.", "B", Attribution("Peskov", "deny", True))
    low = Config.model_validate({"score": {"flag_threshold": 0.4}})
    f = score_pair(scored(nli(0.1, 0.7), nli(0.1, 0.7), a, b), comparison(differ=True), low)
    assert f is not None and f.kind == "dispute" and f.score == pytest.approx(0.49)


def test_same_speaker_in_other_case_is_no_dispute():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("Officials ", "say"))
    b = claim("Troops never reached Brody, officials said.", "B", Attribution("officials", "say"))
    f = score_pair(scored(nli(0.1, 0.8), nli(0.1, 0.8), a, b), None, CONFIG)
    assert f is not None and f.kind == "contradiction"


def test_a_dispute_found_by_the_checks_is_not_added_twice():
    found = Signal("dispute", 0.9, "officials vs Peskov", weight=0.0)
    f = score_pair(scored(nli(0.1, 0.9), nli(0.1, 0.9)), comparison(found, differ=True), CONFIG)
    assert f is not None and f.kind == "dispute"
    assert [s.kind for s in f.signals] == ["dispute", "nli"]
    assert f.explanation == "Dispute: officials vs Peskov"


def test_maybe_different_events_needs_a_structured_signal():
    f = score_pair(scored(nli(0.05, 0.9), nli(0.05, 0.9)), comparison(maybe=True), CONFIG)
    assert f is not None and not f.maybe_different_events
    assert f.score == pytest.approx(0.7 * 0.9)
    g = score_pair(scored(nli(0.2, 0.3), nli(0.2, 0.3)), comparison(LOCATION, maybe=True), CONFIG)
    assert g is not None and g.maybe_different_events
    assert g.reasons[-1] == (
        "may be a different event: one is a plan, the other a past event; score × 0.7")
    assert g.explanation == (f"Location conflict: {LOCATION.explanation}"
                             " — may be a different event (one is a plan, the other a past event)")


def test_a_finding_keeps_the_pair():
    sp = scored(nli(0.05, 0.9), nli(0.1, 0.8))
    f = score_pair(sp, comparison(LOCATION), CONFIG)
    assert f is not None
    assert (f.a, f.b, f.ab, f.ba, f.similarity) == (sp.pair.a, sp.pair.b, sp.ab, sp.ba, 0.8)
    assert f.score == round(1 - (1 - 0.8) * (1 - 0.7 * 0.85), 4)


def test_corroboration_explanation():
    sp = scored(nli(0.9, 0.02), nli(0.85, 0.02))
    f = score_pair(sp, comparison(), CONFIG)
    assert f is not None and f.explanation == "Corroboration: 002 Reuters and 004 say the same"
    assert f.reasons == ("NLI entailment 0.90 (a→b), 0.85 (b→a)",)
    g = score_pair(sp, comparison(naming=True), CONFIG)
    assert g is not None and g.explanation.endswith("say the same (names spelled differently)")
    edge = CONFIG.nli.entailment_threshold
    assert score_pair(scored(nli(edge, 0.0), nli(edge, 0.0)), comparison(), CONFIG) is not None


# --- best_case: the bound that lets the pipeline skip NLI for pairs that cannot flag

OUTCOMES = [nli(0.0, 1.0), nli(1.0, 0.0), nli(0.5, 0.5), nli(0.0, 0.0), nli(0.3, 0.6)]


@pytest.mark.parametrize("config", [CONFIG, LEARNED, learned({"entailment": 3.0}, -2.0)])
@pytest.mark.parametrize("cmp", [comparison(), comparison(LOCATION), None])
def test_best_case_bounds_every_nli_outcome(config, cmp):
    pair = scored(nli(0, 0), nli(0, 0)).pair
    bound = best_case(pair, cmp, None, config)
    for ab in OUTCOMES:
        f = score_pair(ScoredPair(pair, ab, ab), cmp, config)
        if f is not None and f.kind != "corroboration":
            assert f.score <= bound + 1e-4


def test_best_case_values():
    pair = scored(nli(0, 0), nli(0, 0)).pair
    # noisy-OR: NLI at its most (nli_weight 0.7) with the structured signals
    assert best_case(pair, comparison(), None, CONFIG) == pytest.approx(0.7)
    assert best_case(pair, comparison(LOCATION), None, CONFIG) == pytest.approx(1 - 0.2 * 0.3)
    assert best_case(pair, comparison(LOCATION, naming=True), None, CONFIG) == 0.0
    # learned: the larger of the NLI weights (contradiction and entailment sum to <= 1)
    cfg = learned({"nli": 2.0, "entailment": 3.0, "similarity": 1.0, "location": 1.0}, -6.0)
    assert best_case(pair, comparison(), None, cfg) == pytest.approx(sigmoid(-6 + 3 + 0.8))
    assert best_case(pair, comparison(LOCATION), None, cfg) == pytest.approx(0.8)  # structured
    neg = learned({"nli": -1.0, "entailment": -1.0}, 0.5)
    assert best_case(pair, comparison(), None, neg) == pytest.approx(sigmoid(0.5))
    assert best_case(pair, comparison(naming=True), None, cfg) == 0.0
    st = stance((0.9, 0.05, 0.05), (0.05, 0.9, 0.05))
    with_stance = learned({"stance": 2.0}, -1.0)  # a tells (0.95) what b denies (0.9)
    expected = sigmoid(-1 + 2 * 0.95 * 0.9)
    assert best_case(pair, comparison(), st, with_stance) == pytest.approx(expected)


def test_learned_fit_in_two_features_penalises_weights_not_the_bias():
    x = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [1.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0, 0.0, 1.0])
    w, b = fit_logistic(x, y, l2=1e6)
    assert w.shape == (2,) and np.abs(w).max() < 1e-5
    assert b == pytest.approx(math.log(1.5), abs=1e-5)


def test_learned_kind_needs_a_weighted_structured_signal():
    # time has no fitted weight here: it neither names nor flags the finding
    time = Signal("time", 0.5, "Friday vs Thursday")
    f = score_pair(scored(nli(0.05, 0.9), nli(0.05, 0.9)), comparison(time), LEARNED)
    assert f is not None and f.kind == "contradiction"
    # a small positive contribution (1.0 * 0.8) still names it
    cfg = learned({"nli": 4.0, "location": 1.0}, -3.0)
    g = score_pair(scored(nli(0.05, 0.9), nli(0.05, 0.9)), comparison(LOCATION), cfg)
    assert g is not None and g.kind == "location"


def test_learned_kind_is_the_largest_contribution():
    time = Signal("time", 0.5, "Friday vs Thursday")
    cfg = learned({"nli": 4.0, "location": 6.0, "time": 1.0}, -3.0)
    f = score_pair(scored(nli(0.05, 0.5), nli(0.05, 0.5)), comparison(time, LOCATION), cfg)
    assert f is not None and f.kind == "location"  # 6.0 * 0.8 > 1.0 * 0.5


def test_learned_pair_flagged_without_nli_or_stance_is_a_contradiction():
    cfg = learned({"similarity": 5.0}, -3.0)  # 5.0 * 0.8 - 3 = 1: p 0.73
    f = score_pair(scored(nli(0.5, 0.0), nli(0.5, 0.0)), comparison(), cfg)
    assert f is not None and f.kind == "contradiction"
    signals = {s.kind: s for s in f.signals}
    assert signals["nli"].score == 0.0  # NLI is always listed, even at zero
    assert "similarity 0.80" in f.reasons  # a feature without its own wording


def test_learned_stance_reasons():
    st = stance((0.9, 0.05, 0.05), (0.05, 0.9, 0.05), gap=0.3)
    f = score_pair(scored(nli(0.05, 0.8), nli(0.05, 0.8)), comparison(), LEARNED, st)
    assert f is not None
    for reason in ("opposed stances 0.86", "one side denies 0.90",
                   "reported as an allegation 0.05",
                   "one source reads as a denial throughout, the other not 0.30"):  # fmt: skip
        assert reason in f.reasons


def test_a_dispute_is_named_so_even_when_a_place_differs():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("officials", "say"))
    b = claim("Peskov denied that troops attacked Brody.", "B", Attribution("Peskov", "deny", True))
    sp = scored(nli(0.1, 0.8), nli(0.1, 0.8), a, b)
    f = score_pair(sp, comparison(LOCATION, differ=True), CONFIG)
    assert f is not None and f.kind == "dispute"


def test_one_attributed_side_is_no_dispute():
    a = claim("Troops attacked Brody, officials said.", "A", Attribution("officials", "say"))
    b = claim("Troops never reached Brody.", "B")
    f = score_pair(scored(nli(0.1, 0.8), nli(0.1, 0.8), a, b), None, CONFIG)
    assert f is not None and f.kind == "contradiction"
    pair = scored(nli(0, 0), nli(0, 0), a, b).pair
    assert best_case(pair, None, None, CONFIG) == pytest.approx(0.7)


def test_best_case_counts_no_dispute_before_nli():
    # a dispute between speakers is an NLI contradiction relabelled: unknown before NLI
    pair = scored(nli(0, 0), nli(0, 0)).pair
    assert best_case(pair, comparison(differ=True), None, LEARNED) == pytest.approx(sigmoid(1.0))


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
                assert f.score <= bound + 5e-5  # a finding's score is rounded to 4 places


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
