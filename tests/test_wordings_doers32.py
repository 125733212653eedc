"""Wordings of who did an act told by what kind of doer (round 32, structured/doerkinds.py):
the doer read from "X were the first to spot it", from a verb after "and" that shares
the first verb's subject ("waded in and pulled him out") and from "not by X but by Y"
(the one named instead, not the one denied); a vehicle's crew against those directing
it from the ground ("controllers"). The dev pair, other kinds of story that must flag,
and look-alikes that must stay silent (a counted group and one of its members, one doer
told twice, the denied doer, another act)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

FIRE = [
    # the dev pair (brannock_airport_drones)
    ("It was spotted by the crew of an inbound flight from Bristol as they prepared to land.",
     "Air traffic controllers in the control tower were the first to spot the drone, "
     "according to the airport."),
    # "the first to": a search, a railway fault
    ("A fisherman was the first to spot the missing woman on the cliffs.",
     "The missing woman was spotted by police officers on the cliffs."),
    ("The signaller was the first to notice the fault on the line.",
     "The fault on the line was first noticed by the train's driver."),
    # a verb after "and" sharing the subject of the first
    ("A fisherman launched his dinghy and rescued the boy from the estuary.",
     "The boy was rescued from the estuary by a lifeguard."),
    # "not by X but by Y": the doer is Y
    ("The woman was found not by police but by a dog walker.",
     "The woman was found by police officers searching the woods."),
    ("The stolen van was spotted not by the police but by a passer-by.",
     "The stolen van was spotted by police in a patrol car."),
]

SILENT = [
    # a counted group and one of its members: both may be so
    ("Firefighters and volunteers rescued five people from the water.",
     "A passing dog walker waded into the shallows and pulled one of the teenagers out."),
    # one doer told twice
    ("Controllers were the first to spot the drone.",
     "The drone was spotted by air traffic controllers in the tower."),
    ("The woman was found not by police but by a dog walker.",
     "A dog walker found the woman near the river."),
    # another act: reaching him is not rescuing him
    ("A fisherman was the first to reach the boy.",
     "The boy was rescued by police officers."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_doers_of_two_kinds_fire(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_doer_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals
