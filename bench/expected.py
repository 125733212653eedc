"""Print what the checker finds now on the regression folders, to update the expectations.

    python bench/expected.py                 # seeds' finding ids + each story's figures
    python bench/expected.py --write-seeds   # rewrite tests/data/expected/seeds_findings.yaml
    python bench/expected.py --backend torch # the same with the fp32 NLI backend

The quality tests (tests/test_quality.py) assert the exact set of finding ids on the
seeds and recall/precision floors on tests/data/stories/*/gold.yaml. When detection
changes on purpose, run this, read the difference, and commit the new expectations with
the reason. Story floors are edited by hand in each gold.yaml (measured figure minus a
small margin), so that raising or lowering one is a visible decision.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from consistency.core.config import load_config  # noqa: E402
from consistency.pipeline import Models, check  # noqa: E402
from tests.gold import (  # noqa: E402
    EXPECTED_SEEDS,
    describe,
    figures,
    load_expected_seeds,
    load_gold,
    story_folders,
)

HEADER = """\
# The exact findings a check of seeds/ makes with the shipped config (default NLI backend).
# tests/test_quality.py asserts this set. When detection changes on purpose, regenerate
# with `python bench/expected.py --write-seeds`, review the diff, and say why in the commit.
"""


def seeds_yaml(result) -> str:
    import yaml

    body = {"findings": {f.id: describe(f) for f in result.findings}}
    return HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=200)


def print_seeds(config, models, write: bool) -> None:
    seeds = check([ROOT / "seeds"], config, models=models, use_cache=False)
    text = seeds_yaml(seeds)
    print(text)
    before = set(load_expected_seeds()) if EXPECTED_SEEDS.exists() else set()
    now = {f.id for f in seeds.findings}
    print(f"# seeds: {len(now)} findings; {len(now - before)} new, "
          f"{len(before - now)} gone vs {EXPECTED_SEEDS.relative_to(ROOT)}")
    if write:
        EXPECTED_SEEDS.write_text(text, encoding="utf-8")
        print(f"# wrote {EXPECTED_SEEDS.relative_to(ROOT)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=["onnx", "torch"], default=None)
    ap.add_argument("--write-seeds", action="store_true")
    ap.add_argument("--stories", action="store_true", help="the story folders only")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        overrides = [f"review.store={Path(tmp) / 'reviews.sqlite'}"]
        if args.backend:
            overrides.append(f"nli.backend={args.backend}")
        config = load_config(overrides=overrides)
        models = Models(config)
        if not args.stories:
            print_seeds(config, models, args.write_seeds)
        for folder in story_folders():
            gold = load_gold(folder)
            result = check([folder], config, models=models, use_cache=False)
            fig = figures(gold, result.findings)
            print(f"\n## {gold.name}: recall {fig.recall:.2f} (floor {gold.recall_floor}), "
                  f"precision {fig.precision:.2f} (floor {gold.precision_floor}), "
                  f"{len(result.findings)} findings")
            found, missed = ", ".join(fig.found) or "-", ", ".join(fig.missed) or "-"
            print(f"   found: {found}; missed: {missed}")
            print(f"   look-alikes flagged: {', '.join(fig.lookalikes_flagged) or '-'}")
            for f in fig.true_positives:
                print(f"   TP {f.id} {f.score:.2f} {describe(f)}")
            for f in fig.false_positives:
                print(f"   FP {f.id} {f.score:.2f} {describe(f)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
