"""Round 29 (counts29): one count or amount told with two figures.

- A number told in several words ("eighteen thousand four hundred", "two hundred and
  twelve", "one point two million") is one number (quantities.py), not a count and a
  smaller count of its own; a range ("between two thousand and three thousand") stays a range.
- Counts of the places an event happens at ("was held at 212 schools", "in 40 towns") are
  one count whatever place preposition tells them (counts.py).
- "Patched up" and "checked over" by medics count those treated (peoplegroups.py).
- What one thing costs ("would cost $650,000", "the cost will be $1.6 million",
  "estimates the cost at") is one amount (costs.py); a forecast against the final bill,
  two things' costs, a cost per head or per year and a kind of cost stay silent.
"""

from __future__ import annotations

import pytest

from consistency.structured.quantities import parse_quantities
from tests.wordings import compare_pair

_WORDED = [
    ("Eighteen thousand four hundred pupils", 18400),
    ("two hundred and twelve schools", 212),
    ("a hundred and fifty people", 150),
    ("twenty-five thousand six hundred and forty fans", 25640),
    ("three thousand and five runners", 3005),
    ("four hundred thousand voters", 400000),
    ("one point two million pounds", 1200000),
    ("two point five metres", 2.5),
]


@pytest.mark.parametrize(("text", "value"), _WORDED)
def test_number_told_in_several_words_is_one_number(text, value):
    found = parse_quantities(text)
    assert [(q.low, q.high) for q in found] == [(value, value)], found


@pytest.mark.parametrize("text", ["The team won by one point.", "one point of order"])
def test_point_as_a_noun_is_no_decimal(text):
    assert [q.low for q in parse_quantities(text)] == [1.0]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between two thousand and three thousand fans", 2000, 3000),
    ("between two hundred and three hundred people", 200, 300),
])
def test_range_in_words_stays_a_range(text, low, high):
    found = parse_quantities(text)
    assert [(q.low, q.high) for q in found] == [(low, high)], found


_FIRE = [
    # places an event happens at
    ("The exam was due to be sat at 240 schools across the county.",
     "The exam was due to be sat at more than 400 schools across the county."),
    ("Protests were held in 40 towns across Haldovia on Saturday.",
     "Protests were held in 25 towns across Haldovia on Saturday."),
    ("The vaccine will be offered at 30 clinics in Norbury.",
     "The vaccine will be offered at 55 clinics in Norbury."),
    # those treated by medics, told by a verb and its particle
    ("Six people were patched up by paramedics after the fireworks display in Corran.",
     "Two people were treated by paramedics after the fireworks display in Corran."),
    ("Three runners were checked over by medics at the finish of the Ashby marathon.",
     "Medics treated nine runners at the finish of the Ashby marathon."),
    # a word-told count against a digit-told one
    ("Nine thousand six hundred pupils were entered for the Kelso exam.",
     "6,900 pupils were entered for the Kelso exam."),
]

_COSTS = [
    ("The council said the repairs to the Orrin bridge would cost £2.4 million.",
     "Engineers estimate the cost of repairing the Orrin bridge at £900,000."),
    ("The total cost of the Tarrow inquiry will be around $3.2 million, officials said.",
     "Officials said running the Tarrow inquiry would cost about $1.1 million."),
    ("The bill for the Wyle flood clean-up is expected to be €4 million.",
     "The Wyle flood clean-up will cost about €9 million, the mayor said."),
]

_SILENT = [
    # a part of the places: one district's schools against the whole
    ("In the Denholm district alone, the exam was due to be sat at 40 schools.",
     "The exam was due to be sat at 240 schools across the county."),
    # places of two kinds
    ("Strikes were held at 30 factories in Norbury.", "Talks were held at 3 hotels in Norbury."),
    # those treated against those taken to hospital: a part within its whole
    ("Two people were taken to hospital after the fireworks display in Corran.",
     "Six people were patched up by paramedics after the fireworks display in Corran."),
    # "patched up" differences: no one treated
    ("The two parties patched up their differences in 2019.",
     "Four people were treated by paramedics."),
    # one number told in words and digits
    ("Eighteen thousand four hundred pupils were entered for the Kelso exam.",
     "18,400 pupils were entered for the Kelso exam."),
]

_COSTS_SILENT = [
    # a forecast against the final bill
    ("The new Harlow stadium was expected to cost $50 million.",
     "The Harlow stadium ended up costing $85 million."),
    # two things' costs
    ("The Tarrow inquiry will cost £3m.", "The Tarrow bridge repairs will cost £9m."),
    # a cost per year against the whole
    ("The Lenby scheme will cost £40m a year.", "The Lenby scheme will cost £120m."),
    # a kind of cost against the whole
    ("The annual cost of the Lenby scheme is £4m.", "The Lenby scheme will cost £12m."),
    # one amount rounded
    ("The repairs to the Orrin bridge would cost £2.4 million.",
     "The repairs to the Orrin bridge would cost about £2.5 million."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_one_count_told_with_two_figures_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _COSTS)
def test_one_cost_told_with_two_amounts_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.explanation.startswith("cost:") for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_count_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _COSTS_SILENT)
def test_cost_look_alikes_give_no_cost_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(s.explanation.startswith("cost:") for s in comparison.signals), (
        comparison.signals)


@pytest.mark.parametrize(("a", "b", "clash"), [
    # two named things' costs are two sums, for the plain count check too
    ("The Tolland inquiry will cost £3m.", "The Tolland repairs will cost £9m.", False),
    ("The inquiry into the Tolland collapse will cost £3m, the council said.",
     "The repairs after the Tolland collapse will cost £9m, the council said.", False),
    # one thing's cost told twice still clashes
    ("The Tolland repairs will cost £3m.", "The Tolland repairs will cost £9m.", True),
])  # fmt: skip
def test_costs_of_two_things_are_no_count_clash(nlp, config, a, b, clash):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "number" for s in comparison.signals) == clash, comparison.signals
