"""Wordings of one plan told of another one of its thing's kind: "a replacement paper",
"a fresh vote", "a rescheduled meeting" is not the thing first planned, so a denial of
the one says nothing against a telling of the other, either way round
(qualifiers.other_instance); the same thing told and denied still clashes."""

from __future__ import annotations

import pytest

from consistency.structured.qualifiers import other_instance
from tests.wordings import claims_and_frames, compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


def _sit_events(nlp, text):
    claims, frames = claims_and_frames(nlp, {"a.txt": [text]})
    return [e for e in frames[claims[0].id].events if e.predicate in ("sit", "hold", "play")]


@pytest.mark.parametrize(("a", "b", "other"), [
    ("The Tolland board said pupils would not sit a replacement exam.",
     "Nine hundred pupils had been due to sit the Tolland chemistry exam this morning.", True),
    ("Tolland council said it would not hold a fresh vote on the budget.",
     "Tolland council will hold a vote on the budget on Thursday.", True),
    ("The league said Tolland Rovers would not play a rescheduled match.",
     "Tolland Rovers will play a match against Ashby on Saturday.", True),
    # the same thing, or another one on both sides
    ("The Tolland board said pupils would not sit a replacement exam.",
     "Pupils will sit a replacement exam on Friday, the Tolland board said.", False),
    ("The Tolland board said pupils would not sit the exam.",
     "Pupils will sit the chemistry exam on Friday, the Tolland board said.", False),
])  # fmt: skip
def test_another_instance_read_from_the_object(nlp, a, b, other):
    (ea,), (eb,) = _sit_events(nlp, a), _sit_events(nlp, b)
    assert other_instance(ea, eb) == other


@pytest.mark.parametrize(("a", "b"), [
    ("The Tolland board said pupils would not sit a replacement exam.",
     "Pupils will sit a replacement exam on Friday, the Tolland board said."),
    ("Tolland council said a vote on the budget would not be held this week.",
     "Tolland council will hold a vote on the budget this week."),
])  # fmt: skip
def test_one_thing_told_and_denied(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)
