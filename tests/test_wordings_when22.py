"""Which time phrase of a sentence an event owns (structured/clausetimes.py).

A background clause keeps its own time: "the guest who was treated for neck injuries
returned home on Sunday evening" tells no injury on Sunday evening (thornvale_skyreaper_
crash false flag), so it must stay silent against "injured on Saturday afternoon". A
clause joined by "as/when/while" happens at its main clause's time: "opened fire at about
9.15pm as the congregation left the church" times the leaving too."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

CLASH = [
    # the time stays with the event when it is inside its own relative clause
    ("The man who was injured on Sunday evening is recovering.",
     "Twelve people were injured on Saturday afternoon."),
    ("The gunman opened fire at about 9.15pm as the congregation left the church.",
     "The congregation left the church at around 10.30pm."),
    ("Firefighters were battling the blaze at 2am when the roof collapsed.",
     "The roof collapsed at about 4.30am."),
]

SILENT = [
    # dev false flag: the going home is on Sunday evening, not the injuries
    ("The adult guest who was initially treated for neck injuries returned home on Sunday "
     "evening.", "Twelve people were injured on Saturday afternoon when two trains collided."),
    ("The woman who was injured in the blast was named by police on Monday.",
     "Three people were injured in the blast on Saturday."),
    ("A passenger who was hurt in the crash left hospital on Tuesday morning.",
     "Four passengers were hurt in the crash at 7am on Monday."),
    ("The boy who was rescued from the river went home on Friday afternoon.",
     "The boy was rescued from the river on Thursday evening."),
    ("The man, who was stabbed outside the pub, was discharged on Sunday evening.",
     "The man was stabbed outside the pub on Saturday night."),
    # a clause told before its main clause, not at its time
    ("Police arrived at 10pm, when the roof had already collapsed.",
     "The roof collapsed at about 9.30pm."),
    # the same time told two ways
    ("The gunman opened fire at about 9.15pm as the congregation left the church.",
     "The congregation left the church at quarter past nine."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_clause_times_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_clause_times_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals
