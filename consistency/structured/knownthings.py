"""What an event befell, told as a known thing: "found the cracks", "its roof collapsed",
not "a crack was found" (maybe another one). Two sources' findings of one known thing are
one finding, so two days for it disagree (thingdays.py). People and the remains of the
dead are no such thing: a story may find them one by one ("the body was discovered on
Sunday" may be the second body); nor a thing with a name of its own ("the fire in
Brenton"), which the named checks compare."""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING
from consistency.structured.quantities import unit_name

__all__ = ["definite_undergoers"]

_KNOWN_DETERMINERS = frozenset({"the", "its", "their"})
_DONE_TO = ("dobj", "nsubjpass")
_ONE_BY_ONE = news_facts.kind_nouns("person") | news_facts.words("remains_nouns")
_PEOPLE = unit_name("people")


def definite_undergoers(tok) -> tuple[str, ...]:
    """Whom an event befell (its object or passive subject, else its subject), by lemma,
    when told as a known thing: under "the", "its" or "their" ("the cracks", "its roof"),
    not "a crack" or "cracks" (maybe other ones); a bare thing (:func:`_bare_thing`)."""
    kids = [c for c in tok.children if c.dep_ in _DONE_TO] or [
        c for c in tok.children if c.dep_ == "nsubj"]
    return tuple(unit_name(c.lemma_) for c in kids if c.pos_ == "NOUN" and any(
        d.dep_ in ("det", "poss") and d.lower_ in _KNOWN_DETERMINERS for d in c.children)
        and _bare_thing(c))


def _bare_thing(c) -> bool:
    """A thing known by its noun alone: no person or remains (found one by one), no
    happening (conflicts._shared_happening times those) and no name of its own ("the fire
    in Brenton" may be another fire than "the fire")."""
    lemma = c.lemma_.lower()
    if lemma in _ONE_BY_ONE or unit_name(lemma) == _PEOPLE or lemma in HAPPENING:
        return False
    return not any(w.pos_ == "PROPN" for w in c.subtree if w is not c)
