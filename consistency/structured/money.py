"""The price of one transaction, told as two amounts of money: "sold the club for £42
million" against "paid £38 million for the club", "in a £42m deal", "have been sold for
42 million pounds".

An amount of money (a quantity in a currency: "£42m", "42 million pounds", "GBP 42
million", "$1.2bn", "€3.5 million") is a price when the parse hangs it on a word of buying
or selling (``transaction_words``: sell, buy, pay, deal, fee, takeover) with no
other verb between ("far less than the £50 million he had been holding out for" hangs on
"holding out"). Two prices clash when they are in one currency, of one story, and their
amounts are apart even when each is read as rounded to its last written digit ("£40m" may
be £35m-£45m; "£42m" is £41.5m-£42.5m; "about £40m" is wider still), so that rounding and
hedging never clash. Silent for: another kind of price ("the asking price",
``other_price_words``), an offer or hope (``price_attempt_verbs``: "offered to buy it for
£30m"), a thing sold that differs ("the stadium" and "the club"), a sale in another year
("bought the club in 2011 for around £6 million" and "sold it for £42m"), two currencies
(no exchange rate is assumed) and a verb of buying or selling with nothing bought.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.guesses import guessed
from consistency.structured.quantities import number_token, years_in

__all__ = [
    "CURRENCIES", "PRICE", "VAGUE", "AmountKind", "Price", "amounts_of_money", "attempted",
    "climb", "other_price", "prices",
]  # fmt: skip

_DEALS = news_facts.words("transaction_words")
_OTHER = news_facts.words("other_price_words")
_ATTEMPTS = news_facts.words("price_attempt_verbs")
_CODES = {w: code for code, ws in news_facts.classes("currency_codes").items() for w in ws}
CURRENCIES = frozenset(_CODES.values())
_CHAIN_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "pobj", "dobj", "attr",
                         "appos", "npadvmod", "amod"})  # fmt: skip
_CHAIN_PREPS = news_facts.words("price_chain_preps")
_THING_PRONOUNS = news_facts.words("thing_pronouns")


@dataclass(frozen=True)
class Price:
    """One transaction's amount: "sold the club for £42 million" is
    ("gbp", 41.5e6, 42.5e6, "£42 million", "sell", "club", ())."""

    currency: str
    low: float
    high: float
    text: str
    deal: str  # the word of buying or selling the amount hangs on (lemma)
    item: str  # lemma of the common noun bought or sold; "" when unnamed or a name
    years: tuple[int, ...]  # years told on the deal ("bought it in 2011")
    basis: tuple[str, ...] = ()  # "premium", "hammer" told by the amount; lots.py


def prices(doc, qspans) -> tuple[Price, ...]:
    """Each amount of money in the claim hung on a word of buying or selling, from the
    quantities ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        currency = q.unit if q.unit in CURRENCIES else _code_before(doc, num)
        if num is None or currency is None:
            continue
        deal = _deal_word(num)
        if deal is None or other_price(deal) or attempted(deal) or guessed(deal):
            continue
        item = _item(deal)
        if item is None:
            continue  # "paid £5m" with nothing paid for: wages, a fine, a bill
        low, high = rounded_range(q.low, q.high, q.exact)
        years = years_in(t for t in deal.subtree if t.i != num.i)
        out.append(Price(currency, low, high, q.text, deal.lemma_.lower(), item, years))
    return tuple(out)


def _code_before(doc, num) -> str | None:
    """A currency code written before the amount ("GBP 42 million")."""
    if num is None or num.i == 0:
        return None
    return _CODES.get(doc[num.i - 1].lower_)


def _deal_word(num):
    """The word of buying or selling the amount hangs on, through nouns and the
    prepositions of a price ("for", "at", "of"), or None when another verb comes first."""
    tok = num
    for _ in range(6):
        if tok.dep_ == "prep" and tok.lower_ not in _CHAIN_PREPS:
            return None  # "far less than £50m": a comparison, not the price
        if tok.dep_ not in _CHAIN_DEPS and tok.dep_ != "prep" and tok is not num:
            break
        head = tok.head
        if head is tok:
            return None
        if head.lemma_.lower() in _DEALS:
            return head
        if head.pos_ in ("VERB", "AUX"):
            return _copula_subject(head, tok)
        tok = head
    return None


VAGUE = 3.0  # a span wider than this factor ("tens of millions") tells no amount


def amounts_of_money(doc, qspans):
    """(number token, Quantity) of each amount of money of the claim that tells an
    amount: not a span wider than :data:`VAGUE` ("tens of millions")."""
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in CURRENCIES:
            continue
        if q.high != float("inf") and q.high > VAGUE * q.low:
            continue
        yield num, q


