"""Wordings of states told or denied (round 23): an act told only as an aim or advice
("urges public bodies not to pay", "asked not to be named", "will never contact you to
ask") is no denial of the act (aims.py), while a denial of the act itself still is."""

from __future__ import annotations

import pytest

from consistency.structured.frames import SPEECH_CLASSES
from consistency.structured.nobody_hurt import nobody_keys
from tests.wordings import assert_paired_and_compared, claims_and_frames, compare_pair


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pair (brackenford_sinkhole)
    ("Nobody was hurt in the collapse.",
     "Ambulance crews did treat a woman who was walking her dog past the spot.", "negation"),
    # other wordings: "no one", "none", injured / hurt / arrested, a named one
    ("No one was injured when the roof fell in.",
     "A firefighter was injured when the roof fell in.", "negation"),
    ("No one was hurt in the crash, police said.",
     "The driver was hurt in the crash and taken to hospital.", "negation"),
    ("Nobody has been arrested over the attack.",
     "A 34-year-old man has been arrested over the attack.", "negation"),
    ("Police said no one was injured in the blaze.",
     "Paramedics treated a resident for smoke inhalation after the blaze.", "negation"),
    # look-alikes (not paired by nobody_hurt): everyone else, many told of a recalled
    # event, a plan
    ("No one else was hurt in the collapse.",
     "A woman walking her dog was hurt in the collapse.", None),
    ("Nobody was injured in Tuesday's blast.",
     "The 2013 blast injured about 1,500 people.", None),
    ('He kept shouting "do as I say and nobody gets hurt".',
     "A passenger was hurt when the bus braked.", None),
    ("Nobody will be arrested at the protest, police said.",
     "Police will arrest one man at the protest.", None),
])  # fmt: skip
def test_nobody_against_one_person(nlp, config, a, b, kind):
    if kind is not None:
        assert_paired_and_compared(nlp, config, a, b, kind)
        return
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    keys = [nobody_keys(frames[c.id].events, SPEECH_CLASSES) for c in claims]
    assert not {k for k, d in keys[0] if d} & {k for k, d in keys[1] if not d}
