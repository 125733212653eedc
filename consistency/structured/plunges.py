"""Something going into water, told or denied: "a car plunged off the Kessing Bridge and
into the River Carrow", "a car went over the side and into the river" against "police
said no vehicle had gone into the water", "no vehicle entered the river".

A plunge is a verb of movement (``plunge_verbs``) whose subject is the thing that moved
and which ends in water: "into" / "in" a water noun (``water_nouns`` and the water kinds
of ``place_kinds``; "the River Carrow", "into the river seconds after" as the parser
reads it), or "entered the river". Two claims clash when one tells a thing went into the
water and the other denies it of the same thing or of a broader one (``hypernyms``: "no
vehicle" covers "a car"; "no car" says nothing of "a lorry", nor of "a vehicle"), in one
story, not on two days, and not into two named waters. Silent for a plunge told only as a
rumour, a possibility, a condition or an attempt; a sentence that denies a plunge does
not also tell the one it quotes ("no vehicle went into the water, despite accounts that a
car had plunged into the river").
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.hedges import attempted, relayed_rumour
from consistency.structured.negation import negated, nobody
from consistency.structured.parse import in_condition, is_question, modal, under_denial
from consistency.structured.told_denied import PolarKind

__all__ = ["PLUNGE", "Plunge", "plunge_key", "plunges"]

_VERBS = news_facts.words("plunge_verbs")
_PREPS = news_facts.words("plunge_prepositions")
_WATER = news_facts.words("water_nouns") | news_facts.classes("place_kinds").get(
    "water", frozenset())
_BROADER = news_facts.classes("hypernyms")
_KIND = {noun: kind for kind, nouns in _BROADER.items() for noun in nouns}
_ANYONE = "person"  # what "nobody", "no one" stand for


@dataclass(frozen=True)
class Plunge:
    """A thing going into water, told or denied: ("car", "carrow", denied=False, ...)."""

    mover: str  # lemma of what moved ("car"), or a broader noun ("vehicle")
    water: str  # the water's own name, lowercase ("carrow"); "" when unnamed
    denied: bool  # told as not done ("no vehicle entered the river")
    text: str  # the words, for the explanation


def plunge_key(p: Plunge) -> str:
    """The broadest noun covering the mover: a plunge and its denial meet under it."""
    return _KIND.get(p.mover, p.mover)


def plunges(doc) -> tuple[Plunge, ...]:
    """Every plunge into water the sentence tells or denies; told plunges of a thing the
    sentence also denies are dropped (the denial quotes them)."""
    if is_question(doc):
        return ()
    found = [p for tok in doc if tok.pos_ == "VERB" and tok.lemma_.lower() in _VERBS
             for p in (_plunge(tok),) if p is not None]  # fmt: skip
    denied = [p for p in found if p.denied]
    kept = [p for p in found if p.denied or not any(_covers(d, p) for d in denied)]
    return tuple(dict.fromkeys(kept))


def _plunge(verb) -> Plunge | None:
    water = _water(verb)
    mover = _mover(verb)
    if water is None or mover is None:
        return None
    denied = negated(verb) or nobody(mover) or under_denial(verb)
    if not denied and not _as_fact(verb):
        return None
    noun = _ANYONE if nobody(mover) else mover.lemma_.lower()
    of = next((g for c in mover.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
    if nobody(mover) and of is not None:
        noun = of.lemma_.lower()  # "none of the cars"
    left, right = min(mover.left_edge.i, verb.i), max(water.i, verb.i)
    return Plunge(noun, _name(water), denied, verb.doc[left : min(right + 1, left + 14)].text)


def _water(verb):
    """The water the movement ends in: the object of "into" / "in" (also of "into" joined
    to another preposition: "over the side and into the river"), or what "enter" takes."""
    if verb.lemma_.lower() == "enter":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj if obj is not None and _watery(obj) else None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in (p for p in preps if p.lower_ in _PREPS):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and _watery(obj, loose=prep.lower_ == "into"):
            return obj
    return None


def _watery(tok, loose: bool = True) -> bool:
    """A water noun, or a name whose kind word is one ("the River Carrow"); with ``loose``
    also a water noun the parser hung on the next word ("into the river seconds after")."""
    if tok.lemma_.lower() in _WATER and tok.pos_ == "NOUN":
        return True
    kinds = [c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _WATER]
    return bool(kinds) and (loose or tok.pos_ == "PROPN")


def _mover(verb):
    """The subject of the verb, or of the verb it is joined to ("skidded and plunged")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.pos_ in ("NOUN", "PROPN") or nobody(subj) else None
    return None


def _name(tok) -> str:
    """The water's own name ("carrow" of "the River Carrow"), or ""."""
    if tok.pos_ == "PROPN" and tok.lemma_.lower() not in _WATER:
        return tok.lower_
    return " ".join(c.lower_ for c in tok.children
                    if c.dep_ == "compound" and c.pos_ == "PROPN"
                    and c.lemma_.lower() not in _WATER)  # fmt: skip


def _as_fact(verb) -> bool:
    """Told as fact: under no modal, condition, attempt or rumour, and not what a noun
    reports ("searched the river after reports that a vehicle had gone into the water")."""
    if in_condition(verb) or attempted(verb) or relayed_rumour(verb):
        return False
    if verb.dep_ in ("acl", "relcl", "ccomp") and verb.head.pos_ in ("NOUN", "PROPN"):
        return False
    return not modal(verb)


def _covers(no: Plunge, yes: Plunge) -> bool:
    """Whether the denial ``no`` rules out the plunge ``yes``: the same mover or a broader
    one, and not two named waters."""
    if no.mover != yes.mover and yes.mover not in _BROADER.get(no.mover, ()):
        return False
    return not (no.water and yes.water and no.water != yes.water)


PLUNGE = PolarKind("plunges", _covers, lambda yes, no, ly, ln: (
    f"{yes.mover} into the water: {yes.text} ({ly}) vs {no.text} ({ln})"))
