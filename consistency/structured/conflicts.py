"""Slot-by-slot comparison of two claim frames: place, time, number, title, speaker.

Each disagreement becomes a :class:`~consistency.types.Signal` with a one-line
explanation. Whether the two claims describe the same event at all is judged too: dates
far apart, a plan against a past event, or a recurring event ("the annual OSCE meeting")
mark them ``maybe_different_events``; the score is lowered but the signal is kept, since
"a different meeting" is the reader's call, not ours.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.acts import act_clash, act_signals
from consistency.structured.ages import age_signals
from consistency.structured.alerts import alert_clash
from consistency.structured.aliases import AliasTable
from consistency.structured.announcements import announcement_signals
from consistency.structured.bases import base_signals, one_org
from consistency.structured.causes import GERMS, HAPPENING
from consistency.structured.conditions import condition_clash, condition_signals
from consistency.structured.damages import damage_clash, damage_signals
from consistency.structured.fillers import filler_signals, one_act
from consistency.structured.frames import (
    FAILURE,
    SPEECH_CLASSES,
    EventSlot,
    Frame,
    onset_classes,
)
from consistency.structured.holdings import loads_differ
from consistency.structured.injuries import injury_clash, injury_signals
from consistency.structured.leadups import alike
from consistency.structured.money import price_signals, prices_differ
from consistency.structured.offices import one_office
from consistency.structured.outcomes import outcome_clash, outcome_signals
from consistency.structured.patients import group_label, one_group  # or one person
from consistency.structured.plunges import plunge_clash, plunge_signals
from consistency.structured.quantities import (
    SPEED_UNITS,
    Quantity,
    estimate_exceeds,
    quantities_agree,
    reach_estimate,
    relative_gap,
    unit_name,
)
from consistency.structured.relocations import relocation_clash, relocation_signals
from consistency.structured.spots import spot_clash, spot_signals
from consistency.structured.sums import sum_signals, sums_clash
from consistency.structured.timeanchor import (
    WEEKDAYS,
    ClockTime,
    TimeRef,
    clocks_agree,
    days_apart,
    times_compatible,
)
from consistency.structured.titles import orgs_differ
from consistency.structured.whereabouts import whereabout_clash, whereabout_signals

log = logging.getLogger(__name__)

__all__ = [
    "Comparison", "compare", "could_conflict", "denied_happenings", "destinations_differ",
    "measures_differ", "quote_words", "quotes_differ", "spots_differ", "told_happenings",
]  # fmt: skip

# Base strength of each kind before the config weight; weak evidence scales them down.
LOCATION_SCORE = 0.8
TIME_SCORE = 0.7
ROLE_SCORE = 0.7
DISPUTE_SCORE = 0.7
NUMBER_SCORE, NUMBER_GAP_SCORE = 0.55, 0.35  # 0.55 for a near miss, up to 0.9 when far apart
INHERITED_FACTOR = 0.6  # a time taken from the previous sentence is weaker evidence
NEGATION_SCORE = 0.7  # one source says it happened (or will), the other that it did not
CAUSE_SCORE = 0.6  # two different causes given for one event
CLOCK_SCORE = 0.6  # two times of day for one event on one day
_NIGHT_WORDS = news_facts.words("night_words")
_SMALL_HOURS_WORDS = news_facts.words("small_hours_words")
_NOT_EVENING_WORDS = news_facts.words("not_evening_words")
_NOT_SMALL_HOURS_WORDS = news_facts.words("not_small_hours_words")
_WEEKDAY_NAMES = tuple(d.title() for d in WEEKDAYS)
_EVENTS = load().events
_HAPPENINGS = frozenset(HAPPENING.values())  # "~explosion": an event named by its noun
_TWO_PARTY = frozenset(_EVENTS.two_party_classes)
_ONSETS = onset_classes()
_INCREMENTS = news_facts.words("increment_before") | news_facts.words("increment_after")


@dataclass(frozen=True)
class Comparison:
    """What :func:`compare` found; ``speakers_differ`` lets scoring call an NLI
    contradiction between two different speakers a dispute."""

    signals: tuple[Signal, ...]
    maybe_different_events: bool
    different_event_reason: str | None
    dispute: bool
    naming_only: bool
    speakers_differ: bool = False
    label_a: str = ""
    label_b: str = ""


def _canon(names, aliases: AliasTable, kind: str | None = None) -> set[str]:
    out = set()
    for n in names:
        c = aliases.canonical(n)
        if kind is None or (aliases.kind(c) or kind) == kind:
            out.add(c)
    return out


def _people(f: Frame, aliases: AliasTable) -> set[str]:
    names = (*f.names, *f.subjects, *f.objects)
    return {c for c in _canon(names, aliases) if aliases.kind(c) == "person"}


def _entities(f: Frame, aliases: AliasTable) -> set[str]:
    return _canon(f.names, aliases)


def _short(name: str) -> str:
    return name.split()[-1] if name else name


def _time_text(times: tuple[TimeRef, ...]) -> str:
    if not times:
        return ""
    t = times[0]
    if t.resolved and t.start == t.end:
        return f"{_WEEKDAY_NAMES[t.start.weekday()]} {t.start.isoformat()}"  # type: ignore[union-attr]
    if t.weekday is not None:
        return _WEEKDAY_NAMES[t.weekday] + (" (previous sentence)" if t.inherited else "")
    return t.text


def _times_agree(a: tuple[TimeRef, ...], b: tuple[TimeRef, ...], window: int) -> bool | None:
    """True if some pair of times can match, False if every known pair clashes, None if unknown."""
    verdicts = [times_compatible(x, y, window) for x in a for y in b]
    known = [v for v in verdicts if v is not None]
    if not known:
        return None
    return any(known)


def _different_events(
    ea: EventSlot, eb: EventSlot, a: Frame, b: Frame, window: int
) -> str | None:
    reasons = []
    gaps = [d for x in ea.times for y in eb.times if (d := days_apart(x, y)) is not None]
    if gaps and min(gaps) > window:
        reasons.append(f"the dates are {min(gaps)} days apart")
    if {ea.tense, eb.tense} == {"future", "past"}:
        reasons.append("one is a plan, the other a past event")
    if a.recurring or b.recurring:
        reasons.append("the event recurs (e.g. an annual meeting)")
    return "; ".join(reasons) or None


def _needs_two(cls: str) -> bool:
    """Events between parties (a meeting, a call) are only the same with the same parties."""
    return cls in _TWO_PARTY


def _event_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> tuple[list[Signal], str | None]:
    """Location and time signals for the first event class both claims share.

    A meeting or call is the same event only with the same two parties; other events
    (an attack, a deployment) need one shared actor (person or organisation) for a place
    conflict, or any name shared by the two events for a time conflict.
    """
    shared_people = _people(a, aliases) & _people(b, aliases)
    shared_orgs = _canon(a.orgs, aliases, "org") & _canon(b.orgs, aliases, "org")
    for cls in (c for c in a.classes if c in b.classes and c not in SPEECH_CLASSES):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None:
            continue
        places_a = _canon(ea.places, aliases, "place") - shared_people
        places_b = _canon(eb.places, aliases, "place") - shared_people
        if _needs_two(cls):
            if len(shared_people) < 2:
                continue  # Blinken meeting Zelensky vs Blinken meeting Lavrov: two meetings
            actors = shared_people
        else:
            # the shared name must take part in this event, not just occur in the sentence
            shared_args = _canon(ea.args, aliases) & _canon(eb.args, aliases) or (
                _shared_happening(ea, eb))
            if not shared_args or any(t.inherited for t in (*ea.times, *eb.times)):
                continue
            actors = shared_args & (shared_people | shared_orgs)
        who = "–".join(sorted(_short(p) for p in (actors or shared_args)))
        label = f"{who} {_EVENTS.class_labels.get(cls, _event_name(cls))}"
        return _place_time(ea, eb, a, b, (label, la, lb), actors, places_a, places_b, config)
    return [], None


def _happening(lemma: str) -> str | None:
    return HAPPENING.get(lemma) or _EVENTS.noun_classes.get(lemma)


def _shared_happening(ea: EventSlot, eb: EventSlot) -> set[str]:
    """The happening two nameless events befell, as {its name}: "discovered the attack on
    Friday" and "the attack was detected on Sunday" tell of one discovery of one attack
    ("the blaze was contained", "the fire was contained" of one fire). Events naming their
    own participants must share one instead (see :func:`_event_signals`)."""
    if ea.args or eb.args:
        return set()
    mine = {h for u in ea.undergoers if (h := _happening(u))}
    return mine & {h for u in eb.undergoers if (h := _happening(u))}


def _place_time(ea, eb, a, b, labels, actors, places_a, places_b, config: ScoreConfig):
    label, la, lb = labels
    reason = _different_events(ea, eb, a, b, config.event_window_days)
    far_apart = reason is not None and reason.startswith("the dates")
    signals: list[Signal] = []
    if actors and places_a and places_b and not places_a & places_b and not far_apart:
        where_a = ", ".join(sorted(places_a)) + (f", {_time_text(ea.times)}" if ea.times else "")
        where_b = ", ".join(sorted(places_b)) + (f", {_time_text(eb.times)}" if eb.times else "")
        signals.append(Signal("location", LOCATION_SCORE,
                              f"{label}: {where_a} ({la}) vs {where_b} ({lb})",
                              config.location_weight))  # fmt: skip
    clash = _times_agree(ea.times, eb.times, 0) is False and not _one_night(ea, eb, a, b) and (
        not (ea.not_before or eb.not_before))  # a bound: see _bound_signals
    if clash and not far_apart:
        inherited = any(t.inherited for t in (*ea.times, *eb.times))
        score = TIME_SCORE * (INHERITED_FACTOR if inherited else 1.0)
        when_a, when_b = _time_text(ea.times), _time_text(eb.times)
        signals.append(Signal("time", score, f"{label}: {when_a} ({la}) vs {when_b} ({lb})",
                              config.time_weight))  # fmt: skip
    return signals, reason


def same_story(a: Frame, b: Frame, aliases: AliasTable, ignore: frozenset[str] = frozenset()
               ) -> bool:  # fmt: skip
    """Whether two claims' names let them be about one event: a shared name, or no name
    of one kind (person, organisation, place) that differs, one inside the other counting
    as the same ("Karsten", "Karsten City Hall"). "60 firefighters at the Harlow plant"
    and "100 firefighters in Millbrook" may be one fire; "in Millbrook" and "in Salem"
    are not. Names in ``ignore`` (the slot compared, e.g. two venues) are left out."""
    ea, eb = _entities(a, aliases) - ignore, _entities(b, aliases) - ignore
    if ea & eb:
        return True
    # who says it is no part of what happened: two officials telling one event
    ea, eb = ea - _speaker(a, aliases), eb - _speaker(b, aliases)
    for kind in ("person", "org", "place"):
        ka = {n for n in ea if aliases.kind(n) == kind}
        kb = {n for n in eb if aliases.kind(n) == kind}
        if ka and kb and not any(_nested(x, y) for x in ka for y in kb):
            return False
    return True


def _speaker(f: Frame, aliases: AliasTable) -> set[str]:
    """The canonical name of the claim's speaker, as a set (empty when unattributed)."""
    return {aliases.canonical(f.attribution.speaker)} if f.attribution else set()


