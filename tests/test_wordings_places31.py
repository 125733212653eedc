"""Wordings of one thing standing on two named places (round 31, positions.py): a thing
told with a verb of position ("is lying on", "stands at the end of", "ran aground on") or
a counted, described thing with its place ("two diseased trees on Mill Lane"). The
look-alikes that stay silent: a place and an area that may hold it ("on" and "in"), a
street and a place that is no street, one name inside the other, two things, two counts,
a denial, two days, a guess, people."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs: a grounded ship, an observation wheel, trees due to be felled
    ("The ship is lying on Hollin Bank, a sandbank two nautical miles east of the harbour"
     " entrance.",
     "The Sela Morgen ran aground on the Skerry Ledge, a rocky reef lying just west of the"
     " harbour mouth."),
    ("It stands at the end of Portvenna's North Pier, a short walk from the railway"
     " station.",
     "The wheel sits at the seaward end of the South Pier, which means fire crews had to"
     " bring their aerial platform along the pier."),
    ("The crew had been due to remove two diseased trees on Millbrook Road, the council"
     " said.",
     "The contractor had been sent to remove two diseased trees on Mill Lane, the council"
     " said."),
    # other kinds of story: a stranded whale, a monument, an overturned lorry, storm damage
    ("The whale is lying on Penhallow Beach, coastguards said.",
     "The whale washed ashore on Trevose Sands on Friday morning."),
    ("The war memorial stands at the top of Castle Hill.",
     "The war memorial stands at the foot of Beacon Hill."),
    ("The overturned lorry is lying on Hatton Road.",
     "The overturned lorry sits on Fenner Lane, police said."),
    ("Three parked cars on Station Road were crushed by the falling tree.",
     "The tree crushed three parked cars on Grove Street."),
])
def test_one_thing_on_two_named_places_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # a place and an area that may hold it
    ("The ship is aground on Hollin Bank.", "The ship is aground in Tarnwick Bay."),
    # a street and the town it is in
    ("The overturned lorry is lying on Hatton Road.",
     "The overturned lorry is lying in Kessington."),
    # one place told with its part, and with its town
    ("The wheel stands at the end of the North Pier.",
     "The wheel stands on Portvenna's North Pier."),
    # a street across a green, a landing on a beach: places of two kinds
    ("The old oak stands on Mill Green.", "The old oak stands on Church Road."),
    ("The kiosk stands on Marsden Beach.", "The kiosk stands on the Marsden Jetty."),
    # two counts: two sets of trees
    ("Council staff removed two diseased trees on Mill Lane.",
     "Contractors felled six historic lime trees on Church Walk."),
    # two things, and two pronouns that may tell two things
    ("The ship is lying on Hollin Bank.", "The lifeboat is lying on Skerry Ledge."),
    ("It stands at the end of the North Pier.", "It stands at the end of the South Pier."),
    # two days: a barge may be moved
    ("On Monday the barge was lying on Hollin Bank.",
     "On Wednesday the barge was lying on Skerry Ledge."),
    # a guess, and people
    ("The ship is lying on Hollin Bank.", "The ship could be lying on Skerry Ledge."),
    ("Protesters stood on Castle Street all afternoon.",
     "Protesters stood on Market Street all afternoon."),
])
def test_one_thing_two_places_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals
