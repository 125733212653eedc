"""Acts told only as an aim, neither done nor denied: "guidance urges public bodies not to
pay ransoms", "a worker who asked not to be named", "residents were told to stay
indoors", "the council will never contact you to ask for bank details".

Such an act is a to-infinitive under a verb of directing (``directive_heads``: urge, ask,
tell, advise ...) or the purpose of an act that is itself denied ("will never contact you
to ask"): its "not" is part of the advice, and the act is no claim that it happened or
did not. Not an aim when the head passes its negation on (``passing_heads``: "was not
allowed to return", "is not expected to reopen" say it will not): negation.py reads
those. A purpose of an act told as done ("called him to ask for money") is left to the
act's own reading.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["aim_only"]

_DIRECTIVES = news_facts.words("directive_heads")
_PASSING = news_facts.words("passing_heads")
_PURPOSE_DEPS = ("xcomp", "advcl")


def _infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def aim_only(tok) -> bool:
    """Whether the event verb ``tok`` is told only as an aim (see module)."""
    verb = tok
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "urged to pack up and leave": the leaving too
    if not (_infinitive(verb) and verb.dep_ in _PURPOSE_DEPS):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if head.pos_ not in ("VERB", "AUX") or lemma in _PASSING:
        return False
    if lemma in _DIRECTIVES:
        return True  # "urges public bodies not to pay"
    denied = any(c.dep_ == "neg" for c in head.children)
    return denied and any(c.dep_ == "dobj" for c in head.children)  # "never contact you to ask"
