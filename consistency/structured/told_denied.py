"""One thing told by one source and denied by the other: the pairing shared by damage
(damages.py), plunges into water (plunges.py) and planned moves (relocations.py).

Each of those modules records items with a ``denied`` flag and says when a denial
covers what is told (``covers(denied, told)``: the same structure, a broader mover, the
same place left); this module finds the pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["clash", "told_and_denied"]


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
