"""Wordings of one person taken to a named place (movedpeople.py) and of one event at
two sides told as names ("the North Gate", "the East Gate": sidenames.py, spots.py): the
person told by an indefinite description ("a 13-year-old girl"), by a participle ("with a
teenage girl airlifted to X") or by a relative clause ("a girl, who was taken to X"), and
a place named by its owner alone ("St Aldhelm's"); and the look-alikes that stay silent:
two people, a person's kin, a place and its owner's facility, an onward move."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_MILCASTER = ("A 13-year-old girl suffered serious injuries and was flown by air ambulance"
              " to Milcaster General Hospital.")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (thornvale_skyreaper_crash): the hospital the girl was flown to
    (_MILCASTER, "Seven people were taken to hospital, with a teenage girl airlifted to"
                 " St Aldhelm's in Brisworth."),
    (_MILCASTER, "The most seriously hurt is a 15-year-old girl, who was taken by the air"
                 " ambulance to St Aldhelm's in Brisworth."),
    # other wordings: an indefinite described person, a participle, a relative clause
    ("An elderly man was rushed to Kingsmead Hospital after the fire.",
     "The man was taken to St Mary's."),
    ("Rescuers found a 70-year-old woman, who was taken to Harwick Royal Infirmary.",
     "The woman was flown to Dunmore Medical Centre."),
    ("Firefighters freed the young boy, who was airlifted to Guy's.",
     "A seven-year-old boy was airlifted to Castleford General Hospital."),
    ("A teenage cyclist was rushed to Bramley Royal Hospital.",
     "The cyclist, who was hit by a van, was taken to St Luke's."),
])
def test_one_person_taken_to_two_places_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # two people: a girl and a woman, a man and a boy
    (_MILCASTER, "A 40-year-old woman was taken to St Aldhelm's in Brisworth."),
    ("An elderly man was rushed to Kingsmead Hospital.",
     "A teenage boy, who was taken to St Mary's, is stable."),
    # the person's kin: another person
    ("A teenage girl was airlifted to Kingsmead Hospital.",
     "The girl's mother, who was also hurt, was taken to St Mary's."),
    # one place: the owner's name alone and its facility
    ("The girl was flown to St Aldhelm's Major Trauma Centre.",
     "A teenage girl was airlifted to St Aldhelm's."),
    # an onward move
    ("A 13-year-old girl was flown to Milcaster General Hospital.",
     "The girl was later transferred to St Aldhelm's."),
])
def test_other_people_or_one_place_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


_EAST_GATE = "The incident happened at the East Gate of Thornwick Park, the Eastmarch estate."


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (larkspur_festival_crush): where the crush happened
    (_EAST_GATE, "The crush happened at about 10.50pm at the North Gate of Thornwick Park,"
                 " near Thornwick Cross."),
    # other wordings: a side told as a name, against a name or a described side
    ("The girl was hurt at the North Gate of Ridley Park.",
     "The girl was hurt at the south gate of Ridley Park."),
    ("The fire started in the East Wing of Harlow Hospital.",
     "The fire started in the west wing of Harlow Hospital."),
    ("The boy was found at the South Entrance of Bramley Park.",
     "The boy was found at the East Entrance of Bramley Park."),
])
def test_one_event_at_two_sides_fires(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # one side told twice, as a name and described
    ("The crush happened at the East Gate.", "The crush happened at the east gate, police said."),
    # two events: a crush at one gate, an arrest at another
    ("The crush happened at the North Gate.", "The man was arrested at the East Gate."),
    # two structures' sides
    ("The fire started in the East Wing of Harlow Hospital.",
     "The fire started in the West Wing of Kingsmead School."),
    # a side of a named place, and the place
    ("The crush happened at the North Gate of Wexley Gardens.",
     "The crush happened in Wexley Gardens."),
])
def test_one_side_or_two_events_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals
