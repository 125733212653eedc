"""Wordings of times, days and dates (round 32): a day of the month told in words ("the
first of December") is a date; a plan told at a place ("births at the centre will stop")
names no actor (plannedday.py); an occasion dated by a possessive day ("in Saturday's
draw": occasiondays.py); elapsed time after the moment a window shut, as a noun or a
clause ("nine minutes after the cut-off", "one minute after sales closed": durations.py);
the time an order was given (ordertimes.py). Each with the look-alikes that stay silent."""

from __future__ import annotations

from datetime import date

import pytest

from consistency.structured.timeanchor import find_times
from tests.wordings import compare_pair


def _kinds(nlp, config, a, b, published="2026-03-11"):
    comparison, _ = compare_pair(nlp, config, a, b, published)
    return [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("text", "day"), [
    ("births will stop from the first of December", date(2025, 12, 1)),
    ("the hearing resumes on the twenty-first of May 2026", date(2026, 5, 21)),
    ("the ferry returns on the third of November", date(2025, 11, 3)),
])
def test_day_of_month_in_words_is_a_date(text, day):
    refs = find_times(text, date(2025, 10, 8))
    assert [r.start for r in refs] == [day]


def test_weekday_before_a_date_is_that_date():
    refs = find_times("will stop from Monday 3 November, the trust said", date(2025, 10, 8))
    assert [(r.text, r.start) for r in refs] == [("Monday", date(2025, 11, 3)),
                                                  ("3 November", date(2025, 11, 3))]
    # a weekday that is not the date's own is resolved as told
    refs = find_times("reopens on Monday 16 June", date(2026, 3, 11))
    assert refs[0].start.weekday() == 0 and refs[1].start == date(2026, 6, 16)


# One planned stop or start of one thing, told at a place, on two dates.
@pytest.mark.parametrize(("a", "b", "published"), [
    ("But the trust that runs it says births will stop from the first of December.",
     "Births at the Linden Birth Centre will stop from Monday 3 November, Kestleigh's "
     "hospital trust has announced.", "2025-10-08"),
    ("Deliveries in Kelby will stop from the first of June.",
     "Deliveries will stop from 8 June, the firm said.", "2026-05-01"),
])
def test_planned_day_told_at_a_place_fires(nlp, config, a, b, published):
    kinds, signals = _kinds(nlp, config, a, b, published)
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b", "published"), [
    # one date told twice, in words and in digits
    ("Births will stop from the first of December.",
     "Births at the Linden Birth Centre will stop from 1 December.", "2025-10-08"),
    # two places: two things
    ("Sailings from Portmoy will resume on the second of March.",
     "Sailings from Kelby will resume on 9 March.", "2026-02-10"),
    # a past stop against a plan
    ("Births at the centre stopped on the first of September.",
     "Births will stop from 3 November.", "2025-10-08"),
])
def test_planned_day_look_alikes_stay_silent(nlp, config, a, b, published):
    kinds, signals = _kinds(nlp, config, a, b, published)
    assert "time" not in kinds, signals


# One occasion of one thing dated by two possessive days.
@pytest.mark.parametrize(("a", "b", "published"), [
    ("The 14-member syndicate matched all six numbers in last Wednesday's draw.",
     "Their numbers matched all six balls in Saturday's draw, Cardinal Games confirmed.",
     "2024-10-15"),
    ("The striker scored two goals in Tuesday's match.",
     "The striker scored two goals in Saturday's match, the club said.", "2026-03-11"),
    ("The amendment passed in yesterday's vote.",
     "The amendment passed in Monday's vote, officials said.", "2026-03-11"),
])
def test_one_occasion_on_two_days_fires(nlp, config, a, b, published):
    kinds, signals = _kinds(nlp, config, a, b, published)
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b", "published"), [
    # one day told twice
    ("The syndicate matched all six numbers in Saturday's draw.",
     "Their numbers matched all six balls in Saturday's draw.", "2024-10-15"),
    # two acts of two things: two matches
    ("The striker scored in Tuesday's match.",
     "The goalkeeper was injured in Saturday's match.", "2026-03-11"),
    # a denial
    ("The amendment did not pass in Monday's vote.",
     "The amendment passed in Thursday's vote.", "2026-03-11"),
    # days far apart: another occasion
    ("The syndicate matched five numbers in last Wednesday's draw.",
     "The syndicate matched five numbers in the draw on 1 August.", "2024-10-15"),
])
def test_one_occasion_look_alikes_stay_silent(nlp, config, a, b, published):
    kinds, signals = _kinds(nlp, config, a, b, published)
    assert "time" not in kinds, signals


# Elapsed time after the moment a window shut, told as a noun or a clause.
@pytest.mark.parametrize(("a", "b"), [
    ("The operator says the ticket came off the machine nine minutes after the cut-off "
     "for that draw.",
     "The ticket was printed one minute after sales for the draw closed, the operator said."),
    ("The ticket presented by the syndicate was timestamped at 7.31pm, one minute after "
     "sales closed.",
     "The ticket came off the machine nine minutes after the cut-off."),
    ("The application arrived two days after the deadline, the council said.",
     "The application arrived five days after nominations closed."),
    ("The vote was cast 40 seconds after polls closed.",
     "The vote was cast three minutes after the deadline, officials said."),
])
def test_elapsed_after_closing_fires(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "number" in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # one span told twice
    ("The ticket was printed one minute after sales closed.",
     "The ticket came off the machine a minute after the cut-off."),
    # two anchors: a closing and an opening
    ("The ticket was printed nine minutes after sales closed.",
     "The ticket was printed one minute after the shop opened."),
    # a span of another thing
    ("The ticket was printed nine minutes after the cut-off.",
     "The results were published one minute after sales closed."),
])
def test_elapsed_after_closing_look_alikes_stay_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "number" not in kinds, signals


# The time an order was given, told by a verb of directing or by its noun.
@pytest.mark.parametrize(("a", "b"), [
    ("Supporters were told to leave Tallis Park at around 3.40pm, according to a police "
     "spokesperson.",
     "The evacuation was ordered shortly after 4.10pm, with the score level at 1-1."),
    ("Shoppers were ordered to leave the centre at 11.05am, police said.",
     "The evacuation of the Kingsway centre was ordered at 12.20pm."),
    ("Residents were instructed to leave their homes at 2.15am.",
     "The order to leave was given at 3.50am, the fire service said."),
])
def test_order_at_two_times_fires(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # one time told twice
    ("Supporters were told to leave Tallis Park at 3.40pm.",
     "The evacuation was ordered at about 3.40pm."),
    # a deadline, not the time of the order
    ("Residents were told to leave by 6pm.",
     "The evacuation was ordered at 2.10pm."),
    # letting is no order
    ("Fans were allowed to leave the ground at 5.15pm.",
     "The evacuation was ordered at 3.05pm."),
    # two acts ordered
    ("Residents were told to boil their water at 7am.",
     "The evacuation was ordered at 9.30am."),
])
def test_order_look_alikes_stay_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" not in kinds, signals
