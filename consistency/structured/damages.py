"""Damage to a structure, told as done or as not done: "the earthquake opened a crack in
the wall of the Orrin dam" against "reports of a crack in the Orrin dam are false", "found
no damage to the wall", "inspected the dam wall and found it fully intact".

A damage is read from a damage noun (``damage_nouns``: "a crack in", "damage to", "a
breach of"), a damage verb (``damage_verbs``: "was cracked", "breached the levee", "cracked
walls") or a word of a whole structure (``intact_words``). The damaged thing is kept as
its whole and the part named ("wall" of the "dam"); a bare part ("the wall") belongs to
the structure the sentence names ("went up to the Orrin dam and found no damage to the
wall"). Two claims clash when one tells damage to a thing and the other denies damage to
the same thing (the same whole, no two names), where the denial covers the damage: a
denial of the whole covers any part, a denial of a part only that part. Silent for:
a denial limited to a degree or kind ("no structural damage" leaves "minor cracks"
possible), damage told as a later finding ("inspectors later found a crack") or on
another day, a part with no structure it belongs to ("cracked walls" of houses against
"no damage to the wall"), and damage told only as a rumour, a plan or a condition.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING
from consistency.structured.hedges import attempted, relayed_rumour
from consistency.structured.negation import negated, no_event
from consistency.structured.parse import in_condition, is_question, modal, under_denial
from consistency.structured.told_denied import PolarKind

__all__ = ["DAMAGE", "Damage", "damages"]

_NOUNS = news_facts.words("damage_nouns")
_VERBS = news_facts.words("damage_verbs")
_OF_NOUNS = news_facts.words("damage_of_nouns")
_OBJECT_VERBS = news_facts.words("damage_object_verbs")
_BEARING = news_facts.words("damage_bearing_verbs")
_INTACT = news_facts.words("intact_words")
_DEGREE = news_facts.words("damage_degree_words")
_PARTS = news_facts.words("structure_parts")
_FALSITY = news_facts.words("falsity_words")
_LANG = load()
_DENIED_NOUNS = frozenset(_LANG.grammar.denied_nouns)
_LATER = frozenset(w for w in _LANG.time.sequence_words if " " not in w)
_THING_PREPS = tuple(sorted(news_facts.words("damage_target_preps")))
_PRONOUNS = news_facts.words("thing_object_pronouns")


@dataclass(frozen=True)
class Damage:
    """Damage to one thing, told or denied: ("dam", "wall", "orrin", denied=False, ...)."""

    thing: str  # lemma of the structure as a whole ("dam")
    part: str  # lemma of the part named ("wall"); "" for the whole
    name: str  # the structure's own name, lowercase ("orrin"); "" when unnamed
    denied: bool  # told as not done ("no damage to", "intact", "reports ... are false")
    limited: bool  # a denial of one degree or kind only ("no structural damage")
    later: bool  # told as a later finding ("inspectors later found a crack")
    text: str  # the words, for the explanation


def damages(doc) -> tuple[Damage, ...]:
    """Every damage the sentence tells or denies of a structure it names."""
    if is_question(doc):
        return ()
    out: dict[Damage, None] = {}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in _NOUNS:
            found = _from_noun(tok)
        elif tok.pos_ in ("VERB", "ADJ") and lemma in _VERBS:
            found = _from_verb(tok)
        elif tok.pos_ == "ADJ" and lemma in _INTACT:
            found = _from_intact(tok)
        else:
            found = None
        if found is not None:
            out[found] = None
    return tuple(out)


def _from_noun(tok) -> Damage | None:
    """"Opened a crack in the wall", "the dam suffered damage", "found no damage to the
    wall", "reports of a crack in the dam are false"."""
    verb = tok.head
    target = None
    if tok.dep_ == "dobj" and verb.lemma_.lower() in _BEARING:  # "the dam suffered damage"
        target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    of = ("of",) if tok.lemma_.lower() in _OF_NOUNS else ()
    target = target or _prep_object(tok, (*_THING_PREPS, *of))
    if target is None and tok.dep_ == "dobj":
        target = _prep_object(verb, _THING_PREPS)
    if target is None:
        return None
    denied = no_event(tok) or _called_false(tok) or (
        tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and _denied_verb(verb))
    if not denied:
        told = (tok.dep_ == "dobj" and verb.lemma_.lower() in _OBJECT_VERBS) or tok.dep_ in (
            "nsubj", "nsubjpass") or (tok.dep_ == "attr" and verb.lemma_ == "be")
        if not told or not _as_fact(verb):
            return None
    limited = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _DEGREE
                  for c in tok.children)  # fmt: skip
    return _damage(target, tok, verb, denied, limited and denied)


