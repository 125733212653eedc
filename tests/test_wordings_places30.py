"""Wordings of one meeting held at two named venues (round 30): a guildhall is a named
facility like a hall or a courthouse (``venue_words``), so "held in the chamber at the
Guildhall" and "held at Brookside Community Centre" compare; the look-alikes that stay
silent: one venue told twice, a venue and the town it is in, a meeting planned elsewhere,
two different meetings."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    ("Monday's meeting was held in the main chamber at the Guildhall.",
     "Monday's meeting was held at Brookside Community Centre."),
    ("The hearing took place at the Guildhall, officials said.",
     "The hearing took place at Mardle Street Library, officials said."),
    ("The public meeting was held at the Kelham Guildhall.",
     "The public meeting was held at St Aidan's Church."),
])
def test_one_meeting_at_two_venues_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # one venue told twice, in other words
    ("Monday's meeting was held in the main chamber at the Guildhall.",
     "Monday's meeting took place at the Guildhall."),
    # a venue and the town it is in
    ("The public meeting was held at the Kelham Guildhall.",
     "The public meeting was held in Kelham."),
    # a meeting planned elsewhere against the one that was held
    ("Monday's meeting was held at the Guildhall.",
     "Next month's meeting will be held at Brookside Community Centre."),
])
def test_one_meeting_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


# One office held under two surnames (holders.py): one title and one given name.
@pytest.mark.parametrize(("a", "b"), [
    ("Mayor Helen Garside opened the new bridge on Saturday.",
     "Mayor Helen Garfield said the bridge had cost less than planned."),
    ("Police chief Martin Oakes told reporters the road would reopen.",
     "Police chief Martin Oakley said officers were still at the scene."),
    ("Chief Constable Sarah Pilling said two men had been arrested.",
     "Chief Constable Sarah Pickering said the inquiry would continue."),
])
def test_one_office_two_surnames_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), [
    # two offices: a mayor and a deputy mayor are two people
    ("Mayor Helen Garside opened the new bridge on Saturday.",
     "Deputy Mayor Helen Garfield said the bridge had cost less than planned."),
    # two given names: two people
    ("Mayor Helen Garside opened the new bridge on Saturday.",
     "Mayor Peter Garfield said the bridge had cost less than planned."),
    # a name and its short form
    ("Mayor Helen Garside opened the new bridge on Saturday.",
     "Mayor Garside said the bridge had cost less than planned."),
    # one name told twice
    ("Mayor Helen Garside opened the new bridge on Saturday.",
     "Mayor Helen Garside said the bridge had cost less than planned."),
])
def test_one_office_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals
