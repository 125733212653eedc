"""The value of a thing, told as two amounts of money: "the drugs have an estimated street
value of £112 million" against "the haul is worth an estimated £84 million"; "the stolen
pieces are valued at 4.2 million euros" against "jewels worth more than 10 million euros"
(a lower bound above the other amount is a clash too).

An amount of money (a quantity in a currency) is a value when the parse hangs it, through
numbers, nouns and the prepositions "of", "at", "in", on a noun of value (``value_nouns``:
"a street value of", "the insured value ... is 4.2 million euros", "put the value of the
consignment at"), on "worth" (``value_adjectives``: "worth £84m", "£8m worth of hardware",
"worth in excess of") or on a verb of valuing (``value_verbs``: "valued at"). Two values
clash when they are in one currency, of one story, of no two told kinds (``value_kinds``:
"the wholesale value" and "the street value" are two measures), with the same years told
("stolen in 2019 ... valued at around 800,000 euros" is another theft), and their amounts
are apart even when each is read as rounded to its last written digit (money.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.money import (
    AmountKind,
    amounts_of_money,
    climb,
    rounded_range,
)  # fmt: skip
from consistency.structured.quantities import years_in

__all__ = ["VALUE", "Value", "values"]

_NOUNS = news_facts.words("value_nouns")
_WORTH = news_facts.words("value_adjectives")
_VERBS = news_facts.words("value_verbs")
_KINDS = news_facts.words("value_kinds")
_SPENT = news_facts.words("spending_nouns") | news_facts.words("transaction_words")
_PREPS = frozenset({"of", "at", "in"})


@dataclass(frozen=True)
class Value:
    """One thing's value: "an estimated street value of £112 million" is
    ("gbp", 112e6 - 0.5e6, 112e6 + 0.5e6, "£112 million", "street", ())."""

    currency: str
    low: float
    high: float
    text: str
    kind: str  # "street", "insured", ...; "" when no kind is told
    years: tuple[int, ...]  # years told in the sentence ("stolen in 2019")


def values(doc, qspans) -> tuple[Value, ...]:
    """Each amount of money of the claim that tells the value of a thing, from the
    quantities ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for num, q in amounts_of_money(doc, qspans):
        found = _value_word(num)
        if found is None or _things(found) & _SPENT:
            continue  # "the investment, worth about £9 million": money spent, a price
        low, high = rounded_range(q.low, q.high, q.exact)
        years = years_in(doc)
        out.append(Value(q.unit, low, high, q.text, _kind(found), years))
    return tuple(out)


def _value_word(num):
    """The word of value the amount hangs on (a noun of value, "worth", a verb of valuing),
    or None when another verb or preposition comes first ("less than £50m")."""
    if any(c.dep_ == "amod" and c.lower_ in _WORTH for c in num.children):
        return num  # "£8m worth of hardware"
    return climb(num, _value_noun, _PREPS, _at_verb)


def _value_noun(tok):
    return tok if tok.lower_ in _WORTH or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOUNS) else None


def _at_verb(verb, tok):
    """"Valued at £4m"; "put the value of the haul at £112m" (the value noun, object of
    the verb); "the insured value ... is 4.2 million euros" (the copula's subject)."""
    lemma = verb.lemma_.lower()
    if tok.dep_ == "prep" and tok.lower_ == "at":
        if lemma in _VERBS:
            return verb
        return next((c for c in verb.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in _NOUNS), None)  # fmt: skip
    if lemma == "be" and tok.dep_ == "attr":
        return next((c for c in verb.children
                     if c.dep_ == "nsubj" and c.lemma_.lower() in _NOUNS), None)  # fmt: skip
    return None


def _things(word) -> set[str]:
    """Lemmas of the nouns the value may be of: the noun "worth" or the value hangs on,
    the "of" object, and the subject or object of the nearest verb."""
    out = {word.head.lemma_.lower()} if word.head.pos_ == "NOUN" else set()
    out |= {g.lemma_.lower() for c in (word, *word.children) if c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        out |= {c.lemma_.lower() for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj")}  # fmt: skip
    return out


def _kind(word) -> str:
    """The told kind of the value ("street value", "insured value", "worth £84m on the
    streets"): a word of kind on a noun of value, else anywhere in the sentence for
    "worth" and verbs of valuing; "" when none is told."""
    if word.lemma_.lower() in _NOUNS:
        near = [c for c in word.children if c.dep_ in ("amod", "compound")]
    else:
        near = [t for t in word.sent if t.dep_ in ("amod", "compound", "pobj")]
    kinds = sorted(c.lower_ if c.lower_ in _KINDS else c.lemma_.lower() for c in near
                   if {c.lemma_.lower(), c.lower_} & _KINDS)  # fmt: skip
    return kinds[0] if kinds else ""


def _clash(x: Value, y: Value) -> bool:
    if x.currency != y.currency or x.years != y.years:
        return False
    if x.kind and y.kind and x.kind != y.kind:
        return False  # "the wholesale value", "the street value": two measures
    return x.high < y.low or y.high < x.low


VALUE = AmountKind("values", _clash, lambda x: "value")
