"""The local engine: every unit of work in this process, with the run's models."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from consistency.core.types import Article, Claim, IngestProblem, NLIScores
from consistency.engine import Pair
from consistency.stages.claims import ClaimsResult, extract_claims
from consistency.structured.frames import Frame, extract_frames


def predict_chunk(nli, chunk: Sequence[Pair]) -> list[NLIScores]:
    """NLI scores of one chunk of (premise, hypothesis); the unit both engines run."""
    return nli.predict([p for p, _ in chunk], [h for _, h in chunk])


def run_chunks(
    model, chunks: Sequence[Sequence[Pair]], on_chunk: Callable[[int], None] | None = None
) -> list[list[NLIScores]]:
    """Scores of each chunk by one pair model in this process, reporting each chunk done."""
    out = []
    for chunk in chunks:
        out.append(predict_chunk(model, chunk))
        if on_chunk:
            on_chunk(len(chunk))
    return out


def frames_of(nlp, claims, articles, parses, failed=None) -> list[Frame]:
    """Frames of ``claims``, reusing ``parses`` (claim id -> spaCy Doc) where given; a
    document whose frames fail is named in ``failed`` (doc id -> problem) and skipped."""
    return list(extract_frames(claims, articles, nlp, parses, failed).values()) if claims else []


class LocalEngine:
    """Runs claims, frames, embedding and NLI in this process (models load once, lazily)."""

    name = "local"

    def __init__(self, models):
        self.models = models

    def claims(
        self,
        articles: Sequence[Article],
        on_article: Callable[[Article], None] | None = None,
        failed: dict[str, IngestProblem] | None = None,
    ) -> ClaimsResult:
        claims_config = self.models.config.claims
        return extract_claims(articles, self.models.nlp, claims_config, on_article, failed)

    def frames(
        self,
        claims: Sequence[Claim],
        articles: Mapping[str, Article],
        parses: Mapping[str, Any],
        failed: dict[str, IngestProblem] | None = None,
    ) -> list[Frame]:
        return frames_of(self.models.nlp, claims, articles, parses, failed)

    def embed(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        return self.models.embedder.encode(texts, on_batch)

    def nli(
        self, chunks: Sequence[Sequence[Pair]], on_chunk: Callable[[int], None] | None = None
    ) -> list[list[NLIScores]]:
        return run_chunks(self.models.nli, chunks, on_chunk)

    def close(self) -> None:
        pass
