"""Happenings a claim takes as having happened: "flames were seen coming from the left
engine" (a fire), "there was an explosion", "the blast shook the town".

A happening noun (``same_happening`` in lang/en/news_facts.yaml) that is the subject of an
asserted verb, what "there was" introduces or what a witness perceived ("saw flames")
happened; so did a cause that is a
happening ("a methane explosion triggered the collapse", read in causes.py). Another
source's denial of that happening as a whole ("there was no fire", "found no sign of an
explosion") contradicts it, whatever the happening is.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, is_question, modal, under_denial

__all__ = ["asserted_happenings", "happening_name"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WITNESSING = news_facts.words("witnessing_verbs")


def happening_name(lemma: str) -> str | None:
    """One name per happening ("blaze", "flame" and "fire" are one fire), else None."""
    return HAPPENING.get(lemma.lower())


def asserted_happenings(doc) -> tuple[str, ...]:
    """Names of the happenings the sentence says took place: the subject of a verb told
    as fact (not negated, hedged, planned, conditional or asked), or the noun after an
    existential "there was"."""
    if is_question(doc):
        return ()
    out: dict[str, None] = {}
    for tok in doc:
        name = happening_name(tok.lemma_) if tok.pos_ == "NOUN" else None
        if name is None or negated(tok):
            continue
        first = tok
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # "smoke and flames poured from the engine"
        verb = first.head
        if _told(first, verb) and _as_fact(verb):
            out[name] = None
    return tuple(out)


def _told(tok, verb) -> bool:
    """The noun is its verb's subject, what "there was" introduces, or what a witness
    perceived ("saw flames")."""
    if tok.dep_ in _SUBJECTS:
        return True
    if tok.dep_ == "dobj":
        return verb.lemma_.lower() in _WITNESSING
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "expl" for c in verb.children)


def _as_fact(verb) -> bool:
    """A verb told as fact: not negated, under no modal or condition, not a denial."""
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or in_condition(verb):
        return False
    if modal(verb):
        return False  # "a fire could break out", "the blast will be investigated"
    return not under_denial(verb)
