"""Event slots: each event verb of a claim with its own tense, places, times and counts.

A sentence can hold several events; comparing the right one needs the words in its own
part of the parse (see :func:`event_slots`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.addressed import addressed_group, class_label
from consistency.structured.aims import aim_only
from consistency.structured.attendees import attendees, lend_host_clocks
from consistency.structured.besides import besides_only
from consistency.structured.causes import HAPPENING as _HAPPENING
from consistency.structured.clausetimes import (
    at_once_part,
    carve_finite_clauses,
    outside_relative,
)
from consistency.structured.copulas import copula_heads, state_subject
from consistency.structured.counts import PEOPLE_CLASSES, no_count
from consistency.structured.deadlines import shared_deadline
from consistency.structured.eventclass import (
    NOUN_CLASS,
    OCCURRENCE_PHRASES,
    OCCURRENCE_VERBS,
    RELATIVE_PRONOUNS,
    name_of,
    tense_modality,
)
from consistency.structured.gerunds import gerund_phrases
from consistency.structured.guesses import guessed
from consistency.structured.hedges import absent_since, attempted, relayed_rumour
from consistency.structured.imperatives import imperative
from consistency.structured.keptstates import state_word_times
from consistency.structured.knownthings import definite_undergoers as _known
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
from consistency.structured.nobody_denial import denied_kinds
from consistency.structured.nobody_hurt import denied_of_everyone, scope_of
from consistency.structured.opposites import opposite_class
from consistency.structured.parse import CONDITIONS as _CONDITIONS
from consistency.structured.parse import marks as _marks
from consistency.structured.parse import passive_shared, shared_subject
from consistency.structured.partitives import counted_whole, denied_whole
from consistency.structured.peoplegroups import group_of
from consistency.structured.persons import number_as_people
from consistency.structured.qualifiers import qualifiers
from consistency.structured.quantities import Quantity, unit_name
from consistency.structured.remains import remains
from consistency.structured.spans import kept_through
from consistency.structured.timeanchor import (
    ClockTime,
    TimeRef,
    find_clock_spans,
    find_time_spans,
)
from consistency.structured.titles import clean_name
from consistency.structured.venues import (
    TIME_LABELS,
)
from consistency.structured.wanted import wanted

_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


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
    # told as a forecast or a hypothesis ("would cost", "is expected to ship"): guesses.py
    guess: bool = False
    # kinds of participant under "no" it is denied of: "no rescuer was hurt" (nobody_denial)
    denied_kinds: tuple[str, ...] = ()
    # asked for or given room, not told as done: "asked to leave by 6pm" (wanted.py)
    wanted: bool = False
    # denied of everyone: "nobody was hurt", "no one was injured" (nobody_hurt.py)
    nobody: bool = False
    # the group of the incident's people its counts count: "hurt", "hospital" (as in
    # "taken to hospital"), "scene", "custody" (peoplegroups.py); None: no group named
    group: str | None = None
    # the kinds it is narrowed to: "no compulsory redundancies", "not officially named"
    qualifiers: tuple[str, ...] = ()
    # who took part in an exchange told by its noun: "staff were told at a meeting" (attendees.py)
    attendees: tuple[str, ...] = ()
    # its undergoers told as known things, under "the" or an owner: "found the cracks"
    # ("a crack was found" may be another one): thingdays.py
    definite: tuple[str, ...] = ()


def event_slots(classed, doc, place_ents, qspans, text: str, anchor: date | None, inherited):
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
    deadlines = {t.i for t in doc if shared_deadline(t)}  # deadlines.py: "by Tuesday"
    dated = claimed | deadlines
    clocks = find_clock_spans(text)
    tok_at = {}
    for t in doc:
        for k in range(t.idx, t.idx + len(t)):
            tok_at[k] = t.i
    out: list[EventSlot] = []
    for tok, cls in events:
        tense, modality = tense_modality(tok)
        spans = find_time_spans(text, anchor, tense)
        mine = own[tok.i] | state_subject(tok)  # copulas.py: "was left injured"
        bounds = set() if wanted(tok) else deadlines  # "asked to leave by 6pm": its time
        times = tuple(r for off, r in spans if tok_at.get(off) in mine - bounds)
        background = dated | outside_relative(tok)  # clausetimes.py: "who was injured"
        times = times or tuple(
            r for off, r in spans if tok_at.get(off) not in background) or inherited
        named = [t for t in doc if t.i in mine and t.ent_type_ not in ("DATE", "TIME")
                 and (t.ent_type_ in _NAME_LABELS or t.pos_ == "PROPN")]  # fmt: skip
        args = tuple(dict.fromkeys(name_of(t, doc) for t in named))
        places = [clean_name(e.text) for e in place_ents if e.root.i in mine]
        places = places or [clean_name(e.text) for e in place_ents if e.root.i not in claimed]
        counts = [(e, q) for e, q in qspans if tok_at.get(e - 1) in mine] or [
            (e, q) for e, q in qspans if tok_at.get(e - 1) not in claimed]
        if tok.dep_ == "amod":  # "12 injured passengers": only the noun's own count
            counts = [(e, q) for e, q in qspans
                      if tok_at.get(e - 1) in {c.i for c in tok.head.children}]  # fmt: skip
        negated = _negated(tok)
        partial = negated and (_degree_only(tok) or besides_only(tok))  # "no one else was hurt"
        asserted = _asserted(tok) and not partial and (
            not imperative(tok)) and not aim_only(tok)  # an instruction; "urged not to pay"
        kept = _kept_until(tok, anchor)
        times = (kept,) if kept is not None else times
        out.append(EventSlot(cls, tok.lemma_.lower(), tense, modality, negated,
                             tuple(dict.fromkeys(places)), times, args,
                             _people_counts(cls, counts, doc, tok_at),
                             _own_clocks(clocks, tok_at, mine - bounds, background | (
                                 set(tok_at.values()) if wanted(tok) else set()),
                                 at_once_part(tok, own)),
                             _heads(tok), asserted, _owners(tok),
                             tok.dep_ in ("acl", "relcl", "amod"), _wholes(tok),
                             _not_before(tok) or kept is not None, _undergoers(tok),
                             _whole_denial(tok),
                             _acted_on(tok), guessed(tok), denied_kinds(tok),
                             wanted(tok), denied_of_everyone(tok), group_of(tok),
                             qualifiers(tok), attendees(tok, cls), _known(tok)))  # fmt: skip
    lend_host_clocks(events, out)  # attendees.py: "called to a meeting at nine o'clock"
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
    """Each event's own part of the parse (see :func:`event_slots`), by its token index."""
    heads = {t.i for t, _ in events}
    own: dict[int, set[int]] = {}
    for tok, _ in events:
        region = {w.i for w in tok.subtree}
        for w in tok.subtree:
            if w.i in heads and w.i != tok.i:
                region -= {x.i for x in w.subtree}
        own[tok.i] = region
    for tok, _ in events:
        moved = _object_times(tok, heads) | state_word_times(tok, heads)  # keptstates.py
        if moved:
            own[tok.i] -= moved
            own[tok.head.i] |= moved
        shared = gerund_phrases(tok, heads)  # gerunds.py: "stopped turning at 6.40pm"
        if shared:
            own[tok.head.i] |= shared
    _give_elided_counts(events, own)
    carve_finite_clauses(events, own)  # clausetimes.py: "injuries returned home on Sunday"
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
_BARE_DEPS = {"nsubj", "nsubjpass", "dobj", "conj", "attr", "appos", "pobj", "nummod"}
_PEOPLE_UNIT = unit_name("people")


