"""Fit what the story stage and the learned score ship: the sentence stance model
(consistency/stages/models/stance.npz) and ``score.weights`` / ``score.bias``.

As shipped: the stance model reads the cue features alone (a fit on
the sentence embeddings learned the 11 claim groups of the dev stories: grouped
cross-validation 0.48-0.54), and the score weights are the source gap's alone, fitted
with the seeds' pairs (every other feature lowered the dev ranking):

    python bench/fit_story.py stance --cues-only
    python bench/stories.py --split dev --set score.flag_threshold=0 --dump dev.jsonl
    python bench/fit_story.py score --dump dev.jsonl --seeds --features source_gap

Other uses:

    python bench/fit_story.py stance            # fit and write the stance weights
    python bench/fit_story.py stance --check    # fit, print body-level AUC on dev, no write
    python bench/stories.py --split dev --set score.flag_threshold=0 --dump dev.jsonl
    python bench/fit_story.py score --dump dev.jsonl   # fit the score weights, print them

Distant labels from FNC-1 training rows whose headline and body lie outside every
final story of bench/stories.py (so the final figures stay unseen): each body gets the
stance it takes most often (disagree -> denies, discuss -> reports, agree -> asserts);
its sentences inherit that label. A debunking body retells the claim in most of its
sentences, so ``--mil`` refines the fit once, multiple-instance style: of a denying
(reporting) body only the sentences the first model finds most denying (reporting) keep
the label. On dev that did worse (body-pair AUC of the mean stance 0.70 vs 0.78 without,
C=10), so the shipped weights are the plain fit; the story stage averages a source's
sentences rather than trusting its single most denying one.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import stories  # noqa: E402

from consistency.stages.stance import (  # noqa: E402
    BUNDLED_STANCE,
    LABELS,
    StanceModel,
    cue_features,
    save_stance_model,
)

_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"\u201d\u2019'])\s+")
LABEL_OF = {"agree": "asserts", "disagree": "denies", "discuss": "reports"}
KEEP_SHARE = 0.3  # of a denying / reporting body, the share of sentences that keep the label


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for s in _SPLIT.split(line.strip()):
            if 5 <= len(s.split()) <= 80:
                out.append(s)
    return out


def body_labels(rows) -> dict[str, str]:
    """Each training body's stance towards its claim group's majority position.

    FNC-1 labels are relative to a headline, and some headlines are themselves debunks
    ("... is a hoax"), so "disagree" alone does not mean "denies the story". Headlines and
    bodies are two-coloured so that agree links join equal and disagree links opposite
    colours (first come, first served along a breadth-first walk); within each group the
    colour most bodies have is the story as told, the other denies it. Bodies with only
    discuss links report it.
    """
    links: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for head, body, stance in rows:
        if stance in ("agree", "disagree"):
            sign = 1 if stance == "agree" else -1
            links["H" + head].append(("B" + body, sign))
            links["B" + body].append(("H" + head, sign))
    colour: dict[str, int] = {}
    group: dict[str, str] = {}
    for start in sorted(links):
        if start in colour:
            continue
        colour[start], group[start], todo = 1, start, [start]
        while todo:
            node = todo.pop()
            for other, sign in links[node]:
                if other not in colour:
                    colour[other], group[other] = colour[node] * sign, start
                    todo.append(other)
    balance: Counter = Counter()
    for node, c in colour.items():
        if node.startswith("B"):
            balance[group[node]] += c
    out = {body: "reports" for _, body, stance in rows if stance == "discuss"}
    for node, c in colour.items():
        if node.startswith("B"):
            majority = 1 if balance[group[node]] >= 0 else -1
            out[node[1:]] = "asserts" if c == majority else "denies"
    return out


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> StanceModel:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    lr.fit(x, y)
    order = [list(lr.classes_).index(i) for i in range(len(LABELS))]
    return StanceModel(lr.coef_[order].astype(np.float64), lr.intercept_[order].astype(np.float64))


def fit_stance(
    x: np.ndarray, y: np.ndarray, body: np.ndarray, c: float = 1.0, mil: bool = False
) -> StanceModel:
    """One fit, or with ``mil`` two rounds multiple-instance style (module docstring)."""
    first = _fit(x, y, c)
    if not mil:
        return first
    p = first.probabilities(x)
    keep = np.ones(len(y), dtype=bool)
    for b in np.unique(body):
        idx = np.where(body == b)[0]
        label = y[idx[0]]
        if label == LABELS.index("asserts"):
            continue
        ranked = idx[np.argsort(-p[idx, label])]
        keep[ranked[max(1, int(round(KEEP_SHARE * len(idx)))) :]] = False
    return _fit(x[keep], y[keep], c)


def training_set(corpus, per_class: int, seed: int = 0, holdout_dev: bool = False):
    rows = stories.training_rows(corpus)
    if holdout_dev:  # for an honest dev check: nothing of the dev stories either
        heads = {s.headline for s in corpus.stories if s.split == "dev"}
        near = {b for h, b, st in corpus.rows if h in heads and st != "unrelated"}
        rows = [r for r in rows if r[0] not in heads and r[1] not in near]
    labels = body_labels(rows)
    rng = random.Random(seed)
    chosen = []
    for name in LABELS:
        ids = sorted(b for b, lab in labels.items() if lab == name)
        rng.shuffle(ids)
        chosen += ids[:per_class]
    texts, y, body = [], [], []
    group = stories._groups(corpus.rows)
    body_group = {b: group[h] for h, b, _ in reversed(rows)}
    for b in chosen:
        for s in sentences(corpus.bodies[b]):
            texts.append(s)
            y.append(LABELS.index(labels[b]))
            body.append(b)
    groups = np.array([body_group[b] for b in body])
    return texts, np.array(y), np.array(body), groups


def centre(x: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each vector minus the mean of its claim group: the stance, not the topic, remains
    (the check centres on the corpus, one story per folder)."""
    out = x.copy()
    for g in np.unique(groups):
        mask = groups == g
        out[mask] -= x[mask].mean(axis=0)
    return out


