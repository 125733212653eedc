"""Sources named through ``Key: value`` header blocks under a masthead (round 20): the dev
files of the blind round 15 and other writers' wordings of the same shapes, and look-alikes
where no outlet or title may be read. A source without outlet or given title is labelled by
its file name, never by its first sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.stages.header_keys import fuller_header
from consistency.stages.sources import describe_source
from tests.builders import body_text, read_one

BODY = ("Crews worked through the night to restore the line, and the road will stay closed "
        "until Friday, officials said.\n\nResidents can call the hotline for help.\n")

FIRE = [
    # dev: larkspur_festival_crush/meridian_press_wire.txt
    pytest.param("MERIDIAN PRESS - UK NEWS SERVICE\nTitle: Seventeen injured in crowd crush\n"
                 "Source: Meridian Press\nDate: July 20, 2025 08:41 BST\nPriority: Urgent / "
                 "Domestic\nCategory: Accidents / Entertainment\n\n",
                 ("Seventeen injured in crowd crush", "Meridian Press", "2025-07-20"),
                 id="dev-wire-masthead-priority-category"),
    # dev: pellow_sands_whale_stranding/wna_wire.txt
    pytest.param("Title: Nine whales refloated\nSource: Western News Agency (WNA)\nDate: Sunday, "
                 "September 7, 2025 - 21:52 BST\nSlug: BRITAIN-WILDLIFE/WHALES (UPDATE 3)\n\n",
                 ("Nine whales refloated", "Western News Agency (WNA)", "2025-09-07"),
                 id="dev-date-with-time-and-zone-then-slug"),
    # dev: kelderby_recount/wealdshire_tonight_transcript.txt
    pytest.param("WEALDSHIRE TONIGHT\nChannel: Downland TV (regional news)\nBroadcast date: "
                 "Friday 7 November 2025, 18:30\nItem: 4 of 9 - \"Hatherley by-election\"\n"
                 "Running time: 3'05\"\nPresenters: CLAIRE MADDOX (studio)\n[Automated "
                 "transcript, checked by newsroom.]\n\n",
                 ("Wealdshire Tonight", "Downland TV", "2025-11-07"), id="dev-programme-masthead"),
    # dev: kelderby_recount/hatherley_matters_blog.txt (the blog has no headline)
    pytest.param("HATHERLEY MATTERS\nA blog about life, politics and potholes\n\nPosted: 8 "
                 "November 2025\nBy: Dan Whelan\n\n", (None, "Hatherley Matters", "2025-11-08"),
                 id="dev-blog-masthead-tagline"),
    # other writers
    pytest.param("NORTHGATE NEWS AGENCY\nHeadline: Bridge closed after barge strike\nOutlet: "
                 "Northgate News Agency\nPublished: 2025-03-02 14:05 GMT\nKeywords: bridge, barge"
                 "\nWord count: 412\n\n", ("Bridge closed after barge strike",
                                           "Northgate News Agency", "2025-03-02"),
                 id="agency-masthead-keywords-word-count"),
    pytest.param("KESTREL VALLEY VOICE\nNews and views from the valley\nPosted on: Tuesday, 4 "
                 "March 2025\nAuthor: Jo Penn\nTags: roads, council\n\n",
                 (None, "Kestrel Valley Voice", "2025-03-04"), id="newsletter-posted-on-tags"),
    pytest.param("EVENING REPORT\nStation: Radio Harrow 101.3\nAired: Monday 3 March 2025, 18:00 "
                 "GMT\nSegment: 2 of 5\nDuration: 4'10\"\n[Machine transcript, unchecked]\n\n",
                 ("Evening Report", "Radio Harrow 101.3", "2025-03-03"),
                 id="programme-masthead-station-aired"),
    pytest.param("Embargo: none\nTitle: Council backs flood plan\nSource: Riverside Wire\nDate: "
                 "March 4, 2025 9:15 a.m. EST\nPriority: Routine\n\n",
                 ("Council backs flood plan", "Riverside Wire", "2025-03-04"),
                 id="unknown-label-before-known-ones"),
    pytest.param("CARROW DAILY DIGEST | REGIONAL DESK\nHeadline: Ferry fares to rise\nDated: 12 "
                 "May 2025, 07:00 CET\nDesk: Transport\n\n",
                 ("Ferry fares to rise", "Carrow Daily Digest", "2025-05-12"),
                 id="masthead-with-bar-names-outlet"),
    # look-alike: a name in brackets is part of the outlet, a description is not
    pytest.param("Title: League clears takeover\nSource: Rovers Trust News (Brackenford Rovers "
                 "Supporters' Trust)\nDate: 2025-06-10\n\n", ("League clears takeover",
                 "Rovers Trust News (Brackenford Rovers Supporters' Trust)", "2025-06-10"),
                 id="bracketed-name-kept-in-outlet"),
]




@pytest.mark.parametrize(("head", "expected"), FIRE)
def test_header_under_a_masthead_names_the_source(tmp_path: Path, head: str, expected) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.title, article.source, article.published) == expected
    body = body_text(article)
    assert body.startswith("Crews worked")  # no header line, known or not, is body
    assert describe_source(article).label == expected[1]


SILENT = [
    pytest.param("ANCHOR: Good evening.\nREPORTER: Thanks, the road is shut.\n\n",
                 id="speaker-labels-are-no-header"),
    pytest.param("ROAD CLOSED\nPolice said: the road will stay shut until further notice, they "
                 "told reporters.\n\n", id="sentence-with-a-colon-under-a-caps-line"),
    pytest.param("Note: this story was updated\n\n", id="unknown-label-alone"),
    pytest.param("Update: crews are still on site\nWATCH: drone footage of the closure\n\n",
                 id="unknown-labels-without-a-known-one"),
]


@pytest.mark.parametrize("head", SILENT)
def test_no_header_is_read_where_there_is_none(tmp_path: Path, head: str) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.source, article.title, article.published) == ("doc", None, None)
    assert fuller_header(head + BODY, {}, 0) == ({}, 0)  # the body starts at the top
    assert describe_source(article).label == "doc.txt"  # not the first sentence


def test_a_headline_above_the_keys_is_no_outlet(tmp_path: Path) -> None:
    """A headline over "By:" and "Date:" lines is read as no outlet: it is not a name."""
    article = read_one(tmp_path, "Crews restore power after storm\nBy: Ann Lee\nDate: 3 March "
                       "2025, 10:00 GMT\n\n" + BODY)
    assert (article.source, article.published) == ("doc", "2025-03-03")
    assert describe_source(article).label == "doc.txt"


def test_an_outlet_masthead_is_no_title(tmp_path: Path) -> None:
    """A masthead repeating the outlet a key names is not the title."""
    article = read_one(tmp_path, "MERIDIAN PRESS\nSource: Meridian Press\nDate: 3 March 2025"
                       "\n\n" + BODY)
    assert (article.title, article.source) == (None, "Meridian Press")


TURNS = ("ANCHOR: Good morning. Crews worked through the night to clear the line, officials "
         "said.\n\nREPORTER: The road will stay closed until Friday, and residents can call the "
         "hotline for help.\n")

STATIONS = [
    # dev: sinkhole/brackfm_breakfast_transcript.txt
    pytest.param("BRACK FM 97.4 - THE BREAKFAST SHOW\nTRANSCRIPT - NEWS SEGMENT\nBroadcast: "
                 "Tuesday 14 October 2025, 08:00\nPresenter: Dave Lomax\n\n",
                 ("The Breakfast Show", "Brack FM 97.4", "2025-10-14"),
                 id="dev-station-line-over-a-marker-naming-the-item"),
    pytest.param("HARBOUR RADIO 88.2 - DRIVETIME\nTRANSCRIPT - TRAVEL BULLETIN\nAired: 3 March "
                 "2025\n\n", ("Drivetime", "Harbour Radio 88.2", "2025-03-03"),
                 id="other-station-over-marker"),
    pytest.param("KLMN NEWSRADIO - MORNING DESK\nRush transcript - top story\nBroadcast: "
                 "March 4, 2025 6:00 a.m. CST\n\n", ("Morning Desk", "KLMN Newsradio",
                                                      "2025-03-04"),
                 id="rush-transcript-of-an-item"),
    pytest.param("VALE 5 NEWS - LATE EDITION\nSegment transcript - lead item\n12 May 2025\n\n",
                 ("Late Edition", "Vale 5 News", "2025-05-12"), id="segment-marker-under-name"),
    # look-alike: the marker line itself names the station when no line above does
    pytest.param("RADIO HARROW - TRANSCRIPT\nBroadcast: 3 March 2025\n\n",
                 ("Radio Harrow", "Radio Harrow", "2025-03-03"), id="marker-line-names-station"),
]


@pytest.mark.parametrize(("head", "expected"), STATIONS)
def test_station_line_above_a_marker_names_the_source(tmp_path: Path, head: str,
                                                      expected) -> None:
    article = read_one(tmp_path, head + TURNS)
    assert (article.title, article.source, article.published) == expected
    assert "Segment" not in body_text(article) and "TRANSCRIPT" not in body_text(article)
