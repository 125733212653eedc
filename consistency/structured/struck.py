"""The side of a structure a moving thing struck: the target of a contact verb as a place.

"The ship hit the north pier of the Kessing Bridge", "the bow slammed into the bridge's
north pier", "it struck the bridge's south pier", "the pier's south face was rammed by
the barge". The place is no preposition's object (spots.py) but what the verb's subject
ran into: the object of a verb of contact (``contact_verbs``), its passive subject, or the
object of "into" / "against" / "with" (``contact_prepositions``). A contact is one point, so two
accounts of one impact that give one part of a structure (a pier, a span, a wall: a noun
of ``place_kinds`` or ``structure_parts``) opposed sides (``opposed_place_sides``: north
and south) disagree; each is kept as a :class:`~consistency.structured.spots.Spot` of the
event ``~contact`` whose ``striker`` holds the nouns of what struck, and spots.py
compares them. A storm or a wave striking a coast is no such point: only a part of a
structure is a target here.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.spots import SIDES, Spot, place_head, place_kind

__all__ = ["CONTACT", "striker", "struck_spots", "targets"]

CONTACT = "~contact"  # the event of every contact verb: "hit", "slammed into", "rammed"
_VERBS = news_facts.words("contact_verbs")
_PREPS = news_facts.words("contact_prepositions")
_PARTS = news_facts.words("structure_parts")
_SIDE_WORDS = frozenset(w for pair in SIDES for w in pair)


def struck_spots(doc) -> tuple[Spot, ...]:
    """Each asserted contact verb's target that is one side of a part of a structure
    (see the module docstring)."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _VERBS:
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
            continue
        striker_ = striker(tok)
        for g in targets(tok):
            spot = _spot(g, striker_)
            if spot is not None:
                out.append(spot)
    return tuple(out)


def targets(tok) -> list:
    """What a contact verb's subject ran into: its object, its passive subject, or the
    object of a contact preposition ("slammed into the pier", "collided with a barge")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        out += [g for g in p.children if g.dep_ == "pobj"]
    return out


def striker(tok) -> frozenset[str]:
    """The nouns of what struck ("the bow of the ship": bow, ship), from the active
    subject or the passive's agent; empty for a pronoun or none (any striker)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if subj is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in subj.subtree if t.pos_ in ("NOUN", "PROPN"))


def _spot(g, striker: frozenset[str]) -> Spot | None:
    """The target as a spot when it is a part of a structure with a side word."""
    if g.pos_ != "NOUN":
        return None
    head = place_head(g)
    sides = frozenset(c.lower_ for c in g.children if c.dep_ in ("amod", "compound", "nmod"))
    if not sides & _SIDE_WORDS or (head not in _PARTS and not place_kind(head)):
        return None
    words = frozenset(t.lemma_.lower() for t in g.subtree if t.pos_ in ("NOUN", "PROPN"))
    words |= frozenset(t.lower_ for t in g.subtree if t.pos_ == "PROPN")
    text = " ".join(t.text for t in g.subtree)
    return Spot(CONTACT, "", False, "", head, place_kind(head) or head, sides, words, text,
                striker)  # fmt: skip
