"""Wordings of times of day (round 32): two hedged times ("around 3.40pm", "about
4:10pm") carry the slack their writers told, and no tolerance is added on top of it, so
half an hour between two hedged times is two moments (timeanchor.clocks_agree); a thing
first noticed is timed once, whichever verb of noticing each source picks ("first
spotted", "first sighted", "first reported": firstnoticed.py). Each with the look-alikes
that stay silent."""

from __future__ import annotations

import pytest

from consistency.structured.timeanchor import clocks_agree, find_clock_spans
from tests.wordings import assert_paired_and_compared, compare_pair


def _kinds(nlp, config, a, b, published="2025-10-11"):
    comparison, _ = compare_pair(nlp, config, a, b, published)
    return [s.kind for s in comparison.signals], comparison.signals


def _clock(text):
    return find_clock_spans(text)[0][1]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("around 3.40pm", "about 4:10pm", False),  # both hedged, half an hour apart
    ("about 6.40am", "approximately 7.10am", False),
    ("shortly after 4pm", "about 5.30pm", False),
    ("about 3.40pm", "around 4pm", True),  # twenty minutes: the hedges meet
    ("about 3pm", "around 4pm", True),  # told by the hour: an hour either way
    ("3.40pm", "about 4pm", True),  # one bare time keeps its tolerance
    ("around 3.40pm", "4.10pm", False),  # as before: both told to the minute
])
def test_two_hedged_times_keep_only_their_hedges(a, b, agree):
    assert clocks_agree(_clock(a), _clock(b)) is agree


def test_hedge_is_read_with_the_time():
    assert _clock("at about 4:10pm").hedged and _clock("around 6pm").hedged
    # a one-sided limit says where the time lies, not its slack on both sides
    assert not _clock("shortly after 6pm").hedged and not _clock("before midnight").hedged
    assert not _clock("at 4.10pm").hedged and not _clock("at 22:40").hedged


# The dev pair (brennock) and other kinds of story: one event timed with two hedges.
@pytest.mark.parametrize(("a", "b"), [
    ("Supporters were told to leave Tallis Park at around 3.40pm, according to a police "
     "spokesperson.",
     "Police said the order to leave was given at about 4:10pm, when the score was 1-1."),
    ("The ferry ran aground at about 6.40am near Portmoy harbour.",
     "The ferry ran aground at around 7.10am near Portmoy harbour, the coastguard said."),
    ("The fire at the Kelby mill started at about 2.15pm on Tuesday.",
     "The fire at the Kelby mill started at around 2.45pm on Tuesday, firefighters said."),
])
def test_hedged_times_half_an_hour_apart_fire(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # twenty minutes apart: the hedges meet
    ("The ferry ran aground at about 6.40am near Portmoy harbour.",
     "The ferry ran aground at around 7am near Portmoy harbour, the coastguard said."),
    # one time hedged, the other told by the hour
    ("The fire at the Kelby mill started at about 2.15pm on Tuesday.",
     "The fire at the Kelby mill started at 2pm on Tuesday, firefighters said."),
    # one time told twice with two hedges
    ("Supporters were told to leave Tallis Park at around 3.40pm.",
     "The order to leave was given at approximately 3.40pm, police said."),
])
def test_hedged_times_that_can_meet_stay_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" not in kinds, signals


# The dev pair (brannock) and other kinds of story: one thing first noticed, two verbs.
@pytest.mark.parametrize(("a", "b"), [
    ("The drone was first reported at 6:10pm.",
     "Claire, the drone was first spotted at around half past four yesterday afternoon, and "
     "within minutes every flight was held."),
    ("Smoke was first noticed by a neighbour at about 2am.",
     "Smoke was first spotted at around 4am, the fire service said."),
    ("The gas leak was first detected at 9.15am on Tuesday.",
     "The gas leak was first reported at 11am on Tuesday, the council said."),
    ("The whale was first sighted off the pier at 7am.",
     "Fishermen say the whale was first seen at 10.30am."),
])
def test_first_noticing_at_two_times_fires_and_pairs(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "time")


@pytest.mark.parametrize(("a", "b"), [
    # last seen and first spotted: two moments of the story
    ("The teenager was last seen at 6pm.", "The teenager was first spotted at 4.30pm."),
    # one moment told with two verbs
    ("The drone was first spotted at around half past four yesterday afternoon.",
     "The drone was first reported at 4.40pm on Saturday."),
    # two things noticed
    ("The smoke was first spotted at 2am.", "The leak was first detected at 4am."),
    # seen, but not told as first
    ("The drone was seen over the runway at 6.10pm.", "The drone was first spotted at 4.30pm."),
])
def test_first_noticing_look_alikes_stay_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b, "2025-11-09")
    assert "time" not in kinds, signals
