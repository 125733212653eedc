"""Ages of a described, unnamed person (described_ages.py): one person across sources
when the same noun carries the same mark (a grade of health, a superlative); two
different people's ages, or one noun with no mark, stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


def _ages(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "number" and "age of" in s.explanation]


@pytest.mark.parametrize(("a", "b"), [
    # calderwick_half_marathon: the runner in a critical condition
    ("A 34-year-old man was in a critical condition in hospital, a spokeswoman for NHS "
     "Calder said.",
     "A 43-year-old man from Dunhallow remains in a critical condition at Calderwick Royal "
     "Infirmary, according to NHS Calder."),
    ("A thirty-four-year-old man is in a critical condition there tonight.",
     "A 43-year-old man from Dunhallow remains in a critical condition."),
    # a house fire, a dog attack, a road crash
    ("A 52-year-old woman was taken to hospital in a serious condition after the fire.",
     "A 25-year-old woman remains in a serious condition in hospital."),
    ("A seven-year-old boy is critically ill in hospital after the attack.",
     "A nine-year-old boy was critically ill last night, doctors said."),
    ("A 70-year-old cyclist was seriously injured in the collision, police said.",
     "The crash left a 74-year-old cyclist seriously injured."),
    # larkspur_festival_crush: the most seriously injured girl
    ("A 15-year-old girl was left seriously injured after a barrier collapsed, police said.",
     "The most seriously injured is a 16-year-old girl from Calverton, who remains in "
     "hospital."),
])  # fmt: skip
def test_graded_person_given_two_ages(nlp, config, a, b):
    assert _ages(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # alderbrook_river_rescue: the youngest kayaker
    ("The youngest member of the group was 14.",
     "Brackenfold Outdoor Centre said the youngest member of the group was 16."),
    ("The youngest member of the party was a 14-year-old boy, a police spokesperson said.",
     "The youngest member of the group was 16."),
    # a bus crash, a train derailment
    ("The oldest passenger on the coach was 91.",
     "The oldest passenger was an 89-year-old woman from Leyburn."),
    ("The youngest victim was a three-year-old girl, officials said.",
     "The youngest victim was five, according to the hospital."),
])  # fmt: skip
def test_superlative_person_given_two_ages(nlp, config, a, b):
    assert _ages(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # two different people: no mark, or different nouns, grades or superlatives
    ("A 42-year-old man was among those who went into the water.",
     "The man, Geoffrey Tunstall, 67, was walking his spaniel."),
    ("A 34-year-old man was in a critical condition in hospital.",
     "A 61-year-old woman from my club fell on the kerb and broke her wrist."),
    ("The most seriously injured is a 16-year-old girl from Calverton.",
     "I heard afterwards that a 52-year-old steward had his wrist broken."),
    ("A 34-year-old man was in a critical condition in hospital.",
     "A 43-year-old woman was in a critical condition in hospital."),
    ("A 34-year-old man was in a critical condition in hospital.",
     "A 43-year-old man was in a stable condition in hospital."),
    ("A 70-year-old cyclist was slightly injured in the collision.",
     "A 74-year-old cyclist was seriously injured in the collision."),
    ("The youngest member of the group was 14.", "The oldest member of the group was 16."),
    ("A 30-year-old man was arrested at the scene.", "A 25-year-old man was arrested later."),
    # one age in both
    ("The youngest member of the group was 14.", "The youngest member of the party was 14."),
    # denied or conditional
    ("A 34-year-old man was in a critical condition.",
     "If the youngest member of the group was 16, he would not have been allowed on the river."),
    # a critical man in one town and another in a different one
    ("A 34-year-old man was in a critical condition in hospital in Harlow.",
     "A 43-year-old man was in a critical condition in hospital in Millbrook."),
])  # fmt: skip
def test_two_people_stay_silent(nlp, config, a, b):
    assert not _ages(nlp, config, a, b)


def test_described_ages_pair_whatever_the_embeddings(nlp, config):
    assert_paired_and_compared(nlp, config, "The youngest member of the group was 14.",
                               "A 16-year-old boy was the youngest member of the party.",
                               "number")  # fmt: skip
    assert_paired_and_compared(nlp, config, "A 42-year-old man went into the water.",
                               "A 67-year-old man was walking his dog.", None)  # fmt: skip
