"""Counts of two groups in one event: "a total of 27 people were treated by medics" and
"nine people were taken to hospital" count the treated and the hospitalised of one crush.

Two events of one class (treated, taken to hospital: both harm) are compared by their
counts; when each count is held by a count slot (counts.py) and the slots' keys differ,
the numbers count what different groups did or underwent, not one group twice.
"""

from __future__ import annotations

from consistency.structured.frames import Frame
from consistency.structured.quantities import Quantity

__all__ = ["other_groups"]


def _keys(q: Quantity, f: Frame) -> set[str]:
    return {c.key for c in f.counts if c.quantity == q and c.unit == q.unit}


def other_groups(qa: Quantity, a: Frame, qb: Quantity, b: Frame) -> bool:
    """Whether ``qa`` and ``qb`` count groups under different count keys (see module)."""
    ka, kb = _keys(qa, a), _keys(qb, b)
    return bool(ka and kb and not ka & kb)
