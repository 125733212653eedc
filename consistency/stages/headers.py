"""Header blocks of press releases, organisations' statements and broadcast transcripts
in plain-text files.

A release opens with a marker line ("FOR IMMEDIATE RELEASE"), a headline and a dated
dateline ("HALVERN, June 1, 2026 - Brightmeadow Nutrition today announced ..."); a
statement opens with its organisation in capitals ("LISLE COUNTY OFFICE OF EMERGENCY
MANAGEMENT"), a subject line ("Public Statement: ...", "Subject: ...") and a date line
("Update No. 3 - Saturday, April 18, 2026"); a transcript opens with its station and
programme ("CARROW FM NEWS - BREAKFAST BULLETIN"), a marker line ("Transcript") and the
broadcast date. These lines name the source and are not news, so the body starts after
them and they never become claims.

Only a block that has a marker line (release or transcript) among its first three lines,
or one that opens with an organisation line and has a subject line, is read: an article
whose first line is a headline in capitals, a dateline inside a paragraph, "Transcript of
the call was released ..." or "Subject:" in a quoted email is left alone.

The issuer of a release without an organisation line is the name its headline and its
first sentence both begin with ("Brightmeadow Nutrition Announces ..." / "Brightmeadow
Nutrition today announced ..."), else the X of the closing "About X:" paragraph. This
is a rule, not spaCy NER: it needs no model, and it only ever returns a name the release
itself repeats. The wordings are data (``lang/en/headers.yaml``).

This module reads the block; the line classes are in ``header_lines``, dates in
``header_dates``, issuers and mastheads in ``header_issuers``, capitals in ``header_case``.
"""

from __future__ import annotations

from consistency.stages.header_case import cased
from consistency.stages.header_issuers import (
    caps_headline,
    issuer,
    issuer_above_genre,
    issuer_below_genre,
    masthead,
)
from consistency.stages.header_lines import DASH, HeaderLine, block, classify
from consistency.stages.header_shapes import blog_post, broadcast
from consistency.stages.header_words import norm, patterns, words

__all__ = ["read_header"]

_QUOTES = "\"'“”‘’ "


def read_header(text: str, start: int = 0) -> tuple[dict[str, str], int]:
    """Title, outlet and date of a release's or statement's header block, and where the
    body starts; ``({}, start)`` when the file does not open with such a block."""
    lines = [classify(line, text) for line in block(text, start)]
    lines = issuer_below_genre(issuer_above_genre(lines, text), text)
    if not lines:
        return {}, start
    if any(_transcript_line(x, lines) for x in lines[:3]):
        return _transcript(lines, text, start)
    heard = broadcast(lines, text, start)  # station line, date, then speaker labels
    if heard:
        return heard
    release = any(line.marker for line in lines[:3])
    # a date line alone is not enough: "PORT STRIKE HITS CITY AUTHORITY" over a date is a
    # headline; a statement also has its subject or statement line
    statement = lines[0].kind == "org" and any(
        x.kind in ("title", "marker") or x.marker for x in lines
    )
    if not (release or statement):
        return blog_post(lines, text, start) or masthead(lines, text, start)
    meta: dict[str, str] = {}
    used = [x for x in lines if x.kind != "other"]
    for key, kind in (("source", "org"), ("published", "date"), ("title", "title")):
        value = next((x.value for x in lines if x.kind == kind and x.value), None)
        if value:
            meta[key] = value
    if "title" not in meta:
        other = _headline(lines)
        if other is not None:
            meta["title"] = other.text
            used.append(other)
    body_start = max((x.end for x in used), default=start)
    if "source" not in meta:
        found = issuer(meta.get("title"), text, body_start)
        if found:
            meta["source"] = found
    return meta, body_start


def _headline(lines: list[HeaderLine]) -> HeaderLine | None:
    """The headline of a release: the first unlabelled line after its first marker or date
    line ("PRESS RELEASE" / date / "For immediate release" / headline), else the first."""
    others = [i for i, x in enumerate(lines) if x.kind == "other"]
    opened = next((i for i, x in enumerate(lines) if x.kind in ("marker", "date")), None)
    after = [i for i in others if opened is not None and i > opened]
    # an address line may come first: a headline in capitals is the headline
    shouted = [i for i in after if caps_headline(lines[i].text)]
    return lines[(shouted or after or others)[0]] if others else None


def _transcript_line(line: HeaderLine, lines: list[HeaderLine]) -> bool:
    """A transcript marker line; one that says what it transcribes ("Transcript of the
    lead item") only in a block with a broadcast date, since a sentence can open so
    ("Transcript of the call was released")."""
    if line.transcript or (_programme(line) and any(x.kind == "date" for x in lines)):
        return True
    if line.kind != "transcript":
        return False
    exact = any(norm(p) in words("transcript_markers") for p in DASH.split(line.text))
    return exact or any(x.kind == "date" for x in lines)


def _transcript(lines: list[HeaderLine], text: str, start: int) -> tuple[dict[str, str], int]:
    """A transcript's header: the station before the dash of its name line, the programme
    after it, the broadcast date. A name line without a dash is the programme, and it is
    also the source: "KTV Sportsnight" is what a reader cites, not the file's name."""
    marker = next((x for x in lines if x.kind == "transcript" and x.value), None)
    programme = next((x for x in lines if _programme(x)), None)
    # a name line above the marker names the station ("BRACK FM 97.4 - THE BREAKFAST SHOW"
    # over "TRANSCRIPT - NEWS SEGMENT"); the marker's own name only when none does
    above = lines[: lines.index(marker)] if marker else lines
    named = next((x for x in above if x.kind in ("other", "org") and x is not programme), None)
    name = named.text if named else (marker.value if marker and marker.value else "")
    meta: dict[str, str] = {}
    if name:  # 'KESTLETON FM 98.4 - "ARTS TONIGHT"': the programme's quotes are no part of it
        parts = [p.strip(_QUOTES) for p in DASH.split(name, maxsplit=1)]
        meta["source"] = cased(parts[0], text)
        meta["title"] = cased(parts[-1], text)
    if programme is not None:  # "Programme: Westmoor Drive" under the station's name
        meta["title"] = _programme(programme)
    day = next((x.value for x in lines if x.kind == "date" and x.value), None)
    if day:
        meta["published"] = day
    used = [x for x in lines if x.kind != "other"] + [x for x in (named, programme) if x]
    return meta, max((x.end for x in used), default=start)


def _programme(line: HeaderLine) -> str | None:
    """The programme a "Programme: ..." line names, else None."""
    m = patterns()["programme"].match(line.text)
    return m.group("rest").strip() if m else None
