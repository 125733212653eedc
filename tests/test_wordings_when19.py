"""When one event happened, where the parser hung the verb under its subject noun
("The outage hit shortly after 5.40pm, as ..." parsed with "outage" as the root and
"hit" a modifier; structured/verbless.py): the calderbridge_blackout dev pair, further
wordings of that kind that must clash, and look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

DEV = ("The outage hit shortly after 5.40pm, as commuters were still making their way home.",
       "The outage struck at 6.42pm, just as many families were sitting down to eat.")

CLASH = [
    DEV,
    ("The outage hit shortly after 5.40pm, as commuters were still making their way home.",
     "The outage began at 18:42 on Tuesday and spread within seconds across the city."),
    ("The blackout hit shortly after 5.40pm, as commuters were making their way home.",
     "The blackout began at 6.42pm."),
    ("The power outage hit at around 7pm, as shops were closing.",
     "The power outage struck at 9.15pm."),
    ("The blackout hit shortly after 9pm, as viewers were settling down.",
     "The blackout occurred at 11.20pm."),
    ("The outage hit just before 10pm, as most people were asleep.",
     "The outage happened at about 4.30am."),
    ("The power outage hit shortly after 2am, as the city slept.",
     "The power outage began at 4.10am on Sunday."),
]

SILENT = [
    # the same time told two ways
    ("The outage hit shortly after 5.40pm, as commuters were still making their way home.",
     "The outage struck at 5.42pm."),
    # another happening at another time
    ("The outage hit shortly after 5.40pm, as commuters were still making their way home.",
     "The fire broke out at 9pm."),
    # a person hit, not a happening: the by-agent keeps the parse
    ("The man hit by a car at 5.40pm was taken to hospital.",
     "The outage struck at 6.42pm."),
    # a forecast against an outcome
    ("Power was expected to be restored by 10pm.",
     "The outage hit shortly after 5.40pm, as commuters were still making their way home."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_times_of_one_happening_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "time" for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.kind == "time" for s in comparison.signals), comparison.signals


def test_dev_pair_is_paired_without_embeddings(nlp, config):
    assert_paired_and_compared(nlp, config, *DEV, "time")


# Batches of one staged event (structured/staged.py): two batches' times do not clash...
BATCHES = [
    ("Most customers were reconnected before midnight.",
     "The last customers were reconnected at 14:15 today."),
    ("By 10pm engineers had reconnected a large part of the city centre.",
     "The last customers were reconnected at 14:15."),
    ("The remaining passengers were freed at 9pm.", "Passengers were freed at 7.30pm."),
    ("Some residents were evacuated at 6am.", "Residents were evacuated at 9.15am."),
    ("Most homes were back on supply by 11pm.", "The final homes were back on supply at 3pm."),
]
# ...while one whole event told at two times still does, "last night" marking no batch.
WHOLE = [
    ("The passengers were freed at 9pm last night.", "The passengers were freed at 7.30pm."),
    ("Residents were evacuated at 6am.", "Residents were evacuated at 9.15am."),
    # the first batch is when the event began: "the first students became sick on Tuesday night"
    ("The first patients fell ill at 6am.", "The patients fell ill at 9.15pm."),
    ("All customers were reconnected at 10am last week.",
     "The customers were reconnected at 2pm."),
]


@pytest.mark.parametrize(("a", "b"), BATCHES)
def test_batches_of_a_staged_event_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.kind == "time" for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), WHOLE)
def test_one_whole_event_at_two_times_clashes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "time" for s in comparison.signals), comparison.signals
