"""When an article was written, and what its relative time words ("on Friday") mean.

News text dates events relative to the day it was written ("Blinken will meet Lavrov on
Friday"), so two accounts of one event can only be compared after resolving those words
against each article's anchor date. Without an anchor a weekday is kept unresolved
(``start``/``end`` None, ``weekday`` set): two different weekdays still disagree.
"""

from __future__ import annotations

import calendar
import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from consistency.core.types import Article
from consistency.lang import load, month_pattern, phrases
from consistency.structured import news_facts
from consistency.structured.clockwords import spoken_clocks

log = logging.getLogger(__name__)

__all__ = [
    "ClockTime", "find_clock_spans", "clocks_agree", "TimeRef", "anchor_date", "find_times",
    "resolve_weekday", "times_compatible", "PART_WORDS", "own_days", "shifted",
]  # fmt: skip

_TIME = load().time
WEEKDAYS = tuple(_TIME.weekdays)
_MONTH_NAMES = _TIME.month_number
_MONTH = month_pattern()
_YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
_WEEKDAY = rf"(?:{phrases(_TIME.weekdays)})"
_ORD = rf"(?:{phrases(_TIME.ordinal_suffixes)})?"
_STEP = phrases(list(_TIME.steps))
_PERIOD = phrases(list(_TIME.periods))
_MONTH_PERIOD = phrases([w for w, p in _TIME.periods.items() if p == "month"])
# A day of the month in words ("the first of December", "the twenty-first of May"): the
# ordinal words of numbers.yaml, after a tens word ("twenty", "thirty") for 21st..31st.
_ORDINAL_DAYS = {w.lower(): int(v) for w, v in load().numbers.ordinal_words.items()}
_DAY_TENS = {w.lower(): int(v) for w, v in load().numbers.number_words.items() if v in (20, 30)}
_DAY_WORD = (rf"(?:(?P<dt>{phrases(list(_DAY_TENS))})[- ])?"
             rf"(?P<dw>{phrases(list(_ORDINAL_DAYS))})")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        ("mdy", rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD}{_YEAR}\b"),
        ("dmy", rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})\.?{_YEAR}\b"),
        ("dmy", rf"\bthe\s+{_DAY_WORD}\s+of\s+(?P<m>{_MONTH})\.?{_YEAR}\b"),
        ("part", rf"\b(?P<part>{phrases(list(_TIME.month_parts))})"
                 rf"[- ](?P<m>{_MONTH})\b\.?(?:\s+(?P<y>\d{{4}}))?"),
        # "the end of the month", "early next month": a part of the month of the report
        ("part_rel", rf"\b(?P<part>{phrases(list(_TIME.month_parts))})[- ]"
                     rf"(?P<q>{_STEP}|the)\s+(?P<per>{_MONTH_PERIOD})\b"),
        ("month", rf"\b(?:{phrases(_TIME.month_prepositions)})\s+(?P<m>{_MONTH})\b"
                  rf"(?:\s+(?P<y>\d{{4}}))?"),
        ("weekday", rf"\b(?:(?P<q>{phrases([*_TIME.steps, *_TIME.weekday_markers])})\s+)?"
                    rf"(?P<w>{_WEEKDAY})\b"),
        ("relative", rf"\b(?P<rel>{phrases(list(_TIME.day_words))}|(?:{_STEP})\s+"
                     rf"(?:{_PERIOD}))\b"),
    )
)  # fmt: skip
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'/-]*(?:,\s*[A-Za-z .]+)?,\s+(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})"
    rf"(?:,\s*(?P<y>\d{{4}}))?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]",
    re.IGNORECASE | re.MULTILINE,
)
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)|"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeRef:
    """A time expression and the days it covers (``start``..``end``), when resolvable.

    ``weekday`` (0 = Monday) is kept even when the date is unknown. ``inherited`` marks
    a time taken from the previous sentence rather than the claim itself (weaker evidence).
    """

    text: str
    start: date | None
    end: date | None
    weekday: int | None
    inherited: bool = False
    month_day: tuple[int, int] | None = None  # a calendar date's month and day, year or not

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None


