"""A journalist's first hour: the facts breaking news turns on (counts in all wordings,
plans reversed, events denied, causes, times of day and the night-into-morning boundary),
transcripts, the nearest misses when nothing is flagged, and the one-source warning.

The unit tests parse single sentences; the end-to-end tests check small planted folders
with the real bundled models.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from consistency.core.config import load_config
from consistency.pipeline import check
from consistency.structured.aliases import build_aliases
from consistency.structured.conflicts import compare
from consistency.structured.frames import extract_frames
from consistency.structured.quantities import parse_quantities
from consistency.structured.timeanchor import (
    TimeRef,
    clocks_agree,
    find_clock_spans,
    times_compatible,
)
from tests.helpers import make_article, make_claim

# -- frames and comparisons (spaCy only) ------------------------------------------------


def _frames(nlp, *sentences: str, published: str = "2026-03-14"):
    arts = [make_article(s, path=f"d{i}.txt", published=published) for i, s in enumerate(sentences)]
    claims = [make_claim(s, doc=a.id) for s, a in zip(sentences, arts, strict=True)]
    frames = extract_frames(claims, {a.id: a for a in arts}, nlp)
    fs = [frames[c.id] for c in claims]
    table = build_aliases(dict(zip([c.id for c in claims], fs, strict=True)),
                          {c.id: c.doc_id for c in claims})  # fmt: skip
    return fs, table


def _kinds(nlp, config, a: str, b: str) -> dict[str, str]:
    (fa, fb), table = _frames(nlp, a, b)
    comp = compare(fa, fb, table, config.score, "A", "B")
    return {s.kind: s.explanation for s in comp.signals}


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Twelve workers were injured in the blast at the Dorn Metals foundry.",
     "40 workers were hurt in the blast at the Dorn Metals foundry.", "number"),
    ("At least 30 firefighters from three departments fought the blaze at the Dorn Metals foundry.",
     "Dozens of firefighters fought the blaze at the Dorn Metals foundry.", None),
    ("Dorn Metals said the foundry will reopen in May.",
     "Dorn Metals said the foundry will not reopen.", "negation"),
    ("Nobody was evacuated from the streets near the Dorn Metals foundry.",
     "About 200 residents were evacuated from the streets near the Dorn Metals foundry.",
     "negation"),
    ("Police said the fire at the Dorn Metals foundry was caused by a gas leak.",
     "The fire at the Dorn Metals foundry was caused by a faulty furnace, the company said.",
     "cause"),
    ("Dorn Metals blamed the fire at the foundry on a faulty furnace.",
     "Police said the fire at the Dorn Metals foundry was caused by a gas leak.", "cause"),
    ("The fire at the Dorn Metals foundry started at about 10 p.m. on Friday.",
     "The fire at the Dorn Metals foundry started shortly after 6 p.m. on Friday.", "time"),
])  # fmt: skip
def test_breaking_news_facts(nlp, config, a: str, b: str, kind: str | None) -> None:
    kinds = _kinds(nlp, config, a, b)
    if kind is None:
        assert not kinds, kinds
    else:
        assert kind in kinds, kinds


def test_evening_start_and_small_hours_end_do_not_conflict(nlp, config) -> None:
    kinds = _kinds(nlp, config,
                   "The fire at the Dorn Metals foundry broke out at 9 p.m. on Friday.",
                   "The fire at the Dorn Metals foundry was put out at 2 a.m. on Saturday.")
    assert "time" not in kinds  # a start and an end: two moments of one fire
    kinds = _kinds(nlp, config,
                   "The storm hit the Dorn Metals foundry late on Friday night.",
                   "The storm hit the Dorn Metals foundry early on Saturday.")
    assert "time" not in kinds  # one night, told from either side of midnight
    kinds = _kinds(nlp, config,
                   "The storm hit the Dorn Metals foundry on Friday.",
                   "The storm hit the Dorn Metals foundry on Saturday.")
    assert "time" in kinds  # two days, nothing about the night


def test_two_start_days_conflict(nlp, config) -> None:
    kinds = _kinds(nlp, config,
                   "Storm Ivo made landfall near Kell Bay on Sunday evening.",
                   "Storm Ivo made landfall near Kell Bay on Tuesday morning.")
    assert "time" in kinds


def test_hoax_denies_the_event_it_names(nlp) -> None:
    (f,), _ = _frames(nlp, "The mayor said reports of an evacuation in Kell Bay were a hoax.")
    assert f.event("evacuate") is not None and f.event("evacuate").negated


def test_no_participants_negates(nlp) -> None:
    (f,), _ = _frames(nlp, "No jobs will be cut at Dorn Metals, the company said.")
    assert f.event("cut").negated and f.event("cut").tense == "future"


def test_clock_times_are_not_counts() -> None:
    assert parse_quantities("It began at 9 p.m. and 60 firefighters came at 10:30.") == (
        parse_quantities("60 firefighters came")
    )
    (_, nine), (_, noon) = find_clock_spans("at about 9 p.m. and again at noon")
    assert (nine.low, nine.high) == (21 * 60 - 30, 21 * 60 + 30) and noon.low == 12 * 60
    assert not clocks_agree(nine, noon)


def test_dates_without_a_year_compare_by_month_and_day() -> None:
    aug = TimeRef("August 12", None, None, None, month_day=(8, 12))
    sep = TimeRef("Sept. 2", date(2026, 9, 2), date(2026, 9, 2), 2, month_day=(9, 2))
    assert times_compatible(aug, sep) is False
    assert times_compatible(aug, TimeRef("Aug. 12", None, None, None, month_day=(8, 12)))


# -- planted folders, end to end ----------------------------------------------------------

WIRE = """KELL BAY, Feb. 3 (Coast Wire) — Fire swept through the Dorn Metals foundry in \
Kell Bay on Friday night, injuring twelve workers, officials said.

