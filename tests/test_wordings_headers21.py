"""Sources named through header shapes with no label saying what the file is (round 21):
a broadcast transcript known by its speaker labels under a station line and a date line,
and a blog post known by the byline under its title. The dev files of the blind round 16,
other writers' wordings of the same shapes, and look-alikes where nothing may be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.stages.sources import describe_source
from tests.builders import body_text, read_one

TURNS = ("ANCHOR (DAVID LOCKE): Good evening. Crews worked through the night to clear the "
         "line, officials said.\n\nREPORTER: The road will stay closed until Friday, and "
         "residents can call the hotline for help.\n")
BODY = ("Crews worked through the night to restore the line, and the road will stay closed "
        "until Friday, officials said.\n\nResidents can call the hotline for help.\n")

STATIONS = [
    # dev: dunmere_tower_lift_plunge/dtv_westward_transcript.txt
    pytest.param("DTV WESTWARD - EVENING NEWS\nSunday 23 February 2025, 18:00\nRunning order "
                 "item 2 of 9: \"Tower block lift fall\"\nDuration: 3'40\"\n[Automated "
                 "transcript, corrected by news desk. Speaker labels as broadcast.]\n\n",
                 ("Evening News", "DTV Westward", "2025-02-23"),
                 id="dev-station-date-running-order"),
    pytest.param("RADIO HARROW 101.3 | DRIVE TIME\nMonday 3 March 2025, 17:30 GMT\n\n",
                 ("Drive Time", "Radio Harrow 101.3", "2025-03-03"), id="bar-station-programme"),
    pytest.param("KESTLE FM\nTHE MORNING SHOW\n4 March 2025\nItem 3\n\n",
                 ("The Morning Show", "Kestle FM", "2025-03-04"), id="station-over-programme"),
    pytest.param("March 5, 2025\nWKRN NEWS 2 - NEWS AT NOON\n\n",
                 ("News at Noon", "WKRN News 2", "2025-03-05"), id="date-above-station-line"),
    pytest.param("VALE 5 NEWS - LATE EDITION\n12/05 bulletin\nMonday, 12 May 2025\n"
                 "(Edited for length)\n\n", ("Late Edition", "Vale 5 News", "2025-05-12"),
                 id="station-remark-date"),
]




@pytest.mark.parametrize(("head", "expected"), STATIONS)
def test_station_and_date_over_speaker_labels_name_the_source(tmp_path: Path, head: str,
                                                              expected) -> None:
    article = read_one(tmp_path, head + TURNS)
    assert (article.title, article.source, article.published) == expected
    assert body_text(article).lstrip().startswith("Good evening")  # no header line is body
    assert describe_source(article).label == expected[1]


POSTS = [
    # dev: dunmere_tower_lift_plunge/notes_from_the_14th_floor_blog.txt
    pytest.param("NOTES FROM THE 14TH FLOOR\nlife, rent and the view from the 14th floor of "
                 "a tower block\n\nSunday 23 February 2025\n\"We told you so\" is not enough\n"
                 "Posted by "
                 "Joanne Kirby\n\n", ("\"We told you so\" is not enough",
                                      "Notes From the 14th Floor", "2025-02-23"),
                 id="dev-masthead-tagline-date-title-posted-by"),
    pytest.param("THE GARDEN GATE\nWhy the bridge still matters\nPosted by Sue Amis on 3 March "
                 "2025\n\n", ("Why the bridge still matters", "The Garden Gate", "2025-03-03"),
                 id="title-then-posted-by-with-date"),
    pytest.param("Kestrel Valley Voice\nnews and views from the valley\n4 March 2025\nA week "
                 "without buses\nBy Jo Penn\n\n", ("A week without buses",
                                                   "Kestrel Valley Voice", "2025-03-04"),
                 id="date-above-title-then-by"),
    pytest.param("HILLTOP DIARIES\nTuesday, March 4, 2025\nThe night the lights went out\n"
                 "Written by Tom Reyes\n\n", ("The night the lights went out",
                                              "Hilltop Diaries", "2025-03-04"),
                 id="date-title-written-by"),
    pytest.param("PORTSIDE RAMBLINGS\nWhat the council didn't say\nBlogged by Ada Kerr, 9 June "
                 "2025\n\n", ("What the council didn't say", "Portside Ramblings", "2025-06-09"),
                 id="blogged-by-with-date"),
]


@pytest.mark.parametrize(("head", "expected"), POSTS)
def test_masthead_title_and_byline_name_a_blog_post(tmp_path: Path, head: str,
                                                    expected) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.title, article.source, article.published) == expected
    assert body_text(article).startswith("Crews worked")
    assert describe_source(article).label == expected[1]


SILENT = [
    pytest.param("Lift Falls In Tower\nBy Jane Smith\n23 February 2025\n\n" + BODY,
                 id="headline-byline-date"),
    pytest.param("LIFT FALLS\nResidents Demand Answers\nBy Jane Smith, 23 February 2025\n\n"
                 + BODY, id="headline-subhead-dated-byline"),
    pytest.param("INTERVIEW - JANE DOE\n3 March 2025\n\nQ: Were you there?\n\nA: Yes, I was "
                 "in the lobby.\n", id="interview-q-and-a"),
    pytest.param("LIFT FALLS - SIX HURT\n23 February 2025\n\nResidents said the lift had "
                 "failed before, and the trust said it was inspected in January.\n",
                 id="caps-headline-with-dash-no-speakers"),
    pytest.param("Dunmere Tower Lift Falls\nlive updates\nPosted by\n\n" + BODY,
                 id="byline-without-a-name"),
]


@pytest.mark.parametrize("text", SILENT)
def test_look_alikes_read_no_outlet(tmp_path: Path, text: str) -> None:
    article = read_one(tmp_path, text)
    assert article.source == "doc"
    assert describe_source(article).label == "doc.txt"


def test_a_station_line_over_labelled_lines_names_the_programme(tmp_path: Path) -> None:
    """dev: kettlebury_council_ransomware/radio_eastshire_transcript.txt: the programme after
    the dash is the title, "with" in lower case, when speaker labels follow."""
    head = ("RADIO EASTSHIRE - BREAKFAST WITH KATE AND DAVE\nBroadcast: Thursday 13 March 2025, "
            "07:10-07:18\nItem: Kettlebury council cyber attack\n\n")
    article = read_one(tmp_path, head + TURNS)
    assert (article.title, article.source, article.published) == (
        "Breakfast with Kate and Dave", "Radio Eastshire", "2025-03-13")
    assert "Kettlebury" not in body_text(article)
