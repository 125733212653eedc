"""Wordings of one event's time of day told with two verbs of finding ("found at around
3pm" vs "located at about 11.20am", findings.py), and the look-alikes that must stay
silent: another person found, the same time, a finding denied, a planned search."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_FINDINGS = [
    # the dev pairs (tasker_missing_tramper)
    ("Priya Nandakumar, a 31-year-old software engineer, was found by volunteer searchers "
     "on foot at around 3pm on Tuesday.",
     "The 31-year-old woman, Priya Nandakumar of Lower Hutt, was located by a LandSAR ground "
     "team at about 11.20am today."),
    ("Priya Nandakumar, a 31-year-old software engineer, was found by volunteer searchers "
     "on foot at around 3pm on Tuesday.",
     "Priya Nandakumar, a software engineer from Lower Hutt near Wellington, was located by "
     "a ground search team shortly after 11am on Tuesday."),
    # other wordings: active voice, another verb, a relative clause, numerals vs words
    ("Rescuers found Tomas Berg at 6 a.m. on Sunday.",
     "A helicopter crew spotted Tomas Berg at about 2 p.m. on Sunday."),
    ("Emma Kovacs was traced to a farmhouse at around 9pm on Friday.",
     "Police located Emma Kovacs at 4 a.m. on Friday."),
    ("Searchers said they found missing climber Ian Holt at noon on Monday.",
     "Ian Holt, who was located at 5pm on Monday, is in a stable condition."),
    ("The boy, Leo Marsh, was discovered at eight o'clock on Wednesday morning.",
     "Leo Marsh was found at around 1pm on Wednesday, police said."),
]

_SILENT = [
    # the same time in two verbs
    ("Priya Nandakumar was found at around 11am on Tuesday.",
     "Priya Nandakumar was located at about 11.20am on Tuesday."),
    # two different people found at two times
    ("Rescuers found Tomas Berg at 6 a.m. on Sunday.",
     "A helicopter crew spotted Anna Berg at about 2 p.m. on Sunday."),
    # two different days
    ("Police located Emma Kovacs at 4 a.m. on Friday.",
     "Emma Kovacs was found at around 9pm on Tuesday."),
    # a finding denied is no time of a finding
    ("Rescuers found Tomas Berg at 6 a.m. on Sunday.",
     "A helicopter crew did not spot Tomas Berg at 2 p.m. on Sunday."),
    # one verb's time of a search, not of a find
    ("Rescuers found Tomas Berg at 6 a.m. on Sunday.",
     "Teams will search for Tomas Berg again at 2 p.m. on Sunday."),
]


@pytest.mark.parametrize(("a", "b"), _FINDINGS)
def test_one_finding_two_verbs_two_times(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert "time" in [s.kind for s in result.signals], result.signals


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_finding_look_alikes_stay_silent(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in result.signals], result.signals


def test_finding_times_are_paired(nlp, config):
    assert_paired_and_compared(nlp, config, *_FINDINGS[2], "time")