def climb(num, stop, preps, at_verb, chain=None):
    """Up the parse from an amount to the word it hangs on: ``stop(tok)`` names it; None
    when a preposition outside ``preps`` (or, with ``chain``, a dependency outside it)
    comes first ("less than £50m"); a verb reached is handed to ``at_verb(verb, tok)``."""
    tok = num
    for _ in range(6):
        found = stop(tok)
        if found is not None:
            return found
        if tok.dep_ == "prep" and tok.lower_ not in preps:
            return None
        if chain is not None and tok.dep_ not in chain and tok is not num:
            return None
        head = tok.head
        if head is tok:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return at_verb(head, tok)
        tok = head
    return None


def _copula_subject(verb, tok):
    """"The fee was £3m", "the deal is worth": the subject of the copula."""
    if verb.lemma_.lower() != "be" or tok.dep_ != "attr":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lemma_.lower() in _DEALS else None


def other_price(deal) -> bool:
    """"The asking price", "a share price": another amount than the one paid."""
    return any(c.dep_ in ("amod", "compound") and {c.lemma_.lower(), c.lower_} & _OTHER
               for c in deal.children)  # fmt: skip


def attempted(deal) -> bool:
    """An amount offered or hoped for: "offered to buy it for £30m", "bid £30m for"."""
    tok = deal
    while tok.dep_ in ("xcomp", "ccomp", "advcl", "acl") and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in _ATTEMPTS:
            return True
    return any(c.lemma_.lower() in _ATTEMPTS for c in deal.children if c.dep_ == "amod")


def _item(deal) -> str | None:
    """The thing bought or sold as a common-noun lemma, "" for a name or pronoun, None when
    a verb has nothing bought or sold; nouns of a deal need none ("in a £42m deal")."""
    if deal.pos_ in ("VERB", "AUX"):
        deps = ("dobj", "nsubjpass")
        if deal.lemma_.lower() == "pay":
            deps = ("pobj",)
            things = [g for p in deal.children if p.dep_ == "prep" and p.lower_ == "for"
                      for g in p.children]  # fmt: skip
        else:
            things = list(deal.children)
        thing = next((c for c in things if c.dep_ in deps), None)
        if thing is None:
            return None
    else:
        of = next((c for c in deal.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if thing is None:
            return ""
    if thing.pos_ == "PROPN" or thing.lower_ in _THING_PRONOUNS or thing.ent_type_:
        return ""
    return thing.lemma_.lower()


def rounded_range(low: float, high: float, exact: bool) -> tuple[float, float]:
    """An exact amount as the range it rounds: half its last written digit either side
    ("£42m" -> 41.5m..42.5m, "£40m" -> 35m..45m); a hedged range is kept as told."""
    if not exact or low <= 0:
        return low, high
    step = 10 ** _trailing_zeros(low)
    return low - step / 2, high + step / 2


def _trailing_zeros(value: float) -> int:
    """The power of ten of a number's last non-zero digit (42e6 -> 6, 1.25e9 -> 7)."""
    n = round(value * 100)  # cents count: "£3.75" is two places
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros - 2 if n else int(math.log10(max(value, 1)))


def _clash(x: Price, y: Price) -> bool:
    if x.currency != y.currency or x.years != y.years or x.basis != y.basis:
        return False
    if x.item and y.item and x.item != y.item:
        return False  # "sold the stadium", "sold the club": two things
    return x.high < y.low or y.high < x.low


@dataclass(frozen=True)
class AmountKind:
    """One kind of amount a frame tells (a price here, a named sum in sums.py, a value in
    values.py, an amount of a stuff in amounts.py): the frame field that holds them, when
    two of them clash, and what a clash is called ("price (sale)", "value")."""

    field: str
    clash: Callable[[Any, Any], bool]
    label: Callable[[Any], str]

    def differ(self, a, b) -> bool:
        """Whether two frames give one thing two amounts of this kind (no story check)."""
        return any(self.clash(x, y) for x in getattr(a, self.field) for y in getattr(b, self.field))

    def signals(self, a, b, same_story: Callable[[], bool], score: float, weight: float,
                la: str, lb: str) -> list[Signal]:  # fmt: skip
        """One "number" signal for the first pair that clashes in one story, else none:
        one amount's disagreement is told once."""
        for x in getattr(a, self.field):
            for y in getattr(b, self.field):
                if self.clash(x, y) and same_story():
                    text = f"{self.label(x)}: {x.text} ({la}) vs {y.text} ({lb})"
                    return [Signal("number", score, text, weight)]
        return []


PRICE = AmountKind("prices", _clash, lambda x: f"price ({x.deal})")
