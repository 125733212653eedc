"""A halt held for a span ahead is a plan not to resume: "Skylark has suspended all
passenger flights for the rest of the season", "the operator halted services until
further notice", "the airline grounded its fleet for at least a month" tell what "flights
will not resume this season" tells, and so clash with "flights would resume as normal
next weekend" (as "the shop will stay shut until further notice" clashes with "will
reopen on Saturday").

A verb of ``halting_verbs`` with an object (or a passive subject) and a span ahead (a
"for" phrase whose object is a unit of time, ``plan_span_units``, or what is left of a
period, ``remainder_words``: "for the rest of the season"; or an open-ended "until",
``open_ended``: "until further notice") is an event of the class ``halt_denies`` (the
resumption), denied, and a plan. Silent for a halt with no span ("services were
suspended on Monday": it may have resumed since), a halt up to a day ("suspended until
Friday": it resumes then), a halt told as not done ("did not suspend") and a person
suspended ("he is suspended for six months": no service).
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["halted_for"]

_HALTING = news_facts.words("halting_verbs")
_DENIES = str(news_facts.data().get("halt_denies") or "")
_UNITS = news_facts.words("plan_span_units")
_REMAINDER = news_facts.words("remainder_words")
_SPANS = _UNITS | _REMAINDER
_UNTIL = news_facts.words("plan_until_preps")
_OPEN_ENDED = news_facts.words("open_ended")
_PERSONS = news_facts.kind_nouns("person")


def _span_ahead(prep) -> bool:
    """"for the rest of the season", "for at least two weeks", "until further notice"."""
    if prep.lower_ in _UNTIL:
        words = " ".join(t.lower_ for t in prep.subtree)
        return any(phrase in words for phrase in _OPEN_ENDED)
    return prep.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SPANS for g in prep.children)


def _person(tok) -> bool:
    """A pronoun, a name or a person noun: someone suspended, not a service."""
    return tok.pos_ in ("PRON", "PROPN") or bool(tok.ent_type_) or (
        tok.lemma_.lower() in _PERSONS)


def halted_for(tok) -> str | None:
    """The class of the event a halting verb held for a span ahead denies (the
    resumption), else None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HALTING or not _DENIES:
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None  # "did not suspend flights": no claim about resuming
    halted = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if not halted or any(_person(h) for h in halted):
        return None  # "the pilot paused"; "he is suspended for six months": no service
    preps = [c for h in (tok, *halted) for c in h.children if c.dep_ == "prep"]
    return _DENIES if any(_span_ahead(p) for p in preps) else None  # "flights for the season"
