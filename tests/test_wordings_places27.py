"""Wordings of where a thing is or goes (round 27): one thing at two compass bearings
from one landmark (bearings.py), and one operation moved to two places (transfers.py);
the look-alikes that stay silent: a bearing told loosely, two things, two landmarks, a
distance with no bearing, a forecast, a country and a town in it."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    ("The yacht capsized some eight nautical miles north-east of Polwenna Point.",
     "The yacht went down about eight nautical miles north-west of Polwenna Point."),
    ("The quake struck 40 km northeast of Varesto, the institute said.",
     "The epicentre was about 40 kilometres south-east of Varesto."),
    ("The light aircraft came down 15 miles north-north-west of Dunmere.",
     "The plane crashed roughly 15 miles east of Dunmere."),
    ("The collision happened just north of Lanvorth, police said.",
     "The collision happened two miles south of Lanvorth."),
])
def test_one_thing_at_two_bearings_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # a bearing told loosely: south and south-west are an eighth of a turn apart
    ("The yacht capsized eight miles south of Polwenna Point.",
     "The yacht capsized eight miles south-west of Polwenna Point."),
    # two things, two distances
    ("The lifeboat station is two miles north of Polwenna Point.",
     "The yacht capsized eight miles south of Polwenna Point."),
    # two landmarks
    ("The yacht capsized eight miles south-west of Polwenna Point.",
     "The yacht capsized eight miles south-east of Trevane Harbour."),
    # a distance with no bearing, and the same distance in other units
    ("The yacht capsized eight nautical miles south-west of Polwenna Point.",
     "The wreck lies 15 kilometres from Polwenna Point."),
    # a forecast against what happened
    ("The storm is expected to pass 50 miles north of Varesto.",
     "The storm passed 50 miles south of Varesto."),
    # a part of a place is no bearing from it
    ("Flooding was worst in the north-west of Varesto.",
     "The flooding was worst south of Varesto."),
    # pronouns and two distances: two things
    ("It sank 12 miles north of Polwenna Point.", "It went down 30 miles south of Polwenna Point."),
])
def test_loose_or_other_bearings_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ("Norvane Foods will move biscuit production to its factory in Poland, the firm said.",
     "Biscuit production will shift to the group's site in Romania, the firm said."),
    ("The insurer will transfer its payroll work to Portugal.",
     "Payroll work will be moved to India, the insurer said."),
    ("The archive will be relocated to Castlegate Library.",
     "The archive will move to Brenfield Museum."),
])
def test_one_thing_moved_to_two_places_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # a country and a town: may be one place
    ("Biscuit production will move to Poland.",
     "Biscuit production will move to the company's plant in Wroclaw."),
    # a plan against a move done years ago
    ("Biscuit production will move to Poland.", "Biscuit production moved to Romania in 2015."),
    # two things moved
    ("Biscuit production will move to Poland.", "The firm's research will move to Romania."),
    # a possibility is no claim
    ("Biscuit production could move to Poland.", "Biscuit production will move to Romania."),
    # people moved are for the destination rules
    ("Forty staff will be transferred to its plant in Poland.",
     "Forty workers will move to its plant in Romania."),
    # one side names both places
    ("Biscuit production will move to Poland and Romania.",
     "Biscuit production will move to Romania."),
])
def test_one_place_or_two_moves_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("sentence", "degrees", "metres"), [
    ("The yacht sank eight nautical miles north-east of Polwenna Point.", 45.0, 14816.0),
    ("The plane came down 15 miles north-north-west of Dunmere.", 337.5, 24140.1),
    ("The fire is burning south west of Varesto.", 225.0, None),
    ("The quake struck 40 km northeast of Varesto.", 45.0, 40000.0),
])
def test_bearing_read_from_its_parts(nlp, sentence, degrees, metres):
    from consistency.structured.bearings import bearings
    from consistency.structured.quantities import quantities_in_doc

    doc = nlp(sentence)
    (found,) = bearings(doc, quantities_in_doc(doc, sentence))
    assert found.degrees == degrees
    assert found.low == pytest.approx(metres, rel=0.01) if metres else found.low is None


@pytest.mark.parametrize("sentence", [
    "Flooding was worst in the north-west of Varesto.",
    "By Ann Lee, North of England Correspondent.",
    "The storm is expected to pass 50 miles north of Varesto.",
])
def test_no_bearing_read(nlp, sentence):
    from consistency.structured.bearings import bearings
    from consistency.structured.quantities import quantities_in_doc

    doc = nlp(sentence)
    assert not bearings(doc, quantities_in_doc(doc, sentence))
