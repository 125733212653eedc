"""Each document's mean claim vector, and whether two documents tell one story.

The structured checks and the story stage both ask whether two documents of a folder
are about the same story before they set one against the other: in a folder holding
several stories, "the bombings killed three people" and "six people were killed" come
from two stories, and a debunk of an election rumour denies no report of a spider bite.
Measured on the FNC-1 dev stories (mean sentence vector per body): two bodies of one
story are >= 0.4 apart in cosine in 99.6 % of pairs, bodies of different claim groups
in 8 % (>= 0.5: 96.9 % and 2.2 %); ``score.same_story_similarity`` sets the floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from consistency.core.types import Claim

__all__ = ["DocumentVectors", "SameStory"]


@dataclass(frozen=True)
class DocumentVectors:
    """Unit mean vector of each document's claims, by document id."""

    means: dict[str, np.ndarray]

    @classmethod
    def of(cls, claims: Sequence[Claim], vectors: np.ndarray) -> DocumentVectors:
        """Mean of the (unit) vectors of each document's claims, normalised."""
        if not claims:
            return cls({})
        docs = sorted({c.doc_id for c in claims})
        index = {d: i for i, d in enumerate(docs)}
        sums = np.zeros((len(docs), vectors.shape[1]), dtype=np.float64)
        np.add.at(sums, [index[c.doc_id] for c in claims], vectors)
        sums /= np.linalg.norm(sums, axis=1, keepdims=True) + 1e-12
        return cls({d: sums[i] for d, i in index.items()})

    def similarity(self, a: str, b: str) -> float:
        """Cosine of two documents' mean vectors (1.0 when either has no claim: unknown
        documents are not held apart)."""
        if a not in self.means or b not in self.means:
            return 1.0
        return float(self.means[a] @ self.means[b])

    def same_story(self, a: str, b: str, floor: float) -> bool:
        """Whether documents ``a`` and ``b`` are at least ``floor`` apart in cosine."""
        return floor <= -1 or self.similarity(a, b) >= floor

    def neighbours(self, k: int) -> frozenset[frozenset[str]]:
        """Pairs of documents of which one is among the other's ``k`` nearest documents.

        A fixed cosine floor cannot serve both a folder of one story (where a debunk
        may sit at 0.45 from the reports it debunks) and a folder of hundreds (where
        unrelated viral stories sit at 0.45 from each other); being among a document's
        nearest holds for all of a small folder and thins out in a large one.
        """
        docs = sorted(self.means)
        k = min(k, len(docs) - 1)
        if k < 1:
            return frozenset()
        m = np.stack([self.means[d] for d in docs])
        sims = m @ m.T
        np.fill_diagonal(sims, -np.inf)
        near = [set(map(int, row)) for row in np.argpartition(-sims, k - 1, axis=1)[:, :k]]
        return frozenset(
            frozenset((docs[i], docs[j]))
            for i, js in enumerate(near)
            for j in js
            if i != j
        )


@dataclass(frozen=True)
class SameStory:
    """Whether two documents tell one story, for a whole-source signal: their mean vectors
    are at least ``strict`` apart in cosine, or at least ``loose`` with one among the
    other's nearest documents (``near``, from :meth:`DocumentVectors.neighbours`). The
    default holds every two documents together."""

    documents: DocumentVectors = DocumentVectors({})
    strict: float = -1.0
    loose: float = -1.0
    near: frozenset[frozenset[str]] = frozenset()

    @classmethod
    def of(cls, documents: DocumentVectors, strict: float, loose: float, k: int) -> SameStory:
        return cls(documents, strict, loose, documents.neighbours(k))

    def __call__(self, a: str, b: str) -> bool:
        sim = self.documents.similarity(a, b)
        return sim >= self.strict or (sim >= self.loose and frozenset((a, b)) in self.near)
