"""Wordings of round 12's WHO and WHERE facts of breaking news (tasker_missing_tramper and
its kin): the dev pairs, further wordings that must fire, and look-alikes that must stay
silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs: one person taken to, or recovering in, two hospitals
    ("She was lifted out by rescue helicopter and taken to Wellington Hospital.",
     "She was winched from the gully by the rescue helicopter and flown to Palmerston North "
     "Hospital.", "location"),
    ("She was lifted out by rescue helicopter and taken to Wellington Hospital.",
     "She had a broken ankle and was airlifted to Palmerston North Hospital.", "location"),
    ("Priya Nandakumar was lifted out by rescue helicopter and taken to Wellington Hospital.",
     "The tramper rescued from a remote gully is recovering in Palmerston North Hospital.",
     None),  # a noun beside a name: often two stories' people (bench/mixed.py)
    ("The tramper was lifted out by rescue helicopter and taken to Wellington Hospital.",
     "The tramper rescued from a remote gully is recovering in Palmerston North Hospital.",
     "location"),
    # other wordings: an active mover, a name, a relative clause, being treated at
    ("Paramedics rushed him to Ridgeway General Hospital.",
     "He is being treated at St Mary's Hospital.", "location"),
    ("Lena Ortiz was taken by ambulance to Ridgeway General Hospital.",
     "Lena Ortiz remains in Kingsbridge Hospital in a stable condition.", "location"),
    ("The driver was airlifted to Ridgeway General Hospital.",
     "The driver was taken to St Mary's Hospital with head injuries.", "location"),
    ("Lena Ortiz was airlifted to Ridgeway General Hospital.",
     "She was taken to St Mary's Hospital with head injuries.", "location"),
    # look-alikes: two people, a later transfer, a group and one person, a plan
    ("He was flown to Wellington Hospital with chest injuries.",
     "She was flown to Palmerston North Hospital.", None),
    ("Lena Ortiz was taken to Ridgeway General Hospital.",
     "Marta Ruiz was taken to St Mary's Hospital.", None),
    ("She was later transferred to Wellington Hospital.",
     "She was flown to Palmerston North Hospital.", None),
    ("Three passengers were taken to Wellington Hospital.",
     "She was flown to Palmerston North Hospital.", None),
    ("She will be taken to Wellington Hospital for surgery.",
     "She was flown to Palmerston North Hospital.", None),
    ("The helicopter flew to Wellington Hospital.",
     "She was flown to Palmerston North Hospital.", None),
])  # fmt: skip
def test_one_person_taken_to_two_hospitals(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs: a broken ankle told, broken bones denied, of one person
    ("She escaped without broken bones, suffering mainly from hypothermia.",
     "She is being treated for a fractured ankle and hypothermia.", "negation"),
    ("She escaped without broken bones, suffering mainly from hypothermia.",
     "She had a broken ankle and was suffering from hypothermia.", "negation"),
    ("She escaped without broken bones, suffering mainly from hypothermia.",
     "Priya Nandakumar was found alive on Tuesday with a broken ankle, police said.",
     "negation"),
    # other wordings: a verb, a noun of the kind, a denial of any injury, a negated verb
    ("Lena Ortiz broke her wrist in the fall.",
     "Lena Ortiz did not break any bones in the fall.", "negation"),
    ("He suffered a fracture to his hip when the roof gave way.",
     "He escaped unhurt when the roof gave way.", "negation"),
    ("The driver was treated for a cracked rib.",
     "The driver escaped without injury.", "negation"),
    ("The driver was flown out with head injuries.",
     "The driver was unhurt, police said.", "negation"),
    # look-alikes: two parts, someone not named or pointed to, no body part
    ("She suffered minor injuries in the fall.",
     "She escaped without broken bones.", None),
    ("She did not break her wrist.",
     "She had a broken ankle.", None),
    ("Reynolds and other crew members were unhurt.",
     "Among his many injuries, Reynolds had a broken wrist.", None),
    ("A man with a broken leg was found near the hut.",
     "She escaped without broken bones.", None),
    ("She found a broken window at the hut.",
     "She said there were no broken windows at the hut.", None),
    # an injury-kind noun with no body part is no injury (review of session 7)
    ("She took a break after the long search.",
     "She escaped without broken bones.", None),
    ("She noticed a crack in the dam wall.",
     "She escaped without broken bones.", None),
])  # fmt: skip
def test_injury_told_and_denied(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)


def test_injury_of_another_person_stays_silent(nlp, config):
    """ "He" and "she" are two people: paired maybe (the key has no person), never flagged."""
    comparison, _ = compare_pair(nlp, config, "He broke his leg when the quad bike rolled.",
                                 "She escaped without broken bones.")
    assert not comparison.signals


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs: who raised the alarm, told by who they are to her, named or not
    ("Her mother, Lakshmi Nandakumar, who raised the alarm when her daughter did not phone "
     "home, said the family had been living a nightmare.",
     "Her partner raised the alarm on Saturday night when she failed to return.", "role"),
    ("Her mother, Lakshmi Nandakumar, who raised the alarm when her daughter did not phone "
     "home, said the family was relieved.",
     "Her partner, James Hollis, raised the alarm on Saturday night.", "role"),
    # other wordings: a passive by-agent, a possessive name, a relative clause on a noun
    ("The alarm was raised by her father.",
     "Her partner raised the alarm on Saturday night.", "role"),
    ("The boy's mother, who found the note, called police.",
     "The note was found by the boy's uncle.", "role"),
    # look-alikes: a doer of no relation, two things
    ("A neighbour raised the alarm on Saturday night.",
     "Her partner raised the alarm on Saturday night.", None),
    ("Her mother raised the alarm on Saturday night.",
     "Her partner raised the money for the search.", None),
])  # fmt: skip
def test_who_did_it_told_by_relation(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)


@pytest.mark.parametrize(("a", "b"), [
    ("Her partner raised the alarm on Saturday night.",
     "Her partner, James Hollis, raised the alarm on Saturday night."),
    ("Her mother raised the alarm on Saturday night.",
     "Her mother, Lakshmi Nandakumar, who raised the alarm, thanked the searchers."),
])  # fmt: skip
def test_one_doer_named_and_not_stays_silent(nlp, config, a, b):
    """One relation named in one source and not in the other: paired maybe, not flagged."""
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals



@pytest.mark.parametrize(("a", "b", "same"), [
    ("one person:n:priya nandakumar", "one person:n:nandakumar", True),  # a name, its surname
    ("one person:n:nandakumar", "one person:n:priya nandakumar", True),
    ("one person:n:priya nandakumar", "one person:n:lakshmi nandakumar", False),  # two names
    ("one person:n:priya nandakumar", "one person:n:hollis", False),
])  # fmt: skip
def test_one_person_by_name_and_surname(a, b, same):
    from consistency.structured.patients import one_person

    assert one_person(a, b) is same
