"""Times of day of one event: "9 p.m. Thursday" vs "2 a.m. Friday" of one night.

Two sources giving two clock times for one event on one day disagree; an evening and
the small hours of the next day can be one night, and a time told as a shift ("an hour
later") is moved before it is compared.
"""

from __future__ import annotations

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.alerts import alert_clash, notice_clash, two_notices
from consistency.structured.aliases import AliasTable
from consistency.structured.announcements import announcement_signals
from consistency.structured.arrivals import arrival_signals
from consistency.structured.clashbase import (
    event_name,
    has_words,
    same_story,
    shared_classes,
    times_agree,
)
from consistency.structured.clockparts import (
    announced_pairs,
    another_exchange,
    part_holds_clock,
    undated_part,
    zone_pairs,
)
from consistency.structured.eventclass import FAILURE, SPEECH_CLASSES, onset_classes
from consistency.structured.eventslots import EventSlot
from consistency.structured.findings import finding_pairs
from consistency.structured.firstnoticed import first_notice_signals
from consistency.structured.frames import Frame
from consistency.structured.movers import other_movers
from consistency.structured.ordertimes import order_time_signals
from consistency.structured.quantities import INCREMENT_WORDS, unit_name
from consistency.structured.staged import batches
from consistency.structured.timeanchor import (
    ClockTime,
    TimeRef,
    clocks_agree,
    days_apart,
    shifted,
)

CLOCK_SCORE = 0.6  # two times of day for one event on one day
_NIGHT_WORDS = news_facts.words("night_words")
_SMALL_HOURS_WORDS = news_facts.words("small_hours_words")
_NOT_EVENING_WORDS = news_facts.words("not_evening_words")
_NOT_SMALL_HOURS_WORDS = news_facts.words("not_small_hours_words")
_ONSETS = onset_classes()
_STARTS = news_facts.words("happening_start_classes")
_DAY = 24 * 60


def one_night(ea: EventSlot, eb: EventSlot, a: Frame, b: Frame) -> bool:
    """An evening on one date and the small hours of the next can be one night: "9 p.m.
    Thursday" and "2 a.m. Friday" of one fire do not conflict; two days apart still do,
    and so do "Monday evening" and "Tuesday night" (the later one is no small hours)."""
    for x in ea.times:
        for y in eb.times:
            step = _next_day(x, y)
            if step is None:
                continue
            (e_slot, e_frame), (l_slot, l_frame) = ((ea, a), (eb, b)) if step > 0 else (
                (eb, b), (ea, a))
            if _night_across(e_slot, e_frame, l_slot, l_frame):
                return True
    return False


def _next_day(x: TimeRef, y: TimeRef) -> int | None:
    """1 when ``y`` is the day after ``x``, -1 when the day before, else None; an undated
    weekday ("Sunday") counts from the weekday next to it ("Monday" of one week)."""
    if days_apart(x, y) == 1:
        return 1 if y.start > x.start else -1  # type: ignore[operator]
    if days_apart(x, y) is None and None not in (x.weekday, y.weekday):
        step = (y.weekday - x.weekday) % 7  # type: ignore[operator]
        return {1: 1, 6: -1}.get(step)
    return None


def _night_across(e_slot: EventSlot, e_frame: Frame, l_slot: EventSlot, l_frame: Frame) -> bool:
    """An evening (or night) on the earlier day and the small hours of the later."""
    evening = any(c.high >= 18 * 60 for c in e_slot.clocks) or has_words(e_frame, _NIGHT_WORDS)
    small = any(c.low < 6 * 60 for c in l_slot.clocks) or has_words(l_frame, _SMALL_HOURS_WORDS)
    not_evening = (e_slot.clocks and all(c.high < 18 * 60 for c in e_slot.clocks)) or (
        has_words(e_frame, _NOT_EVENING_WORDS))
    not_small = (l_slot.clocks and all(c.low >= 6 * 60 for c in l_slot.clocks)) or (
        has_words(l_frame, _NOT_SMALL_HOURS_WORDS))
    return bool((evening or small) and not (not_evening or not_small))


