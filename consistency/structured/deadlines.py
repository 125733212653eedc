"""A time told as a deadline is a bound, never the time an event happened: in "no group
had claimed responsibility for the attack by Tuesday evening" Tuesday evening dates
neither the attack nor the claiming; "power had been restored by Wednesday morning"
agrees with "restored on Tuesday" (it only says no later than); so "the firm had not
paid by the end of March" and "police had made no arrest by midnight". A time or a time
of day under "by" (before any verb) is kept from every event's times (eventslots.py).
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
