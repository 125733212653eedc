"""The value gate's pure logic: which kinds of value two claims tell differently."""

from datetime import date

import pytest

from consistency.core.config import load_config
from consistency.structured.quantities import Quantity
from consistency.structured.timeanchor import ClockTime, TimeRef
from consistency.structured.valueclash import ClaimValues, differing_kinds, masked

SCORE = load_config().score


def _n(x: float, unit: str | None = None, text: str = "") -> Quantity:
    return Quantity(x, x, unit, text or str(x))


def _at(minutes: int, text: str = "") -> ClockTime:
    return ClockTime(text or f"{minutes}m", minutes, minutes)


def _on(day: int) -> TimeRef:
    d = date(2025, 3, day)
    return TimeRef(f"March {day}", d, d, d.weekday())


@pytest.mark.parametrize(("a", "b", "kinds"), [
    (ClaimValues(counts=(_n(44),)), ClaimValues(counts=(_n(46),)), ("count",)),
    (ClaimValues(counts=(_n(44),)), ClaimValues(counts=(_n(44),)), ()),
    # other units are other things, not one count told twice
    (ClaimValues(counts=(_n(44, "metre"),)), ClaimValues(counts=(_n(46),)), ()),
    (ClaimValues(clocks=(_at(615),)), ClaimValues(clocks=(_at(690),)), ("time",)),
    (ClaimValues(clocks=(_at(615),)), ClaimValues(clocks=(_at(620),)), ()),
    (ClaimValues(days=(_on(3),)), ClaimValues(days=(_on(4),)), ("day",)),
    (ClaimValues(places=("Brackenfield",)), ClaimValues(places=("Dunmore",)), ("place",)),
    (ClaimValues(places=("Dunmore Park",)), ClaimValues(places=("Dunmore",)), ()),
    # a running figure at two moments: two kinds differ
    (ClaimValues(counts=(_n(9000),), clocks=(_at(720),)),
     ClaimValues(counts=(_n(21500),), clocks=(_at(1080),)), ("count", "time")),
    # a kind told on one side only is no difference
    (ClaimValues(counts=(_n(3),)), ClaimValues(clocks=(_at(600),)), ()),
    # different people, or one side denying, are for other checks
    (ClaimValues(counts=(_n(44),), people=frozenset({"Tallant"})),
     ClaimValues(counts=(_n(46),), people=frozenset({"Okafor"})), ()),
    (ClaimValues(counts=(_n(44),)), ClaimValues(counts=(_n(46),), negated=True), ()),
])  # fmt: skip
def test_differing_kinds(a, b, kinds):
    assert differing_kinds(a, b, SCORE) == kinds


def test_empty_values_differ_in_nothing():
    assert differing_kinds(ClaimValues(), ClaimValues(), SCORE) == ()


def test_masked_replaces_each_value_by_its_kind():
    values = ClaimValues(counts=(_n(3, text="three"),), clocks=(_at(615, "about 10.15am"),),
                         places=("Mill Lane",))  # fmt: skip
    text = "The barriers failed three times at about 10.15am in Mill Lane."
    assert masked(text, values) == "The barriers failed NUMBER times at TIME in PLACE."
