"""Sources named in blind round 20 only by their file names: a wire story whose slug and
headline stand above its dateline, a release whose issuer's name runs to seven words
("Carrow and Wyn Fire and Rescue Service"), and a release whose issuer stands below
"PRESS RELEASE" above a labelled headline ("UPDATE: ..."). Other wordings of each shape,
and look-alikes where no title or issuer is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import body_text, read_one

BODY = ("Crews worked through the night to clear the road, and the route will stay closed "
        "until Friday, officials said.\n\nResidents can call the hotline for help.\n")
WIRE_BODY = ("Crews worked through the night to clear the road, officials said.\n\n"
             "Residents can call the hotline for help.\n")

WIRES = [
    pytest.param("BRITAIN-STORM/ROADS\nRoad shut after storm brings down trees\n\n"
                 "HALVERN, March 3 (Meridian Press) - ",
                 ("Road shut after storm brings down trees", "Meridian Press"), id="slug-headline"),
    pytest.param("UK-FIRE/DEPOT (URGENT)\nFire guts distribution depot on ring road\n\n"
                 "CARROWICK, 4 March 2025 (Lakeside Wire) - ",
                 ("Fire guts distribution depot on ring road", "Lakeside Wire"),
                 id="slug-urgent-headline-dated"),
    pytest.param("UK-WEATHER/FERRIES\nFLASH\nFerries cancelled as gales hit the coast\n\n"
                 "PORTHAVEN, Feb 2 (Channel Wire) - ",
                 ("Ferries cancelled as gales hit the coast", "Channel Wire"),
                 id="slug-priority-line-headline"),
    pytest.param("Hundreds evacuated as river bursts its banks\n\n"
                 "DUNMERE, Jan 12 (Northern Counties Press) - ",
                 ("Hundreds evacuated as river bursts its banks", "Northern Counties Press"),
                 id="headline-only"),
    pytest.param("BRITAIN-FLOOD/\n\nDUNMERE, Jan 12 (Northern Counties Press) - ",
                 (None, "Northern Counties Press"), id="slug-alone-is-no-title"),
]


@pytest.mark.parametrize(("head", "expected"), WIRES)
def test_a_wire_headline_above_the_dateline_is_the_title(tmp_path: Path, head, expected):
    article = read_one(tmp_path, head + WIRE_BODY)
    assert (article.title, article.source) == expected
    assert body_text(article).startswith(head.rsplit("\n\n", 1)[1])


WIRE_SILENT = [
    # a paragraph, not a headline, above the dateline paragraph
    pytest.param("Officials said on Monday that the road would stay shut for a week while "
                 "engineers inspect the damage to the bridge and the banks.\n\n"
                 "HALVERN, March 3 (Meridian Press) - " + WIRE_BODY, id="paragraph-above"),
    # three lines above: a block of notes, not a slug and a headline
    pytest.param("Note to editors\nPictures available\nEmbargo lifted\n\n"
                 "HALVERN, March 3 (Meridian Press) - " + WIRE_BODY, id="three-lines"),
    # no dateline below the short line
    pytest.param("Road shut after storm brings down trees\n\n" + WIRE_BODY, id="no-dateline"),
]


@pytest.mark.parametrize("text", WIRE_SILENT)
def test_lines_above_no_dateline_paragraph_are_no_wire_title(tmp_path: Path, text: str):
    article = read_one(tmp_path, text)
    assert article.title not in ("Road shut after storm brings down trees", "Embargo lifted")


RELEASES = [
    pytest.param("CARROW AND WYN FIRE AND RESCUE SERVICE\nNEWS RELEASE\nIssued: Saturday 9 "
                 "August 2025, 18:10\n\nRoad reopens after clear-up\n\n"
                 "Carrow and Wyn Fire and Rescue Service said the road had reopened.\n\n",
                 ("Carrow and Wyn Fire and Rescue Service", "Road reopens after clear-up"),
                 id="seven-word-issuer-above-genre"),
    pytest.param("HEREFORD AND WORCESTER FIRE AND RESCUE SERVICE\nPRESS RELEASE\n3 March 2025"
                 "\n\nRoad reopens after clear-up\n\n",
                 ("Hereford and Worcester Fire and Rescue Service", "Road reopens after clear-up"),
                 id="another-long-service-name"),
    pytest.param("PRESS RELEASE\nNorthern Shire Gas Networks\nFor immediate release: 14 October "
                 "2025, 18:30\n\nUPDATE: ROAD REOPENED AT MILL LANE\n\n",
                 ("Northern Shire Gas Networks", "UPDATE: ROAD REOPENED AT MILL LANE"),
                 id="issuer-below-genre-labelled-headline"),
    pytest.param("MEDIA RELEASE\nHalvern Water\nFor immediate release: 2 May 2025\n\n"
                 "UPDATE: Boil notice lifted for Halvern\n\n",
                 ("Halvern Water", "UPDATE: Boil notice lifted for Halvern"),
                 id="media-release-update-headline"),
]


@pytest.mark.parametrize(("head", "expected"), RELEASES)
def test_a_release_issuer_is_named(tmp_path: Path, head: str, expected):
    article = read_one(tmp_path, head + BODY)
    assert (article.source, article.title) == expected
    assert "NEWS RELEASE" not in body_text(article) and "PRESS RELEASE" not in body_text(article)
