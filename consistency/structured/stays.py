"""How long someone was out, alone or lost, whatever the sentence hangs the span on:
"spent four nights in the bush" is a count of nights under the key of its verb
("spend"); "Five nights alone in that country, injured, ... is no joke" (a verbless
fragment), "was found after four nights alone in the bush" and "After four nights out in
those conditions" tell the same span with no verb of spending. Each of those gives a
:class:`~consistency.structured.counts.CountSlot` of the unit of time and the key
``STAY``, so that the count checks compare them with "spent five nights".

A count is a stay when it counts a unit of time (``stay_units``) that a marker of being
out (``stay_markers``: "alone", "out", "missing") modifies and it is no object of a verb
(those are counted under their verb by counts.py). Silent for a span with no marker ("a
search lasting three days", "after two days of talks") and for a part ("a further two
nights", ``increment_before``).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import INCREMENT_WORDS, number_token

__all__ = ["STAY", "stay_counts", "stays_differ"]

STAY = "spend"  # the key "spent four nights" gets from its verb (counts._count_key)
_MARKERS = news_facts.words("stay_markers")
_UNITS = news_facts.words("stay_units")


def stay_counts(doc, qspans, make_slot) -> tuple:
    """A ``make_slot(unit, STAY, quantity)`` per count of a unit of time marked as a stay
    out, from the quantities ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in _UNITS or num.dep_ != "nummod":
            continue
        span = num.head
        if span.dep_ in ("dobj", "nsubj", "nsubjpass") or not _marked(span):
            continue
        if any(c.lower_ in INCREMENT_WORDS for c in span.children):
            continue
        out.append(make_slot(q.unit, STAY, q))
    return tuple(out)


def _marked(span) -> bool:
    """Whether a marker of being out modifies the span ("nights alone", "nights out") or
    the span measures one ("three days adrift"), or the span is a verb of spending's
    adverb that the tagger took for no object ("spent five days at sea")."""
    if span.dep_ == "npadvmod" and (span.head.lower_ in _MARKERS or span.head.lemma_ == STAY):
        return True
    return any(c.lower_ in _MARKERS and c.dep_ in ("amod", "advmod", "prt")
               for c in span.children)  # fmt: skip


def stays_differ(a, b) -> bool:
    """Whether two frames give a stay out two exact spans of one unit of a stay ("Five
    nights alone", "spent four nights"): a pair worth comparing though the claims share no
    name; years spent ("spent six years developing") are no stay out."""
    return any(x.unit == y.unit and x.unit in _UNITS and x.quantity.exact
               and y.quantity.exact and x.quantity.low != y.quantity.low
               for x in a.counts if x.key == STAY for y in b.counts if y.key == STAY)  # fmt: skip
