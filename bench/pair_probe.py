"""Could a learned pair model find the disagreements the structured rules miss?

A probe, not a shipped stage. It checks each invented story with wide pairing and every
pair scored, labels each candidate pair by the story's gold.yaml (a planted disagreement
or not), and then tests two learned scorers with leave-stories-out folds: no story is
both trained on and scored. A scorer "finds" a disagreement when any of its pairs scores
at or above a threshold. The union with the pairs the shipped rules flag is what it would
add.

    python bench/pair_probe.py dump pairs.jsonl          # candidate pairs + gold (~5 min)
    python bench/pair_probe.py frozen pairs.jsonl        # pooled NLI features + logistic
    python bench/pair_probe.py tune pairs.jsonl --folds 3 --epochs 1   # fine-tune (slow)
    # fine-tune on the other stories, score the held ones; then score another dump with it
    python bench/pair_probe.py split pairs.jsonl --held kelderby_recount,brackenford_sinkhole \
        --save /tmp/pair-model
    python bench/pair_probe.py split other.jsonl --model /tmp/pair-model
    # on a busy CPU: 4 plain negatives per planted pair, one order; keep the scores
    python bench/pair_probe.py split pairs.jsonl --held ... --neg-ratio 4 --one-order \
        --scores held.jsonl
    python bench/pair_probe.py rescore held.jsonl        # the tables again, from saved scores

``frozen`` fits a logistic regression on the bundled NLI cross-encoder's pooled output
(both orders averaged) and its three probabilities; ``tune`` fine-tunes that cross-encoder
with "disagree" as its contradiction label; ``split`` does the same once, on every story not held
out, and scores the held ones (or scores a whole dump, for instance one made by an older commit,
with a model saved before). For held-out rows the tables also give combinations fixed before
any held-out figure: the model gated by a number/time clash (both claims give a number or
a weekday/month and they differ) or a shared name, and the k best pairs per story. Both
need scikit-learn / torch from the dev install. Figures of the 2026-11-30 run are in the
closing note of issue 15.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from invented import STORIES, _doc_name, _pair_matches  # noqa: E402

WIDE = ["score.flag_threshold=0.0", "nli.skip_margin=1.0", "pair.k=32",
        "pair.min_similarity=0.3", "pair.require_shared_entity=false"]  # fmt: skip
SHIPPED_FLAG = 0.44  # score.flag_threshold of configs/default.yaml
BLIND = ("brackenford_rovers_sale", "velmouth_bridge_strike", "sternhaus_museum_theft",
         "veldmoor_avalanche", "pellingford_chlorine_leak", "reddaway_doping_ban",
         "ptarmigan_launch_failure", "marlow_ridge_prison_escape")  # written blind, rounds 7-10


def dump(root: Path, out: Path) -> None:
    """Every candidate pair of every story under wide pairing, with its gold label."""
    import yaml

    from consistency import Models, check, load_config

    config = load_config(overrides=WIDE)
    models = Models(config)
    with out.open("w", encoding="utf-8") as fh:
        for folder in sorted(p for p in root.iterdir() if (p / "gold.yaml").is_file()):
            gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
            res = check([folder], config, out=None, models=models, use_cache=False)
            names = {a.id: _doc_name(a.path) for a in res.articles}
            for f in (*res.findings, *res.corroborations):
                hits = [i for i, d in enumerate(gold["disagreements"])
                        if any(_pair_matches(p, f, names) for p in d["pairs"])]  # fmt: skip
                look = any(_pair_matches(lk["pair"], f, names) for lk in gold.get("lookalikes", []))
                fh.write(json.dumps({"story": folder.name, "a": f.a.text, "b": f.b.text,
                                     "gold": hits, "look": look, "score": f.score}) + "\n")
            print(f"{folder.name}: {len(res.findings)} pairs", flush=True)


def _nli_model():
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    path = ROOT / "consistency" / "nli" / "model"
    model = AutoModelForSequenceClassification.from_pretrained(path, dtype=torch.float32)
    return AutoTokenizer.from_pretrained(path), model


def _both_orders(tok, model, rows, head):
    """``head(encoded batch)`` of each pair in both orders, averaged."""
    import torch

    out = []
    with torch.no_grad():
        for i in range(0, len(rows), 64):
            batch = rows[i:i + 64]
            got = [head(tok([x[k] for x in batch], [x[1 - k] for x in batch], truncation=True,
                            max_length=128, padding=True, return_tensors="pt"))
                   for k in (0, 1)]  # fmt: skip
            out.append((got[0] + got[1]) / 2)
    return np.concatenate(out)


def frozen(rows: list[dict]) -> np.ndarray:
    """Leave-one-story-out probabilities of a logistic regression on pooled features."""
    import torch
    from sklearn.linear_model import LogisticRegression

    tok, model = _nli_model()
    model.eval()
    pairs = [(r["a"], r["b"]) for r in rows]

    def head(enc):
        pooled = model.bert(**enc).pooler_output
        return torch.cat([pooled, torch.softmax(model.classifier(pooled), -1)], 1).numpy()

    x = _both_orders(tok, model, pairs, head)
    x = (x - x.mean(0)) / (x.std(0) + 1e-6)
    y = np.array([bool(r["gold"]) for r in rows])
    story = np.array([r["story"] for r in rows])
    p = np.zeros(len(rows))
    for s in sorted(set(story)):
        held = story == s
        clf = LogisticRegression(C=0.05, max_iter=3000, class_weight="balanced")
        p[held] = clf.fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
    return p


ORDERS = (("a", "b"), ("b", "a"))
TRAIN = {"one_order": False}  # --one-order: train on one random order of each pair


def _fine_tune(train: list[dict], epochs: float):
    import torch

    tok, model = _nli_model()
    pick = random.Random(5)
    orders = [[pick.choice(ORDERS)] if TRAIN["one_order"] else ORDERS for _ in train]
    examples = [(r[a], r[b], 0 if r["gold"] else 2)
                for r, pair in zip(train, orders, strict=True) for a, b in pair]  # fmt: skip
    positives = sum(e[2] == 0 for e in examples)
    weight = torch.tensor([(len(examples) - positives) / max(positives, 1) / 2, 1.0, 1.0])
    opt = torch.optim.AdamW(model.parameters(), lr=3e-5, weight_decay=0.01)
    steps, rnd = int(len(examples) * epochs / 16), random.Random(13)
    model.train()
    for step in range(steps):
        if step % (len(examples) // 16) == 0:
            rnd.shuffle(examples)
        batch = examples[(step * 16) % len(examples):][:16]
        enc = tok([e[0] for e in batch], [e[1] for e in batch], truncation=True,
                  max_length=128, padding=True, return_tensors="pt")
        loss = torch.nn.functional.cross_entropy(
            model(**enc).logits, torch.tensor([e[2] for e in batch]), weight=weight)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    return tok, model


def tune(rows: list[dict], folds: int, epochs: float) -> np.ndarray:
    """Probabilities of a cross-encoder fine-tuned on the other folds' stories."""
    import torch

    stories = sorted({r["story"] for r in rows})
    random.Random(7).shuffle(stories)
    fold = {s: i % folds for i, s in enumerate(stories)}
    p = np.zeros(len(rows))
    for k in range(folds):
        held = [i for i, r in enumerate(rows) if fold[r["story"]] == k]
        tok, model = _fine_tune([r for r in rows if fold[r["story"]] != k], epochs)

        def head(enc, model=model):
            return torch.softmax(model(**enc).logits, -1)[:, 0].numpy()

        probs = _both_orders(tok, model, [(rows[i]["a"], rows[i]["b"]) for i in held], head)
        p[held] = probs
        print(f"fold {k + 1}/{folds} done", flush=True)
    return p


