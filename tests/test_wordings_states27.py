"""Wordings of a happening denied of a narrower kind or group, and of a choice kept open
(round 27): a denial narrowed by an adjective or an adverb of manner ("no compulsory
redundancies", "has not been officially named") meets only a telling of that kind
(qualifiers.py); "no one on its team was hurt" denies of the team only (nobody_hurt.py);
"cannot rule out compulsory redundancies" keeps open what "there will be no compulsory
redundancies" refuses (choices.py), and is itself no denial (negation.abandoned)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(("a", "b"), [
    # a denial narrowed by an adjective under "no" against the event told plainly
    ("Harwood Foods said there were no compulsory redundancies when the Selby bakery closed.",
     "Harwood Foods cut 250 jobs when the Selby bakery closed."),
    ("There were no serious injuries in the Harwood crash, police said.",
     "Three people were injured in the Harwood crash."),
    # a denial narrowed by an adverb of manner
    ("The victim has not been officially named by Brenton police.",
     "The victim was named by neighbours as Carl Ames, Brenton police said."),
    ("The Harwood depot has not fully reopened.",
     "The Harwood depot reopened on Monday."),
])  # fmt: skip
def test_narrowed_denial_says_nothing_of_the_whole(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the same kind told and denied still clashes; a plain denial meets a narrowed telling
    ("The victim has not been officially named by Brenton police.",
     "The victim was officially named as Carl Ames by Brenton police on Tuesday."),
    ("The victim has not been named by Brenton police.",
     "The victim was named locally as Carl Ames by Brenton police."),
])  # fmt: skip
def test_same_kind_told_and_denied(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b", "clash"), [
    # a negating pronoun bounded to a definite group denies only of that group
    ("The Dalby contractor said no one on its crew had been hurt in the blast.",
     "A woman was taken to hospital with burns after the Dalby blast.", False),
    ("Nobody at the school was injured in the Dalby blast.",
     "A delivery driver was injured in the Dalby blast.", False),
    # ... but meets what is told of that group; an unbounded one meets everyone
    ("Nobody in the building was hurt in the Dalby blast.",
     "A resident of the building was hurt in the Dalby blast.", True),
    ("Nobody was hurt in the Dalby blast.",
     "A delivery driver was injured in the Dalby blast.", True),
])  # fmt: skip
def test_nobody_bounded_to_a_group(nlp, config, a, b, clash):
    assert ("negation" in _kinds(nlp, config, a, b)) == clash


@pytest.mark.parametrize(("a", "b"), [
    ("Marlow Textiles has pledged there will be no compulsory redundancies.",
     "Marlow Textiles said it cannot rule out compulsory redundancies."),
    ("Marlow Textiles said there would be no compulsory redundancies.",
     "Compulsory redundancies could not be ruled out, a Marlow Textiles spokesman said."),
    ("Marlow Textiles has ruled out job cuts at the mill.",
     "Marlow Textiles refused to rule out job cuts at the mill."),
])  # fmt: skip
def test_event_kept_open_against_refused(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: another kind kept open, a past denial, both kept open
    ("Marlow Textiles said there would be no compulsory redundancies.",
     "Marlow Textiles cannot rule out voluntary redundancies."),
    ("Marlow Textiles said there have been no redundancies so far this year.",
     "Marlow Textiles cannot rule out redundancies next year."),
    ("Marlow Textiles has not ruled out job cuts at the mill.",
     "The union said Marlow Textiles refused to rule out job cuts at the mill."),
])  # fmt: skip
def test_other_choices_stay_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # one thing in service and out of it (services.py)
    ("The station's east escalator has been out of order since March.",
     "The station's east escalator remained in service throughout the weekend."),
    ("Tram services on the Brook line are running as normal, the operator said.",
     "Tram services on the Brook line were suspended on Monday morning."),
    ("Library services were cancelled across Penwick on Friday.",
     "Library services in Penwick are operating normally."),
])  # fmt: skip
def test_in_and_out_of_service(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: two things, both out, a negated stop
    ("The station's east escalator has been out of order since March.",
     "The station's lifts remained in service throughout the weekend."),
    ("Tram services on the Brook line were suspended on Monday morning.",
     "Tram services on the Brook line were halted for an hour."),
    ("Bus services were not cancelled, the operator said.",
     "Bus services are running as normal."),
])  # fmt: skip
def test_other_service_states_stay_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)