_EMB_CACHE: Path | None = None


def embed(texts: list[str]) -> np.ndarray:
    """Sentence vectors, kept in ``--emb-cache`` (an .npz of texts and vectors) if given."""
    from consistency.stages.embed import Embedder

    known: dict[str, np.ndarray] = {}
    if _EMB_CACHE and _EMB_CACHE.exists():
        with np.load(_EMB_CACHE, allow_pickle=False) as d:
            known = dict(zip(d["texts"].tolist(), d["vectors"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        known.update(zip(todo, Embedder().encode(todo), strict=True))
        if _EMB_CACHE:
            keys = list(known)
            np.savez(_EMB_CACHE, texts=np.array(keys), vectors=np.stack([known[k] for k in keys]))
    return np.stack([known[t] for t in texts])


def dev_body_auc(corpus, model: StanceModel) -> None:
    """Dev check as the story stage reads it: each story's sentences centred on the
    story, a body's mean denial, AUC of |mean a - mean b| over the gold article pairs."""
    labels, scores = [], []
    for story in (s for s in corpus.stories if s.split == "dev"):
        per = {b: embed(sentences(corpus.bodies[b])) for b in story.agree + story.disagree}
        mu = np.vstack(list(per.values())).mean(axis=0)
        mean = {
            b: float(model.probabilities(v - mu, sentences(corpus.bodies[b]))[:, 1].mean())
            for b, v in per.items()
        }
        for a, b, y in stories.gold_pairs(story):
            labels.append(y)
            scores.append(abs(mean[a] - mean[b]))
    print(f"dev article-pair AUC (|mean denies a - mean denies b|): "
          f"{stories.roc_auc(labels, scores):.3f}")


# The seeds' known disagreements (issue 9): each is a pair of patterns, one per sentence.
SEED_FINDINGS = (
    ("Geneva", "Stockholm"),  # the Blinken-Lavrov meeting: place and day
    ("Foreign Minister Antony Blinken", "Secretary of State"),  # Blinken's title
    ("tens of thousands", "100 thousand"),  # troop numbers
    ("Peskov denied", "troops"),  # the Kremlin's denial
)


SEED_WEIGHT = 20.0  # a seed pair counts as this many article pairs (they are few and known)


def seed_rows(seeds: Path, sets: list[str], known=None) -> list[dict]:
    """Every candidate pair of a planted folder (default: the seeds, ``SEED_FINDINGS``)
    with its features; the known findings are positives, every other pair (different
    meetings, unrelated statements) a negative."""
    known = SEED_FINDINGS if known is None else known
    import tempfile

    from consistency.core.config import load_config
    from consistency.pipeline import check

    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(overrides=[f"review.store={tmp}/r.sqlite",
                                        "score.flag_threshold=0", *sets])
        result = check([seeds], config, out=None)
    rows = []
    for f in result.findings:
        text = f.a.text + " || " + f.b.text
        hit = any(
            (x in f.a.text and y in f.b.text) or (y in f.a.text and x in f.b.text)
            for x, y in known
        )
        rows.append({"story": "seeds", "a": f.a.id, "b": f.b.id, "label": int(hit),
                     "features": {s.kind: s.score for s in f.signals}, "text": text,
                     "weight": SEED_WEIGHT})
    return rows


def fit_score(rows: list[dict], l2: float = 1.0, only: list[str] | None = None):
    """Logistic regression of article-pair labels on the article pair's features.

    Only the article pair is labelled (one disagreeing claim pair somewhere in it, or
    none), so each feature is max-pooled over the pair's candidate claim pairs and the
    fit is at article level; the check then applies the weights to each claim pair and
    an article pair's score is its best claim pair's. On dev this ranks article pairs
    better than a multiple-instance fit at claim level (in sample, AUC 0.80 against 0.77).
    Seed rows (story "seeds") are single claim pairs with their own weight.
    """
    from consistency.stages.score import FEATURES as ALL
    from consistency.stages.score import fit_logistic

    names = tuple(only) if only else ALL
    pooled: dict[tuple, list] = {}
    for r in rows:
        key = (r["story"], r["a"], r["b"])
        vec = np.array([r["features"].get(k, 0.0) for k in names])
        if key in pooled:
            pooled[key][0] = np.maximum(pooled[key][0], vec)
        else:
            pooled[key] = [vec, r["label"], r.get("weight", 1.0)]
    x = np.stack([v[0] for v in pooled.values()])
    y = np.array([v[1] for v in pooled.values()], dtype=float)
    sw = np.array([v[2] for v in pooled.values()])
    w, b = fit_logistic(x, y, l2, sw)
    claim_x = np.array([[r["features"].get(k, 0.0) for k in names] for r in rows])
    report_fit(rows, claim_x @ w + b)
    fitted = dict(zip(names, (round(float(v), 4) for v in w), strict=True))
    return {k: fitted.get(k, 0.0) for k in ALL}, round(b, 4)


def report_fit(rows: list[dict], logits: np.ndarray) -> None:
    """In-sample article-pair figures of a fit (best claim pair per article pair)."""
    best: dict[tuple, float] = {}
    label: dict[tuple, int] = {}
    for r, z in zip(rows, logits, strict=True):
        if r["story"] == "seeds":
            continue
        g = (r["story"], r["a"], r["b"])
        best[g] = max(best.get(g, 0.0), 1 / (1 + np.exp(-z)))
        label[g] = r["label"]
    keys = sorted(best)
    y, p = [label[k] for k in keys], [best[k] for k in keys]
    print(f"fit, in sample: article pairs with a candidate {len(keys)}, "
          f"AUC {stories.roc_auc(y, p):.3f}")
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8):
        rec = sum(1 for a, b in zip(y, p, strict=True) if a and b >= t) / max(1, sum(y))
        neg = max(1, len(y) - sum(y))
        fpr = sum(1 for a, b in zip(y, p, strict=True) if not a and b >= t) / neg
        print(f"  threshold {t}: recall {rec:.3f}, false-flag rate {fpr:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["stance", "score"])
    ap.add_argument("--dump", help="score: the JSONL written by bench/stories.py --dump")
    ap.add_argument("--l2", type=float, default=1.0, help="score: L2 strength")
    ap.add_argument("--features", nargs="+", help="score: fit only these features (others 0)")
    ap.add_argument("--seeds", action="store_true", help="score: add the seeds' known findings")
    ap.add_argument("--set", action="append", default=[], help="config override (seeds run)")
    ap.add_argument("--data")
    ap.add_argument("--per-class", type=int, default=200, help="bodies per stance")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--mil", action="store_true", help="refine multiple-instance style")
    ap.add_argument("--check", action="store_true", help="print dev figures, write nothing")
    ap.add_argument("--out", default=str(BUNDLED_STANCE))
    ap.add_argument("--cues-only", action="store_true", help="fit on the cue features alone")
    ap.add_argument("--holdout-dev", action="store_true", help="fit without the dev stories")
    ap.add_argument("--emb-cache", help="an .npz to keep sentence vectors between runs")
    args = ap.parse_args()
    global _EMB_CACHE
    _EMB_CACHE = Path(args.emb_cache) if args.emb_cache else None
    if args.what == "score":
        import json

        rows = [json.loads(line) for line in Path(args.dump).read_text().splitlines()]
        if args.seeds:
            seeds = seed_rows(ROOT / "seeds", args.set)
            print(f"seeds: {sum(r['label'] for r in seeds)} known of {len(seeds)} pairs")
            rows += seeds
        weights, bias = fit_score(rows, l2=args.l2, only=args.features)
        print(f"{len(rows)} claim pairs; score.weights: {json.dumps(weights)}  score.bias: {bias}")
        return
    corpus = stories.load(stories.data_dir(args.data))
    texts, y, body, groups = training_set(corpus, args.per_class, holdout_dev=args.holdout_dev)
    print(f"{len(texts)} sentences from {len(set(body))} bodies: {Counter(y.tolist())}")
    if args.cues_only:  # claim-agnostic: a few weights cannot learn the dev claims
        x = cue_features(texts)
    else:
        x = np.hstack([centre(embed(texts), groups), cue_features(texts)])
    model = fit_stance(x, y, body, args.c, args.mil)
    dev_body_auc(corpus, model)
    if not args.check:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        save_stance_model(
            model, args.out, source="FNC-1 train, outside bench/stories.py final split",
            per_class=str(args.per_class), c=str(args.c),
        )
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