def split(rows: list[dict], held: set[str], model_dir: Path | None, save: Path | None,
          epochs: float = 1.0):
    """The held stories' rows and their probabilities from a cross-encoder fine-tuned on
    the other stories (or loaded from ``model_dir``; then every row is held)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if model_dir is not None:
        tok = AutoTokenizer.from_pretrained(model_dir)
        model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
        test = rows
    else:
        test = [r for r in rows if r["story"] in held]
        tok, model = _fine_tune([r for r in rows if r["story"] not in held], epochs)
        if save is not None:
            model.save_pretrained(save)
            tok.save_pretrained(save)

    def head(enc):
        return torch.softmax(model(**enc).logits, -1)[:, 0].numpy()

    return test, _both_orders(tok, model, [(r["a"], r["b"]) for r in test], head)


def report(rows: list[dict], p: np.ndarray, held: bool = False) -> None:
    """Found / flags / real per threshold, over all stories and over the blind ones; for
    held-out rows also the model alone and the model as a filter on the rules' flags."""
    y = np.array([bool(r["gold"]) for r in rows])
    auc = (p[y][:, None] > p[~y][None, :]).mean()
    planted = {(r["story"], g) for r in rows for g in r["gold"]}
    print(f"pair AUC {auc:.3f} over {len(rows)} pairs, {int(y.sum())} of them planted; "
          f"{len(planted)} disagreements reachable in {len({r['story'] for r in rows})} stories")
    if held:
        combos(rows, p)
        for t in (0.5, 0.7, 0.8, 0.9):
            _line(rows, p, f"model alone >= {t}", lambda r, pr, t=t: pr >= t)
            _line(rows, p, f"rules and model >= {t}",
                  lambda r, pr, t=t: r["score"] >= SHIPPED_FLAG and pr >= t)  # fmt: skip
    groups = (("all stories", lambda r: True), ("blind stories", lambda r: r["story"] in BLIND))
    for name, keep in groups:
        for t in (None, 0.5, 0.7, 0.8, 0.9, 0.95):
            label = "rules only" if t is None else f"rules + model >= {t}"
            _line(rows, p, f"{name}, {label}", lambda r, pr, keep=keep, t=t: keep(r) and (
                r["score"] >= SHIPPED_FLAG or (t is not None and pr >= t)))


