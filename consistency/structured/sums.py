"""The amount of money a named thing is, and who puts it up: "The Marshals Service has
offered a reward of up to $10,000" and "the US Marshals Service has put up a $20,000
reward" give one reward two sizes; "a £500 fine", "a fine of £500 imposed by the court",
"the council's £2m budget" likewise.

An amount of money (a quantity in a currency) measures the noun it modifies ("a $20,000
reward") or whose "of" object it is ("a reward of up to $10,000"). The giver is the
subject of the verb that takes that noun as its object, the agent of a passive ("offered
by the Marshals") or the noun's possessor ("the Marshals' reward"): the capitalised words
of that phrase. Two amounts clash when they measure one noun (lemma) in one currency,
both givers are named and share a word ("Marshals Service", "the Marshals"), and the
amounts cannot be one ("up to $10,000" is a ceiling a $20,000 reward breaks). Silent for
another giver ("Crime Stoppers is offering a reward of up to $5,000"), a giver unnamed on
either side, two nouns ("a $5,000 fine", "a $20,000 reward") and two currencies.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured.money import CURRENCIES, AmountKind
from consistency.structured.quantities import number_token, unit_name

__all__ = ["SUM", "Sum", "sums"]

SLACK = 0.05  # amounts this close (relative) are one amount told rounded


@dataclass(frozen=True)
class Sum:
    """One named amount: "has put up a $20,000 reward" by the US Marshals Service is
    ("usd", 20000, 20000, "$20,000", "reward", ("marshals", "service", "us"))."""

    currency: str
    low: float
    high: float
    text: str
    thing: str  # lemma of the noun the amount measures
    giver: tuple[str, ...]  # capitalised words of who puts the amount up, sorted


def sums(doc, qspans) -> tuple[Sum, ...]:
    """Each amount of money of the claim that measures a noun with a named giver."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in CURRENCIES:
            continue
        if num.head.pos_ == "NOUN" and unit_name(num.head.lower_) == q.unit:
            num = num.head  # "ten thousand dollars": the currency word is the amount
        thing = _measured(num)
        giver = _giver(thing) if thing is not None else ()
        if giver:
            out.append(Sum(q.unit, q.low, q.high, q.text, thing.lemma_.lower(), giver))
    return tuple(out)


def _measured(num):
    """The noun an amount measures: "$20,000 reward", "a reward of (up to) $10,000"."""
    head = num.head
    if num.dep_ in ("nummod", "compound", "nmod") and head.pos_ == "NOUN":
        return head if head.lemma_.isalpha() else None
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return None


def _giver(thing) -> tuple[str, ...]:
    """Capitalised words of the subject of the verb the noun is the object of, of a
    passive's by-agent, or of the noun's possessor; () when none is named."""
    phrases = [c for c in thing.children if c.dep_ == "poss"]
    verb = thing.head
    if thing.dep_ == "dobj":
        phrases += [c for c in verb.children if c.dep_ == "nsubj"]
    elif thing.dep_ == "nsubjpass":
        phrases += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    words = {t.lower_ for p in phrases for t in p.subtree if t.pos_ == "PROPN"}
    return tuple(sorted(words))


def _clash(x: Sum, y: Sum) -> bool:
    if (x.currency, x.thing) != (y.currency, y.thing) or not set(x.giver) & set(y.giver):
        return False
    return x.high * (1 + SLACK) < y.low or y.high * (1 + SLACK) < x.low


SUM = AmountKind("sums", _clash, lambda x: x.thing)
