"""Slot comparison on the hand-written mini corpus (tests/data/structured) and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.core import ids
from consistency.core.config import LangConfig, ScoreConfig
from consistency.core.types import Article, Claim, Span
from consistency.lang import name_rules
from consistency.structured.aliases import build_aliases
from consistency.structured.conflicts import compare, could_conflict
from consistency.structured.frames import Frame, extract_frames

DATA = Path(__file__).parent / "data" / "structured"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return Article(ids.doc_id(text), str(path), text, (Span(0, len(text)),), source=path.stem)


def _corpus(nlp, paths, split, rules=None):
    articles, claims = {}, []
    for path in paths:
        art = _article(path)
        articles[art.id] = art
        prev = ""
        for i, (start, sentence) in enumerate(split(art.text)):
            claims.append(Claim(ids.claim_id(art.id, sentence, start), art.id, sentence, sentence,
                                start, start + len(sentence), i, context_before=prev))  # fmt: skip
            prev = sentence
    frames = extract_frames(claims, articles, nlp)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims}, rules)
    return articles, claims, frames, table


def _lines(text: str):
    """One claim per line; the first line is the dateline."""
    offset = 0
    for i, line in enumerate(text.splitlines(keepends=True)):
        if i and line.strip():
            yield offset, line.strip()
        offset += len(line)


class Corpus:
    def __init__(self, nlp, paths, split, rules=None):
        self.articles, self.claims, self.frames, self.aliases = _corpus(nlp, paths, split, rules)

    def frame(self, source: str, starts: str) -> Frame:
        for c in self.claims:
            stem = Path(self.articles[c.doc_id].path).stem
            if stem.startswith(source) and c.text.startswith(starts):
                return self.frames[c.id]
        raise KeyError((source, starts))

    def compare(self, a: tuple[str, str], b: tuple[str, str], config: ScoreConfig | None = None):
        return compare(self.frame(*a), self.frame(*b), self.aliases, config or ScoreConfig(),
                       a[0], b[0])  # fmt: skip


@pytest.fixture(scope="module")
def mini(nlp):
    # Kiev / Kyiv is a renaming, not a spelling rule: the user adds it in the config
    kyiv = name_rules(LangConfig(extra_transliterations={"kiev": "kyiv"}))
    return Corpus(nlp, sorted(DATA.glob("*.txt")), _lines, kyiv)


def kinds(comparison) -> list[str]:
    return [s.kind for s in comparison.signals]


def test_location_conflict_same_day(mini):
    c = mini.compare(("alpha", "Secretary of State"), ("beta", "Ortiz met"))
    assert kinds(c) == ["location"] and not c.maybe_different_events
    assert "Vienna" in c.signals[0].explanation and "Prague" in c.signals[0].explanation
    assert "(alpha)" in c.signals[0].explanation and "(beta)" in c.signals[0].explanation


def test_time_conflict(mini):
    c = mini.compare(("alpha", "Secretary of State"), ("gamma", "Ortiz met with Sorokin in Vienna"))
    assert kinds(c) == ["time"]
    assert "Tuesday" in c.signals[0].explanation and "Wednesday" in c.signals[0].explanation


def test_different_meetings_far_apart_are_not_a_conflict(mini):
    c = mini.compare(("alpha", "Secretary of State"), ("gamma", "Ortiz met with Sorokin in Stock"))
    assert c.signals == () and c.maybe_different_events
    assert "days apart" in (c.different_event_reason or "")


def test_plan_vs_past_event_is_flagged_as_maybe_different(mini):
    c = mini.compare(("alpha", "Ortiz will meet"), ("delta", "Ortiz met"))
    assert kinds(c) == ["location"] and c.maybe_different_events
    assert "plan" in (c.different_event_reason or "")
    # with both dates known and a week apart, the plan and the past meeting are two events
    d = mini.compare(("alpha", "Ortiz will meet"), ("beta", "Ortiz met"))
    assert d.signals == () and d.maybe_different_events


def test_numbers(mini):
    c = mini.compare(("alpha", "About 30"), ("beta", "At least 120"))
    assert kinds(c) == ["number"] and c.signals[0].score > 0.5
    for other in (("beta", "A hundred thousand"), ("gamma", "100 thousand")):
        assert mini.compare(("alpha", "More than 100,000"), other).signals == ()
    assert mini.compare(("beta", "A hundred thousand"), ("gamma", "100 thousand")).signals == ()


def test_role(mini):
    c = mini.compare(("alpha", "Secretary of State"), ("beta", "Foreign Minister Jane"))
    assert kinds(c) == ["role"]
    assert "secretary of state" in c.signals[0].explanation


def test_attributed_denial_is_a_dispute(mini):
    c = mini.compare(("alpha", "Ukrainian officials"), ("beta", "Kremlin spokesman"))
    assert c.dispute and c.speakers_differ and kinds(c) == ["dispute"]


def test_spelling_variants_are_naming_only(mini):
    c = mini.compare(("alpha", "President Volodymyr"), ("beta", "President Volodymyr"))
    assert c.naming_only and c.signals == ()


def test_structured_off_gives_no_signals(mini):
    off = ScoreConfig(structured=False)
    c = mini.compare(("alpha", "Secretary of State"), ("beta", "Ortiz met"), off)
    assert c.signals == () and not c.naming_only


def test_could_conflict(mini):
    a = mini.frame("alpha", "Secretary of State")
    assert could_conflict(a, mini.frame("beta", "Ortiz met"), mini.aliases)
    assert not could_conflict(Frame("x", people=("Jane Ortiz",)), Frame("y", orgs=("FIFA",)),
                              mini.aliases)  # fmt: skip


def _sentences(nlp):
    def split(text: str):
        for sent in nlp(text).sents:
            if len(sent.text.split()) >= 5:
                yield sent.start_char, sent.text.strip()

    return split


@pytest.fixture(scope="module")
def seeds(nlp):
    return Corpus(nlp, sorted(SEEDS.glob("*.txt")), _sentences(nlp))


def test_seed_geneva_vs_stockholm(seeds):
    c = seeds.compare(("002", "Blinken will meet with Russian"), ("004", "On this occasion"))
    assert "location" in kinds(c) and c.maybe_different_events
    loc = next(s for s in c.signals if s.kind == "location")
    assert "Geneva" in loc.explanation and "Stockholm" in loc.explanation
    assert "Friday" in loc.explanation and "Thursday" in loc.explanation
    # the account after the meeting agrees with the plan: Geneva, Friday
    agree = seeds.compare(("002", "Blinken will meet with Russian"), ("003", "Blinken assured"))
    assert agree.signals == ()


def test_seed_naming_variants_and_role(seeds):
    groups = {v.canonical: set(v.variants) for v in seeds.aliases.variants()}
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= groups["Sergei Lavrov"]
    assert {"Antony Blinken", "Antony Blink"} <= groups["Antony Blinken"]
    c = seeds.compare(("002", "Foreign Minister Antony"), ("003", "The US Secretary"))
    assert kinds(c) == ["role"]


def test_time_conflict_for_an_event_without_named_people(mini):
    c = mini.compare(("alpha", "Russian forces shelled"), ("beta", "Russian forces shelled"))
    assert kinds(c) == ["time"] and "Monday" in c.signals[0].explanation
