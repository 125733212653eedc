"""Counts told of an earlier occasion of a recurring event: "Last year's edition saw a
crash that brought down 30 riders", "the festival drew 30,000 people last year", "in
last year's race, 12 boats capsized".

A count whose verb, or a word above it in its clause, has for its subject, its time or
the object of a preposition a period (``other_occasion_periods`` of the time words'
``periods``) told as the previous one (a ``steps`` word of -1: "last", "past"), is of
that earlier occasion, not of the story's: no count another source's count of this
occasion can disagree with (counts.py leaves it out).
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts

__all__ = ["earlier_occasion"]

_TIME = load().time
_PREVIOUS = frozenset(w for w, step in _TIME.steps.items() if step < 0)
_PERIODS = frozenset(p for w, p in _TIME.periods.items() if p in news_facts.words(
    "other_occasion_periods"))  # fmt: skip
_ARGS = ("nsubj", "nsubjpass", "npadvmod", "poss")


def earlier_occasion(tok) -> bool:
    """Whether the clause of ``tok`` (a number or its verb) is told of the previous
    period's occasion (see the module docstring)."""
    for t in _clause(tok):
        for c in t.children:
            nouns = [c] if c.dep_ in _ARGS else []
            if c.dep_ == "prep":
                nouns = [g for g in c.children if g.dep_ == "pobj"]
            if any(_previous_period(n) or any(_previous_period(p) for p in n.children
                                               if p.dep_ == "poss") for n in nouns):  # fmt: skip
                return True
    return False


def _clause(tok) -> list:
    """``tok`` and the words above it up to its clause's verb: "Last year's winner said 40
    riders were hurt" keeps the 40 (the winner is the subject of another clause)."""
    out = [tok]
    for t in tok.ancestors:
        if out[-1].pos_ in ("VERB", "AUX") and out[-1].dep_ not in ("relcl", "acl"):
            break  # a relative clause is told of its noun's clause: "saw a crash that ..."
        out.append(t)
    return out


def _previous_period(tok) -> bool:
    """"last year", "the past year": a period noun with a word of the previous step."""
    return tok.lemma_.lower() in _PERIODS and any(
        c.dep_ == "amod" and c.lower_ in _PREVIOUS for c in tok.children)
