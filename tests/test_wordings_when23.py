"""When an act was last done (structured/lasttimes.py).

"The lift was last inspected on 30 January" and "the lift had last been inspected in
December" time the latest inspection: one fact, so two months apart is a clash, where
two plain timings of an inspection could be two inspections (dunmere_tower_lift_plunge).
"""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

CLASH = [
    # dev pairs
    ("The lift involved was last inspected by Kessington Lift Engineering on 30 January 2025.",
     "Records seen by the Echo show the lift had last been inspected in December, and "
     "residents say it broke down repeatedly over the winter."),
    ("Dunmere Homes Trust, which runs the block, told us the lift was last inspected at the "
     "end of January and no serious faults were found.",
     "Records seen by the Echo show the lift had last been inspected in December."),
    # other acts, other things, active and passive, "most recently"
    ("The missing teenager was last seen on Friday evening near the station.",
     "The teenager was last seen on Wednesday afternoon."),
    ("Engineers last checked the boiler in March.", "The boiler was last checked in June."),
    ("Inspectors last visited the care home in May.",
     "The care home was last visited by inspectors in September."),
    ("The boiler was last serviced on 4 March.",
     "Engineers last serviced the boiler on 19 February."),
    ("The school was most recently visited by inspectors in October.",
     "Inspectors last visited the school in April."),
]

SILENT = [
    # another time of the thing: its first doing, its next, a plain doing
    ("The lift was last inspected in December.", "The lift was first inspected in 2010."),
    ("The lift was last inspected in December.", "The lift will next be inspected in March."),
    ("The lift was last inspected in December.", "The lift was inspected in March."),
    ("The teenager was last seen on Friday.", "The teenager was seen on Wednesday."),
    ("The teenager was last seen on Friday.", "The teenager was first seen on Wednesday."),
    # another thing, another act, another named place
    ("The lift was last inspected in December.", "The boiler was last inspected in March."),
    ("The teenager was last seen on Friday.", "A second teenager was last seen on Wednesday."),
    ("The lift was last inspected in December.", "The lift was last repaired in March."),
    ("The lift at Harrow Court was last inspected in December.",
     "The lift at Orton House was last inspected in March."),
    # one time told two ways
    ("The lift was last inspected at the end of January.",
     "The lift was last inspected on 30 January."),
    ("The teenager was last seen on Friday evening.", "The teenager was last seen late on Friday."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_last_done_times_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_last_done_lookalikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals
