"""How long one thing is: "a 21-metre trawler", "the 40ft yacht", "the trawler, which was 21
metres long", so that two sources giving one vessel, wall or cordon two lengths disagree.

A length (``length_units`` of lang/en/news_facts.yaml, in metres, so that "a 200-metre
cordon" and "a 650-foot cordon" compare equal) sized a thing when it modifies the thing's
noun ("21-metre" before "trawler") or is the measure of a length adjective
(``size_adjectives``: "21 metres long") said of it ("the trawler was 21 metres long",
"a trawler 21 metres long"). The thing is the noun's lemma, or the name it stands for:
"the 18-metre Grace Annabel, a steel trawler" sizes both "grace annabel" and "trawler",
and so does "the Grace Annabel is a 21-metre trawler". A part of a thing ("a 30-metre
section of wall": ``portion_nouns``) and a thing counted in the plural ("two 12-metre
boats") size no one thing, and a point along a route ("near the 18-kilometre mark":
``route_points``) is a position: they are left out. A length opening a clause of "be"
that sizes its complement ("At 55 metres, the Portvenna Eye is one of the tallest
observation wheels": a size adjective in the complement) sizes the subject, and the
complement's noun tied to it ("wheel"). Where a length is (a depth, a height) is
measures.py; how long an event lasted is durations.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.measures import length_factor
from consistency.structured.parse import of_object, proper_name
from consistency.structured.quantities import (
    Quantity,
    number_token,
    quantities_agree,
    relative_gap,
)

__all__ = ["Size", "size_keys", "size_signals", "sizes"]

_ADJECTIVES = news_facts.words("size_adjectives")
# "tall", "high", "long": the words that make a clause of "be" tell a size ("the tallest")
_SIZE_WORDS = _ADJECTIVES | {w for dim, ws in news_facts.classes("measure_dimensions").items()
                             if dim.startswith("size in") for w in ws}  # fmt: skip
_PORTIONS = news_facts.words("portion_nouns") | news_facts.words("route_points")
_SCOPE_GAP = 0.75  # "a 10-metre boat" and "a 300-metre tanker": two things, not one misread
_CONVERTED = 0.05  # "200 metres" and "650 feet": one length told in two units, rounded


@dataclass(frozen=True)
class Size:
    """The length of one thing, ``low``..``high`` metres; ``things`` are the lemmas or
    names (lower case) the thing goes by in the sentence."""

    things: tuple[str, ...]
    names: tuple[str, ...]  # those of ``things`` that are names ("grace annabel")
    low: float
    high: float
    text: str
    factor: float  # metres in the unit it was told in


def _things(noun, num) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What ``noun`` is called, and which of those are names: its lemma or name, with the
    name or noun tied to it by apposition or by "be" ("the Grace Annabel is a trawler")."""
    if noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in _PORTIONS:
        return (), ()
    if any(c.dep_ == "nummod" and c != num for c in noun.children):
        return (), ()  # "two 12-metre boats"
    tied = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        tied.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        tied += [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the Eye is one of the wheels"
        tied += [of_object(c) or c if c.lower_ == "one" else c
                 for c in noun.head.children if c.dep_ == "attr"]  # fmt: skip
    tokens = [t for t in (noun, *tied) if t.pos_ in ("NOUN", "PROPN")]
    names = tuple(dict.fromkeys(proper_name(t).lower() for t in tokens if t.pos_ == "PROPN"))
    nouns = tuple(dict.fromkeys(t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"))
    return nouns + names, names


def _sized(unit):
    """The noun the length ``unit`` sizes, or None."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN"):
        return head  # "a 21-metre trawler", "a 40ft yacht"
    if unit.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_ == "be":
        return _at_size(head.head)  # "At 55 metres, the Eye is one of the tallest wheels"
    if unit.dep_ != "npadvmod" or head.lemma_.lower() not in _ADJECTIVES:
        return None
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head  # "a trawler 21 metres long"
    if head.dep_ == "acomp":
        verb = head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PRON" and verb.dep_ == "relcl":
            return verb.head  # "the trawler, which was 21 metres long"
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj  # "the trawler was 21 metres long"
    return None


def _at_size(verb):
    """The subject of a clause of "be" whose complement holds a size word ("is one of
    the tallest wheels", "is the longest bridge"), or None."""
    comp = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if not any(t.lemma_.lower() in _SIZE_WORDS for c in comp for t in c.subtree):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _money(num) -> bool:
    """Whether ``num`` is a sum ("a £2m contract": "m" is a million, not a metre)."""
    return any(t.is_currency for t in num.doc[max(0, num.i - 2):num.i])


def sizes(doc, qspans) -> tuple[Size, ...]:
    """The lengths of things told in ``doc``, from its quantities ``qspans`` (end offset,
    Quantity)."""
    out = []
    for end, q in qspans:
        tok = number_token(doc, end)
        if tok is None or tok.pos_ != "NUM" or _money(tok):
            continue
        unit = tok.head if tok.dep_ == "nummod" and length_factor(tok.head) else None
        nxt = tok.nbor() if tok.i + 1 < len(doc) else None
        if unit is None and nxt is not None and nxt.head == tok.head and length_factor(nxt):
            unit = nxt  # "a 40ft fishing boat": the number and the unit both on the noun
        noun = _sized(unit) if unit is not None else None
        things, names = _things(noun, tok) if noun is not None else ((), ())
        if things:
            factor = length_factor(unit)
            out.append(Size(things, names, q.low * factor, q.high * factor,
                            f"{q.text} {unit.text}", factor))
    return tuple(out)


def size_keys(f) -> set:
    """(thing, length) of a frame's sizes: two claims pair when the lengths differ."""
    return {(t, s.low) for s in f.sizes for t in s.things}


def size_signals(a, b, same: Callable[[], bool], score: float, weight: float, la: str,
                 lb: str) -> list[Signal]:  # fmt: skip
    """One "number" signal when the two frames give one thing (a shared name or noun) two
    lengths apart beyond their hedges (beyond rounding when told in two units), in one
    story (``same``)."""
    for x in a.sizes:
        for y in b.sizes:
            if not set(x.things) & set(y.things):
                continue
            if x.names and y.names and not set(x.names) & set(y.names):
                continue  # "the Morning Star" and "the Sea Sprite": two yachts
            qx, qy = (Quantity(s.low, s.high, "m", s.text) for s in (x, y))
            gap = relative_gap(qx, qy)
            slack = 0.0 if x.factor == y.factor else _CONVERTED
            if quantities_agree(qx, qy, slack) or gap >= _SCOPE_GAP or not same():
                continue
            text = f"length of {x.things[0]}: {x.text} ({la}) vs {y.text} ({lb})"
            return [Signal("number", score, text, weight)]
    return []
