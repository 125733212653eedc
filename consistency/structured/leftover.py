"""Counts of those still in a state: "around nine thousand homes are still without power
this morning" counts those left, an update, not the "112,000 properties that lost power";
its count key is kept apart (structured/counts.py) so the two are not compared, while two
updates ("still without power", "still off supply") are. Data: news_facts ``still_words``.
"""

from __future__ import annotations

from consistency.structured import news_facts

_STILL = news_facts.words("still_words")


def left_key(verb, key: str | None) -> str | None:
    """``key`` marked as a count of those left when "still" modifies ``verb``."""
    if key and any(c.dep_ == "advmod" and c.lower_ in _STILL for c in verb.children):
        return f"{key} still"
    return key
