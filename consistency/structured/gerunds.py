"""A verb whose complement is a gerund: "the wheel stopped turning", "the pumps stopped
working", "the lift stopped moving".

Such a verb tells its own event of the gerund's doing (a stopping), not a plan or a wish
as "refused to pay" does, so it keeps its own class (eventclass.py); and the time and
place phrases the parser hangs on the gerund ("stopped turning at about 6.40pm") are the
verb's too, as the stopping is when the turning stopped (eventslots.py); the gerund keeps
them ("began vomiting on Monday" times the onset of sickness).
"""

from __future__ import annotations

__all__ = ["gerund_only", "gerund_phrases"]

_PHRASES = ("prep", "npadvmod")


def gerund_only(tok) -> bool:
    """Whether ``tok``'s complements are all bare gerunds ("stopped turning"), not
    infinitives ("refused to pay") or clauses with an auxiliary."""
    comps = [c for c in tok.children if c.dep_ == "xcomp"]
    return bool(comps) and all(c.tag_ == "VBG" and not any(
        a.dep_ in ("aux", "auxpass", "nsubj") for a in c.children) for c in comps)  # fmt: skip


def gerund_phrases(tok, heads: set[int]) -> set[int]:
    """The token indices of the phrases on ``tok`` when it is the bare gerund complement
    of an event verb (in ``heads``) of :func:`gerund_only`: that verb shares them."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i not in heads or not gerund_only(head):
        return set()
    return {w.i for c in tok.children if c.dep_ in _PHRASES for w in c.subtree}
