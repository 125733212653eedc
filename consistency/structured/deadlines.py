"""A time told as a deadline of one act dates no other event of the sentence: in "no
group had claimed responsibility for the attack by Tuesday evening" Tuesday evening
bounds the claiming, not the attack; so in "the firm had not paid the bill by the end of
March" and "police had made no arrest over the stabbing by midnight". A time under
"by" that belongs to no event's own words is kept from the sentence's other events
(eventslots.py); the act it bounds keeps it.
"""

from __future__ import annotations

__all__ = ["shared_deadline"]


def shared_deadline(tok) -> bool:
    """Whether the time word ``tok`` sits under a "by" before any verb: a deadline."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("prep", "agent") and t.lower_ == "by":
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False
