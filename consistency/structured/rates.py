"""A rate of one named measure, told as two percentages: "Turnout was 24.7 per cent"
against "turnout in the ward was 27.4 per cent"; "a turnout of 27.4%", "turnout stood at
24.7 percent", "the jobless rate is 5.1%" against "the jobless rate was 4.3 per cent".

A percentage is the rate of a measure when the parse makes it the measure's value: the
attribute of a copula or the object of "at" after a verb of level (``level_verbs``:
"stood at") whose subject is the measure, or the "of" object of the measure noun ("a
turnout of 27.4%"). A percentage after another preposition ("up from 24.1 per cent") is
a baseline, no value. Two rates clash when they measure one noun with no two told kinds
("the national turnout" is another measure than "the ward turnout"), with the same years
told ("turnout in 2023 was 24.1 per cent" is another election), and their values are
apart even when each is read as rounded to its last written digit (money.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.money import AmountKind, rounded_range
from consistency.structured.quantities import number_token, years_in

__all__ = ["RATE", "Rate", "rates"]

_LEVEL_VERBS = news_facts.words("level_verbs")
_NOUNS = ("NOUN", "PROPN")
_BASELINE = news_facts.words("baseline_preps")
_PERCENT_WORDS = frozenset({"per", "cent", "percent", "%"})


@dataclass(frozen=True)
class Rate:
    """One measure's rate: "Turnout was 24.7 per cent" is ("turnout", 24.65, 24.75,
    "24.7 per cent", "", (), ())."""

    measure: str  # the lemma of the measured noun
    low: float
    high: float
    text: str
    kind: str  # the measure noun's own modifiers ("jobless"), "" when none
    years: tuple[int, ...]  # years told in the rate's clause, not its baseline's
    places: tuple[str, ...]  # names the measure is of ("turnout in Kelderby")


def rates(doc, qspans) -> tuple[Rate, ...]:
    """Each percentage of the claim that is the value of a named measure, from the
    quantities ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if q.unit != "%" or num is None or q.high == float("inf"):
            continue
        top = _top(num)
        noun = _measure(top)
        if noun is None:
            continue
        kind = " ".join(sorted(c.lemma_.lower() for c in noun.children
                               if c.dep_ in ("amod", "compound") and c.pos_ != "NUM"))  # fmt: skip
        low, high = rounded_range(q.low, q.high, q.exact)
        clause = [t for t in top.head.subtree if not _in_baseline(t)]
        places = tuple(sorted({t.lemma_.lower() for t in clause if t.pos_ == "PROPN"
                               and t.i != noun.i and t.dep_ in ("pobj", "poss", "compound")}))
        out.append(Rate(noun.lemma_.lower(), low, high, q.text, kind, years_in(clause), places))
    return tuple(out)


def _top(num):
    """The token of the percentage's own words ("24.7 per cent") that hangs outside them."""
    inside = {num.i}
    for t in num.doc[num.i + 1 : num.i + 3]:
        if t.lower_ not in _PERCENT_WORDS:
            break
        inside.add(t.i)
    tok = num
    while tok.head.i in inside and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _measure(top):
    """The noun the percentage ``top`` is the value of, or None."""
    head = top.head
    if top.dep_ in ("attr", "acomp") and head.lemma_.lower() in _LEVEL_VERBS:
        return _subject(head)
    if top.dep_ != "pobj":
        return None
    verb = head.head
    if head.lower_ == "of" and verb.pos_ in _NOUNS and verb.lower_ not in _PERCENT_WORDS:
        return verb  # "a turnout of 27.4%"
    if head.lower_ == "at" and verb.lemma_.lower() in _LEVEL_VERBS:
        return _subject(verb)  # "turnout stood at 24.7 percent"
    return None


def _in_baseline(tok) -> bool:
    """Whether ``tok`` is in a phrase of what a rate is compared with ("up from 24.1 per
    cent at the last election in May 2023")."""
    return any(a.dep_ == "prep" and a.lower_ in _BASELINE for a in (tok, *tok.ancestors))


def _subject(verb):
    return next((c for c in verb.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOUNS), None)  # fmt: skip


def _clash(x: Rate, y: Rate) -> bool:
    if x.measure != y.measure or x.years != y.years:
        return False
    if x.places and y.places and not set(x.places) & set(y.places):
        return False  # "turnout in Kelderby", "turnout in Ashby": two places
    if x.kind and y.kind and x.kind != y.kind:
        return False  # "the national turnout", "the ward turnout": two measures
    return x.high < y.low or y.high < x.low


def _label(x: Rate) -> str:
    return f"rate ({' '.join(filter(None, (x.kind, x.measure)))})"


RATE = AmountKind("rates", _clash, _label)
