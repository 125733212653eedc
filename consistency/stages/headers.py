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
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from consistency.lang import month_pattern

__all__ = ["read_header"]

_FILE = Path(__file__).resolve().parent.parent / "lang" / "en" / "headers.yaml"
_MAX_LINES = 8  # a header is a few lines; more short lines are a list in the body
_MAX_HEADER_CHARS = 160
_MAX_DATE_LINE_WORDS = 6  # "Update No. 3 - Saturday," besides the date itself
_LOOKAHEAD = 4000  # characters searched for the header block
_CASE_CHARS = 100_000  # text searched for how a capitalised word is spelled
_MONTH = month_pattern()
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b",
    re.IGNORECASE,
)
_QUOTES = "\"'“”‘’ "
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_NAME_WORD = re.compile(r"[A-Z0-9][\w'’.&-]*|&")
_BRACKETED = re.compile(r"[\[(](.+)[\])]")  # a whole line in brackets
_REMARK = re.compile(r"\s*\([^)]*\)\s*$")
_MAX_ISSUER_WORDS = 6
_VOWELS = frozenset("aeiouy")
_MIN_HEADLINE_WORDS = 4  # "ALL CUSTOMERS RECONNECTED FOLLOWING ...": shorter caps lines are names
_PARTS = re.compile(r"\s+[-–—/|]\s+|,\s+")
_DASH = re.compile(r"\s+[-–—|]\s+")  # "STATION - PROGRAMME"
_LABEL_PARTS = re.compile(r"\s+[-–—/|]\s+|\s*:\s*")  # "STATEMENT - FOR IMMEDIATE RELEASE"
# "KESTREL FALLS, March 9, 2026 - " / "CARROWICK - " at the start of the first paragraph
_DATELINE_PREFIX = re.compile(
    r"\A[A-Z][A-Z .'/-]+(?:,[^–—\n]{0,60}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+"
)


@functools.cache
def _raw() -> dict[str, tuple[str, ...]]:
    with _FILE.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    return {k: tuple(" ".join(w.split()) for w in v.split("|") if w.strip())
            for k, v in raw.items()}  # fmt: skip


@functools.cache
def _data() -> dict[str, frozenset[str]]:
    return {k: frozenset(w.lower() for w in v) for k, v in _raw().items()}


@functools.cache
def _legal_forms() -> dict[str, str]:
    """How a legal form is spelled when its name is in capitals: "ltd" -> "Ltd"."""
    return {w.lower(): w for w in _raw()["legal_forms"]}


