"""Wordings of a mishap's cause told as a fault an evidence or speech verb reports
("indications point to a valve failure", "data showed the ship had lost propulsion",
faults.py), and the look-alikes that must stay silent: one fault in two wordings, a part
and its whole, a fault set aside, a generic remark, a fault still only asked about."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_TWO_FAULTS = [
    # the dev pairs (ptarmigan_launch_failure, velmouth_bridge_strike, pellingford_chlorine_leak)
    ("Preliminary data indicate an anomaly in the second-stage engine turbopump.",
     "Two people familiar with the early analysis told TechPulse that engineers are focusing "
     "on a software fault in the guidance computer, not a hardware failure."),
    ("Preliminary information showed the ship had lost propulsion about two minutes before "
     "the collision, she said.",
     "Investigators are focusing on a failure of the ship's steering system."),
    ("Port sources told the Herald that the ship's steering gear had failed as it approached "
     "the bridge.",
     "Early indications pointed to an engine failure that left the vessel drifting."),
    ("Initial indications are that a chemical delivery was transferred into the incorrect "
     "storage tank.",
     "Investigators believe a valve in the automatic dosing equipment failed."),
    # other wordings: other nouns, verbs, structures
    ("Engineers suspect a malfunction in the cooling pump.",
     "Early findings suggest a problem with the fuel valve."),
    ("Officials said the train's brakes had failed.",
     "Initial evidence points towards a signalling fault."),
    ("The report found that the plane had lost hydraulic pressure.",
     "Investigators have identified a defect in the engine's fan blade."),
    ("Inspectors believe the crane's cable broke.",
     "Early indications are that the operator loaded the wrong counterweight."),
    ("Sources say the lift's motor malfunctioned.",
     "The inquiry is focusing on a fault with the door sensor."),
]

_ONE_FAULT = [
    # one fault in two wordings: the function lost and the failure that lost it
    ("Preliminary information showed the ship had lost propulsion.",
     "Early indications pointed to an engine failure that left the vessel without propulsion."),
    # a part and its whole
    ("The company has publicly pointed to a hardware problem in its second stage.",
     "Preliminary data suggested a fault in the turbopump feeding the second-stage engine."),
    # the same thing in two fault nouns
    ("Port sources said the ship's steering gear had failed.",
     "Investigators are focusing on a failure of the ship's steering system."),
    # a generic remark is no fault found
    ("Investors said maiden flights of new rockets have historically failed.",
     "Early indications point towards a problem with the turbopump."),
    # a fault set aside is no other cause
    ("Engineers are looking at the software, not a hardware failure.",
     "Early indications point towards a problem with the turbopump."),
    # a fault only asked about or possible
    ("Could a fault in the cooling pump have caused it?",
     "Early findings suggest a problem with the fuel valve."),
]


@pytest.mark.parametrize(("a", "b"), _TWO_FAULTS)
def test_two_faults_two_causes(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert "cause" in [s.kind for s in result.signals], result.signals


@pytest.mark.parametrize(("a", "b"), _ONE_FAULT)
def test_fault_look_alikes_stay_silent(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in result.signals], result.signals


def test_two_faults_are_paired(nlp, config):
    assert_paired_and_compared(
        nlp, config,
        "Early findings suggest a problem with the fuel valve.",
        "Engineers suspect a malfunction in the cooling pump.", "cause")  # fmt: skip


_NO_FAULT = [
    # done to a thing, with a particle: no thing giving out (dev-split news)
    "Unconfirmed reports have indicated that the girls have been broken up into several groups.",
    "Initial reports suggested a piece of space rock broke off from a larger asteroid.",
    "A parent said the ceasefire has been broken in quite a number of places.",
]


@pytest.mark.parametrize("sentence", _NO_FAULT)
def test_no_fault_told(nlp, sentence):
    from consistency.structured.faults import faults

    assert faults(nlp(sentence)) == ()