def _month(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _day_number(m: re.Match[str]) -> int:
    """The day of a date match: its digits, or its ordinal words ("the twenty-first")."""
    if m.groupdict().get("dw") is None:
        return int(m.group("d"))
    tens = _DAY_TENS.get((m.group("dt") or "").lower(), 0)
    return tens + _ORDINAL_DAYS[m.group("dw").lower()]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, anchor: date) -> date | None:
    """The date with this month/day closest to ``anchor`` (news rarely spans > 6 months)."""
    options = [_safe_date(anchor.year + k, m, d) for k in (-1, 0, 1)]
    valid = [o for o in options if o is not None]
    return min(valid, key=lambda o: abs((o - anchor).days)) if valid else None


def anchor_date(article: Article) -> date | None:
    """The day the article was written: ``published`` if set, else its dateline.

    A dateline ("WASHINGTON, Jan. 18 (Reuters) -") has no year; it is taken from the full
    date in the text nearest to it ("January 7, 2022"). Without one the anchor is None.
    """
    # a year ingest inferred from the other sources stays out of the time checks: resolving
    # both dates makes "August 12" vs "September 2" two events (bench court, company)
    if article.published and not article.year_inferred:
        try:
            return date.fromisoformat(article.published.strip()[:10])
        except ValueError:
            log.debug("%s: unparseable published date %r", article.path, article.published)
    body = "\n".join(article.text[s.start : s.end] for s in article.body) or article.text
    m = _DATELINE.search(body[:300])
    if not m:
        return None
    month, day = _month(m.group("m")), int(m.group("d"))
    if m.group("y"):
        return _safe_date(int(m.group("y")), month, day)
    best: date | None = None
    # the year may sit in a photo caption that cleaning dropped, so search the whole text
    for full in _FULL_DATE.finditer(article.text):
        y = int(full.group("y") or full.group("y2"))
        fm = _month(full.group("m") or full.group("m2"))
        fd = int(full.group("d") or full.group("d2"))
        ref = _safe_date(y, fm, fd)
        cand = _nearest_year(month, day, ref) if ref else None
        if cand and (best is None or abs((cand - ref).days) < abs((best - ref).days)):  # type: ignore[operator]
            best = cand
    if best is None:
        log.debug("%s: dateline without a year and no full date to take one from", article.path)
    return best


def resolve_weekday(anchor: date, weekday: int, tense: str, qualifier: str | None = None) -> date:
    """The date a weekday refers to, seen from ``anchor``.

    "last"/past tense -> the most recent such day on or before the anchor ("last" excludes
    the anchor itself); "next"/future -> the first on or after it; "this" -> the one in the
    anchor's Monday-to-Sunday week; present tense -> the nearest.
    """
    step = _TIME.steps.get((qualifier or "").lower())
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if step == -1:
        return anchor - timedelta(days=back or 7)
    if step == 1:
        return anchor + timedelta(days=fwd or 7)
    if step == 0:
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday)
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def _relative(rel: str, anchor: date) -> tuple[date, date]:
    words = rel.lower().split()
    if words[0] in _TIME.day_words:
        day = anchor + timedelta(days=_TIME.day_words[words[0]])
        return day, day
    step, period = _TIME.steps[words[0]], _TIME.periods[words[-1]]
    if period in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        if period == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if period == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1])
    return date(anchor.year + step, 1, 1), date(anchor.year + step, 12, 31)


def _month_range(m: int, y: int | None, part: str | None, anchor: date | None):
    if y is None:
        if anchor is None:
            return None, None
        near = _nearest_year(m, 15, anchor)
        y = near.year if near else anchor.year
    last = calendar.monthrange(y, m)[1]
    lo, hi = _TIME.month_parts.get(" ".join((part or "").lower().split()), (1, last))
    return date(y, m, lo), date(y, m, min(hi, last))


def _resolve(name: str, m: re.Match[str], anchor: date | None, tense: str) -> TimeRef:
    text = m.group(0).strip()
    start: date | None = None
    end: date | None = None
    weekday: int | None = None
    if name in ("iso", "mdy", "dmy"):
        month = int(m.group("m")) if name == "iso" else _month(m.group("m"))
        day = _day_number(m)
        if m.group("y"):
            start = _safe_date(int(m.group("y")), month, day)
        elif anchor is not None:
            start = _nearest_year(month, day, anchor)
        end = start
    elif name in ("part", "month"):
        y = int(m.group("y")) if m.group("y") else None
        start, end = _month_range(_month(m.group("m")), y, m.groupdict().get("part"), anchor)
    elif name == "weekday":
        weekday = WEEKDAYS.index(m.group("w").lower())
        if anchor is not None:
            start = end = resolve_weekday(anchor, weekday, tense, m.group("q"))
    elif name == "part_rel" and anchor is not None:
        step = "this" if m.group("q").lower() == "the" else m.group("q")  # "the month": its own
        first, _ = _relative(f"{step} {m.group('per')}", anchor)
        start, end = _month_range(first.month, first.year, m.group("part"), anchor)
    elif name == "relative" and anchor is not None:
        start, end = _relative(m.group("rel"), anchor)
    if start is not None and end == start:
        weekday = start.weekday()
    md = (month, day) if name in ("iso", "mdy", "dmy") else None
    return TimeRef(text, start, end, weekday, month_day=md)


