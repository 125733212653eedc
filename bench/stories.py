"""Story benchmark: do we tell sources that disagree from sources that agree, on real news?

    python bench/stories.py --split dev            # ~60 stories, for quick runs and fitting
    python bench/stories.py --split dev --limit 10 --set pair.k=12
    python bench/stories.py --split final          # the figures; never tune on these

From the FNC-1 *training* set (``$CONSISTENCY_NEWS_DATA`` or ``--data``, default
``../shared/data/news``; never shipped): one folder per headline that has both agreeing
and disagreeing bodies, each body a file. Gold: every (agree, disagree) body pair of a
story disagrees, every (agree, agree) pair does not ((disagree, disagree) pairs are left
out: two debunks may or may not agree). Prints the article-pair ROC AUC (best finding
score per pair, 0 where none), the share of disagreeing pairs flagged, the share of
agreeing pairs flagged, and how many of each still have a candidate claim pair after
each stage (``CheckResult.trace``).

Each check runs with ``score.flag_threshold=0`` so that every scored pair comes back
with its score; the configured threshold is then applied here: "flagged" and the first
AUC use only scores at or above it (what a user sees), the second AUC ranks article
pairs by their best score over all scored candidate pairs (the score's ranking quality).
(A finding's score is after the different-event penalty; the check flags on the score
before it, so the figures here can only under-count flags.)

Split: FNC-1 bodies are shared across headlines, so stories are grouped into claims
(connected components of the headline-body graph over related rows); a group goes to
"dev" when the sha256 of its first headline falls below ``DEV_SHARE``. Dev and final
stories then share no body, and :func:`training_rows` gives only rows whose body and
headline are outside every final story.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency.core.groups import DisjointSets  # noqa: E402

DEV_SHARE = 0.28  # share of claim groups in dev; gives 64 stories
STANCES = "fnc1_train_stances.csv"
BODIES = "fnc1_train_bodies.csv"


@dataclass(frozen=True)
class Story:
    """One headline and its agreeing / disagreeing bodies (Body IDs)."""

    headline: str
    agree: tuple[str, ...]
    disagree: tuple[str, ...]
    split: str

    @property
    def key(self) -> str:
        return hashlib.sha256(self.headline.encode()).hexdigest()[:10]


@dataclass
class Corpus:
    bodies: dict[str, str]
    rows: list[tuple[str, str, str]]  # headline, body id, stance
    stories: list[Story] = field(default_factory=list)


def data_dir(given: str | None = None) -> Path:
    default = ROOT.parent / "shared" / "data" / "news"
    return Path(given or os.environ.get("CONSISTENCY_NEWS_DATA") or default)


def _unit(text: str) -> float:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def _groups(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    """Headline -> its claim group's first headline (union-find over related rows)."""
    sets = DisjointSets()
    for head, body, stance in rows:
        if stance != "unrelated":
            sets.union("H" + head, "B" + body)
    members: dict[str, list[str]] = defaultdict(list)
    for head in {h for h, _, _ in rows}:
        members[sets.find("H" + head)].append(head)
    return {h: min(heads) for heads in members.values() for h in heads}


def load(folder: Path) -> Corpus:
    """Bodies, stance rows and the stories with both agreeing and disagreeing bodies."""
    # FNC-1 bodies exceed csv's default field size; the limit is process-wide, so it is
    # put back (the review import relies on the default to refuse huge fields)
    default = csv.field_size_limit(10**8)
    try:
        with (folder / BODIES).open(encoding="utf-8") as fh:
            bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
        with (folder / STANCES).open(encoding="utf-8") as fh:
            rows = [(r["Headline"], r["Body ID"], r["Stance"]) for r in csv.DictReader(fh)]
    except (OSError, KeyError) as exc:
        raise SystemExit(f"{folder}: cannot read the FNC-1 training CSVs ({exc})") from exc
    finally:
        csv.field_size_limit(default)
    by_head: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for head, body, stance in rows:
        by_head[head][stance].add(body)
    group = _groups(rows)
    stories = [
        Story(
            head,
            tuple(sorted(s["agree"])),
            tuple(sorted(s["disagree"])),
            "dev" if _unit(group[head]) < DEV_SHARE else "final",
        )
        for head, s in sorted(by_head.items())
        if s["agree"] and s["disagree"]
    ]
    return Corpus(bodies, rows, stories)


