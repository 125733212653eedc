"""Number normalisation: different wordings of one number compare equal, ranges overlap."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.structured.quantities import (
    Quantity,
    parse_number,
    parse_quantities,
    parse_quantity_spans,
    quantities_agree,
    quantities_in_doc,
    relative_gap,
    unit_name,
)


def one(text: str) -> Quantity:
    found = parse_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    ["100,000 troops", "100 thousand soldiers", "a hundred thousand troops", "100000 troops"],
)
def test_same_number_written_differently(text):
    q = one(text)
    assert (q.low, q.high, q.unit) == (100_000, 100_000, "troops")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("more than 100 thousand soldiers", 100_000, math.inf),
        ("about 30 people", 27, 33),
        ("tens of thousands of Russian troops", 10_000, 99_999),
        ("nearly 130,000 troops", 117_000, 130_000),
        ("at least 120 people", 120, math.inf),
        ("up to 5 million people", 0, 5_000_000),
    ],
)
def test_approximate_numbers_become_ranges(text, low, high):
    q = one(text)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_unit_skips_adjectives_and_of():
    assert one("tens of thousands of Russian troops").unit == "troops"
    assert one("5% of the vote").unit == "%"
    assert one("$5m in aid").unit == "usd" and one("$5m in aid").low == 5_000_000


@pytest.mark.parametrize(
    "text",
    ["in 2014 the war began", "on January 7, 2022", "on 4 February", "the Group of Seven said",
     "one of the officials", "tension rose"],
)  # fmt: skip
def test_years_dates_and_names_are_not_quantities(text):
    assert parse_quantities(text) == ()


def test_tolerance_decides_agreement():
    a, b = one("100,000 troops"), one("105,000 troops")
    assert quantities_agree(a, b, 0.1)
    assert not quantities_agree(a, b, 0.0)
    assert not quantities_agree(one("about 30 people"), one("at least 120 people"), 0.1)
    assert quantities_agree(one("more than 100 thousand troops"), one("130,000 troops"), 0.1)


@given(st.integers(min_value=1, max_value=10**9))
def test_digits_with_and_without_commas_agree(n):
    assert parse_number(f"{n:,}") == n == parse_number(str(n))
    q = parse_quantities(f"Officials counted {n:,} people.")
    assert q and q[0].low == q[0].high == n


@given(st.integers(min_value=1, max_value=999))
def test_thousand_words_equal_digits(n):
    words = parse_quantities(f"{n} thousand troops")[0]
    digits = parse_quantities(f"{n * 1000:,} troops")[0]
    assert (words.low, words.high, words.unit) == (digits.low, digits.high, digits.unit)


@given(
    st.floats(min_value=1, max_value=1e7),
    st.floats(min_value=1, max_value=1e7),
    st.floats(min_value=0, max_value=1),
)
def test_agreement_is_symmetric_and_reflexive(x, y, tol):
    a, b = Quantity(min(x, y), max(x, y), None, "a"), Quantity(x, x, None, "b")
    assert quantities_agree(a, b, tol) == quantities_agree(b, a, tol)
    assert quantities_agree(a, a, tol)


# The shipped tolerance, and the numbers just inside and just outside it. Two ranges agree
# when they overlap once each is widened by the tolerance: 100 widens to 90..110 and
# 122 to 109.8..134.2 (overlap), 123 to 110.7..135.3 (no overlap).
SHIPPED_TOLERANCE = 0.1


def test_shipped_number_tolerance():
    from consistency.core.config import load_config

    assert load_config().score.number_tolerance == SHIPPED_TOLERANCE


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("100 troops", "122 troops", True),
        ("100 troops", "123 troops", False),
        ("122 troops", "100 troops", True),
        ("123 troops", "100 troops", False),
        ("1,000 people", "1,222 people", True),
        ("1,000 people", "1,223 people", False),
        ("100 troops", "82 troops", True),  # 82 widens to 90.2, 100 narrows to 90
        ("100 troops", "81 troops", False),
        ("about 30 people", "40 people", True),  # 27..33 -> 24.3..36.3 vs 36..44
        ("about 30 people", "41 people", False),
        ("more than 100 troops", "95 troops", True),  # 90..inf vs 85.5..104.5
        ("more than 100 troops", "81 troops", False),
        ("fewer than 50 people", "55 people", True),
        ("fewer than 50 people", "62 people", False),
        ("tens of thousands of troops", "122,000 troops", True),  # ..99,999 -> ..109,998.9
        ("tens of thousands of troops", "123,000 troops", False),
    ],
)
def test_tolerance_boundary(a, b, agree):
    assert quantities_agree(one(a), one(b), SHIPPED_TOLERANCE) is agree


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twenty-five people were hurt", [(25, 25, "people")]),
        ("tens of millions of people", [(10_000_000, 99_999_999, "people")]),
        ("dozens of people", [(24, 144, "people")]),
        ("hundreds of troops", [(200, 999, "troops")]),
        ("5 m people and 30 soldiers", [(30, 30, "troops")]),  # "5 m" is ambiguous: skipped
        ("5k runners", [(5_000, 5_000, "runner")]),
        ("2bn dollars", [(2e9, 2e9, "usd")]),
        ("an official said 30 people died", [(30, 30, "people")]),
        ("Seven people died", [(7, 7, "people")]),  # a capital at the start is not a name
        ("The Group of Seven said 30 people died.", [(30, 30, "people")]),
        ("between 4,000 and 5,000 troops", [(4_000, 5_000, "troops")]),
        ("one or two shots", [(1, 2, "shot")]),
        ("20 to 30 people", [(20, 30, "people")]),
        ("one of the 12 officials", [(12, 12, "official")]),
        ("on March 5 some 300 people", [(270, 330, "people")]),
        ("in 2014 500 troops", [(500, 500, "troops")]),
        ("40 percent", [(40, 40, "%")]),
        ("3 soldiers and 4 civilians", [(3, 3, "troops"), (4, 4, "people")]),
    ],
)
def test_parse_table(text, expected):
    got = [(q.low, q.high, q.unit) for q in parse_quantities(text)]
    assert got == [(pytest.approx(lo), pytest.approx(hi), unit) for lo, hi, unit in expected]


def test_a_dozen_is_twelve():
    assert parse_number("a dozen") == 12 == parse_number("dozen")
    assert parse_number("three dozen") == 36
    assert parse_number("twenty apples") is None  # not a number
    assert parse_number("two m") is None  # "m" means million only against digits ("2m")
    (q,) = parse_quantities("A dozen tanks crossed the border.")
    assert (q.low, q.high, q.unit) == (12, 12, "tank")
    assert one("a dozen eggs").low == one("12 eggs").low == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 9 p.m. 30 people were hurt", [(30, 30, "people")]),  # a time of day is no count
        ('"Seven people died," he said.', [(7, 7, "people")]),  # a quote mark is no name
        ("only 1 witness came forward", [(1, 1, "witness")]),  # "-ss" is not a plural
        ("the 30 soldiers' families", [(30, 30, "troops")]),  # a possessive is still the noun
        ("5 sheep were lost", [(5, 5, "sheep")]),
        ("about $5m in aid", [(4_500_000, 5_500_000, "usd")]),  # the sign after a hedge
        ("US$5m in aid", [(5_000_000, 5_000_000, "usd")]),
        ("€5m in aid", [(5_000_000, 5_000_000, "eur")]),
        ("over €2bn", [(2e9, math.inf, "eur")]),
        ("two dozen eggs", [(24, 24, "egg")]),  # a dozen is a scale: not 2 + 12
        ("more than 2 dozen people", [(24, math.inf, "people")]),
        ("$5m to 30 villages", [(5e6, 5e6, "usd"), (30, 30, "village")]),  # no range
        ("5 people lost $3m", [(5, 5, "people"), (3e6, 3e6, "usd")]),  # the sign is the 2nd's
        # a scale joined by a hyphen: "a four-million-dollar ransom" is $4 million, not $4
        ("a four-million-dollar ransom", [(4e6, 4e6, "usd")]),
        ("a 5-billion-euro plan", [(5e9, 5e9, "eur")]),
    ],
)
def test_parse_table_units_and_skips(text, expected):
    got = [(q.low, q.high, q.unit) for q in parse_quantities(text)]
    assert got == [(pytest.approx(lo), pytest.approx(hi), unit) for lo, hi, unit in expected]


@pytest.mark.parametrize("text", ["March 5 was quiet", "at 9 p.m. on Friday", "by 10:30 it ended"])
def test_dates_and_times_of_day_are_not_quantities(text):
    assert parse_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # (offset where the number ends, the text it was read from)
        ("30 people", [(2, "30")]),
        ("5 million people", [(9, "5 million")]),
        ("a hundred thousand troops", [(18, "a hundred thousand")]),
        ("tens of thousands of troops", [(17, "tens of thousands")]),
        ("between 4,000 and 5,000 troops", [(23, "4,000 and 5,000")]),
        ("2 to 12 people", [(7, "2 to 12")]),
        ("5 dead; 5 to 10 injured", [(1, "5"), (15, "5 to 10")]),
    ],
)
def test_spans_end_where_the_number_ends(text, expected):
    assert [(end, q.text) for end, q in parse_quantity_spans(text)] == expected


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("Soldiers", "troops"), ("troops", "troops"), ("personnel", "troops"),
        ("people", "people"), ("residents", "people"), ("firefighters", "responders"),
        ("tanks", "tank"), ("witness", "witness"), ("sheep", "sheep"),
    ],
)  # fmt: skip
def test_unit_names(word, unit):
    assert unit_name(word) == unit


def q(low: float, high: float | None = None) -> Quantity:
    return Quantity(low, low if high is None else high, None, str(low))


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (q(100), q(100), 0.0),
        (q(100, 120), q(110, 130), 0.0),  # overlapping ranges
        (q(100, 110), q(110, 120), 0.0),  # touching ranges
        (q(100), q(120), 20 / 120),  # relative to the larger number
        (q(120), q(100), 20 / 120),
        (q(0.2), q(0.5), 0.6),  # small numbers ("0.2%" vs "0.5%") too
    ],
)
def test_relative_gap(a, b, gap):
    assert relative_gap(a, b) == pytest.approx(gap)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tens of thousands of Russian troops crossed the border.", [(10_000, 99_999, "troops")]),
        ("More than 100 thousand soldiers were deployed.", [(100_000, math.inf, "troops")]),
        ("Officials said 30 people died.", [(30, 30, "people")]),
        ("Two were killed.", [(2, 2, None)]),  # no counted noun
        ("Tens of thousands marched.", [(10_000, 99_999, None)]),
        ("Turnout was 5% of the vote.", [(5, 5, "%")]),
        ("The US sent $5m in aid.", [(5e6, 5e6, "usd")]),
        ("The EU sent €5m in aid.", [(5e6, 5e6, "eur")]),
        ("Hundreds of firefighters came.", [(200, 999, "responders")]),
        ("Police said 12 of the protesters were held.", [(12, 12, "people")]),
        ("Dozens of Israelis were hurt.", [(24, 144, "israeli")]),
        ("Some 2 million Syrians fled.", [(1.8e6, 2.2e6, "syrian")]),
        ("About 20 or 30 workers were hurt.", [(18, 30, "people")]),
        ("3 soldiers and 4 civilians died.", [(3, 3, "troops"), (4, 4, "people")]),
        ("It had 3 million residents.", [(3e6, 3e6, "people")]),
        ("The US sent $5m to 30 villages.", [(5e6, 5e6, "usd"), (30, 30, "village")]),
    ],
)
def test_counted_noun_from_the_parse(nlp, text, expected):
    got = [(q.low, q.high, q.unit) for _, q in quantities_in_doc(nlp(text), text)]
    assert got == [(pytest.approx(lo), pytest.approx(hi), unit) for lo, hi, unit in expected]
