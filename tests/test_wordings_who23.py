"""Wordings of one kind of fact, the destination a person demanded to be taken to
(structured/demanded.py): the dev pair, other writers' wordings that must flag, and
look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared

AIRPORT = "He'd told Maureen to drive him to Ellesby airport."

FIRE = [
    (AIRPORT, "Witnesses said the man demanded to be driven to the ferry terminal at Port Sallow."),
    (AIRPORT, "According to police, the man wanted the bus to head for the ferry terminal at "
              "Port Sallow."),
    (AIRPORT, "We understand he was demanding to be taken to Port Sallow, to the ferry terminal "
              "there."),
    ("The gunman ordered the pilot to fly the plane to Havana.",
     "The hijacker forced the crew to fly the jet to Caracas."),
    ("She insisted on being taken to Carlow General Hospital.",
     "The woman asked to be driven to St Brigid's Hospital in Dunmore."),
    ("The hijacker instructed the captain to steer the ferry towards Rosslare.",
     "The armed man wanted the ship to sail to Cherbourg."),
]

SILENT = [
    # one place told at two levels of detail
    (AIRPORT, "The man demanded to be taken to Ellesby, police said."),
    # a demand and a trip that was made: two facts
    (AIRPORT, "Two passengers were taken to Ellesby General Hospital."),
    # a demand denied
    ("Police said he never asked to be taken to Port Sallow.", AIRPORT),
    # a person, not a place, after "for"
    ("Residents were urged to vote for Margaret Lyle.", "The man demanded to be driven to Havana."),
    # the same place told two ways
    ("The gunman ordered the pilot to fly the plane to Havana.",
     "The hijacker made the crew take the aircraft to Havana in Cuba."),
    # the trip not made (blind round 18's dev file brackenford_bus_hijack/wexmoor_today.md)
    ("Rather than continuing to Ellesby town centre, the bus was ordered on to the A614.",
     "The man demanded to be driven to the ferry terminal at Port Sallow."),
    ("Rather than flying on to Madrid, the plane was ordered to turn back.",
     "The hijacker ordered the pilot to fly the plane to Havana."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_demanded_destinations_that_differ_flag(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_demanded_destination_look_alikes_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)


# A doer told as one of a named group's people ("the Hollow Pines frontman") may be any of
# them: no rival to a name (fillers.py). A group named as the doer still is one.
DESCRIBED_DOERS = [
    ("The Harmon Sovereign, nicknamed Old Nell by the late Hollow Pines frontman, was sold.",
     "The 1965 Harmon Sovereign acoustic, which Delacourt nicknamed Old Nell, was sold."),
    ("The case was brought by the Clean Sport Agency director.",
     "The case was brought by Carrick."),
]


@pytest.mark.parametrize(("a", "b"), DESCRIBED_DOERS)
def test_doer_told_by_role_is_no_rival_to_a_name(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)


def test_two_named_groups_as_doers_still_clash(nlp, config):
    assert_paired_and_compared(nlp, config,
                               "The march through Leeds was organised by the GMB union.",
                               "The march through Leeds was organised by Unite.", "role")
