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
    # other units of measure are other things, not one count told twice
    (ClaimValues(counts=(_n(44, "metre"),)), ClaimValues(counts=(_n(46),)), ()),
    (ClaimValues(counts=(_n(44, "metre"),)), ClaimValues(counts=(_n(46, "gbp"),)), ()),
    # counts of things under two nouns ("43 of its members" / "34 growers") are compared
    (ClaimValues(counts=(_n(43, "member"),)), ClaimValues(counts=(_n(34, "grower"),)), ("count",)),
    (ClaimValues(clocks=(_at(615),)), ClaimValues(clocks=(_at(690),)), ("time",)),
    # values as told, with no slack: the gate says where the model should look
    (ClaimValues(clocks=(_at(615),)), ClaimValues(clocks=(_at(620),)), ("time",)),
    (ClaimValues(clocks=(ClockTime("about 10am", 585, 615),)), ClaimValues(clocks=(_at(600),)),
     ()),
    (ClaimValues(counts=(_n(45000, "gbp"),)), ClaimValues(counts=(_n(54000, "gbp"),)), ("count",)),
    (ClaimValues(counts=(Quantity(6, float("inf"), "beetle", "at least half a dozen"),)),
     ClaimValues(counts=(_n(7, "beetle"),)), ()),
    (ClaimValues(days=(_on(3),)), ClaimValues(days=(_on(4),)), ("day",)),
    (ClaimValues(places=("Brackenfield",)), ClaimValues(places=("Dunmore",)), ("place",)),
    (ClaimValues(places=("Dunmore Park",)), ClaimValues(places=("Dunmore",)), ()),
    # a running figure at two moments: two kinds differ
    (ClaimValues(counts=(_n(9000),), clocks=(_at(720),)),
     ClaimValues(counts=(_n(21500),), clocks=(_at(1080),)), ("count", "time")),
    # a kind told on one side only is no difference
    (ClaimValues(counts=(_n(3),)), ClaimValues(clocks=(_at(600),)), ()),
    # a name on each side the other does not tell: one kind; with another kind, two
    (ClaimValues(names=("Brackenfield",), text="his first winner came at brackenfield"),
     ClaimValues(names=("Dunmore",), text="his first winner came at dunmore"), ("name",)),
    (ClaimValues(counts=(_n(44),), names=("Tallant",), text="tallant, 44, won"),
     ClaimValues(counts=(_n(46),), names=("Okafor",), text="okafor, 46, won"), ("count", "name")),
    # a name one side adds is no difference
    (ClaimValues(names=("Tallant", "Dunmore"), text="tallant won at dunmore"),
     ClaimValues(names=("Tallant",), text="tallant won the race"), ()),
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


def test_masked_replaces_names_only_when_asked():
    values = ClaimValues(counts=(_n(44, text="44"),), names=("Rory Tallant",))
    text = "Rory Tallant, 44, rode the winner."
    assert masked(text, values) == "Rory Tallant, NUMBER, rode the winner."
    assert masked(text, values, names=True) == "NAME, NUMBER, rode the winner."


def test_kinds_left_out_are_not_compared():
    a = ClaimValues(counts=(_n(44),), names=("Brackenfield",), text="44 at brackenfield")
    b = ClaimValues(counts=(_n(44),), names=("Dunmore",), text="44 at dunmore")
    assert differing_kinds(a, b, SCORE) == ("name",)
    assert differing_kinds(a, b, SCORE, ("count", "time", "day", "place")) == ()