def _slot_words() -> tuple[set[str], set[str]]:
    """Number words and time words (weekdays, full month names) from the language data."""
    import yaml

    lang = ROOT / "consistency" / "lang" / "en"
    numbers = yaml.safe_load((lang / "numbers.yaml").read_text(encoding="utf-8"))
    times = yaml.safe_load((lang / "time.yaml").read_text(encoding="utf-8"))
    number_words = set(numbers["number_words"]) | set(numbers["scales"]) - {"k", "m", "bn"}
    return number_words, set(times["weekdays"]) | {m[0] for m in times["months"]}


def _slots(text: str, words: tuple[set[str], set[str]]) -> tuple[frozenset, frozenset, frozenset]:
    """The numbers, time words and capitalised names (not the first word) of one claim."""
    import re

    tokens = re.findall(r"[0-9][0-9.,:]*[0-9]|[0-9]|[A-Za-z]+", text)
    low = [t.lower() for t in tokens]
    numbers = frozenset(t for t in low if t[0].isdigit() or t in words[0])
    times = frozenset(t for t in low if t in words[1])
    names = frozenset(t for i, t in enumerate(tokens) if i and t[0].isupper() and t.lower()
                      not in words[1])  # fmt: skip
    return numbers, times, names


def slot_clash(rows: list[dict]) -> np.ndarray:
    """Whether the two claims of a pair both give a number (or a time word) and the ones
    they give differ: the shape of most planted disagreements, known before any scoring."""
    words = _slot_words()
    out = []
    for r in rows:
        a, b = _slots(r["a"], words), _slots(r["b"], words)
        out.append(any(x and y and x != y for x, y in zip(a[:2], b[:2], strict=True)))
    return np.array(out)


def shared_name(rows: list[dict]) -> np.ndarray:
    """Whether the two claims share a capitalised name (one thing both talk about)."""
    words = _slot_words()
    return np.array([bool(_slots(r["a"], words)[2] & _slots(r["b"], words)[2]) for r in rows])


