"""One statement told with one differing value: the gate of the disagreement model.

Two sources that disagree on a fact usually tell the same statement with one value changed
("the site crashed at about 10.15am" / "the site collapsed at around 11.30am", "Tallant,
44, ..." / "the 46-year-old Tallant ..."), whatever verbs they pick. A claim's values
(counts, times of day, days, places, as its frame reads them, and the names it tells) are
masked by their kind ("the site crashed at CLOCK"); when the two masked sentences are
close and the values of exactly one kind differ, the pair is worth the disagreement
model's reading. Names differ when each side names something the other does not ("the
first winner at Brackenfield" / "at Dunmore"); only organisations and places count, not
people nor the speaker: a different person's like statement, or one fact told by another
speaker, is no disagreement (on real news those names cost false flags). Every other kind
told on both sides must agree: two differing kinds are most often a running figure told at
two moments ("by 6pm, 21,500 sold" / "by midday, 9,000"). The learned model then decides
whether the two are one fact told two ways; the masking only says where to look, so it
needs no word list of the story's verbs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from consistency.core.config import ScoreConfig
from consistency.structured.frames import Frame
from consistency.structured.numberclash import counted
from consistency.structured.quantities import Quantity, quantities_agree
from consistency.structured.timeanchor import (
    ClockTime,
    TimeRef,
    clocks_agree,
    find_clock_spans,
    on_two_days,
)

__all__ = ["ClaimValues", "claim_values", "differing_kinds", "masked"]


@dataclass(frozen=True)
class ClaimValues:
    """The values one claim tells, by kind, and the words that tell each."""

    counts: tuple[Quantity, ...] = ()
    clocks: tuple[ClockTime, ...] = ()
    days: tuple[TimeRef, ...] = ()
    places: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # organisations, locations; not its places nor speaker
    text: str = ""  # the claim, lower-cased: whether it tells the other side's name

    def spans(self, names: bool = False) -> list[tuple[str, str]]:
        """(words, kind) of every value, the longest words first (masked in that order);
        names only when ``names``: they are the most of a claim's words."""
        out = [(q.text, "NUMBER") for q in self.counts] + [(c.text, "TIME") for c in self.clocks]
        out += [(t.text, "DAY") for t in self.days] + [(p, "PLACE") for p in self.places]
        out += [(n, "NAME") for n in self.names] if names else []
        return sorted(out, key=lambda s: -len(s[0]))


def claim_values(frame: Frame) -> ClaimValues:
    """The frame's values: numbers not inside a time's words ("half past seven"), times of
    day (not parts of a day) wherever the claim tells them ("the 3.45pm race"), days told
    in the claim's own words, places it puts things in, and the organisations and
    locations it names besides its places and its speaker (who tells a fact is no value
    of it: "Cooke said" / "Strauch from INET said"; people are left out: a like statement
    of another person is most often another fact)."""
    clocks = {c for e in frame.events for c in e.clocks if not c.part}
    clocks |= {c for _, c in find_clock_spans(frame.text) if not c.part}
    days = tuple(t for t in frame.times if not t.inherited)
    told = [c.text.lower() for c in clocks] + [t.text.lower() for t in days]
    counts = tuple(q for q in frame.quantities if not any(q.text.lower() in w for w in told))
    return ClaimValues(counts, tuple(sorted(clocks, key=lambda c: (c.low, c.text))), days,
                       frame.places, _told_names(frame), frame.text.lower())  # fmt: skip


def _told_names(frame: Frame) -> tuple[str, ...]:
    speaker = frame.attribution.words.lower() if frame.attribution else ""

    def teller(name: str) -> bool:  # "Dr Cooke of Marrick University said"
        return bool(speaker) and name.lower() in speaker

    def place(name: str) -> bool:  # a place is its own kind
        return any(name in p or p in name for p in frame.places)

    names = dict.fromkeys((*frame.orgs, *frame.locations))
    return tuple(n for n in names if not (place(n) or teller(n)))


def masked(text: str, values: ClaimValues, names: bool = False) -> str:
    """The claim with each value replaced by its kind ("crashed at TIME on DAY"), names
    too when ``names``."""
    for words, kind in values.spans(names):
        if words:
            text = text.replace(words, kind)
    return text


# The gate reads values as told, with no slack: it only says where the model should look
# ("£45,000" / "£54,000", "at 9.47pm" / "shortly before 11pm"), and the model decides.
def _counts(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    # "43 of its members" / "34 growers": any two counts of things, one unit of measure
    tells = [(x, y) for x in a.counts for y in b.counts
             if x.unit == y.unit or (counted(x.unit) and counted(y.unit))]  # fmt: skip
    if not tells:
        return None
    return any(quantities_agree(x, y, 0.0) for x, y in tells)


def _clocks(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    if not (a.clocks and b.clocks):
        return None
    return any(clocks_agree(x, y, tolerance_min=0) for x in a.clocks for y in b.clocks)


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


def _names(a: ClaimValues, b: ClaimValues, _config) -> bool | None:
    if not (a.names and b.names):
        return None
    return not (any(n.lower() not in b.text for n in a.names)
                and any(n.lower() not in a.text for n in b.names))  # fmt: skip


_KINDS = {"count": _counts, "time": _clocks, "day": _days, "place": _places, "name": _names}


def differing_kinds(
    a: ClaimValues, b: ClaimValues, config: ScoreConfig, kinds: Collection[str] = tuple(_KINDS)
) -> tuple[str, ...]:
    """The ``kinds`` of value both claims tell and on which no value of one fits one of the
    other ("count", "time", "day", "place", "name")."""
    return tuple(k for k, agree in _KINDS.items() if k in kinds and agree(a, b, config) is False)