def _people_counts(cls: str, counts, doc, tok_at) -> tuple[Quantity, ...]:
    """The slot's quantities; in a class that counts people ("die", "injure") a bare
    number in an argument place counts people: "two were killed", "killing 12", "the
    death toll rose to 12"."""
    out = []
    for end, q in counts:
        i = tok_at.get(end - 1)
        if i is not None and no_count(doc[i]):
            continue  # "including three children": a part, not the count; an age, an
            # early report's figure (counts.no_count)
        if q.unit is None and cls in PEOPLE_CLASSES and i is not None and (
                doc[i].dep_ in _BARE_DEPS) and not _nobody(doc[i]):  # fmt: skip
            q = dataclasses.replace(q, unit=_PEOPLE_UNIT)
        q = number_as_people(cls, doc[i] if i is not None else None, q)  # "four skiers"
        out.append(q)
    return tuple(out)
_THING_PRONOUNS = news_facts.words("thing_pronouns")


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
    if (lemma in OCCURRENCE_VERBS or any((lemma, c.lower_) in OCCURRENCE_PHRASES
                                         for c in tok.children)) and not opposite_class(tok):
        return ()  # "the evacuation took place": no participant named
    out = []
    kids = list(tok.children)
    if tok.dep_ in ("xcomp", "oprd") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        kids += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.dep_ == "dobj" for c in kids):  # "... and will not be replayed": the match
        kids += [c for c in (shared_subject(tok),) if c is not None]  # (an object names it)
    kids += _against(tok)
    for c in (k for k in kids if k.dep_ in deps or k.head.lower_ == "against"):
        if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            c = tok.head  # "a man who was shot": the man
            if c.pos_ == "NUM":  # "a gap of £9.8 million, which will be closed":
                out.append(f"{c.lower_}: {tok.doc.text}")  # some thing of its own, not
                continue  # no one (the amount's thing is no other claim's participant)
        elif c.lower_ in _THING_PRONOUNS:
            out.append(f"{c.lower_}: {tok.doc.text}")  # "we did not shoot it": some thing
            continue  # of this sentence's own, never another claim's
        c = counted_whole(denied_whole(c))  # "none of the fencing", "36 of its servers"
        scope = scope_of(c)  # "no one on its team": the team (nobody_hurt.py)
        if scope is not None:
            out.append(unit_name(scope.lemma_))
            continue
        if c.pos_ not in pos or _nobody(c):
            continue  # "no one", "nobody": no one in particular
        if c.lemma_.lower() in NOUN_CLASS or c.lemma_.lower() in _HAPPENING:
            continue  # "the evacuation took place": the event, not who took part
        # "hundreds of residents", "a sample of files": the residents, the files
        if c.lower_ in _VAGUE_COUNTS or c.lemma_.lower() in _PORTIONS:
            c = next((g for p in c.children if p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"), c)  # fmt: skip
        out += (unit_name(c.lemma_), *remains(c))  # "the dead whales": also the carcasses
        out += _body_of(c) if c.dep_ == "dobj" else ()  # "requested military support"
    return tuple(out) or copula_heads(tok)  # copulas.py: "the worst hurt is a girl"


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
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NOUN_CLASS and _no_event(c)
        for c in tok.children)


_DONE_TO = ("dobj", "nsubjpass")


def _acted_on(tok) -> bool:
    """The event is done to a participant named as its object or passive subject: not
    an event noun ("brought charges"), a happening, no one, or "took place"."""
    lemma = tok.lemma_.lower()
    if any((lemma, c.lower_) in OCCURRENCE_PHRASES for c in tok.children):
        return False
    return any(c.dep_ in _DONE_TO and c.pos_ in ("NOUN", "PROPN") and not _nobody(c)
               and c.lemma_.lower() not in NOUN_CLASS and c.lemma_.lower() not in _HAPPENING
               for c in (*tok.children, *passive_shared(tok)))  # fmt: skip



def _undergoers(tok) -> tuple[str, ...]:
    """Whom the event befell, by the lemma of its object or passive subject, else of its
    subject: "police shot the suspect dead" befell the suspect, not the police."""
    kids = [c for c in (*tok.children, *passive_shared(tok)) if c.dep_ in _DONE_TO] or [
        c for c in tok.children if c.dep_ == "nsubj"]
    return tuple(u for c in kids if c.pos_ in ("NOUN", "PROPN") and not _nobody(c)
                 for u in (unit_name(c.lemma_), *remains(c), *_body_of(c)))  # fmt: skip


def _body_of(noun) -> tuple[str, ...]:
    """A body of people named by an adjective on the noun ("military assistance", "civilian
    workers"): the adjective is a counted noun's synonym, so the help or the workers are
    that body's, and "asked for military assistance" is done to the military as "the army
    was called in" is."""
    return tuple(unit_name(a.lemma_) for a in noun.children
                 if a.dep_ == "amod" and unit_name(a.lemma_) != a.lemma_.lower())  # fmt: skip


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
    if addressed_group(tok) or class_label(tok):
        return False  # "patients who have not been contacted should attend", "is data lost"
    keeper = _prevented(tok)
    if keeper is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in keeper.children):
        return False  # "paid them to keep the files from being published": an aim, not a fact
    for t in (tok, *tok.ancestors):
        if _marks(t) & _CONDITIONS:
            return False
        if t.dep_ in ("ROOT", "ccomp") and t is not tok:
            break
    return True


def _own_clocks(clocks, tok_at, mine, claimed, at_once=frozenset()) -> tuple[ClockTime, ...]:
    """The times of day in an event's own part, else in the part of an event told at its
    time ("as it travelled"), else those in no event's part."""
    own = tuple(c for off, c in clocks if tok_at.get(off) in mine)
    own = own or tuple(c for off, c in clocks if tok_at.get(off) in at_once)
    return own or tuple(c for off, c in clocks if tok_at.get(off) not in claimed)