def _one_name(x: str, y: str, aliases: AliasTable) -> bool:
    """One name, or one inside the other, once canonical ("Meridian", "Meridian Group")."""
    return _nested(aliases.canonical(x), aliases.canonical(y))


def _nested(x: str, y: str) -> bool:
    """One name inside the other: "Karsten" and "Karsten City Hall", "City Hall"."""
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return wx <= wy or wy <= wx


def _one_night(ea: EventSlot, eb: EventSlot, a: Frame, b: Frame) -> bool:
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
    evening = any(c.high >= 18 * 60 for c in e_slot.clocks) or _has(e_frame, _NIGHT_WORDS)
    small = any(c.low < 6 * 60 for c in l_slot.clocks) or _has(l_frame, _SMALL_HOURS_WORDS)
    not_evening = (e_slot.clocks and all(c.high < 18 * 60 for c in e_slot.clocks)) or (
        _has(e_frame, _NOT_EVENING_WORDS))
    not_small = (l_slot.clocks and all(c.low >= 6 * 60 for c in l_slot.clocks)) or (
        _has(l_frame, _NOT_SMALL_HOURS_WORDS))
    return bool((evening or small) and not (not_evening or not_small))


def _has(f: Frame, words: frozenset[str]) -> bool:
    return bool(set(re.findall(r"[a-z]+", f.text.lower())) & words)


def _clock_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str):
    """Two times of day for one event (same class, a shared name, no date against it)."""
    if not same_story(a, b, aliases):
        return []
    for cls in (c for c in a.classes if c in b.classes and c not in ("say", "deny", "warn")):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None or not ea.clocks or not eb.clocks:
            continue
        if cls == FAILURE and not set(ea.heads) & set(eb.heads):
            continue  # "the dam failed" and "the power failed": two things gave out
        if cls in _ONSETS and (_has(a, _INCREMENTS) or _has(b, _INCREMENTS)):
            continue  # "the first fell ill on Tuesday", "20 more fell ill on Friday"
        shift = _day_shift(ea, eb)
        if shift is None:
            continue  # days apart: the date check speaks for that
        shifts = (shift,) if shift or _times_agree(ea.times, eb.times, 0) else (0, -_DAY, _DAY)
        xs, ys = _narrowest(ea.clocks), _narrowest(eb.clocks)
        if any(clocks_agree(x, _shifted(y, k)) for x in xs for y in ys for k in shifts):
            continue  # days unknown: "just before midnight" is "Saturday night"
        ca, cb = _clock_text(xs[0]), _clock_text(ys[0])
        return [Signal("time", CLOCK_SCORE, f"{_event_name(cls)}: {ca} ({la}) vs {cb} ({lb})",
                       config.time_weight)]  # fmt: skip
    clash = _times_agree(a.times, b.times, 0) is not False and alert_clash(a, b)  # alerts.py
    return [Signal("time", CLOCK_SCORE, f"alarm: {clash[0].text} ({la}) vs {clash[1].text} "
                   f"({lb})", config.time_weight)] if clash else []  # fmt: skip


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
    if _times_agree(ea.times, eb.times, 0) is not False:
        return 0
    for x in ea.times:
        for y in eb.times:
            step = _next_day(x, y)
            if step is not None:
                return step * 24 * 60
    return None


