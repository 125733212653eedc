"""Builders for unit tests: small, valid instances of the types between stages, and one
saved file read as a check reads it.

No fixtures and no models here; the session fixtures live in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from consistency import load_config
from consistency.core.ids import claim_id, doc_id, pair_id
from consistency.core.types import (
    Article,
    Attribution,
    CheckResult,
    Claim,
    ClaimPair,
    Finding,
    IngestProblem,
    NamingVariant,
    NLIScores,
    RunInfo,
    ScoredPair,
    Signal,
    Span,
    StageTime,
)
from consistency.stages.ingest import ingest


def make_article(text: str, path: str = "doc.txt", **meta) -> Article:
    """An Article whose body is every non-blank line of ``text``."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            spans.append(Span(start, pos + len(line.rstrip())))
        pos += len(line) + 1
    return Article(id=doc_id(text), path=path, text=text, body=tuple(spans), **meta)


def make_claim(
    text: str, doc: str = "d1", index: int = 0, attribution: Attribution | None = None, **extra
) -> Claim:
    return Claim(
        id=claim_id(doc, text, index),
        doc_id=doc,
        text=text,
        resolved=text,
        start=0,
        end=len(text),
        index=index,
        attribution=attribution,
        **extra,
    )


def nli(entailment: float, contradiction: float) -> NLIScores:
    """NLI probabilities with the neutral share filling up to 1."""
    return NLIScores(entailment, round(1 - entailment - contradiction, 6), contradiction)


def make_pair(a: Claim, b: Claim, similarity: float = 0.8) -> ClaimPair:
    return ClaimPair(pair_id(a.text, b.text), a, b, similarity)


def make_scored(ab: NLIScores, ba: NLIScores, a: Claim, b: Claim) -> ScoredPair:
    return ScoredPair(make_pair(a, b), ab, ba)


def make_finding(
    doc_a: Article, doc_b: Article, kind: str = "location", score: float = 0.9, **extra
) -> Finding:
    """A finding between the first body lines of two articles; ``extra`` sets any field."""
    a, b = doc_a, doc_b
    fields = {
        "a": make_claim(a.text[a.body[0].start : a.body[0].end], a.id),
        "b": make_claim(b.text[b.body[0].start : b.body[0].end], b.id),
        "explanation": f"{kind} conflict",
        "similarity": 0.8,
        "ab": NLIScores(0.05, 0.15, 0.8),
        "ba": NLIScores(0.1, 0.2, 0.7),
        "reasons": ("place differs",),
        "signals": (Signal("nli", 0.8, "nli"), Signal(kind, 1.0, "x")),
    }
    fields.update(extra)
    ca, cb = fields["a"], fields["b"]
    return Finding(id=pair_id(ca.text, cb.text), kind=kind, score=score, **fields)


def make_result(
    articles: tuple[Article, ...],
    findings: tuple[Finding, ...] | list[Finding] = (),
    corroborations: tuple[Finding, ...] = (),
    naming: tuple[NamingVariant, ...] = (),
    skipped: tuple[IngestProblem, ...] = (),
) -> CheckResult:
    run = RunInfo(
        started="2026-01-01T00:00:00+00:00",
        config_digest="abc",
        documents=len(articles),
        claims=2 * len(articles),
        pairs_scored=len(findings) + len(corroborations),
        flags=len(findings),
        stages=(StageTime("nli", 0.5),),
        skipped=skipped,
        pairs_per_claim=0.25,
    )
    return CheckResult(
        run=run,
        articles=articles,
        findings=tuple(findings),
        corroborations=tuple(corroborations),
        naming=naming,
    )


def unit(rows) -> np.ndarray:
    """Rows scaled to unit length (float32), as the embedder returns them."""
    v = np.asarray(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def read_one(tmp_path: Path, text: str, name: str = "doc.txt") -> Article:
    """The one article a check reads from ``text`` saved as ``name``: header tests see
    exactly what ingest makes of a file, problems included."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = ingest([tmp_path / name], load_config())
    assert not result.problems, result.problems
    return result.articles[0]


def body_text(article: Article) -> str:
    """The article's body lines (what becomes claims), without its header."""
    return "\n".join(article.text[s.start : s.end] for s in article.body)
