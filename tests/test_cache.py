import numpy as np

from consistency.core.cache import Cache
from consistency.core.config import CacheConfig
from consistency.core.types import NLIScores
from tests.builders import make_article, make_claim


def test_embeddings_computed_once(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    calls = []

    def encode(texts):
        calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    first = cache.embeddings("m", ["a", "bb", "a"], encode)
    second = Cache(CacheConfig(dir=str(tmp_path))).embeddings("m", ["bb", "ccc"], encode)
    assert calls == [["a", "bb"], ["ccc"]]
    assert first.tolist() == [[1, 1], [2, 1], [1, 1]]
    assert second.tolist() == [[2, 1], [3, 1]]


def test_other_model_misses(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    cache.embeddings("m1", ["a"], lambda t: np.ones((len(t), 2), np.float32))
    seen = []
    cache.embeddings("m2", ["a"], lambda t: seen.extend(t) or np.ones((len(t), 2), np.float32))
    assert seen == ["a"]


def test_nli_scores_are_kept_per_direction(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    ab, ba = NLIScores(0.1, 0.2, 0.7), NLIScores(0.3, 0.3, 0.4)
    cache.put_nli("m", "zeta", "alpha", ab)
    cache.put_nli("m", "alpha", "zeta", ba)
    cache.flush()
    again = Cache(CacheConfig(dir=str(tmp_path)))
    assert again.nli_many("m", [("zeta", "alpha"), ("alpha", "zeta"), ("zeta", "beta")]) == [
        ab,
        ba,
        None,
    ]
    assert again.nli_many("other", [("zeta", "alpha")]) == [None]


def test_claims_per_document_only_for_changed(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    a, b = make_article("First text here.", "a.txt"), make_article("Second text here.", "b.txt")
    computed = []

    def compute(todo):
        computed.extend(x.path for x in todo)
        return [make_claim(x.text, x.id) for x in todo]

    one = cache.claims([a], "s", compute)
    two = cache.claims([a, b], "s", compute)
    assert computed == ["a.txt", "b.txt"]
    assert [c.doc_id for c in two] == [a.id, b.id] and two[0] == one[0]
    cache.claims([a], "other settings", compute)
    assert computed[-1] == "a.txt"


def test_disabled_cache_keeps_nothing(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path / "c")), enabled=False)
    cache.embeddings("m", ["a"], lambda t: np.ones((len(t), 2), np.float32))
    assert not (tmp_path / "c").exists()


def test_clear(tmp_path):
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    cache.embeddings("m", ["a"], lambda t: np.ones((len(t), 2), np.float32))
    assert cache.clear() > 0
    assert not (tmp_path / "cache.sqlite").exists()
