"""``Key: value`` header blocks at the top of a plain-text file, and the short masthead
lines a wire service, blog or station prints above them.

Wire copy, blogs and broadcast scripts open with labelled lines ("Title:", "Source:",
"Date:", "Posted:", "Channel:") among labels no reader needs ("Priority:", "Category:",
"Slug:", "Keywords:", "Running time:"); those do not end the block, so the body starts
after all of them. Above the block there may be a masthead ("MERIDIAN PRESS - UK NEWS
SERVICE", "HATHERLEY MATTERS" with a tagline, "WEALDSHIRE TONIGHT"): it names the outlet
when no key does, else the programme when no key names one. A date with a time and a zone
("Sunday, September 7, 2025 - 21:52 BST") is given as its day.

An unknown label counts only as a short line whose label is in title case: a transcript's
speaker labels ("ANCHOR:", "Q:") and a body sentence with a colon end the block.
"""

from __future__ import annotations

import re

from consistency.stages.header_case import cased
from consistency.stages.header_dates import header_date
from consistency.stages.header_lines import DASH
from consistency.stages.header_words import MAX_HEADER_CHARS, MAX_ISSUER_WORDS, NAME_WORD, words

__all__ = ["keyed_header", "fuller_header"]

# Known labels and the field each gives; the date labels of headers.yaml give the date too.
_KEYS = {
    "title": "title", "headline": "title", "post title": "title", "article title": "title",
    "source": "source", "outlet": "source",
    "publisher": "source", "station": "source", "channel": "source", "blog": "source",
    "programme": "title", "program": "title", "broadcast date": "published",
    "show": "title", "date": "published", "published": "published", "dated": "published",
    "by": "author", "author": "author", "byline": "author", "url": "url", "link": "url",
}  # fmt: skip
_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{0,14}?)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
# a label no reader needs: one to three words, the first capitalised ("Word count")
_OTHER_KEY = re.compile(r"[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,2}")
_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")
_REMARK_LINE = re.compile(r"^\[[^\]\n]+\]$")  # "[Automated transcript, checked by newsroom.]"
# "Downland TV (regional news)": a remark with a word in lower case describes the outlet;
# "(WNA)", "(Brackenford Rovers Supporters' Trust)" are names
_LOWER_REMARK = re.compile(r"\s*\((?=[^)]*(?<![\w'’])[a-z])[^)]*\)\s*$")
_MAX_MASTHEAD_LINES = 3
_MAX_MASTHEAD_CHARS = 100


def _key(line: str) -> str | None:
    """The field a header line gives, "" for a label no reader needs, None for no label."""
    m = _LINE.match(line)
    if not m:
        return None
    label = " ".join(m.group(1).split()).lower()
    known = _KEYS.get(label) or ("published" if label in words("date_labels") else None)
    if known:
        return known
    other = _OTHER_KEY.fullmatch(m.group(1).strip()) and not m.group(1).isupper()
    return "" if other and _short(line) else None


def _short(line: str) -> bool:
    return len(line) <= MAX_HEADER_CHARS and not (
        len(line.split()) >= 6 and _SENTENCE.search(line)
    )


def keyed_header(text: str, mastheads: int = 0) -> tuple[dict[str, str], int]:
    """The fields of the ``Key: value`` block that opens a file (after up to ``mastheads``
    short masthead lines), and where the body starts; ``({}, 0)`` without a known key."""
    meta: dict[str, str] = {}
    top: list[str] = []
    pos, keyed = 0, False
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        key = _key(line) if line else ""
        if line and key is None:
            if not keyed and len(top) < mastheads and _masthead_line(line):
                top.append(line)
            elif not (keyed and _REMARK_LINE.match(line)):
                break
        elif key:
            value = _LINE.match(line).group(2)  # type: ignore[union-attr]
            meta.setdefault(key, _value(key, value))
        keyed = keyed or bool(line and key is not None)
        pos += len(raw)
    if not meta:
        return {}, 0
    if top:
        _from_masthead(meta, top[0], text)
    return meta, pos


def _masthead_line(line: str) -> bool:
    return len(line) <= _MAX_MASTHEAD_CHARS and not _SENTENCE.search(line)


def _value(key: str, value: str) -> str:
    if key == "published":
        return header_date(value) or value
    if key == "source":  # "(WNA)" is part of the name, "(regional news)" a description
        return _LOWER_REMARK.sub("", value) or value
    return value


def _from_masthead(meta: dict[str, str], line: str, text: str) -> None:
    """The outlet a masthead names (before a dash: "MERIDIAN PRESS - UK NEWS SERVICE") when
    no key names one; else, a one-part masthead is the programme when no key names one."""
    parts = DASH.split(line)
    split = parts[0].split()
    if not (1 <= len(split) <= MAX_ISSUER_WORDS and all(NAME_WORD.fullmatch(w) for w in split)):
        return  # a headline or a sentence, not a name
    name = cased(parts[0], text)
    if "source" not in meta:
        meta["source"] = name
    elif "title" not in meta and len(parts) == 1 and name.lower() not in meta["source"].lower():
        meta["title"] = name


def fuller_header(text: str, meta: dict[str, str], start: int) -> tuple[dict[str, str], int]:
    """The header read below a masthead when it names more fields than ``meta`` (what the
    other readers found), or that names the source where ``meta`` only guessed it (one
    masthead read as both outlet and title), else ``meta`` as it is."""
    guessed = bool(meta.get("source")) and meta.get("source") == meta.get("title")
    if len(meta) >= 3 and not guessed:
        return meta, start
    below = keyed_header(text, _MAX_MASTHEAD_LINES)
    if guessed and "source" in below[0]:  # "Channel: Downland TV" under the masthead
        return {**meta, **below[0]}, below[1]
    return below if len(below[0]) > len(meta) else (meta, start)