def clock_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str):
    """Two times of day for one event (same class, a shared name, no date against it)."""
    if not same_story(a, b, aliases, streets=True):
        return []
    slots = [(c, a.event(c), b.event(c)) for c in shared_classes(a, b)]
    slots += [(ea.cls, ea, eb) for ea, eb in finding_pairs(a, b, aliases)]  # findings.py
    slots += [(ea.cls, ea, eb) for ea, eb in announced_pairs(a, b)]  # clockparts.py
    for cls, ea, eb in slots:
        if ea is None or eb is None or not ea.clocks or not eb.clocks:
            continue
        if other_movers(cls, ea, eb):
            continue  # movers.py: "a lorry arrived", "the minister visited": two journeys
        if ea.wanted != eb.wanted:
            continue  # wanted.py: "asked to leave by 6pm" is no rival to "left at 9pm"
        if batches(ea, eb, a, b):
            continue  # staged.py: "the last customers" and "most customers" reconnected
        if another_exchange(cls, ea, eb, aliases):
            continue  # "I spoke to her this afternoon", "officers were called at 9.46am"
        if two_notices(ea, eb, a, b):
            continue  # notices.py: "notified of the spill", "notified of the road closure"
        if cls == FAILURE and not _one_thing(ea, eb):
            continue  # "the dam failed" and "the power failed": two things gave out
        if cls in _ONSETS and (has_words(a, INCREMENT_WORDS) or has_words(b, INCREMENT_WORDS)):
            continue  # "the first fell ill on Tuesday", "20 more fell ill on Friday"
        if cls in _STARTS and _two_things_began(ea, eb, a, b):
            continue  # "the fire started at 2am", "the inquiry began at 9am"
        shift = _day_shift(ea, eb)
        if shift is None:
            continue  # days apart: the date check speaks for that
        shifts = (shift,) if shift or times_agree(ea.times, eb.times, 0) else (0, -_DAY, _DAY)
        xs, ys = _narrowest(ea.clocks), _narrowest(eb.clocks)
        if shift and part_holds_clock(xs, ys):
            continue  # "yesterday morning", "9.40am the day before": the dates differ
        if undated_part(xs, ys, times_agree(ea.times, eb.times, 0)):
            continue  # "resumed this morning" of a post of the next day, "at 23:20"
        if any(clocks_agree(x, shifted(y, k)) for x, y in zone_pairs(xs, ys) for k in shifts):
            continue  # days unknown: "just before midnight" is "Saturday night"
        ca, cb = xs[0].text, ys[0].text
        return [Signal("time", CLOCK_SCORE, f"{event_name(cls)}: {ca} ({la}) vs {cb} ({lb})",
                       config.time_weight)]  # fmt: skip
    same_day = times_agree(a.times, b.times, 0) is not False
    clash = (same_day and alert_clash(a, b)) or _notice_clash(a, b, same_day)  # alerts.py
    return arrival_signals(a, b, CLOCK_SCORE, config.time_weight, la, lb) or ([  # arrivals.py
        Signal("time", CLOCK_SCORE, f"alarm: {clash[0].text} ({la}) vs {clash[1].text} "
               f"({lb})", config.time_weight)] if clash else []) or order_time_signals(
        a, b, lambda: same_story(a, b, aliases), CLOCK_SCORE, config.time_weight, la, lb) or (
        first_notice_signals(a, b, aliases, CLOCK_SCORE, config.time_weight, la, lb))


def _one_thing(ea: EventSlot, eb: EventSlot) -> bool:
    """Whether two things that gave out may be one: a head told by both, or one told by
    its broader noun (``hypernyms``: "the bus broke down", "the vehicle broke down")."""
    return any(news_facts.one_kind(x, y, unit_name) for x in ea.heads for y in eb.heads)


def _notice_clash(a: Frame, b: Frame, same_day: bool):
    """A notice timed at two moments (alerts.py), on one day or on two days next to each
    other ("11pm on Monday", "6am on Tuesday": seven hours apart)."""
    if same_day:
        return notice_clash(a, b)
    steps = {_next_day(x, y) for x in a.times for y in b.times} - {None}
    return notice_clash(a, b, steps.pop()) if len(steps) == 1 else None


def _began(slot: EventSlot, f: Frame) -> set[str]:
    """What a start event tells began: its subject ("the inquiry began"), or the event
    told at its very times of day ("the fire started at 2am": the fire), else an event
    noun told at no time ("the protest began at 1pm": the march)."""
    told = {*slot.heads} | {e.cls for e in f.events if e.cls not in _STARTS
                            and e.clocks and e.clocks == slot.clocks}  # fmt: skip
    return told or {e.cls for e in f.events if e.cls not in _STARTS | SPEECH_CLASSES
                    and not e.clocks and not e.asserted}  # fmt: skip


def _two_things_began(ea: EventSlot, eb: EventSlot, a: Frame, b: Frame) -> bool:
    """Both starts name what began, and the two are different things."""
    x, y = _began(ea, a), _began(eb, b)
    return bool(x and y and not x & y)


def _narrowest(clocks: tuple[ClockTime, ...]) -> tuple[ClockTime, ...]:
    """An event's times of day less those holding a narrower one: "shortly after 9 p.m.
    last night" happened shortly after 9, not at any time of the night."""
    return tuple(c for c in clocks if not any(
        o is not c and c.low <= o.low and o.high <= c.high and (o.low, o.high) != (c.low, c.high)
        for o in clocks))  # fmt: skip


def _day_shift(ea: EventSlot, eb: EventSlot) -> int | None:
    """Minutes to add to ``eb``'s times of day to put them on ``ea``'s clock: 0 on one
    day (or unknown days), a day either way on consecutive dates ("11 p.m. Saturday" and
    "2:15 a.m. Sunday" are 3 hours apart), None when the days are further apart."""
    if times_agree(ea.times, eb.times, 0) is not False:
        return 0
    for x in ea.times:
        for y in eb.times:
            step = _next_day(x, y)
            if step is not None:
                return step * 24 * 60
    return None


def times_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give different times of day of one event ("derailed at about
    11:40 p.m.", "came off the tracks just after nine o'clock Thursday night"): a pair
    worth comparing whatever the embeddings say."""
    return bool(clock_signals(a, b, aliases, config, "", "")) or bool(
        a.announced and same_story(a, b, aliases)  # the day one thing was made public
        and announcement_signals(a, b, config, "", ""))
