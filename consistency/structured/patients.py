"""Where one person was taken, or is being cared for: "She was lifted out by helicopter
and taken to Wellington Hospital", "Nandakumar was flown to Palmerston North Hospital",
"she had a broken ankle and was airlifted to X", "the tramper is recovering in X", "the
driver is being treated at X", "he remains in X".

A group of people moved to a named facility is venues.destinations' work; this reads one
person: a subject pronoun of one person ("she", "he"), a name, or a definite singular
noun ("the tramper"), the subject of a verb that moves them to a named facility (any
verb: "taken", "flown", "rushed", "airlifted"; the subject is found up a chain of
coordinated verbs, "was winched out ... and flown to X") or of a verb of being cared for
there (``patient_verbs``: "recovering in X"; as its active subject only at a care facility:
"she stayed at the Grand Hotel" tells no patient's stay). It is told as a :class:`Destination` whose
group is the person's key (:func:`person_key`), so one group compare serves both; two
keys are one person when equal, a name and its surname, or a pronoun and a name
(:func:`one_person`). An onward move ("later transferred to X") and a possible one ("will
be taken to X") are none.
"""

from __future__ import annotations

from consistency.structured import news_facts, venues
from consistency.structured.demanded import DEMANDED
from consistency.structured.movedpeople import described_person, destination_name, moved_by_clause
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name
from consistency.structured.venues import (
    DESTINATION_PREPS,
    Destination,
    care_places,
    facility_name,
)

__all__ = [
    "ONE_PERSON", "group_label", "one_group", "one_person", "person_destinations", "person_key",
    "subject_of",
]  # fmt: skip

ONE_PERSON = "one person:"  # the prefix of a one-person group's key
_PRONOUNS = {w: p for p, ws in news_facts.classes("person_pronouns").items() for w in ws}
_PEOPLE = unit_name("people")
_PATIENT = news_facts.words("patient_verbs")
_ONWARD = news_facts.words("onward_verbs")
# the small model calls many a person an organisation or a place: any name but these
_NOT_PEOPLE = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY",
                         "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})  # fmt: skip
_PERSONS = news_facts.kind_nouns("person")
_CARE_PREPS = frozenset({"in", "at"})
_SUBJECTS = ("nsubj", "nsubjpass")


def subject_of(verb):
    """The verb's subject, or the subject of the verb it is coordinated with or hangs
    from ("was winched out and flown to X"; the parser hangs "is recovering" under a
    participle: "the tramper rescued from a gully is recovering in X")."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None or verb.dep_ not in ("conj", "advcl") or verb.head is verb:
            return subj
        verb = verb.head


def _moved(verb, patient: bool) -> str | None:
    """The key of the person the verb moves or cares for: its object ("took her to X"),
    else its subject when passive ("she was flown to X") or a patient's ("she is
    recovering in X"); an active mover ("the helicopter flew to X") is none."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None or (obj := moved_by_clause(verb)) is not None:
        return person_key(obj)
    subj = subject_of(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if subj is None or not (patient or passive or subj.dep_ == "nsubjpass"):
        return None
    return person_key(subj)


def _cared_subject(verb) -> bool:
    """Whether a patient verb's person is its active subject ("she is recovering in X"),
    not its object or a passive subject ("she was treated at X")."""
    if any(c.dep_ in ("dobj", "auxpass") for c in verb.children) or moved_by_clause(verb):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.dep_ == "nsubj"


def person_key(tok) -> str | None:
    """The key of the one person ``tok`` stands for: "one person:she", "one person:n:priya
    nandakumar", "one person:tramper"; None for a group, an indefinite or no person."""
    if any(c.dep_ == "conj" for c in tok.children):
        return None  # "Reynolds and other crew members": a group
    if tok.pos_ == "PRON":
        return f"{ONE_PERSON}{_PRONOUNS[tok.lower_]}" if tok.lower_ in _PRONOUNS else None
    if tok.tag_ != "NNP" and tok.tag_ != "NN":
        return None
    if tok.tag_ == "NNP":
        if tok.ent_type_ in _NOT_PEOPLE:
            return None
        parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
        return f"{ONE_PERSON}n:" + " ".join(p.lower_ for p in parts)
    if not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children) and not (
            described_person(tok)):
        return None  # "a man": maybe another; "a 13-year-old girl" is one (movedpeople.py)
    if unit_name(tok.lemma_.lower()) != _PEOPLE and not person_noun(tok) and not (
            described_person(tok) or tok.lemma_.lower() in _PERSONS):
        return None  # "the wreckage": no person
    return f"{ONE_PERSON}{tok.lemma_.lower()}"


def one_person(a: str, b: str) -> bool:
    """Whether two person keys can be one person: equal, a name and the name's surname,
    or a pronoun beside a name (the claims stage gives a leading pronoun its name). Not
    "he" and "she", two names, nor a noun beside anything but itself ("the patient" of one
    source and "Vickers" of another are often two stories' people)."""
    x, y = a.removeprefix(ONE_PERSON), b.removeprefix(ONE_PERSON)
    if x == y:
        return True
    kinds = {k: ("pronoun" if k in _PRONOUNS.values() else "name" if k.startswith("n:") else "noun")
             for k in (x, y)}  # fmt: skip
    if kinds[x] == kinds[y] == "name":
        x, y = x.removeprefix("n:"), y.removeprefix("n:")
        return x.split()[-1] == y.split()[-1] and (" " not in x or " " not in y)
    return {kinds[x], kinds[y]} == {"pronoun", "name"}


def person_destinations(doc) -> tuple[Destination, ...]:
    """Each one person moved to, or cared for in, a named facility (module docstring)."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.tag_ == "MD" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma in _ONWARD:
            continue
        preps = DESTINATION_PREPS | (_CARE_PREPS if lemma in _PATIENT else frozenset())
        key = _moved(verb, lemma in _PATIENT)
        places = tuple(dict.fromkeys(
            n for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj" for h in (g, *g.conjuncts)
            if (n := destination_name(h, facility_name))))  # fmt: skip
        if lemma in _PATIENT and _cared_subject(verb):
            places = care_places(places)  # "she stayed at the Grand Hotel": no patient's stay
        if key and places:
            out.append(Destination(key, places, 1.0))
    return tuple(out)


def one_group(a: Destination, b: Destination) -> bool:
    """Whether two moved groups can be one: two people by :func:`one_person`; a person and
    a group never ("three people were taken to X", "she was taken to Y")."""
    if DEMANDED in (a.group, b.group):  # a trip demanded meets only another (demanded.py)
        return a.group == b.group
    persons = [d.group.startswith(ONE_PERSON) for d in (a, b)]
    if any(persons):
        return all(persons) and one_person(a.group, b.group)
    return venues.one_group(a, b)


def group_label(group: str) -> str:
    """A moved group as a report shows it: "one person:n:priya nandakumar" -> "priya
    nandakumar"; a group's noun as it is."""
    return group.removeprefix(ONE_PERSON).removeprefix("n:")
