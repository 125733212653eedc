"""Counted groups: a number with what it counts and what those counted did.

"Eleven students were hospitalized" and "19 children were admitted to hospital" count
one group when they count one unit under one key (see :class:`CountSlot`); parts
("including three children") and increments ("a further 20") count no group.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.aboard import aboard_key, conveyed_key
from consistency.structured.ages import named_age
from consistency.structured.earlyfigures import early_figure
from consistency.structured.eventclass import (
    ALSO_CLASSES,
    LEMMA_CLASS,
    LINKING_VERBS,
    NOUN_CLASS,
    STATE_WORDS,
    tense_modality,
)
from consistency.structured.leftover import left_key
from consistency.structured.members import members_unit, own_group
from consistency.structured.observedcounts import observed_key
from consistency.structured.occasions import earlier_occasion
from consistency.structured.orderreach import UNDER_ORDER, order_key, reach_of_pobj
from consistency.structured.peoplegroups import CARE_LEMMA, cared_for, group_of
from consistency.structured.persons import as_people, person_noun
from consistency.structured.quantities import Quantity, number_token, unit_name
from consistency.structured.sources import source_key
from consistency.structured.venues import (
    DESTINATION_PREPS,
)

_STATE_PHRASES = {phrase: state
                  for state, phrases in (news_facts.data().get("state_phrases") or {}).items()
                  for phrase in news_facts.split(phrases)}  # fmt: skip


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
    # the group of the incident's people counted ("hurt", "hospital", "scene"):
    # peoplegroups.py; None where the verb names none
    group: str | None = None

PEOPLE_CLASSES = news_facts.words("people_count_classes")
_PART_WORDS = news_facts.words("part_words")
_INCREMENT_BEFORE = news_facts.words("increment_before")
_INCREMENT_AFTER = news_facts.words("increment_after")
_REST = news_facts.words("rest_of_group_words")


_AGE_WORDS = news_facts.words("age_words")


def is_age(num) -> bool:
    """A number told as an age, no count: "two men, aged 24 and 19", "a woman aged 31"."""
    while num.dep_ == "conj" and num.head is not num:
        num = num.head  # "aged 24 and 19": the 19 joined to the 24
    return num.head.lower_ in _AGE_WORDS or (
        num.i > 0 and num.doc[num.i - 1].lower_ in _AGE_WORDS)


def no_count(num) -> bool:
    """A number that counts no group of its own: a part or an increment (:func:`is_part`),
    an age (:func:`is_age`; a named person's, ages.py: "Darren Foley, a 41-year-old man",
    compared as that person's), a figure of early reports (earlyfigures.py), a count of an
    earlier occasion ("last year's edition saw a crash that brought down 30": occasions.py)."""
    return (is_part(num) or is_age(num) or named_age(num) or early_figure(num)
            or earlier_occasion(num))


def is_part(num) -> bool:
    """A number that counts a part of another count: "including three children", "three
    of them", "among them two children", "the other three", "the seven other people"."""
    before = {w.lower_ for w in num.doc[max(0, num.i - 2) : num.i]}
    after = num.doc[num.i + 1].lower_ if num.i + 1 < len(num.doc) else ""
    if before & _INCREMENT_BEFORE or after in _INCREMENT_AFTER:
        return True  # "another three", "a further 20", "12 more": an increment
    if "the" in before and (before & _REST or after.rstrip("s") in _REST):
        return True  # "the other three", "the seven others", "the five remaining ones"
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
# the states of state_words and the lasting ones ("stuck", "stranded", "trapped")
_COUNT_STATES = {**STATE_WORDS, **(news_facts.data().get("lasting_states") or {})}


# verbs that hold their subject in the state the word after them names ("were vacant",
# "sat empty", "remained trapped"): be, posture verbs, and the kept-state verbs
_HOLDING_VERBS = news_facts.words("being_verbs") | news_facts.words("state_verbs")


def held_state(verb) -> str | None:
    """The lasting state (``lasting_states``) a verb of being holds its subject in, by
    its complement ("14 posts were vacant", "homes sitting empty", "remained trapped"),
    else None: a count of those in the state is one count whatever the verb."""
    if verb.lemma_.lower() not in _HOLDING_VERBS:
        return None
    word = next((c.lemma_.lower() for c in verb.children
                 if c.dep_ in ("acomp", "oprd", "advmod") and c.lemma_.lower() in _COUNT_STATES),
                None)  # fmt: skip
    return _COUNT_STATES[word] if word else None


_UNIT_PHRASES = {" ".join(k.split()): v for k, v in (news_facts.data().get("unit_phrases") or {}).items()}  # noqa: E501
_PRESENCE_UNITS = news_facts.words("presence_units")


def _count_unit(noun, num, unit: str, group=None) -> str:
    """The counted unit with the noun's own modifiers ("31 underage girls" and "seven
    girls" count two groups), a modifier that makes another unit taken into it
    ("emergency workers" are responders, ``unit_phrases``); ``group``, the word naming
    the group a noun of membership counts ("crew members"), is the unit, no modifier."""
    mods = sorted(c.lemma_.lower() for c in noun.children
                  if c.dep_ in ("amod", "compound")
                  and c.i not in (num.i, getattr(group, "i", -1)))  # fmt: skip
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
    if _gathering(verb, lemma):
        return _GATHERING_CLASS  # "200 people gathered", "fifty turned out": one crowd
    if reach := order_key(verb):  # "covered by the notice", "told to boil": orderreach.py
        return reach
    phrase_state = _phrase_state(verb)
    if phrase_state:
        return f"state {phrase_state}"
    if lemma in LINKING_VERBS:  # the tagger takes "ill" of "fell ill" for an adverb
        adj = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod") and (
            c.pos_ == "ADJ" or c.lower_ in STATE_WORDS)), None)  # fmt: skip
        word = adj.lemma_.lower() if adj is not None else None
        return f"state {STATE_WORDS.get(word, word)}" if word else None
    if lasting := held_state(verb):
        return f"state {lasting}"  # "were vacant", "sat empty", "remained trapped"
    if lemma in _COUNT_STATES:
        return f"state {_COUNT_STATES[lemma]}"
    done = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "oprd")
                 and c.lemma_.lower() in _COUNT_STATES), None)  # fmt: skip
    if done and any(c.dep_ == "auxpass" for c in verb.children):
        return f"state {_COUNT_STATES[done]}"  # "were left stranded", "were found trapped"
    if (by := conveyed_key(verb)) and not _befalls_people(lemma):
        return by  # "taken off / lifted off by the lifeboat": moved by it (aboard.py)
    if cared_for(verb) and CARE_LEMMA:
        lemma = CARE_LEMMA  # "seven were patched up by paramedics": treated
    cls = LEMMA_CLASS.get(lemma)
    return cls or lemma if lemma.isalpha() else None


