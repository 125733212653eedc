"""Counts of those still in a state: "around nine thousand homes are still without power
this morning" counts those left, an update, not the "112,000 properties that lost power";
its count key is kept apart (structured/counts.py) so the two are not compared, while two
updates ("still without power", "still off supply") are. A count in a clause of being of
its own, joined to an event's verb ("six were treated, and two were still there"), is
none of the event's (structured/eventslots.py). Data: news_facts ``still_words``.
"""

from __future__ import annotations

from consistency.structured import news_facts

_STILL = news_facts.words("still_words")
_HOLDING = news_facts.words("being_verbs") | news_facts.words("state_verbs")


def left_key(verb, key: str | None) -> str | None:
    """``key`` marked as a count of those left when "still" modifies ``verb``."""
    if key and any(c.dep_ == "advmod" and c.lower_ in _STILL for c in verb.children):
        return f"{key} still"
    return key


def held_apart(num, event) -> bool:
    """Whether the number ``num`` is the subject of a verb of being joined to the verb
    ``event`` as a clause of its own: "The six were treated at X, and two were still
    there on Monday" counts those in the later state (those left), none of the treated."""
    verb = num.head
    return (num.dep_ == "nsubj" and verb.i != event.i and verb.dep_ == "conj"
            and verb.head.i == event.i and verb.lemma_.lower() in _HOLDING)  # fmt: skip
