"""Events a sentence tells without claiming them either way, so that no polarity check
sets them against another source's word.

- **Relayed rumours**: the event is what a rumour, a hoax or an unconfirmed report says
  ("rumours that the actor died spread online", "the actor has died again, according to a
  death hoax", "unconfirmed reports say the singer was found dead"). A debunk repeats the
  rumour it debunks; the rumour's event is not the source's claim. A rumour that is itself
  denied or called false ("reports that X died were false", "denied rumours that ...") is
  read by the denial checks, not here.
- **Attempts**: "police are still trying to trace the victim" tells no tracing, nor its
  failure.
- **Absences over a span**: "has not been seen in public since 3 September", "has not
  been seen in more than a month" say nothing against "was last seen on 3 September" or
  "was seen on Friday": the negation covers a stretch of time, not the event.
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import DENY_VERBS

__all__ = ["absent_since", "attempted", "relayed_rumour"]

_RUMOURS = news_facts.words("rumour_nouns")
_DOUBTED = news_facts.words("doubted_report_nouns")
_DOUBTS = news_facts.words("doubt_adjectives")
_SINCE = news_facts.words("since_words")
_WAIT_SPANS = news_facts.words("wait_spans")
_DENYING = DENY_VERBS | frozenset(load().grammar.negating_heads)
_FALSITY = news_facts.words("falsity_words")
_ATTEMPTS = news_facts.words("attempt_verbs")


def attempted(tok) -> bool:
    """The event is what an attempt aims at: "are trying to trace the victim"."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ATTEMPTS


def _rumour(tok) -> bool:
    """A rumour noun ("rumours", "the hoax"), or a report doubted by its adjective
    ("unconfirmed reports", "a fake story")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in _RUMOURS or (lemma in _DOUBTED and any(
        c.dep_ == "amod" and c.lower_ in _DOUBTS for c in tok.children))


def _rejected(tok) -> bool:
    """The rumour is denied or called false: the denial checks read it."""
    head = tok.head
    if head.lemma_.lower() in _DENYING | _FALSITY:
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in _FALSITY
        for c in head.children)


def relayed_rumour(tok) -> bool:
    """Whether the event at ``tok`` is told only as what a rumour or doubted report says:
    under a rumour noun ("rumours that he died"), a verb whose subject is one ("a rumour
    claims that ...", "unconfirmed reports say ..."), or "according to" one."""
    for t in (tok, *tok.ancestors):
        if t is not tok and _rumour(t):
            return not _rejected(t)
        for c in t.children:
            if c.dep_ == "nsubj" and t is not tok and _rumour(c):
                return not _rejected(c)
            if c.dep_ == "prep" and c.lower_ == "according":
                told = [g for p in c.children for g in p.children if g.dep_ == "pobj"]
                if any(_rumour(g) for g in told):
                    return True
    return False


def absent_since(tok) -> bool:
    """A negated event over a span: "has not been seen since 3 September", "has not been
    seen in public in almost a month" (a time after which, or a length over which, it did
    not happen)."""
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in _SINCE:
            return True
        if prep.lower_ in ("in", "for") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _WAIT_SPANS for g in prep.children):
            return True
    return False
