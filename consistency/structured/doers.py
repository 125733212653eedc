"""A doer told by who they are to someone, or by a relative pronoun: "Her partner raised
the alarm", "her partner, James Hollis, raised the alarm", "Her mother, Lakshmi
Nandakumar, who raised the alarm", "the alarm was raised by the girl's father".

fillers.py reads named doers. A doer may instead be a possessed person noun (a kin or a
relation: "her partner", "the boy's mother", "his employer"), named beside it by an
apposition or not; a relative pronoun ("who raised the alarm") stands for the noun its
clause hangs on. Such a doer's names are the names in apposition and the noun itself
(its lemma), so "her partner" and "her partner, James Hollis" are one doer, while "her
mother" (or "Lakshmi Nandakumar, her mother") and "her partner" are two.
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import proper_name
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name

__all__ = ["described_doer", "relative_head"]

_RELATIVE = frozenset(load().grammar.relative_pronouns)
_PEOPLE = unit_name("people")
_KIN = news_facts.words("kin_nouns")


def relative_head(tok):
    """The noun a relative pronoun stands for ("Lakshmi Nandakumar, who raised"), else
    the token itself."""
    verb = tok.head
    if tok.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return tok


def described_doer(tok) -> tuple[str, ...]:
    """The names of a doer told as a possessed person noun ("her partner, James Hollis":
    ("James Hollis", "partner")), or () for any other token."""
    noun, named = tok, []
    if tok.pos_ == "PROPN" and tok.dep_ == "appos" and tok.head.lemma_.lower() in _KIN:
        noun = tok.head  # "Her mother, Lakshmi Nandakumar, who ..." (not "its operator, X")
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return ()
    if not any(c.dep_ == "poss" for c in noun.children):
        return ()  # "a neighbour": anyone's
    lemma = noun.lemma_.lower()
    if lemma not in _KIN and unit_name(lemma) != _PEOPLE and not person_noun(noun):
        return ()
    named = [proper_name(c) for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return (*named, noun.lemma_.lower())
