"""The means by which something was done, when a source tells it: "the attackers got into
the network through a phishing email", "gained access via a vendor's account", "the
thieves entered through a side door".

Two sources naming different means of one act ("a phishing email" against "a vendor's
remote-access account") disagree as two causes do. The acts and the prepositions giving
a means are data (``means_acts``, ``means_prepositions`` in lang/en/news_facts.yaml);
a means is read only where the verb is one of those acts, since "through" is also a way
through a place ("marched through the city").
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, object_of, slot

__all__ = ["Means", "means"]


@dataclass(frozen=True)
class Means:
    """One act with the means a source gives for it ("entry" through "a phishing email")."""

    act: str  # the act's class name ("entry")
    agent: str  # lemma of who did it ("attacker"), "" when not said
    head: str  # lemma of the means' head noun ("email")
    text: str  # the means as written ("a phishing email opened by an employee")
    denied: bool = False  # "did not get in through the vendor account"


_ACTS = news_facts.classes("means_acts")
_ACT_OF = {tuple(p.split()): act for act, phrases in _ACTS.items() for p in phrases}
_PREPS = news_facts.words("means_prepositions")


def _act(tok) -> str | None:
    """The act class of a verb: its lemma alone ("enter") or with a particle, preposition
    or object ("get in", "break into", "gain access")."""
    lemma = tok.lemma_.lower()
    if (lemma,) in _ACT_OF:
        return _ACT_OF[(lemma,)]
    for c in tok.children:
        word = c.lemma_.lower() if c.dep_ == "dobj" else c.lower_
        if c.dep_ in ("prt", "prep", "dobj") and (lemma, word) in _ACT_OF:
            return _ACT_OF[(lemma, word)]
    return None


def means(doc) -> tuple[Means, ...]:
    """Every act of ``means_acts`` in the sentence with a means after a means preposition."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or in_condition(tok):
            continue
        act = _act(tok)
        if act is None:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PREPS):
            by = object_of(prep)
            if by is None or by.pos_ == "PRON":
                continue
            agent = slot(tok, "subj")
            text = " ".join(t.text for t in by.subtree)
            out.append(Means(act, agent.lemma_.lower() if agent is not None else "",
                             by.lemma_.lower(), text, negated(tok)))  # fmt: skip
    return tuple(out)
