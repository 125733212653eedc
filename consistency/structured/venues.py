"""Where a thing is, or an event is held: the venue slot of any noun, whatever it names.

"The evacuation shelter at Brannock High School", "a shelter in the exhibition hall at
the Lisle County Fairgrounds", "an information session will be held at the Kestrel Falls
Civic Center", "held a rally outside City Hall", "the rally took place in Harbour
Square". No list of event nouns: the thing is any singular common noun that is no person
and no venue itself, keyed by its lemma. A venue is a named facility (its last word a
facility noun of ``venue_words``: a school, a hall, a square); a town is no venue, since
a shelter "in Brannock" and one "at Brannock High School" may be one place, while two
named facilities are two places unless one name holds the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.eventvenues import event_kind, verb_venues
from consistency.structured.movedpeople import destination_name
from consistency.structured.numtokens import token_value
from consistency.structured.proceeds import PROCEEDS, money_destinations
from consistency.structured.quantities import unit_name

__all__ = ["Destination", "Venue", "care_places", "destinations", "facility_name", "venues"]

_VENUE_WORDS = news_facts.words("venue_words")
_VENUE_PREPS = news_facts.words("venue_prepositions")
_HOLDING_VERBS = news_facts.words("support_verbs") | news_facts.words("venue_verbs")
_STAYING_VERBS = news_facts.words("state_verbs") | news_facts.words("occurrence_verbs")
_PERSON_UNITS = frozenset(news_facts.classes("unit_classes"))  # "a nurse at X": a person
TIME_LABELS = frozenset({"DATE", "TIME"})
_SPEECH = frozenset(load().events.verb_classes["say"])  # "a nurse at X said": a speaker
_OCCURRENCE = {tuple(p.split()) for p in news_facts.words("occurrence_phrases")}
DESTINATION_PREPS = frozenset({"to", "into"})
_ONWARD_VERBS = news_facts.words("onward_verbs")
_ANY_GROUP = news_facts.words("any_group_nouns")
_GROUP_PRONOUNS = news_facts.words("group_pronouns")
_PATIENT = news_facts.words("patient_verbs")
_CARE_PLACES = news_facts.classes("people_group_places")["hospital"]  # "hospital", "infirmary"
PRONOUN_GROUP = "they"  # the group of "they were taken to X": some group told before
_CARE_PREPS = frozenset({"in", "at"})
_VEHICLES = news_facts.kind_nouns("vehicle")

Venue = tuple[str, tuple[str, ...]]  # (the thing's lemma, the facility names)


def venues(doc) -> tuple[Venue, ...]:
    """Each singular thing with the named facilities it is said to be at or in."""
    out: dict[str, tuple[str, ...]] = {}
    for t in doc:
        if t.pos_ != "NOUN" or t.tag_ != "NN" or not _thing(t):
            continue
        names = tuple(dict.fromkeys(n for h in _holders(t) for n in _places(h)))
        if names:
            out.setdefault(event_kind(t) or t.lemma_.lower(), names)
    return tuple({**verb_venues(doc, _places), **out}.items())  # eventvenues.py


def _thing(t) -> bool:
    """A noun that can have one venue: no person ("a nurse at X"), no facility itself
    (the hall of "in the hall at X" is the venue), no time ("Tuesday evening at X")."""
    lemma = t.lemma_.lower()
    if (t.head.lemma_.lower(), lemma) in _OCCURRENCE:
        return False  # the "place" of "took place"
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH:
        return False
    return (lemma not in _VENUE_WORDS and unit_name(lemma) not in _PERSON_UNITS
            and t.ent_type_ not in TIME_LABELS)  # fmt: skip


def _holders(t) -> list:
    """The noun, and the verb that places it: "the rally took place in X", "a session will
    be held at X", "the shelter remains open at X", "held a rally outside X"."""
    out = [t]
    verb = t.head
    if t.dep_ == "pobj" and verb.lower_ in DESTINATION_PREPS and verb.head.pos_ == "VERB":
        return [t, verb.head]  # "sent to a shelter in the hall at X"
    if verb.pos_ not in ("VERB", "AUX") or verb is t:
        return out
    lemma = verb.lemma_.lower()
    placed = t.dep_ == "nsubjpass" or (t.dep_ == "dobj" and lemma in _HOLDING_VERBS)
    occurs = lemma in _STAYING_VERBS or (lemma, "place") in _OCCURRENCE and any(
        c.lower_ == "place" for c in verb.children)
    if placed or (t.dep_ == "nsubj" and occurs):
        out.append(verb)
    return out


def _places(holder) -> list[str]:
    """Facility names after a venue preposition of ``holder``, one step further through a
    room or a common noun ("in the auditorium at Ridgeway Hospital")."""
    out = []
    for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _VENUE_PREPS):
        for g in (c for c in p.children if c.dep_ == "pobj"):
            name = facility_name(g)
            if name:
                out.append(name)
            elif g.pos_ == "NOUN":
                out += [n for q in g.children if q.dep_ == "prep" and q.lower_ in _VENUE_PREPS
                        for h in q.children if h.dep_ == "pobj" and (n := facility_name(h))]
    return out


