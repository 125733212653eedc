"""Whether two counts can be counts of one thing: the scope checks of number conflicts.

Two claims of a folder holding many stories often count one kind of thing (people
killed, air strikes, dollars) in two events. A count conflict needs two counts of one
scope, so a pair is held apart when:

- one count is a **rate** ("seized more than 100 tonnes a year"): a yearly total is no
  count of one seizure ("seized 1.4 tonnes");
- one event lists a **breakdown** of its counted thing ("all seven attackers, three
  government soldiers and two civilians were killed"): each part counts a different
  group, and the other claim's one count ("six people were killed") is no count of any
  one of them; two breakdowns compare part by part ("186 passengers and seven crew",
  "168 passengers and a crew of seven"), and a part above the other's whole is a
  conflict ("120 passengers and eight crew", "85 people on board");
- one count's noun carries words the other's lacks and the two are **far apart**
  ("around 900 heavy goods vehicles cross the bridge each day", "around 18,000 vehicles
  a day"): the smaller counts a kind inside the whole.
"""

from __future__ import annotations

import re

from consistency.lang import load
from consistency.structured.countacts import count_year
from consistency.structured.eventslots import EventSlot
from consistency.structured.money import CURRENCIES
from consistency.structured.partperiods import part_period
from consistency.structured.quantities import Quantity, relative_gap

SCOPE_GAP = 0.9  # a vague count ("hundreds") this far (relative) from the other counts
# another scope: "two" of one execution, "hundreds" of a campaign
VAGUE_WIDTH = 1.5  # a finite range wider than this (high / low) is a vague count

__all__ = ["is_rate", "breakdown", "one_scope"]

_PERIODS = sorted(load().time.periods, key=len, reverse=True)
_RATES = load().numbers.rate_words
# "100 tonnes a year", "5,000 per month": the period a few words after the number
_RATE_AFTER = r"(?:\s+[\w-]+){0,3}?\s+(?:" + "|".join(map(re.escape, _RATES)) + (
    r")\s+(?:" + "|".join(map(re.escape, _PERIODS)) + r")s?\b")


def is_rate(q: Quantity, text: str) -> bool:
    """Whether ``q`` is told per period in ``text`` ("more than 100 tonnes a year")."""
    if not q.text:
        return False
    return re.search(re.escape(q.text) + _RATE_AFTER, text, flags=re.IGNORECASE) is not None


def _joined(x: Quantity, y: Quantity, text: str) -> bool:
    """Whether ``text`` coordinates the two counts ("seven attackers, three soldiers and
    two civilians", "186 passengers and seven crew")."""
    gap = r"(?:\s+[\w'-]+){0,4}?\s*(?:,|\band\b)\s*(?:[\w'-]+\s+){0,3}?"
    return any(re.search(re.escape(p.text) + gap + re.escape(q.text), text, re.IGNORECASE)
               for p, q in ((x, y), (y, x)))


def breakdown(q: Quantity, text: str, events: tuple[EventSlot, ...]) -> bool:
    """Whether ``q`` is one of several coordinated counts of one event: a part of a
    whole ("eight soldiers and 107 militants were killed")."""
    return any(q in e.quantities and any(
        o.text != q.text and o.unit and _joined(q, o, text) for o in e.quantities)
        for e in events)


def one_scope(qa: Quantity, a, qb: Quantity, b) -> bool:
    """Whether ``qa`` (of frame ``a``) and ``qb`` (of frame ``b``) can count one thing of
    one event: neither a rate, nor two amounts of two named things, nor a vague count
    ten times the other or a tenth of it, and both or neither
    part of a breakdown, unless the part exceeds the whole."""
    if is_rate(qa, a.text) or is_rate(qb, b.text):
        return False
    if count_year(qa, a.text) != count_year(qb, b.text):
        return False  # countacts.py: a count of a past year's event
    if part_period(qa, a.text) != part_period(qb, b.text):
        return False  # partperiods.py: "140 were cancelled today alone", a part
    if qa.unit in CURRENCIES and _other_things(qa, a, qb, b):
        return False
    if (_vague(qa) or _vague(qb)) and relative_gap(qa, qb) >= SCOPE_GAP:
        return False  # "executed two women", "executed hundreds of people": two scopes
    if relative_gap(qa, qb) >= SCOPE_GAP and _kind_inside(qa, a.text, qb, b.text):
        return False  # "900 heavy goods vehicles" of "18,000 vehicles": a kind of them
    part_a, part_b = breakdown(qa, a.text, a.events), breakdown(qb, b.text, b.events)
    if part_a == part_b:
        return True
    part, whole = (qa, qb) if part_a else (qb, qa)
    return part.low > whole.high  # a part above the whole: "120 passengers and eight
    # crew" and "85 people on board"


def _noun_words(q: Quantity, text: str) -> frozenset[str] | None:
    """The words between the number and its counted noun ("900 heavy goods vehicles" ->
    heavy, goods), or None where the noun is not written after it."""
    if not q.text or not q.unit:
        return None
    m = re.search(re.escape(q.text) + r"((?:\s+[a-z][\w-]*){0,3}?)\s+" + re.escape(q.unit)
                  + r"(?:s|es)?\b", text)
    return frozenset(m.group(1).split()) if m else None


def _kind_inside(qa: Quantity, a_text: str, qb: Quantity, b_text: str) -> bool:
    """Whether one count's noun is the other's with more words before it: a kind of the
    thing counted ("heavy goods vehicles", "vehicles")."""
    wa, wb = _noun_words(qa, a_text), _noun_words(qb, b_text)
    return wa is not None and wb is not None and wa != wb and (wa < wb or wb < wa)


def _other_things(qa: Quantity, a, qb: Quantity, b) -> bool:
    """Whether the events of two amounts both name what they are about and share none
    of it: "the stainless steel version will start at $500" and "straps to start in a
    $29 to $35 range" price two things."""
    a_text, b_text = a.text, b.text
    ha = {h for e in a.events if qa in e.quantities for h in e.heads}
    hb = {h for e in b.events if qb in e.quantities for h in e.heads}
    if not (ha and hb) or ha & hb:
        return False
    # coordination hides a head ("a full refund and a $250 travel voucher"): a head
    # that the other claim names anywhere is shared
    return not (_told(ha, b_text) or _told(hb, a_text))


def _told(heads: set[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(h)}", text, re.IGNORECASE) for h in heads)


def _vague(q: Quantity) -> bool:
    """A count told as an order of size ("hundreds", "dozens"): a wide finite range."""
    return q.low > 0 and q.high != float("inf") and q.high > VAGUE_WIDTH * q.low
