"""How deep or how high a thing is or an event happened: a length on a word of dimension.

"The men were trapped some 250 metres down", "sealed them in roughly 1,300 feet
underground", "about 400 metres below the surface": a length hung on a word of depth or
height (``measure_dimensions``), in metres (``length_units``), so that one depth told in
feet and in metres compares equal. A length on a verb of progress ("drilled 250 metres
down") is a way gone, not a place, and is left out; so is a bare length ("cruising at
35,000 feet"), which says no dimension.

A length told from a reference point of the story ("the crash came eight kilometres from
the line", "on the descent, 18km from the finish line") is a distance from it: the
dimension is the preposition and the reference noun's lemma ("from line"), so that two
sources placing one event at two distances from one point disagree. Only a common noun
after "the" is a reference point ("from the shore", "from the summit"); a named place is
bearings.py's, "from a school" no fixed point. A distance under a modal or a verb of
plan ("is expected to pass 50 miles from the coast") or progress is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import modal
from consistency.structured.quantities import Quantity, number_token

__all__ = ["LENGTH_UNITS", "Measure", "length_factor", "measures"]

LENGTH_UNITS = {str(k): float(v)
                for k, v in (news_facts.data().get("length_units") or {}).items()}
_DIMENSION = {w: dim for dim, ws in news_facts.classes("measure_dimensions").items() for w in ws}
_PROGRESS = news_facts.words("progress_verbs")
_FROM = news_facts.words("distance_prepositions")  # "eight kilometres from the line"
_PLANS = frozenset(load().grammar.plan_heads)  # "is expected to pass 50 miles from"


@dataclass(frozen=True)
class Measure:
    """A length of one dimension, in metres: "about 400 metres below" is (depth, 360, 440)."""

    dimension: str
    low: float
    high: float
    text: str



def length_factor(unit) -> float | None:
    """Metres in one unit token ("metre", "ft"), or None when it is no unit of length."""
    return LENGTH_UNITS.get(unit.lemma_.lower()) or LENGTH_UNITS.get(unit.lower_)

def measures(doc, qspans) -> tuple[Measure, ...]:
    """Each length hung on a word of dimension ("250 metres down"), from the quantities
    ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or num.dep_ != "nummod":
            continue
        unit, word = num.head, num.head.head
        factor = length_factor(unit)
        if factor is not None and (ref := _reference(unit)) is not None:
            out.append(_measure(ref, q, factor, unit.text))
            continue
        dimension = _DIMENSION.get(word.lower_)
        if factor is None or dimension is None or unit.dep_ != "npadvmod" or _progress(word):
            continue
        out.append(_measure(dimension, q, factor, unit.text))
    return tuple(out)


def _reference(unit) -> str | None:
    """The dimension of a length told from a reference point ("from line"), or None: the
    preposition above the unit ("eight kilometres from the line"), below it ("18km
    from the finish line"), its object a common noun after "the", not under a plan, a
    modal or a verb of progress."""
    prep = unit.head if unit.dep_ == "npadvmod" and unit.head.lower_ in _FROM else next(
        (c for c in unit.children if c.dep_ == "prep" and c.lower_ in _FROM), None)
    ref = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if ref is None or ref.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in ref.children):
        return None
    verbs = [t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")]
    if _progress(prep) or any(modal(v) or v.lemma_.lower() in _PLANS for v in verbs):
        return None
    return f"{prep.lower_} {ref.lemma_.lower()}"


def _progress(word) -> bool:
    """Whether the dimension word hangs on a verb of progress ("drilled 250 metres down")."""
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _PROGRESS


def _measure(dimension: str, q: Quantity, factor: float, unit: str) -> Measure:
    return Measure(dimension, q.low * factor, q.high * factor, f"{q.text} {unit}")
