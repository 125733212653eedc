"""The word classes of ``consistency/lang/en/news_facts.yaml``, read once.

Language data stays out of the code: event classes of accident, disaster, court, company
and protest reporting, counted-noun classes, negating words, falsity words and cause
wordings. Values written as one string are split on whitespace (or on ``|`` when a
phrase has spaces).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
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


def _as_written(word: str) -> str:
    return word


@functools.cache
def _narrower(name: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Each broader noun of ``hypernyms`` with the nouns it covers, written by ``name``."""
    return {name(k): frozenset(map(name, v)) for k, v in classes("hypernyms").items()}


def one_kind(x: str, y: str, name: Callable[[str], str] = _as_written) -> bool:
    """Whether two nouns may tell one thing: one noun, or a noun and its broader noun of
    ``hypernyms`` either way round ("rucksack" and "bag", "vehicle" and "bus"); two
    nouns of one kind ("car", "van") stay two. ``name`` writes the class's words as
    ``x`` and ``y`` are written (``unit_name`` for counted heads)."""
    kinds = _narrower(name)
    return x == y or y in kinds.get(x, ()) or x in kinds.get(y, ())


@functools.cache
def _broader() -> dict[str, str]:
    return {n: kind for kind, ns in classes("hypernyms").items() for n in ns}


def broader_kind(word: str) -> str:
    """The broader noun of ``hypernyms`` that covers ``word`` ("rucksack" -> "bag"), else
    the word itself."""
    return _broader().get(word, word)
