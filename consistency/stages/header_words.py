"""The wordings of plain-text header blocks (``lang/en/headers.yaml``) and the limits that
say how long a header line may be.

Release markers, statement and subject labels, organisation head nouns and the rest are
language data, loaded once and shared by the header readers (``headers``,
``header_lines``, ``header_dates``, ``header_issuers``) so each wording has one
definition.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

__all__ = [
    "LOOKAHEAD",
    "MAX_HEADER_CHARS",
    "MAX_ISSUER_WORDS",
    "NAME_WORD",
    "legal_forms",
    "norm",
    "patterns",
    "words",
]

_FILE = Path(__file__).resolve().parent.parent / "lang" / "en" / "headers.yaml"
LOOKAHEAD = 4000  # characters searched for the header block
MAX_HEADER_CHARS = 160
MAX_ISSUER_WORDS = 8  # "Carrow and Wyn Fire and Rescue Service"
NAME_WORD = re.compile(r"[A-Z0-9][\w'’.&-]*|&")
_REMARK = re.compile(r"\s*\([^)]*\)\s*$")


@functools.cache
def _raw() -> dict[str, tuple[str, ...]]:
    with _FILE.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    return {k: tuple(" ".join(w.split()) for w in v.split("|") if w.strip())
            for k, v in raw.items()}  # fmt: skip


@functools.cache
def _data() -> dict[str, frozenset[str]]:
    return {k: frozenset(w.lower() for w in v) for k, v in _raw().items()}


def words(key: str) -> frozenset[str]:
    """The lower-cased wordings of one key of ``headers.yaml`` ("release_markers", ...)."""
    return _data()[key]


@functools.cache
def legal_forms() -> dict[str, str]:
    """How a legal form is spelled when its name is in capitals: "ltd" -> "Ltd"."""
    return {w.lower(): w for w in _raw()["legal_forms"]}


def _phrases(key: str) -> str:
    longest_first = sorted(words(key), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The labelled lines of a header (marker, subject, statement, contact, dated) and the
    closing "About X:" paragraph, built from the data so a new wording needs no code."""
    flags = re.IGNORECASE
    markers = _phrases("release_markers")
    return {
        "marker": re.compile(rf"^(?:{markers})\b[\s:.\-–—]*(?P<rest>.*)$", flags),
        "subject": re.compile(rf"^(?:{_phrases('subject_labels')})\s*:\s*(?P<rest>\S.*)$", flags),
        "statement": re.compile(rf"^(?:{_phrases('statement_labels')})\s*[:\-–—]\s*\S", flags),
        "contact": re.compile(rf"^(?:{_phrases('contact_labels')})\s*:", flags),
        "dated": re.compile(rf"^(?P<label>{_phrases('date_labels')})\s*:\s*(?P<rest>\S.*)$", flags),
        "programme": re.compile(
            rf"^(?:{_phrases('programme_labels')})\s*:\s*(?P<rest>\S.*)$", flags
        ),
        "about": re.compile(
            rf"^(?i:{_phrases('about_labels')})\s+(?P<org>[A-Z][^:\n]{{1,80}}?)\s*:", re.MULTILINE
        ),
    }


def norm(part: str) -> str:
    """Lowercase, spaces collapsed, a closing remark in brackets dropped ("Programme
    transcript (automated, edited for clarity)"), so a part compares with the data."""
    return " ".join(_REMARK.sub("", part).split()).lower().strip(".:")
