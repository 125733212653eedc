"""Who does an event the parse gives no noun subject of its own: the noun the rest of the
sentence points to.

* A present participle hung on a noun ("images showed three people arriving at about
  1:30 a.m.") is done by that noun: the people arrive.
* "He" or "she" as the subject of a clause hung on the main verb ("Pete Lannigan found
  the damage when he arrived") is the main clause's subject, named with its compounds
  and appositions ("head groundsman Pete Lannigan", "the groundsman, Pete Lannigan"), so
  two sources naming one person either way still share a head. Not when the main
  clause acts on one other person the pronoun may stand for ("The officer approached
  the man and he ran off": the man may have run).

Read as an event's heads when it names none itself (eventslots.py), so the arrivals of
a groundsman and of three intruders are two goings (movers.py), not one told at two
times.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import own_subject
from consistency.structured.persons import names_person
from consistency.structured.quantities import unit_name

__all__ = ["implied_heads"]

_ONE_PERSON = frozenset(news_facts.classes("person_pronouns"))  # "he", "she"
_PRONOUNS = frozenset().union(*news_facts.classes("person_pronouns").values())  # "him"
_NOUNS = ("NOUN", "PROPN")


def implied_heads(tok) -> tuple[str, ...]:
    """Heads of ``tok``'s doer read from around it, or () when the parse gives none."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in _NOUNS:
        return _names(tok.head)  # "three people arriving"
    subject = own_subject(tok)
    if subject is None or subject.lower_ not in _ONE_PERSON or tok.dep_ not in ("advcl", "conj"):
        return ()
    main = own_subject(tok.head)
    if main is None or main.pos_ not in _NOUNS or _acts_on_one_person(tok.head):
        return ()
    return _names(main)


def _acts_on_one_person(verb) -> bool:
    """Whether ``verb`` acts on one person besides its subject, as its object or the
    object of its preposition ("approached the man", "stopped him", "spoke to the
    woman"): "he" or "she" after it may be that person."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objs += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in _PRONOUNS or (o.ent_type_ == "PERSON" and o.pos_ == "PROPN")
               or (o.tag_ == "NN" and names_person(o)) for o in objs)  # fmt: skip


def _names(noun) -> tuple[str, ...]:
    """The noun with the nouns compounded on it and set beside it: "groundsman" and
    "lannigan" for either "head groundsman Pete Lannigan" or "the groundsman, Pete
    Lannigan"."""
    parts = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos")
                     and c.pos_ in _NOUNS)]  # fmt: skip
    parts += [g for c in parts[1:] for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN"]
    return tuple(dict.fromkeys(unit_name(p.lemma_) for p in parts))
