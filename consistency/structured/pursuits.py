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

from consistency.structured import news_facts

__all__ = ["PURSUITS", "STAND_INS", "clause_words"]

PURSUITS = news_facts.classes("doer_pursuits")
STAND_INS = news_facts.words("stand_in_things")
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
