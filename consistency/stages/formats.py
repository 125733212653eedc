"""Metadata readers for the formats reporters hold: news-API exports, wire copy with
header lines and datelines, radio/TV transcripts, saved web pages.

Ingest reads the bytes and decodes them; these functions only say where the body is
and what the title, outlet, date, author and address are, so that every source is shown
by name in the report instead of by file name. Nothing here rewrites the text: offsets
into the file stay exact, transcript speaker labels are cut out of the body *spans*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from consistency.core.types import Span
from consistency.lang import month_pattern
from consistency.stages.header_shapes import byline_name
from consistency.stages.header_words import words

__all__ = [
    "record_body", "record_meta", "unwrap_records", "dateline_meta", "headed_dateline",
    "drop_speaker_labels", "html_meta",
]  # fmt: skip

# Field names, most specific first; news-API exports use the camelCase ones.
_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "site", "sitename", "site_name", "publisher", "outlet", "blog"),
    "url": ("url", "link"),
    "published": ("published", "publishedAt", "published_at", "date", "pubDate", "datePublished"),
    "author": ("author", "byline", "creator"),
}
_BODY_FIELDS = ("text", "content", "body", "description")
_MONTH = month_pattern()
# "MILLBROOK, Ore., March 13 (Northwest Wire) —" / "DENVER, May 20, 2026 (AP) -" /
# "LEEDS, 12 March 2025 -"
_DATELINE = re.compile(
    rf"\A\s*[A-Z][A-Z .'/-]+(?:,\s*[A-Za-z .]+?)?,\s+"
    rf"(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)"
    rf"(?:,?\s*(?P<y>\d{{4}}))?\s*(?:\((?P<src>[^)]{{1,40}})\))?\s*[-–—]",
    re.IGNORECASE,
)
# A transcript speaker label at a line start: "ANCHOR:", "JANE DOE (CNN):", "Q:".
_SPEAKER_LABEL = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*){0,3}(?:[ \t]*\([^)\n]{1,30}\))?|Q|A)"
    r"[ \t]*:[ \t]+",
    re.MULTILINE,
)
_MIN_LABELS = 2  # one all-caps "NOTE:" line does not make a transcript


def unwrap_records(data: Any) -> list[Any] | None:
    """The article records of a JSON document: a list, ``{"articles": [...]}`` (news
    APIs), or None for a single object."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("articles", "results", "items", "data"):
            if isinstance(data.get(key), list) and not _body_field(data):
                return data[key]
    return None


def _body_field(record: Mapping[str, Any]) -> str | None:
    return next((k for k in _BODY_FIELDS if isinstance(record.get(k), str)
                 and record[k].strip()), None)  # fmt: skip


def record_body(record: Mapping[str, Any]) -> str | None:
    """The article text of one JSON record: ``text``, else ``content`` (news APIs),
    ``body``, else ``description``; None when none is a non-empty string."""
    key = _body_field(record)
    return record[key] if key else None


def record_meta(record: Mapping[str, Any]) -> dict[str, Any]:
    """Title, source, url, published and author of a JSON record or front matter.

    A nested ``{"source": {"name": ...}}`` gives its name; a list of authors is joined.
    """
    out: dict[str, Any] = {}
    for key, options in _FIELDS.items():
        value = next((record[k] for k in options if record.get(k) not in (None, "", [])), None)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            out[key] = value if key == "published" else " ".join(str(value).split())
    return out


_HEADLINE_WORDS = 25  # a headline or slug line is short; a longer line is a paragraph
_WIRE_HEAD_LINES = 3  # a service line ("NNS NORTH 19/11/2025 10:42"), a slug, a headline


def headed_dateline(text: str, start: int = 0) -> tuple[dict[str, str], int]:
    """A wire story's slug and headline above its dateline ("BRITAIN-RIVER/RESCUE" /
    "Six rescued after ..." / blank line / "ALDERBROOK, Aug 9 (Meridian Press) - ..."), the
    slug and headline on one line each or each in a paragraph of its own, maybe under the
    agency's service line ("UKPA NATIONAL NEWS"), maybe over a byline paragraph ("By
    Callum Reyes", read as the author): the last line of at most three short ones is the
    title, and the body starts at the dateline; a priority code alone on its line
    ("URGENT") is no line of them. ``({}, start)`` unless a paragraph opening with a
    dateline follows such lines."""
    lines: list[str] = []
    meta: dict[str, str] = {}
    pos = start + len(text[start:]) - len(text[start:].lstrip())
    for n in range(3):  # the slug, headline and byline blocks
        head, blank, _ = text[pos:].partition("\n\n")
        block = [line.strip() for line in head.splitlines()
                 if line.strip() and line.strip().lower() not in words("wire_priorities")]
        if not blank or not block or any(
                len(line.split()) > _HEADLINE_WORDS or line[-1] in ".:;," for line in block):
            return {}, start
        author = byline_name(block[0]) if lines and len(block) == 1 else None
        if author:
            meta["author"] = author
        elif n == 2:  # a third block is only ever the byline
            return {}, start
        else:
            lines += block
        if len(lines) > _WIRE_HEAD_LINES:
            return {}, start
        pos += len(head)
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        if _DATELINE.match(text[pos:]):  # anchored by \A: a slice, not pos
            if len(lines[-1].split()) >= 3:  # a slug alone is no title
                meta["title"] = lines[-1]
            return meta, pos
    return {}, start


def dateline_meta(text: str, start: int = 0) -> dict[str, str]:
    """The outlet (in brackets) and, when it carries a year, the date of a wire dateline;
    without a year the month and day are given as ``dateline_day`` ("Mar 9") for ingest to
    find the year from the other sources."""
    m = _DATELINE.match(text, start) or _DATELINE.match(text[start:].lstrip())
    if not m:
        return {}
    out = {}
    if m.group("src"):
        out["source"] = m.group("src").strip()
    month, day = (m.group("m") or m.group("m2"))[:3].title(), int(m.group("d") or m.group("d2"))
    if m.group("y"):
        out["published"] = f"{day} {month} {m.group('y')}"
    else:
        out["dateline_day"] = f"{month} {day}"
    return out


def drop_speaker_labels(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """The body spans with transcript speaker labels ("ANCHOR:") cut out.

    Applied only when at least two lines carry a label, so that a lone "WASHINGTON:"
    or "NOTE:" in an article is left alone. A label names a role, not a person, so it
    must never become a speaker in a dispute.
    """
    labels = list(_SPEAKER_LABEL.finditer(text))
    if len(labels) < _MIN_LABELS:
        return tuple(spans)
    out: list[Span] = []
    for span in spans:
        start = span.start
        for m in labels:
            if span.start <= m.start() < span.end:
                if m.start() > start:
                    out.append(Span(start, m.start()))
                start = max(start, min(m.end(), span.end))
            elif m.start() < span.start < m.end():
                start = max(start, m.end())
        if start < span.end and text[start : span.end].strip():
            out.append(Span(start, span.end))
    return tuple(out)


def html_meta(doc: Any) -> dict[str, Any]:
    """Title, outlet (``og:site_name``, else the host), address, date (``<time
    datetime>`` and meta tags, via trafilatura) and byline of an extracted page."""
    return record_meta({
        "title": getattr(doc, "title", None),
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None),
        "published": getattr(doc, "date", None),
        "author": getattr(doc, "author", None),
    })