def _shifted(c: ClockTime, minutes: int) -> ClockTime:
    return dataclasses.replace(c, low=c.low + minutes, high=c.high + minutes)


def _clock_text(c: ClockTime) -> str:
    return c.text


def _event_name(cls: str) -> str:
    return cls.lstrip("~")


def _polarity_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One source says an event happened (or will happen), the other that it did not (or
    will not): same event class, a shared name, the same tense (a plan against a plan)."""
    if not same_story(a, b, aliases):
        return []
    for cls in (c for c in a.classes if c in b.classes and c not in ("say", "deny", "warn")):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None or (ea.tense == "future") != (eb.tense == "future"):
            continue
        if ea.modality == "possible" or eb.modality == "possible":
            continue  # "could close" is no claim that it will
        if ea.not_before or eb.not_before:
            continue  # "closed for at least a month" times the reopening: _bound_signals
        if not (ea.asserted and eb.asserted):
            continue  # "in case it does not", "the threat of an invasion": no claim either way
        if cls.startswith("~") and cls[1:] not in _HAPPENINGS and not (
                set(ea.heads) & set(eb.heads)):  # fmt: skip
            continue  # a verb of no listed class tells one event only about one thing
        if ea.heads and eb.heads and not _same_participants(ea, eb):
            continue  # "the driver was not hurt" and "45 passengers were hurt"
        if _other_undergoers(ea, eb):
            continue  # "the gunman attacked a school", "... did not attack the station"
        if _other_owners(ea, eb, aliases):
            continue  # "its Riverton depot" and "its Denton depot"
        if _apart(ea.times, eb.times):
            continue  # "closed on Friday", "will reopen on Monday": one after the other
        na, nb = _denied(ea, a), _denied(eb, b)
        if na == nb:
            continue
        yes, no = (la, lb) if nb else (lb, la)
        verb = "will" if ea.tense == "future" else "did"
        return [Signal("negation", NEGATION_SCORE,
                       f"{_event_name(cls)}: {yes} says it {verb}, {no} says it {verb} not",
                       1.0)]  # fmt: skip
    return []


def _apart(x: tuple[TimeRef, ...], y: tuple[TimeRef, ...]) -> bool:
    """Both timed to known days in their own words (not a day taken from the sentence
    before), and no day of one within the other's."""
    xs = [t for t in x if t.resolved and not t.inherited]
    ys = [t for t in y if t.resolved and not t.inherited]
    return bool(xs and ys) and not any(
        p.start <= q.end and q.start <= p.end for p in xs for q in ys)  # type: ignore[operator]


def _bound_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One source times an event before the earliest time the other allows it: "orders
    will be lifted on Tuesday" against "will remain in place until at least next weekend"
    (dates far apart are no sign of two events here: the bound says it is later)."""
    if not same_story(a, b, aliases):
        return []
    shared = set(a.classes) & set(b.classes) - SPEECH_CLASSES
    # every event of a class: "would stay shut on Monday and reopen on Tuesday"
    for ea, eb in ((x, y) for x in a.events for y in b.events if x.cls == y.cls in shared):
        cls = ea.cls
        if ea.not_before == eb.not_before:
            continue
        (at, la_), (bound, lb_) = ((ea, la), (eb, lb)) if eb.not_before else ((eb, lb), (ea, la))
        if at.negated or at.modality == "possible" or not (at.asserted and bound.asserted):
            continue
        if at.heads and bound.heads and not _same_participants(at, bound) and not (
                _pronoun_only(at) or _pronoun_only(bound)):  # fmt: skip
            continue  # "it will stay shut until at least June": the thing of the story
        early = [(x, y) for x in at.times for y in bound.times
                 if x.resolved and y.resolved and x.end < y.start]  # type: ignore[operator]
        if early:
            x, y = early[0]
            return [Signal("time", TIME_SCORE, f"{_event_name(cls)}: {x.text} ({la_}) vs not "
                           f"before {y.text} ({lb_})", config.time_weight)]  # fmt: skip
    return []


_OUTCOMES = news_facts.words("exclusive_outcomes")
_PEOPLE = unit_name("people")


def _fates(f: Frame) -> list[tuple[EventSlot, str]]:
    """(event, whom it befell) for each asserted fate of ``exclusive_outcomes`` of one
    participant ("the suspect"), not a count or a group ("two people")."""
    return [(e, h) for e in f.events if e.cls in _OUTCOMES and e.asserted and not e.negated
            and e.modality != "possible" and not e.quantities and not e.embedded
            for h in e.undergoers if h != _PEOPLE]  # fmt: skip


def _fate_clash(a: Frame, b: Frame) -> tuple[EventSlot, EventSlot, str] | None:
    """Two fates of one person that exclude each other, each told by one claim only."""
    for ea, who in _fates(a):
        for eb, other in _fates(b):
            if who == other and ea.cls != eb.cls and ea.cls not in b.classes and (
                    eb.cls not in a.classes) and (ea.tense == "future") == (  # fmt: skip
                    eb.tense == "future"):
                return ea, eb, who
    return None


def _outcome_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One person given two fates that exclude each other: "officers shot the suspect
    dead" and "the suspect was arrested at the scene"."""
    clash = _fate_clash(a, b)
    if clash is None or not same_story(a, b, aliases):
        return []
    ea, eb, who = clash
    return [Signal("negation", NEGATION_SCORE, f"the {who}: {_event_name(ea.cls)} ({la}) vs "
                   f"{_event_name(eb.cls)} ({lb})", 1.0)]  # fmt: skip


def _pronoun_only(e: EventSlot) -> bool:
    """The event's participants are only pronouns of a thing ("it", see frames._heads)."""
    return all(": " in h for h in e.heads)


def _same_participants(ea: EventSlot, eb: EventSlot) -> bool:
    """A subject or object shared, or one side's the whole the other's belong to ("the
    building was evacuated", "residents of the building were evacuated"); "the driver of
    the bus" and "passengers of the bus" are still two."""
    ha, hb = set(ea.heads), set(eb.heads)
    return bool(ha & hb or ha & set(eb.wholes) or hb & set(ea.wholes))


