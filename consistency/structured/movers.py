"""Goings of different movers: "the first lorry arrived just after 8am" and "the chief
executive visited the station on Wednesday afternoon" are two journeys, as "fans left the
main stage late on Saturday" and "leaving the arena on Sunday night" are two leavings.

A coming or going (``mover_classes``: travel, leave, return ...) is one event only with
one mover or one place: two goings whose doers and places (the heads of their subject and
object) and names all differ are two goings, whose times of day do not clash.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.clashbase import event_name
from consistency.structured.eventslots import EventSlot

__all__ = ["other_movers"]

_MOVERS = news_facts.words("mover_classes")


def other_movers(cls: str, ea: EventSlot, eb: EventSlot) -> bool:
    """Whether ``ea`` and ``eb`` of class ``cls`` are goings of different movers."""
    if event_name(cls) not in _MOVERS or not ea.heads or not eb.heads:
        return False
    return not set(ea.heads) & set(eb.heads) and not set(ea.args) & set(eb.args)
