"""An injury of one kind told of one person and denied by another source: "She is being
treated for a fractured ankle", "she had a broken ankle", "was found alive with a broken
ankle", "she broke her ankle", "suffered a fracture to her ankle" against "She escaped
without broken bones", "she did not break any bones", "she was unhurt".

An injury is a kind (``injury_kinds``: a fracture is told by "broken", "fractured",
"break", "fracture") befalling a body part (``body_parts``), read as an adjective on the
part ("a broken ankle"), a verb with the part as object ("broke her ankle") or a noun of
the kind with the part after it or before it ("a fracture to her ankle", "an ankle
fracture"). Its holder is the person of the clause (patients.person_key: "she", a name,
"the tramper"), the object of a verb when a person ("doctors treated her for"), else the
subject up a chain of coordinated verbs. It is denied under "no", "without" or a negated
verb; a word of no injury (``unhurt_words``: "escaped unhurt") or an injury noun under
"no" / "without" ("without injury") denies every injury of its holder, and an injury
noun otherwise tells an injury ("was flown out with chest injuries"). A denial of
"bone" covers any part; of a part, only that part. Two claims clash when one tells an
injury the other's denial covers, of one person (patients.one_person), in one story and
not on two days. Silent for injuries of someone not named or pointed to ("a man with a
broken leg"), and for things broken that are no body part ("a broken window").
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, modal
from consistency.structured.patients import one_person, person_key, subject_of
from consistency.structured.told_denied import PolarKind

__all__ = ["INJURY", "Injury", "injuries", "injury_keys"]

_KINDS = {w: kind for kind, ws in news_facts.classes("injury_kinds").items() for w in ws}
_PARTS = news_facts.words("body_parts")
_UNHURT = news_facts.words("unhurt_words")
_INJURY_NOUNS = news_facts.words("injury_nouns")
_ANY = "any"  # the kind of a denial of every injury
_INJURY = "injury"  # the kind of an injury told by a noun of injury ("chest injuries")
_WHOLE = "bone"  # a part that stands for every part
_DENYING = frozenset({"no", "without"})


@dataclass(frozen=True)
class Injury:
    """("one person:she", "fracture", "ankle", False, "a fractured ankle")."""

    person: str  # patients.person_key of the holder
    kind: str  # an ``injury_kinds`` kind, or "any" for a denial of every injury
    part: str  # the body part, "" for any ("no broken bones")
    denied: bool
    text: str


def _verb(tok):
    """The nearest verb (or auxiliary) above ``tok``, or None."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _holder(tok) -> str | None:
    """The key of the person the injury word ``tok`` befalls (module docstring)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod" else _verb(tok)
    if verb is None or in_condition(verb) or modal(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c is not tok
                and c.pos_ == "PRON"), None)  # fmt: skip
    who = obj if obj is not None else subject_of(verb)
    return person_key(who) if who is not None else None


def _denied(noun) -> bool:
    """The part or injury noun is under "no" / "without", or its verb is negated."""
    if any(c.lower_ in _DENYING for c in noun.children) or (
            noun.dep_ == "pobj" and noun.head.lower_ in _DENYING):  # fmt: skip
        return True
    verb = _verb(noun)
    return verb is not None and negated(verb)


def _part(noun) -> str | None:
    """The body part a noun names ("ankle", "" for "bones"), else None."""
    lemma = noun.lemma_.lower()
    if lemma not in _PARTS:
        return None
    return "" if lemma == _WHOLE else lemma


def _read(tok) -> tuple[str, object, str] | None:
    """(kind, the noun holding the injury, part) that ``tok`` tells, or None."""
    kind = _KINDS.get(tok.lower_) or _KINDS.get(tok.lemma_.lower())
    if kind is None:
        return None
    if tok.dep_ == "amod" and (part := _part(tok.head)) is not None:
        return kind, tok.head, part  # "a broken ankle"
    if tok.pos_ == "VERB" and tok.dep_ != "amod":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and (part := _part(obj)) is not None:
            return kind, obj, part  # "broke her ankle", "did not break any bones"
    if tok.pos_ == "NOUN":  # "a fracture to her ankle", "an ankle fracture"
        part = _near_part(tok)  # "took a break", "a crack in the wall": no injury
        return (kind, tok, part) if part or tok.lemma_.lower() == kind else None
    return None


def _near_part(tok) -> str:
    """The body part named beside an injury noun ("a fracture to her ankle", "an ankle
    fracture", "head injuries"), "" when none."""
    near = [c for c in tok.children if c.dep_ in ("compound", "amod")] + [
        g for p in (*tok.children, *tok.head.children) if p.dep_ == "prep"
        for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return next((q for g in near if (q := _part(g)) is not None), "")


def injuries(doc) -> tuple[Injury, ...]:
    """Each injury told or denied of one person in the sentence (module docstring)."""
    out = []
    for tok in doc:
        found = _read(tok)
        if found is not None:
            kind, noun, part = found
            denied = _denied(noun) or (noun is not tok and tok.pos_ == "VERB" and negated(tok))
        elif tok.lower_ in _UNHURT or (tok.lemma_.lower() in _INJURY_NOUNS and _denied(tok)):
            kind, noun, part, denied = _ANY, tok, "", True
        elif tok.lemma_.lower() in _INJURY_NOUNS and tok.pos_ == "NOUN":
            kind, noun, part, denied = _INJURY, tok, _near_part(tok), False  # "chest injuries"
        else:
            continue
        person = _holder(tok)
        if person:
            text = noun.doc[noun.left_edge.i : noun.i + 1].text  # "a broken ankle", no conjuncts
            out.append(Injury(person, kind, part, denied, text))
    return tuple(out)


def _covers(no: Injury, yes: Injury) -> bool:
    """Whether the denial rules the told injury out: one person, every injury or the same
    kind, and every part or the same part."""
    if not one_person(no.person, yes.person):
        return False
    return no.kind == _ANY or (no.kind == yes.kind and no.part in ("", yes.part))


def injury_keys(i: Injury) -> list[tuple[str, ...]]:
    """Candidate keys: a told injury under its kind and part and every broader key, a
    denial under the one key it covers ("no broken bones": every fracture)."""
    keys = [("injury",), ("injury", i.kind), ("injury", i.kind, i.part)]
    if not i.denied:
        return keys
    return [keys[0]] if i.kind == _ANY else [keys[1]] if not i.part else [keys[2]]


INJURY = PolarKind("injuries", _covers, lambda yes, no, ly, ln: (
    f"injury: {yes.text} ({ly}) vs no injury: {no.text} ({ln})"))
