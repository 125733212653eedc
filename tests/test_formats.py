"""Formats reporters hold: news-API JSON (wrapped, single, JSON Lines), plain text with
header lines and datelines, transcripts (speaker labels are not text), saved HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.core.config import load_config
from consistency.core.types import Span
from consistency.stages import formats
from consistency.stages.header_keys import keyed_header
from consistency.stages.ingest import ingest

BODY = "Forty workers were injured when fire swept through the Harlow Chemicals plant on Thursday."


def _api(name: str, content: str = BODY, **extra) -> dict:
    return {"source": {"id": None, "name": name}, "author": "Jo Park", "title": f"{name} story",
            "description": "A short summary of the fire at the plant.", "url": "https://x.example/a",
            "publishedAt": "2026-03-13T08:10:00Z", "content": content, **extra}


def _one(tmp_path: Path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = ingest([tmp_path], load_config())
    assert not result.problems, result.problems
    return result.articles


def test_news_api_wrapper_gives_every_article_with_its_outlet(tmp_path: Path) -> None:
    data = {"status": "ok", "totalResults": 2,
            "articles": [_api("KXL News"), _api("Valley Times", BODY.replace("Forty", "Ten"))]}
    arts = _one(tmp_path, "export.json", json.dumps(data))
    assert [a.source for a in arts] == ["KXL News", "Valley Times"]
    assert [Path(a.path).name for a in arts] == ["export.json#1", "export.json#2"]
    a = arts[0]
    assert (a.title, a.published, a.author, a.url) == (
        "KXL News story", "2026-03-13", "Jo Park", "https://x.example/a")
    assert "Forty workers" in a.text


def test_news_api_jsonl_and_description_fallback(tmp_path: Path) -> None:
    rec = _api("Coastal Herald", content=None)
    rec["description"] = BODY
    arts = _one(tmp_path, "feed.jsonl", json.dumps(rec) + "\n")
    assert arts[0].source == "Coastal Herald" and arts[0].text == BODY


def test_record_without_any_text_is_one_line_problem(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text(json.dumps({"title": "only a title"}), encoding="utf-8")
    result = ingest([tmp_path], load_config())
    assert not result.articles
    assert "missing 'text' field" in result.problems[0].problem


def test_plain_text_header_lines(tmp_path: Path) -> None:
    text = ("Title: Inside the trial\nSource: Front Range Blog\nDate: May 21, 2026\n"
            f"By: Kim Alvarez\n\n{BODY}\n")
    (a,) = _one(tmp_path, "blog.txt", text)
    assert (a.title, a.source, a.published, a.author) == (
        "Inside the trial", "Front Range Blog", "2026-05-21", "Kim Alvarez")
    assert "Title:" not in "".join(a.text[s.start : s.end] for s in a.body)


def test_text_header_needs_known_keys_at_the_top() -> None:
    assert keyed_header("Note: this is not a header.\nTitle: x\n") == ({}, 0)


def test_wire_dateline_gives_outlet_and_dated_year() -> None:
    assert formats.dateline_meta("MILLBROOK, Ore., March 13 (Northwest Wire) — A fire ...") == {
        "source": "Northwest Wire", "dateline_day": "Mar 13"}
    assert formats.dateline_meta("DENVER, May 20, 2026 (AP) - The jury ...") == {
        "source": "AP", "published": "20 May 2026"}


@pytest.mark.parametrize("head", [
    # slug and headline on two lines, or each in a paragraph of its own
    "WEATHER-ORRIN/FLOOD\nRiver Orrin bursts its banks after two days of rain\n\n",
    "WEATHER-ORRIN/FLOOD (UPDATE 1)\n\nRiver Orrin bursts its banks after two days of rain\n\n",
    # under the agency's service line, with its desk and time
    "VP NORTH 04/03/2026 06:10\nWEATHER-ORRIN/FLOOD\n"
    "River Orrin bursts its banks after two days of rain\n\n",
])
def test_wire_slug_and_headline_above_the_dateline(head: str) -> None:
    text = head + "ORRINFORD, March 4 (Vale Press) - Crews worked through the night.\n"
    meta, start = formats.headed_dateline(text)
    assert meta == {"title": "River Orrin bursts its banks after two days of rain"}
    assert text[start:].startswith("ORRINFORD, March 4")
    assert formats.dateline_meta(text, start)["source"] == "Vale Press"


def test_wire_byline_paragraph_between_headline_and_dateline() -> None:
    text = ("RAIL-ORRIN/CROSSING (UPDATE 1)\n\nBarriers fail as a train nears Orrinford\n\n"
            "By Callum Reyes\n\nORRINFORD, March 4 (Vale Press) - The barriers stayed up.\n")
    meta, start = formats.headed_dateline(text)
    assert meta == {"title": "Barriers fail as a train nears Orrinford", "author": "Callum Reyes"}
    assert text[start:].startswith("ORRINFORD, March 4")


def test_no_wire_headline_without_a_dateline() -> None:
    text = ("WEATHER-ORRIN/FLOOD\n\nRiver Orrin bursts its banks\n\nThird short line here\n\n"
            "ORRINFORD, March 4 (Vale Press) - Crews worked through the night.\n")
    assert formats.headed_dateline(text) == ({}, 0)  # three short blocks: no wire head


def test_transcript_labels_are_cut_from_the_body(tmp_path: Path) -> None:
    text = ("Title: Morning Report\nSource: Radio Millbrook\nDate: 2026-03-13\n\n"
            "ANCHOR: Crews fought a fire at the Harlow Chemicals plant through the night.\n"
            "JANE DOE (KXL): No residents were evacuated from the area, police said.\n")
    (a,) = _one(tmp_path, "radio.txt", text)
    body = [a.text[s.start : s.end] for s in a.body]
    assert not any("ANCHOR" in b or "JANE DOE" in b for b in body)
    assert any(b.startswith("No residents were evacuated") for b in body)


def test_a_single_label_is_not_a_transcript() -> None:
    text = "NOTE: the plant stayed shut on Friday after the fire."
    assert formats.drop_speaker_labels(text, [Span(0, len(text))]) == (Span(0, len(text)),)


def test_saved_html_site_name_time_and_byline(tmp_path: Path) -> None:
    html = ("<html><head><title>Fire | Ledger</title>"
            '<meta property="og:site_name" content="Millbrook Ledger">'
            '<meta name="author" content="Rita Gomez"></head><body><article>'
            "<h1>Twelve hurt as fire hits plant</h1>"
            '<time datetime="2026-03-13T10:00:00-08:00">March 13</time>'
            f"<p>{BODY}</p><p>{BODY.replace('Forty', 'Twelve')}</p></article></body></html>")
    (a,) = _one(tmp_path, "page.html", html)
    assert a.source == "Millbrook Ledger"
    assert a.published == "2026-03-13"
    assert a.author == "Rita Gomez"