_GATHERING = news_facts.words("gathering_verbs")
_GATHERING_CLASS = news_facts.data().get("gathering_class")


def _gathering(verb, lemma: str) -> bool:
    """Whether the verb, alone or with its particle, tells people coming together
    (``gathering_verbs``: "gathered", "turned out")."""
    return lemma in _GATHERING or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in _GATHERING for c in verb.children)


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


_TOTAL_NOUNS = news_facts.words("total_nouns")


def _total_of(noun):
    """The noun holding ``noun`` in "a total of N nouns" or in apposition to it, else
    ``noun`` itself."""
    prep = noun.head
    if noun.dep_ == "appos" and prep.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return prep  # "the victims, 12 children, were ..."; "KESSBRIDGE - 12,400 homes"
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _TOTAL_NOUNS:
        return prep.head
    return noun


_PLACE_PREPS = news_facts.words("place_count_prepositions")
_PEOPLE = "people"
_IN = "in"  # "caught up in a crash": the preposition that puts people in an event
_MEASURES = news_facts.words("measure_units")
_PEOPLE_UNITS = news_facts.words("people_group_units")
PLACES = "places"  # the key's last word for a count of the places a verb happens at


def _place_key(slot, q: Quantity) -> str | None:
    """The key of a count of the places an event happens at ("the paper was sat at 212
    schools", "protests were held in 40 towns"): the verb's key and "places", so that any
    of the place prepositions tells one set; None for other counts and for measures ("in
    two hours"). Counts of people ("at 300 people") are no places."""
    prep = slot.head
    if slot.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or q.unit in _MEASURES or q.unit in _PEOPLE_UNITS:
        return None
    key = _count_key(verb)
    return f"{key} {PLACES}" if key else None


def _to_incident(key: str, verb) -> bool:
    """A destination that is the incident itself, where responders sent there are present
    ("three crews were sent to the scene / the blaze"), not a place people are taken as a
    group of their own ("to hospital", "into custody": peoplegroups.py); a state stays."""
    return key.startswith("to ") and group_of(verb) in (None, "scene")


def _counted_of(num, q: Quantity):
    """(the counted noun, the quantity in its unit, members_unit's reading) of a number
    that counts a noun ("30 people", "19 crew") or the writer's own group ("43 of us"),
    else None."""
    if q.unit is None and own_group(num):  # "43 of us were stuck": members.py
        noun, q = num, dataclasses.replace(q, unit=_PEOPLE)
    elif q.unit is None or num.dep_ not in ("nummod", "amod"):
        return None
    else:
        noun = num.head
    members = members_unit(noun, q.low)  # "19 crew", "21 crew members": members.py
    return noun, dataclasses.replace(q, unit=members[0]) if members else q, members