def _phrases(key: str) -> str:
    words = sorted(_data()[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE
    markers = _phrases("release_markers")
    return {
        "marker": re.compile(rf"^(?:{markers})\b[\s:.\-–—]*(?P<rest>.*)$", flags),
        "subject": re.compile(rf"^(?:{_phrases('subject_labels')})\s*:\s*(?P<rest>\S.*)$", flags),
        "statement": re.compile(rf"^(?:{_phrases('statement_labels')})\s*[:\-–—]\s*\S", flags),
        "contact": re.compile(rf"^(?:{_phrases('contact_labels')})\s*:", flags),
        "dated": re.compile(rf"^(?P<label>{_phrases('date_labels')})\s*:\s*(?P<rest>\S.*)$", flags),
        "about": re.compile(
            rf"^(?i:{_phrases('about_labels')})\s+(?P<org>[A-Z][^:\n]{{1,80}}?)\s*:", re.MULTILINE
        ),
    }


@dataclass(frozen=True)
class _Line:
    """One header line: its text (stripped), what it is, what it gives, where it ends."""

    text: str
    end: int
    kind: str = "other"  # marker, transcript, date, title, org, contact or other
    value: str | None = None
    marker: bool = False
    transcript: bool = False  # a "Transcript: <date>" line: a date that marks a transcript


def read_header(text: str, start: int = 0) -> tuple[dict[str, str], int]:
    """Title, outlet and date of a release's or statement's header block, and where the
    body starts; ``({}, start)`` when the file does not open with such a block."""
    lines = [_classify(line, text) for line in _block(text, start)]
    lines = _issuer_below_genre(_issuer_above_genre(lines, text), text)
    if not lines:
        return {}, start
    if any(_transcript_line(x, lines) for x in lines[:3]):
        return _transcript(lines, text, start)
    release = any(line.marker for line in lines[:3])
    # a date line alone is not enough: "PORT STRIKE HITS CITY AUTHORITY" over a date is a
    # headline; a statement also has its subject or statement line
    statement = lines[0].kind == "org" and any(
        x.kind in ("title", "marker") or x.marker for x in lines)
    if not (release or statement):
        return _masthead(lines, text, start)
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
        issuer = _issuer(meta.get("title"), text, body_start)
        if issuer:
            meta["source"] = issuer
    return meta, body_start


def _issuer_above_genre(lines: list[_Line], text: str) -> list[_Line]:
    """The first line made an organisation when it is a short name alone on its line
    right above a genre line ("BRACKENFORD ROVERS FOOTBALL CLUB" over "PRESS RELEASE"),
    or above its address line and then the genre line: the issuer, whatever its head
    noun."""
    genre = next((i for i, x in enumerate(lines) if x.kind == "marker"), None)
    # up to two lines (a tagline, an address) between the issuer and the genre line
    if genre is None or not 1 <= genre <= 3 or lines[0].kind != "other":
        return lines
    if any(x.kind not in ("other", "org") for x in lines[1:genre]) or not _name_line(lines[0]):
        return lines
    first = lines[0]
    return [_Line(first.text, first.end, "org", _cased(first.text, text)), *lines[1:]]


def _issuer_below_genre(lines: list[_Line], text: str) -> list[_Line]:
    """The line right below an opening "PRESS RELEASE" made an organisation when it is a
    short name and more unlabelled lines (its address, the headline) follow it: the issuer
    ("PRESS RELEASE" / "Northvale Power Networks" / address / date / headline). A name alone
    above the body is the headline."""
    if len(lines) < 3 or not lines[0].marker or lines[1].kind != "other":
        return lines
    if not _name_line(lines[1]) or _caps_headline(lines[1].text):
        return lines
    if not any(x.kind == "other" for x in lines[2:]):
        return lines
    second = lines[1]
    return [lines[0], _Line(second.text, second.end, "org", _cased(second.text, text)), *lines[2:]]


def _name_line(line: _Line) -> bool:
    words = line.text.split()
    return len(words) <= _MAX_ISSUER_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


def _caps_headline(line: str) -> bool:
    """A headline in capitals: four or more words, no lower-case letter."""
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= _MIN_HEADLINE_WORDS and not any(ch.islower() for ch in line)


def _masthead(lines: list[_Line], text: str, start: int) -> tuple[dict[str, str], int]:
    """A blog's or newsletter's masthead block: a short first line (the outlet), then
    taglines, bylines and a date line, then a headline in capitals (the title, kept as
    written). Without a dated line and a later headline in capitals the first line is
    itself the headline ("STRIKE SHUTS PORT AUTHORITY" over a date), so nothing is read."""
    if len(lines) < 3 or lines[0].kind != "other" or not _name_line(lines[0]):
        return {}, start
    dated = next((i for i, x in enumerate(lines) if x.kind == "date" and x.value), None)
    head = next((i for i, x in enumerate(lines) if i and x.kind == "other"
                 and _caps_headline(x.text)), None)  # fmt: skip
    if dated is None or head is None or head < dated:
        return {}, start
    meta = {"source": _cased(lines[0].text, text), "published": lines[dated].value or "",
            "title": lines[head].text}
    return meta, lines[head].end


def _headline(lines: list[_Line]) -> _Line | None:
    """The headline of a release: the first unlabelled line after its first marker or date
    line ("PRESS RELEASE" / date / "For immediate release" / headline), else the first."""
    others = [i for i, x in enumerate(lines) if x.kind == "other"]
    opened = next((i for i, x in enumerate(lines) if x.kind in ("marker", "date")), None)
    after = [i for i in others if opened is not None and i > opened]
    # an address line may come first: a headline in capitals is the headline
    shouted = [i for i in after if _caps_headline(lines[i].text)]
    return lines[(shouted or after or others)[0]] if others else None


def _block(text: str, start: int) -> list[tuple[str, int]]:
    """The short lines before the first paragraph, with the offset each one ends at."""
    out: list[tuple[str, int]] = []
    pos = start
    for raw in text[start : start + _LOOKAHEAD].splitlines(keepends=True):
        pos += len(raw)
        line = raw.strip()
        if not line:
            continue
        if len(out) >= _MAX_LINES or (_is_paragraph(line) and not _date_line(line)):
            break
        out.append((line, pos))
    return out


def _is_paragraph(line: str) -> bool:
    return len(line) > _MAX_HEADER_CHARS or (
        len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))
    )