def _other_undergoers(ea: EventSlot, eb: EventSlot) -> bool:
    """Both events name what they were done to and share none of it (nor a whole of it):
    two acts, so one told and the other denied is no contradiction. ("Talks will resume"
    is done to nothing: its subject is what resumes, and "negotiations" may be the talks.)"""
    ua, ub = set(ea.undergoers), set(eb.undergoers)
    if not (ea.acted_on and eb.acted_on and ua and ub):
        return False
    return not (ua & ub or ua & set(eb.wholes) or ub & set(ea.wholes))


def _other_owners(ea: EventSlot, eb: EventSlot, aliases: AliasTable) -> bool:
    """One thing named differently in each event ("the Riverton depot", "the Denton
    depot"), neither name inside the other."""
    for head, name in ea.owners:
        for head_b, name_b in eb.owners:
            x, y = aliases.canonical(name), aliases.canonical(name_b)
            if head == head_b and not _nested(x, y):
                return True
    return False


def _denied(e: EventSlot, f: Frame) -> bool:
    """The event negated, or reported through a denial ("X denied that ...")."""
    attributed_denial = f.attribution is not None and f.attribution.negated
    return e.negated != (attributed_denial and e.cls == f.predicate_class and not e.embedded)


def causes_differ(a: Frame, b: Frame, aliases: AliasTable) -> bool:
    """Whether the claims give different causes of one thing, or one cause and its denial:
    what makes a pair worth comparing whatever the embeddings say."""
    return bool(_cause_signals(a, b, aliases, "", ""))


_MEASURES = news_facts.words("measure_units")
FIRM_WIDTH = 1.5  # a firm count's high at most this times its low ("about 30", not "dozens")
SCOPE_GAP = 0.9  # counts further apart than this (relative) count other scopes: 8 vs 2,000


def _firm(q: Quantity) -> bool:
    """A count of people or things told as one number ("six", "about 30"), not a vague
    one ("dozens"), a bound ("at least 10") or a measure ("40-foot", "two years")."""
    return bool(q.unit) and q.unit not in _MEASURES and q.low > 0 and (
        q.high <= FIRM_WIDTH * q.low)


_CALENDAR = frozenset(d.lower() for d in WEEKDAYS) | frozenset(
    w for forms in load().time.months for w in forms)


