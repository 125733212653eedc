"""Look-alikes a review of round 32's rules found flagged, and the pairs those rules were
made for, which must still fire: two one-sided time limits or a limit against a hedge
(clocks_agree), an occasion keyed by a bare doer or "a man" (occasiondays.py), two
closings of two things (durations.py), two indefinite teams (groupsizes.py)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return {s.kind for s in comparison.signals}, comparison.signals


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("The alarm was raised at about 7.30pm.", "The alarm was raised shortly after 8pm.", "time"),
    ("The fire was put out before midnight.", "The fire was put out at about 8.20pm.", "time"),
    ("The road was closed until 6pm.", "The road was closed shortly after 1pm.", "time"),
    ("The alarm was raised at about 3.40pm.", "The alarm was raised at around 4pm.", "time"),
    ("Police arrested a man after Saturday's game.",
     "Police arrested a woman after Sunday's game.", "time"),
    ("Police arrested a man after Saturday's game.",
     "Police arrested two men after Sunday's game.", "time"),
    ("The body was found two days after the deadline for the ransom.",
     "The body was found five days after the polls closed.", "number"),
    ("A team of 30 engineers was sent to the site.",
     "A team of 12 divers searched the lake.", "number"),
    ("A team of 30 firefighters tackled the blaze.",
     "A team of 12 firefighters searched the building.", "number"),
    ("The team of 30 engineers worked through the night.",
     "The team of 12 divers worked through the night.", "number"),
])
def test_review_look_alikes_stay_silent(nlp, config, a, b, kind):
    kinds, signals = _kinds(nlp, config, a, b)
    assert kind not in kinds, signals


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Supporters were told to leave Tallis Park at around 3.40pm.",
     "The order to leave the stadium was given at about 4:10pm.", "time"),
    ("The crash happened at about 5.40am.", "The crash happened at about 6.40am.", "time"),
    ("The 11 members of the depot syndicate matched all six numbers in last Wednesday's "
     "draw.", "Their numbers matched all six balls in Saturday's draw.", "time"),
    ("The ticket presented by the syndicate was timestamped at 7.31pm, one minute after "
     "sales closed.", "The ticket came off the machine nine minutes after the cut-off.",
     "number"),
    ("The 11 members of the depot syndicate matched all six numbers.",
     "The syndicate of 14 colleagues at the Strathkeld Buses depot has played the same "
     "numbers.", "number"),
])
def test_review_pairs_still_fire(nlp, config, a, b, kind):
    kinds, signals = _kinds(nlp, config, a, b)
    assert kind in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # a rating, a score: a number of a measure, no group's size
    ("The kitchen was awarded a food hygiene rating of five at its last inspection in 2023.",
     "A previous inspection in 2021 gave the kitchen a food hygiene rating of three."),
    ("The diver scored a total of 88 points.", "The diver received a score of 72."),
])
def test_a_measure_of_a_number_is_no_group(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.explanation.startswith("size of the") for s in comparison.signals)