def _from_verb(tok) -> Damage | None:
    """"The dam was cracked", "the quake breached the levee", "the wall cracked",
    "cracked walls", "the bridge was not damaged"."""
    if tok.dep_ == "amod":
        return _damage(tok.head, tok, tok, False, False)
    kids = {c.dep_: c for c in tok.children}
    if "prt" in kids:
        return None  # "police cracked down on ...": no damage
    target = kids.get("nsubjpass") or kids.get("dobj") or kids.get("nsubj")
    if target is None or (target.dep_ == "nsubj" and target.lemma_.lower() in _NOUNS):
        return None
    denied = _denied_verb(tok)
    if not denied and not _as_fact(tok):
        return None
    return _damage(target, tok, tok, denied, False)


def _from_intact(tok) -> Damage | None:
    """"The dam is intact", "found it fully intact", "left the bridge undamaged"."""
    if tok.dep_ not in ("acomp", "ccomp", "oprd", "xcomp") or negated(tok.head):
        return None
    target = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if target is None:
        target = next((c for c in tok.head.children if c.dep_ in (
            "dobj", "nsubj", "nsubjpass")), None)  # fmt: skip
    if target is None or not _as_fact(tok.head):
        return None
    limited = any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in tok.children)
    return _damage(target, tok, tok.head, True, limited)


def _damage(target, word, verb, denied: bool, limited: bool) -> Damage | None:
    """The damage to ``target`` as a whole and a part, or None when it is no thing."""
    thing = _structure(target)
    if thing is None:
        return None
    whole, part, name = thing
    later = any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children)
    noun = word.pos_ == "NOUN"  # "no damage to the wall"; a verb without its subject
    left = min(word.left_edge.i if noun else word.i, target.left_edge.i)
    right = max(word.right_edge.i if noun else word.i, target.right_edge.i)
    text = word.doc[left : min(right + 1, left + 14)].text
    return Damage(whole, part, name, denied, limited, later, text)


def _structure(tok) -> tuple[str, str, str] | None:
    """(whole, part, name) of the thing at ``tok``: "the wall of the Orrin dam" ->
    ("dam", "wall", "orrin"), "the dam wall" -> ("dam", "wall", ""), "it" -> what it
    stands for, a bare part -> the part of the structure the sentence names."""
    if tok.lower_ in _PRONOUNS:
        tok = _antecedent(tok)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in HAPPENING:
        return None  # "damage in the flood" tells what did it, not what it befell
    head, name = tok.lemma_.lower(), _name(tok)
    of = _prep_object(tok, ("of",))
    nouns = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"]
    if of is not None and of.pos_ in ("NOUN", "PROPN"):
        return of.lemma_.lower(), head, _name(of) or name
    if nouns:
        return nouns[-1].lemma_.lower(), head, name
    if head in _PARTS and not name:
        owners = [t for t in tok.sent if t is not tok and t.pos_ == "NOUN" and _name(t)
                  and t.lemma_.lower() not in _PARTS]  # fmt: skip
        owner = min(owners, key=lambda t: abs(t.i - tok.i), default=None)  # the nearest
        if owner is not None:
            return owner.lemma_.lower(), head, _name(owner)
    return head, "", name


def _name(tok) -> str:
    """The proper names before a noun: "Orrin" of "the Orrin dam"."""
    return " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN")


def _antecedent(tok):
    """The nearest thing before a pronoun in its sentence that a verb takes as subject
    or object ("inspected the dam wall and found it intact": the wall)."""
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return t
    return None


def _prep_object(tok, preps):
    """The object of the first of ``preps`` hung on ``tok``, or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _called_false(tok) -> bool:
    """The damage is what a report called false tells: "reports circulating on social
    media of a crack in the Orrin dam are false"."""
    for t in tok.ancestors:
        if t.pos_ == "NOUN" and t.lemma_.lower() in _DENIED_NOUNS:
            if t.dep_ not in ("nsubj", "nsubjpass"):
                return False
            verb = t.head
            words = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children
                                              if c.dep_ in ("attr", "acomp", "oprd")}
            return bool(words & _FALSITY)
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl":
            return False
    return False


def _denied_verb(verb) -> bool:
    """The verb is negated ("was not damaged", "did not find any cracks") or what a
    denial denies ("denied that the quake cracked the dam")."""
    return negated(verb) or under_denial(verb)


def _as_fact(verb) -> bool:
    """Told as fact: under no modal, condition, attempt or rumour."""
    if in_condition(verb) or attempted(verb) or relayed_rumour(verb):
        return False
    return not modal(verb)


def _covers(no: Damage, yes: Damage) -> bool:
    """Whether the denial ``no`` rules the damage ``yes`` out: one structure (a part
    only as part of a structure), no two names, the denial's part (if any) the damaged
    part, an unlimited denial and no later finding."""
    if no.limited or yes.later or no.later or yes.thing != no.thing:
        return False
    if (yes.thing in _PARTS and not yes.part) or (no.thing in _PARTS and not no.part):
        return False  # "cracked walls" of some houses and "no damage to the wall"
    if yes.name and no.name and yes.name != no.name:
        return False
    return not no.part or no.part == yes.part


DAMAGE = PolarKind("damages", _covers, lambda yes, no, ly, ln: (
    f"damage to the {yes.thing}: {yes.text} ({ly}) vs not damaged: {no.text} ({ln})"))
