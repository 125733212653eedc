"""Count scope (countscope.py), regions of an area (whereabouts.py), lowercase entities
and negated speech verbs (frames.py): the dev false flags, further wordings that must
still fire, and look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from consistency.structured.countscope import is_rate
from consistency.structured.quantities import Quantity
from tests.wordings import claims_and_frames, compare_pair


def _kinds(nlp, config, a: str, b: str) -> list[str]:
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a rate is no count of one event (saltmere_cocaine_seizure)
    ("Authorities in Belgium and the Netherlands have seized more than 100 tonnes a year "
     "at the ports of Antwerp and Rotterdam.",
     "Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas "
     "at Saltmere docks.", None),
    ("Customs officers seize about 40 tonnes each year at the port.",
     "Customs officers seized 2 tonnes at the port on Friday.", None),
    ("Officers seized 1.4 tonnes of cocaine at the port on Friday.",
     "Officers seized 2.1 tonnes of cocaine at the port on Friday.", "number"),
    # a breakdown against one count: a part above the whole clashes, parts below not
    ("The ferry was carrying 120 passengers and eight crew members, the operator said.",
     "There were 85 people on board the ferry when it went down, the operator said.",
     "number"),
    ("Seven soldiers and two civilians were killed in the ambush near Dara.",
     "Four soldiers and two civilians were killed in the ambush near Dara.", "number"),
    ("Seven soldiers and two civilians were killed in the ambush near Dara.",
     "Nine people were killed in the ambush near Dara.", None),
    # a vague count ten times the other counts another scope
    ("Last week the group was reported to have executed two Iraqi women.",
     "The group has executed hundreds of people in Syria and Iraq during its advance.",
     None),
    ("Facebook users have shared the link to the hoax story over 700,000 times.",
     "The prank post was liked and shared hundreds of times.", None),
    # amounts of two named things (Apple Watch, sternhaus_museum_theft) vs one thing
    ("The stainless steel version of the Apple Watch will start at $500.",
     "Munster sees elastomer Apple Watch straps to start in a similar $29 to $35 range.",
     None),
    ("The Aldring Chalice, stolen from the cathedral treasury in 2019, was valued at "
     "around 800,000 euros.",
     "According to the museum, the stolen pieces are valued at 4.2 million euros.", None),
    ("We are offering every passenger a full refund of their fare and a $250 travel "
     "voucher.",
     "SkyMeridian has offered each passenger a $400 voucher and a refund.", "number"),
])  # fmt: skip
def test_count_scope(nlp, config, a, b, kind):
    kinds = _kinds(nlp, config, a, b)
    if kind is None:
        assert "number" not in kinds, kinds
    else:
        assert kind in kinds, kinds


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a region of an area may hold the other's place (tasker_missing_tramper)
    ("Priya Nandakumar was located by a ground search team shortly after 11am in a steep "
     "gully in Tawhero Forest Park, in the central North Island.",
     "Priya Nandakumar was located by a LandSAR ground team in a steep gully near Tasker "
     "Stream.", None),
    ("Travis Keel was arrested in rural Ohio on Monday.",
     "Travis Keel was arrested at a motel in Zanesville on Monday.", None),
    ("The suspect was detained in southern Lebanon.",
     "The suspect was detained at a checkpoint near Tyre.", None),
    # a lowercase word is no name, even when the tagger calls it one
    ("Priya Nandakumar was found on Tuesday after four nights alone in the bush.",
     "She was found on Tuesday in a gully near Tasker Stream.", None),
    # two places of one level still clash
    ("Travis Keel was arrested at a motel in Zanesville on Monday.",
     "Travis Keel was arrested at a truck stop near Cambridge on Monday.", "location"),
])  # fmt: skip
def test_places_at_two_levels(nlp, config, a, b, kind):
    kinds = _kinds(nlp, config, a, b)
    if kind is None:
        assert "location" not in kinds, kinds
    else:
        assert kind in kinds, kinds


def test_negated_speech_without_content_is_no_denial(nlp):
    claims, frames = claims_and_frames(nlp, {"tv.txt": [
        "When they called to say she'd been found, I just - I couldn't speak.",
        "Police did not confirm that two men had been arrested.",
        "The spokesman did not say whether the plant would close.",
    ]})
    speechless, denial, unsaid = (frames[c.id].attribution for c in claims)
    assert speechless is not None and not speechless.negated
    assert denial is not None and denial.negated
    assert unsaid is not None and unsaid.negated


def test_not_calling_is_not_talking(nlp, config):
    kinds = _kinds(nlp, config,
                   "When they called to say she'd been found, I just - I couldn't speak.",
                   "Police said she was injured but conscious and talking when she was "
                   "reached.")  # fmt: skip
    assert "negation" not in kinds, kinds


@pytest.mark.parametrize(("text", "rate"), [
    ("seized more than 100 tonnes a year", True),
    ("about 5,000 visitors per month", True),
    ("120 arrests every week", True),
    ("seized 100 tonnes at a port last year", False),
    ("seized 100 tonnes on Friday", False),
])
def test_rate(text, rate):
    q = Quantity(0, 0, "x", next(w for w in text.split() if w[0].isdigit()))
    assert is_rate(q, text) is rate
