"""Something going into water, told or denied: "a car plunged off the Kessing Bridge and
into the River Carrow", "a car went over the side and into the river" against "police
said no vehicle had gone into the water", "no vehicle entered the river".

A plunge is a verb of movement (``plunge_verbs``) whose subject is the thing that moved
and which ends in water: "into" / "in" a water noun (``water_nouns`` and the water kinds
of ``place_kinds``; "the River Carrow", "the Kessel Brook", "into the river seconds
after" as the parser reads it), "entered the river" or "reached the brook"
(``plunge_object_verbs``), or a way found into it ("found its way into the brook"). A
substance spilled is a mover too: "some of the oil leaked into the stream" moves the oil,
"none of the fuel reached the river" denies it of the fuel. Two claims clash when one
tells a thing went into the water and the other denies it of the same thing or of a
broader one (``hypernyms``: "no vehicle" covers "a car", "no fuel" covers "diesel"; "no
car" says nothing of "a lorry", nor of "a vehicle"), in one story, not on two days, and
not into two named waters. A pronoun mover ("some of it ended up in the Kessel Brook")
meets only a denial of the same named water. Silent for a plunge told only as a
rumour, a possibility, a condition or an attempt; a sentence that denies a plunge does
not also tell the one it quotes ("no vehicle went into the water, despite accounts that a
car had plunged into the river").
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.hedges import attempted, relayed_rumour
from consistency.structured.negation import negated, nobody
from consistency.structured.parse import (
    in_condition,
    is_question,
    modal,
    of_object,
    under_denial,
)
from consistency.structured.told_denied import PolarKind

__all__ = ["PLUNGE", "Plunge", "plunge_key", "plunges"]

_VERBS = news_facts.words("plunge_verbs")
_OBJECT_VERBS = news_facts.words("plunge_object_verbs")
_WAY_VERBS = news_facts.words("way_verbs")
_WAY_NOUNS = news_facts.words("way_nouns")
_MOVING = _VERBS | _WAY_VERBS
_PRONOUNS = news_facts.words("thing_object_pronouns") | news_facts.words("thing_pronouns")
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
    found = [p for tok in doc if tok.pos_ == "VERB" and tok.lemma_.lower() in _MOVING
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
    of = of_object(mover)
    if of is not None and (nobody(mover) or mover.pos_ not in ("NOUN", "PROPN")):
        noun = of.lemma_.lower()  # "none of the cars", "some of the oil"
    if noun in _PRONOUNS:
        if denied:
            return None  # "it did not go into the river": what did not is unknown
        noun = ""  # "some of it ended up in the brook": any mover
    left, right = min(mover.left_edge.i, verb.i), max(water.i, verb.i)
    return Plunge(noun, _name(water), denied, verb.doc[left : min(right + 1, left + 14)].text)


def _water(verb):
    """The water the movement ends in: the object of "into" / "in" (also of "into" joined
    to another preposition: "over the side and into the river", or hung on the way of
    "found its way into the brook"), or what "enter" or "reach" takes."""
    if verb.lemma_.lower() in _OBJECT_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj if obj is not None and _watery(obj) else None
    holders = [verb]
    if verb.lemma_.lower() in _WAY_VERBS:  # "into" on the verb or on "its way"
        ways = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WAY_NOUNS]
        holders = [verb, *ways] if ways else []
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in (p for p in preps if p.lower_ in _PREPS):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and _watery(obj, loose=prep.lower_ == "into"):
            return obj
    return None


def _watery(tok, loose: bool = True) -> bool:
    """A water noun, or a name whose kind word is one ("the River Carrow"); with ``loose``
    also a water noun the parser hung on the next word ("into the river seconds after")."""
    if tok.lemma_.lower() in _WATER and (tok.pos_ == "NOUN" or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)):
        return True  # "the river", "the Kessel Brook"
    kinds = [c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _WATER]
    return bool(kinds) and (loose or tok.pos_ == "PROPN" or _run_on(kinds[-1]))


def _run_on(kind) -> bool:
    """A water's name the parser ran into the words after a dash ("in the Kessel Brook -
    my neighbour walks ..."): the name's kind word is followed by the dash."""
    nxt = kind.nbor(1) if kind.i + 1 < len(kind.doc) else None
    return kind.pos_ == "PROPN" and nxt is not None and nxt.tag_ in ("HYPH", ":")


def _mover(verb):
    """The subject of the verb, or of the verb it is joined to ("skidded and plunged")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            whole = of_object(subj)  # "some of the oil", "some of it"
            if subj.pos_ in ("NOUN", "PROPN") or nobody(subj) or whole is not None:
                return subj
            return subj if subj.lower_ in _PRONOUNS else None
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
    if not yes.mover:  # "some of it ended up in the Kessel Brook": of one named water
        return bool(no.water) and no.water == yes.water
    if no.mover != yes.mover and yes.mover not in _BROADER.get(no.mover, ()):
        return False
    return not (no.water and yes.water and no.water != yes.water)


PLUNGE = PolarKind("plunges", _covers, lambda yes, no, ly, ln: (
    f"{yes.mover or no.mover} into the water: {yes.text} ({ly}) vs {no.text} ({ln})"))
