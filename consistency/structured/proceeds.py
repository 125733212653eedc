"""Where money goes: "The money raised will go to Delacourt's estate", "proceeds from the
sale will be donated in full to the Salt Road Trust", "every penny is going to the Harbour
Hospice", "the club will hand its takings to the Kestrel Foundation".

Told as a destination of venues.py whose group is ``PROCEEDS``, so that two named
recipients of one sum compare as two places of one moved group. A recipient is named (an
organisation, a person, or a named owner's noun: "Delacourt's estate"); one without a
name ("his executors", "a charity") is compared with none, so an estate and the people
who run it stay silent. A recipient denied ("none of the money will go to X") is none.
"""

from __future__ import annotations

import re

from consistency.structured import news_facts
from consistency.structured.negation import negated

__all__ = ["PROCEEDS", "money_destinations"]

PROCEEDS = "proceeds"
_MONEY = news_facts.words("proceeds_nouns")
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_NAMED = frozenset({"ORG", "PERSON", "FAC", "NORP", "GPE", "LOC"})


def money_destinations(doc, make) -> tuple:
    """Each named recipient a verb sends a sum of money ``to`` ("will go to X", "was
    donated to X"), as ``make(PROCEEDS, (recipient,), None)``."""
    out = []
    for t in doc:
        verb = t.head
        money = {t.lemma_.lower(), t.lower_} & _MONEY
        if not money or t.dep_ not in _ROLES or verb.pos_ != "VERB":
            continue
        if negated(verb) or any(c.dep_ == "neg" or c.lower_ in ("no", "none")
                                for c in t.children):  # fmt: skip
            continue
        names = tuple(dict.fromkeys(
            n for p in verb.subtree
            if p.dep_ in ("prep", "dative") and p.lower_ == "to" and _verb_of(p).i == verb.i
            for g in p.children if g.dep_ == "pobj" for h in (g, *g.conjuncts)
            if (n := _recipient(h))))  # fmt: skip
        if names:
            out.append(make(PROCEEDS, names, None))
    return tuple(out)


def _verb_of(tok):
    """The nearest verb above ``tok`` ("donated in full to X": the "to" of "full")."""
    while tok.head is not tok and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.head


def _recipient(tok) -> str | None:
    """A named recipient: its entity ("the Salt Road Trust"), or a named owner's noun
    ("Delacourt's estate"); None without a name."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in _NAMED:
        return re.sub(r"^(?:the|The)\s+|['’]s?$", "", ent.text)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and tok.pos_ == "NOUN":
        return f"{owner.text} {tok.lemma_.lower()}"
    return None
