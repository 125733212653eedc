"""An act done to someone against an act told only by its doer: "a guard was attacked"
and "the gang struck".

A source that denies what was done to one participant ("reports that a guard was attacked
are untrue", "the driver was not shot") says nothing against another telling the event
with no one it was done to, only who did it ("the gang struck late on Sunday", "the
gunman opened fire"): the raid happened, the guard may still be unharmed. Both are one
event only where the doer is the one it was done to ("the ferry sank", "the ferry was
not sunk"), so the check stays off when the two share a participant.
"""

from __future__ import annotations

from consistency.structured.causes import HAPPENING
from consistency.structured.eventclass import NOUN_CLASS, OCCURRENCE_PHRASES
from consistency.structured.eventslots import EventSlot

__all__ = ["doer_against_done_to"]


def _doer(e: EventSlot) -> bool:
    """The event names a participant, not an event noun ("bring charges") or the object
    of an occurrence ("an evacuation took place")."""
    return bool(e.undergoers) and not any(
        u in NOUN_CLASS or u in HAPPENING or (e.predicate, u) in OCCURRENCE_PHRASES
        for u in e.undergoers)


def doer_against_done_to(ea: EventSlot, eb: EventSlot) -> bool:
    """Whether one event is done to named participants and the other, not done to anyone,
    names only its own subject, which the first names nowhere ("Northwind will close the
    depot" names the Northwind that "will keep it open")."""
    for done, doer in ((ea, eb), (eb, ea)):
        if not done.acted_on or doer.acted_on or not done.undergoers or not _doer(doer):
            continue
        ours = set(done.undergoers) | set(done.wholes) | set(done.heads)
        theirs = set(doer.undergoers) | set(doer.heads)
        if not ours & (theirs | set(doer.wholes)):
            return True
    return False
