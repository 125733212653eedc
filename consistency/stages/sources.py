"""How the reports name a source: by what a reader knows, not by hash or file stem.

Title and outlet come from the document's metadata; a plain-text file has none, so its
title is its first line and the file name stands in for the outlet (and is its label:
a first line is often a body sentence). The publication date
is the metadata's, else the dateline's (see :func:`consistency.structured.timeanchor.anchor_date`).
Every report writer names sources through :func:`describe_source`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from consistency.core.escape import safe_url
from consistency.core.types import Article
from consistency.structured.timeanchor import _DATELINE, anchor_date

TITLE_CHARS = 90
LABEL_CHARS = 60


@dataclass(frozen=True)
class SourceInfo:
    """A source as a reader knows it. ``date_from`` is "metadata", "dateline" or None;
    ``url`` is set only when it is safe to link (see :func:`consistency.core.escape.safe_url`),
    ``raw_url`` is the URL as given, for showing as text."""

    doc_id: str
    label: str  # short name for tables and finding headers: outlet, else given title, else file
    title: str | None
    outlet: str | None
    date: str | None  # ISO YYYY-MM-DD
    date_from: str | None
    url: str | None
    raw_url: str | None
    file: str


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return (cut or text[: limit - 1]) + "…"


def _first_line(article: Article) -> str | None:
    body = [article.text[s.start : s.end] for s in article.body] or [article.text]
    for chunk in body:
        for line in chunk.splitlines():
            if line.strip():
                dateline = _DATELINE.match(line)  # "GENEVA, Jan. 21 (AP) -" is no title
                rest = line[dateline.end() :].strip() if dateline else ""
                return rest or line.strip()
    return None


_DESCRIBED: dict[tuple, SourceInfo] = {}  # a report names each source many times


def describe_source(article: Article) -> SourceInfo:
    """Title, outlet, date and link of one document, with a short label for tables."""
    key = (article.id, article.path, article.source, article.title, article.published,
           article.url)  # fmt: skip
    known = _DESCRIBED.get(key)
    if known is None:
        if len(_DESCRIBED) >= 100_000:
            _DESCRIBED.clear()
        known = _DESCRIBED[key] = _describe(article)
    return known


def _describe(article: Article) -> SourceInfo:
    file = Path(article.path).name
    # ingest falls back to the file stem for the source; that is no outlet a reader knows
    outlet = article.source if article.source and article.source != Path(file).stem else None
    title = article.title or _first_line(article)
    title = _shorten(title, TITLE_CHARS) if title else None
    day = anchor_date(article)
    if day is None and article.year_inferred:  # a wire dateline's day, the year ingest's
        day = date.fromisoformat(article.published)  # type: ignore[arg-type]
    from_meta = bool(day and article.published and article.published.startswith(day.isoformat()))
    from_meta = from_meta and not article.year_inferred
    date_from = "metadata" if from_meta else "dateline"
    # a title guessed from the first line is often a body sentence, no name to cite
    label = _shorten(outlet or article.title or file, LABEL_CHARS)
    return SourceInfo(
        doc_id=article.id,
        label=label,
        title=title,
        outlet=outlet,
        date=day.isoformat() if day else None,
        date_from=date_from if day else None,
        url=safe_url(article.url),
        raw_url=article.url,
        file=file,
    )
