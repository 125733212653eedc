"""The short lines that open a plain-text file, each classified by what it says: a release
or transcript marker, a date, a subject (the title), an organisation, a contact line, or
an unlabelled line (a headline, an address, a tagline).

``headers.read_header`` decides from these classes which kind of header block, if any,
the file opens with; nothing here decides that alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.stages.header_case import cased
from consistency.stages.header_dates import date_line, labelled_date
from consistency.stages.header_words import (
    LOOKAHEAD,
    MAX_HEADER_CHARS,
    MAX_ISSUER_WORDS,
    NAME_WORD,
    legal_forms,
    norm,
    patterns,
    words,
)

__all__ = ["DASH", "HeaderLine", "block", "classify", "transcript_part"]

_MAX_LINES = 8  # a header is a few lines; more short lines are a list in the body
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_BRACKETED = re.compile(r"[\[(](.+)[\])]")  # a whole line in brackets
_PARTS = re.compile(r"\s+[-–—/|]\s+|,\s+")
DASH = re.compile(r"\s+[-–—|]\s+")  # "STATION - PROGRAMME"
_LABEL_PARTS = re.compile(r"\s+[-–—/|]\s+|\s*:\s*")  # "STATEMENT - FOR IMMEDIATE RELEASE"


@dataclass(frozen=True)
class HeaderLine:
    """One header line: its text (stripped), what it is, what it gives, where it ends."""

    text: str
    end: int
    kind: str = "other"  # marker, transcript, date, title, org, contact or other
    value: str | None = None
    marker: bool = False
    transcript: bool = False  # a "Transcript: <date>" line: a date that marks a transcript


def block(text: str, start: int) -> list[tuple[str, int]]:
    """The short lines before the first paragraph, with the offset each one ends at."""
    out: list[tuple[str, int]] = []
    pos = start
    for raw in text[start : start + LOOKAHEAD].splitlines(keepends=True):
        pos += len(raw)
        line = raw.strip()
        if not line:
            continue
        if len(out) >= _MAX_LINES or (_is_paragraph(line) and not date_line(line)):
            break
        out.append((line, pos))
    return out


def _is_paragraph(line: str) -> bool:
    return len(line) > MAX_HEADER_CHARS or (
        len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))
    )


def classify(item: tuple[str, int], text: str) -> HeaderLine:
    """What one header line is; the checks run from the most specific label down, so a
    labelled line never reads as an organisation or a headline."""
    line, end = item
    pat = patterns()
    if pat["contact"].match(line):
        return HeaderLine(line, end, "contact")
    dated = labelled_date(line)
    if dated:
        return HeaderLine(line, end, "date", dated[0], transcript=dated[1])
    subject = pat["subject"].match(line)
    if subject:
        return HeaderLine(line, end, "title", subject.group("rest").strip())
    bracketed = _BRACKETED.fullmatch(line)
    if bracketed and any(transcript_part(p) for p in DASH.split(bracketed.group(1))):
        return HeaderLine(line, end, "transcript")  # "[Transcript - lead story]": a remark
    named = [p for p in DASH.split(line) if not transcript_part(p)]
    if len(named) < len(DASH.split(line)):  # "Transcript" / "RADIO X - TRANSCRIPT"
        return HeaderLine(line, end, "transcript", " - ".join(named) or None)
    parts = [norm(p) for p in _LABEL_PARTS.split(line)]
    if _marker_only(parts):
        return HeaderLine(line, end, "marker", marker=True)
    if all(p in words("statement_labels") for p in parts):  # "STATEMENT": the genre only
        return HeaderLine(line, end, "marker")
    issuer = _labelled_issuer(line, text)
    if issuer:  # "HALVERN ZOO - PUBLIC STATEMENT": the line names who issues it
        return HeaderLine(line, end, "org", issuer, marker=True)
    marker = pat["marker"].match(line)
    rest = marker.group("rest") if marker else ""
    day = date_line(line)
    if day:
        return HeaderLine(line, end, "date", day, marker=bool(marker))
    if marker and (not rest or any(ch.isdigit() for ch in rest)):  # "EMBARGOED UNTIL 10 A.M."
        return HeaderLine(line, end, "marker", marker=True)
    if pat["statement"].match(line):
        return HeaderLine(line, end, "title", line)
    org = _organisation(line, text)
    if org:
        return HeaderLine(line, end, "org", org)
    return HeaderLine(line, end)


def transcript_part(part: str) -> bool:
    """A transcript marker, alone or with what it transcribes ("Transcript of the lead
    item", "Transcript of tonight's bulletin"): a few words after "of"."""
    normed, markers = norm(part), words("transcript_markers")
    head, sep, what = normed.partition(" of ")
    # "Segment transcript", "Interview transcript": one word naming what it transcribes
    split = normed.split()
    named = len(split) == 2 and split[-1] in markers and split[0].isalpha()
    return normed in markers or named or bool(sep and head in markers and len(what.split()) <= 5)


def _labelled_issuer(line: str, text: str) -> str | None:
    """The issuer of a "NAME - PUBLIC STATEMENT" line: one dash-separated part names the
    genre (a release marker or statement label), the only other part is a short name."""
    parts = DASH.split(line)
    genres = words("release_markers") | words("statement_labels")
    genre = [p for p in parts if norm(p) in genres]
    names = [p for p in parts if p not in genre]
    if not genre or len(names) != 1 or not 1 <= len(names[0].split()) <= MAX_ISSUER_WORDS:
        return None
    name_words = names[0].split()
    if date_line(names[0]) or not all(NAME_WORD.fullmatch(w) for w in name_words):
        return None  # "Press Statement - 2025-07-01" is dated, not signed
    return cased(names[0], text)


def _marker_only(parts: list[str]) -> bool:
    """True for a line made of a release marker and statement labels only ("STATEMENT -
    FOR IMMEDIATE RELEASE"): it says what the document is, so it is no title."""
    markers, labels = words("release_markers"), words("statement_labels")
    return any(p in markers for p in parts) and all(p in markers or p in labels for p in parts)


def _organisation(line: str, text: str) -> str | None:
    """The organisation a line names (title case, acronyms kept), or None.

    "City of Carrowick - Office of the Mayor" and "KESTREL FALLS POLICE DEPARTMENT /
    Office of Public Information" name the first part; the rest is a unit of it.
    """
    first = _PARTS.split(line, maxsplit=1)[0]
    if not any(ch.isalpha() for ch in first):
        return None
    name = cased(first, text).split()
    if name[-1].isupper() and first.isupper():  # "LTD" never spelled otherwise: "Ltd"
        name[-1] = legal_forms().get(name[-1].lower(), name[-1])
    return " ".join(name) if _is_org(name) else None


def _is_org(name: list[str]) -> bool:
    """True for "Name Name Head" or "Name Head of (the) Name ..." ("Office of the Mayor")."""
    heads, small = words("org_heads"), words("lower_words")
    bare = [w.strip(".,;:").lower() for w in name]
    for i, word in enumerate(bare):
        if word not in heads or not all(NAME_WORD.fullmatch(w) for w in name[:i]):
            continue
        tail = name[i + 1 :]
        if not tail:
            return True
        if bare[i + 1] in ("of", "for") and all(
            NAME_WORD.fullmatch(w) or w.lower() in small for w in tail[1:]
        ):
            return True
    return False