Dorn Metals said the Kell Bay foundry will reopen next month.
"""
API = {"articles": [{
    "source": {"id": None, "name": "Bay News"}, "author": "Ada Roe", "title": "Forty hurt",
    "url": "https://bay.example/fire", "publishedAt": "2026-02-03T09:00:00Z",
    "content": "Forty workers were injured when fire swept through the Dorn Metals foundry in "
               "Kell Bay on Friday night.\nDorn Metals said the Kell Bay foundry will not reopen.",
}]}  # fmt: skip
RADIO = """Title: Night Desk
Source: Radio Kell
Date: 2026-02-03

ANCHOR: Fire crews fought a blaze at the Dorn Metals foundry in Kell Bay overnight.
REPORTER: Dorn Metals denied that the Kell Bay foundry will reopen, a spokesman told us.
"""


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_planted_folder_flags_counts_and_reversed_plans(models, config, tmp_path) -> None:
    folder = _folder(tmp_path, {"wire.txt": WIRE, "api.json": json.dumps(API), "radio.txt": RADIO})
    result = check([folder], config, out=tmp_path / "out", models=models, use_cache=False)
    by_source = {a.source: a for a in result.articles}
    assert set(by_source) == {"Coast Wire", "Bay News", "Radio Kell"}
    assert by_source["Bay News"].title == "Forty hurt" and by_source["Radio Kell"].title
    kinds = {f.kind for f in result.findings}
    assert {"number", "negation"} <= kinds, [f.explanation for f in result.findings]
    speakers = {c.attribution.speaker for f in result.findings for c in (f.a, f.b)
                if c.attribution}  # fmt: skip
    assert not any(s.isupper() and s in ("ANCHOR", "REPORTER") for s in speakers)
    assert not any("ANCHOR" in f.explanation or "REPORTER" in f.explanation
                   for f in result.findings)  # fmt: skip


AGREE_A = "Fire swept through the Dorn Metals foundry in Kell Bay on Friday, injuring 12 workers.\n"
AGREE_B = "Forty workers were hurt when fire hit the Dorn Metals foundry in Kell Bay on Friday.\n"


def test_nothing_flagged_shows_nearest_misses_and_the_setting_works(
    models, config, tmp_path
) -> None:
    folder = _folder(tmp_path, {"a.txt": AGREE_A, "b.txt": AGREE_B})
    out = tmp_path / "out"
    base = [f"cache.dir={config.cache.dir}", f"review.store={config.review.store}"]
    strict = load_config(overrides=[*base, "score.flag_threshold=0.99"])
    result = check([folder], strict, out=out, models=models, use_cache=False)
    assert not result.findings
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## Nearest misses" in md and "Nothing was flagged" in md
    miss = result.near_misses[0]
    assert miss.setting.startswith("score.flag_threshold=") and miss.setting in md
    # the suggested setting alone lets exactly that pair through
    looser = load_config(overrides=[*base, *miss.setting.split()])
    again = check([folder], looser, out=None, models=models, use_cache=False)
    flagged = {frozenset((f.a.text, f.b.text)) for f in again.findings}
    assert frozenset((miss.a.text, miss.b.text)) in flagged


def test_one_source_warns(models, config, tmp_path) -> None:
    folder = _folder(tmp_path, {"a.txt": AGREE_A + AGREE_A.replace("12", "twelve")})
    out = tmp_path / "out"
    check([folder], config, out=out, models=models, use_cache=False)
    assert "one source cannot disagree with itself" in (out / "report.md").read_text()
