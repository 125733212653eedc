"""Times of a kept state: in "the park stayed shut on Sunday", "Thornvale kept its gates
shut on Sunday" the parser hangs "on Sunday" on the state word ("shut"), which is an event
of its own; the time is the state verb's, the (no) reopening of ``state_negates``, as in
"will remain closed on Sunday" where it hangs on the verb."""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import kept_clause
from consistency.structured.venues import TIME_LABELS

__all__ = ["state_word_times"]

_STATE_VERBS = news_facts.words("state_verbs")
_STATE_NEGATES = news_facts.data().get("state_negates") or {}


def state_word_times(tok, heads: set[int]) -> set[int]:
    """The token indices of the time phrases on ``tok`` when it is the state word of a
    state verb that is an event (``heads``): they move to the verb."""
    head = tok.head
    if head.i not in heads or head.lemma_.lower() not in _STATE_VERBS:
        return set()
    if tok.lower_ not in _STATE_NEGATES or not (
            tok.dep_ in ("acomp", "oprd", "ccomp", "xcomp") or kept_clause(tok)):  # fmt: skip
        return set()
    return {w.i for c in tok.children if c.dep_ in ("prep", "npadvmod")
            and any(w.ent_type_ in TIME_LABELS for w in c.subtree) for w in c.subtree}
