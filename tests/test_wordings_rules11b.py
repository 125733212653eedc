"""Wordings of a vehicle's load under any verb of holding (holdings.py) and of a named
amount put up by a named giver (sums.py), with the look-alikes that stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

# Round 11 (rules11b): one load counted under two verbs of holding.
_LOADS = [
    # the dev pairs
    ("On board were seven small satellites belonging to universities and commercial customers.",
     "The rocket, carrying nine small satellites for customers in Britain, Norway and Germany, "
     "failed."),
    ("The rocket was carrying seven satellites.",
     "The rocket, carrying nine small satellites for customers in Britain, failed."),
    ("Its seven-satellite payload, drawn from universities, was destroyed.",
     "The rocket, carrying nine small satellites for customers in Britain, failed."),
    # other wordings: have, contain
    ("The freight train had 94 wagons.", "The train was hauling 60 wagons when it stopped."),
    ("The lorry contained 40 crates of medicine.", "The lorry was carrying 25 crates."),
]
_LOAD_LOOKALIKES = [
    # the whole against the part that befell something
    ("The train, which was hauling 94 cars, derailed.", "Thirty-one cars derailed."),
    # a part of the load
    ("The mission was carrying seven satellites from our customers.",
     "Three of the satellites were built by student teams."),
    # a crash of two cars is no load
    ("The two-car collision closed the road.", "The transporter was carrying nine cars."),
    # sizes written onto their noun are no load (mixed-bench false flags)
    ("The watch comes in a 38mm case.", "The new model has a 42mm case."),
]


@pytest.mark.parametrize(("a", "b"), _LOADS)
def test_one_load_two_counts(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), _LOAD_LOOKALIKES)
def test_not_one_load(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


# One named amount told with two sizes by the same giver.
_SUMS = [
    ("The Marshals Service has offered a reward of up to $10,000 for information leading "
     "directly to Voss's arrest.",
     "The US Marshals Service has put up a $20,000 reward for information leading to the "
     "capture of Voss."),
    ("A fine of £5,000 was imposed by Westbury Council on the firm.",
     "Westbury Council has issued the firm a £2,000 fine."),
    ("Westbury Council's £12m budget for roads was approved.",
     "The roads budget of £4m set by Westbury Council was approved."),
]
_SUM_LOOKALIKES = [
    # another body's reward
    ("The Marshals Service has offered a reward of up to $10,000 for information.",
     "Central Ohio Crime Stoppers is offering a reward of up to $5,000."),
    # within the ceiling
    ("The Marshals Service has offered a reward of up to $10,000 for information.",
     "The Marshals Service has put up a $10,000 reward for information."),
    # two things of one giver
    ("Westbury Council has issued the firm a £2,000 fine.",
     "Westbury Council has offered a £20,000 reward for information."),
]


@pytest.mark.parametrize(("a", "b"), _SUMS)
def test_one_sum_two_sizes(nlp, config, a, b):
    comparison, could = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
    assert could


@pytest.mark.parametrize(("a", "b"), _SUM_LOOKALIKES)
def test_not_one_sum(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals
