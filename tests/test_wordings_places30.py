"""Wordings of one meeting held at two named venues (round 30): a guildhall is a named
facility like a hall or a courthouse (``venue_words``), so "held in the chamber at the
Guildhall" and "held at Brookside Community Centre" compare; the look-alikes that stay
silent: one venue told twice, a venue and the town it is in, a meeting planned elsewhere,
two different meetings."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    ("Monday's meeting was held in the main chamber at the Guildhall.",
     "Monday's meeting was held at Brookside Community Centre."),
    ("The hearing took place at the Guildhall, officials said.",
     "The hearing took place at Mardle Street Library, officials said."),
    ("The public meeting was held at the Kelham Guildhall.",
     "The public meeting was held at St Aidan's Church."),
])
def test_one_meeting_at_two_venues_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # one venue told twice, in other words
    ("Monday's meeting was held in the main chamber at the Guildhall.",
     "Monday's meeting took place at the Guildhall."),
    # a venue and the town it is in
    ("The public meeting was held at the Kelham Guildhall.",
     "The public meeting was held in Kelham."),
    # a meeting planned elsewhere against the one that was held
    ("Monday's meeting was held at the Guildhall.",
     "Next month's meeting will be held at Brookside Community Centre."),
])
def test_one_meeting_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals
