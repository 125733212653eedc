"""Two shapes of a denial of participants that the plain "no"/"nobody" reading misses or
over-reads.

``neither_nor``: "Neither the driver nor any of the passengers was injured", "the blast
injured neither the pilot nor his passenger", "neither guard was hurt": a participant
under "neither" (a pre-conjunction, a determiner, the pronoun) is no one, so the event is
denied of all of them.

``besides_only``: "No one else was hurt", "no other injuries were reported", "nobody
besides the driver was hurt", "no further shots were fired": a denial of participants
beyond those already told, which says some were. Such a claim neither asserts nor denies
the event as a whole, so it is no polar opposite of "a passenger was treated for shock".
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.negwords import under_no
from consistency.structured.quantities import INCREMENT_WORDS

__all__ = ["besides_only", "neither_nor"]

_NEITHER = news_facts.words("neither_words")
_NEG_PRONOUNS = news_facts.words("negating_pronouns")
_BESIDES = news_facts.words("besides_words") | INCREMENT_WORDS
_BESIDES_PREPS = news_facts.words("besides_prepositions")
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj")


def neither_nor(part) -> bool:
    """Whether the participant ``part`` is under "neither": "Neither the driver nor ...",
    "neither guard", "neither of the guards"."""
    if part.lower_ in _NEITHER:
        return True
    return any(c.dep_ in ("preconj", "det") and c.lower_ in _NEITHER for c in part.children)


def _no_one(part) -> bool:
    """"nobody", "no one", "none", "no injuries": a participant told as none."""
    if part.lower_ in _NEG_PRONOUNS:
        return True
    return under_no(part)


def _set_aside(part) -> bool:
    """"else", "other", "further" on the participant, or "besides / apart from / other
    than the driver" hung on it."""
    for c in part.children:
        if c.lower_ in _BESIDES and c.dep_ in ("advmod", "amod", "det"):
            return True
        if c.dep_ == "prep" and c.lower_ in _BESIDES_PREPS:
            return True
        if c.dep_ in ("amod", "advmod") and c.lower_ in ("apart", "other") and any(
                g.dep_ == "prep" for g in c.children):  # fmt: skip
            return True  # "no one apart from / other than the driver"
    return False


def besides_only(tok) -> bool:
    """Whether the event ``tok`` is denied only of participants beyond those told: its
    subject or object (or the event noun itself: "no other injuries") is none and set
    aside ("else", "other", "besides the driver")."""
    parts = [c for c in tok.children if c.dep_ in _PARTICIPANTS]
    if tok.pos_ in ("NOUN", "PROPN"):
        parts.append(tok)
    return any(_no_one(p) and _set_aside(p) for p in parts)
