"""Press releases, organisations' statements and year-less wire datelines name their
source: title, outlet and date come from the header block, and the block is never body."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from consistency.core.config import load_config
from consistency.stages.headers import read_header
from consistency.stages.ingest import ingest
from consistency.stages.sources import describe_source
from consistency.structured.timeanchor import anchor_date
from tests.builders import body_text, read_one

PARA = (
    "Crews worked through the night to clear the line, and the road will stay closed until "
    "Friday, officials said.\n\nResidents can call the hotline for help.\n"
)

RELEASES = [
    pytest.param(
        "PRESS RELEASE\n\nAcme Water Company Announces Boil-Water Notice for Eastside\n\n"
        "SPRINGFIELD, Oct. 3, 2025 - Acme Water Company today issued a boil-water notice "
        "for 4,000 homes on the east side of the city.\n\n" + PARA,
        ("Acme Water Company Announces Boil-Water Notice for Eastside", "Acme Water Company",
         "2025-10-03"), id="press-release-headline-and-dateline"),
    pytest.param(
        "MEDIA RELEASE\nEMBARGOED UNTIL 10 A.M. ET\n\nNorthgate University Statement on Campus "
        "Closure\n\nNORTHGATE, 12 March 2025 – The university will close its main campus on "
        "Monday while the water supply is tested.\n\n" + PARA
        + "\nAbout Northgate University: Founded in 1890, it teaches 20,000 students.\n",
        ("Northgate University Statement on Campus Closure", "Northgate University",
         "2025-03-12"), id="media-release-embargo-about-paragraph"),
    pytest.param(
        "For Immediate Release\nContact: Jane Roe, 555-0100\n\nHarlow Chemicals Confirms Fire "
        "at Millbrook Plant\n\nMILLBROOK, Ore., March 13, 2026 - Harlow Chemicals confirmed "
        "that a fire broke out at its Millbrook plant on Thursday night.\n\n" + PARA,
        ("Harlow Chemicals Confirms Fire at Millbrook Plant", "Harlow Chemicals", "2026-03-13"),
        id="mixed-case-marker-contact-line"),
]

STATEMENTS = [
    pytest.param(
        "OFFICE OF THE GOVERNOR\nState of Ostland\nJune 3, 2025\n\nSubject: Flood emergency "
        "declaration for the river counties\n\n" + PARA,
        ("Flood emergency declaration for the river counties", "Office of the Governor",
         "2025-06-03"), id="subject-line"),
    pytest.param(
        "BRANNOCK UNIFIED SCHOOL DISTRICT\nStatement: School closures after the derailment\n"
        "Sunday, April 19, 2026\n\n" + PARA,
        ("Statement: School closures after the derailment", "Brannock Unified School District",
         "2026-04-19"), id="statement-line"),
    pytest.param(
        "HARROW FBI FIELD OFFICE / Media Relations\nPress Statement - 2025-07-01\n\n"
        "Re: Arrest in the Merrow Valley case\n\n" + PARA.replace("Crews", "Harrow agents"),
        ("Arrest in the Merrow Valley case", "Harrow FBI Field Office", "2025-07-01"),
        id="one-line-unit-acronym-iso-date"),
]




@pytest.mark.parametrize(("text", "expected"), RELEASES + STATEMENTS)
def test_header_block_names_the_source(tmp_path: Path, text: str, expected) -> None:
    article = read_one(tmp_path, text)
    assert (article.title, article.source, article.published) == expected
    body = body_text(article)
    first_header_line = text.splitlines()[0]
    assert first_header_line not in body
    assert expected[0] not in body  # the title line is no claim
    assert "Crews worked" in body or "agents worked" in body


LOOKALIKES = [
    pytest.param("FIRE HITS CHEMICAL PLANT\n\nA fire tore through the Harlow Chemicals plant "
                 "in Millbrook on Thursday night, injuring twelve workers.\n\n" + PARA,
                 id="all-caps-headline"),
    pytest.param("STRIKE SHUTS PORT AUTHORITY\nMarch 3, 2026\n\n" + PARA,
                 id="caps-headline-ending-in-org-word-over-a-date"),
    pytest.param("Press release sparks anger at council\n\nA press release issued for immediate "
                 "release on Monday angered councillors.\n\n" + PARA,
                 id="marker-words-in-headline"),
    pytest.param("NEWS RELEASE DELAYED AS TALKS STALL\n\n" + PARA, id="marker-opens-caps-headline"),
    pytest.param("The email that staff received on Monday was short.\nSubject: Urgent payment "
                 "request\n\n" + PARA, id="subject-in-quoted-email"),
    pytest.param("Officials spoke to reporters.\nKESTREL FALLS, March 9, 2026 - The county "
                 "issued an order.\n\n" + PARA, id="dateline-inside-body"),
]


def test_bench_statement_reads_organisation_subject_and_date() -> None:
    text = ("LISLE COUNTY OFFICE OF EMERGENCY MANAGEMENT\nPublic Statement: Brannock Train "
            "Derailment\nUpdate No. 3 - Saturday, April 18, 2026\n\nThe county issued an "
            "evacuation order for all homes near the site.\n")
    meta, start = read_header(text)
    assert meta == {"source": "Lisle County Office of Emergency Management",
                    "title": "Public Statement: Brannock Train Derailment",
                    "published": "18 Apr 2026"}
    assert text[start:].strip().startswith("The county issued")


def _wire(day: str) -> str:
    return (f"KARSTEN, {day} (Central Wire) - About 5,000 people marched through central "
            "Karsten on Saturday to protest against higher fares, organisers said.\n\n" + PARA)


@pytest.mark.parametrize(("day", "others", "expected"), [
    ("Jan. 2", ["2025-12-30", "2025-12-31"], "2026-01-02"),  # across new year
    ("Dec. 30", ["2026-01-02"], "2025-12-30"),
    ("Sept. 12", ["2026-09-12", "2026-09-13"], "2026-09-12"),
])
def test_wire_year_is_taken_from_the_folder(tmp_path: Path, day, others, expected) -> None:
    (tmp_path / "wire.txt").write_text(_wire(day), encoding="utf-8")
    for n, other in enumerate(others):
        (tmp_path / f"o{n}.txt").write_text(
            f"Title: Story {n}\nSource: Paper {n}\nDate: {other}\n\n{n} " + PARA, encoding="utf-8")
    arts = {Path(a.path).name: a for a in ingest([tmp_path], load_config()).articles}
    wire = arts["wire.txt"]
    assert (wire.published, wire.year_inferred, wire.source) == (expected, True, "Central Wire")
    assert not arts["o0.txt"].year_inferred
    assert describe_source(wire).date_from == "dateline"
    assert describe_source(wire).date == expected
    assert anchor_date(wire) is None  # the time checks do not lean on an inferred year


def test_wire_year_without_other_sources_comes_from_modification_time(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(_wire("Dec. 30"), encoding="utf-8")
    stamp = datetime(2031, 1, 4, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    (wire,) = ingest([tmp_path], load_config()).articles
    assert (wire.published, wire.year_inferred) == ("2030-12-30", True)


def test_dateline_with_a_year_is_not_inferred(tmp_path: Path) -> None:
    wire = read_one(tmp_path, _wire("Sept. 12, 2024"))
    assert (wire.published, wire.year_inferred) == ("2024-09-12", False)
    assert describe_source(wire).date_from == "metadata"


TURNS = (
    "ANCHOR (JO PARK): Good morning, it's seven o'clock. Crews worked through the night to "
    "clear the line, officials said.\n\nREPORTER (SAM LEE): The road will stay closed until "
    "Friday, and residents can call the hotline for help.\n\nPARK: Thank you, Sam.\n"
)

TRANSCRIPTS = [
    pytest.param("CARROW FM NEWS - BREAKFAST BULLETIN\nTranscript\nBroadcast: Wednesday 12 March "
                 "2025, 07:00\n\n" + TURNS,
                 ("Breakfast Bulletin", "Carrow FM News", "2025-03-12"), id="bench-wording"),
    pytest.param("RADIO HALVERN – THE MIDDAY REPORT\nProgramme transcript\nAired: Tuesday, 5 May "
                 "2026, 12:30\n\n" + TURNS,
                 ("The Midday Report", "Radio Halvern", "2026-05-05"), id="en-dash-aired"),
    pytest.param("RUSH TRANSCRIPT\nWKLX 7 NEWS - EVENING EDITION\nMay 5, 2026, 6:00 p.m.\n\n"
                 + TURNS, ("Evening Edition", "WKLX 7 News", "2026-05-05"),
                 id="marker-first-call-sign-date-ending-am-pm"),
    pytest.param("Channel 9 News | Late Edition - Transcript\nBroadcast date: 2026-05-05\n\n"
                 + TURNS, ("Late Edition", "Channel 9 News", "2026-05-05"),
                 id="marker-in-station-line-mixed-case"),
    pytest.param("RADIO TARROW - MORNING EXTRA\nBroadcast: Tuesday 11 March 2025, 08:00\n"
                 "Programme transcript (automated, edited for clarity)\n\n" + TURNS,
                 ("Morning Extra", "Radio Tarrow", "2025-03-11"), id="marker-with-a-remark"),
    pytest.param("KBRN NEWS - NOON REPORT\nRush transcript (unedited)\nMay 5, 2026\n\n" + TURNS,
                 ("Noon Report", "KBRN News", "2026-05-05"), id="rush-marker-with-a-remark"),
    pytest.param("MARRENBURG ONE - EVENING NEWS\nMonday, 2 March 2026, 19:30\nTranscript of the "
                 "lead item\n\n" + TURNS, ("Evening News", "Marrenburg ONE", "2026-03-02"),
                 id="marker-of-what-it-transcribes"),
    pytest.param("KBRN NEWS - NOON REPORT\nTranscript of tonight's bulletin\nMay 5, 2026\n\n"
                 + TURNS, ("Noon Report", "KBRN News", "2026-05-05"),
                 id="marker-of-a-bulletin-date-last"),
    pytest.param("KTV SPORTSNIGHT\nTuesday 7 October 2025, 22:30\nProgramme transcript\n\n"
                 + TURNS, ("KTV Sportsnight", "KTV Sportsnight", "2025-10-07"),
                 id="programme-alone-names-the-source"),
    pytest.param("WKRB 7 NEWS AT 11\nMonday, March 16, 2026\n[Transcript - lead story]\n\n" + TURNS,
                 ("WKRB 7 News at 11", "WKRB 7 News at 11", "2026-03-16"),
                 id="marker-in-brackets-with-a-remark"),
    pytest.param("CHANNEL 9 NEWSHOUR\nTuesday 18 November 2025 - 6:00pm bulletin\nSegment "
                 "transcript\n\n" + TURNS, ("Channel 9 Newshour", "Channel 9 Newshour",
                                             "2025-11-18"), id="marker-naming-what-it-transcribes"),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_transcript_header_names_station_programme_and_date(tmp_path: Path, text, expected):
    article = read_one(tmp_path, text)
    assert (article.title, article.source, article.published) == expected
    body = body_text(article)
    for line in text.split("\n\n", 1)[0].splitlines():  # no header line is body
        assert line not in body
    assert body.startswith("Good morning")
    assert "ANCHOR" not in body and "REPORTER" not in body and "PARK:" not in body
    assert describe_source(article).label == expected[1]  # not the first sentence


def test_transcript_station_line_is_not_an_issuer_above_a_genre(tmp_path: Path) -> None:
    article = read_one(tmp_path, "BRACKENFORD SOUND 104.2 - SATURDAY SPORT BREAKFAST\n"
                       "Transcript\n7 June 2025\n\n" + TURNS)
    assert (article.title, article.source, article.published) == (
        "Saturday Sport Breakfast", "Brackenford Sound 104.2", "2025-06-07")


def test_transcript_name_line_without_dash_is_programme_and_source(tmp_path: Path) -> None:
    """With no station named, the programme is what a reader cites, not the file name."""
    article = read_one(tmp_path, "MORNING EDITION\nTranscript\n12 March 2025\n\n" + TURNS)
    assert (article.title, article.source, article.published) == (
        "Morning Edition", "Morning Edition", "2025-03-12")


STATEMENTS_AFTER_ORG = [
    pytest.param("HOLLOWAY MINERALS LTD\nSTATEMENT - FOR IMMEDIATE RELEASE\nDate: 12 March 2025\n"
                 "Subject: Update on the incident at the colliery\nContact: Press Office, "
                 "press@holloway.example\n\n" + PARA,
                 ("Update on the incident at the colliery", "Holloway Minerals Ltd",
                  "2025-03-12"), id="bench-wording"),
    pytest.param("BRANWELL WATER COMPANY\nPRESS STATEMENT – FOR IMMEDIATE RELEASE\nIssued: 4 May "
                 "2026\nRegarding: Supply interruption in Eastfield\nContact: Press Office, "
                 "01632 960000\n\n" + PARA,
                 ("Supply interruption in Eastfield", "Branwell Water Company", "2026-05-04"),
                 id="press-statement-regarding-issued"),
    pytest.param("Orrin County Council\nMedia release: for immediate release\nDate: 3 April 2026"
                 "\nSubject: Road closures on the A40\n\n" + PARA,
                 ("Road closures on the A40", "Orrin County Council", "2026-04-03"),
                 id="mixed-case-colon-marker"),
    pytest.param("NORTHGATE RAIL PLC - MEDIA STATEMENT\nIssued: 15 June 2025, 12:00\nContact: "
                 "Media Relations, media@northgate.example\nRe: Signal failure at Kellby, "
                 "14 June 2025\n\n" + PARA,
                 ("Signal failure at Kellby, 14 June 2025", "Northgate Rail PLC", "2025-06-15"),
                 id="marker-in-org-line-re-after-contact"),
    # the issuer beside the genre, whatever its head noun ("Zoo", "Museum", "Festival")
    pytest.param("HALVERN ZOO - PUBLIC STATEMENT\nIssued: Sunday 15 June 2025, 08:00\nSubject: "
                 "Snow leopard back in his quarters\nMedia contact: Communications team\n\n"
                 + PARA + "\n\nHalvern Zoo staff joined them.",
                 ("Snow leopard back in his quarters", "Halvern Zoo", "2025-06-15"),
                 id="issuer-beside-genre"),
    pytest.param("Kellby Folk Festival – Press Release\nDate: 2 July 2026\nRe: Saturday's "
                 "programme cancelled\n\n" + PARA,
                 ("Saturday's programme cancelled", "Kellby Folk Festival", "2026-07-02"),
                 id="issuer-beside-genre-mixed-case"),
]


# issuer / genre / date / "For immediate release" / headline, each on its own line: the
# issuer above the genre line is the outlet, whatever its head noun; the headline after the
# marker or date is the title
GENRE_BLOCKS = [
    pytest.param("BRACKENFORD ROVERS FOOTBALL CLUB\n\nPRESS RELEASE\n\n7 June 2025\n\nFor "
                 "immediate release\n\nClub statement on change of ownership\n\n" + PARA,
                 ("Club statement on change of ownership", "Brackenford Rovers Football Club",
                  "2025-06-07"), id="bench-release-issuer-without-org-head"),
    pytest.param("VELMOUTH CITY COUNCIL\n\nSTATEMENT\n\n12 March 2025\n\nFor immediate "
                 "release\n\nKessing Bridge: update following vessel collision\n\n" + PARA,
                 ("Kessing Bridge: update following vessel collision", "Velmouth City Council",
                  "2025-03-12"), id="bench-statement-genre-line"),
    pytest.param("Orrin Valley Museum\nMedia Statement\n3 April 2026\nGallery closed after "
                 "roof leak\n\n" + PARA,
                 ("Gallery closed after roof leak", "Orrin Valley Museum", "2026-04-03"),
                 id="mixed-case-no-marker-after-the-date"),
    pytest.param("KELLBY HARRIERS RFC\nUPDATE\nSaturday 4 October 2025\nFor immediate release"
                 "\nMatch against Orrin postponed\n\n" + PARA,
                 ("Match against Orrin postponed", "Kellby Harriers RFC", "2025-10-04"),
                 id="update-genre-acronym-issuer"),
    # the issuer's address line between the issuer and the genre line
    pytest.param("VELDMOOR MOUNTAIN RESCUE\nRescue Station Veldmoor, Talstrasse 12, Veldmoor\n\n"
                 "PRESS RELEASE\n14 February 2026, 21:15\nFor immediate release\n\nSearch "
                 "operation concluded\n\n" + PARA,
                 ("Search operation concluded", "Veldmoor Mountain Rescue", "2026-02-14"),
                 id="address-line-between-issuer-and-genre"),
    pytest.param("ORRIN VALLEY MUSEUM\nOrrin Valley Trust - 4 Mill Lane - Orrin\n\nSTATEMENT\n"
                 "3 April 2026\nFor immediate release\n\nGallery closed after roof leak\n\n"
                 + PARA, ("Gallery closed after roof leak", "Orrin Valley Museum", "2026-04-03"),
                 id="trust-address-line-between-issuer-and-genre"),
]


@pytest.mark.parametrize(("text", "expected"), GENRE_BLOCKS)
def test_issuer_above_a_genre_line_is_the_outlet(tmp_path: Path, text, expected) -> None:
    article = read_one(tmp_path, text)
    assert (article.title, article.source, article.published) == expected
    body = body_text(article)
    for line in filter(None, text.split("\n\nCrews", 1)[0].splitlines()):
        assert line not in body
    assert body.startswith("Crews worked")


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_AFTER_ORG)
def test_statement_subject_is_the_title_not_its_marker(tmp_path: Path, text, expected) -> None:
    article = read_one(tmp_path, text)
    assert (article.title, article.source, article.published) == expected
    body = body_text(article)
    for line in text.split("\n\n", 1)[0].splitlines():
        assert line not in body
    assert body.startswith("Crews worked")


NEW_LOOKALIKES = [
    pytest.param("MINERS FREED - ALL NINE SAFE\nMarch 12, 2025\n\n" + PARA,
                 id="caps-headline-with-dash"),
    pytest.param("CITY COUNCIL - VOTE DELAYED AGAIN\nMarch 3, 2026\n\n" + PARA,
                 id="caps-headline-with-dash-opening-with-an-organisation"),
    pytest.param("Transcript of the call was released\n\n" + PARA, id="transcript-in-a-sentence"),
    pytest.param("Transcript of the call was released on Monday, and it shows the mayor knew.\n\n"
                 + PARA, id="transcript-in-first-paragraph"),
    pytest.param("TRANSCRIPT RELEASED - MAYOR'S CALL MADE PUBLIC\n\n" + PARA,
                 id="transcript-word-in-caps-headline"),
    pytest.param("Statement for immediate release angers union\n\n" + PARA,
                 id="marker-words-in-a-headline"),
    pytest.param("The mayor's office forwarded the message to staff on Monday.\n> From: Jo Park\n"
                 "> Re: Budget shortfall\n\n" + PARA, id="re-in-quoted-email"),
    pytest.param("ZOO ROW - STATEMENT EXPECTED TODAY FROM KEEPERS\nMarch 3, 2026\n\n" + PARA,
                 id="statement-word-in-caps-headline"),
    pytest.param("Press release - what the council did not say about the budget cuts this week"
                 "\n\n" + PARA, id="genre-beside-a-long-headline"),
    # a shouted headline over a line that only mentions a genre, or over the body
    pytest.param("HARLOW CHEMICALS FIRE\nStatement awaited from the company\n\n" + PARA,
                 id="caps-headline-over-a-line-naming-a-genre"),
    pytest.param("BRACKENFORD ROVERS SOLD\n\nUpdate: the league has cleared the deal, and "
                 "the new owners take over on Monday.\n\n" + PARA,
                 id="caps-headline-over-an-update-paragraph"),
]


@pytest.mark.parametrize("text", LOOKALIKES + NEW_LOOKALIKES)
def test_lookalikes_are_not_header_blocks(tmp_path: Path, text: str) -> None:
    assert read_header(text) == ({}, 0)
    article = read_one(tmp_path, text)
    assert (article.title, article.source, article.published) == (None, "doc", None)


BENCH = Path(__file__).resolve().parent.parent / "bench" / "invented"


@pytest.mark.parametrize("name", [
    "mine_collapse/03_carrowfm_transcript.txt", "emergency_landing/03_k6_transcript.txt",
    "mine_collapse/06_holloway_statement.txt", "emergency_landing/06_skymeridian_statement.txt",
    "brackenford_rovers_sale/club_press_release.txt",
    "velmouth_bridge_strike/council_statement.txt",
    "veldmoor_avalanche/rescue_statement.txt", "sternhaus_museum_theft/museum_statement.txt",
    "sternhaus_museum_theft/marrenburg_one_transcript.txt",
])
def test_bench_header_lines_never_become_claims(name: str, nlp, config) -> None:
    from consistency.stages.claims import extract_claims

    path = BENCH / name
    (article,) = ingest([path], config).articles
    assert article.title and article.source != path.stem and article.published
    header = path.read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines()
    claims = extract_claims([article], nlp, config.claims).claims
    assert claims
    for claim in claims:
        assert not any(line in claim.text or claim.text in line for line in header), claim.text
        assert not claim.text.startswith(("ANCHOR", "Broadcast", "Subject", "Re:"))
