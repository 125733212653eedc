"""Wordings of one moment of being told, of a plan put off against the same plan going
ahead, and of a thing brought down or felled (round 23).

Notices (notices.py, alerts.py): "first learned of the spill", "was notified of it",
"was reported to the council", "was alerted to it" are one moment of the one told; two
times for it disagree, across midnight by the day step ("11pm on Monday", "6am on
Tuesday"). Two recipients, two matters, an order ("told to leave") stay apart.

Plans (opposites.py, plandrops.py): "has been put on hold", "postponed", "shelved",
"scrapped", "called off" against "will go ahead as planned"; the day a plan was put off
is the day it was decided, so it meets a plan's later day; a going-ahead told after
the putting-off, or one of another thing, stays apart.

Destruction (eventclass.py): "was brought down", "felled" a thing are a destruction, so
their time of day meets "demolished"; not "brought down" of a person.
"""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

NOTICES = [
    ("The council first learned of the spill at about 4pm on Friday.",
     "The spill was reported to the council at around 9am on Saturday."),
    ("Police were told about the crash at 6.15pm.",
     "Police were informed of the crash at about 8pm."),
    ("The agency said the fault was reported to it at 10pm on Thursday.",
     "The agency first learned of the fault at 8am on Friday."),
    ("The airline was notified of the fault at 3pm.",
     "A mechanic alerted the airline to the fault at 11am."),
    ("The coastguard was alerted to the sinking at 5am.",
     "The sinking was reported to the coastguard at about 3am."),
    ("The hospital was alerted to the outbreak at around 2am on Tuesday.",
     "The hospital first learned of the outbreak at 10pm on Monday."),
]  # fmt: skip

NOTICES_APART = [
    # two matters, two recipients
    ("The council was notified of the spill at 4pm.",
     "The council was notified of the road closure at 9am."),
    ("The school was told of the threat at 7am.", "Parents were told of the threat at 9am."),
    ("The council learned of the spill at 4pm.", "The spill was reported to the police at 9am."),
    # a pronoun told to with no one it stands for
    ("The fault was reported to them at 10pm.", "The council learned of the fault at 8am."),
    # an order, speech, a plan to be told
    ("Residents were told to leave at 9pm.", "Residents were told of the fire at 6pm."),
    ("Police told reporters at 3pm that the man had been arrested.",
     "Police were told of the crash at 9am."),
    ("The council learned of the spill at 4pm.",
     "The council said it would be told of the results at 9am."),
    # one moment within the tolerance; days apart (the date check's business)
    ("The hospital was alerted at 2am on Sunday.", "The hospital was alerted at 2.10am on Sunday."),
    ("The council was told of the spill at 4pm on Monday.",
     "The council was told of the spill at 9am on Thursday."),
    # a start and another event's time
    ("The race was due to start at 9am on Tuesday.",
     "Runners were sent home at 9:40am after marshals were finally told."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOTICES)
def test_one_notice_at_two_times(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "time")


@pytest.mark.parametrize(("a", "b"), NOTICES_APART)
def test_notices_apart(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    assert not signals.signals, signals.signals


PLANS = [
    ("The demolition of the turbine hall has been put on hold.",
     "The demolition of the turbine hall will go ahead next month as planned."),
    ("The refurbishment of the pier has been postponed.",
     "The refurbishment of the pier will go ahead in May as planned."),
    ("The opening of the new bridge has been shelved.",
     "The opening of the new bridge will go ahead on Friday."),
    ("The match has been postponed.", "The match will go ahead as planned on Saturday."),
    ("The expansion of the airport has been scrapped.",
     "The expansion of the airport will go ahead next year."),
    ("The festival has been called off.", "The festival will go ahead this weekend."),
    ("The council said the sale of the library would go ahead.",
     "The sale of the library has been put on hold."),
    ("The demolition of the turbine hall has been put on hold, the firm said today.",
     "The demolition of the turbine hall will go ahead next month as planned."),
]  # fmt: skip

PLANS_APART = [
    # two planned things
    ("The demolition of the turbine hall has been put on hold.",
     "The demolition of the cooling towers will go ahead next month."),
    ("The match has been postponed.", "The concert will go ahead as planned."),
    ("The opening of the bridge has been postponed.",
     "The opening of the museum will go ahead on Friday."),
    # a later word on the plan, with its own day
    ("The demolition of the hall was put on hold on Monday.",
     "The council said on Tuesday that the demolition of the hall would go ahead next month."),
    # went ahead on a day, perhaps the one it was put off to
    ("The opening of the new bridge was postponed on Monday.",
     "The opening of the new bridge went ahead on Saturday."),
    # put off is not called off
    ("The museum's reopening has been postponed until further notice.",
     "The museum's reopening was not cancelled, the council said."),
    ("The sale of the library has been put on hold.",
     "The sale of the library was completed on Monday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PLANS)
def test_plan_put_off_against_going_ahead(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), PLANS_APART)
def test_plans_apart(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    assert not signals.signals, signals.signals


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("The cooling tower was demolished at about 10am on Sunday.",
     "The cooling tower was brought down by explosives shortly after 8am on Sunday.", "time"),
    ("Engineers felled the old mill chimney at 11.15am.",
     "The mill chimney was demolished at about 2pm.", "time"),
    # a person brought down is no destruction; a start is another event
    ("The suspect was brought down by two passers-by at 2.15pm.",
     "The bridge was demolished at 4pm.", None),
    ("The cooling tower was demolished at 10am.", "Crowds began gathering at 6am.", None),
])  # fmt: skip
def test_brought_down_and_felled(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)
