"""The words that narrow an event to one kind of it: an adjective on an event noun ("no
compulsory redundancies", "no serious injuries", "no new cases") or an adverb of manner on
an event verb ("has not been officially named", "was not fully reopened").

A denial so narrowed denies only that kind: "there will be no compulsory redundancies"
says nothing against "Velmar is to cut 340 jobs", and "he has not been officially named"
nothing against "he was named locally as ..."; it still meets a telling of the same kind
("compulsory redundancies were announced", "police officially named him"). compare()
reads the polarity of an event only when every qualifier of the denial is one of the told
event's (:func:`narrower_denial`).

A thing told as another one of its kind ("a replacement paper", "a fresh vote", "a
rescheduled meeting") is not the thing first planned: "students would not sit a
replacement paper" says nothing against "students had been due to sit Paper 2", either
way round (:func:`other_instance`).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import INCREMENT_WORDS

__all__ = ["narrower_denial", "other_instance", "qualifiers"]

_MANNER = news_facts.words("manner_adverbs")
# "no other injuries", "no further shots": set aside, not narrowed (besides.py)
_BESIDES = news_facts.words("besides_words") | INCREMENT_WORDS
_INSTANCE = news_facts.words("another_instance_words")


def _stem(word: str) -> str:
    """An adverb's adjective: "officially" -> "official", "compulsorily" -> "compulsory"."""
    if word.endswith("ily"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith("ly") else word


def qualifiers(tok) -> tuple[str, ...]:
    """The kinds an event is narrowed to, as adjectives: the plain adjectives on an event
    noun (not a participle: "no reported injuries" is no kind of injury) and the adverbs
    of manner on an event verb."""
    if tok.pos_ in ("NOUN", "PROPN"):
        words = [c.lower_ for c in tok.children if c.dep_ == "amod" and c.tag_ == "JJ"
                 and c.lower_ not in _BESIDES]  # fmt: skip
    else:
        words = [_stem(c.lower_) for c in tok.children
                 if c.dep_ == "advmod" and c.lower_ in _MANNER]  # fmt: skip
    things = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    words += [g.lower_ for c in things for g in c.children
              if g.dep_ in ("amod", "compound") and g.lower_ in _INSTANCE]  # fmt: skip
    return tuple(dict.fromkeys(words))


def narrower_denial(denied, told) -> bool:
    """Whether the denied event is narrowed to a kind the told event is not told of."""
    return not set(denied.qualifiers) <= set(told.qualifiers)


def other_instance(a, b) -> bool:
    """Whether one event is about another one of its thing's kind ("a replacement
    paper") and the other is not: two things, so no polarity clash between them."""
    return bool((set(a.qualifiers) ^ set(b.qualifiers)) & _INSTANCE)
