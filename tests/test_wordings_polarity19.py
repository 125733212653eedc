"""Wordings of one thing done or not done to what is left of the dead ("the dead whales
are to be buried" vs "the carcasses will not be buried"), and the look-alikes that must
stay silent (remains.py)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_FIRE = [
    # the dev pair (pellow_sands_whale_stranding)
    ("The dead whales, some weighing more than a tonne, are to be buried in the dunes "
     "behind the beach, West Carrow District Council said.",
     "The carcasses will not be buried on the beach or in the dunes."),
    # other nouns, verbs and structures: active object, "bodies", "corpses", "remains"
    ("Council workers will bury the dead cattle in a pit on the farm.",
     "The carcasses will not be buried, the council said."),
    ("The corpses were cremated on Friday, the ministry said.",
     "The dead soldiers were not cremated, their families said."),
    ("The dead birds will be incinerated at a plant near the reserve.",
     "The bodies will not be incinerated, the warden said."),
    ("Investigators did not exhume the remains.",
     "Investigators exhumed the dead woman last week."),
    ("The bodies of the dead whales will be buried in the dunes.",
     "The carcasses will not be buried, the council said."),
    ("Officials refused to release the bodies.",
     "Officials released the deceased passengers to their relatives."),
]

_SILENT = [
    # whose remains: the carcass of another animal
    ("The dead whales are to be buried in the dunes.",
     "The carcass of a seal found last month was not buried."),
    ("The bodies of the passengers were not recovered.",
     "The dead whales were recovered from the shore."),
    # a body that is no one's remains
    ("The governing body will not be dissolved.",
     "The dead whales will be dissolved in acid."),
    # one thing and another done to the remains: both told, neither denied
    ("The carcasses will be buried in the dunes.",
     "The dead whales were examined by pathologists."),
    # different things told of the living and the dead
    ("The surviving crew were not flown home.",
     "The bodies were flown home on Monday."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_done_and_not_done_to_the_remains(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals
    assert paired


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_other_remains_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals
