"""Wordings of offices with their department and organisation, prices of one
transaction, clock times to the minute or on the 24-hour clock, starting prices, counts
standing for an elided subject, and acts done to different things."""

from __future__ import annotations

import pytest

from consistency.structured.timeanchor import find_clock_spans
from tests.wordings import compare_pair

# Round 9 (rules9a): an office told with its department and its organisation, before or
# after the name; a department makes another office, the organisation does not.
_OFFICES = [
    # the dev pairs
    ("Anika Rourke, Meridian's chief executive, said the group would invest heavily.",
     "Anika Rourke, Meridian's finance director, told us the group would invest heavily."),
    ('Miriam Tolley, chief executive of the Velmouth Port Authority, told reporters the '
     'crew had radioed for help.',
     'Miriam Tolley, operations director at Velmouth Port Authority, said the crew had '
     'radioed for help.'),
    ("Its finance director, Anika Rourke, has been the public face of the bid.",
     "Anika Rourke, the group's chief executive, has been the public face of the bid."),
    # other wordings: a department before the name, after the office, two departments
    ('Sales director Pia Lund said the Harlow plant would close.',
     "Pia Lund, Norvik's chief operating officer, said the Harlow plant would close."),
    ('Jonas Brell, director of operations at Kell Water, said supplies were safe.',
     "Jonas Brell, Kell Water's finance director, said supplies were safe."),
    ("Edda Morn, the hospital trust's medical director, said the wards were open.",
     'Edda Morn, chief executive of Alder Hospital Trust, said the wards were open.'),
]


@pytest.mark.parametrize(("a", "b"), _OFFICES)
def test_two_offices_of_one_person_give_a_role_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # one office, with and without its organisation, or in other words
    ("Finance director Anika Rourke said the group would invest heavily.",
     "Anika Rourke, Meridian's finance director, said the group would invest heavily."),
    ('Director of operations Jonas Brell said supplies were safe.',
     "Jonas Brell, Kell Water's operations director, said supplies were safe."),
    # a director of some department is a director
    ('Jonas Brell, a director of Kell Water, said supplies were safe.',
     "Jonas Brell, Kell Water's operations director, said supplies were safe."),
    # a former office is no claim about the present one
    ("Anika Rourke, Meridian's former chief executive, joined the club's board.",
     "Anika Rourke, Meridian's finance director, joined the club's board."),
    ("Former chief executive Anika Rourke joined the club's board.",
     "Anika Rourke, the finance director of Meridian, joined the club's board."),
    # two people; offices in two named organisations
    ("Anika Rourke, Meridian's chief executive, said the group would invest heavily.",
     "Tomas Vellacott, Meridian's finance director, said the group would invest heavily."),
    ('Anika Rourke, chief executive of Meridian Harbour Group, joined the board.',
     'Anika Rourke, finance director of Brackenford Rovers, joined the board.'),
])  # fmt: skip
def test_one_office_told_twice_gives_no_role_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


