"""How much of a stuff a story is about, told as two amounts: "seized 1.4 tonnes of
cocaine" against "found 1.2 tonnes of cocaine", "2,000 litres of diesel" against "5,000
litres of diesel", whatever verb or noun the amount hangs on ("the seizure of 1,400
kilograms of cocaine", "40 kilos of cannabis were found").

A number is an amount when it counts a unit of mass or volume (``amount_units``, with its
size in kilograms or litres: "1.4 tonnes" and "1,400 kilograms" are one amount) whose "of"
object is a common noun, the stuff. Two amounts clash when they are of one stuff and one
dimension, of one story, with the same years told, and apart even when each is read as
rounded to its last written digit (money.py). Left out: a further part ("a further 200kg
of cocaine", ``increment_before``), a part of a count ("including 200kg"), a rate ("more
than 100 tonnes a year", "per day") and a stuff told by name only.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.money import AmountKind, rounded_range
from consistency.structured.quantities import INCREMENT_WORDS, number_token, years_in

__all__ = ["AMOUNT", "Amount", "amounts"]

_UNITS = {str(k): (str(v[0]), float(v[1]))
          for k, v in (news_facts.data().get("amount_units") or {}).items()}  # fmt: skip
_PARTS = news_facts.words("part_words")


@dataclass(frozen=True)
class Amount:
    """One amount of a stuff: "1.4 tonnes of cocaine" is ("mass", "cocaine", 1350.0,
    1450.0, "1.4 tonnes", ())."""

    dimension: str  # "mass" (kilograms) or "volume" (litres)
    stuff: str  # lemma of the noun of what is measured
    low: float
    high: float
    text: str
    years: tuple[int, ...]  # years told in the sentence


def amounts(doc, qspans) -> tuple[Amount, ...]:
    """Each amount of a named stuff in the claim, from the quantities ``qspans`` (end
    offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in _UNITS or num.dep_ != "nummod":
            continue
        unit = num.head
        stuff = _stuff(unit)
        if stuff is None or _partial(num, unit):
            continue
        dimension, size = _UNITS[q.unit]
        low, high = rounded_range(q.low, q.high, q.exact)
        years = years_in(doc)
        out.append(Amount(dimension, stuff, low * size, high * size,
                          f"{q.text} {unit.text}", years))  # fmt: skip
    return tuple(out)


def _stuff(unit) -> str | None:
    """The lemma of the common noun the unit measures ("tonnes of cocaine"), else None."""
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if noun is None or noun.pos_ != "NOUN" or not noun.lemma_.isalpha():
        return None
    return noun.lemma_.lower()


def _partial(num, unit) -> bool:
    """A further part ("a further 200kg"), a part of a count ("including 200kg") or a
    rate ("100 tonnes a year", "per day"): no telling of the whole amount."""
    mods = (c for c in unit.children if c.dep_ in ("amod", "det", "advmod"))
    if any(c.lower_ in INCREMENT_WORDS for c in mods):
        return True
    if any(c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "per")
           for c in unit.children):  # fmt: skip
        return True
    before = " ".join(w.lower_ for w in num.doc[max(0, num.i - 2) : num.i])
    return any(p in before.split() or p == before for p in _PARTS)


def _clash(x: Amount, y: Amount) -> bool:
    if (x.dimension, x.stuff, x.years) != (y.dimension, y.stuff, y.years):
        return False
    return x.high < y.low or y.high < x.low


AMOUNT = AmountKind("amounts", _clash, lambda x: x.stuff)
