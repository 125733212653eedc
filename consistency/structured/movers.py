"""Goings of different movers: "the first lorry arrived just after 8am" and "the chief
executive visited the station on Wednesday afternoon" are two journeys, as "fans left the
main stage late on Saturday" and "leaving the arena on Sunday night" are two leavings.

A coming or going (``mover_classes``: travel, leave, return ...) is one event only with
one mover or one place: two goings whose doers and places (the heads of their subject and
object) and names all differ are two goings, whose times of day do not clash.

A mover told only by a thing pronoun ("as it travelled through the town") is some thing,
named elsewhere: it tells no other mover than a named thing ("the double-decker was
travelling"), only than people ("the minister travelled"), whom "it" never stands for.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.clashbase import event_name
from consistency.structured.eventslots import EventSlot
from consistency.structured.quantities import unit_name

__all__ = ["other_movers"]

_MOVERS = news_facts.words("mover_classes")
_THING_PRONOUNS = news_facts.words("thing_pronouns")
_UNITS = news_facts.classes("unit_classes")
_PEOPLE = frozenset(unit_name(w) for w in news_facts.words("acting_people")) | {
    unit_name(w) for name in ("people", "responders") for w in _UNITS.get(name, ())
} | {unit_name("people"), unit_name("responders")}
_SUFFIXES = tuple(news_facts.words("person_suffixes"))
_MIN_STEM = 3  # "ant", "her": too short to carry an agent ending (as in persons.py)


def other_movers(cls: str, ea: EventSlot, eb: EventSlot) -> bool:
    """Whether ``ea`` and ``eb`` of class ``cls`` are goings of different movers."""
    if event_name(cls) not in _MOVERS or not ea.heads or not eb.heads:
        return False
    a, b = _named(ea.heads), _named(eb.heads)
    if not a or not b:  # one mover is only "it": a thing, never people
        return any(map(_person, a | b)) and not set(ea.args) & set(eb.args)
    return not a & b and not set(ea.args) & set(eb.args)


def _named(heads: tuple[str, ...]) -> set[str]:
    """The heads that name a mover; a thing pronoun's head ("it: <sentence>") names none."""
    return {h for h in heads if h.partition(": ")[0] not in _THING_PRONOUNS or ": " not in h}


def _person(head: str) -> bool:
    """Whether a head names people: a people unit, an acting person ("the driver") or a
    noun of a person's ending ("the minister", "the mayor")."""
    return head in _PEOPLE or head.isalpha() and any(
        head.endswith(x) and len(head) - len(x) >= _MIN_STEM for x in _SUFFIXES)
