"""Wordings of one story told with different place or organisation names (docnames.py):
a road, a hospital, a gate or a suburb in one source and its town in another, where the
source naming the one names the other too; and the look-alikes that stay two stories:
sources that never name each other's place, different people, one source's lone place."""

from __future__ import annotations

import pytest

from consistency.structured.aliases import build_aliases
from consistency.structured.conflicts import compare
from tests.wordings import claims_and_frames


def _kinds(nlp, config, a: list[str], b: list[str]) -> list[str]:
    """The signal kinds of the first sentence of two sources, each told with the rest of
    its source's sentences."""
    claims, frames = claims_and_frames(nlp, {"wire.txt": a, "tv.txt": b})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    first_a = next(c for c in claims if c.text == a[0])
    first_b = next(c for c in claims if c.text == b[0])
    found = compare(frames[first_a.id], frames[first_b.id], table, config.score, "A", "B")
    return [s.kind for s in found.signals]




@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pair (brackenford_bus_hijack): the town in one source, its road in the other
    (["A man armed with a knife took control of a bus carrying 17 passengers on the"
      " outskirts of Brackenford."],
     ["There were 21 passengers on the bus when the man confronted the driver on Carrow"
      " Road.", "Carrow Road runs through the centre of Brackenford."],
     "number"),
    # other wordings: a suburb, a hospital, a gate of a park, a station in a city
    (["Fourteen people were injured in the explosion in Harwick on Monday."],
     ["Nine people were injured in the explosion at the Dunmore Street flats on Monday.",
      "The flats stand in the north of Harwick."],
     "number"),
    (["The fire at the chemical plant in Ostbury broke out at about 3am."],
     ["The fire at the chemical plant in Norrby broke out at about 5am.",
      "Norrby is a suburb of Ostbury."],
     "time"),
    (["The gunman was arrested near the North Gate at 11.20pm on Friday."],
     ["The gunman was arrested inside Thornwick Park at 9.50pm on Friday.",
      "Police sealed the North Gate after the shooting."],
     "time"),
    (["Twelve people were hurt when the train derailed in Lessington on Sunday."],
     ["Twenty people were hurt when the train derailed at Fallow Cross on Sunday.",
      "Fallow Cross lies two miles outside Lessington."],
     "number"),
])
def test_one_story_told_with_a_place_and_its_town_fires(nlp, config, a, b, kind):
    assert kind in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the second source never names the first's place, nor the first the second's
    (["Fourteen people were injured in the explosion in Harwick on Monday."],
     ["Nine people were injured in the explosion in Dunmore on Monday.",
      "Dunmore is a port town on the east coast."]),
    (["The fire at the chemical plant in Ostbury broke out at about 3am."],
     ["The fire at the chemical plant in Norrby broke out at about 5am.",
      "Norrby lies on the river Alm."]),
    (["Twelve people were hurt when the train derailed in Lessington on Sunday."],
     ["Twenty people were hurt when the train derailed in Corrby on Sunday."]),
    # different people in one story: their ages stay apart even where a source names both
    (["Anna Berg, 34, was taken to hospital in Harwick."],
     ["Maria Holt, 43, was taken to hospital in Dunmore.",
      "Anna Berg was treated in Harwick."]),
])
def test_sources_of_two_places_stay_silent(nlp, config, a, b):
    assert not _kinds(nlp, config, a, b)
