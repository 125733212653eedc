"""People aboard a conveyance, whatever the wording: "There were 21 passengers on the
double-decker", "Seventeen passengers were aboard at the time", "a bus carrying 17
passengers", "the plane had 180 people on board", "45 people were on the ferry".

A count of people is a count of those aboard (key ``aboard``) when it is the subject or
complement of "be" with "aboard", "on board" or a preposition of place whose object is a
conveyance (``conveyances``, the object's compounds and appositions read too: "the route
14 double-decker"), or the object of a verb of holding (``holding_verbs``) whose holder, its
subject or the noun it describes, is a conveyance or that has "on board" / "aboard". Two
sources counting those aboard count one group (numberclash.count_pairs), whichever verb
they hang the count on; "200 people on the street" or "a school with 400 pupils" are no
such count.

People moved by a conveyance, told in the passive with it as the doer ("six crew were taken
off by the lifeboat", "nine were lifted off by the lifeboat", "brought ashore by the
lifeboat", "12 were airlifted by helicopter"), are one group whichever verb of moving a
source picks: their key is the conveyance (:func:`conveyed_key`).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import slot

__all__ = ["ABOARD", "aboard_key", "conveyed_key"]

ABOARD = "aboard"
_CONVEYANCES = news_facts.words("conveyances")
_HOLDING = news_facts.words("holding_verbs")
_PLACE_PREPS = frozenset({"on", "in", "aboard", "inside", "onboard"})
_ON_BOARD = frozenset({"aboard", "onboard"})


def _conveyance(noun) -> bool:
    """The noun, or a compound or apposition of it, names a conveyance."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos"))]
    return any(w.lemma_.lower() in _CONVEYANCES or w.lower_ in _CONVEYANCES for w in words)


def _on_board(t) -> bool:
    """"aboard", "on board", "aboard the ferry", "on the bus" among ``t``'s children."""
    for c in t.children:
        if c.lower_ in _ON_BOARD and c.dep_ in ("advmod", "prep", "prt", "acomp"):
            return True
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if any(g.lower_ == "board" or _conveyance(g) for g in objs):
                return True
    return False


def aboard_key(verb, noun) -> str | None:
    """``ABOARD`` when the people ``noun`` counts are told aboard a conveyance by
    ``verb`` (see the module docstring), else None."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and noun.dep_ in ("nsubj", "attr"):
        return ABOARD if _on_board(verb) or _on_board(noun) else None
    if lemma in _HOLDING and noun.dep_ == "dobj":
        holder = verb.head if verb.dep_ in ("acl", "relcl") else next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if (holder is not None and _conveyance(holder)) or _on_board(verb) or _on_board(noun):
            return ABOARD
    return None


def conveyed_key(verb) -> str | None:
    """"by <conveyance>" when the passive ``verb`` has a conveyance for its doer ("taken
    off by the Tarnwick lifeboat": "by lifeboat"), else None."""
    g = slot(verb, "by")
    if g is None or g.pos_ != "NOUN" or not _conveyance(g):
        return None
    return f"by {g.lemma_.lower()}"
