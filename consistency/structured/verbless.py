"""The subject of a verb the parser hung under a noun: "The outage hit shortly after 5.40pm"
is parsed as the noun "outage" (the root) with "hit" a modifier of it, so the verb has no
subject and the outage no time. When a sentence's root is a noun and the verb hanging on it
has no subject, no by-agent and no passive auxiliary of its own, the noun is what the verb
tells of ("the outage hit", "the blaze broke out", "the storm struck"), a named root too
("The Sela Morgen, a grain carrier, grounded at 11.40pm": the ship grounded); "the man
hit by a car" (a by-agent) and "a man hit" under a verb (not the root) keep their parse.
"""

from __future__ import annotations

_NOUNS = frozenset({"NOUN", "PROPN"})  # "The Sela Morgen, a grain carrier, grounded at"
_OWN_ARGS = frozenset({"nsubj", "nsubjpass", "agent", "auxpass", "aux", "mark"})


def rootless_subject(tok):
    """The root noun ``tok`` modifies when the parser lost the sentence's main verb, else None."""
    head = tok.head
    if tok.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in _NOUNS or head.i > tok.i:
        return None
    if any(c.dep_ in _OWN_ARGS for c in tok.children):
        return None
    return head
