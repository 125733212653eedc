"""Causes of one mishap told in different wordings (structured/storymishap.py, causes.py,
leadups.py): a fault told without its effect against a named mishap's cause, "the reason
for X", "Y was behind X", "sank after hitting Z", "the crash happened after ..."; and the
look-alikes that must stay silent (a chain of causes, another event, one cause told twice,
a place, what merely came before)."""

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

CLASH = [
    # a fault with no effect named, against the named mishap's cause
    ("Officials said a cooling pump at the plant had failed.",
     "The blackout was caused by a fallen tree on the power line."),
    ("Investigators said the ferry's rudder had failed.",
     "The ferry capsized after hitting a sandbank."),
    ("Engineers said a rail had broken.",
     "The derailment happened after a signaller sent the train onto the wrong track."),
    # "the reason for X", "Y was behind X"
    ("The main reason for the closure was falling visitor numbers.",
     "The closure was caused by a steep rent increase."),
    ("A faulty boiler was behind the explosion, the landlord said.",
     "The explosion was caused by a homemade bomb."),
    # "began when" a thing did something, against a fault
    ("The fire started when a space heater fell onto a sofa.",
     "Investigators believe the wiring in the kitchen had corroded."),
    # contact before a mishap, against a fault
    ("The coach crashed after hitting a fallen tree.",
     "Police said the coach's brakes had failed."),
]

SILENT = [
    # a chain: the burst pipe flooded the room, the flooding sank the boat
    ("A pipe burst in the engine room, the crew said.",
     "The sinking was caused by flooding in the engine room."),
    # the cause of another kind of event
    ("The strike was caused by a pay dispute.",
     "Officials said a pump had failed."),
    # one cause told twice
    ("The outage was caused by a failed storage array.",
     "Officials said a storage array at the data centre had failed."),
    ("The ferry capsized after hitting a sandbank.",
     "The ferry sank after striking a sandbank off the point."),
    # a place, not a cause
    ("The van was behind the warehouse when the fire started.",
     "The fire was caused by an electrical fault."),
    # the reason for something else
    ("The reason for the visit was to thank staff.",
     "The closure was caused by falling sales."),
    # what came before, not a contact
    ("The ferry sank after leaving port.",
     "Officials said the ferry's pump had failed."),
    # the fault is the named mishap itself, or the mishap told in broad words
    ("Witnesses said the tower collapsed with a roar.",
     "The collapse was caused by rotten timber beams."),
    ("Patients faced long delays after a computer failure at the hospital.",
     "The outage was caused by a power cut at the data centre."),
    # "when" people did something is a time, not a cause
    ("The collapse happened when residents were asleep.",
     "The collapse was caused by rotten timber beams."),
    # "began shortly after ...", "after ... had started": a time, not a cause
    ("The fire started shortly after the evening shift had begun.",
     "Investigators believe the wiring in the kitchen had corroded."),
    ("The leak began after the morning lessons had started.",
     "Officials said a valve in the pump room had failed."),
    # a guess, not a cause given
    ("The crash may have happened after the driver fell asleep.",
     "Police said a tyre had burst."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_two_causes_of_one_mishap_clash(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "cause")


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_chain_or_other_event_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in comparison.signals], comparison.signals
