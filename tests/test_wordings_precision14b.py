"""Margins against tallies, tallies of two holders, margins of two stages and ages of a
man and a woman (tallies.py): the dev look-alikes of kelderby_recount and
merrowby_building_society_robbery, further wordings that stay silent, and counts of one
thing that must still be compared."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _numbers(nlp, config, a: str, b: str) -> list[str]:
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.explanation for s in comparison.signals if s.kind == "number"]


@pytest.mark.parametrize(("a", "b"), [
    # the dev false flags (kelderby_recount): a margin against a tally
    ("Mrs Okafor, 41, polled 1,214 votes to the 1,212 of Gareth Penrose.",
     "Ruth Okafor beat Gareth Penrose by two votes, 1,214 to 1,212, after a recount."),
    ("Ruth Okafor, standing for Community First, won the Hatherley ward with 1,214 votes.",
     "Mr Penrose had been five votes behind after the first count, and his agent requested"
     " a recount."),
    # other wordings of a margin: a majority, a lead, "ahead", a compound margin
    ("Ruth Okafor won the Hatherley by-election by two votes.",
     "Ruth Okafor polled 1,214 votes in the Hatherley by-election."),
    ("Gareth Penrose finished five votes behind Ruth Okafor in Hatherley.",
     "Gareth Penrose polled 1,212 votes in Hatherley."),
    ("Okafor kept the Hatherley seat with a majority of 12 votes.",
     "Okafor polled 1,214 votes in Hatherley."),
    ("Okafor won the Hatherley seat by a two-vote margin.",
     "Okafor took 1,214 votes in Hatherley."),
    # margins of two stages of one count
    ("Okafor had a lead of five votes in Hatherley after the first count.",
     "Okafor won the Hatherley seat by a two-vote margin."),
    ("After the first count Mrs Okafor was five votes ahead in Hatherley.",
     "Okafor won Hatherley by just two votes."),
    # tallies of two candidates, a part of one tally
    ("Lorna Byrne won 388 votes in the Hatherley by-election.",
     "Simon Tate won 241 votes in the Hatherley by-election."),
    ("Heritage Party candidate Lorna Byrne came third in Hatherley with 388 votes.",
     "In Hatherley, Simon Tate got 241 votes."),
    ("Three of Okafor's votes in Hatherley had been counted twice.",
     "Okafor took 1,214 votes in Hatherley."),
    # a total of papers counted is no count of those rejected or judged doubtful
    ("The council counted a total of 3,072 ballot papers at the Hatherley count.",
     "Seventeen ballot papers were rejected at the Hatherley count."),
    ("A total of 27 ballot papers were rejected at the Hatherley count.",
     "Six ballot papers were judged doubtful at the Hatherley count."),
    # ages of a man and a woman (merrowby): two people
    ("A 27-year-old man from Merrowby was arrested in the Lowgate area around midday.",
     "A 31-year-old woman from Merrowby was arrested on suspicion of assisting an offender."),
    ("A 27-year-old man was arrested in Lowgate over the Merrowby robbery.",
     "A 31-year-old woman was arrested in Lowgate over the Merrowby robbery."),
])
def test_other_counts_stay_silent(nlp, config, a, b):
    assert not _numbers(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # two margins of one stage, two ages of one man: still compared
    ("Ruth Okafor won the Hatherley by-election by two votes.",
     "Ruth Okafor won the Hatherley by-election by five votes."),
    ("Ruth Okafor held the Hatherley seat with a majority of 12 votes.",
     "Ruth Okafor held the Hatherley seat with a majority of 21 votes."),
    ("A 27-year-old man was arrested in Lowgate over the Merrowby robbery.",
     "A 24-year-old man was arrested in Lowgate over the Merrowby robbery."),
    ("Lorna Byrne won 388 votes in the Hatherley by-election.",
     "Lorna Byrne won 188 votes in the Hatherley by-election."),
    # "a total of N" counts the subject or object (kelderby rejected ballots, 27 vs 17)
    ("A total of 27 ballot papers were rejected, the majority because more than one box"
     " had been marked.",
     "Seventeen ballot papers were rejected, most of them because voters had put a cross"
     " against more than one name."),
    ("A total of 14 people were injured in the Dunmore crash, police said.",
     "Nine people were injured in the Dunmore crash."),
    ("Officers at Dunmore arrested a total of 12 fans.", "Police arrested 21 fans at Dunmore."),
])
def test_counts_of_one_thing_still_compared(nlp, config, a, b):
    assert _numbers(nlp, config, a, b)


def test_margin_words():
    from consistency.structured.quantities import Quantity
    from consistency.structured.tallies import is_margin

    two = Quantity(2.0, 2.0, "vote", "two")
    assert is_margin(two, "She won by just two votes.")
    assert is_margin(two, "He was two votes behind.")
    assert not is_margin(two, "She got two votes from the panel.")
