"""A place inside another is no other place: "lives in Calloway House" and "lives on the
twelfth floor", "was found in the block" and "was found in flat 4", "died at the
hospital" and "died on the ward". When every place one account gives is an inside
(``inner_places``: a floor, a flat, a room, a ward) and the other gives none, the two
tell one place at two depths, not two places. Two insides ("the fourth floor", "the
ninth floor") can still clash, and so can two places that are not insides.
"""

from __future__ import annotations

from collections.abc import Iterable

from consistency.structured import news_facts

__all__ = ["inside_and_outside", "inside_building"]

_INSIDES = news_facts.words("inner_places")
_BUILDING_KINDS = frozenset(k for k, nouns in news_facts.classes("place_kinds").items()
                            if "building" in nouns)  # fmt: skip


def _head(place: str) -> str:
    """The place's head noun: its last word that is not a number ("Flat 4" -> "flat")."""
    words = [w.strip(".,").lower() for w in place.split()]
    words = [w for w in words if w and not any(ch.isdigit() for ch in w)]
    return words[-1] if words else ""


def _inside(place: str) -> bool:
    return _head(place) in _INSIDES


def inside_and_outside(places_a: Iterable[str], places_b: Iterable[str]) -> bool:
    """True when one side's places are all insides and the other side's are none."""
    ins_a = [_inside(p) for p in places_a]
    ins_b = [_inside(p) for p in places_b]
    if not ins_a or not ins_b:
        return False
    return (all(ins_a) and not any(ins_b)) or (all(ins_b) and not any(ins_a))


def inside_building(x, y) -> bool:
    """Whether one of two spots (spots.py) is an inside (a floor, a flat) and the other a
    building ("Calloway House", "the block"): one place at two depths."""
    return (x.head in _INSIDES and y.kind in _BUILDING_KINDS) or (
        y.head in _INSIDES and x.kind in _BUILDING_KINDS)
