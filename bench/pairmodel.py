"""Train and measure the disagreement model (consistency/nli/disagreement_model).

Four steps, each a subcommand:

    python bench/pairmodel.py pairs --out pairs.jsonl      # claim pairs of every invented story
    python bench/pairmodel.py news --out news.jsonl        # real-news pairs that do not disagree
    python bench/pairmodel.py train pairs.jsonl --news news.jsonl --out model --test a,b
    python bench/pairmodel.py eval pairs.jsonl --model model --test a_story,b_story

``pairs`` runs the pipeline on each story of ``--root`` (default bench/invented) and
writes every cross-document claim pair with cosine >= 0.3, labelled by the story's
gold.yaml (a planted disagreement's pair, a look-alike, or neither) with whether the
rules flagged it and whether the value gate (``disagree.gate: values``) lets it through.
``news`` does the same for real news that does not disagree: FNC-1
training bodies (``$CONSISTENCY_NEWS_DATA``) that agree with or discuss one headline,
three to five a folder, from headlines outside every story of bench/stories.py (so the
story benchmark's dev and final splits stay unseen). ``train`` fine-tunes the NLI model
(consistency/nli/model) on the stories not in ``--test``: each planted pair is a
contradiction; look-alikes (twice), three times as many other pairs with cosine >= 0.5,
as many below and every ``--news`` pair are neutral, each in both orders; one epoch,
batch 32, lr 3e-5, seed 13; weights saved in fp16. ``eval`` scores the ``--test``
stories' pairs both ways and prints found / flags / real for the rules alone and for the
rules plus at most ceil(per_source * documents) model flags per story, over a grid of
thresholds: stories held out of training stand for unseen ones.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))  # stories.py, the FNC-1 story benchmark

from why import SEEN, spy  # noqa: E402  (bench/why.py: the run's pairs and structure)

import consistency.pipeline as pipeline  # noqa: E402
from consistency import Models, check, load_config  # noqa: E402
from consistency.core.ids import pair_id  # noqa: E402
from consistency.core.types import ClaimPair  # noqa: E402
from consistency.nli.model import BUNDLED_DIR  # noqa: E402
from consistency.stages.disagree import value_gate  # noqa: E402

CONTRADICTION, NEUTRAL = 0, 2  # the NLI model's label ids (config.json id2label)


def _matches(side, claim, names) -> bool:
    return names[claim.doc_id] == side[0] and side[1].lower() in claim.text.lower()


def _label(gold: dict, a, b, names) -> tuple[int, bool]:
    """(index of the planted disagreement the pair is, else -1; whether a look-alike)."""
    def hit(x, y):
        return (_matches(x, a, names) and _matches(y, b, names)) or (
            _matches(x, b, names) and _matches(y, a, names))

    for i, d in enumerate(gold["disagreements"]):
        if any(hit(x, y) for x, y in d["pairs"]):
            return i, False
    return -1, any(hit(*lk["pair"]) for lk in gold.get("lookalikes", []))


def pairs(args: argparse.Namespace) -> None:
    pipeline.compare_pairs = spy(pipeline.compare_pairs)
    config = load_config(overrides=[*args.set, "disagree.enabled=false"])  # the rules alone
    models = Models(config)
    with open(args.out, "w", encoding="utf-8") as fh:
        for folder in sorted(p for p in args.root.iterdir() if (p / "gold.yaml").is_file()):
            gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
            SEEN.clear()
            result = check([folder], config, out=None, models=models)
            names = {a.id: Path(a.path).name for a in result.articles}
            claims = list(SEEN["structure"].claims)
            flagged = {f.id for f in result.findings}
            near = [ClaimPair(pair_id(a.text, b.text), a, b, cos)
                    for a, b, cos in _near_pairs(claims, models)]  # fmt: skip
            gate = value_gate(SEEN["structure"].frames, models.embedder, config)
            gated = {p.id for p in gate(near)}
            for p in near:
                a, b = p.a, p.b
                gold_i, look = _label(gold, a, b, names)
                fh.write(json.dumps({
                    "story": folder.name, "a": a.resolved, "b": b.resolved,
                    "da": names[a.doc_id], "db": names[b.doc_id], "cos": p.similarity,
                    "gold": gold_i, "look": look, "flagged": p.id in flagged,
                    "gated": p.id in gated,
                    "ndis": len(gold["disagreements"])}) + "\n")  # fmt: skip
            print(folder.name, len(claims), flush=True)


def _near_pairs(claims, models, floor: float = 0.3):
    """Every pair of claims of two documents with cosine >= ``floor``."""
    vectors = models.embedder.encode([c.resolved for c in claims])
    sims = vectors @ vectors.T
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            if a.doc_id != claims[j].doc_id and sims[i, j] >= floor:
                yield a, claims[j], float(sims[i, j])


def news(args: argparse.Namespace) -> None:
    import tempfile

    import stories

    pipeline.compare_pairs = spy(pipeline.compare_pairs)
    corpus = stories.load(stories.data_dir(args.data))
    heads = {s.headline for s in corpus.stories}
    reserved = {b for h, b, _ in corpus.rows if h in heads}
    bodies: dict[str, set[str]] = defaultdict(set)
    for head, body, stance in corpus.rows:
        if head not in heads and stance in ("agree", "discuss"):
            bodies[head].add(body)
    groups = [sorted(b) for _, b in sorted(bodies.items()) if len(b) >= 3 and not b & reserved]
    random.seed(7)
    random.shuffle(groups)
    used: set[str] = set()
    config = load_config(overrides=[*args.set, "disagree.enabled=false"])
    models = Models(config)
    with open(args.out, "w", encoding="utf-8") as fh, tempfile.TemporaryDirectory() as tmp:
        for n, group in enumerate(g for g in groups if not set(g) & used):
            used |= set(group)
            folder = Path(tmp) / f"news{n}"
            folder.mkdir()
            for body in group[:5]:
                (folder / f"{body}.txt").write_text(corpus.bodies[body], encoding="utf-8")
            SEEN.clear()
            check([folder], config, out=None, models=models)
            claims = list(SEEN["structure"].claims) if SEEN else []
            for a, b, cos in _near_pairs(claims, models):
                fh.write(json.dumps({"story": f"news{n}", "a": a.resolved, "b": b.resolved,
                                     "cos": cos}) + "\n")  # fmt: skip
            print(folder.name, len(group[:5]), len(claims), flush=True)


def _rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def train(args: argparse.Namespace) -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    random.seed(13)
    torch.manual_seed(13)
    test = set(args.test.split(",")) if args.test else set()
    rows = [r for r in _rows(args.pairs) if r["story"] not in test]
    pos = [r for r in rows if r["gold"] >= 0]
    rest = [r for r in rows if r["gold"] < 0 and not r["look"]]
    hard = [r for r in rest if r["cos"] >= 0.5]
    easy = [r for r in rest if r["cos"] < 0.5]
    neg = [r for r in rows if r["look"] and r["gold"] < 0] * 2
    neg += random.sample(hard, min(len(hard), 3 * len(pos)))
    neg += random.sample(easy, min(len(easy), len(pos)))
    neg += _rows(args.news) if args.news else []
    data = [(r["a"], r["b"], CONTRADICTION) for r in pos] + [(r["a"], r["b"], NEUTRAL) for r in neg]
    data += [(b, a, y) for a, b, y in data]  # the model must not care which side is first
    random.shuffle(data)
    print(f"train: {len(pos)} disagreeing pairs, {len(neg)} others, {len(data)} examples")
    tok = AutoTokenizer.from_pretrained(BUNDLED_DIR)
    model = AutoModelForSequenceClassification.from_pretrained(BUNDLED_DIR, dtype=torch.float32)
    model.train()
    batch, steps = 32, len(data) // 32
    opt = torch.optim.AdamW(model.parameters(), lr=3e-5, weight_decay=0.01)
    warm = 0.06 * steps
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps))
    t0 = time.perf_counter()
    for step in range(steps):
        chunk = data[step * batch : (step + 1) * batch]
        enc = tok([a for a, _, _ in chunk], [b for _, b, _ in chunk], truncation=True,
                  max_length=128, padding=True, return_tensors="pt")  # fmt: skip
        loss = model(**enc, labels=torch.tensor([y for _, _, y in chunk])).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        if step % 50 == 0:
            print(f"step {step}/{steps} loss {loss.item():.3f} {time.perf_counter() - t0:.0f} s",
                  flush=True)
    model.half().save_pretrained(args.out)
    tok.save_pretrained(args.out)
    print(f"saved {args.out} after {time.perf_counter() - t0:.0f} s")


def _tally(by_story: dict, threshold: float, per_source: float, rules: bool = True):
    found = flags = real = planted = 0
    for rows in by_story.values():
        planted += rows[0]["ndis"]
        docs = len({r["da"] for r in rows} | {r["db"] for r in rows})
        extra = sorted((r for r in rows if not r["flagged"] and r["p"] >= threshold),
                       key=lambda r: -r["p"])[: math.ceil(per_source * docs)]  # fmt: skip
        hit = set()
        for r in [r for r in rows if r["flagged"] and rules] + extra:
            flags += 1
            if r["gold"] >= 0:
                real += 1
                hit.add(r["gold"])
        found += len(hit)
    return f"{found}/{planted} found, {flags} flags, {real} real ({real / max(flags, 1):.0%})"


def evaluate(args: argparse.Namespace) -> None:
    from consistency.nli.model import NLIModel

    test = set(args.test.split(","))
    rows = [r for r in _rows(args.pairs) if r["story"] in test]
    model = NLIModel(args.model, backend="torch")  # disagree.backend's default
    ab = model.predict([r["a"] for r in rows], [r["b"] for r in rows])
    ba = model.predict([r["b"] for r in rows], [r["a"] for r in rows])
    by_story: dict[str, list[dict]] = defaultdict(list)
    for r, x, y in zip(rows, ab, ba, strict=True):
        r["p"] = (x.contradiction + y.contradiction) / 2
        by_story[r["story"]].append(r)
    print(f"{len(by_story)} stories, {len(rows)} pairs; rules alone: {_tally(by_story, 2, 0)}")
    for t in (0.4, 0.5, 0.6, 0.7):
        for ps in (0.5, 0.75, 1.0):
            print(f"threshold {t} per_source {ps}: rules + model {_tally(by_story, t, ps)}; "
                  f"model alone {_tally(by_story, t, ps, rules=False)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs", help="claim pairs of every story, labelled by gold")
    p.add_argument("--root", type=Path, default=ROOT / "bench" / "invented")
    p.add_argument("--out", required=True)
    p.add_argument("--set", action="append", default=[], help="config override key=value")
    n = sub.add_parser("news", help="claim pairs of real news that does not disagree")
    n.add_argument("--data", help="folder of the FNC-1 CSVs ($CONSISTENCY_NEWS_DATA)")
    n.add_argument("--out", required=True)
    n.add_argument("--set", action="append", default=[], help="config override key=value")
    t = sub.add_parser("train", help="fine-tune the NLI model on the pairs")
    t.add_argument("pairs")
    t.add_argument("--news", help="the news subcommand's pairs, all taught as no disagreement")
    t.add_argument("--out", required=True)
    t.add_argument("--test", default="", help="comma-separated stories left out of training")
    e = sub.add_parser("eval", help="found / flags / real on the held-out stories")
    e.add_argument("pairs")
    e.add_argument("--model", required=True)
    e.add_argument("--test", required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    {"pairs": pairs, "news": news, "train": train, "eval": evaluate}[args.cmd](args)


if __name__ == "__main__":
    main()
