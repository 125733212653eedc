"""Times of day told without "a.m." or "p.m." next to the digits: "a quarter past eleven
this morning", "twenty to eleven at night", "10.40 in the morning", "at 22.40".

Each is a time only when the half of the day is told after it (``oclock_pm_words`` /
``oclock_am_words``: "this morning", "tonight", "in the afternoon") or, for the dotted
24-hour form, when its hour is past noon and a time preposition stands before it ("at
22.40"); "cut from twenty to eleven", "10.40 metres", "won 3.2", "£22.40" are no times.
Read by :func:`consistency.structured.timeanchor.find_clock_spans`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from consistency.lang import load
from consistency.structured import news_facts

__all__ = ["SpokenClock", "spoken_clocks"]


class SpokenClock(NamedTuple):
    """A time of day found in text: where its hour or minutes start, minutes after
    midnight, the hedge before it ("about"), its text, whether told to the minute, and
    where its time words end (before the words that tell the half of the day)."""

    start: int
    minutes: int
    hedge: str
    text: str
    precise: bool
    end: int


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len,
                           reverse=True))  # fmt: skip


_NUMBER_WORDS = {w.lower(): int(v) for w, v in load().numbers.number_words.items()}
_HOURS = {w: v for w, v in _NUMBER_WORDS.items() if 1 <= v <= 12}
_MINUTES = {**{w: v for w, v in _NUMBER_WORDS.items() if 1 <= v <= 29},
            **{k.lower(): int(v) for k, v in (news_facts.data().get("clock_fractions") or {}).items()}}  # noqa: E501
_TENS = {w: v for w, v in _NUMBER_WORDS.items() if v == 20}
_HEDGES = news_facts.data().get("clock_hedges") or {}
_PM, _AM = news_facts.words("oclock_pm_words"), news_facts.words("oclock_am_words")
_PAST, _TO = news_facts.words("clock_past_words"), news_facts.words("clock_to_words")
_AT = news_facts.words("clock_prepositions")
_HEDGE = rf"(?P<hedge>\b(?:{_alternatives(_HEDGES)})\s+)?"
_REST = r"(?P<rest>[^.;,]{0,30})"
_SPOKEN = re.compile(
    rf"{_HEDGE}\b(?:an?\s+)?(?P<min>(?:{_alternatives(_TENS)})[- ](?:{_alternatives(_HOURS)})|"
    rf"{_alternatives(_MINUTES)})(?:\s+minutes?)?\s+"
    rf"(?P<dir>{_alternatives(_PAST | _TO)})\s+(?P<h>{_alternatives(_HOURS)}|1[0-2]|[1-9])\b"
    rf"(?:\s+o['’]clock)?{_REST}",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    rf"{_HEDGE}(?<![\d.:,£$€])\b(?P<h>1[0-2]|0?[1-9])[.:](?P<m>[0-5]\d)\b"
    rf"(?!\s*[ap]\.?m\b)(?![.:,]\d){_REST}",
    re.IGNORECASE,
)
_DOTTED_24 = re.compile(
    rf"{_HEDGE}(?<![\d.:,£$€])\b(?P<h>1[3-9]|2[0-3])\.(?P<m>[0-5]\d)\b(?![.,]\d)",
    re.IGNORECASE,
)


_NEAR = 3  # the half of the day within this many words after the time


def _half(rest: str) -> bool | None:
    """True for the afternoon or night, False for the morning, None when untold (right
    after the time: "two to three inches of snow fell this morning" is no time)."""
    words = set(re.findall(r"[a-z.]+", rest.lower())[:_NEAR])
    pm, am = bool(words & _PM), bool(words & _AM)
    return None if pm == am else pm


def _on_clock(hour: int, minute: int, pm: bool) -> int:
    return ((hour % 12) + (12 if pm else 0)) * 60 + minute


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS[word.lower()]


def _minute(word: str) -> int:
    low = " ".join(word.lower().replace("-", " ").split())
    if low.isdigit():
        return int(low)
    return sum(_MINUTES.get(w, _NUMBER_WORDS.get(w, 0)) for w in low.split())


def _hedge(m: re.Match[str]) -> str:
    return " ".join((m.group("hedge") or "").lower().split())


def spoken_clocks(text: str) -> list[SpokenClock]:
    """The times of day of the three wordings above in ``text``."""
    out = []
    for m in _SPOKEN.finditer(text):
        pm, minute = _half(m.group("rest")), _minute(m.group("min"))
        if pm is None or not 0 < minute < 60:
            continue  # "from twenty to eleven": no half of the day, no time
        hour = _hour(m.group("h"))
        if m.group("dir").lower() in _TO:
            hour, minute = (hour - 2) % 12 + 1, 60 - minute  # "twenty to eleven": 10:40
        text_ = m.group(0)[: m.start("rest") - m.start()].strip()
        out.append(SpokenClock(m.start("min"), _on_clock(hour, minute, pm), _hedge(m), text_,
                               True, m.start("rest")))  # fmt: skip
    for m in _DIGITS.finditer(text):
        pm = _half(m.group("rest"))
        if pm is not None:
            text_ = m.group(0)[: m.start("rest") - m.start()].strip()
            minutes = _on_clock(int(m.group("h")), int(m.group("m")), pm)
            out.append(SpokenClock(m.start("h"), minutes, _hedge(m), text_, bool(minutes % 60),
                                   m.start("rest")))  # fmt: skip
    for m in _DOTTED_24.finditer(text):
        before = text[: m.start("h")].split()
        if m.group("hedge") or (before and before[-1].lower() in _AT):
            minutes = int(m.group("h")) * 60 + int(m.group("m"))
            out.append(SpokenClock(m.start("h"), minutes, _hedge(m), m.group(0).strip(),
                                   bool(minutes % 60), m.end()))  # fmt: skip
    return out
