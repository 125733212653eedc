"""When one named happening took place, keyed on the noun that names it whatever verb (or
none) each source picks (structured/occurring.py): "the crush happened at about 10.50pm"
vs "the crush itself was just after midnight" (larkspur_festival_crush), further
wordings of that kind that must clash, and look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

DEV = ("The crush itself was just after midnight.",
       "The crush happened at about 10.50pm at the North Gate of Thornwick Park.")

CLASH = [
    DEV,
    ("The crush itself was just after midnight.",
     "The crush took place shortly before 11 p.m. at the Larkspur Fields Festival."),
    ("The stampede occurred at about 3pm near the main stage.",
     "The stampede was shortly after 5pm."),
    ("The robbery happened at about 9.40am.",
     "The robbery took place at twenty to eleven this morning."),
    ("The collision occurred at 7.15am on the ring road.", "The collision was at about 9am."),
    ("The heist took place at around 2am.", "The heist happened just before 5am."),
    ("The stabbing was at about 10pm on Friday.", "The stabbing happened at 1.30am on Saturday."),
]

SILENT = [
    # the same time told two ways
    ("The crush happened at about 10.50pm.", "The crush took place shortly before 11 p.m."),
    # two different happenings at two times
    ("The crush happened at about 10.50pm.", "The fireworks took place just after midnight."),
    # a start and an end of one event
    ("The festival began at 8pm.", "The festival ended just after midnight."),
    # an act on a thing, not an occurrence
    ("The car hit a tree at 9pm.", "The car was towed away at 11pm."),
    # a state, not a time
    ("The crush was deadly.", "The crush happened at about 10.50pm."),
    # a forecast against the outcome
    ("The concert was expected to finish at 11pm.", "The concert ended just after midnight."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_times_of_one_named_happening_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "time" for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.kind == "time" for s in comparison.signals), comparison.signals


def test_dev_pair_is_paired_without_embeddings(nlp, config):
    assert_paired_and_compared(nlp, config, *DEV, "time")


# The day one thing is to undergo a planned event, keyed on the thing when no name is
# shared (structured/plannedday.py): merrowby_building_society_robbery's reopening...
PLAN_DEV = ("The branch will stay closed until next Monday, a spokeswoman for the society said.",
            "The building society said the branch would reopen on Thursday.")
PLAN_CLASH = [
    PLAN_DEV,
    ("The trial will begin on Monday.", "The trial is set to start on 14 April."),
    ("The library will reopen on Tuesday.", "The library will reopen to readers on Friday."),
    ("The pool will remain shut until Saturday.", "Council officials said the pool would reopen "
                                                  "on Wednesday."),
    ("The hearing will resume on Thursday.", "The hearing is scheduled to resume next Tuesday."),
]
# ...and look-alikes: a past occasion, two owners, two things, a guess against a plan.
PLAN_SILENT = [
    ("The branch will reopen on Thursday.", "The branch reopened on Monday."),
    ("The Leeds branch will reopen on Thursday.", "The York branch will reopen on Monday."),
    ("The school will reopen on Monday.", "The branch will reopen on Thursday."),
    ("The bridge could reopen on Tuesday.", "The bridge will reopen on Friday."),
    ("The branch will reopen on Thursday.", "The branch will reopen on 13 March."),
    # a first batch of a planned reopening against the whole
    ("The first shops will reopen on Monday.", "The shops will reopen on Thursday."),
    ("The first trains will run again on Saturday.", "Trains will run again on Tuesday."),
]


@pytest.mark.parametrize(("a", "b"), PLAN_CLASH)
def test_days_of_one_planned_event_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "time" for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), PLAN_SILENT)
def test_plan_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.kind == "time" for s in comparison.signals), comparison.signals