# Round 9: the price of one transaction (structured/money.py) and times of day told to the
# minute or on the 24-hour clock (timeanchor.py), with hits on a structure as one crash
# (contacts.py). None: no signal of that kind.
_ROUND9B = [
    # dev (brackenford_rovers_sale): one sale told at two prices
    ('Gerald Hanlon has agreed to sell Brackenford Rovers to an overseas consortium for £42 '
     'million, ending 14 years of ownership at Marsh Lane.',
     'Brackenford Rovers have a new owner after Gerald Hanlon sold the club to Meridian '
     'Harbour Group for a reported £38 million.', 'number'),
    ('Harlow Foods sold its dairy business for $1.2bn, the company said.',
     'Harlow Foods sold the dairy business for $900 million.', 'number'),
    ('Karsten United paid €3.5 million for the striker.',
     'Karsten United signed the striker in a €5 million deal.', 'number'),
    ('Harlow Foods was sold for 42 million pounds.',
     'Harlow Foods was sold for GBP 55 million.', 'number'),
    # look-alikes: one price told in other words or rounded; another amount (an asking
    # price, an offer, a debt); a sale in another year; two currencies
    ('Harlow Foods was sold for £42m.', 'Harlow Foods was sold for 42 million pounds.', None),
    ('Harlow Foods was sold for about £40m.', 'Harlow Foods was sold for £42 million.', None),
    ('Harlow Foods was sold for £42 million.',
     'The asking price for Harlow Foods had been £50 million.', None),
    ('Harlow Foods was sold for £42 million.',
     'A rival group offered to buy Harlow Foods for £30 million.', None),
    ('Hanlon bought Harlow Foods in 2011 for around £6 million.',
     'Hanlon sold Harlow Foods for £42 million.', None),
    ('Harlow Foods was sold for £42 million.', 'Harlow Foods was sold for $52 million.', None),
    ('Harlow Foods paid £38 million for the club, far less than the £50 million Hanlon had '
     'been holding out for.', 'Hanlon had been holding out for £50 million.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND9B)
def test_round9_prices_of_one_transaction(nlp, config, a, b, kind) -> None:
    comparison, gate = compare_pair(nlp, config, a, b, "2025-06-06")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "number" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals


_ROUND9B_CLOCKS = [
    # dev (velmouth_bridge_strike): one collision told at two times, by other verbs
    ('At 22:40 on Tuesday 11 March, the bulk carrier Orla Brenn struck the Kessing Bridge '
     'while outbound on the River Carrow.',
     'Six people were rushed to hospital after the 27,000-tonne Orla Brenn smashed into the '
     'bridge at 11.15pm.', 'time'),
    ('The ferry Alder Star hit the pier at about 6:10pm.',
     'The Alder Star ploughed into the pier at 6:50pm.', 'time'),
    ('The lorry crashed into the Harlow bridge at 14:05.',
     'The lorry hit the Harlow bridge at 2:45 p.m.', 'time'),
    # look-alikes: one time on two clocks (GMT against an unzoned time is not compared);
    # minutes apart within rounding; a missile is no crash; an hour told loosely
    ('It hit the north pier of the Kessing Bridge at 2240 GMT.',
     'The Orla Brenn smashed into the Kessing Bridge at 11.15pm.', None),
    ('The ferry Alder Star hit the pier at 6:10pm.',
     'The Alder Star ploughed into the pier at 6:20pm.', None),
    ('A missile hit the building in Karsten at 3:10 a.m.',
     'The lorry crashed into the building in Karsten at 4:20 a.m.', None),
    ('The ferry Alder Star hit the pier at about 6pm.',
     'The Alder Star ploughed into the pier at 6:25pm.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND9B_CLOCKS)
def test_round9_times_of_one_crash(nlp, config, a, b, kind) -> None:
    comparison, gate = compare_pair(nlp, config, a, b, "2025-03-12")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "time" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals


@pytest.mark.parametrize(("text", "low", "zone"), [
    ('hit the bridge at 2240 GMT, according to', 22 * 60 + 40, 'gmt'),
    ('closed at 1540 local time', 15 * 60 + 40, ''),
    ('At 22:40 on Tuesday', 22 * 60 + 40, ''),
    ('The convoy left at 1540 hours', 15 * 60 + 40, ''),
])  # fmt: skip
def test_24_hour_times_with_a_zone_are_times_of_day(text, low, zone) -> None:
    (_, clock), = find_clock_spans(text)
    assert (clock.low, clock.zone, clock.precise) == (low, zone, True)


@pytest.mark.parametrize("text", ['sold in 2011 for £6m', 'a 2240-tonne ship', 'in 1540',
                                  'released 2000 hours of footage', 'logged 1500 hrs'])
def test_bare_four_digits_are_no_time_of_day(text) -> None:
    assert find_clock_spans(text) == []


@pytest.mark.parametrize(("a", "b"), [
    ('The Lumo phone, which starts at $199, will go on sale in June.',
     'Sources say the metal Lumo phone will go on sale in June and will start at $299.'),
    ('The Lumo phone, which starts at $199, will go on sale in June.',
     'The Lumo phone will go on sale in June and the metal model will cost $299.'),
])  # fmt: skip
def test_starting_prices_give_no_number(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ('Eight people were killed in the Veloria shelling on Tuesday.',
     'The Veloria shelling on Tuesday killed 15 people.'),
    ('Rescuers pulled six survivors from the Corran mine on Monday.',
     'Rescuers pulled eleven survivors from the Corran mine on Monday.'),
    ('The Lumo phone, which costs $199, will go on sale in June.',
     'The Lumo phone will go on sale in June and will cost $299.'),
])  # fmt: skip
def test_firm_prices_and_counts_still_give_number(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


# After round 8: a number standing for an elided subject counts for its own event ("three
# were killed and four injured": four injured, not four killed), and one doer's act on one
# thing is no denial of its act on another.
@pytest.mark.parametrize(("a", "b", "kind"), [
    ('Three people were killed and four injured when the roof fell on Saturday.',
     'Four people were killed when the roof fell on Saturday.', 'number'),
    ('Two people died and eleven were hurt in the crash on Saturday.',
     'Eleven people were killed in the crash on Saturday.', 'number'),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Seven people were injured in the crash on Saturday.', 'number'),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Three people died in the crash on Saturday.', None),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Four people were injured in the crash on Saturday.', None),
    ('A gunman attacked a school on Monday.',
     'Reports that the gunman attacked the police station are false.', None),
    ('The army shelled the port on Friday.',
     'The army did not shell the airport, officials said.', None),
    ('Three people died when an avalanche struck a party of skiers on Saturday.',
     'Reports that a second avalanche struck the rescue teams are incorrect.', None),
    ('A gunman attacked a school on Monday.',
     'Reports that the gunman attacked the school are false.', 'negation'),
    ('The army shelled the port on Friday.',
     'The army did not shell the port, officials said.', 'negation'),
])  # fmt: skip
def test_elided_counts_and_other_undergoers(nlp, config, a: str, b: str, kind) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert [s.kind for s in comparison.signals] == ([kind] if kind else []), comparison.signals
