"""Counts of a part of the time or of the places: "140 appointments were cancelled today
alone", "in the Denholm district alone, 6,100 pupils sat the paper".

A count told of one time "alone" ("today alone", "on Monday alone", "in March alone")
counts only that part of a longer stretch; "310 appointments were cancelled over the
three days" or "a total of 310" counts the whole, so the two are no disagreement. Two
counts compare only when both are told of the same part ("today alone" and "today
alone") or neither is (lang/en news_facts ``part_period_words``; the time words are
the weekdays, months, day words and periods of lang/en time.yaml). A place told "alone"
("in the Denholm district alone") likewise counts a part of the places.
"""

from __future__ import annotations

import re

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.quantities import Quantity

__all__ = ["part_period"]

_TIME = load().time
_TIME_WORDS = sorted({*_TIME.weekdays, *(w for forms in _TIME.months for w in forms),
                      *_TIME.day_words, *_TIME.periods}, key=len, reverse=True)  # fmt: skip
_ALONE = "|".join(sorted(news_facts.words("part_period_words")))
_TIME_RE = "|".join(map(re.escape, _TIME_WORDS))
# the time and its "alone" in the number's own clause, after it or opening it
_AFTER = re.compile(rf"^[^.;,]*?\b((?:{_TIME_RE}))s?\s+(?:{_ALONE})\b", re.IGNORECASE)
_BEFORE = re.compile(rf"\b((?:{_TIME_RE}))s?\s+(?:{_ALONE})\b[^.;]*$", re.IGNORECASE)
# a place told alone ("in the Denholm district alone", "at the main campus alone"): a part
# of the places, told anywhere in the number's sentence
_PLACE_PREPS = "|".join(sorted(news_facts.words("place_count_prepositions")))
_PLACE = re.compile(rf"\b(?:{_PLACE_PREPS})\s+((?:[\w'-]+\s+){{0,4}}?[\w'-]+)\s+(?:{_ALONE})\b",
                    re.IGNORECASE)


def part_period(q: Quantity, text: str) -> str | None:
    """The time ``q`` is told of alone in ``text`` ("today", "monday"), or None."""
    if not q.text:
        return None
    m = re.search(rf"(?<![\w.,]){re.escape(q.text)}(?!\w)", text)
    if m is None:
        return None
    found = _AFTER.match(text[m.end() :]) or _BEFORE.search(text[: m.start()])
    if found:
        return found.group(1).lower()
    place = _PLACE.search(text)
    return f"in {place.group(1).lower()}" if place else None
