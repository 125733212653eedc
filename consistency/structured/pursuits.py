"""What a doer of the public was doing when they came upon someone or something: "a
dog walker", "a woman walking her dog", "a fisherman launching his boat", "a man who was
out jogging" (``doer_pursuits`` in ``news_facts.yaml``).

The doer's own words are read by doerkinds.py; here only a clause hung on the doer adds
its verb and that verb's object ("walking her dog" adds walk and dog, "launching his boat"
launch and boat), not the rest of the clause ("at first light on Pellow Sands, a popular
surfing beach" is where, not what the doer was doing). Words for the thing found that
stand for any thing of one story ("they", "the animals") are matched with any thing.
"""

from __future__ import annotations

import re

from consistency.structured import news_facts

__all__ = ["PURSUITS", "STAND_INS", "clause_places", "clause_words", "without_rivals"]

PURSUITS = news_facts.classes("doer_pursuits")
STAND_INS = news_facts.words("stand_in_things")
_RIVALS = re.compile(rf"\b(?:{'|'.join(news_facts.words('rival_prepositions'))})\b[^,.;]*",
                     re.IGNORECASE)
_CLAUSES = frozenset({"acl", "relcl"})  # "a woman walking her dog", "who was out jogging"
_OBJECTS = frozenset({"dobj", "xcomp", "advcl", "acomp"})  # "her dog", "was out cycling"


def clause_words(doer) -> set[str]:
    """Lemmas of the verbs (and their objects) of clauses on the doer and its conjuncts."""
    out: set[str] = set()
    for d in (doer, *doer.conjuncts):
        for verb in (c for c in d.children if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX")):
            out.add(verb.lemma_.lower())
            out |= {c.lemma_.lower() for c in verb.children if c.dep_ in _OBJECTS}
    return out


def clause_places(doer, verb) -> set[str]:
    """Words of the places of the act's ``verb`` and of clauses on the doer ("a collector
    bidding in the room" adds room, "bought by a bidder on the telephone" telephone):
    where the doer was when acting."""
    heads = [verb, *(c for d in (doer, *doer.conjuncts) for c in d.children
                     if c.dep_ in _CLAUSES)]  # fmt: skip
    return {g.lemma_.lower() for h in heads for p in h.children if p.dep_ == "prep"
            for g in p.children if g.dep_ == "pobj"}  # fmt: skip


def without_rivals(text: str) -> str:
    """A claim's text less the phrases after a rival preposition ("after a contest against
    two telephone bidders"): the kinds named there are no doer of the act."""
    return _RIVALS.sub("", text)
