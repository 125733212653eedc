"""One batch of a staged event: "the last customers were reconnected at 14:15" and "most
customers were reconnected before midnight" give the times of two batches of one
restoration, not two times of one event, so their times of day do not clash. A batch is
told by a word before the event's participant ("the last customers", "most homes", "the
remaining passengers") or by a portion noun as the participant ("a large part of the
city"); "last night" modifies no participant and marks no batch.
"""

from __future__ import annotations

import re

from consistency.structured import news_facts
from consistency.structured.eventslots import EventSlot
from consistency.structured.frames import Frame

_BATCH = news_facts.words("batch_words")
_TIME_NOUNS = news_facts.words("batch_time_nouns")
_PORTIONS = news_facts.words("portion_nouns")
_PEOPLE = "people"  # the head every person noun is read as ("customers", "passengers")


def one_batch(slot: EventSlot, frame: Frame, more: frozenset[str] = frozenset()) -> bool:
    """Whether the event's participant is told as one batch of many (``more``: further
    batch words, such as those only a plan's batch takes)."""
    if set(slot.heads) & _PORTIONS:
        return True
    words = re.findall(r"[a-z]+", frame.text.lower())
    marks = _BATCH | more
    for i, w in enumerate(words):
        if w in marks and any(_participant(n, slot.heads) for n in words[i + 1:i + 3]):
            return True
    return False


def _participant(word: str, heads: tuple[str, ...]) -> bool:
    """Whether ``word`` names one of the event's participants (not a time: "last night")."""
    stem = word[:-1] if word.endswith("s") else word
    if stem in _TIME_NOUNS:
        return False
    return stem in heads or word in heads or (_PEOPLE in heads and word.endswith("s"))


def batches(ea: EventSlot, eb: EventSlot, a: Frame, b: Frame,
            more: frozenset[str] = frozenset()) -> bool:
    """Whether either side tells one batch of a staged event (see :func:`one_batch`)."""
    return one_batch(ea, a, more) or one_batch(eb, b, more)
