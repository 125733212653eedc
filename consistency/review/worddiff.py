"""Which words differ between two sentences: shared by the terminal review and report.html.

Kept apart from both so that the report writers can mark differences without importing
the review screen (which reads reports, and so imports the report stage).
"""

from __future__ import annotations

import dataclasses
import difflib
import re


@dataclasses.dataclass(frozen=True)
class WordDiff:
    """Two sentences split into words, with the indices of words that differ."""

    a_words: tuple[str, ...]
    b_words: tuple[str, ...]
    a_changed: frozenset[int]
    b_changed: frozenset[int]


def _norm(word: str) -> str:
    return re.sub(r"\W+", "", word.lower())


def word_diff(a: str, b: str) -> WordDiff:
    """Which words differ between two sentences (difflib on words, ignoring case/punct)."""
    aw, bw = tuple(a.split()), tuple(b.split())
    matcher = difflib.SequenceMatcher(None, [_norm(w) for w in aw], [_norm(w) for w in bw],
                                      autojunk=False)
    a_changed: set[int] = set()
    b_changed: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            a_changed.update(range(i1, i2))
            b_changed.update(range(j1, j2))
    return WordDiff(aw, bw, frozenset(a_changed), frozenset(b_changed))
