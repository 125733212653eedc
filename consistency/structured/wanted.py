"""Acts asked for or given room, not told as done: "campers have been asked to leave the
park by 6pm", "residents were urged to stay indoors", "more time to leave the arena".

Such an act is a to-infinitive under a verb of directing (``directive_heads``: asked,
told, urged, allowed to ...), under a noun ("time to leave", "a chance to vote") or told
as a purpose ("closed the road to let crews work"). Its time is the deadline of a
request, not when it happened: a time of day elsewhere in the sentence belongs to the
asking ("the changes we made this morning gave people time to leave"), and a wanted act
is no rival to a time the same act was told to happen at ("left the stage late on
Saturday"). "The last fan to leave the stadium" (a superlative or an
ordinal on the noun) tells of a leaving that happened, and is not wanted.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["wanted"]

_DIRECTIVES = news_facts.words("directive_heads")


def _infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _ranked(noun) -> bool:
    """"The first to leave", "the last fan to leave": one that did leave."""
    return noun.tag_ == "JJS" or noun.ent_type_ == "ORDINAL" or any(
        c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children)


def wanted(tok) -> bool:
    """Whether the event verb ``tok`` is an act asked for or given room (see module)."""
    verb = tok
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "asked to pack up and leave": the leaving too
    if not (_infinitive(verb) or _infinitive(tok)):
        return False
    if verb.dep_ == "advcl":
        return True  # a purpose: "closed the road to let crews work"
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN"):
        return verb.dep_ in ("acl", "relcl") and not _ranked(head)
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _DIRECTIVES