def training_rows(corpus: Corpus) -> list[tuple[str, str, str]]:
    """Stance rows safe to fit on: headline and body both outside every final story."""
    final = [s for s in corpus.stories if s.split == "final"]
    final_heads = {s.headline for s in final}
    related_final = {b for h, b, st in corpus.rows if h in final_heads and st != "unrelated"}
    return [
        r
        for r in corpus.rows
        if r[0] not in final_heads and r[1] not in related_final and r[2] != "unrelated"
    ]


def write_story(story: Story, bodies: dict[str, str], folder: Path) -> Path:
    """The story's bodies as ``<stance>_<body id>.txt`` in ``folder/<key>``."""
    out = folder / story.key
    out.mkdir(parents=True, exist_ok=True)
    for stance, ids in (("agree", story.agree), ("disagree", story.disagree)):
        for body in ids:
            (out / f"{stance}_{body}.txt").write_text(bodies[body], encoding="utf-8")
    return out


def gold_pairs(story: Story) -> list[tuple[str, str, int]]:
    """(body, body, 1 disagreeing / 0 agreeing) for the story's gold pairs."""
    pos = [(a, d, 1) for a in story.agree for d in story.disagree]
    neg = [(a, b, 0) for a, b in itertools.combinations(story.agree, 2)]
    return pos + neg


def body_of(path: str) -> str:
    return Path(path).stem.split("_", 1)[1]


def pair_scores(result, threshold: float = 0.0) -> dict[frozenset, float]:
    """Best finding score (at least ``threshold``) per pair of bodies (corroborations
    are not flags)."""
    body = {a.id: body_of(a.path) for a in result.articles}
    best: dict[frozenset, float] = {}
    for f in result.findings:
        if f.kind == "corroboration" or f.a.doc_id not in body or f.b.doc_id not in body:
            continue
        if f.score < threshold:
            continue
        key = frozenset((body[f.a.doc_id], body[f.b.doc_id]))
        best[key] = max(best.get(key, 0.0), f.score)
    return best


def stage_survival(result, threshold: float = 0.0) -> dict[str, set[frozenset]]:
    """Stage name -> body pairs that still have a candidate claim pair after it.

    Reads ``CheckResult.trace`` (per stage, the document pairs still connected).
    """
    body = {a.id: body_of(a.path) for a in result.articles}
    stages: dict[str, set[frozenset]] = {}
    for step in result.trace:
        stages[step.stage] = {
            frozenset((body[p.a], body[p.b])) for p in step.doc_pairs if p.a in body and p.b in body
        }
    stages["flagged"] = set(pair_scores(result, threshold))
    return stages


def feature_rows(story: Story, result) -> list[dict]:
    """Every finding of a gold pair as {story, a, b, label, features} (fitting data)."""
    body = {a.id: body_of(a.path) for a in result.articles}
    label = {frozenset((a, b)): y for a, b, y in gold_pairs(story)}
    rows = []
    for f in result.findings:
        key = frozenset((body.get(f.a.doc_id), body.get(f.b.doc_id)))
        if key in label:
            feats = {s.kind: round(s.score, 4) for s in f.signals}
            a, b = sorted(key)
            rows.append(
                {"story": story.key, "a": a, "b": b, "label": label[key], "features": feats}
            )
    return rows


