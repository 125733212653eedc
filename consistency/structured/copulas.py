"""Who an event befell when a copula names them: "the most seriously hurt is a
15-year-old girl", "the worst injured was a teenage boy", "among the injured is a
15-year-old girl", "among those hurt was a 13-year-old boy".

An event word that stands as a noun phrase ("the most seriously hurt", "the injured",
"those hurt") has no subject or object of its own; the copula it is the subject of (or
the "among" phrase of) names the person it befell: the complement of "be" (or its
subject, for "among"). That person is the event's head, so "a 13-year-old girl was
hurt" meets it. A verb with its own subject or object keeps its own ("the girl who was
hurt is 15": "is" names no one), and "be" with a clausal or adjectival complement names
no one ("the hurt was worse than feared").
"""

from __future__ import annotations

from consistency.structured.parse import own_subject
from consistency.structured.quantities import unit_name

__all__ = ["copula_heads"]

_OWN = ("nsubj", "nsubjpass", "dobj", "csubj", "attr")
_UP = ("csubj", "nsubj", "amod", "acl", "pobj", "prep")  # "the injured", "among those hurt"
_NOUNS = ("NOUN", "PROPN")


def _copula(tok):
    """The "be" that ``tok``'s noun phrase is the subject or "among" phrase of, with
    the way it reached it ("subject" or "among"), or (None, "")."""
    node, steps = tok, 0
    while node.dep_ in _UP and steps < 4:
        if node.dep_ == "prep" and node.lower_ != "among":
            return None, ""
        up = node.head
        if up.lemma_ == "be" and up.pos_ in ("AUX", "VERB"):
            if node.dep_ in ("csubj", "nsubj"):
                return up, "subject"
            return (up, "among") if node.dep_ == "prep" else (None, "")
        node, steps = up, steps + 1
    return None, ""


def copula_heads(tok) -> tuple[str, ...]:
    """The unit names of the person a copula says the event word ``tok`` befell, or ()."""
    if tok.pos_ == "NOUN" or any(c.dep_ in _OWN for c in tok.children):
        return ()
    verb, way = _copula(tok)
    if verb is None:
        return ()
    want = "attr" if way == "subject" else "nsubj"
    return tuple(unit_name(c.lemma_) for c in verb.children
                 if c.dep_ == want and c.pos_ in _NOUNS)  # fmt: skip


def state_subject(tok) -> set[int]:
    """The tokens of the subject that a state word left by a verb is told of: "a
    15-year-old girl was left seriously injured", "two fans ended up injured" (the girl,
    the fans), so the state gets that subject's count; empty when the state has its own
    subject or the verb an object ("the blast left two people injured": those people are
    the object's, read there)."""
    if tok.dep_ != "oprd" or any(c.dep_ in _OWN for c in tok.children):
        return set()
    verb = tok.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return set()
    subj = own_subject(verb)
    if subj is None or subj.tag_ in ("WP", "WDT", "PRP"):
        return set()
    return {t.i for t in subj.subtree}
