"""The disagreement stage: which pairs it reads, its threshold and cap, and the real model."""

from types import SimpleNamespace

import numpy as np
import pytest

from consistency.core.cache import Cache
from consistency.core.config import load_config
from consistency.core.docvectors import DocumentVectors
from consistency.core.ids import pair_id
from consistency.core.types import NLIScores
from consistency.pipeline import NoProgress
from consistency.stages.disagree import candidates, disagreement_findings
from tests.builders import make_claim


class _Fake:
    """Reads a pair as disagreeing with the probability its first word names ("p7" = 0.7)."""

    def predict(self, premises, hypotheses):
        def p(text):
            return int(text.split()[0][1:]) / 10

        return [NLIScores(0.0, 1 - (x := (p(a) + p(b)) / 2), x)
                for a, b in zip(premises, hypotheses, strict=True)]  # fmt: skip


def _cfg(tmp_path, *sets):
    return load_config(overrides=[f"cache.dir={tmp_path}/cache", "score.flag_threshold=0.5",
                                  "disagree.enabled=true", "disagree.gate=none",
                                  "disagree.per_source_pair=0", "disagree.per_document=0",
                                  "disagree.per_claim=0", *sets])


def _run(tmp_path, claims, vectors, taken=(), *sets):
    config = _cfg(tmp_path, *sets)
    docs = DocumentVectors.of(claims, vectors)
    models = SimpleNamespace(disagreement=_Fake(), disagreement_key="fake")
    return disagreement_findings(claims, vectors, docs, {}, {}, set(taken), models,
                                 config, Cache(config.cache), NoProgress())  # fmt: skip


def _story(texts_by_doc: dict[str, list[str]]):
    claims = [make_claim(t, doc, i) for doc, ts in texts_by_doc.items() for i, t in enumerate(ts)]
    rng = np.random.default_rng(0)
    base = rng.normal(size=16)
    vectors = np.stack([base + 0.3 * rng.normal(size=16) for _ in claims]).astype(np.float32)
    return claims, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_threshold_and_best_first(tmp_path):
    claims, vectors = _story({"A": ["p9 nine", "p2 two"], "B": ["p7 seven"]})
    got = _run(tmp_path, claims, vectors)
    assert [f.score for f in got.findings] == [0.8]  # (0.9 + 0.7) / 2; 0.45 is below 0.5
    lower = _run(tmp_path, claims, vectors, (), "score.flag_threshold=0.4")
    assert [f.score for f in lower.findings] == [0.8, 0.45]  # the one cut moves it
    assert got.findings[0].kind == "contradiction"
    assert got.pairs_read == 2


def test_cap_is_per_source(tmp_path):
    claims, vectors = _story({"A": ["p9 a", "p8 b"], "B": ["p9 c", "p8 d"]})
    every = _run(tmp_path, claims, vectors, (), "disagree.per_source=2")
    capped = _run(tmp_path, claims, vectors, (), "disagree.per_source=0.5")
    assert len(every.findings) == 4
    assert [f.score for f in capped.findings] == [0.9]  # ceil(0.5 * 2 documents) = 1, the best


@pytest.mark.parametrize(
    ("sets", "scores"),
    [
        ([], [0.85, 0.75, 0.7, 0.55, 0.5]),  # no caps: every pair at or above 0.5
        (["disagree.per_source_pair=1"], [0.85, 0.75, 0.7]),  # the best of A-B, A-C, B-C
        (["disagree.per_document=1"], [0.85]),  # A-B takes A and B; nothing is left for C
        (["disagree.per_document=2"], [0.85, 0.75, 0.7]),
        (["disagree.per_claim=1"], [0.85]),  # a-c; every other pair above 0.5 has a or c
    ],
)
def test_spread_over_pairs_of_documents_and_documents(tmp_path, sets, scores):
    claims, vectors = _story({"A": ["p9 a", "p3 b"], "B": ["p8 c"], "C": ["p6 d", "p1 e"]})
    got = _run(tmp_path, claims, vectors, (), "disagree.per_source=9", *sets)
    assert [f.score for f in got.findings] == scores


def test_pairs_read_are_capped_per_source_most_similar_first(tmp_path):
    claims, vectors = _story({"A": ["p9 a", "p8 b", "p7 c"], "B": ["p9 d", "p8 e", "p7 f"]})
    config = _cfg(tmp_path, "disagree.pairs_per_source=2")
    got = candidates(claims, vectors, DocumentVectors.of(claims, vectors), set(), config)
    every = candidates(claims, vectors, DocumentVectors.of(claims, vectors), set(),
                       _cfg(tmp_path, "disagree.pairs_per_source=0"))  # fmt: skip
    assert len(every) == 9 and got == every[:4]
    assert [p.similarity for p in every] == sorted((p.similarity for p in every), reverse=True)


def test_pairs_already_found_are_left_alone(tmp_path):
    claims, vectors = _story({"A": ["p9 a"], "B": ["p9 b"]})
    assert _run(tmp_path, claims, vectors, [pair_id("p9 a", "p9 b")]).findings == ()


