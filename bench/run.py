"""Seconds per stage and claims/s of a full check, for the seeds and any folder given.

    python bench/run.py                 # the demo corpus
    python bench/run.py path/to/folder  # the seeds, then that folder

Runs with the cache off, so every stage does its real work; models are loaded once
beforehand and their load time is printed separately.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency.core.config import load_config  # noqa: E402
from consistency.pipeline import Models, check  # noqa: E402


def bench(folder: Path, models: Models) -> None:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        result = check([folder], models.config, out=out, models=models, use_cache=False)
        wall = time.perf_counter() - t0
    run = result.run
    print(
        f"\n{folder}: {run.documents} documents, {run.claims} claims, "
        f"{run.pairs_scored} pairs ({run.pairs_per_claim:.2f}/claim), {run.flags} flags"
    )
    for s in run.stages:
        print(f"  {s.name:<8} {s.seconds:8.2f} s")
    print(f"  {'total':<8} {wall:8.2f} s   {run.claims / wall:.1f} claims/s end to end")
    nli = next((s.seconds for s in run.stages if s.name == "nli"), 0.0)
    if nli and run.pairs_scored:
        print(f"  nli: {run.pairs_scored / nli:.1f} candidate pairs/s")


def main() -> None:
    models = Models(load_config())
    t0 = time.perf_counter()
    _ = models.nlp, models.embedder.model
    models.nli.predict(["warm up"], ["warm up"])
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    for folder in [ROOT / "seeds", *map(Path, sys.argv[1:])]:
        bench(folder, models)


if __name__ == "__main__":
    main()
