"""Language data: the English words the structured checks look for, kept apart from logic.

Word classes (event verbs, speech verbs, titles, number and time words, name spelling
rules) live in ``consistency/lang/<language>/*.yaml``, one definition of each class. They
are validated on load (a malformed file is refused with its name and the key), loaded
once, and hashed by :func:`lang_digest` so a change to them invalidates cached frames.
The user adds spellings and aliases through the config's ``lang`` section
(:func:`name_rules`).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from consistency.core.yamlload import load_unique

if TYPE_CHECKING:
    from consistency.core.config import LangConfig

__all__ = ["Lang", "LangDataError", "NameRules", "lang_digest", "load", "name_rules", "phrases"]

LANG_DIR = Path(__file__).resolve().parent
LANGUAGE = "en"


class LangDataError(ValueError):
    """A language data file that cannot be used; the message names the file and key."""


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Events(_Data):
    verb_classes: dict[str, list[str]]
    noun_classes: dict[str, str]
    speech_classes: list[str]
    two_party_classes: list[str]
    class_labels: dict[str, str]
    light_verbs: list[str]
    supply_objects: list[str]


class Grammar(_Data):
    subject_pronouns: list[str]
    relative_pronouns: list[str]
    place_prepositions: list[str]
    plan_heads: list[str]
    readiness_heads: list[str]
    negating_heads: list[str]
    denied_nouns: list[str]
    modals: dict[str, list[str]]
    perfect_auxiliaries: list[str]
    according: list[str] = Field(min_length=2, max_length=2)

    @field_validator("modals")
    @classmethod
    def _known_modalities(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = set(v) - {"plan", "possible", "obligation"}
        if bad:
            raise ValueError(f"modals must be plan, possible or obligation, not {sorted(bad)}")
        return v


class Titles(_Data):
    titles: list[str] = Field(min_length=1)
    title_synonyms: dict[str, str]
    ranks: list[str]
    former_markers: list[str]
    country_prefixes: list[str]
    departments: list[str]


class Numbers(_Data):
    number_words: dict[str, int]
    articles: list[str]
    partitive_words: list[str]
    scales: dict[str, int]
    short_scales: list[str]
    second_scales: list[str]
    scale_nouns: list[str]
    vague: dict[str, tuple[float, float]]
    vague_small: dict[str, tuple[float, float]]
    vague_scales: dict[str, int]
    hedges: dict[str, tuple[float, float]]
    range_joins: list[str]
    number_joins: list[str]
    decimal_words: list[str]
    unit_synonyms: dict[str, str]
    skip_words: list[str]
    percent_words: list[str]
    rate_words: list[str]
    single_words: list[str] = []
    single_determiners: list[str] = []
    ordinal_words: dict[str, int] = {}
    scale_fractions: dict[str, float] = {}


class Time(_Data):
    weekdays: list[str] = Field(min_length=7, max_length=7)
    months: list[list[str]] = Field(min_length=12, max_length=12)
    ordinal_suffixes: list[str]
    day_words: dict[str, int]
    steps: dict[str, int]
    weekday_markers: list[str]
    periods: dict[str, str]
    month_parts: dict[str, tuple[int, int]]
    month_prepositions: list[str]
    recurring_words: list[str]
    sequence_words: list[str]

    @field_validator("periods")
    @classmethod
    def _known_periods(cls, v: dict[str, str]) -> dict[str, str]:
        bad = set(v.values()) - {"week", "weekend", "month", "year"}
        if bad:
            raise ValueError(f"periods must be week, weekend, month or year, not {sorted(bad)}")
        return v

    @property
    def month_number(self) -> dict[str, int]:
        """Every month word (name or abbreviation) -> 1..12."""
        return {w: i for i, forms in enumerate(self.months, 1) for w in forms}


class Rule(_Data):
    pattern: str
    replace: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"not a regular expression ({exc})") from exc
        return v


class Names(_Data):
    transliteration_rules: list[Rule]
    ignored_words: list[str]
    synonyms: dict[str, str]


_FILES: dict[str, type[_Data]] = {
    "events": Events, "grammar": Grammar, "titles": Titles, "numbers": Numbers, "time": Time,
    "names": Names,
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Lang:
    """All language data of one language, one attribute per file."""

    events: Events
    grammar: Grammar
    titles: Titles
    numbers: Numbers
    time: Time
    names: Names
    digest: str


def _load_file(path: Path, model: type[_Data]) -> _Data:
    try:
        data = load_unique(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LangDataError(f"{path}: cannot read language data ({exc})") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = " -> ".join(str(p) for p in err["loc"]) or "top level"
        raise LangDataError(f"{path}: [{where}] {err['msg']}") from exc


@functools.cache
def load(language: str = LANGUAGE, root: Path = LANG_DIR) -> Lang:
    """The validated language data of ``language`` (loaded once per process)."""
    folder = root / language
    parts = {name: _load_file(folder / f"{name}.yaml", model) for name, model in _FILES.items()}
    blob = json.dumps({k: v.model_dump() for k, v in parts.items()}, sort_keys=True)
    extra = folder / "news_facts.yaml"  # read by structured.news_facts; its changes count too
    if extra.is_file():
        blob += hashlib.sha256(extra.read_bytes()).hexdigest()
    return Lang(**parts, digest=hashlib.sha256(blob.encode()).hexdigest()[:16])  # type: ignore[arg-type]


def lang_digest(extra: LangConfig | None = None) -> str:
    """Hash of the language data (plus the user's additions, when given), for cache keys."""
    base = load().digest
    if extra is None:
        return base
    blob = json.dumps([base, extra.model_dump()], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def phrases(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def month_pattern() -> str:
    """A regex group matching any month name or abbreviation of ``time.yaml`` (lowercase:
    compile with ``re.IGNORECASE``)."""
    return rf"(?:{phrases([w for forms in load().time.months for w in forms])})"


@dataclasses.dataclass(frozen=True, eq=False)
class NameRules:
    """How a name's words are folded for matching: rules, a word map and synonyms."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    words: dict[str, str]  # one word -> its standard spelling (the user's additions)
    ignored: frozenset[str]
    synonyms: dict[str, str]

    def fold(self, name: str) -> str:
        """A lowercase name's words in standard spelling, ignored words dropped."""
        return " ".join(self.word(t) for t in name.lower().split() if t not in self.ignored)

    def word(self, token: str) -> str:
        """The standard spelling of one lowercase word."""
        if token in self.words:
            return self.words[token]
        for rx, repl in self.rules:
            token = rx.sub(repl, token)
        return self.words.get(token, token)


def name_rules(extra: LangConfig | None = None) -> NameRules:
    """The built-in name rules plus the user's ``extra_transliterations``/``extra_aliases``."""
    key = json.dumps(extra.model_dump(), sort_keys=True) if extra is not None else ""
    return _name_rules(key)


@functools.cache
def _name_rules(extra_json: str) -> NameRules:
    names = load().names
    extra = json.loads(extra_json) if extra_json else {}
    words = {k.lower(): v.lower() for k, v in extra.get("extra_transliterations", {}).items()}
    rules = tuple((re.compile(r.pattern), r.replace) for r in names.transliteration_rules)
    plain = NameRules(rules, words, frozenset(names.ignored_words), {})
    synonyms = {**names.synonyms, **extra.get("extra_aliases", {})}
    # a synonym is looked up by the folded name, so fold its key the same way
    folded = {plain.fold(k): v.lower() for k, v in synonyms.items()}
    return dataclasses.replace(plain, synonyms=folded)
