"""Counts of one noun that count two different events, so are never one count:
a count of a **past event dated by a bare year** ("the largest since 2011, when 11 pilot
whales came ashore", "11 whales beached there in 2011") is no count of the event the
other claim tells without that year ("Thirty-two pilot whales came ashore on Sunday"),
nor of another year's event ("in 2009, 40 whales beached"); so a count told after a
bare year in its clause ("at its peak in 2008 the plant employed more than 2,000"), or in
a phrase set off by commas just before it ("the last time, in 2019 after a fire alarm,
roughly 9,000 people had to leave"), is no count of the plant's workforce now.
"""

from __future__ import annotations

import re

from consistency.structured.quantities import Quantity

__all__ = ["count_year"]

_YEAR = r"(?:1[89]|20)\d\d"
# "since 2011, when 11 ...", "in 2011 when 11 ...": the number in a when-clause of a year
_WHEN_BEFORE = re.compile(rf"\b({_YEAR})\s*,?\s+when\b[^.;,]*$", re.IGNORECASE)
# "11 whales beached at Gull Point in 2011": a year in the number's own clause
_IN_YEAR_AFTER = re.compile(rf"^[^.;,]*?\b(?:in|during)\s+({_YEAR})\b(?!\s*[-/])",
                            re.IGNORECASE)  # fmt: skip
# "at its peak in 2008 the plant employed 2,000": a year earlier in the number's clause
_IN_YEAR_BEFORE = re.compile(rf"\b(?:in|during)\s+({_YEAR})\b(?!\s*[-/])[^.;,]*$",
                             re.IGNORECASE)  # fmt: skip
# "The last time the ground was evacuated, in 2019 after a fire alarm, roughly 9,000
# people had to leave": a year in a phrase set off by commas just before the number's clause
_SET_OFF_YEAR = re.compile(rf",\s*(?:in|during)\s+({_YEAR})\b(?!\s*[-/])[^.;,]*,[^.;,]*$",
                           re.IGNORECASE)  # fmt: skip
# "In 2011, 11 whales ...": a year opening the sentence of the number
_OPENING_YEAR = re.compile(rf"^\W*(?:in|during)\s+({_YEAR})\s*,[^.;]*$", re.IGNORECASE)


def count_year(q: Quantity, text: str) -> str | None:
    """The bare year that dates the event ``q`` counts in ``text``, or None."""
    if not q.text:
        return None
    m = re.search(rf"(?<![\w.,]){re.escape(q.text)}(?!\w)", text)  # not "11" of "2011"
    if m is None:
        return None
    before, after = text[: m.start()], text[m.end() :]
    for m in (_WHEN_BEFORE.search(before), _IN_YEAR_AFTER.match(after),
              _OPENING_YEAR.match(before), _IN_YEAR_BEFORE.search(before),
              _SET_OFF_YEAR.search(before)):  # fmt: skip
        if m:
            return m.group(1)
    return None

