"""How many times one act was done: "after not one but two full recounts" against
"following one full recount", "the single full recount took two hours"; "two raids on
the depot" against "a single raid"; "at the third attempt" is no count.

A firm count of a noun of ``occasion_nouns`` (a noun that names one doing of an act) is
how often the act was done, whatever verb the claim hangs it on, so two claims of one
story that count one such noun differently disagree. A claim counting the noun twice
over ("not one recount but two") or with an increment ("a further two recounts") tells
no single figure and is left out.
"""

from __future__ import annotations

import re

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.quantities import INCREMENT_WORDS, Quantity

__all__ = ["repeat_counts", "repeat_signals", "repeats_differ"]

_OCCASIONS = news_facts.words("occasion_nouns")


def repeat_counts(f) -> dict[str, Quantity]:
    """The claim's (frame's) one firm count of each occasion noun, by unit."""
    found: dict[str, list[Quantity]] = {}
    for q in (*f.quantities, *(q for e in f.events for q in e.quantities),
              *(c.quantity for c in f.counts)):  # fmt: skip
        if q.unit in _OCCASIONS and q.exact and q.low >= 1 and not _increment(q, f.text):
            found.setdefault(q.unit, [])
            if all(x.low != q.low for x in found[q.unit]):
                found[q.unit].append(q)
    return {unit: qs[0] for unit, qs in found.items() if len(qs) == 1}


def _increment(q: Quantity, text: str) -> bool:
    m = re.search(rf"(\w+)\s+{re.escape(q.text)}\s+(\w+)", text)
    return m is not None and bool({m.group(1).lower(), m.group(2).lower()} & INCREMENT_WORDS)


def repeats_differ(a, b) -> bool:
    """Whether the claims count one occasion noun differently (:func:`repeat_counts`)."""
    ra, rb = repeat_counts(a), repeat_counts(b)
    return any(ra[u].low != rb[u].low for u in ra.keys() & rb.keys())


def repeat_signals(a, b, one_story, score: float, weight: float, la: str, lb: str
                   ) -> list[Signal]:  # fmt: skip
    """A number signal for one act done a different number of times, when ``one_story()``
    says the claims may tell one story."""
    ra, rb = repeat_counts(a), repeat_counts(b)
    units = sorted(u for u in ra.keys() & rb.keys() if ra[u].low != rb[u].low)
    if not units or not one_story():
        return []
    u = units[0]
    return [Signal("number", score, f"{u}: {ra[u].text} ({la}) vs {rb[u].text} ({lb})",
                   weight)]  # fmt: skip
