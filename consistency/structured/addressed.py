"""Events a sentence uses only to pick out whom or what it is about, not to tell them.

A relative clause on the subject of an instruction or a modal names a condition: "patients
who have not been contacted should attend as normal" tells nothing of whether anyone was
contacted (it is "if you have not been contacted, attend"), nor does "anyone who saw the
crash is asked to call police" tell that someone saw it. A past participle on the bare
noun that a present-tense "is" predicates classes a thing, it tells no happening: "a gap
of a few hours in a chart is data lost", "every day the line is shut is money lost". Such
an event is no telling that it happened, nor a denial that it did (eventslots.py).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import SUBJECTS, modal

__all__ = ["addressed_group", "class_label"]

_DIRECTIVES = news_facts.words("directive_heads")
_PRESENT = frozenset({"VBZ", "VBP"})


def addressed_group(tok) -> bool:
    """A relative clause on the subject of a verb under a modal ("should attend") or of a
    passive directive ("are asked to call"): whom the sentence addresses."""
    if tok.dep_ != "relcl" or tok.head.dep_ not in SUBJECTS:
        return False
    main = tok.head.head
    passive = any(c.dep_ == "auxpass" for c in main.children)
    return modal(main) or (passive and main.lemma_.lower() in _DIRECTIVES)


def class_label(tok) -> bool:
    """A participle on a bare noun predicated by a present-tense "is": "is data lost"."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ != "attr":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False  # "the suspect is a man arrested last year": told of him
    return noun.head.lemma_ == "be" and noun.head.tag_ in _PRESENT
