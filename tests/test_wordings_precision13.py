"""Host verbs that take a thing (hosts.py), a denial of what was done to someone against
an event told by its doer (doneto.py), and amounts told as forecasts (guesses.py): the dev
false flags, further wordings that must still fire, and look-alikes that must stay
silent."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a: str, b: str) -> list[str]:
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(("a", "b", "kind"), [
    # receiving a thing is no meeting (marlow_ridge_prison_escape)
    ("Residents of Ashby and nearby Millersport Road received an automated phone alert "
     "shortly before 8 a.m. asking them to lock their doors and vehicles.",
     "The escape was the subject of a closed-door meeting between prison officials and "
     "state lawmakers on Monday afternoon, according to two legislative aides.", None),
    ("Residents received an automated phone alert at 8 a.m. on Monday.",
     "Officials met lawmakers at 3 p.m. on Monday.", None),
    ("The agency received more than 200 tips at 9 a.m. on Monday.",
     "The governor met lawmakers at 2 p.m. on Monday.", None),
    # receiving or hosting a party still is
    ("The governor received the delegation at 8 a.m. on Monday.",
     "The governor met the delegation at 3 p.m. on Monday.", "time"),
    ("The governor received a delegation of farmers at 8 a.m. on Monday.",
     "The governor met a delegation of farmers at 3 p.m. on Monday.", "time"),
    ("The delegation was received by the king at 8 a.m. on Monday.",
     "The king met the delegation at 3 p.m. on Monday.", "time"),
    ("Macron received Zelensky at the Elysee at 10 a.m. on Monday.",
     "Macron met Zelensky at the Elysee at 3 p.m. on Monday.", "time"),
    ("The governor received them at 8 a.m. on Monday.",
     "The governor met the lawmakers at 3 p.m. on Monday.", "time"),
])
def test_host_verbs(nlp, config, a, b, kind):
    kinds = _kinds(nlp, config, a, b)
    assert (kind in kinds) if kind else "time" not in kinds, kinds


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the raid told by its doer; the denial is of what was done to a guard (sternhaus)
    ("The gang struck late on Sunday night, when the old town was all but deserted.",
     "Reports that a guard was attacked are untrue.", None),
    ("The gunmen opened fire on Sunday.", "Reports that a guard was shot are untrue.", None),
    # one participant in both: still a contradiction
    ("Gunmen attacked the guard on Sunday.", "The guard was not attacked, the museum said.",
     "negation"),
    ("Rebels attacked the village of Kano on Sunday.",
     "Rebels did not attack the village of Kano on Sunday.", "negation"),
    ("The militants struck Kano on Sunday.",
     "Kano was not attacked on Sunday, officials said.", "negation"),
    ("The ferry sank off Kano on Sunday.", "The ferry did not sink off Kano on Sunday.",
     "negation"),
])
def test_doer_against_done_to(nlp, config, a, b, kind):
    kinds = _kinds(nlp, config, a, b)
    assert (kind in kinds) if kind else "negation" not in kinds, kinds


@pytest.mark.parametrize(("a", "b", "kind"), [
    # forecasts and hypotheses (FNC-1 Apple Watch prices, shipments)
    ("Right off the bat one should point out that gold cost $400/oz when it was written.",
     "Gruber predicts that the gold Apple Watch would cost $5,000.", None),
    ("Therefore, the raw gold to make just the case of this hypothetical watch would cost "
     "$3,200 as of this writing.",
     "Gruber predicts that the gold Apple Watch would cost $5,000.", None),
    ("As for the sales, Apple is being expected to ship almost 42 million units by December "
     "this year.",
     "Most of the smartwatch growth will come from the new Apple Watch, which we forecast "
     "to ship 15.4 million units worldwide in 2015.", None),
    ("Apple would be crazy to sell the Apple Watch Edition for $20,000, though.",
     "Apple sold the Apple Watch Edition for $10,000.", None),
    ("According to iGen.fr's sources, the gold Apple Watch would cost between $4,000 and "
     "$5,000 when it goes on sale in January.",
     "The gold Apple Watch costs $10,000, Apple said.", None),
    ("The toll in Kano is expected to rise to 50.",
     "Twelve people were killed in Kano on Sunday.", None),
    # reported figures, a reported "would" and a party's own expectation still clash
    ("The mayor said the repairs to the Kano bridge would cost $2 million.",
     "The repairs to the Kano bridge will cost $5 million, the governor said.", "number"),
    ("The repairs to the Kano bridge would cost $2 million, the mayor said.",
     "The repairs to the Kano bridge cost $5 million.", "number"),
    ("Analysts estimate the recall will cost Brightmeadow about $30 million.",
     "Brightmeadow expects the recall to cost around $75 million, its finance chief told "
     "investors.", "number"),
    ("Police estimated that 10,000 people marched in Kano on Sunday.",
     "Organisers said 50,000 people marched in Kano on Sunday.", "number"),
    ("Twelve people were killed in Kano on Sunday.",
     "Officials said 20 people were killed in Kano on Sunday.", "number"),
])
def test_guessed_amounts(nlp, config, a, b, kind):
    kinds = _kinds(nlp, config, a, b)
    assert (kind in kinds) if kind else "number" not in kinds, kinds
