"""Wordings of one going told with "it" for its mover ("as it travelled through the town")
against the same going told with the thing named ("the double-decker was travelling"), and of
a street against a town ("along Carrow Road", "through Brackenford"): two times of day for
one going clash (movers.py, streets.py). Look-alikes: "it" against people, two streets, two
dates, one time."""

from __future__ import annotations

import pytest

from consistency.structured.streets import street_in_town
from tests.wordings import compare_pair

_SEIZED = ("The man seized control of the double-decker, operated by regional firm Greyline "
           "Buses, at around 7.05 a.m. as it travelled through the town of Brackenford, local "
           "police said in a statement.")  # fmt: skip


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (brackenford_bus_hijack)
    (_SEIZED, "The Greyline route 14 double-decker was travelling along Carrow Road at around "
              "7.40am when a man who had been sitting upstairs confronted the driver."),
    # other wordings: another vehicle and verb, "when it", "as it", the pronoun on either side
    ("The gunman took over the coach at about 9.10am as it drove through Hallam.",
     "The coach was driving along Mill Street at about 9.50am when a man stood up."),
    ("Armed men stopped the train at 10.20pm as it travelled through Marsby.",
     "The Northline train was travelling along the embankment near Station Road at 11.05pm "
     "when the brakes were pulled."),
    ("The lorry was hijacked just after 3am, when it arrived in Pellham.",
     "The lorry arrived at the Baxter Lane depot at 4.30am."),
    ("The plane was seized at 2pm as it landed in Corby.",
     "The jet landed at Corby airport at 3.15pm."),
    ("It was travelling along Carrow Road at around 7.40am when a man confronted the driver.",
     "The man seized control of the bus at 7.05am as it travelled through Brackenford."),
])  # fmt: skip
def test_an_it_mover_is_the_named_thing(nlp, config, a, b):
    comparison, passes = compare_pair(nlp, config, a, b)
    assert passes
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # "it" is never people: a thing's going and a person's are two goings
    ("The lorry was hijacked just after 3am, when it arrived in Pellham.",
     "The minister arrived at the depot at 4.30am."),
    ("The lorry was hijacked just after 3am, when it arrived in Pellham.",
     "Firefighters arrived at the depot at 4.30am."),
    # two streets are two places; two dates; one time told twice
    ("The bus was travelling along Carrow Road at 7.05am.",
     "The van was travelling along Moss Lane at 7.40am."),
    ("The man seized the bus at 7.05am as it travelled through Brackenford on Tuesday.",
     "The bus was travelling along Carrow Road at 7.40am on Friday."),
    ("The man seized the bus at 7.05am as it travelled through Brackenford.",
     "The bus was travelling along Carrow Road at around 7.05am."),
    ("The coach left Carrow Road at 8am.", "The coach left Moss Lane at 9am."),
    # the boarding, not the leaving, is at 6.15am
    ("Two men boarded the ferry at 6.15am, shortly before it left Dunport harbour.",
     "The ferry left from Quay Road at 7.30am, with 80 passengers on board."),
])  # fmt: skip
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "time" not in [s.kind for s in comparison.signals], comparison.signals


def test_a_street_and_a_town():
    assert street_in_town("Carrow Road", "Brackenford")
    assert street_in_town("Ellesby", "Station Road")
    assert not street_in_town("Carrow Road", "Moss Lane")
    assert not street_in_town("Brackenford", "Ellesby")
    assert not street_in_town("Road", "Ellesby")  # a bare "Road" names no street
