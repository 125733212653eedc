"""The two plainest marks of a denial, shared by the readings that need only them (and
re-exported by negation.py, whose fuller ``negated`` reads many more wordings):

- ``has_neg``: a "not" / "n't" on the word itself ("will not offer", "did not hold");
- ``under_no``: a noun under a negating determiner ("no remote lessons", "no group").

Kept apart from negation.py so that besides.py, which negation.py imports, can share them.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["has_neg", "under_no"]

_NEG_DETS = news_facts.words("negating_determiners")


def has_neg(tok) -> bool:
    """Whether ``tok`` carries a negation of its own ("not", "n't", "never")."""
    return any(c.dep_ == "neg" for c in tok.children)


def under_no(noun) -> bool:
    """Whether ``noun`` stands under a negating determiner ("no", "neither" as listed)."""
    return any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in noun.children)
