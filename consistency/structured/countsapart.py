"""Two counts of one kind told of two moments are no clash: running tallies taken at two
checkpoints ("by 5pm, 11 riders had abandoned"
and "by the evening 14 had abandoned": an update, not a disagreement). A checkpoint is
"by" before a time of day, a day or a part of the day, with the part of the day told
after a day ("by Wednesday morning", "by Wednesday evening": two checkpoints); a count
told at one checkpoint and one told at none or another are two snapshots of one growing
tally. So too are the
lengths of two named things ("the meeting lasted five hours", "the debate itself lasted
two"): a duration belongs to its subject, and two subjects are two spans.
"""

from __future__ import annotations

import functools
import re

from consistency.structured import news_facts
from consistency.structured.frames import Frame
from consistency.structured.timeanchor import PART_WORDS, find_clock_spans, find_time_spans

__all__ = ["counts_apart", "checkpoint"]

_BY = re.compile(r"\bby\s+(?:the\s+|this\s+|that\s+)?", re.IGNORECASE)
_DURATIONS = frozenset(k.lower() for k in news_facts.data().get("duration_units") or {})
_PART_WORDS = frozenset(PART_WORDS)  # "by the evening"


@functools.lru_cache(maxsize=4096)  # asked once per pair of counts compared
def checkpoint(text: str) -> str | None:
    """The time a running tally is told at ("By 5pm, ..." gives "5pm"), or None."""
    starts = [i for i, _ in find_clock_spans(text)] + [i for i, _ in find_time_spans(text, None)]
    for m in _BY.finditer(text):
        word = re.match(r"[\w.:]+", text[m.end():])
        if word is None or text[m.end() + word.end():].startswith(("'s", "\u2019s")):
            continue  # "killed by Tuesday's blast": the blast, no checkpoint
        if word.group(0).lower() in _PART_WORDS or any(
                m.start() <= i <= m.end() for i in starts):  # fmt: skip
            return word.group(0).lower() + _day_part(text[m.end() + word.end():])
    return None


def _day_part(rest: str) -> str:
    """The part of the day told right after a checkpoint's day ("by Wednesday evening"
    gives " evening"): a tally by the morning and one by the evening of one day are two
    moments."""
    part = re.match(r"\s+(\w+)", rest)
    return f" {part.group(1).lower()}" if part and part.group(1).lower() in _PART_WORDS else ""


def _spans_of(f: Frame) -> set[str]:
    """The common-noun subjects of a claim that tells a duration ("the meeting")."""
    if not any(q.unit in _DURATIONS for q in (*f.quantities, *(c.quantity for c in f.counts))):
        return set()
    return {s.lower() for s in f.subjects if s.islower() and " " not in s}


def _two_spans(a: Frame, b: Frame) -> bool:
    """Both claims tell durations, of subjects named by two different nouns."""
    sa, sb = _spans_of(a), _spans_of(b)
    return bool(sa and sb) and not sa & sb


def counts_apart(qa, a: Frame, qb, b: Frame) -> bool:
    """Whether the counts ``qa`` of claim ``a`` and ``qb`` of ``b`` are told of two
    moments (or are the lengths of two things): never compared."""
    if qa.unit in _DURATIONS and qb.unit in _DURATIONS and _two_spans(a, b):
        return True
    ca, cb = checkpoint(a.text), checkpoint(b.text)
    return (ca is not None or cb is not None) and ca != cb