def _top_per_story(rows: list[dict], p: np.ndarray, ok: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` best-scored pairs of each story among those ``ok`` that the rules leave
    unflagged and the model puts at 0.5 or more."""
    pick = np.zeros(len(rows), dtype=bool)
    for story in {r["story"] for r in rows}:
        idx = [i for i, r in enumerate(rows) if r["story"] == story and ok[i]
               and r["score"] < SHIPPED_FLAG and p[i] >= 0.5]  # fmt: skip
        pick[sorted(idx, key=lambda i: -p[i])[:k]] = True
    return pick


def combos(rows: list[dict], p: np.ndarray) -> None:
    """Ways of adding the model to the rules fixed before any held-out figure was seen:
    a number/time clash or a shared name as a gate, and the k best pairs per story."""
    clash, name = slot_clash(rows), shared_name(rows)
    rules = np.array([r["score"] >= SHIPPED_FLAG for r in rows])
    print(f"  (pairs with a number/time clash: {int(clash.sum())}, "
          f"of them planted {sum(bool(r['gold']) for r, c in zip(rows, clash, strict=True) if c)})")
    for t in (0.5, 0.7, 0.8, 0.9, 0.95):
        extra = {"clash": clash, "clash or name": clash | name}
        for gate, ok in extra.items():
            add = ok & (p >= t)
            _count(rows, f"rules + (model >= {t} and {gate})", rules | add)
    for k in (1, 2, 3):
        for gate, ok in (("any", np.ones(len(rows), dtype=bool)), ("clash", clash)):
            add = _top_per_story(rows, p, ok, k)
            _count(rows, f"rules + top {k} per story ({gate})", rules | add)


def _line(rows: list[dict], p: np.ndarray, label: str, keep) -> None:
    """Found / flags / real of the rows ``keep(row, probability)`` flags."""
    _count(rows, label, np.array([bool(keep(r, pr)) for r, pr in zip(rows, p, strict=True)]))


def _count(rows: list[dict], label: str, flagged: np.ndarray) -> None:
    """Found / flags / real (and the share real) of the ``flagged`` rows."""
    found, flags, real = set(), 0, 0
    for r, hit in zip(rows, flagged, strict=True):
        if hit:
            flags += 1
            real += bool(r["gold"])
            found |= {(r["story"], g) for g in r["gold"]}
    share = f" ({100 * real / flags:.0f} %)" if flags else ""
    print(f"  {label}: found {len(found)}, flags {flags}, real {real}{share}")


def _fewer_negatives(rows: list[dict], held: set[str], ratio: float) -> list[dict]:
    """The rows with the training stories' plain negatives cut to ``ratio`` per planted
    pair (look-alikes and held stories kept whole), to fit a fine-tune on a busy CPU."""
    train = [r for r in rows if r["story"] not in held]
    plain = [r for r in train if not r["gold"] and not r["look"]]
    keep = int(ratio * sum(bool(r["gold"]) for r in train))
    dropped = {id(r) for r in random.Random(11).sample(plain, max(len(plain) - keep, 0))}
    return [r for r in rows if id(r) not in dropped]


def _planted(root: Path, stories: set[str]) -> int:
    """How many disagreements the gold files of ``stories`` under ``root`` plant."""
    import yaml

    files = [root / s / "gold.yaml" for s in stories]
    return sum(len(yaml.safe_load(f.read_text(encoding="utf-8"))["disagreements"])
               for f in files if f.is_file())  # fmt: skip


def _save_scores(path: Path, rows: list[dict], p: np.ndarray) -> None:
    """Each scored row with its probability, for ``rescore``."""
    with path.open("w", encoding="utf-8") as fh:
        for r, pr in zip(rows, p, strict=True):
            fh.write(json.dumps({**r, "p": float(pr)}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("command", choices=("dump", "frozen", "tune", "split", "rescore"))
    ap.add_argument("pairs", type=Path, help="the JSON Lines file of dumped (or scored) pairs")
    ap.add_argument("--root", type=Path, default=STORIES, help="folder of story folders")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--held", default="", help="split: comma-separated stories to hold out; "
                    "tune: stories to leave out altogether")  # fmt: skip
    ap.add_argument("--model", type=Path, help="split: score with this saved model instead")
    ap.add_argument("--save", type=Path, help="split: save the fine-tuned model here")
    ap.add_argument("--scores", type=Path, help="write each scored row with its probability")
    ap.add_argument("--neg-ratio", type=float, default=0.0,
                    help="split: keep this many plain negatives per planted training pair")
    ap.add_argument("--one-order", action="store_true",
                    help="split/tune: train on one random order of each pair, not both")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.command == "dump":
        dump(args.root, args.pairs)
        return
    rows = [json.loads(line) for line in args.pairs.open(encoding="utf-8")]
    held = set(filter(None, args.held.split(",")))
    TRAIN["one_order"] = args.one_order
    if args.command == "rescore":
        rows, p = rows, np.array([r["p"] for r in rows])
    elif args.command == "split":
        if args.neg_ratio:
            rows = _fewer_negatives(rows, held, args.neg_ratio)
        rows, p = split(rows, held, args.model, args.save, args.epochs)
    else:
        rows = [r for r in rows if r["story"] not in held]
        p = frozen(rows) if args.command == "frozen" else tune(rows, args.folds, args.epochs)
    if args.scores is not None:
        _save_scores(args.scores, rows, p)
    print(f"{_planted(args.root, {r['story'] for r in rows})} disagreements planted in all")
    report(rows, p, held=args.command != "frozen")


if __name__ == "__main__":
    main()
