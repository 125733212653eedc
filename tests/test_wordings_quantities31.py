"""Quantities told of one thing (session 31): a distance from a reference point
(structured/measures.py), two forecasts of one span (durations.py, spans in weeks, months
and years, "a minimum of"), jobs counted as posts or positions (unit_classes), and a kind
of a counted thing far below the count of the whole (countscope.py); a vote's split
(splits.py, tallies.py) and a size told "At 55 metres, X is the tallest" (sizes.py)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

FIRE = [
    # distance from one reference point: the dev pair, then other stories
    ("The crash came only eight kilometres from the line, which meant there was almost no time.",
     "The incident took place on the descent of Harker Fell, 18km from the finish line."),
    ("The boat capsized about two miles from the shore, the coastguard said.",
     "The yacht capsized roughly 12 miles from the shore."),
    ("The fire started in a barn 400 metres from the school.",
     "The blaze began in a farm building about two kilometres from the school."),
    # two forecasts of one span: the dev pair, then other stories
    ("The bridge is expected to remain closed to vehicles for a minimum of six months.",
     "Council officers have told members the bridge will be closed for six weeks."),
    ("The museum will stay shut for three weeks while the roof is repaired.",
     "The museum is expected to be closed for about four months, staff said."),
    ("The strike will last for two days, the union said.",
     "The strike is expected to last for at least three weeks."),
    # jobs, posts and positions count one thing: the dev pairs, then another story
    ("Around ninety jobs will go across the council over the next year.",
     "Around 60 posts will go across the council's departments."),
    ("Around ninety jobs will go across the council over the next year.",
     "Sixty posts are to be cut, according to the staffing annex published last week."),
    ("The carmaker will cut 300 positions at its Luton plant.",
     "The carmaker will cut 1,000 jobs at its Luton plant."),
    # one count, with and without a word before the noun, near each other
    ("Around 18,000 vehicles a day normally cross here.",
     "Around 8,000 vehicles cross the bridge each day."),
    ("Eight lime trees were felled on Tuesday along Church Walk.",
     "Contractors felled six trees on Church Walk on Tuesday."),
    # an age told "24-year-old" is no span of weeks or years (countsapart.py keeps its units)
    ("A 24-year-old man was arrested at a house in Lowgate at lunchtime.",
     "Officers arrested a 27-year-old man from Merrowby at an address in Lowgate."),
    # a vote's split (splits.py): the dev pairs, then other stories
    ("Councillors in Harrowmere voted 12 to 6 to approve the borough's budget.",
     "The vote was carried by 11 votes to 7."),
    ("Councillors in Harrowmere voted 12 to 6 to approve the borough's budget.",
     "Harrowmere's budget for next year was approved last night by eleven votes to seven."),
    ("The Senate voted 51 to 49 to confirm her.", "The Senate confirmed her by 53 votes to 47."),
    ("Members of the union voted 420 to 380 to accept the pay offer.",
     "The union's members accepted the pay offer by 520 votes to 280."),
    # a size told as "At N metres, X is the tallest" (sizes.py): the dev pair, then others
    ("At 55 metres, the Portvenna Eye is one of the tallest observation wheels on the coast.",
     "The 48-metre wheel has welcomed more than 400,000 guests since it opened in 2019."),
    ("At 320 metres, the Kelso Viaduct is the longest bridge in the county.",
     "The 250-metre bridge was closed on Monday."),
]

SILENT = [
    # one distance told in two units
    ("The boat capsized about two miles from the shore.",
     "The yacht overturned roughly 3.2 kilometres from the shore."),
    # distances from two reference points, a forecast, a way gone
    ("The crash came only eight kilometres from the line.",
     "It came about 18 kilometres from the summit, just as the teams were starting."),
    ("The storm is expected to pass 50 miles from the coast.",
     "The storm hit the harbour 5 miles from the coast."),
    ("The rescuers drove 20 miles from the base.",
     "The climbers were found 3 miles from the base."),
    # a forecast against what came to pass; bounds that agree
    ("Crews initially estimated that the rescue would take about two hours.",
     "Some had spent more than four hours in the air."),
    ("Crews estimated the rescue would last for two hours.",
     "The rescue lasted for more than four hours."),
    ("The strike will last for two days, the union said.",
     "The strike is planned to last for a maximum of five days."),
    # a long span so far, told in the perfect: it grows with the telling
    ("Foley had been reporting from war-torn countries for four years when he disappeared.",
     "Mr. Foley, who has reported in the Middle East for five years, was kidnapped in 2012."),
    # spans of two events: another year's ban, two hearings
    ("In 2021 the tribunal gave the sprinter Jonas Feld a two-year ban for clenbuterol.",
     "Reddaway has been handed a four-year ban from cycling."),
    ("The hearing is expected to last three days.", "The trial will last two weeks."),
    # a kind inside the whole, far below it (countscope.py)
    ("Around 18,000 vehicles a day normally cross here.",
     "Around 900 heavy goods vehicles cross the bridge each day."),
    ("About 2,000 flights were cancelled at Heathrow on Friday.",
     "About 40 cargo flights were cancelled at Heathrow on Friday."),
    # a split of another year's vote; one split told two ways; a margin and a split
    ("Last year's budget passed by 14 votes to 4.",
     "Harrowmere councillors approved the 2026-27 budget by 11 votes to 7 on Tuesday night."),
    ("Last year's budget passed by 14 votes to 4, a far more comfortable margin.",
     "The vote was carried by 11 votes to 7."),
    ("Shareholders backed the deal by 300 votes to 120.",
     "Shareholders voted 300 to 120 in favour of the deal."),
    ("The motion was carried by two votes.", "The motion was carried by 11 votes to 7."),
    ("Ticket prices rose from 12 to 16 pounds.", "The council voted 9 to 4 for the plan."),
    # one height in two units; a length that is no size of the subject
    ("At 55 metres, the Portvenna Eye is one of the tallest observation wheels on the coast.",
     "The 180ft wheel has welcomed more than 400,000 guests."),
    ("At 40 metres, the divers found the wreck.", "The 12-metre wreck lies on its side."),
    ("At 30 metres, the tower is visible from the harbour.",
     "The 50-metre tower was built in 1920."),
    # a span and a count of jobs: no one thing
    ("The council will cut 60 posts over three years.",
     "The council will close 90 libraries over three years."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_one_quantity_told_two_ways_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_two_quantities_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals
