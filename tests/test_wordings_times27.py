"""Wordings of the time of one event told through an exchange noun: "nurses were told at a
10am meeting" against "nurses were given the news at a meeting at 3pm" (attendees.py:
the people told at a meeting took part in it, and the verb's time of day is the
meeting's). Look-alikes: other people, other days, a second meeting, a close time."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


@pytest.mark.parametrize(("a", "b"), [
    ("Nurses were told of the closure at a 10am meeting on Monday.",
     "Nurses were given the news at a meeting at 3pm on Monday."),
    ("Drivers were called to a meeting at eight o'clock this morning and told the depot "
     "would shut.", "The drivers learned of the closure at a 1pm meeting today."),
    ("Miners were informed at a meeting at 7am on Thursday.",
     "The miners were told of the decision at a 4pm meeting on Thursday."),
    ("Teachers were briefed at a meeting at 8.30am on Friday.",
     "Teachers were told at a 3.45pm meeting on Friday."),
    ("The families were told during a call at 6pm on Friday.",
     "The families were given the news in a call at 8pm on Friday."),
])  # fmt: skip
def test_one_meeting_at_two_times(nlp, config, a, b):
    comparison, passes = compare_pair(nlp, config, a, b)
    assert passes
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # other people at the meeting: two meetings
    ("Staff were told at a 9am meeting on Wednesday.",
     "Union leaders met managers at 2pm on Wednesday."),
    ("Staff were told at a meeting at 9am.", "Shareholders were told at a meeting at 2pm."),
    ("Staff were told at a 9am meeting.", "Managers held a meeting with the union at 4pm."),
    ("Workers were called to a meeting at 9am.", "Police were called to the factory at 2pm."),
    ("The families were told during a call at 6pm on Friday.",
     "Police took a call from a neighbour at 8pm on Friday."),
    # a second meeting is another meeting
    ("Staff were told at a meeting at 9am.", "Staff were told more at a second meeting at 2pm."),
    ("Staff were told at a meeting at 9am.", "Staff were given details at another meeting at 2pm."),
    ("Staff were told at a meeting at 9am.", "Staff were told at a further meeting at 2pm."),
    # a plan, a later act, an approximate time and a close exact one, a part of the day
    ("Staff were told at a meeting at 9am.", "Staff will attend a second meeting at 2pm."),
    ("Staff were told at a meeting at 9am.", "Staff left the meeting at 11am."),
    ("Staff were told at a meeting at about 9am.",
     "Staff were told of the cuts at a meeting at 8.55am."),
    ("Staff were told at a meeting on Wednesday morning.",
     "Staff were told at a meeting at 9.30am on Wednesday."),
])  # fmt: skip
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ("Police received a report of a man with a knife at 3.20pm.",
     "Officers were called to the park at about 4.30pm."),
    ("Reports of smoke were received at 9.05pm.", "Firefighters were alerted shortly after 10pm."),
    ("The coastguard received a report of a capsized dinghy at 7.10am.",
     "The alarm was raised at about 8.40am."),
])  # fmt: skip
def test_a_report_of_something_is_the_first_alert(nlp, config, a, b):
    comparison, passes = compare_pair(nlp, config, a, b)
    assert passes
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # a report that is a document, a close time, an arrival after the alert
    ("The council received the inspectors' report at 3pm.", "The alarm was raised at 11am."),
    ("Police received a report of a man with a knife at 3.20pm.",
     "Officers were called to the park at about 3.25pm."),
    ("Police received a report of a man with a knife at 3.20pm.",
     "Officers arrived at the park at 4.10pm."),
    ("Police received a report of a man with a knife at about 3.20pm.",
     "The alarm was raised at 3.15pm."),
])  # fmt: skip
def test_report_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ("The fire started at about 2am.", "The fire began at 4am."),
    ("The blaze broke out shortly after 2am.", "The fire started at about 4am."),
    ("The outage began at 4am on Monday.", "The outage started at 2.30am on Monday."),
    ("Rachel, the problems started at around half past two this morning.",
     "The outage at the hospital began shortly after 4am on Monday."),
])  # fmt: skip
def test_one_start_at_two_times(nlp, config, a, b):
    comparison, passes = compare_pair(nlp, config, a, b)
    assert passes
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # two things began: a fire and an inquiry, a strike and an outage, a match and a protest
    ("The fire started at about 2am.", "The inquiry began at 9am."),
    ("The strike began at 6am.", "The outage began at 9am."),
    ("Voting began at 7am.", "The count began at 10pm."),
    ("The match started at 3pm.", "The protest began at 1pm."),
    # one start, an approximate time and a close exact one
    ("The fire started at about 2am.", "The fire began at 1.55am."),
])  # fmt: skip
def test_two_starts_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals
