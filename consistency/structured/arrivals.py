"""Work begun before its doers arrived: "The contractors arrived at about 10am on Tuesday"
vs "Contractors began work at around 6:30am".

People start their work where they arrive only after arriving, so one source's start by
a doer at a time of day well before another source's arrival of that doer on that day
disagrees with it, though the two are events of two classes that the clock check of one
class never compares (clockclash.py). An arrival after a start ("began at 6.30am", "the
second crew arrived at 10am") is no rival; nor a part of a day ("this morning").
"""

from __future__ import annotations

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.clashbase import times_agree
from consistency.structured.timeanchor import clocks_agree

__all__ = ["arrival_keys", "arrival_signals", "start_before_arrival"]

_ARRIVALS = news_facts.words("arrival_verbs")
_STARTS = news_facts.words("happening_start_classes")


def start_before_arrival(a, b):
    """(start, arrival) events, one of each claim, when one doer's work began well before
    that doer arrived on one day; else None."""
    for x, y in ((a, b), (b, a)):
        for start in _timed(x, lambda e: e.cls in _STARTS):
            for came in _timed(y, lambda e: e.predicate in _ARRIVALS):
                if not set(start.heads) & set(came.heads):
                    continue  # "began at 6.30am", "the inspector arrived at 10am"
                if times_agree(start.times, came.times, 0) is False:
                    continue  # two days
                if all(s.high < c.low and not clocks_agree(s, c)
                       for s in start.clocks for c in came.clocks):  # fmt: skip
                    return start, came
    return None


def arrival_signals(a, b, score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """A time signal for work begun before its doers arrived (:func:`start_before_arrival`)."""
    early = start_before_arrival(a, b)
    if not early:
        return []
    start, came = early
    sa, sb = (la, lb) if start in a.events else (lb, la)
    return [Signal("time", score, f"began {start.clocks[0].text} ({sa}) before arriving "
                   f"{came.clocks[0].text} ({sb})", weight)]  # fmt: skip


def _timed(f, kind) -> list:
    """The told past events of ``kind`` with times of day of a clock (not a day's part)."""
    return [e for e in f.events if kind(e) and e.clocks and e.asserted and not e.negated
            and e.tense == "past" and e.modality is None
            and not any(c.part for c in e.clocks)]  # fmt: skip


def arrival_keys(f) -> set[tuple[str, ...]]:
    """Candidate keys of timed starts and arrivals by their doers: such claims meet
    whatever their verbs (clockclash.times_differ keeps those that clash)."""
    kinds = (lambda e: e.cls in _STARTS, lambda e: e.predicate in _ARRIVALS)
    return {("clock", "arrival", h) for kind in kinds for e in _timed(f, kind) for h in e.heads}
