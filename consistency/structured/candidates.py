"""Candidate pairs the structured checks ask for, whatever the embeddings say.

Nearest-neighbour pairing misses two claims that tell one fact in different words ("Six
passengers died" and "the death toll rose to nine"): their sentences are far apart in
embedding space though the frames compare directly. Claims are bucketed by what they
count (event class and unit), what cause they give (the caused thing), what time of day
they give (event class) and which event they assert or deny (an assertion pairs with a
denial only); two claims of different documents in one bucket are a candidate. Buckets
larger than ``max_bucket`` are skipped, so the pairs stay few.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from consistency.core.types import Claim
from consistency.structured.frames import SPEECH_CLASSES, Frame

__all__ = ["structured_pairs"]


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
    return keys


def _polar_keys(f: Frame, whole: bool = False) -> set[tuple[tuple[str, ...], bool]]:
    """(event class, denied) of each asserted event: a denial pairs with an assertion;
    with ``whole`` only denials of the event as a whole ("no deaths have been reported")."""
    denial = f.attribution is not None and f.attribution.negated
    out = set()
    for e in f.events:
        if not e.asserted or e.cls in SPEECH_CLASSES:
            continue
        denied = e.negated != (denial and e.cls == f.predicate_class)
        if not (whole and denied and not e.whole_denial):
            out.add((("polar", e.cls), denied))
    return out


def structured_pairs(
    claims: Sequence[Claim], frames: Mapping[str, Frame], max_bucket: int = 40,
    denials_only: bool = False,
) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different documents that state a count, a cause or a time of
    day of one kind of event, or assert and deny one kind of event (only those with
    ``denials_only``), in document order, each pair once."""
    buckets: dict[tuple[str, ...], list[tuple[Claim, bool | None]]] = defaultdict(list)
    for c in claims:
        f = frames.get(c.id)
        if f is None:
            continue
        for key in () if denials_only else _keys(f):
            buckets[key].append((c, None))
        for key, denied in _polar_keys(f, whole=denials_only):
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