def _befalls_people(lemma: str) -> bool:
    """Whether the verb names, or also names, an event of people's own class ("died",
    "injured", "rescued", "killed"): a count of it is its own group."""
    return bool({LEMMA_CLASS.get(lemma), ALSO_CLASSES.get(lemma)} & PEOPLE_CLASSES)


def _involvement(verb) -> str | None:
    """"in <class>" for people a verb of no people's class puts in an event ("were caught
    up in a crash", "went down in the crash", "were involved in the pile-up"): all those
    the event took in, whichever verb tells it; a verb of what befell them ("injured in
    the crash", "died in the crash") keeps its own key."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or _befalls_people(lemma):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == _IN:
            cls = next((NOUN_CLASS.get(g.lemma_.lower()) for g in p.children
                        if g.dep_ == "pobj"), None)  # fmt: skip
            if cls:
                return f"{_IN} {cls}"
    return None


def _partitive_state(num, q: Quantity) -> tuple[CountSlot, ...]:
    """The count of a part of a definite whole in a lasting state ("Nine of the unit's
    midwife posts are vacant", "three of the pupils remained trapped"): a count of the
    whole's nouns in that state, as "nine midwife posts were vacant" is; any other verb
    of a part ("nine of the members are drivers") counts no group of its own."""
    whole = next((g for p in num.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                  and g.tag_ == "NNS" and any(c.dep_ in ("det", "poss") for c in g.children)),
                 None)  # fmt: skip
    verb = num.head
    if whole is None or num.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    state = held_state(verb)
    if state is None:
        return ()
    unit = q.unit or unit_name(whole.lemma_)  # quantities.py may read "of the posts"
    tense, _ = tense_modality(verb)
    q = dataclasses.replace(q, unit=unit)
    return (CountSlot(_count_unit(whole, num, unit), f"state {state}", q, tense),)


def count_slots(doc, qspans) -> tuple[CountSlot, ...]:
    """A :class:`CountSlot` per number that counts the subject or object of a verb
    ("Nine ambulances were sent"), or a noun described by a participle or a state phrase
    ("200 families displaced", "12,000 homes without power"); parts ("three of them",
    "including two") are left out."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        counted_of = _counted_of(num, q) if num is not None and not no_count(num) else None
        if counted_of is None:
            out += _partitive_state(num, q) if num is not None and not no_count(num) else ()
            continue
        noun, q, members = counted_of
        slot = _total_of(noun)  # "a total of 27 papers were rejected": the total's place
        state = _phrase_state(noun)  # "12,000 homes without power"
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.i > num.i
                     and (c.tag_ == "VBN" or held_state(c))  # "14 posts sitting empty"
                     and doc[c.i - 1].text != ","),  # ", backed by X,": aside
                    slot.head)  # "200 families displaced by" # fmt: skip
        if state:
            key = f"state {state}"
        elif (q.unit == _PEOPLE or members) and (aboard := aboard_key(slot.head, slot)):
            key, verb = aboard, slot.head
        elif verb.head is noun:
            key = _count_key(verb)
        elif reach_of_pobj(slot):  # "issued a notice to 14,200 properties"
            key, verb = UNDER_ORDER, slot.head.head
        elif place_key := _place_key(slot, q):  # "was due to be sat at 212 schools"
            key, verb = place_key, slot.head.head
        elif slot.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        else:
            key = _count_key(verb)
        if (key is None or " " not in key) and (q.unit == _PEOPLE or members or person_noun(noun)):
            key = _involvement(verb) or key  # "40 riders were caught up in a crash"
        counted = as_people(ALSO_CLASSES.get(verb.lemma_.lower(), key), noun, q)  # "four skiers"
        group = members and members[1]  # "crew members": the crew's people
        unit = _count_unit(noun, num, q.unit, group) if counted is q else counted.unit
        if unit.split()[-1] != q.unit:  # "emergency workers": responders
            q = dataclasses.replace(q, unit=unit.split()[-1])
        if unit in _PRESENCE_UNITS and key and key not in PEOPLE_CLASSES and (
                " " not in key or _to_incident(key, verb)):  # fmt: skip
            key = "present"  # "150 rescuers searched", "sixty rescuers are working"
        key = left_key(verb, key)  # "are still without power": leftover.py
        key = observed_key(verb, slot, unit, key)  # "I counted 20 holes": observedcounts.py
        tense, modality = tense_modality(verb)
        if key and modality != "possible":  # "six shots can be heard": no count of all
            out.append(CountSlot(unit, key, q, tense, group_of(verb)))
            moved = slot.dep_ in ("dobj", "nsubjpass") or verb.head is noun and verb.tag_ == "VBN"
            if moved and (source := source_key(verb)) and source != key:  # sources.py
                out.append(CountSlot(unit, source, q, tense, group_of(verb)))
    return tuple(out)