def _anchors(f: Frame, aliases: AliasTable) -> set[str]:
    """What names the claim's story, not its speaker or its day: its names, and its
    capitalised words after the first (NER misses names it never saw: "the Solveig")."""
    words = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][\w'-]+", f.text)}
    speaker = {w.lower() for n in _speaker(f, aliases) for w in n.split()}
    if f.attribution:
        speaker |= {w.lower() for w in f.attribution.speaker.split()}
    names = {n.lower() for n in _entities(f, aliases)}
    return (names | words) - speaker - _CALENDAR


def _firm_counts(f: Frame) -> list[Quantity]:
    counts = (*f.quantities, *(q for e in f.events for q in e.quantities),
              *(c.quantity for c in f.counts))  # fmt: skip
    return [q for q in counts if _firm(q)]


def counts_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give different firm counts of one thing in one event, sharing a
    name ("Six passengers died when the Solveig capsized", "the death toll from the
    Solveig disaster rose to nine"): a pair worth comparing whatever the embeddings say.
    Counts of one scope only: "eight killed on Friday" and "killed some 2,000 this year"
    are two tolls of one war."""
    if not (_anchors(a, aliases) & _anchors(b, aliases) or loads_differ(a, b)):
        return False  # a load needs no name: holdings.py
    if not any(x.unit == y.unit and relative_gap(x, y) < SCOPE_GAP
               and not quantities_agree(x, y, _tolerance(x, y, config))
               for x in _firm_counts(a) for y in _firm_counts(b)):  # fmt: skip
        return False
    return bool(_number_signals(a, b, aliases, config, "", ""))


def times_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give different times of day of one event ("derailed at about
    11:40 p.m.", "came off the tracks just after nine o'clock Thursday night"): a pair
    worth comparing whatever the embeddings say."""
    return bool(_clock_signals(a, b, aliases, config, "", "")) or bool(
        a.announced and same_story(a, b, aliases)  # the day one thing was made public
        and announcement_signals(a, b, config, "", ""))


def _cause_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """Two different causes given for the same thing ("the fire") in claims sharing a name."""
    if not a.causes or not b.causes or not same_story(a, b, aliases):
        return []
    for ca in a.causes:
        for cb in b.causes:
            if ca.effect != cb.effect or not ca.effect:
                continue
            if ca.owner and cb.owner and ca.owner != cb.owner:
                continue  # "a wave swamped the lifeboat", "the sinking of the ferry"
            if (ca.cause in GERMS) != (cb.cause in GERMS):
                continue  # a germ and what carried it: "salmonella", "a batch of chicken"
            same = ca.cause == cb.cause or ca.cause in cb.text.lower() or (
                cb.cause in ca.text.lower()) or alike(ca, cb)
            if same and ca.denied != cb.denied:  # "was deliberate" / "no evidence it was"
                yes, no = (ca, cb) if cb.denied else (cb, ca)
                ly, ln = (la, lb) if cb.denied else (lb, la)
                return [Signal("cause", CAUSE_SCORE, f"cause of the {ca.effect}: {yes.text} "
                               f"({ly}) vs not {no.text} ({ln})", 1.0)]  # fmt: skip
            if same or ca.denied or cb.denied:
                continue  # one cause; or a cause ruled out is no other cause
            return [Signal("cause", CAUSE_SCORE,
                           f"cause of the {ca.effect}: {ca.text} ({la}) vs {cb.text} ({lb})", 1.0)]
    return []


def told_happenings(f: Frame) -> set[str]:
    """Happenings the claim tells as fact or as a cause not denied."""
    return set(f.happenings) | {HAPPENING[c.cause] for c in f.causes
                                if c.cause in HAPPENING and not c.denied}


def denied_happenings(f: Frame) -> set[str]:
    """Happenings the claim denies as a whole: "there was no fire", "no fire took place"
    (denied with no participant named)."""
    return {e.cls[1:] for e in f.events if e.negated and (e.whole_denial or not e.heads)
            and e.asserted and e.tense != "future" and e.cls[1:] in _HAPPENINGS}  # fmt: skip


def _happening_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str
                       ) -> list[Signal]:  # fmt: skip
    """A happening one claim tells as fact or as a cause ("flames were seen", "a methane
    explosion triggered the collapse") and the other denies as a whole ("there was no
    fire", "found no sign of an explosion")."""
    for (x, lx), (y, ly) in (((a, la), (b, lb)), ((b, lb), (a, la))):
        denied = denied_happenings(y)
        if not denied or not same_story(a, b, aliases) or _apart(x.times, y.times):
            continue
        for c in x.causes:
            name = HAPPENING.get(c.cause)
            if name in denied and not c.denied:
                return [Signal("cause", CAUSE_SCORE, f"cause of the {c.effect or 'event'}: "
                               f"{c.text} ({lx}) vs no {_event_name(name)} ({ly})", 1.0)]
        for name in x.happenings:
            if name in denied:
                return [Signal("negation", NEGATION_SCORE, f"{name}: {lx} says it happened, "
                               f"{ly} says it did not", 1.0)]  # fmt: skip
    return []


def _means_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """Two different means of one act ("got in through a phishing email", "gained access
    through a vendor's remote-access account"), or one means and its denial, compared as
    two causes are: one act by one doer (the same doer noun, or one left unsaid)."""
    if not a.means or not b.means or not same_story(a, b, aliases):
        return []
    for ma in a.means:
        for mb in b.means:
            if ma.act != mb.act or (ma.agent and mb.agent and ma.agent != mb.agent):
                continue
            same = ma.head == mb.head or ma.head in mb.text.lower() or (
                mb.head in ma.text.lower())
            if same == (ma.denied != mb.denied):
                not_a, not_b = ("not " if ma.denied else ""), ("not " if mb.denied else "")
                return [Signal("cause", CAUSE_SCORE, f"means of {ma.act}: {not_a}{ma.text} "
                               f"({la}) vs {not_b}{mb.text} ({lb})", 1.0)]  # fmt: skip
    return []


_QUOTE = re.compile(r'[“"]([^”"]+)[”"]')
QUOTE_MIN_WORDS = 4  # "a tragedy" in two mouths is no one quote
QUOTE_SAME = 0.8  # word-sequence likeness of one quote told twice ("in Brackenford" dropped)
ATTRIBUTION_WORDS = 16  # after a quote whose opening mark was lost: only who said it
# a relative clause on the speaker is no more words of the attribution ("said Helene
# Voss, the museum's director, who was called to the scene in the middle of the night")
_SPEAKER_CLAUSE = re.compile(
    r",\s+(?:" + "|".join(p for p in load().grammar.relative_pronouns if p != "that") + r")\b")


def _quotes(text: str) -> list[list[str]]:
    """The quoted passages of a claim, each as its lowercase words; a claim that starts
    inside a quote (its opening mark left with the sentence splitter) counts from its start."""
    passages = [m.group(1) for m in _QUOTE.finditer(text)]
    close = re.search(r'[”"]', text)
    if close and "“" not in text[: close.start()] and "\n" not in text and (
            text[close.start()] == "”" or text.count('"') % 2) and (  # fmt: skip
            len(_SPEAKER_CLAUSE.split(text[close.end() :])[0].split()) <= ATTRIBUTION_WORDS):
        passages.append(text[: close.start()])  # '..., ” Mayor Falk said.'
    out = [re.findall(r"[a-z0-9']+", p.lower()) for p in passages]
    return [q for q in out if len(q) >= QUOTE_MIN_WORDS]


def quote_words(text: str) -> list[list[str]]:
    """The quoted passages of a claim (at least ``QUOTE_MIN_WORDS`` words), each as its
    lowercase words: what the quotation check compares, for the pairing to bucket on."""
    return _quotes(text)


def _named_speaker(f: Frame) -> str | None:
    """The speaker when it is named ("Mayor Gideon Falk"), not "officials" or "he"."""
    if f.attribution is None:
        return _colon_speaker(f)
    if f.attribution.negated:
        return None
    words = f.attribution.speaker.split()
    named = any(w[:1].isupper() and w.lower().rstrip(".") not in _NOT_NAMES for w in words)
    return f.attribution.speaker if named else None


_COLON_QUOTE = re.compile(r':\s*[“"]')


def _colon_speaker(f: Frame) -> str | None:
    """The one person named before a quotation opened by a colon ("Sheriff Marcy Quell
    put it bluntly this morning: "We are ...""), else None."""
    m = _COLON_QUOTE.search(f.text)
    if m is None:
        return None
    named = [p for p in f.people if p in f.text[: m.start()]]
    return named[0] if len(named) == 1 else None


# a pronoun or a bare rank ("said Det." when the splitter cut the name off) names nobody
_NOT_NAMES = frozenset({"he", "she", "they", "we", "i", "it", "you", "who"}) | frozenset(
    r.lower() for r in load().titles.ranks)


def _mentions(text: str, speaker: str) -> bool:
    """Whether ``text`` names the speaker (by the last word of the name)."""
    return bool(re.search(rf"\b{re.escape(_short(speaker))}\b", text))


def _quote_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One quotation put in two named mouths: the same (or nearly the same) quoted words
    said by Mayor Falk in one source and by Fire Chief Reyes in the other."""
    sa, sb = _named_speaker(a), _named_speaker(b)
    if sa is None or sb is None:
        return []
    ca, cb = aliases.canonical(sa), aliases.canonical(sb)
    if _nested(ca, cb) or _nested(sa, sb):
        return []  # "Falk" and "Mayor Gideon Falk": one speaker
    if _mentions(b.text, sa) or _mentions(a.text, sb):
        return []  # "Leigh-Anne Royster, the school's director": the parse took the title
    for qa in _quotes(a.text):
        for qb in _quotes(b.text):
            if SequenceMatcher(None, qa, qb).ratio() >= QUOTE_SAME:
                said = " ".join(qa[:8]) + (" ..." if len(qa) > 8 else "")
                return [Signal("role", ROLE_SCORE,
                               f"who said \"{said}\": {sa} ({la}) vs {sb} ({lb})", 1.0)]
    return []


def quotes_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims put one quotation in two named mouths: a pair worth comparing
    whatever the embeddings say ("said Hannah Verrill, 34, a nurse" and "said Joseph
    Okafor, 67, a retired teacher" after one quotation are far apart in meaning). Both
    speakers must be people by name: "according to CNN" and "the Boko Haram leader"
    may be one speaker told twice, or a source relaying him."""
    speakers = (_named_speaker(a), _named_speaker(b))
    if any(s is None or aliases.kind(aliases.canonical(s)) != "person" for s in speakers):
        return False
    return bool(_quote_signals(a, b, aliases, "", ""))


def _site_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One named thing in two places: "the Red Cross shelter at Brackenford High School"
    and "the Red Cross shelter is at the Harrow County Fairgrounds"."""
    for thing, places_a in a.sites:
        for other, places_b in b.sites:
            if thing != other or not same_story(a, b, aliases):
                continue
            clash = _two_places(thing, places_a, places_b, aliases, config, la, lb)
            if clash:
                return clash
    return []


def _two_places(thing, places_a, places_b, aliases, config: ScoreConfig, la, lb) -> list[Signal]:
    """A location signal when neither set of places holds or contains the other's."""
    pa, pb = _canon(places_a, aliases), _canon(places_b, aliases)
    if pa & pb or any(_nested(x, y) for x in pa for y in pb):
        return []
    return [Signal("location", LOCATION_SCORE, f"{thing}: {', '.join(places_a)} ({la})"
                   f" vs {', '.join(places_b)} ({lb})", config.location_weight)]


def _venue_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One thing held or found at two named facilities, neither name inside the other:
    "the evacuation shelter at Brannock High School" and "a shelter in the exhibition hall
    at the Lisle County Fairgrounds"; not on two different days ("Tuesday's rally",
    "Wednesday's rally"); the two venues do not make the claims two stories."""
    return _held_apart(a, b, [(t, t, p) for t, p in a.venues], [(t, t, p) for t, p in b.venues],
                       lambda x, y: x == y, aliases, config, la, lb)  # fmt: skip


def _destination_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One group of people taken to two named facilities, neither name inside the other:
    "Three passengers were taken to Kessington Memorial Hospital" and "three passengers
    were taken to Dunmore Valley Medical Centre"; not two groups (two numbers, "patients"
    and "staff"), not on two days."""
    def rows(f: Frame):
        return [(f"{group_label(d.group)} taken to", d, d.places) for d in f.destinations]

    return _held_apart(a, b, rows(a), rows(b), one_group, aliases, config, la, lb)


