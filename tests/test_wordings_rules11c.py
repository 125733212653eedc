"""Where one event befell one undergoer, told by a town's or an area's name
(structured/whereabouts.py): the round-10 place of arrest and other wordings of it."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared

FIRE = [
    # the dev pair (marlow_ridge_prison_escape): a name and a definite description
    ("Travis Keel, 29, was arrested at a motel in Zanesville, about 40 miles east of Marlow "
     "Ridge Correctional Institution, by a task force led by the U.S. Marshals Service.",
     "The 29-year-old, who broke out of Marlow Ridge Correctional Institution with fellow "
     "inmate Darnell Voss early Sunday, was arrested Monday evening at a truck stop near "
     "Cambridge, where a clerk recognized him from photos."),
    ("Police said Mara Quill was arrested in Dunmore on Friday.",
     "Mara Quill was arrested near Elsworth on Friday, officers said."),
    ("The fugitive was captured at a farmhouse outside Pellow on Tuesday.",
     "Joss Arden was captured on Tuesday in the village of Tarrant."),
    ("Deputies found the missing hiker near Brackwater on Sunday.",
     "Rescuers found the missing hiker in Ollerton on Sunday."),
    ("The stolen van was recovered on a farm track near Hollin.",
     "The stolen van was recovered in a car park in Steadby."),
]

SILENT = [
    # one place told two ways, and a place inside it
    ("Travis Keel was arrested at a motel in Zanesville.",
     "Travis Keel was arrested in Zanesville, Ohio."),
    ("Travis Keel was arrested at the Red Lion Motel.",
     "Travis Keel was arrested in Zanesville."),
    # two events
    ("Travis Keel was arrested in Zanesville.",
     "Travis Keel was held overnight in Cambridge."),
    # an indefinite undergoer may be someone else
    ("A man was arrested in Dunmore on Friday.",
     "Mara Quill was arrested in Elsworth on Friday."),
    # two people
    ("Travis Keel was arrested in Zanesville.",
     "Darnell Voss was arrested in Cambridge."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_one_event_in_two_areas_is_flagged(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_one_area_or_two_events_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)