def test_documents_of_other_stories_are_not_read(tmp_path):
    claims = [make_claim("p9 a", "A"), make_claim("p9 b", "B")]
    vectors = np.array([[1, 0], [0.35, 0.94]], dtype=np.float32)  # cosine 0.35: read
    config = _cfg(tmp_path, "score.same_story_similarity=0.5")
    docs = DocumentVectors.of(claims, vectors)
    assert candidates(claims, vectors, docs, set(), config) == []


@pytest.mark.parametrize("sets", [["disagree.enabled=false"], []])
def test_empty_or_disabled(tmp_path, sets):
    claims, vectors = _story({"A": ["p9 a"], "B": ["p9 b"]})
    if not sets:
        claims, vectors = [], np.zeros((0, 16), dtype=np.float32)
    assert _run(tmp_path, claims, vectors, (), *sets).findings == ()


@pytest.fixture(scope="module")
def disagreement(models):
    return models.disagreement


def test_bundled_model_reads_a_disagreement_and_not_a_paraphrase(disagreement):
    """The shipped weights: two counts of one thing disagree, a paraphrase does not."""
    said = "The council said 120 homes lost power after the storm on Tuesday night."
    other = "About 40 homes lost power after Tuesday night's storm, the council said."
    same = "Some 120 households were left without electricity by the storm, the council said."
    ab, ba = disagreement.predict([said, other], [other, said])
    assert (ab.contradiction + ba.contradiction) / 2 >= 0.5
    ab, ba = disagreement.predict([said, same], [same, said])
    assert (ab.contradiction + ba.contradiction) / 2 < 0.5


def _wire(tmp_path, name: str, outlet: str, body: str):
    (tmp_path / name).write_text(f"{outlet.upper()} WIRE\nTicket site crash\n\n{body}\n",
                                 encoding="utf-8")  # fmt: skip


@pytest.mark.parametrize(("one", "other", "kinds", "flagged"), [
    # one statement, one time changed, told with another verb: the gate lets the model read it
    ("The ticket site crashed at about 10.15am on Tuesday, leaving fans stuck for hours.",
     "The site collapsed at around 11.30am on Tuesday, leaving fans stuck for hours.", None, True),
    # a venue (a place the frame reads, not also a name: that would be two kinds)
    ("The final will be played at Wexmoor Stadium on Saturday, the club confirmed.",
     "The final will be played at Riverside Arena on Saturday, the club confirmed.", None, True),
    # a place's name is the one value changed: read only with names among disagree.kinds
    ("Tallant rode his first winner at Brackenfield in 1999, his agent said.",
     "Tallant rode his first winner at Dunmore in 1999, his agent said.", None, True),
    ("Tallant rode his first winner at Brackenfield in 1999, his agent said.",
     "Tallant rode his first winner at Dunmore in 1999, his agent said.",
     ["count", "time", "day", "place"], False),
    # one fact told by two speakers is no disagreement
    ("No fragments have been found near the crater, Dr Cooke of Marrick University said.",
     "No fragments have been found near the crater, Dr Strauch of the Kelby Institute said.",
     None, False),
])  # fmt: skip
def test_value_gate_end_to_end(models, config, tmp_path, one, other, kinds, flagged):
    """The shipped default (gate and model on) on a real check: the time of one crash told
    two ways is flagged, though the rules never compare a crash with a collapse; so is a
    venue told two ways, and a place's name where names are a kind the gate compares; not
    one fact told by two speakers."""
    from consistency.pipeline import check

    if kinds is not None:
        config = config.model_copy(
            update={"disagree": config.disagree.model_copy(update={"kinds": kinds})})

    _wire(tmp_path, "a.txt", "Coast", one)
    _wire(tmp_path, "b.txt", "Bay", other)
    result = check([tmp_path], config, out=None, models=models, use_cache=False)
    learned = [f for f in result.findings if f.signals[0].kind == "disagreement"]
    assert bool(learned) is flagged


class _SameVector:
    """An embedder that reads every masked sentence alike (the gate's similarity test
    passes), so only the kinds of differing values decide."""

    def encode(self, texts):
        return np.ones((len(texts), 4), dtype=np.float32) / 2


def test_value_gate_keeps_one_differing_kind_only(tmp_path):
    from consistency.stages.disagree import value_gate
    from consistency.structured.frames import Frame
    from consistency.structured.quantities import Quantity
    from consistency.structured.timeanchor import TimeRef

    def frame(cid, n, weekday):
        day = TimeRef(f"day{weekday}", None, None, weekday)
        return Frame(claim_id=cid, quantities=(Quantity(n, n, None, str(n)),), times=(day,))

    claims = [make_claim("x a", "A", 0), make_claim("x b", "B", 0), make_claim("x c", "C", 0)]
    frames = {claims[0].id: frame(claims[0].id, 9, 1), claims[1].id: frame(claims[1].id, 20, 1),
              claims[2].id: frame(claims[2].id, 20, 3)}  # fmt: skip
    vectors = np.ones((3, 4), dtype=np.float32) / 2
    docs = DocumentVectors.of(claims, vectors)
    config = _cfg(tmp_path, "disagree.gate=values")
    kept = candidates(claims, vectors, docs, set(), config,
                      value_gate(frames, _SameVector(), config))  # fmt: skip
    # A-B: the count differs on one day; B-C: the day differs; A-C: count and day differ
    assert {frozenset((p.a.doc_id, p.b.doc_id)) for p in kept} == {
        frozenset("AB"), frozenset("BC")}
