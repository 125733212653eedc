"""Gold labels of the regression folders, and the figures a check reaches on them.

Shared by ``tests/test_quality.py`` (which asserts the floors) and ``bench/expected.py``
(which prints the current figures and finding ids, to update the expectations with).

A gold file (``tests/data/stories/<story>/gold.yaml``) lists planted ``disagreements``
and ``lookalikes`` (pairs that are NOT disagreements), each with one or more pairs of
texts. A finding matches a pair when one of its claims contains the first text and the
other claim contains the second. Recall counts planted disagreements with at least one
matching finding; precision counts findings that match a planted disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from consistency.core.types import Finding

DATA = Path(__file__).resolve().parent / "data"
STORIES = DATA / "stories"
EXPECTED_SEEDS = DATA / "expected" / "seeds_findings.yaml"


@dataclass(frozen=True)
class Item:
    """One planted disagreement (or look-alike) and the claim pairs that show it."""

    name: str
    why: str
    pairs: tuple[tuple[str, str], ...]
    kind: str | None = None


@dataclass(frozen=True)
class Gold:
    name: str
    folder: Path
    story: str
    recall_floor: float
    precision_floor: float
    disagreements: tuple[Item, ...]
    lookalikes: tuple[Item, ...]


@dataclass(frozen=True)
class Figures:
    """How a check's findings on one folder compare with its gold file."""

    recall: float
    precision: float
    found: tuple[str, ...]  # planted disagreements that were flagged
    missed: tuple[str, ...]
    true_positives: tuple[Finding, ...]
    false_positives: tuple[Finding, ...]
    lookalikes_flagged: tuple[str, ...]


def _items(raw: list[dict]) -> tuple[Item, ...]:
    return tuple(
        Item(r["name"], r["why"], tuple((a, b) for a, b in r["pairs"]), r.get("kind"))
        for r in raw or ()
    )


def load_gold(folder: Path) -> Gold:
    data = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    floors = data["floors"]
    return Gold(
        name=folder.name,
        folder=folder,
        story=data["story"],
        recall_floor=float(floors["recall"]),
        precision_floor=float(floors["precision"]),
        disagreements=_items(data["disagreements"]),
        lookalikes=_items(data.get("lookalikes")),
    )


def story_folders() -> list[Path]:
    return sorted(p for p in STORIES.iterdir() if (p / "gold.yaml").is_file())


def matches(finding: Finding, pair: tuple[str, str]) -> bool:
    x, y = pair
    a, b = finding.a.text, finding.b.text
    return (x in a and y in b) or (x in b and y in a)


def _any(finding: Finding, items: tuple[Item, ...]) -> list[str]:
    return [it.name for it in items if any(matches(finding, p) for p in it.pairs)]


def figures(gold: Gold, findings: tuple[Finding, ...] | list[Finding]) -> Figures:
    found = tuple(
        it.name
        for it in gold.disagreements
        if any(matches(f, p) for f in findings for p in it.pairs)
    )
    missed = tuple(it.name for it in gold.disagreements if it.name not in found)
    tp = tuple(f for f in findings if _any(f, gold.disagreements))
    fp = tuple(f for f in findings if not _any(f, gold.disagreements))
    looks = tuple(sorted({n for f in findings for n in _any(f, gold.lookalikes)}))
    n_gold = len(gold.disagreements)
    return Figures(
        recall=len(found) / n_gold if n_gold else 1.0,
        precision=len(tp) / len(findings) if findings else 1.0,
        found=found,
        missed=missed,
        true_positives=tp,
        false_positives=fp,
        lookalikes_flagged=looks,
    )


def describe(f: Finding, width: int = 60) -> str:
    """One line a person can recognise a finding by: kind and the start of both claims."""

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 3] + "..."

    return f"{f.kind}: {cut(f.a.text)} || {cut(f.b.text)}"


def load_expected_seeds() -> dict[str, str]:
    """Finding id -> description, as listed in ``tests/data/expected/seeds_findings.yaml``."""
    data = yaml.safe_load(EXPECTED_SEEDS.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in (data["findings"] or {}).items()}
