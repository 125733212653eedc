"""Candidate pairs the structured checks ask for, whatever the embeddings say.

Nearest-neighbour pairing misses two claims that tell one fact in different words ("Six
passengers died" and "the death toll rose to nine"): their sentences are far apart in
embedding space though the frames compare directly. Claims are bucketed by what they
count (event class and unit), what cause they give (the caused thing), what time of day
they give (event class), which event they assert or deny (an assertion pairs with a
denial only) and which words they quote (the first and the last words of a quotation, so
that one quotation told with a word dropped still meets); two claims of different
documents in one bucket are a candidate. Buckets larger than ``max_bucket`` are
skipped, so the pairs stay few.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from consistency.core.types import Claim
from consistency.structured.conflicts import quote_words
from consistency.structured.frames import SPEECH_CLASSES, Frame

__all__ = ["CAUSE_KINDS", "structured_pairs"]

# The kinds of bucket that stay small on real news: causes of one thing, one quotation.
CAUSE_KINDS = frozenset({"cause", "quote"})
QUOTE_KEY_WORDS = 4  # a quotation meets another by its first or its last four words


def _keys(f: Frame) -> set[tuple[str, ...]]:
    """What a claim states that another claim could state differently."""
    keys: set[tuple[str, ...]] = set()
    for e in f.events:
        if e.cls in SPEECH_CLASSES:
            continue
        keys |= {("count", e.cls, q.unit) for q in e.quantities if q.unit}
        if e.clocks:
            keys.add(("clock", e.cls))
    keys |= {("cause", c.effect) for c in f.causes if c.effect}
    keys |= {("counted", c.unit, c.key) for c in f.counts}
    keys |= {("site", thing) for thing, _ in f.sites}
    for words in quote_words(f.text):
        keys |= {("quote", *words[:QUOTE_KEY_WORDS]), ("quote", *words[-QUOTE_KEY_WORDS:])}
    return keys


def _polar_keys(f: Frame) -> set[tuple[tuple[str, ...], bool]]:
    """(event class, denied) of each asserted event: a denial pairs with an assertion."""
    denial = f.attribution is not None and f.attribution.negated
    return {
        (("polar", e.cls), e.negated != (denial and e.cls == f.predicate_class))
        for e in f.events
        if e.asserted and e.cls not in SPEECH_CLASSES
    }


def structured_pairs(
    claims: Sequence[Claim],
    frames: Mapping[str, Frame],
    max_bucket: int = 40,
    kinds: frozenset[str] | None = None,
) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different documents that state a count, a cause or a time of
    day of one kind of event, in document order, each pair once; ``kinds`` keeps only the
    buckets of those kinds ("cause", "quote", "count", ...; None: all)."""
    buckets: dict[tuple[str, ...], list[tuple[Claim, bool | None]]] = defaultdict(list)
    for c in claims:
        f = frames.get(c.id)
        if f is None:
            continue
        for key in _keys(f):
            if kinds is None or key[0] in kinds:
                buckets[key].append((c, None))
        for key, denied in _polar_keys(f) if kinds is None else ():
            buckets[key].append((c, denied))
    seen: set[tuple[str, str]] = set()
    out: list[tuple[Claim, Claim]] = []
    for key in sorted(buckets):
        members = buckets[key]
        if len(members) > max_bucket:
            continue
        for i, (a, pa) in enumerate(members):
            for b, pb in members[i + 1 :]:
                ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if a.doc_id == b.doc_id or ids in seen or (pa is not None and pa == pb):
                    continue  # same document, pair taken, or both assert (deny) the event
                seen.add(ids)
                out.append((a, b))
    return out
