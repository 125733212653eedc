"""Scale benchmark on real news bodies (FNC-1), printing the figures of issue "Speed and scale".

    python bench/scale.py                       # 100, 300, 1000; re-run +10; brute force on 20
    python bench/scale.py --sizes 100 --brute 0 # a quick look
    python bench/scale.py --sizes 100 --brute 0 --engine ray --workers 2
    python bench/scale.py --compare-embed 300   # int8 vs fp32 embeddings: speed, neighbours

The CSV is $CONSISTENCY_NEWS_CSV or --csv (default: the shared data folder).

Each measurement runs in its own process from a cold cache, so its peak memory
(max RSS) is its own. The CSV is read from ../shared/data/news/ and never shipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
# $CONSISTENCY_NEWS_CSV, else the shared data folder next to the checkout.
CSV = Path(
    os.environ.get("CONSISTENCY_NEWS_CSV")
    or ROOT.parent / "shared" / "data" / "news" / "fnc1_train_bodies.csv"
)


def write_articles(folder: Path, first: int, count: int, source: Path) -> None:
    """Bodies ``first .. first+count-1`` of the CSV as .txt files (deterministic order)."""
    csv.field_size_limit(10**8)
    folder.mkdir(parents=True, exist_ok=True)
    with source.open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i >= first + count:
                break
            if i >= first:
                (folder / f"{i:05d}_{row['Body ID']}.txt").write_text(
                    row["articleBody"], encoding="utf-8"
                )


def child(folder: str, cache: str, sets: list[str]) -> None:
    """Run one check and print its figures as one JSON line."""
    sys.path.insert(0, str(ROOT))
    from consistency.core.config import load_config
    from consistency.pipeline import check

    config = load_config(
        overrides=[f"cache.dir={cache}", f"review.store={cache}/reviews.sqlite", *sets]
    )
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        result = check([folder], config, out=out)
    run = result.run
    print(
        json.dumps(
            {
                "wall": time.perf_counter() - t0,
                "documents": run.documents,
                "claims": run.claims,
                "pairs": run.pairs_scored,
                "pairs_nli": run.pairs_nli,
                "flags": run.flags,
                "pairs_per_claim": run.pairs_per_claim,
                "stages": {s.name: s.seconds for s in run.stages},
                "flag_ids": [f.id for f in result.findings],
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def measure(folder: Path, cache: Path, sets: list[str] = ()) -> dict:
    cmd = [sys.executable, __file__, "--child", str(folder), str(cache), *sets]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(label: str, r: dict) -> None:
    st = r["stages"]
    per_stage = "  ".join(f"{k} {v:.1f}" for k, v in st.items())
    nli = st.get("nli", 0.0)
    print(
        f"{label}: {r['documents']} docs, {r['claims']} claims, {r['pairs']} pairs "
        f"({r['pairs_per_claim']:.2f}/claim), {r['flags']} flags | wall {r['wall']:.1f} s, "
        f"peak {r['peak_mb']:.0f} MB"
    )
    print(f"    seconds: {per_stage}")
    claims_s = r["claims"] / max(st.get("claims", 0.0), 1e-9)
    pairs_s = r["pairs_nli"] / nli if nli else float("nan")
    print(
        f"    claims/s (claims stage) {claims_s:.1f}; {r['pairs_nli']} pairs to NLI, "
        f"{pairs_s:.1f} pairs/s (a->b for each, b->a only where it can matter)",
        flush=True,
    )


def compare_embeddings(n: int, source: Path, sets: list[str]) -> None:
    """ONNX fp32 and int8 vs torch fp32 embeddings on ``n`` real articles: speed, and how
    many of the candidate pairs (each claim's k nearest claims of other documents) differ."""
    sys.path.insert(0, str(ROOT))
    from consistency.core.config import load_config
    from consistency.core.nlp import load_spacy
    from consistency.stages.claims import extract_claims
    from consistency.stages.embed import BACKENDS, Embedder
    from consistency.stages.ingest import ingest
    from consistency.stages.pairing import find_pairs

    config = load_config(overrides=sets)
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp), 0, n, source)
        articles = ingest([tmp], config).articles
    claims = list(extract_claims(articles, load_spacy(config.models.spacy), config.claims).claims)
    texts = [c.resolved for c in claims]
    k = config.pair.k
    found = {}
    for backend in BACKENDS:
        emb = Embedder(config.models.embedding, "cpu", config.embed.batch_size, backend)
        emb.encode(texts[:8])  # load (and export) outside the timing
        t0 = time.perf_counter()
        vecs = emb.encode(texts)
        secs = time.perf_counter() - t0
        pairs = {p.id for p in find_pairs(claims, vecs, config.pair, config.index)}
        top = np.argsort(-(vecs @ vecs.T), axis=1)[:, 1 : k + 1]
        found[backend] = (vecs, pairs, top)
        print(f"{backend}: {len(texts)} claims in {secs:.1f} s ({len(texts) / secs:.0f}/s), "
              f"{len(pairs)} candidate pairs", flush=True)
    v32, p32, t32 = found["torch"]
    for backend in BACKENDS[1:]:
        v, p, t = found[backend]
        cos = (v32 * v).sum(axis=1)
        same = np.mean([len(set(a) & set(b)) / k for a, b in zip(t32, t, strict=True)])
        print(f"{backend} vs torch: cosine mean {cos.mean():.4f} min {cos.min():.4f}; "
              f"top-{k} neighbours shared {same:.1%}; candidate pairs in both {len(p32 & p)}, "
              f"only torch {len(p32 - p)}, only {backend} {len(p - p32)}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 1000])
    ap.add_argument("--add", type=int, default=10, help="articles added for the warm re-run")
    ap.add_argument("--brute", type=int, default=20, help="articles in the brute-force comparison")
    ap.add_argument("--csv", type=Path, default=CSV)
    ap.add_argument("--compare-embed", type=int, default=0, metavar="N",
                    help="only compare int8 ONNX with fp32 embeddings on N articles")
    ap.add_argument("--set", dest="sets", action="append", default=[], help="config override")
    ap.add_argument("--engine", choices=["local", "ray"], default="local")
    ap.add_argument("--workers", type=int, default=0,
                    help="CPUs of the local Ray that --engine ray starts (0 = all)")
    args = ap.parse_args()
    args.sets += [f"engine.kind={args.engine}", f"engine.num_cpus={args.workers}"]
    if not args.csv.exists():
        sys.exit(f"{args.csv}: not found (pass --csv)")
    if args.compare_embed:
        compare_embeddings(args.compare_embed, args.csv, args.sets)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in args.sizes:
            folder, cache = tmp / f"n{n}", tmp / f"cache{n}"
            write_articles(folder, 0, n, args.csv)
            show(f"cold {n}", measure(folder, cache, args.sets))
        if args.sizes and args.add:
            n = args.sizes[-1]
            write_articles(tmp / f"n{n}", n, args.add, args.csv)
            show(f"re-run {n}+{args.add}", measure(tmp / f"n{n}", tmp / f"cache{n}", args.sets))
        if args.brute:
            folder = tmp / "brute"
            write_articles(folder, 0, args.brute, args.csv)
            fast = measure(folder, tmp / "bf-fast", args.sets)
            brute = measure(folder, tmp / "bf-brute", [*args.sets, "pair.brute_force=true"])
            show(f"fast {args.brute}", fast)
            show(f"brute {args.brute}", brute)
            found = set(fast["flag_ids"]) & set(brute["flag_ids"])
            share = len(found) / len(brute["flag_ids"]) if brute["flag_ids"] else 1.0
            print(
                f"fast path finds {len(found)}/{len(brute['flag_ids'])} brute-force flags "
                f"({share:.0%}) with {brute['pairs'] / max(fast['pairs'], 1):.1f}x fewer NLI calls"
            )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        main()
