"""Times of one event (round 15): a kept state bounded by "until" times the other state's
event; a part of a day holding the other's clock is no clash of clocks; two exchanges
(calls, meetings) with no shared participant are two events."""

from __future__ import annotations

import pytest

from consistency.structured.clockclash import CLOCK_SCORE
from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an exchange naming one participant on both sides, at two times of day
        ("Prime Minister Hale phoned President Okafor at 9am on Tuesday.",
         "Hale spoke to Okafor by telephone on Tuesday evening, officials said."),
        ("The ministers met on Tuesday afternoon in Geneva.",
         "The ministers met at 9.15am on Tuesday in Geneva."),
        # a part of the day that does not hold the other's clock, one day
        ("Two men walked into the bank on Tuesday morning.",
         "At about 2.40pm on Tuesday two men walked into the bank."),
        # a time in two zones: the local one is compared ("brackenford")
        ("The road surface on Mill Lane gave way at about 5.40am local time (0440 GMT).",
         "The road surface on Mill Lane gave way at about 6.40am, taking a van with it."),
        ("The tanker exploded at 10.40pm local time (2140 GMT) on Friday.",
         "The tanker exploded at about 9.40pm on Friday."),
        # one thing made public, any announcing verb ("kelderby")
        ("The result was declared at 2.45am on Friday at Kelderby Civic Hall.",
         "The Returning Officer, Helen Marchetti, declared the result at Kelderby Civic Hall "
         "at 4.12am on Friday."),
        ("The winner was announced shortly after 3am.",
         "Officials announced the winner at about 5.30am."),
        ("The company announced the merger at 7am on Monday.",
         "The merger was unveiled at 2pm on Monday."),
        ("The council published the report at 9am.", "The report was published at 11.30am."),
        # two parts of two days
        ("The deal was agreed on Thursday afternoon.", "The deal was agreed on Friday afternoon."),
        ("The van was lifted out on Wednesday morning.",
         "The van was lifted out on Tuesday afternoon."),
        # precise clocks a night apart still compare
        ("The fire broke out at 11pm on Saturday.", "The fire broke out at 2am on Sunday."),
    ],
)
def test_times_of_day_of_one_event_clash(nlp, config, a, b):
    assert "time" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the dev false flags (merrowby): another call, a morning holding 9.40am
        ("I spoke to her this afternoon and she is, understandably, very shaken.",
         "Officers were called at 9.46am and several patrol cars raced to the scene."),
        ("Two men walked into the bank on Tuesday morning.",
         "At about 9.40am on Monday two men walked into the bank."),
        # more calls and talks with no shared participant
        ("I called him yesterday evening.", "He was called at 9.46am yesterday."),
        ("The manager said she had talked to the family at 4pm.",
         "Police were phoned at 10.05am by a passer-by."),
        # two zones of one time; other results, other talk, one announcement
        ("The tanker exploded at 10.40pm local time (2140 GMT) on Friday.",
         "The tanker exploded at 2140 GMT on Friday."),
        ("The result in Kelderby was declared at 2.45am.",
         "The result in Ashford was declared at 4.12am."),
        ("The result was declared at 2.45am on Friday.",
         "The spokesman said at 4.12am on Friday that the count would resume."),
        ("The council announced the closure at 9am.",
         "The council said at 3pm that talks were continuing."),
        ("Police announced the arrest at 10am on Monday.",
         "Police announced the arrest at 10.05am on Monday."),
        # a part of the day holding the clock, dates a day apart
        ("The blaze started on Sunday evening.", "The blaze started at 7.30pm on Saturday."),
    ],
)
def test_no_clash_of_clocks(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    clocks = [s for s in comparison.signals if s.kind == "time" and s.score == CLOCK_SCORE]
    assert not clocks, clocks


@pytest.mark.parametrize(
    "sentence",
    [
        "The branch will stay closed until next Monday, a spokeswoman said.",
        "The library will remain shut until Friday, the council said.",
        "The bridge is to stay closed to traffic until 3 June.",
        "The school will stay closed until next week.",
    ],
)
def test_kept_state_until_is_a_time_not_a_denial(nlp, sentence):
    from tests.wordings import claims_and_frames

    claims, frames = claims_and_frames(nlp, {"a.txt": [sentence]})
    events = [e for e in frames[claims[0].id].events if e.cls == "reopen"]
    assert events and not any(e.negated for e in events)
    assert all(e.times for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The branch will stay closed, a spokeswoman said.",
        "The library will remain shut for the time being.",
        "The bridge will stay closed until further notice.",
    ],
)
def test_kept_state_without_a_bound_stays_a_denial(nlp, sentence):
    from tests.wordings import claims_and_frames

    claims, frames = claims_and_frames(nlp, {"a.txt": [sentence]})
    events = [e for e in frames[claims[0].id].events if e.cls == "reopen"]
    assert events and all(e.negated for e in events)
