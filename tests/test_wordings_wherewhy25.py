"""Wordings of places and causes (round 25): where a thing was found or came down
(endplaces.py), where vehicles were sent (venues.destinations), causes told as clauses
("the burner cut out", "a gust pushed the balloon down", "reported a fault with the
burner": faults.py, mishaps.py), and a broad cause word against a thing it covers ("a
computer failure", "a storage array failed": causes.kind_and_member) — the dev pairs,
other stories' wordings that now fire, and the look-alikes that stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_TANNERY = "The mopeds were later found abandoned in Tannery Lane car park."
_GUST = ("Early indications are that a sudden gust of wind pushed the balloon down faster"
         " than expected as it approached the field.")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs: bramcaster_jewellery_raid (mopeds), kettlewick_balloon (landing)
    (_TANNERY, "The raiders rode off on two mopeds, which were later found dumped on waste"
               " ground behind Bramcaster railway station."),
    ("Two mopeds believed to have been used by the suspects were recovered a short time"
     " later from Tannery Lane car park.",
     "The raiders rode off on two mopeds, which were later found dumped on waste ground"
     " behind Bramcaster railway station."),
    ("The balloon came down in a barley field beside Marsh Road at about 6.50am.",
     "The balloon hit the ground in a paddock next to Kettlewick cricket ground."),
    # other stories: a stolen car, a helicopter, a lost bag
    ("The stolen car was later found abandoned in a supermarket car park on Mill Road.",
     "The stolen car was found dumped in woodland near Ashby Farm."),
    ("The helicopter came down in a field beside the Marden ring road.",
     "The helicopter landed in the car park of Halden Leisure Centre."),
    ("Police said the stolen trailer was recovered from a pond near Ashby Mill.",
     "The stolen trailer was found on waste ground behind Corby Road."),
])
def test_one_thing_ending_in_two_places_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair: kilverton_hospital_it_outage (ambulances diverted)
    ("Northvale Health Board declared a critical incident within hours, and for much of"
     " Monday ambulances were diverted to Penvale University Hospital.",
     "A total of 83 planned operations were postponed, and emergency ambulances were"
     " diverted to Fennick General Hospital, some 40km away."),
    # other stories: buses on a closed road, part of a group told by "most of"
    ("Buses were diverted to Northgate Bus Station during the closure.",
     "Buses were sent to Harbour Square Bus Station instead."),
    ("Most of the injured were flown to Kingsmead General Hospital.",
     "The injured were taken to Castleford Royal Infirmary."),
])
def test_vehicles_or_a_part_sent_to_two_places_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # one place told twice, one barer: words shared
    (_TANNERY, "The mopeds were found in a car park."),
    # two things: a car and a van
    ("The car was found abandoned in a car park on Mill Road.",
     "The van was found dumped on waste ground behind the station."),
    # a field and a meadow, no name: may be one place
    ("The balloon came down in a field.", "The balloon landed in a meadow."),
    # a town holds any spot
    ("The stolen car was found in Ashby.",
     "The stolen car was found abandoned in a car park on Mill Road."),
    # a person found is for the person rules, not this one
    ("The missing man was found in a car park on Mill Road.",
     "The missing man was found in woodland near Ashby Farm."),
    # vehicles and people are two groups
    ("Three people were taken to Kingsmead General Hospital.",
     "Ambulances were diverted to Castleford Royal Infirmary."),
    # a distance from a place is not where the thing was
    ("The mopeds were found in Tannery Lane car park, half a mile from the shop.",
     "The mopeds were found in a car park near the shop on Tannery Lane."),
])
def test_one_place_or_two_things_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs: kettlewick_balloon (gust vs burner)
    (_GUST, "Sources said the pilot had reported a fault with the burner shortly before"
            " the landing."),
    (_GUST, "They say the burner, which keeps the balloon up, cut out as they were coming"
            " down."),
    ("People who were on board said the balloon was caught by a strong gust as it came in"
     " to land.",
     "Sources said the pilot had reported a fault with the burner shortly before the"
     " landing."),
    # other stories: a helicopter, a ferry, a glider
    ("Investigators believe the engine gave out shortly after take-off.",
     "A violent downdraught pushed the helicopter into the trees, witnesses said."),
    ("The ferry's captain reported a problem with the steering shortly before it ran"
     " aground.",
     "A sudden squall drove the ferry onto the rocks."),
    ("The glider was caught by a powerful gust as it came in to land.",
     "Officials said the glider's winch cable broke during the launch."),
    # two covered things still differ
    ("The board said a storage array failed during the upgrade.",
     "The board said a power supply failed during the upgrade."),
])
def test_causes_told_as_clauses_fire(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "cause")


@pytest.mark.parametrize(("a", "b"), [
    # the dev false flags (kilverton_hospital_it_outage): a broad word and what it covers
    ("Two hospitals were forced to switch to paper records after a computer failure"
     " knocked out patient records.",
     "Northvale Health Board said a storage system at its data centre failed during a"
     " planned software upgrade."),
    # other stories: a bank's IT failure and its server; the wind and a gust
    ("The bank blamed the disruption on an IT failure that knocked out card payments.",
     "The bank said a database server failed during overnight maintenance."),
    ("The wind pushed the yacht onto the rocks.", "A sudden gust caught the yacht's sail."),
    # two kinds of weather come together (tasker_missing_tramper's false flags)
    ("Storms in October washed away the footbridge over the stream.",
     "Heavy rain on Sunday swelled the river, the council said."),
    # a force with nothing acted on; a fault reported as absent
    (_GUST, "I hope investigators look at what the wind was doing at ground level."),
    (_GUST, "The pilot reported no problem with the burner before the landing."),
])
def test_a_kind_and_its_member_or_no_cause_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in comparison.signals], comparison.signals
