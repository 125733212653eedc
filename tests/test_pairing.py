import numpy as np
import pytest

from consistency.core.config import IndexConfig, PairConfig
from consistency.core.ids import pair_id
from consistency.stages.pairing import build_index, find_pairs
from tests.builders import make_claim


def _unit(rows):
    v = np.asarray(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_pairs_only_across_documents_and_once():
    claims = [make_claim("a1", "A", 0), make_claim("a2", "A", 1), make_claim("b1", "B", 0)]
    vectors = _unit([[1, 0], [0.99, 0.1], [0.98, 0.2]])
    pairs = find_pairs(claims, vectors, PairConfig(k=5, min_similarity=0.0), IndexConfig())
    got = {frozenset((p.a.text, p.b.text)) for p in pairs}
    assert got == {frozenset(("a1", "b1")), frozenset(("a2", "b1"))}
    assert all(p.a.doc_id != p.b.doc_id for p in pairs)
    assert len({p.id for p in pairs}) == len(pairs)


def test_min_similarity_and_k():
    claims = [make_claim(f"c{i}", f"D{i}", 0) for i in range(4)]
    vectors = _unit([[1, 0], [0.9, 0.44], [0.5, 0.87], [-1, 0]])
    pairs = find_pairs(claims, vectors, PairConfig(k=1, min_similarity=0.5), IndexConfig())
    assert {frozenset((p.a.text, p.b.text)) for p in pairs} == {
        frozenset(("c0", "c1")),
        frozenset(("c1", "c2")),
    }
    assert all(p.similarity >= 0.5 for p in pairs)


def test_identical_sentences_are_not_pairs():
    claims = [make_claim("same text", "A"), make_claim("same text", "B")]
    assert (
        find_pairs(claims, _unit([[1, 0], [1, 0]]), PairConfig(min_similarity=0), IndexConfig())
        == []
    )


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single(n):
    claims = [make_claim("x", "A")][:n]
    assert find_pairs(claims, np.zeros((n, 2), np.float32), PairConfig(), IndexConfig()) == []


@pytest.mark.parametrize("kind", ["exact", "ivf", "hnsw"])
def test_index_kinds_find_the_true_neighbour(kind):
    rng = np.random.default_rng(0)
    vectors = _unit(rng.normal(size=(2000, 32)))
    index = build_index(vectors, IndexConfig(kind=kind, ivf_nprobe=32))
    _, idx = index.search(vectors[:50], 1)
    assert (idx[:, 0] == np.arange(50)).mean() >= 0.95


def test_auto_switches_to_approximate_above_size():
    vectors = _unit(np.random.default_rng(1).normal(size=(300, 8)))
    assert "HNSW" in type(build_index(vectors, IndexConfig(approximate_above=100))).__name__
    assert type(build_index(vectors, IndexConfig())).__name__ == "IndexFlatIP"


def _pairs(found):
    return {frozenset((p.a.text, p.b.text)) for p in found}


def test_same_document_neighbours_do_not_use_up_k():
    # a1..a3 of one article are each other's nearest neighbours; with k=1 each must still
    # reach past them to the nearest claim of another article.
    claims = [make_claim("a1", "A", 0), make_claim("a2", "A", 1), make_claim("a3", "A", 2),
              make_claim("b1", "B", 0), make_claim("c1", "C", 0)]  # fmt: skip
    vectors = _unit([[1, 0], [0.99, 0.14], [0.98, 0.2], [0.9, 0.44], [0.8, 0.6]])
    found = find_pairs(claims, vectors, PairConfig(k=1, min_similarity=0.0), IndexConfig())
    assert _pairs(found) == {
        frozenset(("a1", "b1")),  # only a1's own search finds this one
        frozenset(("a2", "b1")),
        frozenset(("a3", "b1")),
        frozenset(("b1", "c1")),
    }


def test_a_big_article_does_not_crowd_out_foreign_neighbours():
    # twelve near-copies in one article, one foreign claim per other article
    claims = [make_claim(f"a{i}", "A", i) for i in range(12)]
    claims += [make_claim("b", "B"), make_claim("c", "C")]
    rows = [[1, 0.01 * i] for i in range(12)] + [[0.7, 0.71], [0.6, 0.8]]
    found = find_pairs(claims, _unit(rows), PairConfig(k=2, min_similarity=0.0), IndexConfig())
    from_a0 = {p.b.text if p.a.text == "a0" else p.a.text for p in found if "a0" in
               (p.a.text, p.b.text)}  # fmt: skip
    assert from_a0 == {"b", "c"}


@pytest.mark.parametrize(("k", "expected"), [(1, 2), (2, 5), (3, 6), (8, 6)])
def test_k_caps_the_foreign_neighbours_per_claim(k, expected):
    # four articles of one claim each, all similar: at most 6 distinct pairs
    claims = [make_claim(f"d{i}", f"D{i}") for i in range(4)]
    vectors = _unit([[1, 0], [0.95, 0.31], [0.8, 0.6], [0.6, 0.8]])
    found = find_pairs(claims, vectors, PairConfig(k=k, min_similarity=0.0), IndexConfig())
    assert len(found) == expected


@pytest.mark.parametrize(("threshold", "kept"), [(0.59, 1), (0.6, 1), (0.61, 0)])
def test_min_similarity_boundary(threshold, kept):
    claims = [make_claim("x", "A"), make_claim("y", "B")]
    vectors = _unit([[1, 0], [0.6, 0.8]])  # cosine 0.6
    found = find_pairs(claims, vectors, PairConfig(k=5, min_similarity=threshold), IndexConfig())
    assert len(found) == kept


def test_shipped_pairing_settings():
    from consistency.core.config import load_config

    pair = load_config().pair
    assert (pair.k, pair.min_similarity, pair.max_pairs) == (8, 0.45, 0)


def test_brute_force_scores_every_cross_document_pair():
    claims = [make_claim("a1", "A", 0), make_claim("a2", "A", 1), make_claim("b1", "B"),
              make_claim("same", "C"), make_claim("same", "D")]  # fmt: skip
    vectors = _unit([[1, 0], [0, 1], [0.6, 0.8], [0.8, 0.6], [0.8, 0.6]])
    found = find_pairs(claims, vectors, PairConfig(brute_force=True), IndexConfig())
    sims = {frozenset((p.a.text, p.b.text)): round(p.similarity, 4) for p in found}
    assert sims == {
        frozenset(("a1", "b1")): 0.6, frozenset(("a2", "b1")): 0.8,
        frozenset(("a1", "same")): 0.8, frozenset(("a2", "same")): 0.6,
        frozenset(("b1", "same")): 0.96,
    }  # fmt: skip
    assert len(found) == 8  # "same" twice (C, D) but never with itself: identical sentences
    assert [round(p.similarity, 2) for p in found] == sorted(
        (round(p.similarity, 2) for p in found), reverse=True
    )


def test_pairs_are_sorted_with_their_cosine_and_capped():
    claims = [make_claim(f"d{i}", f"D{i}") for i in range(4)]
    vectors = _unit([[1, 0], [0.95, 0.31], [0.8, 0.6], [0.6, 0.8]])
    found = find_pairs(claims, vectors, PairConfig(k=8, min_similarity=0.0), IndexConfig())
    sims = [p.similarity for p in found]
    assert sims == sorted(sims, reverse=True)
    assert found[0].similarity == pytest.approx(float(vectors[2] @ vectors[3]))
    assert {p.id for p in found} == {pair_id(p.a.text, p.b.text) for p in found}
    capped = find_pairs(claims, vectors, PairConfig(k=8, min_similarity=0.0, max_pairs=2),
                        IndexConfig())  # fmt: skip
    assert [p.id for p in capped] == [p.id for p in found[:2]]


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_indexes_pair_like_the_exact_one(kind):
    rng = np.random.default_rng(2)
    claims = [make_claim(f"c{i}", f"D{i % 40}", i) for i in range(400)]
    vectors = _unit(rng.normal(size=(400, 16)))
    config = PairConfig(k=3, min_similarity=0.3)
    exact = {p.id for p in find_pairs(claims, vectors, config, IndexConfig(kind="exact"))}
    approx = {p.id for p in find_pairs(claims, vectors, config, IndexConfig(kind=kind))}
    assert len(exact & approx) >= 0.9 * len(exact) and len(approx) <= 1.1 * len(exact)


def test_brute_force_pairs_carry_their_content_ids():
    claims = [make_claim("a1", "A", 0), make_claim("b1", "B", 0), make_claim("c1", "C", 0)]
    found = find_pairs(claims, _unit([[1, 0], [0.6, 0.8], [0, 1]]),
                       PairConfig(brute_force=True), IndexConfig())  # fmt: skip
    assert sorted(p.id for p in found) == sorted(
        pair_id(x, y) for x, y in (("a1", "b1"), ("a1", "c1"), ("b1", "c1"))
    )


@pytest.mark.parametrize(
    ("kind", "n", "approximate_above", "index_type", "nlist"),
    [
        ("auto", 100, 100, "IndexFlatIP", None),  # at the limit: still exact
        ("auto", 101, 100, "IndexHNSWFlat", None),  # above it: approximate
        ("ivf", 63, 20000, "IndexFlatIP", None),  # too few points to train centroids
        ("ivf", 64, 20000, "IndexIVFFlat", 1),  # 64 // 39 = 1 centroid
        ("ivf", 78, 20000, "IndexIVFFlat", 2),  # ~39 points per centroid
        ("ivf", 100, 20000, "IndexIVFFlat", 2),  # min(4 * sqrt(100), 100 // 39)
    ],
)
def test_index_kind_and_size_boundaries(kind, n, approximate_above, index_type, nlist):
    vectors = _unit(np.random.default_rng(3).normal(size=(n, 8)))
    index = build_index(vectors, IndexConfig(kind=kind, approximate_above=approximate_above))
    assert type(index).__name__ == index_type
    assert index.ntotal == n
    if nlist is not None:
        assert index.nlist == nlist


def test_a_syndicated_copy_does_not_end_the_search():
    # A's nearest foreign neighbour is B's copy of its sentence (no pair, but it counts
    # towards k); its next one, C, must still be paired. C's own k goes to D and E.
    claims = [make_claim("the same words", "A", 0), make_claim("the same words", "B", 0),
              make_claim("other words", "C", 0), make_claim("more words", "D", 0),
              make_claim("last words", "E", 0)]  # fmt: skip
    vectors = _unit([[1, 0, 0], [1, 0, 0], [0.9, 0.436, 0], [0.8, 0.6, 0], [0.85, 0.5, 0.17]])
    found = find_pairs(claims, vectors, PairConfig(k=2, min_similarity=0.5), IndexConfig())
    docs = {frozenset((p.a.doc_id, p.b.doc_id)) for p in found}
    assert {frozenset(("A", "C")), frozenset(("B", "C"))} <= docs
    assert frozenset(("A", "B")) not in docs
