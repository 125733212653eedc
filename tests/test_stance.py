"""Sentence stance and the story stage on hand-made vectors (no models), and the learned score."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.core.config import Config, StoryConfig, load_config
from consistency.core.docvectors import DocumentVectors
from consistency.core.types import ClaimPair, NLIScores, ScoredPair
from consistency.stages.score import FEATURES, PairStance, fit_logistic, score_pair
from consistency.stages.stance import (
    CUE_CLASSES,
    LABELS,
    StanceModel,
    StanceModelError,
    StanceScores,
    cue_features,
    load_stance_model,
    save_stance_model,
)
from consistency.stages.story import build_story, merge_pairs
from tests.helpers import make_claim

# Four dimensions: 0 and 1 are two topics, 2 says "hedged", 3 says "denied".
TOY = StanceModel(
    coef=np.array([[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 12.0], [0.0, 0.0, 12.0, 0.0]]),
    intercept=np.array([2.0, -2.0, -2.0]),
)
CONFIG = StoryConfig(cluster_similarity=0.65, denial_min_similarity=0.2, report_min_sources=2)


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_probabilities_sum_to_one_and_follow_the_weights():
    p = TOY.probabilities(np.stack([unit(1, 0, 0, 0), unit(0.3, 0, 0, 1), unit(0.3, 0, 1, 0)]))
    assert p.sum(axis=1) == pytest.approx([1, 1, 1], abs=1e-5)
    labels = [StanceScores(*row).label for row in p]
    assert labels == ["asserts", "denies", "reports"]


def test_cue_features_come_from_the_language_file():
    cues = cue_features(["The story is a hoax.", "He reportedly left.", "Troops crossed.",
                         "Experts cast doubt on the video."])
    assert CUE_CLASSES == ("refute", "doubt", "hedge")
    assert cues.tolist() == [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0], [0.0, 1.0, 0.0]]


def test_weights_round_trip_as_plain_npz(tmp_path):
    path = tmp_path / "stance.npz"
    save_stance_model(TOY, path, source="toy")
    again = load_stance_model(path)
    assert np.allclose(again.coef, TOY.coef) and np.allclose(again.intercept, TOY.intercept)
    with np.load(path, allow_pickle=False) as data:  # no pickled object anywhere
        assert tuple(data["labels"]) == LABELS


def test_a_file_that_is_not_stance_weights_is_named(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(StanceModelError, match="bad.npz"):
        load_stance_model(bad)


def test_bundled_model_reads_the_cues_alone():
    """The shipped model is claim-agnostic: fitted on the cue features only (an
    embedding-based fit learned the dev claims, not denial; see bench/fit_story.py)."""
    model = load_stance_model()
    assert model.coef.shape == (3, len(CUE_CLASSES))
    p = model.probabilities(np.zeros((2, 384)), ["The video is a hoax.", "Troops crossed."])
    assert p[0, LABELS.index("denies")] > p[1, LABELS.index("denies")]
    assert p[1, LABELS.index("denies")] < 0.5


def _story(rows):
    claims = [make_claim(text, doc, i) for i, (text, doc, _) in enumerate(rows)]
    vectors = np.stack([v for _, _, v in rows])
    return claims, build_story(claims, vectors, TOY, CONFIG)


def test_each_stance_and_silence():
    claims, story = _story([
        ("Ministers met in Paris on Monday.", "asserting", unit(1, 0, 0, 0)),
        ("Ministers met in Paris on Monday, reports say.", "reporting", unit(1, 0, 1, 0)),
        ("Ministers met in Paris on Monday, it is claimed, but no.", "denying", unit(1, 0, 0, 1)),
        ("The weather in Oslo was cold all week.", "silent", unit(0, 1, 0, 0)),
    ])  # fmt: skip
    [paris] = story.claims
    by_doc = {s.doc_id: s.stance for s in paris.stances}
    assert by_doc == {"asserting": "asserts", "reporting": "reports", "denying": "denies"}
    assert "silent" not in by_doc
    # a denial makes pairs with the sources on the other side, one sentence from each
    sides = {frozenset((p.a.doc_id, p.b.doc_id)) for p in story.pairs}
    assert sides == {frozenset({"asserting", "denying"}), frozenset({"reporting", "denying"})}


def test_a_denial_sharing_no_wording_still_reaches_the_claim():
    # "This is a hoax." is far from the claim (cosine ~0.3) but denial-like: it is linked.
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "a", unit(1, 0, 0, 0)),
        ("Doctors found a spider living under his skin.", "b", unit(1, 0.05, 0, 0)),
        ("This is a hoax.", "debunk", unit(0.3, 0, 0, 1)),
    ])  # fmt: skip
    [spider] = story.claims
    assert {s.doc_id: s.stance for s in spider.stances}["debunk"] == "denies"
    assert {frozenset((p.a.doc_id, p.b.doc_id)) for p in story.pairs} == {
        frozenset({"a", "debunk"}),
        frozenset({"b", "debunk"}),
    }


def test_a_denial_of_something_else_is_not_linked():
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "a", unit(1, 0, 0, 0)),
        ("Doctors found a spider living under his skin.", "b", unit(1, 0.05, 0, 0)),
        ("The election result is fake.", "other", unit(0, 1, 0, 0.5)),
    ])  # fmt: skip
    assert story.pairs == ()
    assert all(s.stance == "asserts" for c in story.claims for s in c.stances)


def test_source_gap_counts_only_between_sources_of_one_story():
    # A debunk of another story gives no source gap to a pair the embeddings made across
    # stories; a debunk of this story does.
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "a", unit(1, 0, 0, 0)),
        ("This spider story is a hoax.", "debunk", unit(1, 0, 0, 0.6)),
        ("The election result is fake.", "other", unit(0, 1, 0, 0.6)),
    ])  # fmt: skip
    a, debunk, other = claims
    within = story.pair_stance(ClaimPair("p1", a, debunk, 0.5))
    across = story.pair_stance(ClaimPair("p2", a, other, 0.1))
    assert within.source_gap > 0.05
    assert across.source_gap == 0.0


def test_source_gap_counts_only_for_the_claim_against_its_denial():
    # Any other sentence pair of a reporting and a debunking source would flag on the
    # sources' gap alone: only the story stage's pairs (and one claim's sentences) get it.
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "a", unit(1, 0, 0, 0)),
        ("The man was treated at a clinic in Bali.", "a", unit(0.5, 0.8, 0, 0)),
        ("This spider story is a hoax.", "debunk", unit(1, 0, 0, 0.6)),
    ])  # fmt: skip
    spider, clinic, debunk = claims
    assert story.pair_stance(ClaimPair("own", spider, debunk, 0.6)).source_gap > 0.05
    assert story.pair_stance(ClaimPair("other", clinic, debunk, 0.3)).source_gap == 0.0


def test_merge_pairs_keeps_each_pair_once():
    a, b = make_claim("x one two three four", "d1"), make_claim("y one two three four", "d2")
    p = ClaimPair("p1", a, b, 0.9)
    assert merge_pairs([p], [p, ClaimPair("p2", b, a, 0.5)]) == [p, ClaimPair("p2", b, a, 0.5)]


def _scored(c_ab: float, c_ba: float) -> ScoredPair:
    a = make_claim("The man found a spider under his skin.", "A")
    b = make_claim("The spider story is a hoax.", "B")
    nli = lambda c: NLIScores(0.1, round(0.9 - c, 4), c)  # noqa: E731
    return ScoredPair(ClaimPair("p", a, b, 0.4), nli(c_ab), nli(c_ba))


def test_learned_weights_from_the_config_are_used():
    cfg = Config.model_validate(
        {"score": {"learned": True, "weights": {"stance": 6.0, "nli": 1.0}, "bias": -3.0}}
    )
    told = StanceScores(0.9, 0.05, 0.05)
    denied = StanceScores(0.05, 0.9, 0.05)
    f = score_pair(_scored(0.1, 0.1), None, cfg, PairStance(told, denied, True))
    opposed = 0.95 * 0.9
    expected = 1 / (1 + np.exp(-(-3.0 + 6.0 * opposed + 1.0 * 0.1)))
    assert f is not None and f.kind == "denial"
    assert f.score == pytest.approx(expected, abs=1e-4)
    assert "B denies what A reports" in f.explanation
    assert {s.kind: s.weight for s in f.signals}["stance"] == 6.0
    # two sources that both assert: same NLI, no stance gap, no finding
    assert score_pair(_scored(0.1, 0.1), None, cfg, PairStance(told, told, True)) is None


def test_shipped_config_has_fitted_weights_for_every_feature():
    score = load_config().score
    assert score.learned and set(score.weights) == set(FEATURES)


def test_fit_logistic_recovers_a_separating_direction():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.3, size=400) > 0).astype(float)
    w, b = fit_logistic(x, y, l2=0.01)
    assert w[0] > 2 and w[1] < -0.5 and abs(b) < 0.5


def test_tune_refit_learns_weights_from_verdicts_and_writes_them(tmp_path):
    from consistency.core.types import Signal
    from consistency.review.store import ReviewStore, Snapshot
    from consistency.review.tune import refit

    cfg = load_config(None, [f"review.store={tmp_path / 'r.sqlite'}", "review.min_verdicts=6"])
    assert refit(cfg).needed == 6  # nothing judged yet
    rows = [(0.9, True), (0.8, True), (0.7, True), (0.3, False), (0.2, False), (0.1, False)]
    with ReviewStore(cfg.review.store) as store:
        for i, (gap, good) in enumerate(rows):
            snap = Snapshot("denial", 0.5, (Signal("source_gap", gap, ""),), "a", "b", "d1", "d2")
            store.set_verdict(f"{i:016x}", "confirmed" if good else "rejected", None, snap)
    target = tmp_path / "mine.yaml"
    target.write_text("# my settings\nscore:\n  flag_threshold: 0.6\n")
    result = refit(cfg, write=target)
    assert result.weights["source_gap"] > 0.5 and result.written == target
    assert all(w == 0 for k, w in result.weights.items() if k != "source_gap")
    mine = load_config(target)
    assert mine.score.learned and mine.score.weights["source_gap"] == result.weights["source_gap"]
    assert mine.score.flag_threshold == 0.6 and "# my settings" in target.read_text()


def test_document_vectors_hold_apart_documents_of_different_stories():
    claims = [make_claim(t, d, i) for i, (t, d) in enumerate(
        [("x one", "a"), ("x two", "a"), ("y one", "b"), ("z one", "c")])]
    vectors = np.stack([unit(1, 0, 0, 0), unit(1, 0.2, 0, 0), unit(1, 0.1, 0, 0), unit(0, 1, 0, 0)])
    docs = DocumentVectors.of(claims, vectors)
    assert docs.same_story("a", "b", 0.4)
    assert not docs.same_story("a", "c", 0.4)
    assert docs.same_story("a", "c", -1)  # the floor off
    assert docs.same_story("a", "unknown", 0.4)
    assert DocumentVectors.of([], vectors).means == {}


def test_neighbours_hold_in_a_small_folder_and_thin_out_in_a_large_one():
    rows = [("a", unit(1, 0, 0, 0)), ("b", unit(1, 0.3, 0, 0)), ("c", unit(1, 0, 0.3, 0)),
            ("d", unit(0, 1, 0, 0)), ("e", unit(0, 1, 0.1, 0))]  # fmt: skip
    claims = [make_claim(f"claim {d}", d, i) for i, (d, _) in enumerate(rows)]
    docs = DocumentVectors.of(claims, np.stack([v for _, v in rows]))
    assert frozenset("ad") in docs.neighbours(4)  # everyone is near in a small folder
    near = docs.neighbours(1)
    assert frozenset("de") in near
    assert frozenset("ad") not in near and frozenset("bd") not in near
    assert docs.neighbours(0) == frozenset()


def test_two_debunks_of_one_rumour_get_no_gap_but_each_keeps_it_against_the_rumour():
    # Debunk "retelling" spends two sentences retelling the rumour and one denying it, so
    # its mean denial is below that of "debunk"; both deny the rumour: no disagreement.
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "teller", unit(1, 0, 0, 0)),
        ("Doctors found a spider living under his skin.", "teller", unit(1, 0.05, 0, 0)),
        ("A blog reported that a spider lived under his skin.", "retelling", unit(1, 0, 0, 0)),
        ("The story spread on social media.", "retelling", unit(1, 0.1, 0, 0)),
        ("The spider story was a hoax.", "retelling", unit(1, 0, 0, 1)),
        ("This spider story is a hoax.", "debunk", unit(1, 0, 0, 1)),
    ])  # fmt: skip
    teller, _, retold, _, retelling, debunk = claims
    assert story.source_denial["debunk"] > story.source_denial["retelling"] + 0.1
    assert story.pair_stance(ClaimPair("both", retold, debunk, 0.6)).source_gap == 0.0
    assert story.pair_stance(ClaimPair("one", teller, debunk, 0.6)).source_gap > 0.1
    assert story.pair_stance(ClaimPair("two", teller, retelling, 0.6)).source_gap > 0.1
    off = build_story(claims, np.stack([unit(1, 0, 0, 0)] * 2 + [unit(1, 0, 0, 0)] + [
        unit(1, 0.1, 0, 0), unit(1, 0, 0, 1), unit(1, 0, 0, 1)]), TOY,
        CONFIG.model_copy(update={"debunk_sentences": 0}))
    assert off.pair_stance(ClaimPair("both", retold, debunk, 0.6)).source_gap > 0.1


def test_a_quoted_denial_does_not_make_a_debunk():
    # "teller" tells the story and quotes a denial (no refute cue): it still disagrees
    # with a source that calls the story a hoax.
    claims, story = _story([
        ("A spider lived under a man's skin for days.", "teller", unit(1, 0, 0, 0)),
        ("Doctors found a spider living under his skin.", "teller", unit(1, 0.05, 0, 0)),
        ("The clinic denied that it had treated him.", "teller", unit(1, 0, 0, 1)),
        ("This spider story is a hoax.", "debunk", unit(1, 0, 0, 1)),
    ])  # fmt: skip
    teller, _, _, debunk = claims
    assert story.debunkers == frozenset({"debunk"})
    assert story.pair_stance(ClaimPair("one", teller, debunk, 0.6)).source_gap > 0.1
