"""Counts the writer took of things: "I counted about 20 holes in the pitch".

A count told by a verb of counting names no act done to the things, only how many there
were; another source counts the same things by what was done to them ("the intruders dug
11 holes in the pitch"). So such a count gets the key :data:`OBSERVED`, which meets any
key of the same unit (structured/numberclash.py). Only things: people counted by a
witness ("I counted 30 people on the platform", "I counted about 30 fans") may be any
group of the scene, not the hurt, the arrested or the rescued another source counts:
people are known by their unit (``people_group_units``) or a noun naming persons
(persons.names_person: by its form or the person data). Data: news_facts ``counting_verbs``.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.persons import names_person

__all__ = ["OBSERVED", "observed_key", "one_observed"]

OBSERVED = "observed"
_COUNTING = news_facts.words("counting_verbs")
_PEOPLE_UNITS = news_facts.words("people_group_units")  # "people", "responders"


def _people(slot, unit: str) -> bool:
    """Whether the counted noun names people ("30 people", "30 fans", "40 marshals")."""
    return unit.split()[-1] in _PEOPLE_UNITS or names_person(slot)


def observed_key(verb, slot, unit: str, key: str | None) -> str | None:
    """:data:`OBSERVED` for a count of things (``slot``, the counted noun) that the writer
    tells as the object of their own counting ("I counted about 20 holes", "we counted
    30 tents"), else ``key``. Things counted in a process ("2,000 ballots were counted",
    "the council counted a total of 3,072 ballot papers") are a tally of their own: the
    rejected papers are some of them."""
    if verb.lemma_.lower() in _COUNTING and not _people(slot, unit) and (
            slot.dep_ == "dobj" and slot.head.i == verb.i) and any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" and "1" in c.morph.get("Person")
            for c in verb.children):  # fmt: skip
        return OBSERVED
    return key


def one_observed(a, b) -> bool:
    """Whether two count slots of one unit meet as an observed count and any other."""
    return a.unit == b.unit and OBSERVED in (a.key, b.key)
