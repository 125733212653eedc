"""A present progressive that tells a plan: "DOC is closing the Saddle route for at least
two weeks" is what "DOC will close the route" tells, and so clashes with "the route would
remain open" and "had no plans to close the track".

A verb is a planned act when it is a present progressive ("is closing", "are shutting":
a present form of "be" and the verb's -ing form) that acts on an object and is held for a
span ahead: a "for" phrase whose object is a unit of time (``plan_span_units``: "for at
least two weeks", "for a month") or an "until" phrase (``plan_until_preps``: "until further
notice"). Silent for an act going on now with no span ("crews are battling the blaze"),
a past progressive ("was closing") and a span behind ("has been closed for two weeks").
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["progressive_plan"]

_UNITS = news_facts.words("plan_span_units")
_UNTIL = news_facts.words("plan_until_preps")
_PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})


def progressive_plan(tok) -> bool:
    """Whether the verb ``tok`` is a present progressive held for a span ahead."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in tok.children):
        return False
    return any(_span_ahead(p) for p in tok.children if p.dep_ == "prep")


def _span_ahead(prep) -> bool:
    """"for at least two weeks", "for a month", "until further notice"."""
    if prep.lower_ in _UNTIL:
        return True
    return prep.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _UNITS for g in prep.children)