def find_times(text: str, anchor: date | None, tense: str = "present") -> tuple[TimeRef, ...]:
    """Every time expression in ``text``, resolved against ``anchor`` where possible.

    Earlier patterns win overlaps, so "Friday, January 21" is read as the full date only
    once; ``tense`` ("past"/"present"/"future") decides which Friday a bare "Friday" means.
    """
    return tuple(ref for _, ref in find_time_spans(text, anchor, tense))


def find_time_spans(
    text: str, anchor: date | None, tense: str = "present"
) -> tuple[tuple[int, TimeRef], ...]:
    """Like :func:`find_times`, with each time's start offset in ``text``."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, TimeRef]] = []
    for name, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if name == "weekday" and not m.group("w")[0].isupper():
                continue  # lowercase weekday words are rare in news and often not times
            if name in ("mdy", "dmy", "part", "month") and not m.group("m")[0].isupper():
                continue  # "may", "march" as words, not months
            taken.append((s, e))
            try:
                named = _date_named(text, m, found) if name == "weekday" else None
                ref = named or _resolve(name, m, anchor, tense)  # "Monday 3 November"
            except (ValueError, OverflowError) as exc:  # "March 0000", past 9999-12-31
                log.warning("time %r left unresolved (%s)", m.group(0), exc)
                ref = TimeRef(m.group(0).strip(), None, None, None)
            found.append((s, ref))
    return tuple(sorted(found, key=lambda x: x[0]))


def _date_named(text: str, m: re.Match[str], found: list[tuple[int, TimeRef]]) -> TimeRef | None:
    """A weekday standing right before a full date found already, and that date's own
    weekday ("Monday 3 November" of 2025), as that date: no day of its own to resolve
    ("Monday" told on 8 October is not the next Monday). A weekday that is not the
    date's is left to resolve as told."""
    day = WEEKDAYS.index(m.group("w").lower())
    end = m.end()
    date_ref = next((ref for s, ref in found if 0 <= s - end <= 2 and ref.month_day
                     and not text[end:s].strip(" ,") and ref.weekday == day), None)  # fmt: skip
    if date_ref is None:
        return None
    return TimeRef(m.group(0).strip(), date_ref.start, date_ref.end, day)


def times_compatible(a: TimeRef, b: TimeRef, window_days: int = 0) -> bool | None:
    """Whether two time refs can name the same day(s): None when there is too little to say.

    Resolved ranges are compared with ``window_days`` of slack; otherwise weekdays are.
    """
    if a.resolved and b.resolved:
        slack = timedelta(days=window_days)
        return a.start - slack <= b.end and b.start - slack <= a.end  # type: ignore[operator]
    if a.month_day is not None and b.month_day is not None:
        return _month_days_agree(a.month_day, b.month_day, window_days)
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    return None


def _month_days_agree(a: tuple[int, int], b: tuple[int, int], window_days: int) -> bool:
    """Two calendar dates without a year (a wire dateline's "May 20"): equal within the window,
    compared in a leap year so that Feb 29 exists."""
    da, db = date(2000, *a), date(2000, *b)
    gap = abs((da - db).days)
    return min(gap, 366 - gap) <= window_days


def days_apart(a: TimeRef, b: TimeRef) -> int | None:
    """Days between two resolved ranges (0 when they overlap), None when either is unresolved."""
    if not (a.resolved and b.resolved):
        return None
    if a.start <= b.end and b.start <= a.end:  # type: ignore[operator]
        return 0
    return min(abs((a.start - b.end).days), abs((b.start - a.end).days))  # type: ignore[operator]


def on_two_days(a_times, b_times) -> bool:
    """Whether every resolved pair of the two claims' times lies on different days: two
    events of one kind ("arrested in X on Monday", "arrested in Y on Friday")."""
    gaps = [d for x in a_times for y in b_times if (d := days_apart(x, y)) is not None]
    return bool(gaps) and min(gaps) > 0


