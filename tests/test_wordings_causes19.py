"""A mishap's cause told without "caused by" (structured/mishaps.py): the bare cause noun,
a fault or a failed thing doing the harm, "after a fault", "it was a fault"."""

import pytest

from tests.wordings import compare_pair

FIRE = [
    ("The real cause, as half of Hollin Bridge already knows, was a digger on the new Calder"
     " Heights housing site going straight through an underground high-voltage cable.",
     "At approximately 18:42 on Tuesday 14 January, a fault on a 132kV transformer at our"
     " Ashgrove substation caused protection systems to operate."),
    ("The real cause, as half of Hollin Bridge already knows, was a digger on the new Calder"
     " Heights housing site going straight through an underground high-voltage cable.",
     "It was a transformer failure at our Ashgrove substation."),
    ("Engineers from Northvale Water said a burst water main had washed away the soil beneath"
     " the carriageway, leaving the tarmac unsupported.",
     "Northvale Water confirmed this afternoon that a section of brick sewer culvert dating"
     " from the 1880s had collapsed beneath the road, washing away the ground."),
    ("A burst pipe in the basement flooded the ward, the hospital said.",
     "The hospital said a faulty boiler had flooded the ward."),
    ("A software glitch in the booking system grounded the fleet on Monday.",
     "The airline's fleet was grounded on Monday after a power failure at its data centre."),
    ("Signal failures halted trains across the region on Monday.",
     "A software glitch halted trains across the region on Monday."),
    ("The cause was a cracked rail, investigators said.",
     "A signalling fault on the approach to the station derailed the train, the operator said."),
]

SILENT = [
    # what such faults do in general, not this mishap's cause
    ("Software problems have doomed several high-profile rocket debuts in the past.",
     "Preliminary data suggested a fault in the turbopump ended the flight."),
    ("Burst water mains wash away the soil under roads every winter.",
     "A collapsed sewer washed away the soil beneath the road on Tuesday."),
    ("Engine failures have grounded many new airliners over the years.",
     "A software glitch in the booking system grounded the fleet on Monday."),
    ("A fault on a transformer at the substation cut supplies to the town.",
     "Engineers said a fault in a transformer at the substation had knocked out power."),
    ("The reason for the delay was not given.",
     "A signalling fault near the station caused long delays on Monday."),
    ("A fault on the transformer was repaired by engineers on Monday.",
     "A digger cut through a cable at the site on Monday, the operator said."),
    ("The software issue has been fixed, the airline said.",
     "A power failure at its data centre grounded the airline's fleet."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_two_causes_of_one_mishap_clash(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert paired
    assert "cause" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_one_cause_or_no_cause_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in comparison.signals], comparison.signals
