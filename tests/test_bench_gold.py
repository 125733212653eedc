"""The invented stories' gold files point at text their articles really hold.

``bench/invented.py`` counts a planted disagreement as found when a finding's claims
contain both snippets of one of its pairs; a snippet edited by hand that no longer occurs
in its article (a typo, a file renamed, a JSON article renumbered) would make that
disagreement unfindable and quietly lower the figures. Each story is read as a check
reads it, so a snippet must occur in the cleaned text, not only in the raw file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from consistency import load_config
from consistency.stages.ingest import ingest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "invented"
STORIES = sorted(p for p in BENCH.iterdir() if (p / "gold.yaml").is_file())


def _sides(gold: dict) -> list[tuple[str, str]]:
    sides = [tuple(s) for d in gold["disagreements"] for p in d["pairs"] for s in p]
    return sides + [tuple(s) for item in gold.get("lookalikes") or [] for s in item["pair"]]


def test_there_are_stories():
    assert len(STORIES) >= 30


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_snippet_is_in_its_article(story):
    gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8"))
    result = ingest([story], load_config())
    assert not result.problems, result.problems
    texts = {Path(a.path).name: a.text.lower() for a in result.articles}
    missing = [(doc, text) for doc, text in _sides(gold) if text.lower() not in texts.get(doc, "")]
    assert not missing, missing
    assert gold["disagreements"], "a story plants at least one disagreement"
