"""Who does an event the parse gives no noun subject of its own: the noun the rest of the
sentence points to.

* A present participle hung on a noun ("images showed three people arriving at about
  1:30 a.m.") is done by that noun: the people arrive.
* "He" or "she" as the subject of a clause hung on the main verb ("Pete Lannigan found
  the damage when he arrived") is the main clause's subject, named with its compounds
  and appositions ("head groundsman Pete Lannigan", "the groundsman, Pete Lannigan"), so
  two sources naming one person either way still share a head.

Read as an event's heads when it names none itself (eventslots.py), so the arrivals of
a groundsman and of three intruders are two goings (movers.py), not one told at two
times.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import own_subject
from consistency.structured.quantities import unit_name

__all__ = ["implied_heads"]

_ONE_PERSON = frozenset(news_facts.classes("person_pronouns"))  # "he", "she"
_NOUNS = ("NOUN", "PROPN")


def implied_heads(tok) -> tuple[str, ...]:
    """Heads of ``tok``'s doer read from around it, or () when the parse gives none."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in _NOUNS:
        return _names(tok.head)  # "three people arriving"
    subject = own_subject(tok)
    if subject is None or subject.lower_ not in _ONE_PERSON or tok.dep_ not in ("advcl", "conj"):
        return ()
    main = own_subject(tok.head)
    return _names(main) if main is not None and main.pos_ in _NOUNS else ()


def _names(noun) -> tuple[str, ...]:
    """The noun with the nouns compounded on it and set beside it: "groundsman" and
    "lannigan" for either "head groundsman Pete Lannigan" or "the groundsman, Pete
    Lannigan"."""
    parts = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos")
                     and c.pos_ in _NOUNS)]  # fmt: skip
    parts += [g for c in parts[1:] for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN"]
    return tuple(dict.fromkeys(unit_name(p.lemma_) for p in parts))
