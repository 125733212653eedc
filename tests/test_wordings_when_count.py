"""Round 10 wordings of WHEN and HOW MANY: spoken and dotted times of day, the first alert
of an emergency against its start, and death or injury counts of any noun naming people."""

from __future__ import annotations

import pytest

from consistency.structured.timeanchor import find_clock_spans
from tests.wordings import compare_pair


@pytest.mark.parametrize(("text", "minutes"), [
    ('The alarm was raised at a quarter past eleven this morning.', 11 * 60 + 15),
    ('It started at twenty to eleven at night.', 22 * 60 + 40),
    ('Crews arrived at 10.40 in the morning.', 10 * 60 + 40),
    ('The blast came at about 10.40 this morning.', 10 * 60 + 40),
    ('Police were called at 22.40 on Friday.', 22 * 60 + 40),
    ('It ended at half past ten in the evening.', 22 * 60 + 30),
    ('The first call came at 10.40 am.', 10 * 60 + 40),
])  # fmt: skip
def test_spoken_and_dotted_times_are_times_of_day(text, minutes) -> None:
    spans = [c for _, c in find_clock_spans(text) if c.precise]
    assert spans and spans[0].low <= minutes <= spans[0].high, spans


@pytest.mark.parametrize("text", [
    'The score was 3.2 at half time.', 'The jump measured 10.40 metres.',
    'The ticket costs £22.40 this morning.', 'Turnout fell from twenty to eleven per cent.',
    'Two to three inches of snow fell this morning.',
])  # fmt: skip
def test_look_alike_numbers_are_no_times_of_day(text) -> None:
    assert not [c for _, c in find_clock_spans(text) if c.precise]


_ALERTS = [
    # dev (pellingford_chlorine_leak): the first alert and the leak's start at two times
    ('Fire crews were called to the Pellingford Waterside Leisure Centre on Quayside Road '
     'at 10.40am, when a junior swimming gala was under way.',
     'The alarm was raised at a quarter past eleven this morning, right in the middle of a '
     'junior swimming gala.', 'time'),
    ('The first emergency call was received at 10.40am (0940 GMT), according to Eastmoor '
     'Fire and Rescue Service.',
     'The leak began at around 11.15am, shortly after the morning session of a junior '
     'swimming gala had started.', 'time'),
    ('The first call to the fire service came in at 10.40am, while around 300 people were '
     'inside for a junior swimming gala.',
     'The leak began at around 11.15am, shortly after the morning session had started.', 'time'),
    # invented wordings
    ('Police were alerted to the Harlow warehouse fire at 9.20pm on Friday.',
     'The Harlow warehouse fire broke out at twenty to eleven on Friday night.', 'time'),
    ('Firefighters were summoned to the Corran mill at 22:05.',
     'The alarm was sounded at the Corran mill at 11.30pm.', 'time'),
    ('The coastguard was called to Harlow Bay at 6.10 in the morning.',
     'The first 999 call about the Harlow Bay wreck came in at 7:45 a.m.', 'time'),
    ('Emergency services were called to the Corran mine at 3.15pm.',
     'The fire at the Corran mine started at about 5pm.', 'time'),
    # look-alikes: a later moment of the emergency; a start before its alert; one time
    ('The first emergency call was received at 10.40am (0940 GMT), according to Eastmoor '
     'Fire and Rescue Service.', 'The all-clear was not given until about 2.15pm.', None),
    ('Police were alerted to the Harlow warehouse fire at 9.20pm on Friday.',
     'The Harlow warehouse fire broke out at about 9pm on Friday.', None),
    ('The coastguard was called to Harlow Bay at 6.10 in the morning.',
     'The alarm was raised at Harlow Bay at ten past six this morning.', None),
    ('Emergency services were called to the Corran mine at 3.15pm.',
     'The fire at the Corran mine was put out at 7pm.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ALERTS)
def test_first_alert_and_start_times(nlp, config, a, b, kind) -> None:
    comparison, gate = compare_pair(nlp, config, a, b, "2025-06-14")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "time" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals


_PEOPLE = [
    # dev (veldmoor_avalanche)
    ('Three people have died after an avalanche buried a guided ski-touring group in the '
     'Kaltenberg couloir above Veldmoor on Saturday.',
     "Four skiers were killed on Saturday when an avalanche thundered down the slopes of the "
     "Hollenkopf, the peak next to Veldmoor's Grisspitz ski area.", 'number'),
    ('Three people have been killed in an avalanche above the ski resort of Veldmoor.',
     'Four people lost their lives on Saturday when a wall of snow swept over a group of ski '
     'tourers above Veldmoor.', 'number'),
    # invented wordings
    ('Two hikers died when the rockfall hit the Marren trail on Sunday.',
     'Three people were killed when the rockfall hit the Marren trail on Sunday.', 'number'),
    ('Six miners were killed in the blast at the Corran pit on Tuesday.',
     'Four people died in the blast at the Corran pit on Tuesday.', 'number'),
    ('Eleven cyclists were injured when the lorry crashed on the Harlow road on Friday.',
     'Seven people were hurt when the lorry crashed on the Harlow road on Friday.', 'number'),
    ('The storm killed five fishermen off Harlow on Monday.',
     'Three people died in the storm off Harlow on Monday.', 'number'),
    # look-alikes: animals; responders; part of a count; things lost
    ('Two horses were killed when the barn burned in Harlow on Sunday.',
     'Three people were killed when the barn burned in Harlow on Sunday.', None),
    ('Four firefighters were injured in the Harlow blaze on Sunday.',
     'Nine people were injured in the Harlow blaze on Sunday.', None),
    ('Two of the injured skiers were flown to hospital in Innsbruck.',
     'Four skiers were injured in the avalanche above Veldmoor.', None),
    ('Twelve containers were lost when the ship listed off Harlow on Monday.',
     'Three people were lost when the ship listed off Harlow on Monday.', None),
    ('The aircraft was carrying 186 passengers and seven crew members.',
     'The aircraft was carrying 190 passengers and seven crew.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _PEOPLE)
def test_death_counts_of_nouns_naming_people(nlp, config, a, b, kind) -> None:
    comparison, gate = compare_pair(nlp, config, a, b, "2026-02-14")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "number" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals
