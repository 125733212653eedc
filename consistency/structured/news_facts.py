"""The word classes of ``consistency/lang/en/news_facts.yaml``, read once.

Language data stays out of the code: event classes of accident, disaster, court, company
and protest reporting, counted-noun classes, negating words, falsity words and cause
wordings. Values written as one string are split on whitespace (or on ``|`` when a
phrase has spaces).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from consistency.core.yamlload import load_unique

_FILE = Path(__file__).resolve().parent.parent / "lang" / "en" / "news_facts.yaml"


@functools.cache
def data() -> dict[str, Any]:
    """The whole file as a mapping."""
    return load_unique(_FILE.read_text(encoding="utf-8")) or {}


def words(key: str) -> frozenset[str]:
    """A word class as a set ("no", "hoax false untrue" -> {...})."""
    return frozenset(split(data().get(key) or ""))


def split(value: str) -> list[str]:
    """A class written as one string: phrases separated by ``|``, else words by spaces."""
    sep = "|" if "|" in value else None
    return [w.strip().lower() for w in value.split(sep) if w.strip()]


def classes(key: str) -> dict[str, frozenset[str]]:
    """A mapping of class name -> its words (``predicate_classes``, ``unit_classes``)."""
    return {name: frozenset(split(v)) for name, v in (data().get(key) or {}).items()}


@functools.cache
def kind_nouns(kind: str) -> frozenset[str]:
    """The nouns of one class of ``hypernyms`` ("person": "man", "woman", "pilot" ...)."""
    return classes("hypernyms").get(kind, frozenset())
