"""Why an invented story's planted disagreements are missed: at which step each pair is lost.

For every planted pair of ``gold.yaml`` (up to three per disagreement) it prints one of
``NO CLAIM`` (a snippet is in no claim: cleaning or claim splitting lost it), ``unpaired``
(neither the embedding neighbours nor the structured candidates brought the two claims
together), ``paired`` (compared, not flagged) or ``FLAG``, with the structured signals
compare() gives the two claims. ``-f`` adds each claim's frame: its event classes and,
per event, the names, heads, times of day, dates and numbers the comparison reads.
It wraps the pipeline's ``compare_pairs`` to see the pairs and frames of the run.

    python bench/why.py tasker_missing_tramper
    python bench/why.py --root ~/held-back fire -f
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import consistency.pipeline as pipeline  # noqa: E402
from consistency import Models, check, load_config  # noqa: E402
from consistency.structured.conflicts import compare  # noqa: E402

SEEN: dict = {}


def spy(original):
    """``compare_pairs`` keeping the run's pairs and structure in ``SEEN`` (bench scripts)."""
    def compare_pairs(pairs, structure, *args, **kwargs):
        SEEN["pairs"], SEEN["structure"] = pairs, structure
        return original(pairs, structure, *args, **kwargs)

    return compare_pairs


def _frame_lines(f) -> list[str]:
    out = [f"      {f.text[:110]}", f"        classes={f.classes} people={f.people}"]
    for e in f.events[:4]:
        out.append(f"        {e.cls}: args={e.args} heads={e.heads} "
                   f"clocks={[c.text for c in e.clocks]} times={[t.text for t in e.times]} "
                   f"numbers={[q.text for q in e.quantities]} negated={e.negated}")  # fmt: skip
    return out


def explain(folder: Path, config, models, frames: bool) -> None:
    """Print, for each planted pair of ``folder``'s gold, the step where it is lost."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    SEEN.clear()
    result = check([folder], config, out=None, models=models, use_cache=False)
    if "structure" not in SEEN:
        print(f"   {folder.name}: the run compared no pairs (fewer than two sources?)")
        return
    names = {a.id: Path(a.path).name for a in result.articles}
    st = SEEN["structure"]
    paired = {frozenset((p.a.id, p.b.id)) for p in SEEN["pairs"]}
    flagged = {frozenset((f.a.id, f.b.id)) for f in result.findings}

    def claims_of(side):
        return [c for c in st.claims
                if names.get(c.doc_id) == side[0] and side[1].lower() in c.text.lower()]

    for d in gold["disagreements"]:
        print(f"== {d['what']}")
        for x, y in d["pairs"][:3]:
            ca, cb = claims_of(x), claims_of(y)
            if not ca or not cb:
                print(f"   NO CLAIM: {'' if ca else x} {'' if cb else y}")
                continue
            fa, fb = st.frames[ca[0].id], st.frames[cb[0].id]
            comp = compare(fa, fb, st.aliases, config.score, "A", "B")
            key = frozenset((ca[0].id, cb[0].id))
            tag = "FLAG" if key in flagged else "paired" if key in paired else "unpaired"
            signals = "; ".join(f"{s.kind}: {s.explanation[:80]}" for s in comp.signals)
            print(f"   [{tag}] {signals or 'no signal'}")
            if frames:
                print("\n".join(_frame_lines(fa) + _frame_lines(fb)))


def main() -> None:
    """Parse the arguments and explain each story."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("stories", nargs="+", help="story folder names")
    ap.add_argument("--root", type=Path, default=ROOT / "bench" / "invented",
                    help="folder of story folders (default: bench/invented)")
    ap.add_argument("-f", "--frames", action="store_true", help="print each claim's frame")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    pipeline.compare_pairs = spy(pipeline.compare_pairs)
    config = load_config()
    models = Models(config)
    for name in args.stories:
        print(f"# {name}")
        explain(args.root / name, config, models, args.frames)


if __name__ == "__main__":
    main()