def facility_name(tok) -> str | None:
    """The name of a named facility ("Brannock High School", "the Ridgeway Hospital
    auditorium", "City Hall"), or None for a town, a person or an unnamed place."""
    if tok.lower_ not in _VENUE_WORDS and tok.lemma_.lower() not in _VENUE_WORDS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ not in TIME_LABELS:
        return re.sub(r"^(?:the|The)\s+|['’]s?$", "", ent.text)
    parts = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound"] + [tok]
    if not any(p.pos_ == "PROPN" or p.text[:1].isupper() for p in parts):
        return None  # "the high school": no name
    return " ".join(p.text.rstrip("'’s") if p.tag_ == "POS" else p.text for p in parts)


@dataclass(frozen=True)
class Destination:
    """Where a group of people was taken: "Three passengers were taken to Kessington
    Memorial Hospital" is ("passenger", ("Kessington Memorial Hospital",), 3.0)."""

    group: str  # the moved noun's lemma; "people" or a bare number: any group
    places: tuple[str, ...]  # named facilities (a town is none: see the module docstring)
    number: float | None  # how many, when a number says so


def destinations(doc) -> tuple[Destination, ...]:
    """Each group of people a verb moved to a named facility, passive or active ("were
    taken / rushed / flown to X", "ambulances took six people to X"), whatever the verb,
    less an onward move ("later transferred to X": ``onward_verbs``) and a move only
    possible or planned ("will be taken to X"). A group cared for at a facility ("all six
    were treated at X", "they are recovering in Y": ``patient_verbs``) is there too: the
    subject of an active patient verb only with no object ("paramedics treated the injured
    at X" tells where the injured were) and at a care facility ("they stayed at the Grand
    Hotel" is no patient's stay)."""
    out = []
    for t in doc:
        verb = t.head
        patient = verb.lemma_.lower() in _PATIENT
        if t.dep_ not in ("nsubjpass", "dobj", *(("nsubj",) if patient else ())) or (
                verb.pos_ != "VERB"):  # fmt: skip
            continue
        cared = t.dep_ == "nsubj"  # "they are recovering in X": only at a care facility
        if cared and any(c.dep_ == "dobj" for c in verb.children):
            continue
        if verb.lemma_.lower() in _ONWARD_VERBS or any(c.tag_ == "MD" for c in verb.children):
            continue
        group, number = _group(t)
        if group is None:  # "most of the injured were flown to X": the part's group
            group = next((_group(g)[0] for p in t.children if p.dep_ == "prep"
                          and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        places = tuple(dict.fromkeys(
            n for p in verb.children if p.dep_ == "prep"
            and p.lower_ in DESTINATION_PREPS | (_CARE_PREPS if patient else frozenset())
            for g in p.children if g.dep_ == "pobj" for h in (g, *g.conjuncts)
            if (n := destination_name(h, facility_name))))  # fmt: skip
        if cared:
            places = care_places(places)
        if group and places:
            out.append(Destination(group, places, number))
    return tuple(out) + money_destinations(doc, Destination)  # proceeds.py: where money goes


def _group(t) -> tuple[str | None, float | None]:
    """The moved group's noun and number ("three passengers", "three", "the injured",
    "ambulances", "they"), or (None, None) when it is no group of people nor of vehicles."""
    if t.like_num:
        return "people", token_value(t)
    if t.lower_ in _GROUP_PRONOUNS:
        return PRONOUN_GROUP, None  # "they were taken to X": a group told before
    lemma = t.lemma_.lower()
    if t.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" for c in t.children):
        lemma = t.lower_  # "the injured", "the wounded"
    elif t.pos_ != "NOUN" or (unit_name(lemma) not in _PERSON_UNITS and lemma not in _VEHICLES):
        return None, None  # people, or vehicles sent on ("ambulances were diverted to X")
    num = next((c for c in t.children if c.dep_ == "nummod"), None)
    return lemma, token_value(num) if num is not None else None


def one_group(a: Destination, b: Destination) -> bool:
    """Whether two moved groups can be one: one noun ("passengers"), or a noun of any
    group ("people", a bare number) on either side, and no two numbers that differ ("two
    were taken to X", "the other three to Y" are two groups)."""
    if (a.group == PROCEEDS) != (b.group == PROCEEDS):
        return False  # money is no group of people
    if {a.group, b.group} & _VEHICLES and a.group != b.group:
        return False  # vehicles meet only vehicles of one noun: "ambulances", not "people"
    nouns = a.group == b.group or bool({a.group, b.group} & _ANY_GROUP)
    if PRONOUN_GROUP in (a.group, b.group):  # "they": whoever the article told of before
        nouns = bool(_facility_nouns(a.places) & _facility_nouns(b.places))
    return nouns and (a.number is None or b.number is None or a.number == b.number)


def care_places(places: tuple[str, ...]) -> tuple[str, ...]:
    """The named places that are care facilities ("Brenhallow General Hospital", not "the
    Grand Hotel"): where a patient verb's own subject ("they stayed at X", "she remains
    in Y") is cared for; ``people_group_places`` hospital."""
    return tuple(p for p in places if _facility_nouns((p,)) & _CARE_PLACES)


def _facility_nouns(places: tuple[str, ...]) -> frozenset[str]:
    """The facility nouns ending the named places ("hospital" of "Brenhallow General
    Hospital", "station" of "Kestleton police station").

    A group a source calls "they" may be any group its article told of before; it can be
    the group another source moved only to a place of one kind: "they were treated at St
    Aldhelm's Hospital" and "all six were treated at Brenhallow General Hospital" tell of
    one group, "police took them to Kestleton police station" tells of another (those
    arrested, not those hurt)."""
    return frozenset(w for p in places if (w := p.split()[-1].lower()) in _VENUE_WORDS)