@dataclass(frozen=True)
class ClockTime:
    """A time of day as minutes after midnight, ``low``..``high`` (a hedge widens it)."""

    text: str
    low: int
    high: int
    precise: bool = False  # told to the minute ("10:40pm", "2240 GMT"), not to the hour
    zone: str = ""  # the time zone told with it ("gmt"); "" for local time
    part: bool = False  # a part of a day ("this morning", "Tuesday evening"), not a clock
    hedged: bool = False  # told with a hedge ("about", "shortly after"): its slack is told

    @property
    def night(self) -> bool:
        """Evening or small hours: the part of a night that may fall on either date."""
        return self.high >= 18 * 60 or self.low < 6 * 60


_CLOCK_HEDGE: dict[str, tuple[int, int]] = {
    " ".join(k.split()): (int(v[0]), int(v[1]))
    for k, v in (news_facts.data().get("clock_hedges") or {}).items()
}
_CLOCK_WORDS: dict[str, int] = {
    k.lower(): int(v) for k, v in (news_facts.data().get("clock_words") or {}).items()
}


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len,
                           reverse=True))  # fmt: skip


_ZONES = news_facts.data().get("clock_zones", "gmt")
_LOCAL = news_facts.words("clock_local_zones")
_CLOCK = re.compile(
    rf"(?P<hedge>\b(?:{_alternatives(_CLOCK_HEDGE)})\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?\s*(?P<ampm>a\.?m\b\.?|p\.?m\b\.?)|"
    r"(?<![\d.:,])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d.:,]\d)"
    rf"(?P<zone>\s*(?:{_ZONES})\b)?|"
    # "2240 GMT", "1540 local time": four digits are a time only with a zone after them
    rf"(?<![\d.:,£$€])\b(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?P<zone4>\s*(?:{_ZONES}))\b|"
    rf"\b(?P<word>{_alternatives(_CLOCK_WORDS)})\b)",
    re.IGNORECASE,
)
_BARE_CLOCK = (15, 15)  # a clock time without a hedge: minutes either side
PRECISE_FACTOR = 3  # a time told to the minute: its hedge and rounding a third as wide
PRECISE_TOLERANCE = 10  # minutes two times told to the minute may differ and agree
HEDGED_TOLERANCE = 5  # minutes on top of two "about"/"around" hedges (clocks_agree)
_DAY_MINUTES = 24 * 60
_HOUR_WORDS = {w.lower(): int(v) for w, v in load().numbers.number_words.items() if 1 <= v <= 11}
# "nine o'clock Thursday night", "about 9 o'clock in the morning": the half of the day
# from what follows (``oclock_pm_words`` / ``oclock_am_words``), else no time at all
_OCLOCK = re.compile(
    rf"(?P<hedge>\b(?:{_alternatives(_CLOCK_HEDGE)})\s+)?"
    rf"\b(?P<h>[1-9]|1[01]|{_alternatives(_HOUR_WORDS)})\s+o['’]clock\b(?P<rest>[^.;,]{{0,30}})",
    re.IGNORECASE,
)
_PM_WORDS = news_facts.words("oclock_pm_words")
_AM_WORDS = news_facts.words("oclock_am_words")


def _oclock_spans(text: str) -> list[tuple[int, int, ClockTime]]:
    """Times told by the hour ("just after nine o'clock Thursday night"): (start, end of
    the words that set the half of the day, time)."""
    out = []
    for m in _OCLOCK.finditer(text):
        h = m.group("h").lower()
        hour = int(h) if h.isdigit() else _HOUR_WORDS[h]
        words = set(re.findall(r"[a-z.]+", m.group("rest").lower()))
        pm, am = bool(words & _PM_WORDS), bool(words & _AM_WORDS)
        if pm == am:
            continue  # "at nine o'clock": morning or evening
        minutes = (hour + (12 if pm else 0)) * 60
        hedge = " ".join((m.group("hedge") or "").lower().split())
        before, after = _CLOCK_HEDGE.get(hedge, _BARE_CLOCK)
        text_ = m.group(0).strip()
        out.append((m.start("h"), m.end(), ClockTime(text_, minutes - before, minutes + after,
                                                     hedged=_hedged(hedge))))
    return out


