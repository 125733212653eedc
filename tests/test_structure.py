"""The structured stage's guards on which pairs the structured checks compare."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from consistency.core.docvectors import DocumentVectors
from consistency.stages.structure import _unrelated_documents
from tests.builders import make_claim, unit


def _claims(*docs: str):
    return [make_claim(f"Claim {i} of {d} here.", d, i) for i, d in enumerate(docs)]


@pytest.mark.parametrize(
    ("floor", "apart"),
    [
        (0.4, {frozenset({"fire", "vote"}), frozenset({"fire2", "vote"})}),  # two stories
        (-1.0, set()),  # -1: every pair is compared
        (0.999, {frozenset({"fire", "vote"}), frozenset({"fire2", "vote"}),
                frozenset({"fire", "fire2"})}),  # fmt: skip
    ],
)
def test_documents_of_different_stories_are_not_compared(floor, apart):
    claims = _claims("fire", "fire", "fire2", "vote", "vote")
    vectors = unit([[1, 0, 0], [0.9, 0.1, 0], [0.95, 0.05, 0.1], [0, 0, 1], [0.1, 0, 1]])
    every = {frozenset(p) for p in itertools.combinations(("fire", "fire2", "vote"), 2)}
    documents = DocumentVectors.of(claims, vectors)
    assert _unrelated_documents(documents, floor, every) == apart
    assert _unrelated_documents(documents, floor, every - apart) == set()


def test_no_claims_no_pairs():
    documents = DocumentVectors.of([], np.zeros((0, 3), dtype=np.float32))
    assert _unrelated_documents(documents, 0.4, []) == set()
