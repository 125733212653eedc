"""Wordings of states told or denied (round 23): an act told only as an aim or advice
("urges public bodies not to pay", "asked not to be named", "will never contact you to
ask") is no denial of the act (aims.py), while a denial of the act itself still is."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(("a", "b"), [
    # the dev false flags (kettlebury_council_ransomware)
    ("But a council spokesperson said on Thursday that the authority has not ruled out "
     "paying the ransom.",
     "Government guidance urges public bodies not to pay ransoms, arguing that payment "
     "funds further crime."),
    ("The council will never ask you to give your bank details over the phone.",
     "The council will never contact you unexpectedly to ask for bank details or passwords."),
    # other wordings of advice or an aim: advise, tell, warn, a purpose of a denied act
    ("The hospital paid the hackers a ransom on Monday.",
     "The hospital was advised not to pay the hackers a ransom."),
    ("Residents left their homes on Friday night.",
     "Police told residents not to leave their homes on Friday night."),
    ("The club sold the stadium to a developer.",
     "Fans urged the club not to sell the stadium to a developer."),
    ("The gang contacted the firm's staff to demand money.",
     "The gang did not email the firm's staff to demand money."),
    ("One worker said he had spoken to the inspectors.",
     "One worker, who asked not to be named, said he had spoken to the inspectors."),
])  # fmt: skip
def test_advice_is_no_denial(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: the act itself denied or refused, or its negation passed on
    ("The hospital paid the hackers a ransom on Monday.",
     "The hospital did not pay the hackers a ransom."),
    ("The hospital paid the hackers a ransom on Monday.",
     "The hospital refused to pay the hackers a ransom."),
    ("Residents left their homes on Friday night.",
     "Residents did not leave their homes on Friday night."),
    ("The club sold the stadium to a developer.",
     "The club has not sold the stadium to a developer."),
])  # fmt: skip
def test_denial_of_the_act_still_clashes(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)