def _held_apart(a, b, rows_a, rows_b, same, aliases, config, la, lb) -> list[Signal]:
    """The first location clash between rows (label, thing, places) of the two claims whose
    things are ``same``, in claims of one story (their places set aside) and not on two
    different days (two rallies, two moves)."""
    if not (rows_a and rows_b) or _times_agree(a.times, b.times, 0) is False:
        return []
    for label, thing_a, places_a in rows_a:
        for _, thing_b, places_b in rows_b:
            pa, pb = _canon(places_a, aliases), _canon(places_b, aliases)
            if not same(thing_a, thing_b) or not same_story(a, b, aliases, frozenset(pa | pb)):
                continue
            clash = _two_places(label, places_a, places_b, aliases, config, la, lb)
            if clash:
                return clash
    return []


def _measure_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One depth (or height) told as two lengths apart beyond rounding, in claims of one
    story: "about 400 metres below the surface" and "trapped some 250 metres down";
    "roughly 1,300 feet underground" is the 400 metres told in feet. A claim with two
    lengths of the dimension agreeing with either says no conflict."""
    if not (a.measures and b.measures) or not same_story(a, b, aliases):
        return []
    if _times_agree(a.times, b.times, 0) is False:
        return []  # two days: the rescuers' way down, not one depth
    for ma in a.measures:
        theirs = [mb for mb in b.measures if mb.dimension == ma.dimension]
        qa = Quantity(ma.low, ma.high, "m", ma.text)
        qs = [Quantity(mb.low, mb.high, "m", mb.text) for mb in theirs]
        if not qs or any(quantities_agree(qa, q, config.number_tolerance) for q in qs):
            continue
        qb = min(qs, key=lambda q: relative_gap(qa, q))
        gap = relative_gap(qa, qb)
        if gap >= SCOPE_GAP:
            continue  # "10 metres down" and "3,000 metres below": two things measured
        return [Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                       f"{ma.dimension}: {ma.text} ({la}) vs {qb.text} ({lb})",
                       config.number_weight)]  # fmt: skip
    return []


def measures_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give one depth or height as two lengths: a pair worth comparing
    whatever the embeddings say ("trapped some 250 metres down", "400 metres below")."""
    return bool(_measure_signals(a, b, aliases, config, "", ""))


def destinations_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims take one group of people to two places: a pair worth comparing
    whatever the embeddings say."""
    return bool(_destination_signals(a, b, aliases, config, "", ""))


def prices_clash(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give one transaction two amounts, in one story (money.py)."""
    story = lambda: same_story(a, b, aliases)  # noqa: E731
    return bool(price_signals(a, b, story, 1.0, 1.0, "", "") or sum_signals(
        a, b, story, 1.0, 1.0, "", ""))  # one named amount: sums.py


def spots_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims put one event in two places without a name (spots.py)."""
    return bool(spot_signals(a, b, lambda ns: same_story(a, b, aliases, ns), 1.0, 1.0, "", "")
                or _whereabout_signals(a, b, aliases, config, "", ""))


def _whereabout_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                        la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One event of one undergoer in two named areas (whereabouts.py)."""
    return whereabout_signals(
        a, b, lambda x, y: _one_name(x, y, aliases),
        lambda ns: same_story(a, b, aliases, frozenset(_canon(ns, aliases))),
        LOCATION_SCORE, config.location_weight, la, lb)  # fmt: skip


def _qty_text(q: Quantity) -> str:
    return q.text


def _number_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    # the same count of the same thing in the same event: a shared event class, and names
    # that place both claims in one story
    if not same_story(a, b, aliases):
        return []
    pairs, estimates = [], []
    for cls in (c for c in a.classes if c in b.classes and c not in SPEECH_CLASSES):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None:
            continue
        estimates += _estimate_pairs(ea, eb)
        if "possible" in (ea.modality, eb.modality):
            continue  # "the pits might hold 43 students": no count of what happened
        pairs += [(qa, eb.quantities) for qa in ea.quantities]
    pairs += _speed_pairs(a, b)
    pairs += _count_pairs(a, b)
    out: list[Signal] = []
    for qa, others in pairs:
        same_unit = [qb for qb in others if qa.unit and qb.unit == qa.unit]
        if not same_unit or any(
                quantities_agree(qa, qb, _tolerance(qa, qb, config)) for qb in same_unit):
            continue
        qb = min(same_unit, key=lambda q: relative_gap(qa, q))
        gap = relative_gap(qa, qb)
        if any(s.explanation.startswith(f"{qa.unit}: {_qty_text(qa)} ") for s in out):
            continue
        out.append(Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                          f"{qa.unit}: {_qty_text(qa)} ({la}) vs {_qty_text(qb)} ({lb})",
                          config.number_weight))  # fmt: skip
    return out + _estimate_signals(estimates, out, config, la, lb)


def _estimates(e: EventSlot) -> tuple[Quantity, ...]:
    """The event's counts told as estimates of what happened: any under "may have", else
    "as many as X" told as a fact ("could kill up to 10,000" is no count of the past)."""
    if e.modality == "possible" and e.tense == "past":
        return e.quantities
    return tuple(q for q in e.quantities if reach_estimate(q)) if e.modality is None else ()


