"""Wordings of round 12's WHO and WHERE facts of breaking news (tasker_missing_tramper and
its kin): the dev pairs, further wordings that must fire, and look-alikes that must stay
silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs: an age told of a described person whom the sentence names
    ("Police named the woman as Priya Nandakumar, a 34-year-old from Lower Hutt.",
     "The 31-year-old woman, Priya Nandakumar of Lower Hutt, was located by a ground team.",
     "number"),
    ("Police named the woman as Priya Nandakumar, a 34-year-old from Lower Hutt.",
     "Priya Nandakumar, a 31-year-old software engineer, was found by volunteer searchers.",
     "number"),
    ("Police named the woman as Priya Nandakumar, a 34-year-old from Lower Hutt.",
     "Thirty-one-year-old Priya Nandakumar spent four nights in the bush.", "number"),
    # other wordings: copula, relative clause, naming verb, apposition of the noun
    ("Priya Nandakumar is a 34-year-old nurse from Lower Hutt.",
     "A 31-year-old woman named Priya Nandakumar was found on Tuesday.", "number"),
    ("Priya Nandakumar, who is a 31-year-old teacher, was found in a gully.",
     "The missing tramper, a 34-year-old woman from Lower Hutt, was identified as Priya "
     "Nandakumar.", "number"),
    ("The tramper, 31-year-old Priya Nandakumar, was found on Tuesday.",
     "Priya Nandakumar, a 34-year-old from Lower Hutt, was found in a gully.", "number"),
    # look-alikes: a described person the sentence does not name is someone else
    ("On Sunday, a 64-year-old hunter was rescued from the northern end of the park.",
     "The 31-year-old woman, Priya Nandakumar of Lower Hutt, was located by a ground team.",
     None),
    ("Her father, a 64-year-old farmer, said Priya Nandakumar was tough.",
     "Priya Nandakumar, a 31-year-old software engineer, was found by volunteer searchers.",
     None),
    ("Priya Nandakumar was found by a 64-year-old hunter.",
     "Thirty-one-year-old Priya Nandakumar spent four nights in the bush.", None),
    ("A 64-year-old woman called police after seeing Priya Nandakumar on the track.",
     "Priya Nandakumar is a 31-year-old nurse from Lower Hutt.", None),
])  # fmt: skip
def test_age_of_a_described_named_person(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)
