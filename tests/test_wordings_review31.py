"""The review of round 31's rules: a split counts votes only, members of a group are
people, and an earlier occasion is read in the count's own clause."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _numbers(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s.explanation for s in signals.signals if s.kind == "number"]


@pytest.mark.parametrize(("a", "b"), [
    # "N word to M" of no vote is a count moved somewhere, compared as a count
    ("Crews evacuated 300 people to five rest centres on Monday.",
     "Crews evacuated 450 people on Monday."),
    # one source's earlier occasion is another clause's subject: the count is this one's
    ("Last year's winner said 40 riders were hurt in the crash.",
     "Twelve riders were hurt in the crash."),
    # a split of one vote, told with "votes"
    ("The voters backed the plan by 11 votes to 7.",
     "The voters backed the plan by 12 votes to 6."),
])  # fmt: skip
def test_counts_that_clash(nlp, config, a, b):
    assert _numbers(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # members of a family are people, not families
    ("Four family members were taken to hospital.", "Two families were taken to hospital."),
    ("Six household members were moved out.", "Three households were moved out."),
])  # fmt: skip
def test_members_are_no_count_of_groups(nlp, config, a, b):
    assert not _numbers(nlp, config, a, b)


def _roles(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s.explanation for s in signals.signals if s.kind == "role"]


@pytest.mark.parametrize(("a", "b", "clash"), [
    # a rank and a surname name the person whose full name ends with it
    ("Maureen Kettley bought the ticket at Bains News.",
     "Mrs Kettley bought the ticket at Bains News.", False),
    ("Ann Lee ran the clinic on Monday.", "Dr Lee ran the clinic on Monday.", False),
    # two ranks, or two given names, are two people
    ("Mr Kettley bought the ticket at Bains News.",
     "Mrs Kettley bought the ticket at Bains News.", True),
    ("Dr Ann Lee ran the clinic on Monday.", "Dr Brian Lee ran the clinic on Monday.", True),
])  # fmt: skip
def test_a_ranked_surname_is_the_named_doer(nlp, config, a, b, clash):
    assert bool(_roles(nlp, config, a, b)) is clash


def _negations(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s.explanation for s in signals.signals if s.kind == "negation"]


@pytest.mark.parametrize(("a", "b", "clash"), [
    # a bare verb of leaving a post is about a post only when done to a person
    ("The Linden Birth Centre is to suspend deliveries because of a shortage of midwives.",
     "Births there will be suspended for three months, after which the trust will review "
     "staffing levels.", False),
    ("The club suspended its striker on Monday.",
     "The club said it would not suspend its striker.", True),
    ("The force suspended two officers on Monday.",
     "The force said it would not suspend the two officers.", True),
    ("Ann Cole was dismissed on Friday.", "Ann Cole has not been dismissed, the firm said.", True),
])  # fmt: skip
def test_a_post_is_left_by_a_person(nlp, config, a, b, clash):
    assert bool(_negations(nlp, config, a, b)) is clash


@pytest.mark.parametrize(("a", "b", "clash"), [
    # an ordinal is a place in an order, no count: the 63rd minute with 27 still to play
    ("The referee took the players off with twenty-seven minutes still to play.",
     "The referee took the players off in the 63rd minute, with the sides level.", False),
    ("The referee took the players off with twenty-seven minutes still to play.",
     "The referee took the players off with 40 minutes still to play.", True),
])  # fmt: skip
def test_an_ordinal_is_no_count(nlp, config, a, b, clash):
    assert bool(_numbers(nlp, config, a, b)) is clash
