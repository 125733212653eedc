"""Numbers read whole and counts kept apart (round 14, pellow_sands_whale_stranding):
hyphenated number words ("sixty-seven" is 67, not 7 or 60), a past event dated by a bare
year ("since 2011, when 11 pilot whales came ashore") is no count of today's event, and a
participle in a hyphenated adjective ("long-finned") tells no event of its own."""

from __future__ import annotations

import pytest

from consistency.structured.ages import ages
from consistency.structured.countacts import count_year
from consistency.structured.quantities import parse_quantities
from tests.wordings import compare_pair


@pytest.mark.parametrize(("text", "years"), [
    ("A local woman, Maureen Eddy, who's sixty-seven and walks her dog here every morning.", 67),
    ("Maureen Eddy, sixty-seven, walks her dog on the beach.", 67),
    ("Maureen Eddy, aged seventy-two, walks her dog on the beach.", 72),
    ("Maureen Eddy is twenty-one years old.", 21),
    ("Maureen Eddy, 61, walks her dog on the beach.", 61),
])  # fmt: skip
def test_hyphenated_ages_read_whole(nlp, text, years):
    assert [a.years for a in ages(nlp(text))] == [years]


@pytest.mark.parametrize(("text", "year"), [
    ("It is the largest stranding since 2011, when 11 pilot whales came ashore.", "2011"),
    ("The last stranding was in 2011 when 11 pilot whales beached at Gull Point.", "2011"),
    ("Eleven pilot whales beached at Gull Point in 2011, records show.", "2011"),
    ("In 2011, 11 pilot whales came ashore at Gull Point.", "2011"),
    ("Thirty-two pilot whales came ashore on Sunday.", None),
    ("Thirty-two pilot whales came ashore, the most since 2011.", None),
])  # fmt: skip
def test_count_year(text, year):
    q = parse_quantities(text)[0]
    assert count_year(q, text) == year


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs
    ("A local woman, Maureen Eddy, who's sixty-seven, found the whales at Pellow Sands.",
     "Maureen Eddy, 61, found the whales at Pellow Sands.", "number"),
    # other wordings that must fire: counts of one event, one year, hyphenated numbers
    ("Thirty-two well-fed seals hauled out at Pellow Sands on Sunday.",
     "Twenty-three well-fed seals hauled out at Pellow Sands on Sunday.", "number"),
    ("Nine short-beaked dolphins were refloated at Pellow Sands.",
     "Six short-beaked dolphins were refloated at Pellow Sands.", "number"),
    ("In 1998, 40 whales beached at Pellow Sands.",
     "In 1998, 35 whales beached at Pellow Sands.", "number"),
    ("Maureen Eddy, aged seventy-two, found the whales at Pellow Sands.",
     "Maureen Eddy is 61 and found the whales at Pellow Sands.", "number"),
    # look-alikes: a past year's event, another act's count, agreeing hyphenated ages
    ("It is the largest mass stranding at Pellow Sands since 2011, when 11 pilot whales "
     "came ashore at Gull Point.",
     "Thirty-two pilot whales came ashore at Pellow Sands on Sunday.", None),
    ("The last big stranding at Pellow Sands was in 1998, when 40 whales beached.",
     "Thirty-two whales beached at Pellow Sands on Sunday.", None),
    ("Forty whales beached at Pellow Sands in 1998, records show.",
     "Thirty-two whales beached at Pellow Sands on Sunday.", None),
    ("Rescuers refloated nine long-finned pilot whales on Sunday evening after a pod of 23 "
     "stranded at Pellow Sands.",
     "In total 23 long-finned pilot whales had come ashore at Pellow Sands.", None),
    ("Maureen Eddy, who is sixty-seven, found the whales at Pellow Sands.",
     "Maureen Eddy, 67, found the whales at Pellow Sands.", None),
])  # fmt: skip
def test_counts_and_ages(nlp, config, a, b, kind):
    comparison, _ = compare_pair(nlp, config, a, b)
    kinds = {s.kind for s in comparison.signals}
    assert (kind in kinds) if kind else "number" not in kinds, comparison.signals
