"""Wordings of one kind of fact, who raised the alarm or first noticed something, told by
what kind of doer it was (structured/doerkinds.py: a machine or an animal, the
organisation's own people or an outside firm, a vehicle's crew or a passenger): the dev
pairs, other writers' wordings that must flag, and look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

PASSENGER = ("One of the passengers rang 999 from the top deck, keeping his voice down so the "
             "man wouldn't hear.")
DOG = ("It was Bramble, a four-year-old cocker spaniel, who first alerted her handler to the "
       "container before it had even been scanned.")
OWN_TEAM = ("It was first noticed by a member of the council's own IT team who was carrying "
            "out overnight maintenance work.")

FIRE = [
    # the dev pairs
    (PASSENGER, "At 7.52am police were alerted after the driver activated a covert alarm fitted "
                "to the vehicle."),
    (DOG, "The scanning equipment alerted officers to the container at the dock."),
    ("Kettlebury District Council said the attack was detected by Halvard Systems, the "
     "council's external security contractor.", OWN_TEAM),
    # other writers' wordings of the same kinds of fact
    ("A passenger dialled 999 as the coach left the motorway.",
     "The coach driver triggered the alarm as it left the motorway."),
    ("The alarm was raised by the train's conductor.",
     "The alarm was raised by a commuter in the rear carriage."),
    ("A sniffer dog flagged the lorry at the border.",
     "Automated scanners flagged the lorry at the border."),
    ("The breach was noticed by an outside contractor during an audit.",
     "The breach was first detected by the firm's in-house security staff."),
    ("A detection dog alerted customs officers to the suitcase.",
     "An X-ray machine alerted customs officers to the suitcase."),
    ("The pilot raised the alarm shortly after take-off.",
     "A passenger raised the alarm shortly after take-off."),
]

SILENT = [
    # one kind of doer told two ways
    (PASSENGER, "A commuter on the top deck called police."),
    ("A sniffer dog flagged the lorry at the border.",
     "A springer spaniel alerted officers to the lorry."),
    # a doer of no kind: compared with none
    (PASSENGER, "Mrs Cass, 52, who has driven for Greyline for 19 years, triggered an alarm."),
    # a wish or a question: not who did it
    ("The driver should have raised the alarm sooner, the union said.",
     "A passenger raised the alarm."),
    ("Did a passenger raise the alarm?", "The driver raised the alarm."),
    # a different act by another kind of doer
    ("Scanning equipment flagged irregularities in the container.",
     "A sniffer dog was later brought in to search the container."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_alerters_of_two_kinds_flag(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_alerter_look_alikes_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)


def test_other_kind_named_in_the_claim_stays_unflagged(nlp, config):
    """Both kinds took part ("after a passenger warned her"): no role signal."""
    comparison, _ = compare_pair(nlp, config,
                                 "The driver raised the alarm after a passenger warned her.",
                                 "A passenger raised the alarm.")
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals
