"""Event frames: who did what, where, when, how many, and who says so, for each claim.

NLI compares sentences as wholes and is weakest exactly where news sources disagree:
places, dates, numbers and titles. A frame pulls those slots out of a claim with spaCy
(entities + dependency parse) so :mod:`consistency.structured.conflicts` can compare them slot by
slot and tell "the same meeting, reported in two places" from "two meetings".
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from consistency.core.types import Article, Attribution, Claim, IngestProblem
from consistency.lang import load, phrases
from consistency.structured import news_facts
from consistency.structured.acts import Act, acts
from consistency.structured.ages import Age, ages, resolve_ages
from consistency.structured.announcements import announced
from consistency.structured.bases import Base, bases
from consistency.structured.causes import HAPPENING as _HAPPENING
from consistency.structured.causes import Cause, causes
from consistency.structured.conditions import Condition, conditions
from consistency.structured.contacts import contact_class
from consistency.structured.damages import Damage, damages
from consistency.structured.fillers import Filler, fillers
from consistency.structured.happenings import asserted_happenings
from consistency.structured.hedges import absent_since, attempted, relayed_rumour
from consistency.structured.holdings import holding_counts
from consistency.structured.injuries import Injury, injuries
from consistency.structured.leadups import leadups
from consistency.structured.means import Means, means
from consistency.structured.measures import Measure, measures
from consistency.structured.money import Price, prices
from consistency.structured.negation import (
    abandoned as _abandoned,
)
from consistency.structured.negation import (
    falsified as _falsified,
)
from consistency.structured.negation import (
    kept_for as _kept_for,
)
from consistency.structured.negation import (
    negated as _negated,
)
from consistency.structured.negation import (
    no_event as _no_event,
)
from consistency.structured.negation import (
    nobody as _nobody,
)
from consistency.structured.negation import (
    not_before as _not_before,
)
from consistency.structured.negation import (
    prevented as _prevented,
)
from consistency.structured.negation import (
    survived as _survived,
)
from consistency.structured.offices import all_titles, offices
from consistency.structured.outcomes import Outcome, outcomes
from consistency.structured.parse import CONDITIONS as _CONDITIONS
from consistency.structured.parse import controller as _controller
from consistency.structured.parse import marks as _marks
from consistency.structured.parse import phrasal as _phrasal
from consistency.structured.parse import state_complements as _state_complements
from consistency.structured.patients import person_destinations
from consistency.structured.persons import as_people, number_as_people
from consistency.structured.plunges import Plunge, plunges
from consistency.structured.quantities import Quantity, quantities_in_doc, unit_name
from consistency.structured.relocations import Relocation, relocations
from consistency.structured.spans import kept_through
from consistency.structured.spots import Spot, spots
from consistency.structured.struck import struck_spots
from consistency.structured.sums import Sum, sums
from consistency.structured.timeanchor import (
    ClockTime,
    TimeRef,
    anchor_date,
    find_clock_spans,
    find_time_spans,
    find_times,
)
from consistency.structured.titles import TITLE as _TITLE
from consistency.structured.titles import TitledPerson, clean_name
from consistency.structured.titles import titles_in as _titles
from consistency.structured.venues import (
    DESTINATION_PREPS,
    TIME_LABELS,
    Destination,
    destinations,
    venues,
)
from consistency.structured.whereabouts import Whereabout, whereabouts

log = logging.getLogger(__name__)

__all__ = [
    "EventSlot", "Frame", "Quantity", "TimeRef", "TitledPerson", "extract_frames",
    "PREDICATE_CLASSES", "SPEECH_CLASSES",
]  # fmt: skip


@dataclass(frozen=True)
class EventSlot:
    """One event verb of a claim with its own tense, places and times.

    A sentence can hold several events ("he is ready to speak again with Lavrov, whom he
    met on Friday in Geneva"); comparing the right one needs its own slots.
    """

    cls: str
    predicate: str
    tense: str
    modality: str | None
    negated: bool
    places: tuple[str, ...] = ()
    times: tuple[TimeRef, ...] = ()
    args: tuple[str, ...] = ()  # names inside the event's own part of the sentence
    quantities: tuple[Quantity, ...] = ()  # numbers inside it ("14 air strikes")
    clocks: tuple[ClockTime, ...] = ()  # times of day inside it ("at about 9 p.m.")
    heads: tuple[str, ...] = ()  # lemmas of its subject and object ("plant", "job")
    asserted: bool = True  # False: a bare event noun or a condition ("in case X happens")
    # (head lemma, the name before it): "its Riverton depot" -> ("depot", "Riverton")
    owners: tuple[tuple[str, str], ...] = ()
    # a description of a participant ("a woman detained in Lebanon"), not what is said
    embedded: bool = False
    # what its participants are part of: "residents of the building" -> ("building",)
    wholes: tuple[str, ...] = ()
    # its time is only the earliest: "will remain in place until at least next weekend"
    not_before: bool = False
    # whom it befell: the object, the passive subject, else the subject ("the suspect" in
    # "police shot the suspect dead", "the suspect was arrested", "the suspect died")
    undergoers: tuple[str, ...] = ()
    # denied as a whole, not one actor's part: "no deaths have been reported", "no arrests
    # have been made", "reports of arrests were false" ("we did not negotiate" is not)
    whole_denial: bool = False
    # its undergoers are what it was done to (an object or a passive subject), not an
    # intransitive subject: "struck a party" and "the party struck" differ
    acted_on: bool = False


@dataclass(frozen=True)
class CountSlot:
    """A number with what it counts and what those counted did or underwent: "Eleven
    students were hospitalized" is (people, "hospitalize", 11), "19 children were admitted
    to hospital" (people, "to hospital", 19), "83 students fell ill" (people, "state sick").
    Two sources counting one unit under one key count one group."""

    unit: str  # the counted unit after the noun's own modifiers ("underage people")
    key: str
    quantity: Quantity
    tense: str


@dataclass(frozen=True)
class Frame:
    """The structured reading of one claim (see the module docstring).

    ``predicate_class`` is the class of the main event verb (speech verbs are skipped in
    favour of what was said); ``classes`` lists every event class in the sentence, since a
    relative clause ("Lavrov, with whom he met in Stockholm") often carries the event.
    ``places`` are the locations introduced by a place preposition ("in Geneva"), i.e.
    where something happened, as opposed to actors ("Moscow warned").
    """

    claim_id: str
    predicate: str = ""
    predicate_class: str | None = None
    subjects: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    titles: tuple[TitledPerson, ...] = ()
    tense: str = "present"
    modality: str | None = None
    attribution: Attribution | None = None
    negated: bool = False
    text: str = ""
    classes: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    recurring: bool = False
    events: tuple[EventSlot, ...] = ()
    causes: tuple[Cause, ...] = ()  # "the fire was caused by an electrical fault"
    counts: tuple[CountSlot, ...] = ()  # counted nouns with their verb (see CountSlot)
    # where a named thing is: ("red cross shelter", ("Brackenford High School",))
    sites: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # where any thing is held or found: ("shelter", ("Brannock High School",)); venues.py
    venues: tuple[tuple[str, tuple[str, ...]], ...] = ()
    means: tuple[Means, ...] = ()  # "got in through a phishing email"; means.py
    # happenings told as having happened: ("fire",) of "flames were seen"; happenings.py
    happenings: tuple[str, ...] = ()
    # where a group of people was taken ("taken to Kessington Memorial Hospital"); venues.py
    destinations: tuple[Destination, ...] = ()
    # how deep or high a thing is or happened ("250 metres down"); measures.py
    measures: tuple[Measure, ...] = ()
    # (verb, thing) of a thing made public: ("announce", "recall"); announcements.py
    announced: tuple[tuple[str, str], ...] = ()
    spots: tuple[Spot, ...] = ()  # places without a name ("in the service yard"); spots.py
    whereabouts: tuple[Whereabout, ...] = ()  # named areas ("a motel in X"); whereabouts.py
    damages: tuple[Damage, ...] = ()  # damage to a structure, told or denied; damages.py
    plunges: tuple[Plunge, ...] = ()  # a thing going into water, told or denied; plunges.py
    conditions: tuple[Condition, ...] = ()  # a state of health, told or denied; conditions.py
    outcomes: tuple[Outcome, ...] = ()  # "keeps the title", "loses it"; outcomes.py
    acts: tuple[Act, ...] = ()  # "opened an inquiry", "will remain in post"; acts.py
    relocations: tuple[Relocation, ...] = ()  # plans to leave a place, or not; relocations.py
    bases: tuple[Base, ...] = ()  # where an organisation is based; bases.py
    fillers: tuple[Filler, ...] = ()  # who did an act to a thing ("run by X"); fillers.py
    prices: tuple[Price, ...] = ()  # amounts of one transaction ("sold for £42m"); money.py
    sums: tuple[Sum, ...] = ()  # a named amount and its giver ("a $20,000 reward"); sums.py
    ages: tuple[Age, ...] = ()  # people's ages ("Darnell Voss, 34,"); ages.py
    injuries: tuple[Injury, ...] = ()  # told or denied of one person; injuries.py

    def event(self, cls: str) -> EventSlot | None:
        """The first event of class ``cls``, or None."""
        return next((e for e in self.events if e.cls == cls), None)

    @property
    def names(self) -> tuple[str, ...]:
        """Every named entity of the frame, in order, without repeats."""
        seen = dict.fromkeys(
            (*self.people, *self.orgs, *self.locations, *(t.person for t in self.titles))
        )
        return tuple(seen)


_LANG = load()
_EV, _GR, _TI = _LANG.events, _LANG.grammar, _LANG.titles
# Grouped lemmas: sources describe one event with different verbs.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    cls: frozenset(lemmas) for cls, lemmas in _EV.verb_classes.items()
}
SPEECH_CLASSES = frozenset(_EV.speech_classes)  # reported speech: the content is the event
_LEMMA_CLASS = {lemma: cls for cls, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}
_NOUN_CLASS = dict(_EV.noun_classes)
_PLACE_PREPS = frozenset(_GR.place_prepositions)
_PLAN_HEADS = frozenset(_GR.plan_heads)
_NEGATING_HEADS = frozenset(_GR.negating_heads)
_RELATIVE = frozenset(_GR.relative_pronouns)
_DENIED_NOUNS = frozenset(_GR.denied_nouns)
_PERFECT = frozenset(_GR.perfect_auxiliaries)
_MODALITY_TENSE = {"plan": "future", "possible": "present", "obligation": "present"}
_MODAL_WORDS = frozenset(w for words in _GR.modals.values() for w in words)
_PLAN_NOUNS = news_facts.words("plan_nouns")
# Accident, disaster, court, company and protest events (lang/en/news_facts.yaml); the
# classes above keep their lemmas.
for _cls, _lemmas in news_facts.classes("predicate_classes").items():
    for _lemma in _lemmas:
        _LEMMA_CLASS.setdefault(_lemma, _cls)
for _noun, _cls in (news_facts.data().get("noun_classes") or {}).items():
    _NOUN_CLASS.setdefault(_noun, _cls)
_PHRASAL = {tuple(k.split()): v for k, v in (news_facts.data().get("phrasal_classes") or {}).items()}  # noqa: E501
_COMPLEMENT = news_facts.data().get("complement_classes") or {}
_LIGHT_VERBS = news_facts.words("light_verbs")
_SUPPORT_VERBS = news_facts.words("support_verbs")
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"}
_RECURRING = re.compile(rf"\b({phrases(_LANG.time.recurring_words)})\b", re.IGNORECASE)
# "He will then meet ...": the previous sentence's time is not this one's
_SEQUENCE = re.compile(rf"\b({phrases(_LANG.time.sequence_words)})\b", re.IGNORECASE)
def _event_class(tok) -> str | None:
    """The event class of a verb or event noun, with the few context-dependent lemmas."""
    lemma = tok.lemma_.lower()
    kids = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in _HAPPENING and lemma not in _NOUN_CLASS and (
                _falsified(tok) or _no_event(tok) or _abandoned(tok)):  # fmt: skip
            return f"~{_HAPPENING[lemma]}"  # "reports of a second explosion were false"
        return _NOUN_CLASS.get(lemma)
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    by_object = _failure_class(tok, lemma) or _onset_class(tok, lemma) or _object_class(tok, lemma)
    by_object = by_object or contact_class(tok, lemma)  # "hit the bridge": contacts.py
    if by_object:
        return by_object
    if tok.lower_ in _STATE_FORMS and not any(c.dep_ == "dobj" for c in tok.children):
        return _STATE_FORMS[tok.lower_]  # "14 people are still missing"
    if lemma == "call" and kids & {"for", "on"}:
        return "demand"
    if lemma == "speak" and not kids & {"with", "to"}:
        return "say"
    if lemma in _EV.light_verbs:
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
        return next((_NOUN_CLASS[o] for o in objs if o in _NOUN_CLASS), None)
    if lemma == "send":  # "send weapons" is supply, "send troops" is deploy
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
        return "supply" if objs & set(_EV.supply_objects) else "deploy"
    return (
        _worded_class(tok, lemma)
        or _state_class(tok, lemma)
        or (_SURVIVED if _survived(tok) else None)
        or _subject_class(tok, lemma)
        or _LEMMA_CLASS.get(lemma)
        or _passive_class(tok, lemma)
        or _supported_class(tok, lemma)
        or _own_class(tok, lemma)
    )


_LINKING = news_facts.words("linking_verbs")
_STATE_WORDS = news_facts.data().get("state_words") or {}
_STATE_PHRASES = {phrase: state
                  for state, phrases in (news_facts.data().get("state_phrases") or {}).items()
                  for phrase in news_facts.split(phrases)}  # fmt: skip
_FAILURE_VERBS = news_facts.words("failure_verbs")
_FAILURE_PHRASES = {tuple(p.split()) for p in news_facts.words("failure_phrases")}
FAILURE = "~failure"


def _failure_class(tok, lemma: str) -> str | None:
    """"~failure" for a thing that gave out: "the dam failed / broke / gave way", a noun
    subject and no object or complement ("failed to stop the fire" is another event)."""
    kids = list(tok.children)
    phrase = any((lemma, c.lower_) in _FAILURE_PHRASES for c in kids if c.dep_ in ("dobj", "prt"))
    if lemma not in _FAILURE_VERBS and not phrase:
        return None
    if not phrase and any(c.dep_ in ("dobj", "xcomp", "ccomp", "prt") for c in kids):
        return None
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return FAILURE  # "a failed sea wall": the wall gave out
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return FAILURE if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


ONSET_PREFIX = "~"


def onset_classes() -> frozenset[str]:
    """The event classes of coming into a state ("~sick")."""
    return frozenset(f"{ONSET_PREFIX}{s}" for s in _STATE_WORDS.values())


def _onset_class(tok, lemma: str) -> str | None:
    """"~sick" for people coming into a state of ``state_words``, whatever the wording:
    "fell ill", "became sick", "were sickened", "began vomiting"."""
    if lemma in _STATE_WORDS and tok.pos_ == "VERB":
        return f"{ONSET_PREFIX}{_STATE_WORDS[lemma]}"
    if lemma not in _LINKING:
        return None
    word = next((c.lower_ for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod")
                 and c.lower_ in _STATE_WORDS), None)  # fmt: skip
    return f"{ONSET_PREFIX}{_STATE_WORDS[word]}" if word else None


_SUBJECT_CLASSES = news_facts.data().get("subject_classes") or {}
_ALSO = news_facts.data().get("also_classes") or {}


def _state_class(tok, lemma: str) -> str | None:
    """"remain closed" is (no) reopening, "stay open" (no) closure, "remain in place"
    (an order, a ban) no lifting."""
    if lemma not in _STATE_VERBS:
        return None
    return next((_STATE_NEGATES[w] for w in sorted(_state_complements(tok))
                 if w in _STATE_NEGATES), None)  # fmt: skip

_STATE_VERBS = news_facts.words("state_verbs")
_STATE_FORMS = news_facts.data().get("state_forms") or {}
_STATE_NEGATES = news_facts.data().get("state_negates") or {}
_OBJECT_CLASSES = news_facts.data().get("object_classes") or {}


_COUNT_NOUNS = news_facts.data().get("count_nouns") or {}


def _object_class(tok, lemma: str) -> str | None:
    """The class a verb takes from its object: its unit ("carrying 120 passengers"), or a
    count noun given "at" a number ("put the turnout at 10,000")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    hit = (_OBJECT_CLASSES.get(lemma) or {}).get(unit_name(obj.lemma_))
    if hit or obj.lemma_.lower() not in _COUNT_NOUNS:
        return hit
    at_number = any(p.lower_ == "at" and any(g.like_num for g in p.children)
                    for p in tok.children if p.dep_ == "prep")  # fmt: skip
    return _COUNT_NOUNS[obj.lemma_.lower()] if at_number else None


_IMPACT = news_facts.words("impact_verbs")
_OCCURRENCE = news_facts.words("occurrence_verbs")
_OCCURRENCE_PHRASES = {tuple(p.split()) for p in news_facts.words("occurrence_phrases")}


def _subject_class(tok, lemma: str) -> str | None:
    """The class a verb takes from its subject: "800 jobs will go" is a cut, "the death
    toll rose" counts deaths, and a verb that only says something happened ("the blast
    occurred", "the quake struck", "the march took place") is its subject's event."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    noun = subj.lemma_.lower()
    for key in (lemma, "*"):
        hit = (_SUBJECT_CLASSES.get(key) or {}).get(noun)
        if hit:
            return hit
    occurs = lemma in _OCCURRENCE or any(
        (lemma, c.lower_) in _OCCURRENCE_PHRASES for c in tok.children
        if c.dep_ in ("dobj", "prt", "advmod"))  # fmt: skip
    if not occurs or subj.pos_ != "NOUN":
        return None
    if noun in _HAPPENING:
        return _NOUN_CLASS.get(noun) or f"~{_HAPPENING[noun]}"
    return _NOUN_CLASS.get(noun)


def _classed(root) -> list:
    """(token, class) of every event word under ``root``, breadth first; a verb that also
    names a second class ("killed": a death too) is listed once more with it."""
    out = []
    for t in _bfs(root) if root is not None else ():
        c = _event_class(t)
        if c:
            out.append((t, c))
            verb = t.pos_ in ("VERB", "AUX")
            extra = (_also(t) or _result(t)) if verb else None
            if extra and extra != c:
                out.append((t, extra))
            happening = _started_happening(t, c)
            if happening:
                out.append((t, happening))
    return out


_RESULTS = news_facts.data().get("result_complements") or {}
_SURVIVED = news_facts.data().get("survival_class")  # "still standing": no destruction


def _also(tok) -> str | None:
    """The second class of a verb ("killed": a death), alone or with its particle ("swept
    away": a destruction)."""
    lemma = tok.lemma_.lower()
    return _ALSO.get(lemma) or next((_ALSO[f"{lemma} {c.lower_}"] for c in tok.children
                                     if c.dep_ in ("prt", "advmod")
                                     and f"{lemma} {c.lower_}" in _ALSO), None)  # fmt: skip


def _result(tok) -> str | None:
    """The class of a verb's result word: "shot the suspect dead" is a death too."""
    return next((_RESULTS[c.lower_] for c in tok.children if c.pos_ == "ADJ"
                 and c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "advmod")
                 and c.lower_ in _RESULTS), None)  # fmt: skip


_START_CLASSES = news_facts.words("happening_start_classes")


def _started_happening(tok, cls: str) -> str | None:
    """"~shooting" for "the shooting began": a happening's start is its time."""
    if cls not in _START_CLASSES:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    noun = subj.lemma_.lower() if subj is not None else ""
    return f"~{_HAPPENING[noun]}" if noun in _HAPPENING else None


_PASSIVE_CLASSES = news_facts.data().get("passive_classes") or {}


def _passive_class(tok, lemma: str) -> str | None:
    """The class of a verb that names its event only in the passive ("was charged")."""
    if lemma in _PASSIVE_CLASSES and any(c.dep_ == "auxpass" for c in tok.children):
        return _PASSIVE_CLASSES[lemma]
    return None


def _supported_class(tok, lemma: str) -> str | None:
    """"made landfall", "set sentencing for ...", "returned its verdict": a support verb
    takes the class of the noun it governs (the noun itself when it has none)."""
    if lemma not in _SUPPORT_VERBS:
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    obj = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                and c.pos_ in ("NOUN", "ADJ", "VERB")), None)  # fmt: skip
    if obj is None:
        return None
    noun = obj.lower_ if obj.pos_ == "VERB" else obj.lemma_.lower()  # a gerund: "Sentencing"
    return _NOUN_CLASS.get(noun) or f"~{noun}"


