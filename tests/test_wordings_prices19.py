"""Round 19 (prices19): the price one item of a sale fetched, compared per item noun, and
the basis of a sale price (with the buyer's premium, at the hammer)."""

from __future__ import annotations

import pytest

from consistency.structured.frames import extract_frames
from tests.helpers import make_article, make_claim
from tests.wordings import compare_pair

_FIRE = [
    # the dev pairs (delacourt_guitar_auction)
    ("The blue velvet jacket from the '74 tour went for £15,800.",
     "Other highlights included the blue velvet stage jacket Delacourt wore on the band's "
     "1974 tour, which sold for £18,500."),
    ("The blue velvet jacket from the '74 tour went for £15,800.",
     "Blue velvet stage jacket, worn on the 1974 Hollow Pines tour: £18,500"),
    ("His handwritten lyrics for Harbour Lights went for £63,000, and the battered tape "
     "machine made £9,500.",
     "Handwritten lyrics to Harbour Lights, scrawled in blue biro on the back of a ferry "
     "timetable, sold for £36,000."),
    # other wordings: fetched, made, realised, knocked down, a price noun, a conjunct
    ("The painting by Turner fetched £2.1 million at Christie's.",
     "A Turner oil painting, which went under the hammer in London, made £2.6 million."),
    ("The silver medal realised £4,200 in the afternoon session.",
     "The silver medal sold for £2,400."),
    ("The vintage motorcycle was knocked down for £31,000.",
     "A vintage motorcycle that once belonged to the mayor went for £13,000."),
    ("The signed shirt sold for a total of £8,000.",
     "The signed shirt was offered in the evening sale and fetched £5,500."),
    ("The diary went for £12,000 including the buyer's premium.",
     "The diary fetched £15,000, with the buyer's premium."),
]

_SILENT = [
    # the dev look-alikes: premium vs hammer, estimate vs price, dollars vs pounds, a total
    ("A 1962 acoustic guitar has sold for £525,000 including the buyer's premium.",
     "The star lot, a 1962 acoustic guitar, sold for a hammer price of £420,000."),
    ("The guitar had been expected to fetch between £150,000 and £200,000.",
     "The guitar sold for £420,000."),
    ("The guitar has sold at auction in England for about $680,000.",
     "The guitar sold for £525,000."),
    ("The sale of the Delacourt collection raised £1.38 million including buyer's premium.",
     "The guitar went for £525,000 once the buyer's premium was added."),
    # two items of one sale, an unnamed item, another sale of one item, a forecast
    ("The guitar sold for £420,000.",
     "The blue velvet jacket from the '74 tour went for £15,800."),
    ("It sold for £420,000.", "The blue velvet jacket went for £15,800."),
    ("The medal sold for £4,000 in 1998.",
     "The medal was sold again on Tuesday and fetched £9,000."),
    ("The rare stamp is expected to fetch £40,000.", "The rare stamp sold for £52,000."),
    ("The house went for £450,000.", "The car went for £45,000."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_two_prices_of_one_item_give_a_number_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "number" and "price" in s.explanation for s in comparison.signals), (
        comparison.signals
    )


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_other_items_bases_and_forecasts_stay_silent(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if "price" in s.explanation], comparison.signals


def test_a_price_tells_its_item_and_basis(nlp) -> None:
    text = "The guitar sold for £420,000 at the hammer, or £525,000 with the buyer's premium."
    art = make_article(text, path="d.txt", published="2025-03-08")
    claim = make_claim(text, doc=art.id)
    frame = extract_frames([claim], {art.id: art}, nlp)[claim.id]
    told = {(p.text, p.item, p.basis) for p in frame.prices}
    assert told == {("£420,000", "guitar", ("hammer",)), ("£525,000", "guitar", ("premium",))}


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes from the mixed bench: a going rate, a thing made for an amount
    ("This is why gold watches generally sell for a lot more than $6,000!",
     "I could find a watch made of gold for $2,000, she said."),
    ("Existing gold watches typically sell for more than $10,000.",
     "I could find a watch made of gold for $2,000, she said."),
])
def test_going_rates_and_making_costs_stay_silent(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if "price" in s.explanation], comparison.signals
