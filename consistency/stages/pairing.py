"""Pairing stage: a FAISS inner-product index over claim vectors, and for each claim
its nearest claims from *other* articles above a minimum similarity.

Vectors are unit length, so inner product is cosine similarity. Small corpora use an
exact flat index; above ``index.approximate_above`` vectors an IVF or HNSW index
keeps search sub-quadratic.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import faiss
import numpy as np

from consistency.core.config import IndexConfig, PairConfig
from consistency.core.ids import pair_id
from consistency.core.types import Claim, ClaimPair

log = logging.getLogger(__name__)


def build_index(vectors: np.ndarray, config: IndexConfig) -> faiss.Index:
    """An index over ``vectors`` (n x d, float32, unit length) of the configured kind."""
    n, d = vectors.shape
    kind = config.kind
    if kind == "auto":
        kind = "exact" if n <= config.approximate_above else "hnsw"
    if kind == "ivf" and n < 64:
        kind = "exact"  # too few points to train centroids on
    if kind == "exact":
        index = faiss.IndexFlatIP(d)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(d, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = config.hnsw_ef_search
    else:
        nlist = config.ivf_nlist or max(1, int(4 * math.sqrt(n)))
        nlist = min(nlist, max(1, n // 39))  # FAISS wants ~39 points per centroid
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(d), d, nlist, faiss.METRIC_INNER_PRODUCT)
        index.train(vectors)
        index.nprobe = min(config.ivf_nprobe, nlist)
    index.add(vectors)
    log.debug("built %s index over %d vectors", kind, n)
    return index


def find_pairs(
    claims: Sequence[Claim], vectors: np.ndarray, config: PairConfig, index_config: IndexConfig
) -> list[ClaimPair]:
    """Each claim's ``k`` nearest claims from other documents, each unordered pair once.

    Pairs are sorted by similarity (highest first); two claims of one document are
    never paired, and neither are two identical sentences (syndicated copy).
    """
    n = len(claims)
    if n < 2:
        return []
    if config.brute_force:
        return _all_pairs(claims, vectors)
    index = build_index(vectors, index_config)
    per_doc: dict[str, int] = {}
    for c in claims:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    # Search past the claim's own document so that k foreign neighbours remain.
    depth = min(n, config.k + max(per_doc.values()))
    if not isinstance(index, faiss.IndexFlat):
        depth = min(n, max(depth, 4 * config.k + 1))
    sims, idxs = index.search(vectors, depth)
    best: dict[tuple[int, int], float] = {}
    for i in range(n):
        taken = 0
        for sim, j in zip(sims[i], idxs[i], strict=True):
            if j < 0 or sim < config.min_similarity or taken >= config.k:
                break
            if claims[j].doc_id == claims[i].doc_id:
                continue
            taken += 1
            if claims[j].text == claims[i].text:
                continue
            key = (min(i, j), max(i, j))
            best[key] = max(best.get(key, -1.0), float(sim))
    pairs = [
        ClaimPair(
            id=pair_id(claims[i].text, claims[j].text), a=claims[i], b=claims[j], similarity=s
        )
        for (i, j), s in best.items()
    ]
    pairs.sort(key=lambda p: (-p.similarity, p.id))
    if config.max_pairs:
        pairs = pairs[: config.max_pairs]
    log.info("%d candidate pairs from %d claims", len(pairs), n)
    return pairs


def _all_pairs(claims: Sequence[Claim], vectors: np.ndarray) -> list[ClaimPair]:
    """Every cross-document pair of distinct sentences: the baseline for the fast path."""
    sims = vectors @ vectors.T
    pairs = [
        ClaimPair(id=pair_id(a.text, b.text), a=a, b=b, similarity=float(sims[i, j]))
        for i, a in enumerate(claims)
        for j in range(i + 1, len(claims))
        if (b := claims[j]).doc_id != a.doc_id and b.text != a.text
    ]
    pairs.sort(key=lambda p: (-p.similarity, p.id))
    return pairs
