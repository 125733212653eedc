"""One thing told by one source and denied by the other: the pairing shared by damage
(damages.py), plunges into water (plunges.py), planned moves (relocations.py), states of
health (conditions.py) and injuries (injuries.py).

Each of those modules records items with a ``denied`` flag and says when a denial
covers what is told (``covers(denied, told)``: the same structure, a broader mover, the
same place left); this module finds the pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from consistency.core.types import Signal

__all__ = ["PolarKind", "clash", "told_and_denied"]


def told_and_denied(xs: Sequence[Any], ys: Sequence[Any], covers: Callable[[Any, Any], bool]
                    ) -> Iterator[tuple[Any, Any, bool]]:  # fmt: skip
    """Each (told, denied, told is one of ``xs``) where one side denies what the other
    tells and the denial covers it."""
    for x in xs:
        for y in ys:
            if x.denied == y.denied:
                continue
            yes, no = (x, y) if y.denied else (y, x)
            if covers(no, yes):
                yield yes, no, yes is x


def clash(xs: Sequence[Any], ys: Sequence[Any], covers: Callable[[Any, Any], bool]) -> bool:
    """Whether any item of one side is told and denied by the other (a cheap gate)."""
    return next(told_and_denied(xs, ys, covers), None) is not None


@dataclass(frozen=True)
class PolarKind:
    """One kind of thing told or denied: the frame field that holds the items, when a
    denial covers what is told, and how a clash reads (``text(told, denied, told_label,
    denied_label)``)."""

    field: str
    covers: Callable[[Any, Any], bool]
    text: Callable[[Any, Any, str, str], str]

    def clash(self, a, b) -> bool:
        """Whether one frame tells what the other denies, story and days aside."""
        return clash(getattr(a, self.field), getattr(b, self.field), self.covers)

    def signals(self, a, b, one_story: Callable[[], bool], apart: Callable, score: float,
                la: str, lb: str) -> list[Signal]:  # fmt: skip
        """A negation signal where ``a`` or ``b`` tells what the other denies, in one story
        (``one_story()``) and not on two days (``apart``)."""
        pairs = told_and_denied(getattr(a, self.field), getattr(b, self.field), self.covers)
        for yes, no, from_a in pairs:
            if not one_story() or apart(a.times, b.times):
                return []
            ly, ln = (la, lb) if from_a else (lb, la)
            return [Signal("negation", score, self.text(yes, no, ly, ln), 1.0)]
        return []