def _estimate_pairs(ea: EventSlot, eb: EventSlot) -> list[tuple[Quantity, Quantity]]:
    """(a's quantity, b's quantity) where one is an estimate of one event's count ("may
    have stolen as many as 1.3 million") far above the other's firm count ("about
    410,000"): see :func:`~consistency.structured.quantities.estimate_exceeds`."""
    out = []
    for qa in ea.quantities:
        for qb in eb.quantities:
            if not qa.unit or qa.unit != qb.unit:
                continue
            a_est, b_est = qa in _estimates(ea), qb in _estimates(eb)
            firm = eb.modality is None if a_est else ea.modality is None
            if a_est != b_est and firm and (
                    estimate_exceeds(qa, qb) if a_est else estimate_exceeds(qb, qa)):
                out.append((qa, qb))
    return out


def _estimate_signals(estimates, found: list[Signal], config: ScoreConfig, la: str, lb: str):
    out: list[Signal] = []
    for qa, qb in estimates:
        if any(s.explanation.startswith(f"{qa.unit}: ") for s in (*found, *out)):
            continue  # one count's disagreement is told once
        gap = (max(qa.high, qb.high) - min(qa.high, qb.high)) / max(qa.high, qb.high)
        out.append(Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                          f"{qa.unit}: {_qty_text(qa)} ({la}) vs {_qty_text(qb)} ({lb})",
                          config.number_weight))  # fmt: skip
    return out


_DAY = 24 * 60
SMALL_COUNT = 100  # exact counts below this are not rounded: 12 and 14 hurt differ


def _tolerance(qa: Quantity, qb: Quantity, config: ScoreConfig) -> float:
    """The relative slack two counts get: none between two exact small counts ("12
    people were hurt" and "a total of 14"), the configured one otherwise."""
    if qa.exact and qb.exact and max(qa.high, qb.high) < SMALL_COUNT:
        return 0.0
    return config.number_tolerance


def _count_pairs(a: Frame, b: Frame) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """Counts of one unit under one key (:class:`~consistency.structured.frames.CountSlot`)
    in one tense: "83 students fell ill" and "about 40 students became sick", "eleven
    taken to hospital" and "nineteen admitted to hospital", whatever the verb's class."""
    out = []
    for ca in a.counts:
        theirs = tuple(cb.quantity for cb in b.counts
                       if (cb.unit, cb.key) == (ca.unit, ca.key)
                       and (cb.tense == "future") == (ca.tense == "future"))  # fmt: skip
        if theirs:
            out.append((ca.quantity, theirs))
    return out


def _speed_pairs(a: Frame, b: Frame) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """Speeds in two claims about one event ("travelling at 70 mph when it left the
    tracks", "going about 40 mph when it derailed"): the verb carrying a speed is seldom
    the event's, so any shared event class of the two claims will do."""
    if not set(a.classes) & set(b.classes) - SPEECH_CLASSES:
        return []
    theirs = tuple(q for q in b.quantities if q.unit in SPEED_UNITS)
    return [(q, theirs) for q in a.quantities if q.unit in SPEED_UNITS and theirs]


_OFFICE_MODIFIERS = news_facts.words("office_modifiers") | news_facts.words(
    "office_title_modifiers")


def _titles_clash(t1: str, t2: str) -> bool:
    """Two offices: neither title inside the other ("foreign minister" is inside
    "minister"), or a modifier on one only ("deputy mayor" vs "mayor")."""
    w1, w2 = set(t1.split()) - {"of"}, set(t2.split()) - {"of"}
    if w1 & _OFFICE_MODIFIERS != w2 & _OFFICE_MODIFIERS:
        return True
    return not (w1 <= w2 or w2 <= w1)


def _role_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    out: list[Signal] = []
    for ta in a.titles:
        person = aliases.canonical(ta.person)
        if aliases.kind(person) not in (None, "person"):
            continue  # "Foreign Minister Geneva": a parse accident, not a person
        held_a = {t.title for t in a.titles if aliases.canonical(t.person) == person}
        held_b = {t.title for t in b.titles if aliases.canonical(t.person) == person}
        if any(not _titles_clash(x, y) for x in held_a for y in held_b):
            continue  # "President and Chief Executive" and "chief executive": one office
        for tb in b.titles:
            if (aliases.canonical(tb.person) == person and _titles_clash(ta.title, tb.title)
                    and not orgs_differ(ta, tb, aliases.canonical)
                    and not one_office(ta, tb, aliases.canonical)):
                out.append(Signal("role", ROLE_SCORE,
                                  f"{person}: {ta.title} ({la}) vs {tb.title} ({lb})",
                                  config.role_weight))  # fmt: skip
                break
    return out


def _normalised(f: Frame, aliases: AliasTable) -> str:
    """The claim with every name in its canonical spelling, transliterated, lowercase."""
    text = f.text
    for name in sorted(f.names, key=len, reverse=True):
        text = re.sub(re.escape(name), aliases.canonical(name), text)
    return aliases.key(text)


def _speakers(a: Frame, b: Frame, aliases: AliasTable) -> tuple[bool, bool]:
    """(speakers differ, one side denies what the other asserts)."""
    if a.attribution is None or b.attribution is None:
        return False, False
    sa, sb = aliases.canonical(a.attribution.speaker), aliases.canonical(b.attribution.speaker)
    differ = sa.lower() != sb.lower()
    polarity_a = a.attribution.negated != a.negated
    polarity_b = b.attribution.negated != b.negated
    return differ, differ and polarity_a != polarity_b


def compare(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, label_a: str, label_b: str
) -> Comparison:
    """Compare two frames; ``label_a``/``label_b`` name the sources in explanations."""
    if not getattr(config, "structured", True):
        return Comparison((), False, None, False, False, label_a=label_a, label_b=label_b)
    naming_only = a.text != b.text and _normalised(a, aliases) == _normalised(b, aliases)
    if naming_only:
        return Comparison((), False, None, False, True, label_a=label_a, label_b=label_b)
    signals, reason = _event_signals(a, b, aliases, config, label_a, label_b)
    signals += _number_signals(a, b, aliases, config, label_a, label_b)
    signals += _role_signals(a, b, aliases, config, label_a, label_b)
    signals += _clock_signals(a, b, aliases, config, label_a, label_b)
    signals += _cause_signals(a, b, aliases, label_a, label_b)
    signals += _means_signals(a, b, aliases, label_a, label_b)
    signals += _quote_signals(a, b, aliases, label_a, label_b)
    signals += _place_signals(a, b, aliases, config, signals, label_a, label_b)
    signals += _filler_signals(a, b, aliases, config, signals, label_a, label_b)
    signals += _bound_signals(a, b, aliases, config, label_a, label_b)
    if a.announced and b.announced and same_story(a, b, aliases):
        signals += announcement_signals(a, b, config, label_a, label_b)
    signals += _measure_signals(a, b, aliases, config, label_a, label_b)
    if not any(s.kind == "number" for s in signals):
        signals += _money_signals(a, b, aliases, config, label_a, label_b)
    signals += _outcome_signals(a, b, aliases, label_a, label_b)
    signals += age_signals(a, b, aliases, NUMBER_SCORE, config.number_weight, label_a, label_b)
    differ, dispute = _speakers(a, b, aliases)
    # only the main events: a denial and an assertion must be about the same thing
    same_event = a.predicate_class not in (None, *SPEECH_CLASSES) and (
        a.predicate_class == b.predicate_class
    )
    ea = a.event(a.predicate_class) if same_event else None  # type: ignore[arg-type]
    eb = b.event(b.predicate_class) if same_event else None  # type: ignore[arg-type]
    shared_args = bool(ea and eb and _canon(ea.args, aliases) & _canon(eb.args, aliases))
    if dispute and shared_args:
        sa, sb = a.attribution, b.attribution
        assert sa is not None and sb is not None  # dispute implies both are attributed
        text = f"{sa.speaker} {sa.verb} ({label_a}) vs {sb.speaker} {sb.verb} ({label_b})"
        signals.append(Signal("dispute", DISPUTE_SCORE, text, 1.0))
    else:
        dispute = False
        signals += _polarity_signals(a, b, aliases, label_a, label_b)
    signals += _told_and_denied(a, b, aliases, signals, label_a, label_b)
    maybe_diff = reason is not None
    if reason and signals:
        log.debug("%s vs %s: maybe different events (%s)", label_a, label_b, reason)
    return Comparison(tuple(signals), maybe_diff, reason, dispute, False, differ, label_a, label_b)


