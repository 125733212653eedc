"""Counts of people told in other words: a crew counted as "19 crew" or "21 crew
members" (members.py), those moved by a conveyance (aboard.conveyed_key), the writer's own
group ("43 of us"), those held in a lasting state ("stuck", "stranded", "trapped"), a
gathering ("gathered", "turned out"), those an event took in ("caught up in a crash",
"went down in the crash"); a count of last year's occasion is none of this one's
(occasions.py)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _numbers(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "number"]


@pytest.mark.parametrize(("a", "b"), [
    # a crew aboard, counted by its people
    ("There were 19 crew on board when the vessel struck the bank, according to the coastguard.",
     "The vessel had 21 crew members aboard, the ship's management company said in a statement."),
    ("The ferry had nine crew on board when it hit the pier.",
     "There were 11 crew members aboard the ferry, the operator said."),
    ("The plane was carrying six crew when it left the runway.",
     "There were eight crew members aboard the plane."),
    # moved by one conveyance, whichever verb
    ("Six crew members were taken off by the Tarnwick lifeboat in the early hours.",
     "Nine crew members were lifted off by the lifeboat overnight."),
    ("Twelve walkers were airlifted off the mountain by helicopter.",
     "Eight walkers were flown off the hill by the helicopter."),
    ("Four anglers were picked up by the lifeboat.",
     "Seven anglers were brought ashore by the lifeboat."),
    # the writer's own group, held in one lasting state
    ("In total, 43 of us were stuck on the wheel, one of the pier staff told me.",
     "Thirty-seven passengers were left stranded high above the seafront on Saturday evening."),
    ("Around 20 of us were trapped in the lift for an hour.",
     "Nine people were stuck in the lift, the fire service said."),
    ("About 30 people were left stranded on the chairlift.",
     "Some 45 people were stuck on the chairlift."),
    # one gathering, whichever verb
    ("Around fifty people turned out on the green last night, tying ribbons to the stumps.",
     "About 200 people gathered on the green on Tuesday evening to tie ribbons."),
    ("Some 300 people gathered outside the town hall for the vigil.",
     "About 80 people turned out outside the town hall for the vigil."),
    ("Around 5,000 fans had assembled in the square before kick-off.",
     "About 2,000 fans gathered in the square before kick-off."),
    # those an event took in
    ("More than 40 riders were caught up in a crash on the third stage on Thursday.",
     "About 20 riders went down in the crash."),
    ("Six cyclists went down in the collision.",
     "Fifteen cyclists were caught up in the collision."),
    ("This year's edition saw a crash that brought down 30 riders.",
     "Around twenty riders were brought down, race officials said."),
])  # fmt: skip
def test_people_counted_in_other_words(nlp, config, a, b):
    assert _numbers(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the rest of a crew, teams, another group aboard
    ("There were 19 crew on board when the vessel struck the bank.",
     "The remaining 13 crew remain aboard to keep the vessel's systems running."),
    ("There were 19 crew on board when the vessel struck the bank.",
     "Three crews were sent to the harbour to help."),
    ("There were 180 passengers on board the plane.",
     "The plane had six crew members aboard."),
    # two conveyances move two groups
    ("Six passengers were lifted off by the lifeboat.",
     "Nine passengers were winched up by helicopter."),
    # those still stuck later are the rest; a part of a told group
    ("Firefighters told me at least thirty people were still stuck.",
     "Firefighters worked late to rescue 37 people trapped on a giant observation wheel."),
    ("Three of them were stuck in the lift.",
     "Nine people were stuck in the lift."),
    # gathered, and another group moved away
    ("About 200 people gathered on the green on Tuesday evening.",
     "About 50 people were evacuated from the green on Tuesday evening."),
    # what befell some of those an event took in
    ("Three riders were injured in the crash.",
     "About 20 riders went down in the crash."),
    # last year's occasion
    ("Last year's edition saw a crash that brought down 30 riders in the first stage.",
     "Around twenty riders were brought down, race officials said."),
    ("The crash brought down 30 riders last year.",
     "Around twenty riders were brought down, race officials said."),
])  # fmt: skip
def test_other_groups_stay_apart(nlp, config, a, b):
    assert not _numbers(nlp, config, a, b)
