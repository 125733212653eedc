"""Counts of a group taken out of a place, told with two verbs (session 17, counts33):

"firefighters rescued five people from the water" and "six people were brought out of
the water" count one group: the group the verb moves has the key of the place it was
taken from ("from water", sources.py), besides its verb's own key (counts.py). Silent
for a group that moved itself ("walked out of the water"), two places, two units.
"""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

FIRE = [
    # the dev pair (alderbrook_river_rescue)
    ("Using throw lines, a rescue sled and a boat, firefighters and volunteers rescued five "
     "people from the water.",
     "Six people in all were brought out of the water, some by rescuers using throw lines "
     "from the bank."),
    # other stories: a mine, a tower block fire, a flood
    ("Crews lifted four miners from the shaft.", "Three miners were hauled out of the shaft."),
    ("Police evacuated 200 residents from the tower.",
     "Around 120 residents were led out of the tower."),
    ("Five people were pulled from the water.", "Six people were brought out of the water."),
]

SILENT = [
    # a group that moved itself is another group
    ("Firefighters rescued five people from the water.",
     "Three people walked out of the water unaided."),
    # two places
    ("Four miners were lifted from the shaft.", "Two miners were hauled out of the tunnel."),
    # two units: the living and the dead
    ("Five people were rescued from the water.", "Two bodies were recovered from the water."),
    # taken on to hospital: a part of those freed
    ("Three people were taken from the wreckage to hospital.",
     "Five people were cut free from the wreckage."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_one_group_taken_out_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_other_groups_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals
