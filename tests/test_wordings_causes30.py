"""A relative clause on an amount ("a shortfall of £4 million, which will be closed"): its
event is about the amount's own thing, never another claim's participant; a closing of a
named place stays a conflict with it kept open."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _negations(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "negation"]


@pytest.mark.parametrize(("a", "b"), [
    ("Officials put the shortfall at £4.1 million, which will be closed through cuts.",
     "Oakfield Pool will stay open after councillors backed the plan."),
    ("The board set the deficit at $12 million, which will be closed by selling land.",
     "The Marston Road depot will remain open for another year."),
    ("Ministers put the gap at 3 billion euros, which will be closed next year.",
     "Brenfield Museum will stay open, the trust said."),
])  # fmt: skip
def test_amount_closed_is_no_place_kept_open(nlp, config, a, b):
    assert not _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Oakfield Pool will close at the end of June under the plans.",
     "Oakfield Pool will stay open after councillors backed the plan."),
    ("Brenfield Museum will close under the trust's plans.",
     "Brenfield Museum will remain open, the trust said."),
])  # fmt: skip
def test_place_closed_against_kept_open(nlp, config, a, b):
    assert _negations(nlp, config, a, b)


def _causes(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "cause"]


@pytest.mark.parametrize(("a", "b"), [
    # a mishap that "came" or "was triggered" after a lead-up; the other lead-up may name
    # the first one's doer in passing ("into the path of the riders")
    ("The collision came after two lorries touched bumpers in the fog.",
     "The collision was triggered after a deer ran into the path of the lorries."),
    ("The collision came after a signal failed at the junction.",
     "The collision happened after a driver ignored a red light at the junction."),
    ("The crash was triggered after a tyre burst on the lead car.",
     "The crash came after a fox ran out in front of the lead car."),
])  # fmt: skip
def test_two_leadups_of_one_mishap(nlp, config, a, b):
    assert _causes(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # one lead-up told two ways; a place or a time after "came" is no cause
    ("The collision came after two lorries touched bumpers in the fog.",
     "The collision was triggered after two lorries touched bumpers on the bend."),
    ("The crash came only six miles from the finish.",
     "The crash happened after a tyre burst on the lead car."),
    ("The collision came shortly after the race had started.",
     "The collision happened after a driver ignored a red light at the junction."),
])  # fmt: skip
def test_one_leadup_or_no_cause(nlp, config, a, b):
    assert not _causes(nlp, config, a, b)
