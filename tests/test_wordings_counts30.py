"""Counts told of two moments (structured/countsapart.py): running tallies at two
checkpoints and durations of two things stay silent; one count told two ways
still flags."""

from __future__ import annotations

import pytest

from consistency.structured.countsapart import checkpoint
from tests.wordings import compare_pair

FIRE = [
    ("Twelve people died in the floods.", "Nine people died in the floods, police said."),
    ("Eight climbers were rescued from the ridge.",
     "Fifteen climbers were rescued from the ridge, the coastguard said."),
    ("By noon, 40 homes had been evacuated.", "By noon, 25 homes had been evacuated."),
    # "by" before a day's event is no checkpoint; a duration beside a count leaves the count
    ("Four people were killed by Tuesday's blast in Tolland.",
     "Five people died in the Tolland blast on Tuesday."),
    ("The fire in Tolland burned for three hours and 12 people died.",
     "The Tolland blaze lasted five hours and 20 people died."),
]

SILENT = [
    # running tallies at two checkpoints: an update
    ("By 3pm, 9 runners had dropped out of the marathon.",
     "By the evening, 16 runners had dropped out of the marathon."),
    ("By Friday, 12 people had died in the floods.", "Nine people died in the floods."),
    ("By midnight, 30 patients had been treated at the clinic.",
     "By the morning 45 patients had been treated at the clinic."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_one_count_told_two_ways_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_counts_of_two_moments_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("text", "point"), [
    ("By 5pm, 11 riders had quit.", "5pm"), ("By the evening 14 had quit.", "evening"),
    ("By Friday, 12 had died.", "friday"), ("Shot by a sniper, 3 died.", None),
    ("The road was closed by police.", None), ("Killed by Tuesday's blast.", None),
])
def test_checkpoint(text, point):
    assert checkpoint(text) == point


SPANS = [
    ("The hearing lasted more than six hours.",
     "The judge's summing-up alone lasted about an hour."),
    ("The strike lasted three days.", "The picket lasted five days, union officials said."),
]
SAME_SPAN = [("The hearing lasted six hours.", "The hearing lasted three hours, lawyers said.")]


@pytest.mark.parametrize(("a", "b"), SPANS)
def test_durations_of_two_things_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SAME_SPAN)
def test_one_duration_told_two_ways_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
