"""Precision of the flags in one folder holding many stories, on real news (FNC-1).

    python bench/mixed.py                 # 300 bodies
    python bench/mixed.py --size 1000 --set story.denial_partners=0

A newsroom folder is rarely one story; the scale benchmark checks 1,000 FNC-1 bodies at
once, whose flags no one had judged. This script writes the first ``--size`` bodies
that lie outside every final-split story (``bench/stories.py``; the final split stays
unseen) into one folder, checks it, and sorts each flag by what FNC-1 says of its two
bodies:

- **different stories**: the two bodies share no claim group (connected headlines and
  bodies over related rows): a disagreement between them is certainly false;
- **agree / agree**: both bodies agree with a common headline: false;
- **agree / disagree**: one agrees and one disagrees with a common headline: real;
- **other**: one story, but a stance pair FNC-1 does not settle (discuss, two debunks).

It prints the counts per finding kind. The CSVs come from ``$CONSISTENCY_NEWS_DATA`` or
``--data`` and are never shipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stories import data_dir, load  # noqa: E402

from consistency.core.groups import DisjointSets  # noqa: E402

CLASSES = ("different stories", "agree/agree", "agree/disagree", "other")


def body_groups(rows) -> dict[str, str]:
    """Body id -> its claim group (the union-find root over related rows)."""
    sets = DisjointSets()
    for head, body, stance in rows:
        if stance != "unrelated":
            sets.union("H" + head, "B" + body)
    return {body: sets.find("B" + body) for _, body, _ in rows}


def stances_by_head(rows) -> dict[str, dict[str, str]]:
    """Body id -> {headline: stance} over related rows."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for head, body, stance in rows:
        if stance != "unrelated":
            out[body][head] = stance
    return out


def classify(a: str, b: str, group: dict[str, str], stance: dict[str, dict[str, str]]) -> str:
    """Which of ``CLASSES`` a flag between bodies ``a`` and ``b`` falls in."""
    if group.get(a, "A" + a) != group.get(b, "B" + b):
        return CLASSES[0]
    pairs = {
        frozenset((stance[a][h], stance[b][h])) for h in stance[a].keys() & stance[b].keys()
    }
    if frozenset(("agree", "disagree")) in pairs:
        return CLASSES[2]
    if frozenset(("agree",)) in pairs:
        return CLASSES[1]
    return CLASSES[3]


def dump(path: Path, findings, name, group, stance) -> None:
    """Write one TSV row per flag so the false ones can be read: class, kind, score,
    reasons, both body ids and both sentences (tabs and newlines flattened)."""

    def flat(text: str) -> str:
        return " ".join(text.split())

    lines = ["class\tkind\tscore\treasons\tdoc_a\tdoc_b\ta\tb"]
    for f in findings:
        a, b = name[f.a.doc_id], name[f.b.doc_id]
        cls = classify(a, b, group, stance)
        reasons = flat("; ".join(f.reasons))
        lines.append(
            f"{cls}\t{f.kind}\t{f.score:.3f}\t{reasons}\t{a}\t{b}\t{flat(f.a.text)}\t{flat(f.b.text)}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--data")
    ap.add_argument("--set", action="append", default=[], dest="sets")
    ap.add_argument("--dump", help="write every flag (class, kind, score, ids, sentences) as TSV")
    args = ap.parse_args()
    from consistency.core.config import load_config
    from consistency.pipeline import Models, check

    corpus = load(data_dir(args.data))
    final_heads = {s.headline for s in corpus.stories if s.split == "final"}
    unseen = {b for h, b, st in corpus.rows if h in final_heads and st != "unrelated"}
    bodies = [b for b in corpus.bodies if b not in unseen][: args.size]
    group, stance = body_groups(corpus.rows), stances_by_head(corpus.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mixed"
        folder.mkdir()
        for b in bodies:
            (folder / f"{b}.txt").write_text(corpus.bodies[b], encoding="utf-8")
        sets = [f"cache.dir={tmp}/cache", f"review.store={tmp}/reviews.sqlite", *args.sets]
        config = load_config(overrides=sets)
        result = check([folder], config, out=None, models=Models(config), use_cache=False)
    name = {a.id: Path(a.path).stem for a in result.articles}
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in result.findings:
        cls = classify(name[f.a.doc_id], name[f.b.doc_id], group, stance)
        counts[f.kind][cls] += 1
        counts["all"][cls] += 1
    if args.dump:
        dump(Path(args.dump), result.findings, name, group, stance)
    print(f"{len(bodies)} bodies, {len(result.findings)} flags")
    print(f"{'kind':<14}" + "".join(f"{c:>18}" for c in CLASSES))
    for kind in sorted(counts, key=lambda k: (k == "all", k)):
        print(f"{kind:<14}" + "".join(f"{counts[kind][c]:>18}" for c in CLASSES))


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    main()
