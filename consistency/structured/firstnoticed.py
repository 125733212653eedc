"""When a thing was first noticed: "the drone was first spotted at around half past four"
against "the drone was first sighted at approximately 6:10pm" or "the drone was first
reported at 6:10pm".

A thing comes to notice once. A verb of noticing (``witnessing_verbs``,
``noticing_verbs`` and the verbs of ``noticing_classes``) told with an adverb of
``first_doing_adverbs`` right before it times that one moment, whichever verb each
source picks: seeing, sighting, spotting, noticing, detecting and reporting a thing first
are one noticing. Two sources of one story that time the first noticing of one thing
(a shared undergoer, by no two different names: lasttimes.one_act) at times of day that
cannot meet, on days that can, disagree. "Last seen" and a thing told as one more
("a second drone was first spotted") stay apart.
"""

from __future__ import annotations

import re

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.clashbase import times_agree
from consistency.structured.eventslots import EventSlot
from consistency.structured.lasttimes import one_act, verb_among
from consistency.structured.timeanchor import clocks_agree

__all__ = ["first_noticings", "first_notice_keys", "first_notice_signals"]

_CLASSES = news_facts.classes("predicate_classes")
_NOTICING = frozenset(
    news_facts.words("witnessing_verbs") | news_facts.words("noticing_verbs")
    | {v for c in news_facts.words("noticing_classes") for v in _CLASSES.get(c, ())})
_FIRST = "|".join(re.escape(w) for w in sorted(news_facts.words("first_doing_adverbs"),
                                               key=len, reverse=True))  # fmt: skip
_FIRST_VERB = re.compile(rf"\b(?:{_FIRST})\s+(?:been\s+|being\s+)?(\w+)", re.IGNORECASE)


def _told_first(e: EventSlot, text: str) -> bool:
    """The event's own verb follows "first" ("first spotted", "first been seen")."""
    return verb_among(e, _FIRST_VERB.findall(text))


def first_noticings(f) -> list[EventSlot]:
    """The frame's events that time a thing's first noticing: a noticing verb told with
    "first", done to a thing, at a time of day, as done."""
    return [e for e in f.events
            if e.predicate.lower() in _NOTICING and e.clocks and e.acted_on and e.undergoers
            and not e.negated and e.tense != "future" and _told_first(e, f.text)]  # fmt: skip


def first_notice_keys(f) -> set[tuple[str, ...]]:
    """("clock", "first noticed", thing) of each first noticing: two claims pair when the
    times differ (clockclash.times_differ keeps those that clash)."""
    return {("clock", "first noticed", u) for e in first_noticings(f) for u in e.undergoers}


def first_notice_signals(a, b, aliases, score: float, weight: float, la: str,
                         lb: str) -> list[Signal]:  # fmt: skip
    """A time signal when ``a`` and ``b`` time one thing's first noticing at two times of
    day that cannot be one moment, on days that can be one."""
    for ea in first_noticings(a):
        for eb in first_noticings(b):
            if not one_act(ea, eb, a.text, b.text, aliases):
                continue  # two things noticed, or one told as another
            if times_agree(ea.times, eb.times, 0) is False:
                continue  # two days: the date check speaks for that
            pairs = [(x, y) for x in ea.clocks for y in eb.clocks if x.zone == y.zone]
            if not pairs or any(clocks_agree(x, y) for x, y in pairs):
                continue
            thing = sorted(set(ea.undergoers) & set(eb.undergoers))[0]
            return [Signal("time", score, f"first noticed ({thing}): {ea.clocks[0].text} ({la}) "
                           f"vs {eb.clocks[0].text} ({lb})", weight)]
    return []
