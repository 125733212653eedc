"""Helpers of the wording tests: two sentences compared as two sources' claims, and a
folder of sentences turned into claims and frames."""

from __future__ import annotations

import numpy as np

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from consistency.structured.conflicts import compare, could_conflict
from consistency.structured.frames import extract_frames
from tests.helpers import make_article, make_claim


def compare_pair(nlp, config, a: str, b: str, published: str = "2026-03-11"):
    """compare() of two one-sentence sources, and whether the pre-check passes."""
    arts = [make_article(s, path=f"d{i}.txt", published=published) for i, s in enumerate((a, b))]
    claims = [make_claim(s, doc=art.id) for s, art in zip((a, b), arts, strict=True)]
    frames = extract_frames(claims, {art.id: art for art in arts}, nlp)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    fa, fb = frames[claims[0].id], frames[claims[1].id]
    return compare(fa, fb, table, config.score, "A", "B"), could_conflict(fa, fb, table)


def claims_and_frames(nlp, docs: dict[str, list[str]]):
    """Claims (one per sentence) and frames of ``{path: [sentence, ...]}``."""
    arts, claims = {}, []
    for path, sentences in docs.items():
        art = make_article("\n".join(sentences), path=path, published="2026-08-15")
        arts[art.id] = art
        claims += [make_claim(s, doc=art.id, index=i) for i, s in enumerate(sentences)]
    return claims, extract_frames(claims, arts, nlp)


def assert_paired_and_compared(nlp, config, a: str, b: str, kind: str | None) -> None:
    """Two sources' sentences give a signal of ``kind`` and are paired whatever the
    embeddings say; ``kind`` None: neither paired nor flagged."""
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)
    comparison = compare(frames[claims[0].id], frames[claims[1].id], table, config.score,
                         "A", "B")  # fmt: skip
    if kind is None:
        assert not comparison.signals, comparison.signals
        assert not structured_candidates(structure, vectors, config)
    else:
        assert kind in [s.kind for s in comparison.signals], comparison.signals
        assert structured_candidates(structure, vectors, config)
