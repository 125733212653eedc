"""How much slack a hedged precise count leaves: "some 12,400 homes" already spans
11,160..13,640 through its hedge; widening it again by the number tolerance would make it
agree with "14,200 properties", a count given to the hundred by another source.

A hedge on a number written to three or more significant figures ("some 12,400",
"around 3,250") carries the whole slack; round hedged numbers ("about 30", "some
2,000") keep the configured tolerance on top against an exact count, since a writer
rounds them further; two hedged counts ("some 45,000", "around 35,000") have their
hedges' slack and no more, and so do a hedged count and an open bound ("around 120
guests", "more than 150 guests").
"""

from __future__ import annotations

import re

from consistency.structured.quantities import Quantity

PRECISE_FIGURES = 3  # significant figures from which a written count is told precisely
HEDGE_WIDTH = 1.5  # a hedged count's high at most this times its low ("about 30")
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures(text: str) -> int:
    """Significant figures of the numeral in ``text`` ("12,400" -> 3), 0 when none."""
    m = _NUMERAL.search(text)
    if m is None:
        return 0
    digits = m.group(0).replace(",", "").replace(".", "").lstrip("0")
    return len(digits.rstrip("0"))


def _hedged(q: Quantity) -> bool:
    """A count told as one hedged number ("about 30", "around 120"): a narrow finite
    range, not a vague order of size ("dozens")."""
    return not q.exact and q.low > 0 and q.high <= HEDGE_WIDTH * q.low


def _bound(q: Quantity) -> bool:
    """An open lower bound ("more than 150", "at least 40")."""
    return q.high == float("inf") and q.low > 0


def hedge_is_slack(qa: Quantity, qb: Quantity) -> bool:
    """Whether the hedges alone are the slack between the two: both hedged ("some
    45,000", "around 35,000": each range already widened), or one a hedged precise numeral
    ("some 12,400") and the other an exact count, or one a hedged count ("around 120")
    and the other an open bound ("more than 150"): the bound tells no rounding of its
    own, and the hedge's range is already the writer's."""
    if not (qa.exact or qb.exact) and max(qa.high, qb.high) < float("inf"):
        return True
    if any(_hedged(x) and _bound(y) for x, y in ((qa, qb), (qb, qa))):
        return True
    return any(not x.exact and y.exact and x.high < float("inf")
               and _figures(x.text) >= PRECISE_FIGURES
               for x, y in ((qa, qb), (qb, qa)))  # fmt: skip

