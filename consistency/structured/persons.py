"""Counted nouns that name people by their form: "skiers", "climbers", "cyclists",
"fishermen", "refugees".

A death, injury or rescue count is a count of people whatever noun a source counts them
with: "four skiers were killed" and "three people died" count one group of dead. The
people class of ``unit_classes`` holds the nouns sources commonly switch between; any
other noun that names a person by its agent ending (``person_suffixes``) counts people
too when the event is one that befalls people (``people_count_classes``). Nouns of
another unit class ("firefighters", counted as responders) keep theirs. A noun the data
calls a thing ("river", "tower", "order", "tanker": ``thing_agent_nouns``, the thing
kinds of ``hypernyms``, ``place_kinds`` and ``water_nouns``) names no doer whatever its
ending.
"""

from __future__ import annotations

import dataclasses

from consistency.structured import news_facts
from consistency.structured.quantities import Quantity, counted_noun, unit_name

__all__ = ["agent_word", "as_people", "names_person", "number_as_people", "of_people",
           "person_noun"]

_SUFFIXES = tuple(sorted(news_facts.words("person_suffixes"), key=len, reverse=True))
_PEOPLE_CLASSES = news_facts.words("people_count_classes")
_PEOPLE = unit_name("people")
_OTHER_UNITS = frozenset(news_facts.classes("unit_classes")) - {_PEOPLE}
_PERSON_WORDS = (news_facts.kind_nouns("person") | news_facts.words("kin_nouns")
                 | news_facts.words("offender_nouns"))  # fmt: skip
_GROUP_UNITS = frozenset(unit_name(w) for w in news_facts.words("people_group_units"))
_MIN_STEM = 3  # "ant", "her": too short to carry an agent ending
_THINGS = (news_facts.words("thing_agent_nouns") | news_facts.words("water_nouns")
           | frozenset().union(*news_facts.classes("place_kinds").values())
           | frozenset().union(*(ns for kind, ns in news_facts.classes("hypernyms").items()
                                 if kind != "person")))  # fmt: skip


def person_noun(noun) -> bool:
    """Whether a common noun token names people by its form ("skiers", "hikers")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not lemma.isalpha():
        return False
    if unit_name(lemma) in _OTHER_UNITS or any(
            c.dep_ == "compound" and unit_name(c.lemma_) in _OTHER_UNITS for c in noun.children):
        return False  # "firefighters", "crew members": responders
    return agent_word(lemma)


def of_people(noun) -> bool:
    """Whether a noun or name surely stands for people: a person's name, a listed noun of
    persons, kin or offenders ("driver", "mother", "thief"), or a noun of a unit of people
    ("protesters", "officers", "staff"). Not by an agent ending alone, which "levee" and
    "boiler" also have."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN" and (
        lemma in _PERSON_WORDS or unit_name(lemma) in _GROUP_UNITS)


def names_person(noun) -> bool:
    """Whether a common noun token names a person, whoever it counts as: surely
    (:func:`of_people`) or by its form (:func:`person_noun`: "rider")."""
    return noun.pos_ == "NOUN" and (of_people(noun) or person_noun(noun))


def agent_word(word: str) -> bool:
    """Whether a word names a doer by its agent ending ("skier", "organiser",
    "spokeswoman"): ``person_suffixes`` on a stem of three letters or more, and no noun
    of a thing ("river", "border", "tanker": :data:`_THINGS`)."""
    return word.isalpha() and word not in _THINGS and any(
        word.endswith(s) and len(word) - len(s) >= _MIN_STEM for s in _SUFFIXES)


def as_people(cls: str | None, noun, q: Quantity) -> Quantity:
    """``q`` counted as people when ``noun`` names people and the event ``cls`` befalls
    people ("four skiers were killed"); else ``q`` as it is."""
    if noun is None or q.unit in (None, _PEOPLE) or cls not in _PEOPLE_CLASSES:
        return q
    return dataclasses.replace(q, unit=_PEOPLE) if person_noun(noun) else q


def number_as_people(cls: str | None, num, q: Quantity) -> Quantity:
    """:func:`as_people` of the noun the number token ``num`` counts."""
    return as_people(cls, counted_noun(num) if num is not None else None, q)
