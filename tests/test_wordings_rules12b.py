"""Round 12 wordings of HOW MUCH, HOW LONG and WHAT NEXT: a thing's value told as two
amounts (values.py), one stuff's amount in two sizes (amounts.py), a stay out told with no
verb of spending (stays.py) and a present progressive held for a span ahead as a plan
(plans.py)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_VALUES = [
    # dev (saltmere_cocaine_seizure): street value against "worth ... on the streets"
    ('The drugs have an estimated street value of £112 million.',
     'The haul is worth an estimated £84 million on the streets.', "number"),
    ('Border officials put the street value of the consignment at £112 million.',
     'The haul is worth an estimated £84 million on the streets.', "number"),
    # dev (ptarmigan_launch_failure): "worth" after the noun and "£8m worth of"
    ('The payload was worth an estimated £17.6 million.',
     'Roughly £8m worth of hardware was sitting on top of that rocket.', "number"),
    # dev (sternhaus_museum_theft): a lower bound above the other value
    ('The stolen pieces are valued at 4.2 million euros.',
     'Thieves took jewels worth more than 10 million euros.', "number"),
    ('The total insured value of the stolen objects is 4.2 million euros.',
     'The haul could be worth in excess of ten million euros.', "number"),
    # other wordings: "with a combined value of", "estimated ... to be worth", a participle
    ('Police said the paintings, with a combined value of $5m, were taken from the gallery.',
     'The gallery said the stolen paintings were valued at $12 million.', "number"),
    ('The cannabis seized in the raid had a street value of £2.5m, police said.',
     'Officers estimated the cannabis to be worth about £1 million.', "number"),
    # look-alikes: two kinds of value, another year, rounding, two currencies, a price
    ('The wholesale value is roughly £35 million.',
     'The drugs have an estimated street value of £112 million.', None),
    ('The drugs have an estimated street value of £112 million.',
     'The seizure of 1.4 tonnes of cocaine was worth about £112m.', None),
    ('The stolen pieces are valued at 4.2 million euros.',
     'The stolen pieces are valued at 4.2 million dollars.', None),
    ('The drugs had a street value of £112 million.',
     'The smugglers were paid £84 million for the job.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _VALUES)
def test_values_of_one_thing(nlp, config, a, b, kind) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    values = [s for s in comparison.signals if "value:" in s.explanation]
    assert bool(values) == (kind is not None), comparison.signals


def test_spending_is_no_value(nlp, config) -> None:
    """"The investment, worth about £9 million" is money spent, not the haul's value."""
    comparison, _ = compare_pair(
        nlp, config, 'The investment, worth about £9 million, will be accelerated.',
        'The drugs have an estimated street value of £112 million.')
    assert not comparison.signals, comparison.signals


_AMOUNTS = [
    # dev (saltmere_cocaine_seizure): tonnes against tonnes and kilograms
    ('Officers found 1.2 tonnes of cocaine packed into holdalls behind the fruit.',
     'Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas.',
     "number"),
    ('Officers found 1.2 tonnes of cocaine packed into holdalls behind the fruit.',
     'Two men were charged after the seizure of 1,400 kilograms of cocaine at the port.',
     "number"),
    # other wordings: kilos as subject of a passive, gallons in a relative clause, barrels
    ('Some 40 kilos of cannabis were found in the van, police said.',
     'Officers recovered 25 kilograms of cannabis from the van.', "number"),
    ('An estimated 5,000 gallons of oil spilled into the river.',
     'The spill, which released about 12,000 gallons of oil, closed the river.', "number"),
    ('The tanker lost 2,000 barrels of crude.',
     'The tanker spilled 8,000 barrels of crude into the sea.', "number"),
    # look-alikes: one amount in two units, a further part, another stuff, a bound
    ('Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas.',
     'Two men were charged after the seizure of 1,400 kilograms of cocaine at the port.',
     None),
    ('Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas.',
     'A further 200kg of cocaine was found in the cab.', None),
    ('Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas.',
     'Officers also found 1.2 tonnes of cannabis in the container.', None),
    ('Border officers have seized 1.4 tonnes of cocaine hidden in a shipment of bananas.',
     'Officers seized more than a tonne of cocaine.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _AMOUNTS)
def test_amounts_of_one_stuff(nlp, config, a, b, kind) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert bool(comparison.signals) == (kind is not None), comparison.signals


_STAYS = [
    # dev (tasker_missing_tramper): a verbless fragment against "spent", "after ... alone"
    ('Five nights alone in that country, injured, in the kind of weather we had last '
     'weekend, is no joke.',
     'Thirty-one-year-old Priya Nandakumar spent four nights in the bush.', "number"),
    ('Five nights alone in that country, injured, in the kind of weather we had last '
     'weekend, is no joke.',
     'Priya Nandakumar was found on Tuesday after four nights alone in the bush.', "number"),
    ('Five nights alone in that country, injured, in the kind of weather we had last '
     'weekend, is no joke.',
     'After four nights out in those conditions, she was very cold.', "number"),
    # other wordings: "days adrift", "spent ... at sea", "after two nights alone"
    ('The sailor was rescued after four days adrift in the Pacific.',
     'The sailor spent five days at sea before he was rescued.', "number"),
    ('The climber was found alive after two nights alone on the mountain.',
     'The climber had spent three nights on the mountain, rescuers said.', "number"),
    # look-alikes: a search's length, a further span, the same span
    ('Five nights alone in that country, injured, is no joke.',
     'The tramper has been found alive after a search lasting three days.', None),
    ('Five nights alone in that country, injured, is no joke.',
     'A further two nights out would have killed her.', None),
    ('Five nights alone in that country, injured, is no joke.',
     'Five nights alone in the bush is a long time.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _STAYS)
def test_stays_out(nlp, config, a, b, kind) -> None:
    assert_paired_and_compared(nlp, config, a, b, kind)


_PLANS = [
    # dev (tasker_missing_tramper): "is closing ... for at least two weeks"
    ('DOC is closing the Saddle route for at least two weeks while it builds a bypass.',
     'The Department of Conservation (DOC), which manages the park, said the Tasker Saddle '
     'route would remain open.', "negation"),
    ('DOC is closing the Saddle route for at least two weeks while it builds a bypass.',
     'DOC said it had no plans to close the Saddle route.', "negation"),
    ('The council is closing the library for six months while the roof is repaired.',
     'The council said the library would stay open during the repairs.', "negation"),
    # look-alikes: an act going on now, a span behind
    ('Crews are closing the road now.', 'The council said the road would remain open.', None),
    ('The road has been closed for two weeks.',
     'The council said the road would remain open.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _PLANS)
def test_progressive_with_a_span_ahead_is_a_plan(nlp, config, a, b, kind) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    kinds = [s.kind for s in comparison.signals]
    assert (kind in kinds) if kind else not kinds, comparison.signals