def _classify(item: tuple[str, int], text: str) -> _Line:
    line, end = item
    pat = _patterns()
    if pat["contact"].match(line):
        return _Line(line, end, "contact")
    dated = _labelled_date(line)
    if dated:
        return _Line(line, end, "date", dated[0], transcript=dated[1])
    subject = pat["subject"].match(line)
    if subject:
        return _Line(line, end, "title", subject.group("rest").strip())
    bracketed = _BRACKETED.fullmatch(line)
    if bracketed and any(_transcript_part(p) for p in _DASH.split(bracketed.group(1))):
        return _Line(line, end, "transcript")  # "[Transcript - lead story]": a remark
    named = [p for p in _DASH.split(line) if not _transcript_part(p)]
    if len(named) < len(_DASH.split(line)):  # "Transcript" / "RADIO X - TRANSCRIPT"
        return _Line(line, end, "transcript", " - ".join(named) or None)
    parts = [_norm(p) for p in _LABEL_PARTS.split(line)]
    if _marker_only(parts):
        return _Line(line, end, "marker", marker=True)
    if all(p in _data()["statement_labels"] for p in parts):  # "STATEMENT": the genre only
        return _Line(line, end, "marker")
    issuer = _labelled_issuer(line, text)
    if issuer:  # "HALVERN ZOO - PUBLIC STATEMENT": the line names who issues it
        return _Line(line, end, "org", issuer, marker=True)
    marker = pat["marker"].match(line)
    rest = marker.group("rest") if marker else ""
    day = _date_line(line)
    if day:
        return _Line(line, end, "date", day, marker=bool(marker))
    if marker and (not rest or any(ch.isdigit() for ch in rest)):  # "EMBARGOED UNTIL 10 A.M."
        return _Line(line, end, "marker", marker=True)
    if pat["statement"].match(line):
        return _Line(line, end, "title", line)
    org = _organisation(line, text)
    if org:
        return _Line(line, end, "org", org)
    return _Line(line, end)


def _norm(part: str) -> str:
    """Lowercase, spaces collapsed, a closing remark in brackets dropped ("Programme
    transcript (automated, edited for clarity)")."""
    return " ".join(_REMARK.sub("", part).split()).lower().strip(".:")


def _transcript_line(line: _Line, lines: list[_Line]) -> bool:
    """A transcript marker line; one that says what it transcribes ("Transcript of the
    lead item") only in a block with a broadcast date, since a sentence can open so
    ("Transcript of the call was released")."""
    if line.transcript:
        return True
    if line.kind != "transcript":
        return False
    exact = any(_norm(p) in _data()["transcript_markers"] for p in _DASH.split(line.text))
    return exact or any(x.kind == "date" for x in lines)


def _transcript_part(part: str) -> bool:
    """A transcript marker, alone or with what it transcribes ("Transcript of the lead
    item", "Transcript of tonight's bulletin"): a few words after "of"."""
    norm, markers = _norm(part), _data()["transcript_markers"]
    head, sep, what = norm.partition(" of ")
    # "Segment transcript", "Interview transcript": one word naming what it transcribes
    words = norm.split()
    named = len(words) == 2 and words[-1] in markers and words[0].isalpha()
    return norm in markers or named or bool(sep and head in markers and len(what.split()) <= 5)


