"""Dates in header blocks: a short line that is mostly a date ("Update No. 3 - Saturday,
April 18, 2026"), a labelled date line ("Posted: <date> by ...", "Transcript: <date>"),
and the wire dateline that opens a release's first paragraph ("HALVERN, June 1, 2026 - ").

Dates come back as "D Mon YYYY" or ISO, the forms ingest parses.
"""

from __future__ import annotations

import re

from consistency.lang import month_pattern
from consistency.stages.header_words import MAX_HEADER_CHARS, norm, patterns, words

__all__ = ["DATELINE_PREFIX", "date_line", "header_date", "labelled_date"]

_MAX_DATE_LINE_WORDS = 6  # "Update No. 3 - Saturday," besides the date itself
_MONTH = month_pattern()
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b",
    re.IGNORECASE,
)
# "KESTREL FALLS, March 9, 2026 - " / "CARROWICK - " at the start of the first paragraph
DATELINE_PREFIX = re.compile(
    r"\A[A-Z][A-Z .'/-]+(?:,[^–—\n]{0,60}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+"
)


def date_line(line: str) -> str | None:
    """The date of a short line that is mostly a date, as "D Mon YYYY" or ISO."""
    m = _FULL_DATE.search(line)
    if not m or len(line) > 80:
        return None
    others = (line[: m.start()] + " " + line[m.end() :]).split()
    if len(others) > _MAX_DATE_LINE_WORDS:
        return None
    return _formatted(m)


def labelled_date(line: str) -> tuple[str, bool] | None:
    """The date of a "Posted: <date> by ..." / "Transcript: <date>, 07:10 bulletin" line,
    and whether its label marks a transcript; the date must open what follows the label
    (a weekday may precede it), whatever comes after it."""
    m = patterns()["dated"].match(line)
    day = _FULL_DATE.search(m.group("rest")) if m and len(line) <= MAX_HEADER_CHARS else None
    if not day or len(m.group("rest")[: day.start()].split()) > 1:  # type: ignore[union-attr]
        return None
    label = norm(m.group("label"))  # type: ignore[union-attr]
    return _formatted(day), label in words("transcript_markers")


def header_date(value: str) -> str | None:
    """The day of a header date value that may carry a time and a zone ("Sunday, September
    7, 2025 - 21:52 BST", "July 20, 2025 08:41 BST"): the date must open it, a weekday aside."""
    day = _FULL_DATE.search(value)
    if not day or len(value[: day.start()].split()) > 1:
        return None
    return _formatted(day)


def _formatted(m: re.Match[str]) -> str:
    if m.group("iso"):
        return m.group("iso")
    month, day, year = (m.group("m") or m.group("m2"), m.group("d") or m.group("d2"),
                        m.group("y") or m.group("y2"))  # fmt: skip
    return f"{int(day)} {month[:3].title()} {year}"
