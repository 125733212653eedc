"""One statement told with one differing value: the gate of the disagreement model.

Two sources that disagree on a fact usually tell the same statement with one value changed
("the site crashed at about 10.15am" / "the site collapsed at around 11.30am", "Tallant,
44, ..." / "the 46-year-old Tallant ..."), whatever verbs they pick. A claim's values
(counts, times of day, days, places, as its frame reads them) are masked by their kind
("the site crashed at CLOCK"); when the two masked sentences are close and the values of
exactly one kind differ, the pair is worth the disagreement model's reading. Every other
kind told on both sides must agree: two differing kinds are most often a running figure
told at two moments ("by 6pm, 21,500 sold" / "by midday, 9,000"). The learned model then
decides whether the two are one fact told two ways; the masking only says where to look,
so it needs no word list of the story's verbs.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.config import ScoreConfig
from consistency.structured.frames import Frame
from consistency.structured.numberclash import count_tolerance
from consistency.structured.quantities import Quantity, quantities_agree
from consistency.structured.timeanchor import ClockTime, TimeRef, clocks_agree, on_two_days

__all__ = ["ClaimValues", "claim_values", "differing_kinds", "masked"]


@dataclass(frozen=True)
class ClaimValues:
    """The values one claim tells, by kind, and the words that tell each."""

    counts: tuple[Quantity, ...] = ()
    clocks: tuple[ClockTime, ...] = ()
    days: tuple[TimeRef, ...] = ()
    places: tuple[str, ...] = ()
    people: frozenset[str] = frozenset()
    negated: bool = False

    def spans(self) -> list[tuple[str, str]]:
        """(words, kind) of every value, the longest words first (masked in that order)."""
        out = [(q.text, "NUMBER") for q in self.counts] + [(c.text, "TIME") for c in self.clocks]
        out += [(t.text, "DAY") for t in self.days] + [(p, "PLACE") for p in self.places]
        return sorted(out, key=lambda s: -len(s[0]))


def claim_values(frame: Frame) -> ClaimValues:
    """The frame's values: numbers not inside a time's words ("half past seven"), times of
    day (not parts of a day), days told in the claim's own words, places it puts things
    in."""
    clocks = {c for e in frame.events for c in e.clocks if not c.part}
    days = tuple(t for t in frame.times if not t.inherited)
    told = [c.text.lower() for c in clocks] + [t.text.lower() for t in days]
    counts = tuple(q for q in frame.quantities if not any(q.text.lower() in w for w in told))
    return ClaimValues(counts, tuple(sorted(clocks, key=lambda c: (c.low, c.text))), days,
                       frame.places, frozenset(frame.people), frame.negated)  # fmt: skip


def masked(text: str, values: ClaimValues) -> str:
    """The claim with each value replaced by its kind ("crashed at TIME on DAY")."""
    for words, kind in values.spans():
        if words:
            text = text.replace(words, kind)
    return text


def _counts(a: ClaimValues, b: ClaimValues, config: ScoreConfig) -> bool | None:
    tells = [(x, y) for x in a.counts for y in b.counts if x.unit == y.unit]
    if not tells:
        return None
    return any(quantities_agree(x, y, count_tolerance(x, y, config)) for x, y in tells)


def _clocks(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    if not (a.clocks and b.clocks):
        return None
    return any(clocks_agree(x, y) for x in a.clocks for y in b.clocks)


def _days(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    xs, ys = [t for t in a.days if t.resolved], [t for t in b.days if t.resolved]
    if xs and ys:
        return not on_two_days(xs, ys)
    wa = {t.weekday for t in a.days if t.weekday is not None}
    wb = {t.weekday for t in b.days if t.weekday is not None}
    return bool(wa & wb) if wa and wb else None


def _places(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    if not (a.places and b.places):
        return None
    words = [set(p.lower().split()) for p in a.places]
    return any(w & set(q.lower().split()) for w in words for q in b.places)


_KINDS = {"count": _counts, "time": _clocks, "day": _days, "place": _places}


def differing_kinds(a: ClaimValues, b: ClaimValues, config: ScoreConfig) -> tuple[str, ...]:
    """The kinds of value both claims tell and on which no value of one fits one of the
    other ("count", "time", "day", "place"); none where they name different people or one
    denies what the other tells (other checks read those)."""
    if a.negated != b.negated or (a.people and b.people and not a.people & b.people):
        return ()
    return tuple(k for k, agree in _KINDS.items() if agree(a, b, config) is False)