def _labelled_issuer(line: str, text: str) -> str | None:
    """The issuer of a "NAME - PUBLIC STATEMENT" line: one dash-separated part names the
    genre (a release marker or statement label), the only other part is a short name."""
    data = _data()
    parts = _DASH.split(line)
    genre = [p for p in parts if _norm(p) in data["release_markers"] | data["statement_labels"]]
    names = [p for p in parts if p not in genre]
    if not genre or len(names) != 1 or not 1 <= len(names[0].split()) <= _MAX_ISSUER_WORDS:
        return None
    words = names[0].split()
    if _date_line(names[0]) or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None  # "Press Statement - 2025-07-01" is dated, not signed
    return _cased(names[0], text)


def _marker_only(parts: list[str]) -> bool:
    """True for a line made of a release marker and statement labels only ("STATEMENT -
    FOR IMMEDIATE RELEASE"): it says what the document is, so it is no title."""
    data = _data()
    return any(p in data["release_markers"] for p in parts) and all(
        p in data["release_markers"] or p in data["statement_labels"] for p in parts
    )


def _transcript(lines: list[_Line], text: str, start: int) -> tuple[dict[str, str], int]:
    """A transcript's header: the station before the dash of its name line, the programme
    after it, the broadcast date. A name line without a dash is the programme, and it is
    also the source: "KTV Sportsnight" is what a reader cites, not the file's name."""
    marker = next((x for x in lines if x.kind == "transcript" and x.value), None)
    named = None if marker else next((x for x in lines if x.kind in ("other", "org")), None)
    name = marker.value if marker and marker.value else (named.text if named else "")
    meta: dict[str, str] = {}
    if name:  # 'KESTLETON FM 98.4 - "ARTS TONIGHT"': the programme's quotes are no part of it
        parts = [p.strip(_QUOTES) for p in _DASH.split(name, maxsplit=1)]
        meta["source"] = _cased(parts[0], text)
        meta["title"] = _cased(parts[-1], text)
    day = next((x.value for x in lines if x.kind == "date" and x.value), None)
    if day:
        meta["published"] = day
    used = [x for x in lines if x.kind != "other"] + ([named] if named else [])
    return meta, max((x.end for x in used), default=start)


def _cased(line: str, text: str) -> str:
    """A line in title case when it is in capitals, else as written."""
    letters = [ch for ch in line if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) >= 0.8
    return _title_case(line, text) if capitals else line


def _date_line(line: str) -> str | None:
    """The date of a short line that is mostly a date, as "D Mon YYYY" or ISO."""
    m = _FULL_DATE.search(line)
    if not m or len(line) > 80:
        return None
    others = (line[: m.start()] + " " + line[m.end() :]).split()
    if len(others) > _MAX_DATE_LINE_WORDS:
        return None
    return _formatted(m)


def _labelled_date(line: str) -> tuple[str, bool] | None:
    """The date of a "Posted: <date> by ..." / "Transcript: <date>, 07:10 bulletin" line,
    and whether its label marks a transcript; the date must open what follows the label
    (a weekday may precede it), whatever comes after it."""
    m = _patterns()["dated"].match(line)
    day = _FULL_DATE.search(m.group("rest")) if m and len(line) <= _MAX_HEADER_CHARS else None
    if not day or len(m.group("rest")[: day.start()].split()) > 1:  # type: ignore[union-attr]
        return None
    label = _norm(m.group("label"))  # type: ignore[union-attr]
    return _formatted(day), label in _data()["transcript_markers"]


def _formatted(m: re.Match[str]) -> str:
    if m.group("iso"):
        return m.group("iso")
    month, day, year = (m.group("m") or m.group("m2"), m.group("d") or m.group("d2"),
                        m.group("y") or m.group("y2"))  # fmt: skip
    return f"{int(day)} {month[:3].title()} {year}"


