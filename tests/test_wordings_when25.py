"""Times of one event (round 25): a part of the day right after a time of day only tells
its half and its day ("around half past two this morning"); a street's name is a place
whatever a tagger says ("Marsh Road"); a part of a day on a day not known to be the
other's ("resumed this morning" in a post of the next day) is no rival to a time of day."""

from __future__ import annotations

import pytest

from consistency.structured.aliases import build_aliases
from consistency.structured.clockparts import undated_part
from consistency.structured.conflicts import compare
from consistency.structured.frames import Frame, extract_frames
from consistency.structured.streets import street_name
from consistency.structured.timeanchor import find_clock_spans
from tests.helpers import make_article, make_claim
from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


def _kinds_dated(nlp, config, a, da, b, db):
    """Signal kinds of two one-sentence sources published on two dates."""
    arts = [make_article(s, path=f"d{i}.txt", published=d)
            for i, (s, d) in enumerate(((a, da), (b, db)))]  # fmt: skip
    claims = [make_claim(s, doc=art.id) for s, art in zip((a, b), arts, strict=True)]
    frames = extract_frames(claims, {art.id: art for art in arts}, nlp)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    fa, fb = frames[claims[0].id], frames[claims[1].id]
    return [s.kind for s in compare(fa, fb, table, config.score, "A", "B").signals]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("the problems started at around half past two this morning, when", "around half past two"),
        ("the fire broke out at 3am on Tuesday morning", "at 3am"),
        ("the tremor struck at ten past one this morning", "at ten past one"),
        ("the quake hit at 10.40 in the morning", "at 10.40"),
        ("officers were called at 06:50 this morning (Saturday 14 June)", "at 06:50"),
    ],
)
def test_part_of_the_day_after_a_time_is_no_time_of_its_own(text, clock):
    assert [c.text for _, c in find_clock_spans(text)] == [clock]


@pytest.mark.parametrize(
    "text",
    ["it happened this morning", "the march set off on Tuesday evening",
     "the crowd gathered at 9pm, and on Thursday night"],
)
def test_a_part_of_the_day_alone_stays_a_time(text):
    assert any(c.high - c.low >= 180 for _, c in find_clock_spans(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the dev pairs (kilverton_hospital_it_outage, kettlewick_balloon)
        ("Rachel, the problems started at around half past two this morning, when the "
         "computer systems that hold patient records went down.",
         "The outage at Kilverton Royal Infirmary began shortly after 4am on Monday, when "
         "key computer systems went down across the site."),
        # invented, other stories: a storm, a quake, a fire
        ("The storm hit the coast at around half past three this morning.",
         "The storm hit the coast at about 6am, the forecaster said."),
        ("The tremor struck at ten past one this morning.",
         "The tremor struck at 3.40am on Sunday."),
        ("The fire broke out at 3am on Tuesday morning.",
         "The fire broke out at about 5.30am on Tuesday."),
    ],
)
def test_time_told_with_its_part_of_the_day_clashes(nlp, config, a, b):
    assert "time" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize("name", ["Marsh Road", "Corn Street", "Harbour Avenue"])
def test_a_street_name_is_a_place(name):
    frames = {"c1": Frame(claim_id="c1", people=(name,), text=f"beside {name}")}
    table = build_aliases(frames, {"c1": "d1"})
    assert table.kind(table.canonical(name)) == "place"


@pytest.mark.parametrize("name", ["Nathan Lane", "Graham Tolley", "Lois Lane"])
def test_a_person_ending_in_a_surname_street_word_stays_a_person(name):
    assert not street_name(name)
    frames = {"c1": Frame(claim_id="c1", people=(name,), text=name)}
    table = build_aliases(frames, {"c1": "d1"})
    assert table.kind(table.canonical(name)) == "person"


def test_dev_balloon_street_and_valley_are_one_landing(nlp, config):
    a = ("The balloon, operated by Kettlewick-based Skylark Balloon Flights, came down in a "
         "barley field beside Marsh Road, the B4410, at about 6.50am.")
    b = ("The balloon came down at about 7.35am, some distance from its intended landing "
         "site, after crossing the Wessmoor valley.")
    assert "time" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(
    ("a", "da", "b", "db"),
    [
        # the dev false flags (m47_lorry_oil_spill): a post of the next day
        ("Normal service (i.e. ordinary, everyday queues) resumed this morning.", "2025-10-15",
         "The northbound carriageway was closed for 17 hours and 40 minutes while the oil was "
         "cleared, and reopened at 23:20 on Tuesday.", "2025-10-15"),
        ("Normal service (i.e. ordinary, everyday queues) resumed this morning.", "2025-10-15",
         "It was not until around 2am on Wednesday that the northbound carriageway finally "
         "reopened to traffic.", "2025-10-15"),
        # invented look-alikes: a morning of an unknown day against a night's clock
        ("The bridge reopened this morning.", "2026-04-11",
         "The bridge reopened at 10.30pm on Friday.", "2026-04-11"),
        ("Trading resumed this afternoon.", "2026-05-06",
         "Trading resumed at 7.15am on Tuesday after the outage.", "2026-05-06"),
    ],
)
def test_undated_part_of_a_day_is_no_rival_to_a_clock(nlp, config, a, da, b, db):
    assert "time" not in _kinds_dated(nlp, config, a, da, b, db)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("asked to leave by 6pm", "asked to leave by 10am"),
        ("the road stays shut until 8pm", "the road stays shut until 6am"),
    ],
)
def test_a_wide_clock_is_no_part_of_a_day(a, b):
    xs = tuple(c for _, c in find_clock_spans(a))
    ys = tuple(c for _, c in find_clock_spans(b))
    assert xs and ys and not undated_part(xs, ys, None)
    assert undated_part(tuple(c for _, c in find_clock_spans("it reopened this morning")), ys, None)