_DAY_PARTS: dict[str, tuple[int, int]] = {
    " ".join(k.lower().split()): (int(v[0]), int(v[1]))
    for k, v in (news_facts.data().get("day_parts") or {}).items()
}
PART_WORDS = sorted({k.split()[-1] for k in _DAY_PARTS} - {"day", "hours"})
_MODIFIERS = sorted({k.split()[0] for k in _DAY_PARTS if len(k.split()) == 2})
_DAYS = rf"(?:{_WEEKDAY}|{news_facts.data().get('day_part_days', 'this')})"
_DAY_PART = re.compile(
    rf"\b(?:(?P<mod>{_alternatives(_MODIFIERS)})\s+(?:on\s+)?)?"
    rf"(?:(?:on\s+)?(?P<day>{_DAYS})(?:\s+(?P<part>{_alternatives(PART_WORDS)}))?\b"
    rf"|(?P<hours>in\s+the\s+early\s+hours)\b)",
    re.IGNORECASE,
)
_MID_PARTS: dict[str, tuple[int, int]] = {
    k.lower(): (int(v[0]), int(v[1]))
    for k, v in (news_facts.data().get("mid_day_parts") or {}).items()
}
# no pattern with no parts: an empty alternation would read a bare "mid" as a part
_MID_PART = re.compile(rf"\bmid-?\s?(?P<part>{_alternatives(_MID_PARTS)})\b",
                       re.IGNORECASE) if _MID_PARTS else None


def _day_part_spans(text: str) -> list[tuple[int, ClockTime]]:
    """Parts of a named day as times of day: "Tuesday evening", "late on Friday night",
    "early on Saturday", "in the early hours" (``day_parts``), "mid-morning"
    (``mid_day_parts``); a bare day gives none."""
    out = []
    for m in _DAY_PART.finditer(text):
        if m.group("hours"):
            key = "early hours"
        elif m.group("part"):
            key = " ".join(filter(None, ((m.group("mod") or "").lower(), m.group("part").lower())))
            key = key if key in _DAY_PARTS else m.group("part").lower()
        elif m.group("mod"):
            key = f"{m.group('mod').lower()} day"
        else:
            continue
        if m.group("day") and m.group("day")[0].islower() and m.group("day").lower() in (
                d.lower() for d in WEEKDAYS):  # fmt: skip
            continue  # a lowercase weekday word is seldom a day
        low, high = _DAY_PARTS[key]
        out.append((m.start(), ClockTime(m.group(0).strip(), low, high, part=True)))
    for m in _MID_PART.finditer(text) if _MID_PART else ():  # "mid-morning", "mid afternoon"
        low, high = _MID_PARTS[m.group("part").lower()]
        out.append((m.start(), ClockTime(m.group(0).strip(), low, high, part=True)))
    return out


def find_clock_spans(text: str) -> list[tuple[int, ClockTime]]:
    """Times of day ("at about 9 p.m.", "shortly after 2 a.m.", "noon", "on Tuesday
    evening") with their offsets. A part of the day right after a time of day only tells
    its half and its day ("around half past two this morning", "2.30am on Monday
    morning"): it is no time of its own, which would agree with any time that morning."""
    hours = _oclock_spans(text)
    # a part of the day that only told the half of an hour ("nine o'clock Thursday night")
    parts = [(i, c) for i, c in _day_part_spans(text) if not any(s <= i < e for s, e, _ in hours)]
    told = _told_clocks(text)
    told += _spoken(text, {s for s, _, _ in told})
    ends = [e for _, e, _ in (*hours, *told)]
    out = [(i, c) for i, c in parts if not any(e < i and text[e:i].isspace() for e in ends)]
    return out + [(s, c) for s, _, c in (*hours, *told)]