def _organisation(line: str, text: str) -> str | None:
    """The organisation a line names (title case, acronyms kept), or None.

    "City of Carrowick - Office of the Mayor" and "KESTREL FALLS POLICE DEPARTMENT /
    Office of Public Information" name the first part; the rest is a unit of it.
    """
    first = _PARTS.split(line, maxsplit=1)[0]
    if not any(ch.isalpha() for ch in first):
        return None
    words = _cased(first, text).split()
    if words[-1].isupper() and first.isupper():  # "LTD" never spelled otherwise: "Ltd"
        words[-1] = _legal_forms().get(words[-1].lower(), words[-1])
    return " ".join(words) if _is_org(words) else None


def _is_org(words: list[str]) -> bool:
    """True for "Name Name Head" or "Name Head of (the) Name ..." ("Office of the Mayor")."""
    heads, small = _data()["org_heads"], _data()["lower_words"]
    bare = [w.strip(".,;:").lower() for w in words]
    for i, word in enumerate(bare):
        if word not in heads or not all(_NAME_WORD.fullmatch(w) for w in words[:i]):
            continue
        tail = words[i + 1 :]
        if not tail:
            return True
        if bare[i + 1] in ("of", "for") and all(
            _NAME_WORD.fullmatch(w) or w.lower() in small for w in tail[1:]
        ):
            return True
    return False


def _title_case(line: str, text: str) -> str:
    """An all-capitals line in title case, each word spelled as the text's mixed-case
    lines spell it ("KESTREL" -> "Kestrel", "FBI" stays), small words in lower case."""
    small = _data()["lower_words"]
    out = []
    for n, word in enumerate(line.split()):
        if n and word.lower() in small:
            out.append(word.lower())
            continue
        forms = Counter(
            m.group(0)
            for m in re.finditer(rf"\b{re.escape(word)}\b", text[:_CASE_CHARS], re.IGNORECASE)
            if m.group(0) != word or not word.isupper()
        )
        capitalised = [f for f, _ in forms.most_common() if f[:1].isupper()]
        if capitalised:
            out.append(capitalised[0])
        elif forms:  # seen only in lower case: still a name here
            out.append(word.capitalize())
        else:  # only ever in capitals: an acronym when short, else a plain word
            short = (len(word) <= 3 or len(word) == 4 and not _spoken(word)) and (
                word.lower() not in _data()["name_words"])
            out.append(word if short else word.capitalize())
    return " ".join(out)


def _spoken(word: str) -> bool:
    """A four-letter capitals word read as a word ("DALE"), not letters ("WKTO", "KBRN"):
    a consonant then a vowel open it. "NATO" reads so too and is written "Nato"."""
    first, second = word[:2].lower()
    return first not in _VOWELS and second in _VOWELS


def _issuer(title: str | None, text: str, body_start: int) -> str | None:
    """The release's issuer: the name its headline and first sentence both begin with,
    else the X of "About X:"."""
    body = text[body_start : body_start + _LOOKAHEAD].lstrip()
    first = body.split("\n", 1)[0]
    dateline = _DATELINE_PREFIX.match(first)
    sentence = first[dateline.end() :] if dateline else first
    common = _common_name(title or "", sentence)
    if common:
        return common
    about = _patterns()["about"].search(text, body_start)
    return about.group("org").strip() if about else None


def _common_name(title: str, sentence: str) -> str | None:
    def words(s: str) -> list[str]:
        ws = s.split()
        return ws[1:] if ws and ws[0].lower() == "the" else ws

    a, b = words(title), words(sentence)
    n = 0
    while n < min(len(a), len(b)) and a[n].strip(",:;").lower() == b[n].strip(",:;").lower():
        n += 1
    name = b[:n]
    while name and name[-1].lower() in _data()["lower_words"]:
        name.pop()
    if not name or n == len(a) or not all(_NAME_WORD.fullmatch(w) for w in name):
        return None
    return " ".join(name).strip(",:;")