def _worded_class(tok, lemma: str) -> str | None:
    """The class a verb takes with its particle ("break out") or complement ("found
    guilty"), from the word classes."""
    hit = _phrasal(tok)
    if hit:
        return hit
    for c in tok.children:
        hit = _prep_phrasal(lemma, c)
        if hit:
            return hit
        if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and lemma in _COMPLEMENT:
            hit = _COMPLEMENT[lemma].get(c.lemma_.lower())
            if hit:
                return hit
    return None


def _prep_phrasal(lemma: str, c) -> str | None:
    """Verb + preposition + object ("taken to hospital", "pulled from the water", "were
    aboard the ferry"), the preposition on the verb or on its argument ("there were 85
    people on board")."""
    preps = [c] if c.dep_ == "prep" else []
    if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj"):
        preps = [p for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        for g in prep.children:
            for key in ((lemma, prep.lower_, g.lemma_.lower()), (lemma, prep.lower_, "*")):
                if g.dep_ == "pobj" and key in _PHRASAL:
                    return _PHRASAL[key]
    return None


def _own_class(tok, lemma: str) -> str | None:
    """A verb of no listed class is its own class ("~lose"), when it has a nominal
    argument: two sources using one verb about one named thing tell one event."""
    if tok.pos_ != "VERB" or lemma in _LIGHT_VERBS | _PLAN_HEADS or not lemma.isalpha():
        return None  # "’s" of "it’s" is no verb of its own
    kids = {c.dep_ for c in tok.children}
    if lemma in _NEGATING_HEADS and kids & {"xcomp", "ccomp"}:
        return None  # "failed to stop the fire": the event is the complement
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return f"~{lemma}"  # "a failed sea wall": the wall failed
    if "xcomp" in kids and "dobj" not in kids:
        return None  # "refuses to plan an offensive": the event is the complement
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in _HAPPENING and lemma in _IMPACT:
        return f"~{_HAPPENING[subj.lemma_.lower()]}"  # "the blast shook / tore through"
    if subj is not None or "dobj" in kids:
        return f"~{lemma}"
    if tok.dep_ == "xcomp" and _controller(tok) is not None:
        return f"~{lemma}"  # "residents will be allowed to return": the residents return
    if _conjoined_subject(tok) is not None:
        return f"~{lemma}"  # "the crew shut the engine down and landed at 7:52 p.m."
    return None


def _conjoined_subject(tok):
    """The subject a verb shares with the verb it is conjoined to ("the crew" of "landed"
    in "the crew declared an emergency and landed"), or None."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _bfs(root):
    queue = [root]
    while queue:
        tok = queue.pop(0)
        yield tok
        queue.extend(tok.children)


def _name_of(tok, doc) -> str:
    """The entity containing ``tok``, else the token with its compound modifiers."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "prep" and tok.head.head.dep_ == "relcl":
        tok = tok.head.head.head  # "Lavrov, with whom he met" -> Lavrov
    elif tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return clean_name(ent.text)
    parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
    return clean_name(" ".join(p.text for p in parts))


def _tense_modality(tok) -> tuple[str, str | None]:
    if _abandoned(tok):
        return "future", "plan"  # "cancelled the vote": a vote that will not happen
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    tags = {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "xcomp":  # "will be allowed to return": the return is a plan too
        aux |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"} & _MODAL_WORDS
    head = tok.head.lemma_.lower() if tok.dep_ in ("xcomp", "acomp", "acl") else ""
    for modality, words in _GR.modals.items():
        if aux & set(words):
            if modality == "possible" and tok.tag_ == "VBN" and aux & _PERFECT:
                return "past", modality  # "may have stolen": a guess at what happened
            return _MODALITY_TENSE[modality], modality
    if head in _PLAN_HEADS | _PLAN_NOUNS or (
            head == "be" and tok.head.head.lemma_ in _PLAN_HEADS):  # fmt: skip
        return "future", "plan"
    if head == "be" and tok.dep_ == "xcomp" and any(c.lower_ == "to" for c in tok.children):
        return "future", "plan"  # "the school is to reopen on Monday"
    if head in _GR.readiness_heads:
        return "future", "possible"
    if tok.tag_ == "VBD" or "VBD" in tags or (tok.tag_ == "VBN" and aux & _PERFECT) or (
        tok.tag_ == "VBN" and tok.dep_ == "amod"
    ):
        return "past", None
    return "present", None


def _denies(tok) -> bool:
    """A denial of a fact: "denied (that) X", "rejected claims that X", "did not say X"."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if lemma not in PREDICATE_CLASSES["deny"]:
        return False
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if objs - _DENIED_NOUNS and any(c.dep_ == "advcl" and _event_class(c) in SPEECH_CLASSES
                                    for c in tok.children):  # fmt: skip
        return False  # "denied wrongdoing, claiming the sample had been contaminated"
    return (
        lemma == "deny"
        or any(c.dep_ == "ccomp" for c in tok.children)
        or bool(objs & _DENIED_NOUNS)
    )


def _attribution(doc) -> Attribution | None:
    """The speaker of reported speech: "X said ...", "..., X said", "according to X"."""
    for tok in doc:
        word, prep = _GR.according
        if tok.lower_ == word and any(c.lower_ == prep for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == prep)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return Attribution(_name_of(pobj, doc), "accord")
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or _event_class(tok) not in SPEECH_CLASSES:
            continue
        top = tok.dep_ in ("ROOT", "parataxis") or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
        if not top:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        if appos is not None and subj.pos_ == "PROPN" and appos.pos_ != "PROPN":
            appos = None  # "said Ada Kimble, the group's chief nursing officer": Kimble
        speaker = _name_of(appos if appos is not None else subj, doc)
        if subj.pos_ == "NOUN" and appos is None:  # "the senior official", without its clauses
            mods = [c for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod")]
            speaker = " ".join(t.text for t in [*mods, subj])
        negated = _denies(tok)
        return Attribution(speaker, tok.lemma_.lower(), negated)
    return None


def _slots(classed, doc, place_ents, qspans, text: str, anchor: date | None, inherited):
    """An :class:`EventSlot` per event: the places/times in its own part of the parse.

    An event's own part is its subtree minus the subtrees of events nested in it, so in
    "he is ready to speak with Lavrov, whom he met on Friday" Friday belongs to "met" only.
    Words outside every event's own part are shared by all of them.
    """
    events = [(t, c) for t, c in classed if t.pos_ in ("VERB", "AUX")]
    events += [(t, c) for t, c in classed if t.pos_ not in ("VERB", "AUX")
               and all(c != vc for _, vc in events)]  # fmt: skip
    own = _own_regions(events)
    claimed = set().union(*own.values()) if own else set()
    clocks = find_clock_spans(text)
    tok_at = {}
    for t in doc:
        for k in range(t.idx, t.idx + len(t)):
            tok_at[k] = t.i
    out: list[EventSlot] = []
    for tok, cls in events:
        tense, modality = _tense_modality(tok)
        spans = find_time_spans(text, anchor, tense)
        mine = own[tok.i]
        times = tuple(r for off, r in spans if tok_at.get(off) in mine)
        times = times or tuple(r for off, r in spans if tok_at.get(off) not in claimed) or inherited
        named = [t for t in doc if t.i in mine and t.ent_type_ not in ("DATE", "TIME")
                 and (t.ent_type_ in _NAME_LABELS or t.pos_ == "PROPN")]  # fmt: skip
        args = tuple(dict.fromkeys(_name_of(t, doc) for t in named))
        places = [clean_name(e.text) for e in place_ents if e.root.i in mine]
        places = places or [clean_name(e.text) for e in place_ents if e.root.i not in claimed]
        counts = [(e, q) for e, q in qspans if tok_at.get(e - 1) in mine] or [
            (e, q) for e, q in qspans if tok_at.get(e - 1) not in claimed]
        if tok.dep_ == "amod":  # "12 injured passengers": only the noun's own count
            counts = [(e, q) for e, q in qspans
                      if tok_at.get(e - 1) in {c.i for c in tok.head.children}]  # fmt: skip
        negated = _negated(tok)
        asserted = _asserted(tok) and not (negated and _degree_only(tok))
        kept = _kept_until(tok, anchor)
        times = (kept,) if kept is not None else times
        out.append(EventSlot(cls, tok.lemma_.lower(), tense, modality, negated,
                             tuple(dict.fromkeys(places)), times, args,
                             _people_counts(cls, counts, doc, tok_at),
                             _own_clocks(clocks, tok_at, mine, claimed),
                             _heads(tok), asserted, _owners(tok),
                             tok.dep_ in ("acl", "relcl", "amod"), _wholes(tok),
                             _not_before(tok) or kept is not None, _undergoers(tok),
                             _whole_denial(tok),
                             _acted_on(tok)))  # fmt: skip
    return tuple(out)


def _kept_until(tok, anchor: date | None) -> TimeRef | None:
    """"Will remain closed for at least a month" told on ``anchor``: the earliest day of
    the other state's event (the reopening), or None."""
    kept = _kept_for(tok)
    if kept is None or anchor is None:
        return kept_through(tok, anchor)  # "for the rest of the week"
    day = anchor + timedelta(days=kept[0])
    return TimeRef(kept[1], day, day, None)


def _own_regions(events) -> dict[int, set[int]]:
    """Each event's own part of the parse (see :func:`_slots`), by its token index."""
    heads = {t.i for t, _ in events}
    own: dict[int, set[int]] = {}
    for tok, _ in events:
        region = {w.i for w in tok.subtree}
        for w in tok.subtree:
            if w.i in heads and w.i != tok.i:
                region -= {x.i for x in w.subtree}
        own[tok.i] = region
    for tok, _ in events:
        moved = _object_times(tok, heads)
        if moved:
            own[tok.i] -= moved
            own[tok.head.i] |= moved
    _give_elided_counts(events, own)
    return own


def _give_elided_counts(events, own: dict[int, set[int]]) -> None:
    """A number that stands for an elided subject belongs to its own event: the parser
    reads "three were killed and four injured" as "four" (joined to "killed") with
    "injured" hanging on it, so the four injured would count as killed."""
    for tok, _ in events:
        num = tok.head
        if tok.dep_ in ("amod", "acl") and num.pos_ == "NUM" and num.i != tok.i:
            for region in own.values():
                region.discard(num.i)
            own[tok.i].add(num.i)


def _object_times(tok, heads: set[int]) -> set[int]:
    """The time phrases the parser hangs on an event noun that is a verb event's object,
    which English reads as the verb's: in "discovered the attack on Friday afternoon" the
    discovery was on Friday, in "condemned the attack on Sunday" the condemning."""
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ != "dobj" or tok.head.i not in heads:
        return set()
    return {w.i for c in tok.children if c.dep_ == "prep"
            and any(w.ent_type_ in TIME_LABELS for w in c.subtree) for w in c.subtree}


_DEGREE = news_facts.words("degree_adverbs")


def _degree_only(tok) -> bool:
    """A denial of a degree only: "none were seriously hurt" says nothing of the slightly
    hurt, so no claim either way that anyone was hurt."""
    return any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in tok.children)


_PEOPLE_CLASSES = news_facts.words("people_count_classes")
_BARE_DEPS = {"nsubj", "nsubjpass", "dobj", "conj", "attr", "appos", "pobj", "nummod"}
_PEOPLE_UNIT = unit_name("people")


def _people_counts(cls: str, counts, doc, tok_at) -> tuple[Quantity, ...]:
    """The slot's quantities; in a class that counts people ("die", "injure") a bare
    number in an argument place counts people: "two were killed", "killing 12", "the
    death toll rose to 12"."""
    out = []
    for end, q in counts:
        i = tok_at.get(end - 1)
        if i is not None and _part(doc[i]):
            continue  # "including three children": a part, not the count
        if q.unit is None and cls in _PEOPLE_CLASSES and i is not None and (
                doc[i].dep_ in _BARE_DEPS) and not _nobody(doc[i]):  # fmt: skip
            q = dataclasses.replace(q, unit=_PEOPLE_UNIT)
        q = number_as_people(cls, doc[i] if i is not None else None, q)  # "four skiers"
        out.append(q)
    return tuple(out)


_PART_WORDS = news_facts.words("part_words")
_THING_PRONOUNS = news_facts.words("thing_pronouns")
_INCREMENT_BEFORE = news_facts.words("increment_before")
_INCREMENT_AFTER = news_facts.words("increment_after")


def _part(num) -> bool:
    """A number that counts a part of another count: "including three children", "three
    of them", "among them two children"."""
    before = {w.lower_ for w in num.doc[max(0, num.i - 2) : num.i]}
    after = num.doc[num.i + 1].lower_ if num.i + 1 < len(num.doc) else ""
    if before & _INCREMENT_BEFORE or after in _INCREMENT_AFTER:
        return True  # "another three", "a further 20", "12 more": an increment
    for t in (num, *num.ancestors):
        if t.lower_ in _PART_WORDS and t.dep_ == "prep":
            return True
        if any(c.dep_ == "prep" and f"{c.lower_} {g.lower_}" in _PART_WORDS
               for c in t.children for g in c.children if g.dep_ == "pobj"):  # fmt: skip
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


_DESTINATION_VERBS = news_facts.data().get("destination_verbs") or {}


_UNIT_PHRASES = {" ".join(k.split()): v for k, v in (news_facts.data().get("unit_phrases") or {}).items()}  # noqa: E501
_PRESENCE_UNITS = news_facts.words("presence_units")


def _count_unit(noun, num, unit: str) -> str:
    """The counted unit with the noun's own modifiers ("31 underage girls" and "seven
    girls" count two groups), a modifier that makes another unit taken into it
    ("emergency workers" are responders, ``unit_phrases``)."""
    mods = sorted(c.lemma_.lower() for c in noun.children
                  if c.dep_ in ("amod", "compound") and c.i != num.i)  # fmt: skip
    for m in mods:
        phrase = _UNIT_PHRASES.get(f"{m} {noun.lemma_.lower()}")
        if phrase:
            return " ".join((*(x for x in mods if x != m), phrase))
    return " ".join((*mods, unit))


def _count_key(verb) -> str | None:
    """What a counted group did or underwent, the same across wordings: a destination
    ("taken / rushed / admitted to hospital"), a state ("fell ill", "became sick", "were
    sickened"), else the verb's event class, else its lemma."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "no students were hurt" is no count
    lemma = verb.lemma_.lower()
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS):
        g = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if g is not None:
            return f"to {g.lemma_.lower()}"
    if lemma in _DESTINATION_VERBS:
        return f"to {_DESTINATION_VERBS[lemma]}"
    phrase_state = _phrase_state(verb)
    if phrase_state:
        return f"state {phrase_state}"
    if lemma in _LINKING:  # the tagger takes "ill" of "fell ill" for an adverb
        adj = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod") and (
            c.pos_ == "ADJ" or c.lower_ in _STATE_WORDS)), None)  # fmt: skip
        word = adj.lemma_.lower() if adj is not None else None
        return f"state {_STATE_WORDS.get(word, word)}" if word else None
    if lemma in _STATE_WORDS:
        return f"state {_STATE_WORDS[lemma]}"
    cls = _LEMMA_CLASS.get(lemma)
    return cls or lemma if lemma.isalpha() else None


def _phrase_state(verb) -> str | None:
    """The state a verb's phrase names (lang/en news_facts ``state_phrases``): "on strike"
    (preposition and noun), "joined the strike" (verb and object), "walked out" (verb and
    particle)."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prep":
            words = [f"{c.lower_} {g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("dobj", "prt", "advmod"):
            words = [f"{lemma} {c.lemma_.lower()}"]
        else:
            continue
        state = next((_STATE_PHRASES[w] for w in words if w in _STATE_PHRASES), None)
        if state:
            return state
    return None


def _count_slots(doc, qspans) -> tuple[CountSlot, ...]:
    """A :class:`CountSlot` per number that counts the subject or object of a verb
    ("Nine ambulances were sent"), or a noun described by a participle or a state phrase
    ("200 families displaced", "12,000 homes without power"); parts ("three of them",
    "including two") are left out."""
    out = []
    for end, q in qspans:
        num = next((t for t in doc if t.idx < end <= t.idx + len(t)), None)
        if num is None or q.unit is None or _part(num) or num.dep_ not in ("nummod", "amod"):
            continue
        noun = num.head
        state = _phrase_state(noun)  # "12,000 homes without power"
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.i > num.i and doc[c.i - 1].text != ","),  # ", backed by X,": aside
                    noun.head)  # "200 families displaced by" # fmt: skip
        if state:
            key = f"state {state}"
        elif verb.head is noun:
            key = _count_key(verb)
        elif noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        else:
            key = _count_key(verb)
        counted = as_people(_ALSO.get(verb.lemma_.lower(), key), noun, q)  # "four skiers"
        unit = _count_unit(noun, num, q.unit) if counted is q else counted.unit
        if unit.split()[-1] != q.unit:  # "emergency workers": responders
            q = dataclasses.replace(q, unit=unit.split()[-1])
        if unit in _PRESENCE_UNITS and key and key not in _PEOPLE_CLASSES and (
                " " not in key):  # a destination or a state ("to hospital") stays # fmt: skip
            key = "present"  # "150 rescuers searched", "sixty rescuers are working"
        tense, modality = _tense_modality(verb)
        if key and modality != "possible":  # "six shots can be heard": no count of all
            out.append(CountSlot(unit, key, q, tense))
    return tuple(out)


