"""Plain-text sources named by title, outlet and date: blog mastheads, labelled date lines
("Posted:", "Transcript:"), "OUTLET - PROGRAMME" lines with a quoted programme, and press
releases whose issuer sits below the genre line or above a tagline and address. A headline
in capitals is the title as written; a masthead in capitals is the outlet in title case."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.core.config import load_config
from consistency.stages.ingest import ingest
from tests.builders import body_text, read_one

BODY = ("Crews worked through the night to restore the line, and the road will stay closed "
        "until Friday, officials said.\n\nResidents can call the hotline for help.\n")

SHAPES = [
    pytest.param("THE DALE DIARIES\nLife, mud and the occasional rant from the valley\n\nPosted: "
                 "Thursday 16 January 2025 by Megan Holroyd\nFiled under: Rants, Village life\n"
                 "Comments (23)\n\nNINETEEN HOURS IN THE DARK (AND WHY I'M NOT BUYING IT)\n\n",
                 ("NINETEEN HOURS IN THE DARK (AND WHY I'M NOT BUYING IT)", "The Dale Diaries",
                  "2025-01-16"), id="blog-masthead-posted-line"),
    pytest.param("RADIO CALDER - CALDER BREAKFAST\nTranscript: Wednesday 15 January 2025, 07:10 "
                 "bulletin and feature\nPresenter: Andy Whitworth | Reporter: Nadia Karim\n"
                 "Transcribed by Radio Calder newsroom. Check against broadcast.\n\n",
                 ("Calder Breakfast", "Radio Calder", "2025-01-15"),
                 id="transcript-label-with-date"),
    pytest.param("PRESS RELEASE\n\nNorthvale Power Networks\nNetwork House, Canal Wharf, "
                 "Calderbridge CB1 4NP\n\nFOR IMMEDIATE RELEASE\nWednesday 15 January 2025, 16:30"
                 "\n\nALL CUSTOMERS RECONNECTED FOLLOWING SUBSTATION FAULT\n\n",
                 ("ALL CUSTOMERS RECONNECTED FOLLOWING SUBSTATION FAULT",
                  "Northvale Power Networks", "2025-01-15"), id="issuer-below-genre-line"),
    pytest.param("RADIO WESTMOOR 97.4 FM\nProgramme: Westmoor Drive with Carl Ogden\nBroadcast: "
                 "Tuesday 11 March 2025, 17:00-19:00\nItem: 17:06 news segment\n\n",
                 ("Westmoor Drive with Carl Ogden", "Radio Westmoor 97.4 FM", "2025-03-11"),
                 id="station-then-programme-label"),
    pytest.param("KBRN 1040 AM\nShow: The Evening Desk\nAired: 2026-02-03\n\n",
                 ("The Evening Desk", "KBRN 1040 AM", "2026-02-03"), id="station-then-show-label"),
    pytest.param("MARLOWE & SONS\nFine Art, Antiques & Collectors' Auctioneers since 1896\n"
                 "14-16 Bridge Street, Kestleton KT4 2AB\n\nPRESS RELEASE - FOR IMMEDIATE RELEASE"
                 "\nSunday 9 March 2025\n\nTHE COLLECTION TOTALS £1.38 MILLION AT AUCTION\n\n"
                 "Marlowe & Sons is delighted to announce the results.\n\n",
                 ("THE COLLECTION TOTALS £1.38 MILLION AT AUCTION", "Marlowe & Sons",
                  "2025-03-09"), id="issuer-tagline-address-then-genre"),
    pytest.param("VINYL & VALVES\nA blog about records, old amplifiers and the people\nby Graham "
                 "Suttle\n\nSunday 9 March 2025\n\nOLD NELL, NEW MONEY: SOME THOUGHTS AFTER THE "
                 "SALE\n\n", ("OLD NELL, NEW MONEY: SOME THOUGHTS AFTER THE SALE",
                              "Vinyl & Valves", "2025-03-09"), id="blog-masthead-byline-date"),
    pytest.param('KESTLETON FM 98.4 - "ARTS TONIGHT"\nBroadcast: Monday 10 March 2025, 18:30\n'
                 "Programme transcript (auto-generated, corrected by producer)\n\n",
                 ("Arts Tonight", "Kestleton FM 98.4", "2025-03-10"),
                 id="quoted-programme-title-cased"),
    # invented variants
    pytest.param("THE HARBOUR LETTER\nNotes from the quayside\nPublished: 3 June 2025\n\nFERRY "
                 "FARES RISE FOR THE THIRD TIME\n\n",
                 ("FERRY FARES RISE FOR THE THIRD TIME", "The Harbour Letter", "2025-06-03"),
                 id="other-masthead-published-label"),
    pytest.param("Orrin Valley Notes\nby Sam Reed\nJune 4, 2025\n\nBRIDGE REPAIRS RUN LATE AGAIN"
                 "\n\n", ("BRIDGE REPAIRS RUN LATE AGAIN", "Orrin Valley Notes", "2025-06-04"),
                 id="mixed-case-masthead-us-date"),
    pytest.param("Ashdown and Reeve Valley Water Board\n\nPRESS RELEASE\n\nMains repairs "
                 "finished across Ashdown\n\nDate: Tuesday 4 March 2025\n\n",
                 ("Mains repairs finished across Ashdown", "Ashdown and Reeve Valley Water Board",
                  "2025-03-04"), id="issuer-name-with-small-words"),
    pytest.param("WESTFIELD TALK - LUNCHTIME PHONE-IN\nAired: 2025-05-02\nTranscript\n\n",
                 ("Lunchtime Phone-in", "Westfield Talk", "2025-05-02"),
                 id="aired-label-iso-date"),
]




@pytest.mark.parametrize(("head", "expected"), SHAPES)
def test_plain_text_header_names_the_source(tmp_path: Path, head: str, expected) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.title, article.source, article.published) == expected
    assert expected[0] not in body_text(article)  # the header never becomes claims
    assert "Crews worked" in body_text(article)


SPOKEN = ("ANCHOR: Crews worked through the night to restore the line, officials said.\n\n"
          "REPORTER (ANN LEE): Residents can call the hotline for help.\n\nANCHOR: Thanks.\n")


@pytest.mark.parametrize(("head", "expected"), [
    # the programme's name alone over a date, a segment line and a late marker
    pytest.param("FELLSIDE TONIGHT\nMonday 14 October 2024, 18:30\nSegment: Sheep theft\n"
                 "TRANSCRIPT\n\n", ("Fellside Tonight", "Fellside Tonight", "2024-10-14"),
                 id="programme-alone-marker-last"),
    # a dash part that describes the station is no programme
    pytest.param("VALE TONIGHT - Regional TV news\nTuesday 23 April 2024, 18:30\nItem 1: Frost "
                 "damage in the vale\n\n", ("Vale Tonight", "Vale Tonight", "2024-04-23"),
                 id="station-with-description"),
    # a labelled channel line names the outlet the masthead only suggested
    pytest.param("VALE SPORT TONIGHT - TRANSCRIPT\nChannel: VST Regional\nAired: Thursday 15 May "
                 "2025, 18:30\n\n", ("Vale Sport Tonight", "VST Regional", "2025-05-15"),
                 id="channel-label-under-masthead"),
])  # fmt: skip
def test_broadcast_transcript_names_the_source(tmp_path: Path, head: str, expected) -> None:
    article = read_one(tmp_path, head + SPOKEN)
    assert (article.title, article.source, article.published) == expected
    assert "Crews worked" in body_text(article) and "Segment" not in body_text(article)


NOT_MASTHEADS = [
    pytest.param("STRIKE SHUTS PORT AUTHORITY\nMarch 3, 2026\n\n", id="caps-headline-over-date"),
    pytest.param("WASHINGTON - THE SENATE VOTED ON THE BILL LATE ON MONDAY NIGHT\n\n",
                 id="body-opening-in-capitals"),
    pytest.param("Crews were called out on Monday 3 March 2025 to the bridge.\n",
                 id="one-line-file"),
    pytest.param("The council met on Tuesday and agreed the budget.\nMarch 4, 2025\n\nROADS "
                 "BUDGET CUT BY A THIRD\n\n", id="first-line-a-sentence"),
    pytest.param("LOCAL NEWS\nBy Ann Lee\n\nFIRE CREWS TACKLE BARN BLAZE OVERNIGHT\n\n",
                 id="masthead-without-date"),
]


@pytest.mark.parametrize("head", NOT_MASTHEADS)
def test_no_masthead_is_read_where_there_is_none(tmp_path: Path, head: str) -> None:
    article = read_one(tmp_path, head + BODY)
    assert article.source == "doc"  # the file stem: no outlet was read
    assert article.title is None
    assert "Crews" in body_text(article)


def test_front_matter_blog_key_names_the_outlet(tmp_path: Path) -> None:
    """A blog's front matter names its outlet under "blog:" ("blog: Merrowby Matters")."""
    (tmp_path / "post.md").write_text(
        '---\ntitle: "A gun on our High Street. Now what?"\nblog: Merrowby Matters\n'
        "author: Janet Firth\ndate: 2025-03-12\n---\n\n" + BODY, encoding="utf-8")
    article = ingest([tmp_path / "post.md"], load_config()).articles[0]
    assert (article.title, article.source, article.published) == (
        "A gun on our High Street. Now what?", "Merrowby Matters", "2025-03-12")
