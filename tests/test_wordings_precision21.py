"""Wordings of round 21's false flags: a floor or flat inside the building another source
names (insides.py), "the other three" counting the rest of a group (counts.is_part), a
"by" deadline dating no event (deadlines.py), counts of a kept state told in two tenses
(snapshots.py) — the look-alikes that must stay silent and the clashes that must still
fire."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    return [s.kind for s in compare_pair(nlp, config, a, b)[0].signals]


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (dunmere_tower_lift_plunge): a floor of the building, not another place
    ("If you live in Calloway House and want to talk, come to the residents' meeting.",
     "We're prisoners in our own homes, said Margaret Boyce, 81, who lives on the twelfth "
     "floor and uses a walking frame."),
    # other wordings: a flat, a room, a basement, a ward of the named building
    ("Mr Ahmed lives in Harlow House, neighbours said.",
     "Mr Ahmed lives in a flat on the fourth floor, neighbours said."),
    ("The fire started in Beacon House shortly after midnight.",
     "The fire started in the basement shortly after midnight."),
    ("The man was found in Kingsway House on Friday.",
     "The man was found in a room on the top floor on Friday."),
    ("The pensioner lives in Marsh Court, a council block.",
     "The pensioner lives on the ninth storey."),
])
def test_an_inside_is_no_other_place(nlp, config, a, b):
    assert "location" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (dunmere_tower_lift_plunge): the rest of a group, not the group
    ("The other three were understood to have minor injuries.",
     "Two people were taken to hospital after the incident."),
    # other wordings: the remaining, the other + noun, another verb
    ("The remaining four people were taken to hospital.",
     "Two people were taken to hospital after the crash."),
    ("The other three passengers were taken to hospital with minor injuries.",
     "Five passengers were taken to hospital after the crash."),
    ("The remaining six climbers were rescued by helicopter.",
     "Two climbers were rescued by helicopter after the storm."),
])
def test_the_rest_of_a_group_is_no_count_of_it(nlp, config, a, b):
    assert "number" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (kettlebury_council_ransomware): when a claim was due, not the attack
    ("The council is struggling after a ransomware attack that struck in the early hours "
     "of Tuesday morning.",
     "No group had claimed responsibility for the attack by Tuesday evening."),
    # dev pair (calderbridge_blackout): restored by a time is no time of the restoring
    ("Northvale Power Networks can confirm that power was restored to all customers on "
     "Tuesday.",
     "Electricity had been restored to most of Calderbridge by Wednesday morning."),
    # other wordings: a deadline of another act, a bound of the act itself
    ("The blaze broke out at the warehouse at about 2am on Monday.",
     "No cause had been found for the blaze at the warehouse by Monday evening."),
    ("The ferry sank off Harwick on Friday.",
     "Divers had found no survivors of the ferry that sank off Harwick by Sunday."),
])
def test_a_deadline_dates_no_event(nlp, config, a, b):
    assert "time" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (larkspur_festival_crush): a count of a kept state on two days
    ("Nine people were taken to Eastmarch Royal Infirmary, and five people remained in "
     "hospital on Sunday morning.",
     "By Monday, all but one had been discharged, and one person remains in hospital."),
    # other wordings: stayed / stay, remained / remain in other places and states
    ("Forty people stayed in hospital overnight after the Hexley crash.",
     "A dozen people stay in hospital after the Hexley crash."),
    ("Three patients remained in intensive care on Friday after the Hexley crash.",
     "One patient remains in intensive care after the Hexley crash."),
    ("Twelve climbers remained on the mountain on Saturday night.",
     "Four climbers remain on the mountain, rescuers said."),
])
def test_a_kept_state_told_on_two_days_is_an_update(nlp, config, a, b):
    assert "number" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the clashes that must still fire: a building against a place of another kind, a
    # count of a kept state in one tense, a whole group, two times of one attack
    ("The leopard was recaptured in Wexley House on Friday.",
     "The leopard was recaptured in the park on Friday.", "location"),
    ("The leopard was recaptured in Wexley Gardens on Friday.",
     "The leopard was recaptured in the service yard on Friday.", "location"),
    ("Five people remain in hospital after the crash in Hexley.",
     "Two people remain in hospital after the crash in Hexley.", "number"),
    ("The gunman killed two people and wounded four others in Hexley.",
     "Seven were injured in the shooting in Hexley.", "number"),
    ("Four people were taken to hospital after the crash in Hexley.",
     "Two people were taken to hospital after the crash in Hexley.", "number"),
    ("The attack on the Hexley council struck at 2am on Tuesday.",
     "The attack on the Hexley council struck at 9pm on Tuesday.", "time"),
])
def test_clashes_still_fire(nlp, config, a, b, kind):
    assert kind in _kinds(nlp, config, a, b)
