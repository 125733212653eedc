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
    quantities_agree,
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


def test_a_dozen_is_twelve():
    assert parse_number("a dozen") == 12 == parse_number("dozen")
    (q,) = parse_quantities("A dozen tanks crossed the border.")
    assert (q.low, q.high, q.unit) == (12, 12, "tank")
