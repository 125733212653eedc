"""When the alarm was raised, and when the thing it was raised for began.

Sources time an emergency by its first alert as often as by its start: "fire crews were
called at 10.40am", "the first emergency call was received at 10.40am", "the alarm was
raised at a quarter past eleven", "police were alerted shortly before 11pm". These name
one moment whatever the verb, so two of them at different times disagree. A start ("the
leak began at around 11.15am", "the fire broke out at 9pm") comes before its alert, so a
start told later than another source's first alert disagrees too; a start told earlier
does not (the alarm is often raised a while after).

Word classes (lang/en/news_facts.yaml): ``alert_verbs`` name an alert themselves
("alerted", "summoned"); ``call`` of emergency services (``alert_callees`` or the
responders unit) is one; ``alert_nouns`` ("alarm", "call") with ``alert_noun_verbs``
("raised", "received", "came in") are one, and so is ``alert_report_nouns`` ("report")
told as a report of something ("a report of a gas smell was received").
"""

from __future__ import annotations

import re

from consistency.structured import news_facts
from consistency.structured.notices import Notice, one_notice
from consistency.structured.quantities import unit_name
from consistency.structured.timeanchor import PRECISE_TOLERANCE, ClockTime, clocks_agree, shifted

_DAY = 24 * 60

__all__ = ["alert_clocks", "onset_clocks", "alert_clash", "notice_clocks", "notice_clash",
           "two_notices"]

_ALERT_VERBS = news_facts.words("alert_verbs")
_ALERT_NOUNS = news_facts.words("alert_nouns")
_ALERT_NOUN_VERBS = news_facts.words("alert_noun_verbs")
_REPORT_NOUNS = news_facts.words("alert_report_nouns")
_CALLEES = news_facts.words("alert_callees")
_RESPONDERS = news_facts.words("presence_units")
_START = news_facts.words("happening_start_classes")
_CALL = "call"


def _callee(words) -> bool:
    return any(w in _CALLEES or unit_name(w) in _RESPONDERS for w in words)


def _alert(e, text_words: set[str], text: str) -> bool:
    named = {*e.heads, *e.undergoers}
    if e.negated or e.modality:  # a bare noun ("the first call came in") is no assertion
        return False
    if e.predicate in _ALERT_VERBS:
        return True
    if e.predicate == _CALL and (_callee(named) or _callee(text_words)):
        return True  # "fire crews were called", "the first call to the fire service"
    if e.predicate not in _ALERT_NOUN_VERBS:
        return False
    reports = named & _REPORT_NOUNS and any(re.search(rf"\b{r}s? of\b", text)
                                            for r in _REPORT_NOUNS)  # fmt: skip
    return bool(named & _ALERT_NOUNS or reports)  # "a report of smoke was received"


def _narrowest(clocks: tuple[ClockTime, ...]) -> tuple[ClockTime, ...]:
    """Less those holding a narrower one: "at a quarter past eleven this morning" is at
    11.15, not any time of the morning."""
    return tuple(c for c in clocks if not any(
        c.low <= o.low and o.high <= c.high and (o.low, o.high) != (c.low, c.high)
        for o in clocks))  # fmt: skip


def alert_clocks(f) -> tuple[ClockTime, ...]:
    """The times of day the frame gives for the first alert of an emergency."""
    text = " ".join(re.findall(r"[a-z0-9]+", f.text.lower()))
    words = set(text.split())
    return _narrowest(tuple(c for e in f.events if e.clocks and _alert(e, words, text)
                            for c in e.clocks))  # fmt: skip


def onset_clocks(f) -> tuple[ClockTime, ...]:
    """The times of day the frame gives for the start of a happening ("the leak began")."""
    return _narrowest(tuple(c for e in f.events if e.cls in _START
                            and not e.negated and e.asserted and not e.modality
                            for c in e.clocks))  # fmt: skip


def _after(onset: ClockTime, alert: ClockTime, tolerance: int) -> bool:
    """The start told later than the alert raised for it (beyond the tolerance)."""
    if onset.precise and alert.precise:
        tolerance = min(tolerance, PRECISE_TOLERANCE)
    return onset.low > alert.high + tolerance


def alert_clash(a, b, tolerance: int = 30) -> tuple[ClockTime, ClockTime] | None:
    """(a's time, b's time) when two frames of one story time one emergency's alert at
    two moments, or its start after its alert; else None."""
    al_a, al_b = alert_clocks(a), alert_clocks(b)
    same_zone = [(x, y) for x in al_a for y in al_b if x.zone == y.zone]
    if same_zone and not any(clocks_agree(x, y, tolerance) for x, y in same_zone):
        return al_a[0], al_b[0]
    for alerts, onsets, flip in ((al_a, onset_clocks(b), False), (al_b, onset_clocks(a), True)):
        pairs = [(o, x) for o in onsets for x in alerts if o.zone == x.zone]
        if pairs and all(_after(o, x, tolerance) for o, x in pairs):
            return (onsets[0], alerts[0]) if flip else (alerts[0], onsets[0])
    return None


def notice_clocks(f) -> list[tuple[Notice, tuple[ClockTime, ...]]]:
    """Each notice of the frame (notices.py) with the times of day its verb is told at."""
    out = []
    for n in f.notices:
        e = next((e for e in f.events if e.predicate == n.verb and e.clocks and e.asserted
                  and not e.negated and not e.modality and not e.embedded), None)  # fmt: skip
        if e is not None:
            out.append((n, _narrowest(e.clocks)))
    return out


def notice_clash(a, b, days: int = 0, tolerance: int = 30) -> tuple[ClockTime, ClockTime] | None:
    """(a's time, b's time) when two frames time one recipient's being told of one thing
    at two moments; ``days``: b's day after a's (1: "11pm on Monday", "6am on Tuesday")."""
    for nx, xs in notice_clocks(a):
        for ny, ys in notice_clocks(b):
            pairs = [(x, y) for x in xs for y in ys if x.zone == y.zone and not (x.part or y.part)]
            if not pairs or not one_notice(nx, ny):
                continue
            if not any(clocks_agree(x, shifted(y, days * _DAY), tolerance) for x, y in pairs):
                return xs[0], ys[0]
    return None


def two_notices(ea, eb, a, b) -> bool:
    """Two events of one notice verb that tell two recipients or two matters told."""
    xs = [n for n in a.notices if n.verb == ea.predicate]
    ys = [n for n in b.notices if n.verb == eb.predicate]
    return bool(xs and ys) and not any(one_notice(x, y) for x in xs for y in ys)