def _place_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                   found: list[Signal], la: str, lb: str) -> list[Signal]:  # fmt: skip
    """Named sites, then (when no location clash is ``found`` yet) the first of the other
    readings that finds one: venues, destinations, places without a name (spots.py) or
    towns of one event (whereabouts.py), an organisation's home base (bases.py)."""
    out = _site_signals(a, b, aliases, config, la, lb)
    if any(s.kind == "location" for s in (*found, *out)):
        return out
    out = _venue_signals(a, b, aliases, config, la, lb)
    out = out or _destination_signals(a, b, aliases, config, la, lb)
    out = out or spot_signals(a, b, lambda ns: same_story(a, b, aliases, ns), LOCATION_SCORE,
                              config.location_weight, la, lb)  # fmt: skip
    out = out or _whereabout_signals(a, b, aliases, config, la, lb)
    return out or base_signals(
        a, b, lambda x, y: _one_name(x, y, aliases),
        lambda ns: same_story(a, b, aliases, frozenset(_canon(ns, aliases))),
        LOCATION_SCORE, config.location_weight, la, lb)  # fmt: skip


def _money_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str,
                   lb: str) -> list[Signal]:  # fmt: skip
    """One transaction's two prices (money.py), else one named amount's two sizes (sums.py)."""
    story = lambda: same_story(a, b, aliases)  # noqa: E731
    return price_signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb) or (
        sum_signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb))


def _filler_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                    signals: list[Signal], la: str, lb: str) -> list[Signal]:  # fmt: skip
    """Two named doers (or receivers) of one act on one thing (fillers.py), unless
    ``signals`` already hold a role signal."""
    if any(s.kind == "role" for s in signals):
        return []
    return filler_signals(a, b, lambda x, y: _one_name(x, y, aliases),
                          lambda ns: same_story(a, b, aliases, frozenset(_canon(ns, aliases))),
                          ROLE_SCORE, config.role_weight, la, lb)  # fmt: skip


def _told_and_denied(a: Frame, b: Frame, aliases: AliasTable, signals: list[Signal],
                     la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A thing one claim tells and the other denies (a happening, damage, a plunge into
    water, a planned move), unless ``signals`` already hold a cause or a negation."""
    if any(s.kind in ("cause", "negation") for s in signals):
        return []
    found = _happening_signals(a, b, aliases, la, lb)
    for told_or_denied in (damage_signals, plunge_signals, relocation_signals,
                           condition_signals, outcome_signals, act_signals, injury_signals):
        if found:
            break  # damages.py, plunges.py, relocations.py
        found = told_or_denied(a, b, lambda: same_story(a, b, aliases), _apart,
                               NEGATION_SCORE, la, lb)  # fmt: skip
    return found


def could_conflict(a: Frame, b: Frame, aliases: AliasTable) -> bool:
    """Cheap pre-filter before NLI: do the claims share an entity or an event class?

    Note: two claims without any name or event verb ("The economy shrank") are dropped.
    """
    if _entities(a, aliases) & _entities(b, aliases):
        return True
    if _fate_clash(a, b) is not None:
        return True  # one person's two fates ("shot dead", "arrested")
    if {c.effect for c in a.causes} & {c.effect for c in b.causes} - {""}:
        return True  # two causes of one thing ("the derailment")
    if _count_pairs(a, b):
        return True  # one counted thing under one verb ("60 customers were inside")
    if any(one_group(x, y) for x in a.destinations for y in b.destinations):
        return True  # one group taken to two places
    if set(a.announced) & set(b.announced):
        return True  # one thing made public ("announced the recall")
    if {m.act for m in a.means} & {m.act for m in b.means}:
        return True  # two means of one act ("got in through ...")
    if told_happenings(a) & denied_happenings(b) or told_happenings(b) & denied_happenings(a):
        return True  # "flames were seen", "there was no fire"
    if injury_clash(a, b):
        return True  # "a broken ankle", "escaped without broken bones"
    if damage_clash(a, b):
        return True  # "a crack in the dam", "found the dam intact"
    if plunge_clash(a, b):
        return True  # "a car plunged into the river", "no vehicle entered the water"
    if relocation_clash(a, b):
        return True  # "want to quit Marsh Lane", "will stay at Marsh Lane"
    if condition_clash(a, b):
        return True  # "a girl is in a critical condition", "no child was"
    if act_clash(a, b):
        return True  # "opened an inquiry", "would not launch one"
    if outcome_clash(a, b):
        return True  # "he loses the title", "he keeps his title"
    if any(whereabout_clash(x, y, lambda m, n: _one_name(m, n, aliases))
           for x in a.whereabouts for y in b.whereabouts):
        return True  # one event in two areas ("in Zanesville", "near Cambridge")
    if any(spot_clash(x, y) for x in a.spots for y in b.spots):
        return True  # one event in two places ("hit the north pier", "the south pier")
    if any(one_org(x, y, lambda m, n: _one_name(m, n, aliases)) for x in a.bases for y in b.bases):
        return True  # one organisation's two bases ("a Rotterdam-based group", "based in X")
    if any(one_act(x, y) for x in a.fillers for y in b.fillers):
        return True  # one act on one thing by two named doers ("run by X", "run by Y")
    if (prices_differ(a, b) or sums_clash(a, b)) and same_story(a, b, aliases):
        return True  # "sold for £42m", "paid £38m for the club"
    if alert_clash(a, b):
        return True  # "crews were called at 10.40am", "the leak began at 11.15am"
    return bool(set(a.classes) & set(b.classes) - SPEECH_CLASSES)