_SITE_PREPS = frozenset({"at", "in"})


def _sites(doc) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Where a thing named by its owner is ("the Red Cross shelter at X", "a Red Cross
    shelter set up at X", "the Red Cross shelter is at X"): (owner + noun, place names)."""
    out = []
    for t in doc:
        owner = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if t.pos_ != "NOUN" or t.tag_ != "NN" or not owner:
            continue
        holders = [t, *(c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        if (t.dep_, t.head.lemma_) == ("nsubj", "be") or t.dep_ == "nsubjpass":
            holders.append(t.head)  # "the shelter is at X", "a shelter was set up at X"
        places = []
        for h in holders:
            for p in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS):
                places += [_name_of(g, doc) for g in p.children
                           if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # fmt: skip
        if places:
            words = [w.lower_ for c in owner for w in c.subtree]  # "Red Cross"
            thing = " ".join(words) + " " + t.lemma_.lower()
            out.append((thing, tuple(dict.fromkeys(places))))
    return tuple(out)


def _owners(tok) -> tuple[tuple[str, str], ...]:
    """Subjects and objects named by a proper noun before them ("its Riverton depot"):
    two sources telling of the Riverton and the Denton depot tell of two things."""
    out = []
    parts = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    parts += [g for c in parts for p in c.children if p.dep_ == "prep"
              and p.lower_ in _WHOLE_PREPS for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    for c in parts:  # "its Riverton depot"; "classes in Alder schools": the schools'
        if c.pos_ == "NOUN":
            names = [" ".join(t.text for t in g.subtree) for g in c.children
                     if g.dep_ == "compound" and g.pos_ == "PROPN"]  # fmt: skip
            if names:  # the whole name: "Brannock Unified School District schools"
                out.append((unit_name(c.lemma_), " ".join(names)))
    return tuple(out)


_PORTIONS = news_facts.words("portion_nouns")


def _heads(tok) -> tuple[str, ...]:
    """The lemmas of an event's subject and object, counted nouns in one unit class."""
    deps, pos = ("nsubj", "nsubjpass", "dobj"), ("NOUN", "PROPN")
    if tok.dep_ == "amod" and tok.head.pos_ in pos:  # "a failed sea wall": the wall
        return (unit_name(tok.head.lemma_),)
    lemma = tok.lemma_.lower()
    if lemma in _OCCURRENCE or any((lemma, c.lower_) in _OCCURRENCE_PHRASES for c in tok.children):
        return ()  # "the evacuation took place": no participant named
    out = []
    kids = list(tok.children)
    if tok.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        kids += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    kids += _against(tok)
    for c in (k for k in kids if k.dep_ in deps or k.head.lower_ == "against"):
        if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
            c = tok.head  # "a man who was shot": the man
        elif c.lower_ in _THING_PRONOUNS:
            out.append(f"{c.lower_}: {tok.doc.text}")  # "we did not shoot it": some thing
            continue  # of this sentence's own, never another claim's
        if c.pos_ not in pos or _nobody(c):
            continue  # "no one", "nobody": no one in particular
        if c.lemma_.lower() in _NOUN_CLASS or c.lemma_.lower() in _HAPPENING:
            continue  # "the evacuation took place": the event, not who took part
        # "hundreds of residents", "a sample of files": the residents, the files
        if c.lower_ in _VAGUE_COUNTS or c.lemma_.lower() in _PORTIONS:
            c = next((g for p in c.children if p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"), c)  # fmt: skip
        out.append(unit_name(c.lemma_))
    return tuple(out)


def _against(tok) -> list:
    """Whom an event is against, on the verb or its object: "charges were brought against
    the owner", "filed charges against the owner"."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "against"
            for g in p.children if g.dep_ == "pobj"]  # fmt: skip


def _whole_denial(tok) -> bool:
    """The event denied as a whole: an event noun under "no" or called false, a clause
    called false, or an event noun under "no" as a light verb's object ("no arrests have
    been made")."""
    return _falsified(tok) or _no_event(tok) or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _NOUN_CLASS and _no_event(c)
        for c in tok.children)


_DONE_TO = ("dobj", "nsubjpass")


def _acted_on(tok) -> bool:
    """The event is done to a participant named as its object or passive subject: not
    an event noun ("brought charges"), a happening, no one, or "took place"."""
    lemma = tok.lemma_.lower()
    if any((lemma, c.lower_) in _OCCURRENCE_PHRASES for c in tok.children):
        return False
    return any(c.dep_ in _DONE_TO and c.pos_ in ("NOUN", "PROPN") and not _nobody(c)
               and c.lemma_.lower() not in _NOUN_CLASS and c.lemma_.lower() not in _HAPPENING
               for c in tok.children)  # fmt: skip


def _undergoers(tok) -> tuple[str, ...]:
    """Whom the event befell, by the lemma of its object or passive subject, else of its
    subject: "police shot the suspect dead" befell the suspect, not the police."""
    kids = [c for c in tok.children if c.dep_ in _DONE_TO] or [
        c for c in tok.children if c.dep_ == "nsubj"]
    return tuple(unit_name(c.lemma_) for c in kids
                 if c.pos_ in ("NOUN", "PROPN") and not _nobody(c))  # fmt: skip


_WHOLE_PREPS = news_facts.words("whole_prepositions")


def _wholes(tok) -> tuple[str, ...]:
    """What an event's subject or object belongs to: "Residents of the building were
    evacuated" tells of the building as "the building was evacuated" does, "classes in
    the schools will resume" of the schools as "the schools will reopen" does, "the
    colliery's sections will reopen" of the colliery."""
    parts = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
             and c.pos_ == "NOUN"]  # fmt: skip
    owned = [g for c in parts for g in c.children if g.dep_ == "poss" and g.pos_ == "NOUN"]
    return tuple(unit_name(g.lemma_) for c in parts
                 for p in c.children if p.dep_ == "prep" and p.lower_ in _WHOLE_PREPS
                 for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                 ) + tuple(unit_name(g.lemma_) for g in owned)  # "the colliery's sections"


_VAGUE_COUNTS = frozenset(load().numbers.vague) | frozenset(load().numbers.scale_nouns)


def _asserted(tok) -> bool:
    """Whether the sentence says the event happens: a verb outside a condition ("if",
    "unless", "in case"), or an event noun that is denied ("reports of X were a hoax")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return _falsified(tok) or _no_event(tok) or _abandoned(tok)
    if relayed_rumour(tok) or absent_since(tok) or attempted(tok):
        return False  # "rumours that he died", "not seen since May", "trying to find"
    keeper = _prevented(tok)
    if keeper is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in keeper.children):
        return False  # "paid them to keep the files from being published": an aim, not a fact
    for t in (tok, *tok.ancestors):
        if _marks(t) & _CONDITIONS:
            return False
        if t.dep_ in ("ROOT", "ccomp") and t is not tok:
            break
    return True


def _own_clocks(clocks, tok_at, mine, claimed) -> tuple[ClockTime, ...]:
    """The times of day in an event's own part, else those in no event's part."""
    own = tuple(c for off, c in clocks if tok_at.get(off) in mine)
    return own or tuple(c for off, c in clocks if tok_at.get(off) not in claimed)


def _main_event(doc):
    """(classed tokens, predicate token, predicate class) of a parsed claim.

    Speech verbs are passed over for what was said; a claim with no event verb takes the
    class of its first event noun ("a meeting in Geneva").
    """
    root = next(iter(doc.sents)).root if len(doc) else None
    classed = _classed(root)
    verbs = [(t, c) for t, c in classed if t.pos_ in ("VERB", "AUX")]
    content = next(((t, c) for t, c in verbs if c not in SPEECH_CLASSES), None)
    main = content or (verbs[0] if verbs else None)
    pred_tok = main[0] if main else root
    pred_class = main[1] if main else None
    if pred_class is None and classed:
        pred_class = classed[0][1]
    return classed, pred_tok, pred_class


def _parties(pred_tok, doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(subjects, objects) of the predicate, "with"/"to" objects and relative heads included."""
    subjects: list[str] = []
    objects: list[str] = []
    if pred_tok is None:
        return (), ()
    for c in pred_tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            subjects.append(_name_of(c, doc))
        elif c.dep_ in ("dobj", "dative"):
            objects.append(_name_of(c, doc))
        elif c.dep_ == "prep" and c.lower_ in ("with", "to"):
            objects += [_name_of(p, doc) for p in c.children if p.dep_ == "pobj"]
    if pred_tok.dep_ == "relcl" and any(c.lower_ in _RELATIVE for c in pred_tok.subtree):
        objects.append(_name_of(pred_tok.head, doc))
    return tuple(s for s in subjects if s), tuple(o for o in objects if o)


def _ents(doc, *labels: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(clean_name(e.text) for e in doc.ents if e.label_ in labels))


def _bare_names(doc) -> tuple[str, ...]:
    """Proper nouns in an argument slot that NER missed.

    NER misses surnames it has not seen ("Ortiz met Sorokin"): a bare proper noun in an
    argument slot is most often a person; aliases fix the kind if it is seen elsewhere.
    """
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    return tuple(dict.fromkeys(
        _name_of(t, doc) for t in doc
        if t.pos_ == "PROPN" and t.i not in in_ent and t.dep_ in _ARG_DEPS
        and not re.fullmatch(_TITLE, t.text) and t.lower_ not in _CLOCK_ZONES  # "at 2240 GMT"
    ))  # fmt: skip


_WHERE_PREPS = news_facts.words("where_prepositions")
_CLOCK_ZONES = news_facts.words("clock_zones")


def _place_ents(doc) -> list:
    """Locations introduced by a place preposition ("in Geneva"): where something happened.

    The small model often calls an unknown town a person ("a plant in Dunmore"); a
    one-word name right after "in" / "near" is taken as a place whatever its label.
    """
    return [
        e for e in doc.ents
        if e.root.dep_ in ("pobj", "conj") and e.root.head.lower_ in _PLACE_PREPS
        and (e.label_ in ("GPE", "LOC", "FAC") or _misread_place(e))
    ]  # fmt: skip


def _misread_place(ent) -> bool:
    """A one-word PERSON entity that is the object of "in" / "near" and no possessive."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        ent.label_ == "PERSON" and len(ent) == 1 and ent.root.dep_ == "pobj"
        and ent.root.head.lower_ in _WHERE_PREPS
        and not (after is not None and after.tag_ == "POS")
    )  # fmt: skip


def _inherited_times(claim: Claim, anchor, tense: str, pred_class) -> tuple[TimeRef, ...]:
    """The time of the sentence before, for an event sentence with none of its own.

    "On this occasion, he met Lavrov in Stockholm": the time is in the sentence before,
    unless the claim moves on from it ("He will then meet ...").
    """
    if (
        pred_class in (None, *SPEECH_CLASSES)
        or not claim.context_before
        or _SEQUENCE.search(claim.resolved)
    ):
        return ()
    before = find_times(claim.context_before, anchor, tense)
    return tuple(dataclasses.replace(t, inherited=True) for t in before[-1:])


def _frame(claim: Claim, doc, anchor: date | None) -> Frame:
    classed, pred_tok, pred_class = _main_event(doc)
    tense, modality = _tense_modality(pred_tok) if pred_tok is not None else ("present", None)
    subjects, objects = _parties(pred_tok, doc)
    place_ents = _place_ents(doc)
    times = find_times(claim.resolved, anchor, tense)
    qspans = quantities_in_doc(doc, claim.resolved)
    inherited = () if times else _inherited_times(claim, anchor, tense, pred_class)
    return Frame(
        claim_id=claim.id,
        predicate=pred_tok.lemma_.lower() if pred_tok is not None else "",
        predicate_class=pred_class,
        subjects=subjects,
        objects=objects,
        people=tuple(n for n in dict.fromkeys((*_ents(doc, "PERSON"), *_bare_names(doc)))
                     if n not in {clean_name(e.text) for e in place_ents}),
        orgs=_ents(doc, "ORG"),
        locations=tuple(dict.fromkeys((*_ents(doc, "GPE", "LOC", "FAC"),
                                       *(clean_name(e.text) for e in place_ents)))),
        times=times or inherited,
        quantities=tuple(q for _, q in qspans),
        titles=all_titles(offices(doc, _event_class), _titles(claim.resolved)),
        tense=tense,
        modality=modality,
        attribution=_attribution(doc),
        negated=pred_tok is not None and _negated(pred_tok),
        text=claim.resolved,
        classes=tuple(dict.fromkeys(c for _, c in classed)),
        places=tuple(dict.fromkeys(clean_name(e.text) for e in place_ents)),
        recurring=bool(_RECURRING.search(claim.resolved)),
        events=_slots(classed, doc, place_ents, qspans, claim.resolved, anchor, inherited),
        causes=causes(doc) + leadups(doc),
        counts=_count_slots(doc, qspans) + holding_counts(  # a vehicle's load: holdings.py
            doc, qspans, lambda unit, key, q: CountSlot(unit, key, q, "")),
        sites=_sites(doc),
        venues=venues(doc),
        means=means(doc),
        happenings=asserted_happenings(doc),
        destinations=destinations(doc) + person_destinations(doc),  # patients.py
        measures=measures(doc, qspans),
        announced=announced(doc),
        spots=spots(doc, _event_class) + struck_spots(doc),
        whereabouts=whereabouts(doc, _event_class),
        damages=damages(doc),
        plunges=plunges(doc),
        conditions=conditions(doc),
        outcomes=outcomes(doc),
        acts=acts(doc),
        relocations=relocations(doc),
        bases=bases(doc),
        fillers=fillers(doc),
        prices=prices(doc, qspans),
        sums=sums(doc, qspans),
        ages=ages(doc, anchor),
        injuries=injuries(doc),
    )


def extract_frames(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    nlp,
    parsed: Mapping | None = None,
    failed: dict[str, IngestProblem] | None = None,
) -> dict[str, Frame]:
    """One :class:`Frame` per claim id, parsing ``claim.resolved`` in batches.

    ``parsed`` maps claim ids to spaCy Docs of ``claim.resolved`` that the claims stage
    already made; only the other claims are parsed again. Relative times are resolved
    against each article's :func:`anchor_date`. When ``failed`` is given, a document on
    which any of this fails gets no frames and a problem under its id there.
    """
    if failed is None:
        return _extract_frames(claims, articles, nlp, parsed)
    try:
        return _extract_frames(claims, articles, nlp, parsed)
    except Exception:  # noqa: BLE001 - find the bad document(s), keep the others
        log.debug("frames failed in a batch; retrying document by document", exc_info=True)
    out: dict[str, Frame] = {}
    for doc_id in dict.fromkeys(c.doc_id for c in claims):
        mine = [c for c in claims if c.doc_id == doc_id]
        try:
            out.update(_extract_frames(mine, articles, nlp, parsed))
        except Exception as exc:  # noqa: BLE001 - named and skipped, the run goes on
            art = articles.get(doc_id)
            path = art.path if art is not None else doc_id
            message = " ".join(str(exc).split())[:200] or "no message"
            log.warning("frames of %s failed, document skipped", path)
            failed[doc_id] = IngestProblem(path, f"frames failed ({type(exc).__name__}: {message})")
    return out


def _extract_frames(
    claims: Sequence[Claim], articles: Mapping[str, Article], nlp, parsed: Mapping | None
) -> dict[str, Frame]:
    anchors: dict[str, date | None] = {}
    for doc_id in {c.doc_id for c in claims}:
        art = articles.get(doc_id)
        anchors[doc_id] = anchor_date(art) if art is not None else None
    out: dict[str, Frame] = {}
    parsed = parsed or {}
    todo = [c for c in claims if c.id not in parsed]
    fresh = dict(
        zip((c.id for c in todo), nlp.pipe((c.resolved for c in todo), batch_size=64), strict=True)
    )
    for claim in claims:
        doc = parsed[claim.id] if claim.id in parsed else fresh[claim.id]
        out[claim.id] = _frame(claim, doc, anchors[claim.doc_id])
    resolve_ages(((c.id, c.doc_id) for c in claims), out)  # surnames: ages.py
    log.debug("extracted %d frames", len(out))
    return out
