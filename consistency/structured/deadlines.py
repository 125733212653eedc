"""A time told as a deadline is a bound, never the time an event happened: in "no group
had claimed responsibility for the attack by Tuesday evening" Tuesday evening dates
neither the attack nor the claiming; "power had been restored by Wednesday morning"
agrees with "restored on Tuesday" (it only says no later than); so "the firm had not
paid by the end of March" and "police had made no arrest by midnight". A time or a time
of day under "by" (before any verb) is kept from every event's times (eventslots.py).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["shared_deadline", "under_limit"]

_BY = frozenset({"by"})


def shared_deadline(tok) -> bool:
    """Whether the time word ``tok`` sits under a "by" before any verb: a deadline."""
    return under_limit(tok, lambda t: t.pos_ in ("VERB", "AUX"))


def under_limit(tok, stop: Callable, words: frozenset[str] = _BY) -> bool:
    """Whether ``tok`` sits under a preposition of ``words`` ("by", "until": a limit, no
    time the event happened) before the first of its ancestors that ``stop`` accepts."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("prep", "agent") and t.lower_ in words:
            return True
        if stop(t):
            return False
    return False
