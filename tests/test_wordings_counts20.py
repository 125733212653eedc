"""Round 20 (counts20): the count an order reaches (homes covered by / under / told by a
notice), homes, properties and households as one counted unit, a hedge on a precise count
as its whole slack, a count in apposition to the subject, and "still" counts of those
left kept apart from the count of all."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_WIRE = ("KESSBRIDGE, England, March 12 (Allied Press Agency) - Some 12,400 homes in and "
         "around the market town of Kessbridge were told on Wednesday to keep boiling their "
         "drinking water after E. coli bacteria were found in a reservoir supplying the area.")

_FIRE = [
    # the dev pairs (kessbridge_boil_water)
    (_WIRE, "Vale Cross Water issued the notice shortly before 7pm on Tuesday, covering "
            "14,200 properties in Kessbridge, Upper Dunsop and Harle Green."),
    (_WIRE, "Vale Cross Water issued a precautionary boil water notice at 6.40pm on Tuesday "
            "11 March to 14,200 properties in Kessbridge."),
    (_WIRE, "The 14,200 homes covered by the notice in Kessbridge have now been without "
            "drinkable tap water for two full days."),
    # other wordings: applies to, under, advised to, ordered to, a warning covering
    ("A hosepipe ban now applies to 41,000 households across Dunmere.",
     "Some 52,600 homes in Dunmere are under the hosepipe ban."),
    ("Around 3,150 residents of Ashby were ordered to leave their homes.",
     "The evacuation order in Ashby covers 4,800 people."),
    ("Southmoor Council advised 2,700 households in Lenfield to stay indoors.",
     "The smoke warning covers 3,400 homes in Lenfield."),
    ("A flood warning covering 6,500 premises in Carrow was issued on Friday.",
     "About 9,100 properties in Carrow were warned to move belongings upstairs."),
    ("The 1,250 houses in Brindle told to boil their water will get bottled water.",
     "Brindle Water sent the notice to 1,900 homes."),
    # a count in apposition to the subject
    ("The victims, 12 children from Orton, were taken to hospital.",
     "Nineteen children from Orton were admitted to hospital."),
]

_SILENT = [
    # the dev look-alike (calderbridge_blackout): the whole vs those still off
    ("Northvale Power Networks said some 112,000 properties in Calderbridge lost power on "
     "Tuesday evening.",
     "Northvale Power Networks say around nine thousand homes in Calderbridge are still "
     "without power this morning."),
    # a part of the whole, a forecast, another fact counted, rounding and the hedge's slack
    ("The notice covers 14,200 properties in Kessbridge.",
     "1,900 of the homes in Kessbridge were told to boil their water."),
    ("The notice could be extended to 20,000 homes in Kessbridge.",
     "The notice covers 14,200 properties in Kessbridge."),
    ("The boil notice covers 14,200 properties in Kessbridge.",
     "Some 12,400 homes in Kessbridge lost power on Tuesday."),
    ("About 14,000 homes in Kessbridge were told to boil their water.",
     "The notice covers 14,200 properties in Kessbridge."),
    ("A hosepipe ban now applies to 48,000 households across Dunmere.",
     "Some 52,600 homes in Dunmere are under the hosepipe ban."),
    ("Some 14,150 homes in Kessbridge were told to boil their water.",
     "The notice covers 14,200 properties in Kessbridge."),
    ("The notice covers 14,200 properties in Kessbridge.",
     "The notice covers 14,200 people in Kessbridge."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_two_counts_of_one_order_give_a_number_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_parts_forecasts_updates_and_roundings_stay_silent(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


def test_the_dev_pair_is_paired_whatever_the_embeddings(nlp, config) -> None:
    assert_paired_and_compared(
        nlp, config, _WIRE,
        "The 14,200 homes covered by the notice in Kessbridge have now been without "
        "drinkable tap water for two full days.", "number")  # fmt: skip


_TOLD = " people in Ashby were told to leave."


@pytest.mark.parametrize(("a", "b", "fires"), [
    ("Around 3,250" + _TOLD, "3,700" + _TOLD, True),
    ("About 3,000" + _TOLD, "3,250" + _TOLD, False),
    ("Roughly 3,250" + _TOLD, "3,400" + _TOLD, False),
    # two hedged counts: the hedges are the whole slack (larkspur_festival_crush)
    ("Some 45,000 people were on site at Larkspur Fields on Saturday.",
     "Around 35,000 people were on site at Larkspur Fields on Saturday.", True),
    ("Nearly 400 people were evacuated from Orton.", "About 300 people were evacuated from Orton.",
     True),
    ("About 30 people were hurt in Larkspur.", "Around 32 people were hurt in Larkspur.", False),
    ("Some 45,000 people were on site at Larkspur Fields on Saturday.",
     "Around 48,000 people were on site at Larkspur Fields on Saturday.", False),
])  # fmt: skip
def test_a_hedge_on_a_precise_count_is_its_whole_slack(nlp, config, a, b, fires) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert ("number" in [s.kind for s in comparison.signals]) is fires, comparison.signals
