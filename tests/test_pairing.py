import numpy as np
import pytest

from consistency.core.config import IndexConfig, PairConfig
from consistency.stages.pairing import build_index, find_pairs
from tests.helpers import make_claim


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
