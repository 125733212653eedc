"""The day one thing is to undergo a planned event: "the branch will reopen on Thursday"
vs "the branch will stay closed until next Monday". A plan names no actor, so the
shared name :func:`~consistency.structured.conflicts._event_signals` asks for is not
there; the thing the plan is about (one head noun, told by both, the same story)
keys it instead; a place the plan is told at ("births at the Linden centre will stop")
names no actor and is let in. Past events ("the branch reopened on Monday") may be another
occasion and stay out; so do guesses, lower bounds ("until at least"), batches ("the
first branches") and things with different owners ("the Leeds branch", "the York
branch").
"""

from __future__ import annotations

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.clashbase import event_name, time_text, times_agree
from consistency.structured.eventslots import EventSlot
from consistency.structured.frames import Frame
from consistency.structured.staged import batches

_FUTURE = "future"
_PLAN_BATCH = news_facts.words("plan_batch_words")


def planned_day_signals(a: Frame, b: Frame, story, score: float, weight: float,
                        la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A time signal when ``a`` and ``b`` plan one event of one thing on two days;
    ``story()`` says whether the two claims can be about one story."""
    for cls in (c for c in a.classes if c in b.classes):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None or not (_planned(ea) and _planned(eb)):
            continue
        things = set(ea.heads) & set(eb.heads)
        if not things or _actors(ea) or _actors(eb) or _owners_differ(ea, eb):
            continue
        if times_agree(ea.times, eb.times, 0) is not False or batches(ea, eb, a, b, _PLAN_BATCH):
            continue
        if not story():
            return []
        thing = sorted(things)[0]
        text = f"{thing} {event_name(cls)}: {time_text(ea.times)} ({la}) vs {time_text(eb.times)} ({lb})"  # noqa: E501
        return [Signal("time", score, text, weight)]
    return []


def _planned(e: EventSlot) -> bool:
    """A plan told as such: future, asserted, not negated, not a guess or a lower bound."""
    return (e.tense == _FUTURE and e.asserted and not e.negated and not e.guess
            and not e.not_before and bool(e.times) and not e.embedded)  # fmt: skip


def _actors(e: EventSlot) -> set[str]:
    """The names a plan's event takes part with, less its places: "births at the Linden
    Birth Centre will stop" names where, not who; two named places that differ are two
    things ("the Leeds branch", "the York branch"), which :func:`_owners_differ` tells."""
    return set(e.args) - set(e.places)


def _owners_differ(ea: EventSlot, eb: EventSlot) -> bool:
    """"the Leeds branch" and "the York branch": one head, two owners."""
    mine, theirs = dict(ea.owners), dict(eb.owners)
    if ea.places and eb.places and not set(ea.places) & set(eb.places):
        return True  # "stop at the Linden centre", "stop at the Ashby unit"
    return any(mine[h] != theirs[h] for h in mine.keys() & theirs.keys()) or (
        bool(mine) != bool(theirs))
