"""Anchor dates and relative-time resolution."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.core.types import Article, Span
from consistency.structured.timeanchor import (
    ClockTime,
    TimeRef,
    anchor_date,
    clocks_agree,
    days_apart,
    find_clock_spans,
    find_times,
    resolve_weekday,
    times_compatible,
)

TUESDAY = date(2022, 1, 18)


def article(text: str, published: str | None = None, body: tuple[Span, ...] | None = None):
    return Article("d", "d.txt", text, body or (Span(0, len(text)),), published=published)


def test_anchor_from_published():
    assert anchor_date(article("no dateline here", published="2022-01-18")) == TUESDAY
    assert anchor_date(article("x", published="2022-01-18T10:00:00Z")) == TUESDAY


def test_anchor_from_dateline_takes_year_from_a_full_date():
    text = (
        "WASHINGTON, Jan. 18 (Reuters) - Blinken will travel.\n"
        "Blinken speaks in Washington, DC, January 7, 2022. File Photo"
    )
    # the caption is not in the body (cleaning dropped it) but still gives the year
    assert anchor_date(article(text, body=(Span(0, 52),))) == TUESDAY


def test_dateline_across_new_year_picks_nearest_year():
    text = "KYIV, Jan. 2 (AP) - Talks resumed.\nThe talks began on December 28, 2021."
    assert anchor_date(article(text)) == date(2022, 1, 2)


def test_dateline_with_year_and_without_any_year():
    assert anchor_date(article("PRAGUE, March 15, 2023 (AP) - x")) == date(2023, 3, 15)
    assert anchor_date(article("WASHINGTON, Jan. 18 (Reuters) - no year anywhere")) is None
    assert anchor_date(article("Blinken met Lavrov on Friday.")) is None


@pytest.mark.parametrize(
    ("text", "tense", "start", "end"),
    [
        ("will meet on Friday", "future", date(2022, 1, 21), date(2022, 1, 21)),
        ("met on Friday", "past", date(2022, 1, 14), date(2022, 1, 14)),
        ("said this Thursday", "past", date(2022, 1, 20), date(2022, 1, 20)),
        ("spoke on Tuesday", "past", TUESDAY, TUESDAY),
        ("talks last week", "past", date(2022, 1, 10), date(2022, 1, 16)),
        ("will meet next week", "future", date(2022, 1, 24), date(2022, 1, 30)),
        ("on January 7, 2022", "past", date(2022, 1, 7), date(2022, 1, 7)),
        ("WASHINGTON, Jan. 18", "past", TUESDAY, TUESDAY),
        ("by mid-February", "future", date(2022, 2, 10), date(2022, 2, 20)),
        ("on 4 February", "future", date(2022, 2, 4), date(2022, 2, 4)),
    ],
)
def test_relative_times_resolve_against_anchor(text, tense, start, end):
    (ref,) = find_times(text, TUESDAY, tense)
    assert (ref.start, ref.end) == (start, end)


def test_unanchored_weekday_keeps_weekday():
    (ref,) = find_times("whom he met on Friday in Geneva", None, "past")
    assert ref.start is None and ref.weekday == 4 and not ref.resolved


def test_lowercase_month_words_are_not_dates():
    assert find_times("troops may 5 times march in", TUESDAY) == ()


def test_compatibility_and_distance():
    fri = TimeRef("Friday", None, None, 4)
    thu = TimeRef("Thursday", None, None, 3)
    assert times_compatible(fri, thu) is False
    assert times_compatible(fri, TimeRef("x", None, None, None)) is None
    a = TimeRef("a", date(2022, 1, 21), date(2022, 1, 21), 4)
    b = TimeRef("b", date(2021, 12, 2), date(2021, 12, 2), 3)
    assert days_apart(a, b) == 50 and times_compatible(a, b, 3) is False
    assert times_compatible(a, fri) is True  # resolved Friday vs unresolved Friday


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(min_value=0, max_value=6),
    st.sampled_from(["past", "present", "future"]),
    st.sampled_from([None, "last", "this", "next", "on"]),
)
def test_resolved_weekday_is_that_weekday_and_near(anchor, weekday, tense, qualifier):
    day = resolve_weekday(anchor, weekday, tense, qualifier)
    assert day.weekday() == weekday
    assert abs((day - anchor).days) <= 7
    if qualifier == "last":
        assert day < anchor
    elif qualifier == "next":
        assert day > anchor
    elif qualifier is None and tense == "past":
        assert anchor - timedelta(days=6) <= day <= anchor
    elif qualifier is None and tense == "future":
        assert anchor <= day <= anchor + timedelta(days=6)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_full_dates_round_trip(d):
    text = f"on {d.strftime('%B')} {d.day}, {d.year}"
    (ref,) = find_times(text, None)
    assert ref.start == ref.end == d and ref.weekday == d.weekday()


WEDNESDAY = date(2025, 3, 12)  # anchor for the tables below; its week runs Mar 10..16
MON, WED, FRI, SUN = 0, 2, 4, 6


@pytest.mark.parametrize(
    ("qualifier", "tense", "weekday", "expected"),
    [
        # "last": the most recent such day strictly before the anchor
        ("last", "past", MON, date(2025, 3, 10)),
        ("last", "past", WED, date(2025, 3, 5)),
        ("last", "future", FRI, date(2025, 3, 7)),
        # "next": the first such day strictly after the anchor
        ("next", "future", MON, date(2025, 3, 17)),
        ("next", "future", WED, date(2025, 3, 19)),
        ("next", "past", FRI, date(2025, 3, 14)),
        # "this": the one in the anchor's Monday-to-Sunday week, whatever the tense
        ("this", "past", MON, date(2025, 3, 10)),
        ("this", "past", FRI, date(2025, 3, 14)),
        ("this", "present", WED, date(2025, 3, 12)),
        ("this", "future", MON, date(2025, 3, 10)),
        ("this", "future", SUN, date(2025, 3, 16)),
        # "on" or nothing: the tense decides
        ("on", "past", MON, date(2025, 3, 10)),
        ("on", "past", WED, date(2025, 3, 12)),
        ("on", "past", FRI, date(2025, 3, 7)),
        (None, "past", SUN, date(2025, 3, 9)),
        ("on", "future", MON, date(2025, 3, 17)),
        ("on", "future", WED, date(2025, 3, 12)),
        (None, "future", FRI, date(2025, 3, 14)),
        # present tense: the nearest such day, before or after
        ("on", "present", MON, date(2025, 3, 10)),  # 2 days back, 5 ahead
        (None, "present", FRI, date(2025, 3, 14)),  # 5 back, 2 ahead
        (None, "present", SUN, date(2025, 3, 9)),  # 3 back, 4 ahead
        (None, "present", 5, date(2025, 3, 15)),  # Saturday: 4 back, 3 ahead
        (None, "present", WED, date(2025, 3, 12)),
    ],
)
def test_weekday_table(qualifier, tense, weekday, expected):
    assert resolve_weekday(WEDNESDAY, weekday, tense, qualifier) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Blinken has reiterated this Thursday that", "past", date(2025, 3, 13)),
        ("Blinken will meet Lavrov this Thursday", "future", date(2025, 3, 13)),
        ("The ministers met last Thursday", "past", date(2025, 3, 6)),
        # "next" is the first one after the anchor (documented), not the one a week later
        ("The ministers will meet next Thursday", "future", date(2025, 3, 13)),
        ("The ministers will meet next Tuesday", "future", date(2025, 3, 18)),
        ("The ministers met on Thursday", "past", date(2025, 3, 6)),
        ("The ministers will meet on Thursday", "future", date(2025, 3, 13)),
        ("The ministers meet on Thursday", "present", date(2025, 3, 13)),
        ("The ministers meet on Monday", "present", date(2025, 3, 10)),
    ],
)
def test_weekday_in_text_resolves_to_a_literal_date(text, tense, expected):
    (ref,) = find_times(text, WEDNESDAY, tense)
    assert (ref.start, ref.end, ref.weekday) == (expected, expected, expected.weekday())


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("yesterday", date(2025, 3, 11), date(2025, 3, 11)),
        ("today", date(2025, 3, 12), date(2025, 3, 12)),
        ("tomorrow", date(2025, 3, 13), date(2025, 3, 13)),
        ("last week", date(2025, 3, 3), date(2025, 3, 9)),
        ("this week", date(2025, 3, 10), date(2025, 3, 16)),
        ("next week", date(2025, 3, 17), date(2025, 3, 23)),
        ("past week", date(2025, 3, 3), date(2025, 3, 9)),
        ("this weekend", date(2025, 3, 15), date(2025, 3, 16)),
        ("last weekend", date(2025, 3, 8), date(2025, 3, 9)),
        ("coming weekend", date(2025, 3, 22), date(2025, 3, 23)),
        ("last month", date(2025, 2, 1), date(2025, 2, 28)),
        ("this month", date(2025, 3, 1), date(2025, 3, 31)),
        ("next month", date(2025, 4, 1), date(2025, 4, 30)),
        ("last year", date(2024, 1, 1), date(2024, 12, 31)),
        ("next year", date(2026, 1, 1), date(2026, 12, 31)),
        ("in early March", date(2025, 3, 1), date(2025, 3, 10)),
        ("in late February", date(2025, 2, 20), date(2025, 2, 28)),
        ("by mid-April", date(2025, 4, 10), date(2025, 4, 20)),
        ("by the end of December", date(2024, 12, 20), date(2024, 12, 31)),  # nearest December
        ("at the beginning of May 2026", date(2026, 5, 1), date(2026, 5, 10)),
        ("in May", date(2025, 5, 1), date(2025, 5, 31)),
        ("since January 2024", date(2024, 1, 1), date(2024, 1, 31)),
        ("on 5 March", date(2025, 3, 5), date(2025, 3, 5)),
        ("on March 5th", date(2025, 3, 5), date(2025, 3, 5)),
        ("on Sept. 30", date(2024, 9, 30), date(2024, 9, 30)),  # nearer than next September
        ("on 2025-03-01", date(2025, 3, 1), date(2025, 3, 1)),
    ],
)
def test_relative_and_partial_dates_table(text, start, end):
    (ref,) = find_times(text, WEDNESDAY, "past")
    assert (ref.start, ref.end) == (start, end)


@pytest.mark.parametrize(
    ("anchor", "text", "start", "end"),
    [
        (date(2025, 12, 31), "next month", date(2026, 1, 1), date(2026, 1, 31)),
        (date(2025, 1, 15), "last month", date(2024, 12, 1), date(2024, 12, 31)),
        (date(2024, 3, 1), "last month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (date(2025, 1, 2), "on December 30", date(2024, 12, 30), date(2024, 12, 30)),
        (None, "on March 5", None, None),
        (None, "in March", None, None),
    ],
)
def test_year_boundaries_and_no_anchor(anchor, text, start, end):
    (ref,) = find_times(text, anchor, "past")
    assert (ref.start, ref.end) == (start, end)


@pytest.mark.parametrize(
    ("a", "b", "window", "agree"),
    [  # dates without a year (a wire dateline's "May 20")
        ("on May 20", "on May 21", 0, False),
        ("on May 20", "on May 21", 1, True),
        ("on December 31", "on January 1", 1, True),  # across the new year
        ("on December 31", "on January 1", 0, False),
        ("on February 29", "on March 1", 1, True),  # Feb 29 exists
        ("on January 1", "on July 2", 0, False),
    ],
)
def test_dates_without_a_year(a, b, window, agree):
    (ta,), (tb,) = find_times(a, None), find_times(b, None)
    assert times_compatible(ta, tb, window) is agree


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # (offset, text, earliest, latest minute of the day)
        ("at about 9 p.m. on Friday", [(9, "about 9 p.m.", 1230, 1290)]),
        ("shortly after 2 a.m.", [(14, "shortly after 2 a.m.", 120, 165)]),
        ("9 p.m.", [(0, "9 p.m.", 1245, 1275)]),  # no hedge: a quarter of an hour either side
        ("at noon", [(3, "at noon", 720, 720)]),
        ("Around midnight", [(7, "Around midnight", -30, 30)]),
        # wholly before midnight: the end of the day named ("just before midnight Thursday")
        ("just before midnight", [(12, "just before midnight", 1410, 1440)]),
        ("shortly after midnight", [(14, "shortly after midnight", 0, 45)]),
        ("at 12:30 p.m.", [(3, "at 12:30 p.m.", 750, 750)]),
        ("at 12 a.m.", [(3, "at 12 a.m.", 0, 0)]),
        ("at 10.15pm", [(3, "at 10.15pm", 1335, 1335)]),
        ("at 9 pm and at 10 am", [(3, "at 9 pm", 1260, 1260), (15, "at 10 am", 600, 600)]),
        ("at 13 p.m. or 0 a.m.", []),  # no such hours
    ],
)
def test_clock_times(text, expected):
    got = [(at, c.text, c.low, c.high) for at, c in find_clock_spans(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((600, 600), (630, 630), True),  # within the 30 minutes
        ((600, 600), (631, 631), False),
        ((631, 700), (600, 600), False),
        ((1230, 1290), (1305, 1335), True),  # "about 9 p.m." and "10.15 p.m."
    ],
)
def test_clocks_agree(a, b, agree):
    assert clocks_agree(ClockTime("a", *a), ClockTime("b", *b)) is agree
    assert clocks_agree(ClockTime("b", *b), ClockTime("a", *a)) is agree


@pytest.mark.parametrize(
    ("minute", "night"), [(1080, True), (1079, False), (359, True), (360, False)]
)
def test_night_is_evening_or_small_hours(minute, night):
    assert ClockTime("t", minute, minute).night is night
