"""Found / missed / false flags per invented story (bench/invented/<story>/ + gold.yaml).

Each story folder holds 4-8 short articles in the formats reporters hold and a
``gold.yaml`` listing the planted disagreements (each as one or more sentence pairs, by
file name and a substring of each sentence) and planted look-alikes that must not be
flagged. A disagreement counts as found when any of its pairs is flagged; a flag is real
when it matches a pair of some planted disagreement.

    python bench/invented.py                      # every story
    python bench/invented.py fire storm -v        # some stories, with each flag listed
    python bench/invented.py --exclude protest    # leave the held-back story out
    python bench/invented.py --set score.flag_threshold=0.4
    python bench/invented.py --root ~/held-back -v  # stories kept outside the repository
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency import Models, check, load_config  # noqa: E402

STORIES = ROOT / "bench" / "invented"


def _doc_name(path: str) -> str:
    return Path(path).name


def _side_matches(side, claim_text: str, doc: str) -> bool:
    return side[0] == doc and side[1].lower() in claim_text.lower()


def _pair_matches(pair, finding, names) -> bool:
    a = (finding.a.text, names[finding.a.doc_id])
    b = (finding.b.text, names[finding.b.doc_id])
    x, y = pair
    return (_side_matches(x, *a) and _side_matches(y, *b)) or (
        _side_matches(x, *b) and _side_matches(y, *a)
    )


def score_story(folder: Path, config, models, verbose: bool) -> dict[str, int]:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    result = check([folder], config, out=None, models=models, use_cache=False)
    names = {a.id: _doc_name(a.path) for a in result.articles}
    found = 0
    for d in gold["disagreements"]:
        hit = any(_pair_matches(p, f, names) for f in result.findings for p in d["pairs"])
        found += hit
        if verbose and not hit:
            print(f"    MISSED: {d['what']}")
    real_pairs = [p for d in gold["disagreements"] for p in d["pairs"]]
    false = [f for f in result.findings if not any(_pair_matches(p, f, names) for p in real_pairs)]
    looks = sum(
        any(_pair_matches(lk["pair"], f, names) for f in result.findings)
        for lk in gold.get("lookalikes", [])
    )
    if verbose:
        for f in result.findings:
            tag = "FALSE" if f in false else "real "
            print(f"    {tag} {f.score:.2f} {f.kind}: {f.explanation[:150]}")
        for a in result.articles:
            print(f"    source {names[a.id]}: {a.title!r} / {a.source!r} / {a.published}")
    named = sum(bool(a.title and a.source and a.published) for a in result.articles)
    return {
        "docs": len(result.articles), "named": named, "planted": len(gold["disagreements"]),
        "found": found, "flags": len(result.findings), "false": len(false),
        "lookalikes_flagged": looks, "lookalikes": len(gold.get("lookalikes", [])),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("stories", nargs="*", help="story folder names (default: all)")
    ap.add_argument("--root", type=Path, default=STORIES,
                    help="folder of story folders (default: bench/invented)")
    ap.add_argument("--exclude", action="append", default=[], help="leave this story out")
    ap.add_argument("--set", action="append", default=[], help="config override key=value")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every flag and miss")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    names = args.stories or sorted(
        p.name for p in args.root.iterdir() if (p / "gold.yaml").is_file())
    names = [n for n in names if n not in args.exclude]
    config = load_config(overrides=args.set)
    models = Models(config)
    total = dict.fromkeys(("planted", "found", "flags", "false"), 0)
    print(f"{'story':<10} {'docs':>4} {'named':>5} {'planted':>7} {'found':>5} {'missed':>6} "
          f"{'flags':>5} {'false':>5} {'look-alikes flagged':>20}")
    for name in names:
        if args.verbose:
            print(f"  {name}:")
        r = score_story(args.root / name, config, models, args.verbose)
        for k in total:
            total[k] += r[k]
        print(f"{name:<10} {r['docs']:>4} {r['named']:>5} {r['planted']:>7} {r['found']:>5} "
              f"{r['planted'] - r['found']:>6} {r['flags']:>5} {r['false']:>5} "
              f"{r['lookalikes_flagged']:>14} of {r['lookalikes']}")
    recall = total["found"] / total["planted"] if total["planted"] else 0.0
    precision = (total["flags"] - total["false"]) / total["flags"] if total["flags"] else 0.0
    print(f"{'total':<10} found {total['found']}/{total['planted']} ({recall:.0%}), "
          f"flags {total['flags']}, real {total['flags'] - total['false']} ({precision:.0%})")


if __name__ == "__main__":
    main()
