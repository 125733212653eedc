"""Run another bench with the same-story gate of the structured checks counted or switched off.

``python bench/storygate.py bench/invented.py -v`` runs the bench as usual and prints how
often :func:`consistency.structured.clashbase.same_story` judged two claims two stories;
with ``STORYGATE_OFF=1`` the gate says "one story" always, so a diff of the two runs shows
the planted pairs it blocks and the flags it suppresses (mixed folders, FNC agreeing pairs).
"""

from __future__ import annotations

import os
import runpy
import sys

from consistency.structured import clashbase, clockclash, conflicts, numberclash, placeclash

_real = clashbase.same_story
_apart = [0]


def _counted(a, b, aliases, ignore=frozenset()):
    """The gate's verdict, counted; "one story" whenever STORYGATE_OFF is set."""
    verdict = _real(a, b, aliases, ignore)
    if not verdict:
        _apart[0] += 1
        return bool(os.environ.get("STORYGATE_OFF"))
    return verdict


def main() -> None:
    for module in (clashbase, clockclash, conflicts, numberclash, placeclash):
        module.same_story = _counted
    script, sys.argv = sys.argv[1], sys.argv[1:]
    try:
        runpy.run_path(script, run_name="__main__")
    finally:
        print(f"same-story gate: {_apart[0]} comparisons judged two stories", file=sys.stderr)


if __name__ == "__main__":
    main()