def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    ranked = sorted(scores)
    rank: dict[float, float] = {}
    for value, grp in itertools.groupby(enumerate(ranked, 1), key=lambda t: t[1]):
        idx = [i for i, _ in grp]
        rank[value] = sum(idx) / len(idx)
    r = sum(rank[s] for s in pos)
    return (r - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


@dataclass
class Tally:
    threshold: float = 0.0  # score.flag_threshold of the config under test
    labels: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)  # best flagged score, 0 where none
    ranked: list[float] = field(default_factory=list)  # best score of any scored pair
    survive: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    dump: Path | None = None  # claim-pair features are appended here (for fitting)

    def add(self, story: Story, result) -> None:
        best = pair_scores(result, self.threshold)
        every = pair_scores(result)
        if self.dump:
            with self.dump.open("a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in feature_rows(story, result))
        stages = stage_survival(result, self.threshold)
        for a, b, y in gold_pairs(story):
            key = frozenset((a, b))
            self.labels.append(y)
            self.scores.append(best.get(key, 0.0))
            self.ranked.append(every.get(key, 0.0))
            for name, kept in stages.items():
                self.survive[name][1 - y] += key in kept

    def lines(self) -> Iterable[str]:
        pos = sum(self.labels)
        neg = len(self.labels) - pos
        flagged = [s > 0 for s in self.scores]
        rec = sum(f for f, y in zip(flagged, self.labels, strict=True) if y) / max(pos, 1)
        fpr = sum(f for f, y in zip(flagged, self.labels, strict=True) if not y) / max(neg, 1)
        yield f"pairs: {pos} disagreeing, {neg} agreeing"
        auc = roc_auc(self.labels, self.scores)
        yield f"article-pair ROC AUC (best flagged score, 0 where none): {auc:.3f}"
        if self.ranked:
            auc = roc_auc(self.labels, self.ranked)
            yield f"article-pair ROC AUC (best score of any scored pair): {auc:.3f}"
        yield f"disagreeing pairs flagged (recall): {rec:.3f}"
        yield f"agreeing pairs flagged (false-flag rate): {fpr:.3f}"
        yield "survival (disagreeing / agreeing pairs with a candidate claim pair):"
        for name, (p, n) in self.survive.items():
            yield f"  {name:<12} {p / max(pos, 1):6.3f}  {n / max(neg, 1):6.3f}"


def run(args: argparse.Namespace) -> Tally:
    from consistency.core.config import load_config
    from consistency.pipeline import Models, check

    corpus = load(data_dir(args.data))
    stories = [s for s in corpus.stories if s.split == args.split][: args.limit or None]
    cache = args.cache or os.environ.get("CONSISTENCY_CACHE") or tempfile.mkdtemp()
    with tempfile.TemporaryDirectory() as tmp:
        sets = [f"cache.dir={cache}", f"review.store={tmp}/reviews.sqlite", *args.set]
        threshold = load_config(overrides=sets).score.flag_threshold
        config = load_config(overrides=[*sets, "score.flag_threshold=0"])
        models = Models(config)
        tally = Tally(threshold, dump=Path(args.dump) if args.dump else None)
        if tally.dump:
            tally.dump.write_text("")
        t0 = time.perf_counter()
        for i, story in enumerate(stories, 1):
            folder = write_story(story, corpus.bodies, Path(tmp) / "stories")
            tally.add(story, check([folder], config, out=None, models=models))
            if args.verbose:
                print(f"[{i}/{len(stories)}] {story.headline[:70]}", file=sys.stderr, flush=True)
                if i % 20 == 0:  # partial figures, in case the run must be stopped
                    print("\n".join(tally.lines()), file=sys.stderr, flush=True)
    print(f"split {args.split}: {len(stories)} stories, {time.perf_counter() - t0:.0f} s")
    for line in tally.lines():
        print(line)
    return tally


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "final"], default="dev")
    ap.add_argument("--limit", type=int, default=0, help="first N stories only")
    ap.add_argument("--set", action="append", default=[], help="config override key=value")
    ap.add_argument("--data", help="folder of the FNC-1 CSVs ($CONSISTENCY_NEWS_DATA)")
    ap.add_argument("--cache", help="cache folder ($CONSISTENCY_CACHE; default a temp dir)")
    ap.add_argument("--dump", help="write every finding's features to this JSONL (for fitting)")
    ap.add_argument("-v", "--verbose", action="store_true")
    run(ap.parse_args(argv))


if __name__ == "__main__":
    main()