def _told_clocks(text: str) -> list[tuple[int, int, ClockTime]]:
    """Times of day told with "a.m."/"p.m.", a zone, in 24 hours or by a word ("noon"):
    (start, end, time)."""
    out = []
    for m in _CLOCK.finditer(text):
        if m.group("h24"):
            hour = int(m.group("h24"))
            if not (hour >= 13 or hour == 0 or m.group("zone")):
                continue  # "at 10:30" alone may be morning or evening
            minutes = hour * 60 + int(m.group("m24"))
        elif m.group("h4"):
            if _counted_hours(m, text):
                continue  # "2000 hours of footage", "logged 1500 hours": a count
            minutes = int(m.group("h4")) * 60 + int(m.group("m4"))
        elif m.group("word"):
            minutes = _CLOCK_WORDS[m.group("word").lower()]
        else:
            hour = int(m.group("h"))
            if not 1 <= hour <= 12:
                continue
            pm = m.group("ampm").lower().startswith("p")
            minutes = (hour % 12 + (12 if pm else 0)) * 60 + int(m.group("min") or 0)
        hedge = " ".join((m.group("hedge") or "").lower().split())
        before, after = _CLOCK_HEDGE.get(hedge, _BARE_CLOCK)
        precise = bool(minutes % 60) and not m.group("word")
        if precise:  # "10:40pm" is told to the minute: its hedge and rounding are narrower
            before, after = before // PRECISE_FACTOR, after // PRECISE_FACTOR
        if minutes + after <= 0 < before:
            minutes += _DAY_MINUTES  # "just before midnight on Thursday" ends Thursday
        start = next(m.start(g) for g in ("h", "h24", "h4", "word") if m.group(g))
        zone = " ".join((m.group("zone") or m.group("zone4") or "").lower().split())
        out.append((start, m.end(), ClockTime(m.group(0).strip(), minutes - before,
                                              minutes + after, precise,
                                              "" if zone in _LOCAL else zone,
                                              hedged=_hedged(hedge))))  # fmt: skip
    return out


def _spoken(text: str, taken: set[int]) -> list[tuple[int, int, ClockTime]]:
    """Times told without "a.m."/"p.m." by the digits (clockwords.py): "a quarter past
    eleven this morning", "10.40 in the morning", "at 22.40": (start, end, time)."""
    out = []
    for c in spoken_clocks(text):
        if c.start in taken:
            continue
        before, after = _CLOCK_HEDGE.get(c.hedge, _BARE_CLOCK)
        if c.precise:
            before, after = before // PRECISE_FACTOR, after // PRECISE_FACTOR
        out.append((c.start, c.end, ClockTime(c.text, c.minutes - before, c.minutes + after,
                                              c.precise, hedged=_hedged(c.hedge))))  # fmt: skip
    return out


_AT_TIME = news_facts.words("clock_prepositions")


def _counted_hours(m: re.Match[str], text: str) -> bool:
    """Four digits before "hours" with no time preposition before them ("at 1540 hours"
    is a time of day; "2000 hours of footage" a count)."""
    if " ".join(m.group("zone4").lower().split()) not in ("hours", "hrs"):
        return False
    before = text[: m.start("h4")].split()
    return not before or before[-1].lower() not in _AT_TIME


def _hedged(hedge: str) -> bool:
    """Whether a hedge word tells the time's slack on both sides ("about", "around"); a
    one-sided limit ("shortly after", "before", "until") only says where the time lies,
    and "at" tells none."""
    before, after = _CLOCK_HEDGE.get(hedge, (0, 0))
    return before == after > 0


def clocks_agree(a: ClockTime, b: ClockTime, tolerance_min: int = 30) -> bool:
    """True when the two times of day can be the same moment (within ``tolerance_min``;
    within PRECISE_TOLERANCE when both are told to the minute: "10:40pm" and "11.15pm"
    are two moments, "10 p.m." and "about 10.30pm" may be one). When both times carry a
    two-sided hedge, the hedges are the slack the writers told and only HEDGED_TOLERANCE
    is added on top: "around 3.40pm" and "about 4:10pm" are half an hour apart, two
    moments in a news report, while "about 3.40pm" and "around 4pm" still meet. Times in
    two zones, or one with a zone and one without ("2240 GMT", "10:40pm"), are not
    compared."""
    if a.zone != b.zone:
        return True  # "2240 GMT" and "10:40pm": the offset between them is unknown
    if a.precise and b.precise:
        tolerance_min = min(tolerance_min, PRECISE_TOLERANCE)
    if a.hedged and b.hedged:
        tolerance_min = min(tolerance_min, HEDGED_TOLERANCE)
    return a.low - tolerance_min <= b.high and b.low - tolerance_min <= a.high


def own_days(times) -> list:
    """The times told in the claim's own words and resolved to days (not a day taken from
    the sentence before): the days two events can be told apart by."""
    return [t for t in times if t.resolved and not t.inherited]


def shifted(c: ClockTime, minutes: int) -> ClockTime:
    """The clock time ``minutes`` later ("6am on Tuesday" against "11pm on Monday")."""
    return dataclasses.replace(c, low=c.low + minutes, high=c.high + minutes)
