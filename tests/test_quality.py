"""Quality floors with the real bundled models: the checker must not get worse unnoticed.

- The exact set of findings on the seeds (tests/data/expected/seeds_findings.yaml).
- Recall and precision floors on small invented story folders with gold labels
  (tests/data/stories/<story>/gold.yaml): planted disagreements of several kinds
  (number, place, time, role, denial) and look-alikes that are not disagreements.

When detection changes on purpose, `python bench/expected.py` prints the new ids and
figures; update the data files in one deliberate commit that says why.
"""

from __future__ import annotations

import pytest

from tests.gold import describe, figures, load_expected_seeds, load_gold, story_folders

STORY_FOLDERS = story_folders()


def test_seeds_findings_are_exactly_the_expected_set(seeds_run):
    result, _ = seeds_run
    expected = load_expected_seeds()
    got = {f.id: describe(f) for f in result.findings}
    new = {i: d for i, d in got.items() if i not in expected}
    gone = {i: d for i, d in expected.items() if i not in got}
    lines = [f"  + {i} {d}" for i, d in new.items()] + [f"  - {i} {d}" for i, d in gone.items()]
    assert not lines, (
        "seed findings changed (+ new, - gone); if on purpose, run "
        "`python bench/expected.py --write-seeds` and say why in the commit:\n" + "\n".join(lines)
    )
    assert len(result.findings) == len(expected)


@pytest.mark.parametrize("folder", STORY_FOLDERS, ids=lambda p: p.name)
def test_story_recall_and_precision_floors(story_runs, folder):
    gold = load_gold(folder)
    fig = figures(gold, story_runs[folder.name].findings)
    detail = (
        f"{gold.name}: recall {fig.recall:.2f} (floor {gold.recall_floor}), precision "
        f"{fig.precision:.2f} (floor {gold.precision_floor}); missed {list(fig.missed)}; "
        f"false positives {[describe(f) for f in fig.false_positives]}"
    )
    assert fig.recall >= gold.recall_floor, detail
    assert fig.precision >= gold.precision_floor, detail


@pytest.mark.parametrize("folder", STORY_FOLDERS, ids=lambda p: p.name)
def test_gold_texts_occur_in_two_different_articles(folder):
    """A typo in a gold file would silently lower recall: every text must be found."""
    gold = load_gold(folder)
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.suffix == ".md"}
    assert len(texts) >= 3
    for item in (*gold.disagreements, *gold.lookalikes):
        assert item.pairs, item.name
        for x, y in item.pairs:
            in_x = {n for n, t in texts.items() if x in t}
            in_y = {n for n, t in texts.items() if y in t}
            assert len(in_x) == 1 and len(in_y) == 1 and in_x != in_y, (item.name, x, y)
    kinds = {it.kind for it in gold.disagreements}
    assert kinds <= {"number", "location", "time", "role", "denial"}, kinds


def test_stories_plant_every_kind_and_lookalikes():
    golds = [load_gold(f) for f in STORY_FOLDERS]
    kinds = {it.kind for g in golds for it in g.disagreements}
    assert kinds == {"number", "location", "time", "role", "denial"}
    assert all(len(g.lookalikes) >= 3 for g in golds)


def test_structured_candidates_pair_what_the_embeddings_miss(models):
    """`pair.structured_candidates` adds the pairs the structured checks ask for: in
    plant_closure a spokesman's denial that the plant would be sold and another outlet's
    "has agreed to sell" are too unlike to be nearest neighbours; with the option on, the
    event asserted and denied is paired and found, without a false flag."""
    from consistency.pipeline import check

    folder = next(p for p in STORY_FOLDERS if p.name == "plant_closure")
    gold = load_gold(folder)
    config = models.config.model_copy(
        update={"pair": models.config.pair.model_copy(update={"structured_candidates": True})}
    )
    fig = figures(gold, check([folder], config, out=None, models=models).findings)
    assert "sale" in fig.found
    assert fig.precision >= gold.precision_floor
