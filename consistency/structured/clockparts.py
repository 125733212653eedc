"""When two times of day told of one event class are no clash of the time of day.

Two readings kept apart from :mod:`consistency.structured.clockclash`:

* a part of a day that holds the other's clock time ("yesterday morning" and "about
  9.40am") agrees on the time of day; if the two days differ, that is a clash of dates,
  not of clocks, and the date checks speak for it;
* a part of a day on a day not known to be the other's ("normal service resumed this
  morning" in a post dated the next day, "reopened at 23:20 on Tuesday") is no rival to
  a time of day: which morning it is, the date checks say, not the clock;
* a time told in two zones ("at about 5.40am local time (0440 GMT)") is compared with
  the other's time in its own zone, when the other tells one: the other zone's reading
  is no agreement;
* a thing made public once ("the result was declared at 2.45am", "declared the result
  at 4.12am") is one event whatever the announcing verb, though talk is otherwise left
  out of the classes compared;
* an exchange between people (``exchange_classes``: a call, a meeting) happens many times
  in one story: "I spoke to her this afternoon" and "officers were called at 9.46am" are
  two calls unless both name someone taking part in them.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.aliases import AliasTable
from consistency.structured.announcements import told
from consistency.structured.eventslots import EventSlot
from consistency.structured.frames import Frame
from consistency.structured.timeanchor import ClockTime, clocks_agree

__all__ = [
    "announced_pairs", "another_exchange", "part_holds_clock", "undated_part", "zone_pairs",
]

_EXCHANGES = news_facts.words("exchange_classes")
_PART_OF_DAY_MIN = 3 * 60  # a told time this wide is a part of the day ("morning")


def part_holds_clock(xs: tuple[ClockTime, ...], ys: tuple[ClockTime, ...]) -> bool:
    """Whether a part of a day on one side holds a time of day on the other, both read on
    one clock: "yesterday morning" holds "9.40am", "this evening" holds "7.15pm"; a part
    against a part is left to the clock check."""
    return any(
        clocks_agree(x, y, 0) and _wide(x) != _wide(y) for x in xs for y in ys)  # fmt: skip


def undated_part(xs: tuple[ClockTime, ...], ys: tuple[ClockTime, ...],
                 same_day: bool | None) -> bool:
    """Whether one side tells only a part of a day ("this morning") and the two days are
    not known to be one (``same_day`` None): "this morning" in a post of the next day is
    no rival to "at 23:20" of the night before. A wide clock ("by 6pm") is no part."""
    return same_day is None and (all(c.part for c in xs) or all(c.part for c in ys))


def _wide(c: ClockTime) -> bool:
    """A part of the day ("morning"), not a time on the clock ("about 9.40am"); two parts
    of two days ("Thursday afternoon", "Friday afternoon") still clash."""
    return c.high - c.low >= _PART_OF_DAY_MIN


def another_exchange(cls: str, ea: EventSlot, eb: EventSlot, aliases: AliasTable) -> bool:
    """Whether two events of an exchange class may be two exchanges: neither shares a
    participant (a head noun, an undergoer, the people told at it: attendees.py, or a
    name) with the other."""
    if cls.lstrip("~") not in _EXCHANGES:
        return False
    if {*ea.heads, *ea.undergoers, *ea.attendees} & {*eb.heads, *eb.undergoers, *eb.attendees}:
        return False
    names_a = {aliases.canonical(n) for n in ea.args}
    return not names_a & {aliases.canonical(n) for n in eb.args}


def zone_pairs(xs: tuple[ClockTime, ...], ys: tuple[ClockTime, ...]):
    """The pairs of times of day to compare: those of one zone when the two sides share
    a zone ("5.40am local time (0440 GMT)" and "6.40am": the local times), else all."""
    same = [(x, y) for x in xs for y in ys if x.zone == y.zone]
    return same or [(x, y) for x in xs for y in ys]


def announced_pairs(a: Frame, b: Frame) -> list[tuple[EventSlot, EventSlot]]:
    """The announcing events of one thing in both claims (any announcing verb each)."""
    out = []
    for verb_a, thing in a.announced:
        for verb_b in (v for v, t in b.announced if t == thing):
            ea, eb = told(a, verb_a, thing), told(b, verb_b, thing)
            if ea is not None and eb is not None:
                out.append((ea, eb))
    return out
