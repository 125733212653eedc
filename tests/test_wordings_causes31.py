"""Causes of round 26-27's dev stories, each rule read from the parse and tried on other
kinds of story:

- a ship that ran or went aground is a grounding (``mishap_verbs``), whose lead-up is a
  cause; a clause told with a modal ("the official line will talk about machinery, but
  the ship ran aground") is no lead-up before it;
- a fault a thing bore ("suffered / developed an engine failure"), reported, is a fault
  found, as a fault reported is;
- "X is consistent with Y" gives Y as the cause of a happening, damage or injury;
  "years of overloaded lorries" names the lorries, not the years;
- a thing done the wrong way by people ("the contractor misread the order and went to
  the wrong site") blames those people, so two sources blaming two doers differ; a main
  clause "according to" someone is reported, as is one someone "learned" or
  "established";
- one claim telling a chain of causes ("lost propulsion after an engine failure") agrees
  with a claim telling one of its links ("lost engine power").
"""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


def _causes(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "cause"]


_TWO_CAUSES = [
    # the dev pairs (tarnwick_ship_aground, ellsmere_bridge_closure, ashcombe_tree_felling)
    ("The coastguard said the ship had lost engine power shortly before it drifted onto the "
     "bank.",
     "The official line will no doubt talk about machinery, but the ship ran aground after its "
     "anchor dragged in strong winds while it waited for a berth, not because of any "
     "mechanical problem."),
    ("Initial reports from the master indicate that the ship suffered an engine failure while "
     "approaching the port.",
     "The official line will no doubt talk about machinery, but the ship ran aground after its "
     "anchor dragged in strong winds while it waited for a berth."),
    ("Specialist divers have confirmed that the damage is consistent with scour, the erosion "
     "of riverbed material around the pier's foundations by high river flows.",
     "The damage was caused by years of overloaded lorries pounding the bridge, rather than by "
     "the river, according to the council's engineers."),
    ("We have since learned that a council officer put the wrong street on the work order, so "
     "the crew simply went where they were sent.",
     "According to the council, the contractor misread the work order and went to the wrong "
     "site."),
    # other stories: a yacht, a ferry, a plane, a fire, a flood, an injury, a hospital, a railway
    ("The yacht went aground after a mooring line snapped overnight.",
     "The coastguard said the yacht had suffered a rudder failure."),
    ("The crew will no doubt blame the weather, but the ferry ran aground after its engine "
     "cut out.",
     "The ferry ran aground after a gust of wind pushed it onto the sandbar."),
    ("Investigators say the aircraft suffered an engine failure on take-off.",
     "Early findings suggest a problem with the landing gear."),
    ("The fire was consistent with an electrical fault in the loft, fire officers said.",
     "The fire was started by a discarded cigarette, investigators said."),
    ("The flooding was caused by decades of neglect of the drainage system.",
     "The flooding was caused by a burst water main."),
    ("The injuries are consistent with a fall from height, police said.",
     "Police said the injuries were caused by an assault."),
    ("Inspectors have established that a nurse gave the patient the wrong dose.",
     "According to the hospital, the pharmacist labelled the wrong bottle."),
    ("An inquiry found that the signaller set the wrong route.",
     "Investigators have determined that the driver took the wrong line."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), _TWO_CAUSES)
def test_two_causes(nlp, config, a, b):
    assert _causes(nlp, config, a, b)


_ONE_CAUSE_OR_NONE = [
    # one doer's error in two wordings
    ("According to the airline, the ground crew loaded the wrong fuel.",
     "Officials said the ground crew put the wrong fuel in the tanks."),
    ("Our initial review has found that the contractor misread the work order and attended "
     "the wrong location.",
     "According to the council, the contractor misread the work order and went to the wrong "
     "site."),
    # one error told with its doer and without ("the plane landed on the wrong runway"),
    # or with a thing the tagger takes for a person ("the lorry")
    ("Officials said the pilot selected the wrong runway.",
     "Investigators believe the plane landed on the wrong runway."),
    ("Police said the driver took a wrong turn into the lane.",
     "According to witnesses, the lorry took a wrong turn into the lane."),
    # a chain of two faults against one of its links
    ("According to the managers, the ship lost propulsion after an engine failure as she was "
     "manoeuvring towards the pilot boarding point.",
     "The coastguard said the ship had lost engine power shortly before it drifted onto the "
     "bank."),
    # a clause told with a modal is no lead-up: the ferry's grounding has no cause there
    ("The crew will no doubt talk about the engine, but the ferry ran aground on the sandbar.",
     "The ferry ran aground after its anchor dragged in strong winds."),
    # "consistent with" said of no caused thing
    ("Turnout was consistent with the forecast, officials said.",
     "Turnout was low because of the rain, officials said."),
    # a wrong thing inside a belief reported is no fault (blind round 45)
    ('I thought at first it was a robin with the light on it the wrong way," he said.',
     "The ship ran aground after its anchor dragged in strong winds."),
    # a fault borne but not reported: no fault found
    ("Two years ago the ship suffered an engine failure in the Baltic.",
     "The ship ran aground after its anchor dragged in strong winds."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), _ONE_CAUSE_OR_NONE)
def test_one_cause_or_none(nlp, config, a, b):
    assert not _causes(nlp, config, a, b)


def test_grounding_causes_are_paired(nlp, config):
    assert_paired_and_compared(
        nlp, config,
        "The trawler ran aground after its steering failed in heavy seas.",
        "The trawler went aground after a mooring line snapped.", "cause")  # fmt: skip
