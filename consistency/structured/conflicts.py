"""Slot-by-slot comparison of two claim frames: place, time, number, title, speaker.

Each disagreement becomes a :class:`~consistency.types.Signal` with a one-line
explanation. Whether the two claims describe the same event at all is judged too: dates
far apart, a plan against a past event, or a recurring event ("the annual OSCE meeting")
mark them ``maybe_different_events``; the score is lowered but the signal is kept, since
"a different meeting" is the reader's call, not ours.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.acts import act_clash, act_signals
from consistency.structured.ages import age_signals
from consistency.structured.alerts import alert_clash, notice_clocks
from consistency.structured.aliases import AliasTable
from consistency.structured.announcements import announcement_signals
from consistency.structured.bases import base_signals, one_org
from consistency.structured.causes import GERMS, HAPPENING, kind_and_member
from consistency.structured.choices import CHOICE
from consistency.structured.clashbase import (
    CAUSE_SCORE,
    DISPUTE_SCORE,
    INHERITED_FACTOR,
    LOCATION_SCORE,
    NEGATION_SCORE,
    NUMBER_SCORE,
    ROLE_SCORE,
    TIME_SCORE,
    canon,
    entities_in,
    event_name,
    nested,
    one_name,
    people_in,
    same_story,
    shared_classes,
    short_name,
    time_text,
    times_agree,
)
from consistency.structured.clockclash import clock_signals, one_night
from consistency.structured.conditions import CONDITION
from consistency.structured.damages import DAMAGE
from consistency.structured.described_ages import described_age_signals
from consistency.structured.doerkinds import doer_kind_signals, kinds_clash
from consistency.structured.doneto import doer_against_done_to
from consistency.structured.durations import duration_signals
from consistency.structured.endplaces import end_clash
from consistency.structured.eventclass import SPEECH_CLASSES
from consistency.structured.eventslots import EventSlot
from consistency.structured.eventvenues import kinds_apart, one_event_kind
from consistency.structured.fillers import filler_signals, one_act
from consistency.structured.floors import floor_signals
from consistency.structured.frames import Frame
from consistency.structured.groupsizes import group_size_signals
from consistency.structured.holders import holder_signals
from consistency.structured.impacts import IMPACT
from consistency.structured.injuries import INJURY
from consistency.structured.insides import inside_and_outside
from consistency.structured.lasttimes import last_time_signals
from consistency.structured.leadups import alike
from consistency.structured.nobody_denial import kind_covers
from consistency.structured.numberclash import (
    AMOUNT_KINDS,
    count_pairs,
    money_signals,
    number_signals,
)
from consistency.structured.occasiondays import occasion_day_signals
from consistency.structured.offices import (
    FORMER_MARKERS,
    OFFICE_MODIFIERS,
    one_office,
    unmodified,
)
from consistency.structured.outcomes import outcome_clash, outcome_signals
from consistency.structured.partitives import one_partitive_group
from consistency.structured.patients import one_group  # or one person
from consistency.structured.placeclash import (
    area_signals,
    compass_signals,
    destination_signals,
    ending_signals,
    measure_signals,
    moved_to_signals,
    site_signals,
    stand_signals,
    venue_signals,
)
from consistency.structured.plandrops import dropped_before_plan
from consistency.structured.plannedday import planned_day_signals
from consistency.structured.plunges import PLUNGE
from consistency.structured.positions import position_clash
from consistency.structured.qualifiers import narrower_denial, other_instance
from consistency.structured.quantities import (
    unit_name,
)
from consistency.structured.quotes import quote_signals
from consistency.structured.relocations import RELOCATION
from consistency.structured.remotes import REMOTE
from consistency.structured.repeats import repeat_signals, repeats_differ
from consistency.structured.services import SERVICE
from consistency.structured.sizes import size_signals
from consistency.structured.splits import split_signals
from consistency.structured.spots import spot_clash, spot_signals
from consistency.structured.storymishap import effects_meet
from consistency.structured.temperatures import temperature_signals, temperatures_meet
from consistency.structured.thingdays import known_thing_day_signals
from consistency.structured.timeanchor import (
    TimeRef,
    days_apart,
    own_days,
)
from consistency.structured.titles import named_as, orgs_differ
from consistency.structured.whereabouts import regions, whereabout_clash

# Things told by one source and denied by the other (told_denied.PolarKind).
POLAR_KINDS = (DAMAGE, PLUNGE, IMPACT, RELOCATION, CONDITION, INJURY, CHOICE, SERVICE,
               REMOTE)

log = logging.getLogger(__name__)

__all__ = [
    "Comparison", "causes_differ", "compare", "could_conflict", "denied_happenings",
    "told_happenings",
]  # fmt: skip
_EVENTS = load().events
_HAPPENINGS = frozenset(HAPPENING.values())  # "~explosion": an event named by its noun
_TWO_PARTY = frozenset(_EVENTS.two_party_classes)


@dataclass(frozen=True)


class Comparison:
    """What :func:`compare` found; ``speakers_differ`` lets scoring call an NLI
    contradiction between two different speakers a dispute."""

    signals: tuple[Signal, ...]
    maybe_different_events: bool
    different_event_reason: str | None
    dispute: bool
    naming_only: bool
    speakers_differ: bool = False
    label_a: str = ""
    label_b: str = ""


def _different_events(
    ea: EventSlot, eb: EventSlot, a: Frame, b: Frame, window: int
) -> str | None:
    reasons = []
    gaps = [d for x in ea.times for y in eb.times if (d := days_apart(x, y)) is not None]
    if gaps and min(gaps) > window:
        reasons.append(f"the dates are {min(gaps)} days apart")
    if {ea.tense, eb.tense} == {"future", "past"}:
        reasons.append("one is a plan, the other a past event")
    if a.recurring or b.recurring:
        reasons.append("the event recurs (e.g. an annual meeting)")
    return "; ".join(reasons) or None


def _needs_two(cls: str) -> bool:
    """Events between parties (a meeting, a call) are only the same with the same parties."""
    return cls in _TWO_PARTY


def _event_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> tuple[list[Signal], str | None]:
    """Location and time signals for the first event class both claims share.

    A meeting or call is the same event only with the same two parties; other events
    (an attack, a deployment) need one shared actor (person or organisation) for a place
    conflict, or any name shared by the two events for a time conflict.
    """
    shared_people = people_in(a, aliases) & people_in(b, aliases)
    shared_orgs = canon(a.orgs, aliases, "org") & canon(b.orgs, aliases, "org")
    for cls in (c for c in a.classes if c in b.classes and c not in SPEECH_CLASSES):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None:
            continue
        places_a = canon(set(ea.places) - regions(a), aliases, "place") - shared_people
        places_b = canon(set(eb.places) - regions(b), aliases, "place") - shared_people
        if _needs_two(cls):
            if len(shared_people) < 2:
                continue  # Blinken meeting Zelensky vs Blinken meeting Lavrov: two meetings
            actors = shared_people
        else:
            # the shared name must take part in this event, not just occur in the sentence
            shared_args = canon(ea.args, aliases) & canon(eb.args, aliases) or (
                _shared_happening(ea, eb))
            if not shared_args or any(t.inherited for t in (*ea.times, *eb.times)):
                continue
            actors = shared_args & (shared_people | shared_orgs)
        who = "–".join(sorted(short_name(p) for p in (actors or shared_args)))
        label = f"{who} {_EVENTS.class_labels.get(cls, event_name(cls))}"
        return _place_time(ea, eb, a, b, (label, la, lb), actors, places_a, places_b, config)
    return [], None


def _happening(lemma: str) -> str | None:
    return HAPPENING.get(lemma) or _EVENTS.noun_classes.get(lemma)


def _shared_happening(ea: EventSlot, eb: EventSlot) -> set[str]:
    """The happening two nameless events befell, as {its name}: "discovered the attack on
    Friday" and "the attack was detected on Sunday" tell of one discovery of one attack
    ("the blaze was contained", "the fire was contained" of one fire). Events naming their
    own participants must share one instead (see :func:`_event_signals`)."""
    if ea.args or eb.args:
        return set()
    mine = {h for u in ea.undergoers if (h := _happening(u))}
    return mine & {h for u in eb.undergoers if (h := _happening(u))}


def _place_time(ea, eb, a, b, labels, actors, places_a, places_b, config: ScoreConfig):
    label, la, lb = labels
    reason = _different_events(ea, eb, a, b, config.event_window_days)
    far_apart = reason is not None and reason.startswith("the dates")
    signals: list[Signal] = []
    apart = places_a and places_b and not places_a & places_b
    if actors and apart and not far_apart and not inside_and_outside(places_a, places_b):
        where_a = ", ".join(sorted(places_a)) + (f", {time_text(ea.times)}" if ea.times else "")
        where_b = ", ".join(sorted(places_b)) + (f", {time_text(eb.times)}" if eb.times else "")
        signals.append(Signal("location", LOCATION_SCORE,
                              f"{label}: {where_a} ({la}) vs {where_b} ({lb})",
                              config.location_weight))  # fmt: skip
    clash = times_agree(ea.times, eb.times, 0) is False and not one_night(ea, eb, a, b) and (
        not (ea.not_before or eb.not_before))  # a bound: see _bound_signals
    if clash and not far_apart:
        inherited = any(t.inherited for t in (*ea.times, *eb.times))
        score = TIME_SCORE * (INHERITED_FACTOR if inherited else 1.0)
        when_a, when_b = time_text(ea.times), time_text(eb.times)
        signals.append(Signal("time", score, f"{label}: {when_a} ({la}) vs {when_b} ({lb})",
                              config.time_weight))  # fmt: skip
    return signals, reason


def _polarity_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One source says an event happened (or will happen), the other that it did not (or
    will not): same event class, a shared name, the same tense (a plan against a plan)."""
    if not same_story(a, b, aliases):
        return []
    for cls in shared_classes(a, b):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None or (ea.tense == "future") != (eb.tense == "future"):
            continue
        if ea.modality == "possible" or eb.modality == "possible":
            continue  # "could close" is no claim that it will
        if ea.not_before or eb.not_before:
            continue  # "closed for at least a month" times the reopening: _bound_signals
        if not (ea.asserted and eb.asserted):
            continue  # "in case it does not", "the threat of an invasion": no claim either way
        covered = kind_covers(ea, eb) or kind_covers(eb, ea)  # "no data" of "the notes"
        if cls.startswith("~") and cls[1:] not in _HAPPENINGS and not (
                set(ea.heads) & set(eb.heads) or one_event_kind(ea.heads, eb.heads)
                or one_partitive_group(a, b) or covered):
            continue  # a verb of no listed class tells one event only about one thing
        if ea.heads and eb.heads and not (_same_participants(ea, eb) or covered) and not (
                _denied_plan_of_it(ea, a) or _denied_plan_of_it(eb, b)):  # fmt: skip
            continue  # "the driver was not hurt" and "45 passengers were hurt"
        if _other_wholes(ea, eb):
            continue  # "the demolition of the hall", "the demolition of the towers"
        if _other_undergoers(ea, eb) and not covered:
            continue  # "the gunman attacked a school", "... did not attack the station"
        if doer_against_done_to(ea, eb):
            continue  # "the gang struck", "reports that a guard was attacked are untrue"
        if _other_owners(ea, eb, aliases):
            continue  # "its Riverton depot" and "its Denton depot"
        if _apart(ea.times, eb.times) and not dropped_before_plan(ea, eb, a, b):
            continue  # "closed on Friday", "will reopen on Monday": one after the other
        if other_instance(ea, eb):
            continue  # "would not sit a replacement paper", "had been due to sit Paper 2"
        na, nb = _denied(ea, a), _denied(eb, b)
        if na == nb or narrower_denial(*((eb, ea) if nb else (ea, eb))):
            continue  # "no compulsory redundancies" and "to cut 340 jobs": qualifiers.py
        yes, no = (la, lb) if nb else (lb, la)
        verb = "will" if ea.tense == "future" else "did"
        return [Signal("negation", NEGATION_SCORE,
                       f"{event_name(cls)}: {yes} says it {verb}, {no} says it {verb} not",
                       1.0)]  # fmt: skip
    return []


def _denied_plan_of_it(e: EventSlot, f: Frame) -> bool:
    """A plan denied of "it" alone ("It will stay closed until further notice", "won't
    need to shut it again"): a denial that follows the thing it is about, so it is about
    the story's thing that the other claim names ("the business will reopen on
    Saturday"). A plan told of "it" ("it'll reopen later") may be any thing and stays
    out."""
    return e.tense == "future" and _pronoun_only(e) and _denied(e, f)


def _apart(x: tuple[TimeRef, ...], y: tuple[TimeRef, ...]) -> bool:
    """Both timed to known days in their own words (not a day taken from the sentence
    before), and no day of one within the other's."""
    xs, ys = own_days(x), own_days(y)
    return bool(xs and ys) and not any(
        p.start <= q.end and q.start <= p.end for p in xs for q in ys)  # type: ignore[operator]


def _bound_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One source times an event before the earliest time the other allows it: "orders
    will be lifted on Tuesday" against "will remain in place until at least next weekend"
    (dates far apart are no sign of two events here: the bound says it is later)."""
    if not same_story(a, b, aliases):
        return []
    shared = set(a.classes) & set(b.classes) - SPEECH_CLASSES
    # every event of a class: "would stay shut on Monday and reopen on Tuesday"
    for ea, eb in ((x, y) for x in a.events for y in b.events if x.cls == y.cls in shared):
        cls = ea.cls
        if ea.not_before == eb.not_before:
            continue
        (at, la_), (bound, lb_) = ((ea, la), (eb, lb)) if eb.not_before else ((eb, lb), (ea, la))
        if at.negated or at.modality == "possible" or not (at.asserted and bound.asserted):
            continue
        if at.heads and bound.heads and not _same_participants(at, bound) and not (
                _pronoun_only(at) or _pronoun_only(bound)):  # fmt: skip
            continue  # "it will stay shut until at least June": the thing of the story
        early = [(x, y) for x in at.times for y in bound.times
                 if x.resolved and y.resolved and x.end < y.start]  # type: ignore[operator]
        if early:
            x, y = early[0]
            return [Signal("time", TIME_SCORE, f"{event_name(cls)}: {x.text} ({la_}) vs not "
                           f"before {y.text} ({lb_})", config.time_weight)]  # fmt: skip
    return []


_OUTCOMES = news_facts.words("exclusive_outcomes")
_PEOPLE = unit_name("people")


def _fates(f: Frame) -> list[tuple[EventSlot, str]]:
    """(event, whom it befell) for each asserted fate of ``exclusive_outcomes`` of one
    participant ("the suspect"), not a count or a group ("two people")."""
    return [(e, h) for e in f.events if e.cls in _OUTCOMES and e.asserted and not e.negated
            and e.modality != "possible" and not e.quantities and not e.embedded
            for h in e.undergoers if h != _PEOPLE]  # fmt: skip


def _fate_clash(a: Frame, b: Frame) -> tuple[EventSlot, EventSlot, str] | None:
    """Two fates of one person that exclude each other, each told by one claim only."""
    for ea, who in _fates(a):
        for eb, other in _fates(b):
            if who == other and ea.cls != eb.cls and ea.cls not in b.classes and (
                    eb.cls not in a.classes) and (ea.tense == "future") == (  # fmt: skip
                    eb.tense == "future"):
                return ea, eb, who
    return None


def _outcome_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One person given two fates that exclude each other: "officers shot the suspect
    dead" and "the suspect was arrested at the scene"."""
    clash = _fate_clash(a, b)
    if clash is None or not same_story(a, b, aliases):
        return []
    ea, eb, who = clash
    return [Signal("negation", NEGATION_SCORE, f"the {who}: {event_name(ea.cls)} ({la}) vs "
                   f"{event_name(eb.cls)} ({lb})", 1.0)]  # fmt: skip


def _pronoun_only(e: EventSlot) -> bool:
    """The event's participants are only pronouns of a thing ("it", see eventslots._heads)."""
    return all(": " in h for h in e.heads)


def _same_participants(ea: EventSlot, eb: EventSlot) -> bool:
    """A subject or object shared, or one side's the whole the other's belong to ("the
    building was evacuated", "residents of the building were evacuated"); "the driver of
    the bus" and "passengers of the bus" are still two."""
    ha, hb = set(ea.heads), set(eb.heads)
    return bool(ha & hb or ha & set(eb.wholes) or hb & set(ea.wholes)) or one_event_kind(ha, hb)


def _other_wholes(ea: EventSlot, eb: EventSlot) -> bool:
    """Both events name what their participants are of, and share none of it: "the
    opening of the bridge" and "the opening of the museum" are two openings."""
    wa, wb = set(ea.wholes), set(eb.wholes)
    return bool(wa and wb and not (wa & wb or wa & set(eb.heads) or wb & set(ea.heads)))


def _other_undergoers(ea: EventSlot, eb: EventSlot) -> bool:
    """Both events name what they were done to and share none of it (nor a whole of it):
    two acts, so one told and the other denied is no contradiction. ("Talks will resume"
    is done to nothing: its subject is what resumes, and "negotiations" may be the talks.)"""
    ua, ub = set(ea.undergoers), set(eb.undergoers)
    if not (ea.acted_on and eb.acted_on and ua and ub):
        return False
    return not (ua & ub or ua & set(eb.wholes) or ub & set(ea.wholes) or one_event_kind(ua, ub))


def _other_owners(ea: EventSlot, eb: EventSlot, aliases: AliasTable) -> bool:
    """One thing named differently in each event ("the Riverton depot", "the Denton
    depot"), neither name inside the other."""
    for head, name in ea.owners:
        for head_b, name_b in eb.owners:
            x, y = aliases.canonical(name), aliases.canonical(name_b)
            if head == head_b and not nested(x, y):
                return True
    return False


def _denied(e: EventSlot, f: Frame) -> bool:
    """The event negated, or reported through a denial ("X denied that ...")."""
    attributed_denial = f.attribution is not None and f.attribution.negated
    return e.negated != (attributed_denial and e.cls == f.predicate_class and not e.embedded)


def causes_differ(a: Frame, b: Frame, aliases: AliasTable) -> bool:
    """Whether the claims give different causes of one thing, or one cause and its denial:
    what makes a pair worth comparing whatever the embeddings say."""
    return bool(_cause_signals(a, b, aliases, "", ""))


def _cause_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """Two different causes given for the same thing ("the fire") in claims sharing a name."""
    if not a.causes or not b.causes or not same_story(a, b, aliases):
        return []
    rivals = [(ca, cb) for ca in a.causes for cb in b.causes if _rivals(ca, cb)]
    # a chain of causes ("lost propulsion after an engine failure") shares a link with a
    # claim telling one of them ("lost engine power"): the two agree on it
    agreed = {(ca.effect, cb.effect) for ca, cb in rivals
              if _one_cause(ca, cb) and ca.denied == cb.denied}  # fmt: skip
    for ca, cb in rivals:
        same = _one_cause(ca, cb)
        if same and ca.denied != cb.denied:  # "was deliberate" / "no evidence it was"
            yes, no = (ca, cb) if cb.denied else (cb, ca)
            ly, ln = (la, lb) if cb.denied else (lb, la)
            return [Signal("cause", CAUSE_SCORE, f"cause of the {ca.effect}: {yes.text} "
                           f"({ly}) vs not {no.text} ({ln})", 1.0)]  # fmt: skip
        if same or ca.denied or cb.denied or (ca.effect, cb.effect) in agreed:
            continue  # one cause, or one link of a chain; a cause ruled out is no other
        return [Signal("cause", CAUSE_SCORE,
                       f"cause of the {ca.effect}: {ca.text} ({la}) vs {cb.text} ({lb})", 1.0)]
    return []


def _rivals(ca, cb) -> bool:
    """Two causes that can be told against each other: of one caused thing (the story's
    mishap meets a named one), of one owner, neither a kind of the other."""
    if not effects_meet(ca, cb):
        return False  # two caused things
    if ca.owner and cb.owner and ca.owner != cb.owner:
        return False  # "a wave swamped the lifeboat", "the sinking of the ferry"
    if (ca.cause in GERMS) != (cb.cause in GERMS):
        return False  # a germ and what carried it: "salmonella", "a batch of chicken"
    if kind_and_member(ca, cb):
        return False  # "the bacteria" and "E. coli": a kind is no rival to its member
    # "the first stage worked as planned": no other stage's fault
    return not ((ca.planned or cb.planned) and (ca.cause, ca.act) != (cb.cause, cb.act))


def _one_cause(ca, cb) -> bool:
    """Two wordings of one cause: one head, core words that meet, or (unless both are
    told whole) one's head in the other's text."""
    return ca.cause == cb.cause or alike(ca, cb) or not _told_whole(ca, cb) and (
        ca.cause in cb.text.lower() or cb.cause in ca.text.lower())


def _told_whole(a, b) -> bool:
    """Two lead-ups each told with a doer and its doing ("two riders touched wheels", "a
    dog ran into the path of the riders"): their core words say whether they are one; a
    word of one in the other's text may be a mere bystander there."""
    return len(a.core) >= 2 and len(b.core) >= 2


def told_happenings(f: Frame) -> set[str]:
    """Happenings the claim tells as fact or as a cause not denied."""
    return set(f.happenings) | {HAPPENING[c.cause] for c in f.causes
                                if c.cause in HAPPENING and not c.denied}


def denied_happenings(f: Frame) -> set[str]:
    """Happenings the claim denies as a whole: "there was no fire", "no fire took place"
    (denied with no participant named)."""
    return {e.cls[1:] for e in f.events if e.negated and (e.whole_denial or not e.heads)
            and e.asserted and e.tense != "future" and e.cls[1:] in _HAPPENINGS}  # fmt: skip


def _happening_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str
                       ) -> list[Signal]:  # fmt: skip
    """A happening one claim tells as fact or as a cause ("flames were seen", "a methane
    explosion triggered the collapse") and the other denies as a whole ("there was no
    fire", "found no sign of an explosion")."""
    for (x, lx), (y, ly) in (((a, la), (b, lb)), ((b, lb), (a, la))):
        denied = denied_happenings(y)
        if not denied or not same_story(a, b, aliases) or _apart(x.times, y.times):
            continue
        for c in x.causes:
            name = HAPPENING.get(c.cause)
            if name in denied and not c.denied:
                return [Signal("cause", CAUSE_SCORE, f"cause of the {c.effect or 'event'}: "
                               f"{c.text} ({lx}) vs no {event_name(name)} ({ly})", 1.0)]
        for name in x.happenings:
            if name in denied:
                return [Signal("negation", NEGATION_SCORE, f"{name}: {lx} says it happened, "
                               f"{ly} says it did not", 1.0)]  # fmt: skip
    return []


def _means_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """Two different means of one act ("got in through a phishing email", "gained access
    through a vendor's remote-access account"), or one means and its denial, compared as
    two causes are: one act by one doer (the same doer noun, or one left unsaid)."""
    if not a.means or not b.means or not same_story(a, b, aliases):
        return []
    for ma in a.means:
        for mb in b.means:
            if ma.act != mb.act or (ma.agent and mb.agent and ma.agent != mb.agent):
                continue
            same = ma.head == mb.head or ma.head in mb.text.lower() or (
                mb.head in ma.text.lower())
            if same == (ma.denied != mb.denied):
                not_a, not_b = ("not " if ma.denied else ""), ("not " if mb.denied else "")
                return [Signal("cause", CAUSE_SCORE, f"means of {ma.act}: {not_a}{ma.text} "
                               f"({la}) vs {not_b}{mb.text} ({lb})", 1.0)]  # fmt: skip
    return []



def _titles_clash(t1: str, t2: str) -> bool:
    """Two offices: neither title inside the other ("foreign minister" is inside
    "minister"), or a modifier on one only ("deputy mayor" vs "mayor")."""
    w1, w2 = set(t1.split()) - {"of"}, set(t2.split()) - {"of"}
    if w1 & OFFICE_MODIFIERS != w2 & OFFICE_MODIFIERS:
        return True
    return not (w1 <= w2 or w2 <= w1)


def _role_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    out: list[Signal] = []
    for ta in a.titles:
        person = aliases.canonical(ta.person)
        if aliases.kind(person) not in (None, "person"):
            continue  # "Foreign Minister Geneva": a parse accident, not a person
        held_a = {t.title for t in a.titles if aliases.canonical(t.person) == person}
        held_b = {t.title for t in b.titles if aliases.canonical(t.person) == person}
        if any(not _titles_clash(x, y) for x in held_a for y in held_b):
            continue  # "President and Chief Executive" and "chief executive": one office
        for tb in b.titles:
            if (aliases.canonical(tb.person) == person and _titles_clash(ta.title, tb.title)
                    and not orgs_differ(ta, tb, aliases.canonical)
                    and not one_office(ta, tb, aliases.canonical)):
                out.append(Signal("role", ROLE_SCORE,
                                  f"{person}: {ta.title} ({la}) vs {tb.title} ({lb})",
                                  config.role_weight))  # fmt: skip
                break
    return out or _deputy_signals(a, b, aliases, config, la, lb) or _deputy_signals(
        b, a, aliases, config, lb, la)


def _deputy_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """A deputy's office told in ``a`` ("Deputy harbour master Ingrid Falk") and the
    office itself in ``b`` ("Harbour master Ingrid Falk"), whose words no title list
    holds: read in ``b``'s text around the same person's name."""
    for ta in a.titles:
        bare = unmodified(ta.title)
        person = aliases.canonical(ta.person)
        if bare == ta.title or not bare or aliases.kind(person) not in (None, "person"):
            continue
        if any(aliases.canonical(t.person) == person for t in b.titles):
            continue  # b's own office of the person is compared as a title
        names = {n for n in b.names if aliases.canonical(n) == person}
        if named_as(b.text, names, bare, OFFICE_MODIFIERS | FORMER_MARKERS):
            return [Signal("role", ROLE_SCORE, f"{person}: {ta.title} ({la}) vs {bare} "
                           f"({lb})", config.role_weight)]  # fmt: skip
    return []


def _normalised(f: Frame, aliases: AliasTable) -> str:
    """The claim with every name in its canonical spelling, transliterated, lowercase."""
    text = f.text
    for name in sorted(f.names, key=len, reverse=True):
        text = re.sub(re.escape(name), aliases.canonical(name), text)
    return aliases.key(text)


def _speakers(a: Frame, b: Frame, aliases: AliasTable) -> tuple[bool, bool]:
    """(speakers differ, one side denies what the other asserts)."""
    if a.attribution is None or b.attribution is None:
        return False, False
    sa, sb = aliases.canonical(a.attribution.speaker), aliases.canonical(b.attribution.speaker)
    differ = sa.lower() != sb.lower()
    polarity_a = a.attribution.negated != a.negated
    polarity_b = b.attribution.negated != b.negated
    return differ, differ and polarity_a != polarity_b


def _split_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str,
                   lb: str) -> list[Signal]:  # fmt: skip
    """A vote split two ways (splits.py) in one story, at times that do not clash."""
    story = lambda: same_story(a, b, aliases) and times_agree(a.times, b.times, 0) is not False  # noqa: E731, E501
    return split_signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb)


def _size_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str,
                  lb: str) -> list[Signal]:  # fmt: skip
    """One thing of two lengths (sizes.py), one group of two sizes (groupsizes.py) and one
    place of two temperatures (temperatures.py), in one story."""
    story = lambda: same_story(a, b, aliases)  # noqa: E731
    return size_signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb) + (
        group_size_signals(a, b, story, NUMBER_SCORE, config.number_weight,
                           config.number_tolerance, la, lb)) + temperature_signals(
        a, b, story, NUMBER_SCORE, config.number_weight, la, lb)  # fmt: skip


def _age_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str,
                 lb: str) -> list[Signal]:  # fmt: skip
    """A named person's two ages (ages.py), else a described, unnamed one's
    (described_ages.py: the names that describe the person are no sign of two stories)."""
    story = lambda names: same_story(a, b, aliases, frozenset(canon(names, aliases)))  # noqa: E731
    return age_signals(a, b, aliases, NUMBER_SCORE, config.number_weight, la, lb) or (
        described_age_signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb))


def compare(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, label_a: str, label_b: str
) -> Comparison:
    """Compare two frames; ``label_a``/``label_b`` name the sources in explanations."""
    if not getattr(config, "structured", True):
        return Comparison((), False, None, False, False, label_a=label_a, label_b=label_b)
    if a.text != b.text and _normalised(a, aliases) == _normalised(b, aliases):  # naming only
        return Comparison((), False, None, False, True, label_a=label_a, label_b=label_b)
    signals, reason = _event_signals(a, b, aliases, config, label_a, label_b)
    signals += number_signals(a, b, aliases, config, label_a, label_b)
    signals += _role_signals(a, b, aliases, config, label_a, label_b) or holder_signals(
        a, b, aliases, ROLE_SCORE, config.role_weight, label_a, label_b)  # holders.py
    signals += clock_signals(a, b, aliases, config, label_a, label_b)
    signals += _cause_signals(a, b, aliases, label_a, label_b)
    signals += _means_signals(a, b, aliases, label_a, label_b)
    signals += quote_signals(a, b, aliases, label_a, label_b)
    signals += _place_signals(a, b, aliases, config, signals, label_a, label_b)
    signals += _filler_signals(a, b, aliases, config, signals, label_a, label_b)
    signals += _bound_signals(a, b, aliases, config, label_a, label_b)
    if a.announced and b.announced and same_story(a, b, aliases):
        signals += announcement_signals(a, b, config, label_a, label_b)
    signals += measure_signals(a, b, aliases, config, label_a, label_b)
    signals += _size_signals(a, b, aliases, config, label_a, label_b)  # lengths, groups
    signals += floor_signals(a, b, lambda: same_story(a, b, aliases), NUMBER_SCORE,
                             config.number_weight, label_a, label_b)  # moved from a floor
    if not any(s.kind == "number" for s in signals):
        signals += money_signals(a, b, aliases, config, label_a, label_b)
    signals += _outcome_signals(a, b, aliases, label_a, label_b)
    if not any(s.kind == "number" for s in signals):  # how often one act was: repeats.py
        signals += repeat_signals(a, b, lambda: same_story(a, b, aliases), NUMBER_SCORE,
                                  config.number_weight, label_a, label_b)  # fmt: skip
    signals += _age_signals(a, b, aliases, config, label_a, label_b)
    signals += duration_signals(a, b, NUMBER_SCORE, config.number_weight, label_a, label_b)
    signals += _split_signals(a, b, aliases, config, label_a, label_b)  # splits.py
    if not any(s.kind == "time" for s in signals):  # one thing's day with no shared name
        signals += _day_signals(a, b, aliases, config, label_a, label_b)
    signals += last_time_signals(a, b, aliases, config, signals, label_a, label_b)
    differ, dispute = _speakers(a, b, aliases)
    # only the main events: a denial and an assertion must be about the same thing
    same_event = a.predicate_class not in (None, *SPEECH_CLASSES) and (
        a.predicate_class == b.predicate_class
    )
    ea = a.event(a.predicate_class) if same_event else None  # type: ignore[arg-type]
    eb = b.event(b.predicate_class) if same_event else None  # type: ignore[arg-type]
    shared_args = bool(ea and eb and canon(ea.args, aliases) & canon(eb.args, aliases))
    if dispute and shared_args:
        sa, sb = a.attribution, b.attribution
        assert sa is not None and sb is not None  # dispute implies both are attributed
        text = f"{sa.speaker} {sa.verb} ({label_a}) vs {sb.speaker} {sb.verb} ({label_b})"
        signals.append(Signal("dispute", DISPUTE_SCORE, text, 1.0))
    else:
        dispute = False
        signals += _polarity_signals(a, b, aliases, label_a, label_b)
    signals += _told_and_denied(a, b, aliases, signals, label_a, label_b)
    maybe_diff = reason is not None
    if reason and signals:
        log.debug("%s vs %s: maybe different events (%s)", label_a, label_b, reason)
    return Comparison(tuple(signals), maybe_diff, reason, dispute, False, differ, label_a, label_b)


def _day_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                 la: str, lb: str) -> list[Signal]:  # fmt: skip
    """Two days of one thing's event that names no shared actor: a plan (plannedday.py),
    a finding of a known thing (thingdays.py), an occasion dated by a possessive day
    ("in Saturday's draw": occasiondays.py)."""
    story = lambda: same_story(a, b, aliases)  # noqa: E731
    return planned_day_signals(a, b, story, TIME_SCORE, config.time_weight, la, lb) or (
        known_thing_day_signals(a, b, aliases, config, TIME_SCORE, la, lb)) or (
        occasion_day_signals(a, b, story, config.event_window_days, TIME_SCORE,
                             config.time_weight, la, lb))  # fmt: skip


def _place_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                   found: list[Signal], la: str, lb: str) -> list[Signal]:  # fmt: skip
    """Named sites, then (when no location clash is ``found`` yet) the first of the other
    readings that finds one: venues, destinations, places without a name (spots.py) or
    towns of one event (whereabouts.py), an organisation's home base (bases.py)."""
    out = site_signals(a, b, aliases, config, la, lb)
    if any(s.kind == "location" for s in (*found, *out)):
        return out
    out = venue_signals(a, b, aliases, config, la, lb)
    out = out or destination_signals(a, b, aliases, config, la, lb)
    out = out or spot_signals(a, b, lambda ns: same_story(a, b, aliases, ns), LOCATION_SCORE,
                              config.location_weight, la, lb)  # fmt: skip
    out = out or area_signals(a, b, aliases, config, la, lb)
    out = out or ending_signals(a, b, aliases, config, la, lb)  # found or came down
    out = out or compass_signals(a, b, aliases, config, la, lb)  # bearings from a landmark
    out = out or moved_to_signals(a, b, aliases, config, la, lb)  # moved to two places
    out = out or stand_signals(a, b, aliases, config, la, lb)  # a thing on two places
    return out or base_signals(
        a, b, lambda x, y: one_name(x, y, aliases),
        lambda ns: same_story(a, b, aliases, frozenset(canon(ns, aliases))),
        LOCATION_SCORE, config.location_weight, la, lb)  # fmt: skip


def _filler_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                    signals: list[Signal], la: str, lb: str) -> list[Signal]:  # fmt: skip
    """Two named doers (or receivers) of one act on one thing (fillers.py), unless
    ``signals`` already hold a role signal."""
    if any(s.kind == "role" for s in signals):
        return []
    return filler_signals(a, b, lambda x, y: one_name(x, y, aliases),
                          lambda ns: same_story(a, b, aliases, _filler_names(a, b, ns, aliases)),
                          ROLE_SCORE, config.role_weight, la, lb) or doer_kind_signals(
        a, b, lambda x, y: one_name(x, y, aliases), lambda: same_story(a, b, aliases),
        ROLE_SCORE, config.role_weight, la, lb)  # doerkinds.py: "a helicopter crew", "on foot"


def _filler_names(a: Frame, b: Frame, names, aliases: AliasTable) -> frozenset[str]:
    """The two fillers' names and the claims' names inside them ("Green" of "the Green
    group"): the slot compared, no other event's name."""
    fillers = canon(names, aliases)
    inside = {e for e in entities_in(a, aliases) | entities_in(b, aliases)
              if any(f" {e.lower()} " in f" {n.lower()} " for n in fillers)}  # fmt: skip
    return frozenset(fillers | inside)


def _told_and_denied(a: Frame, b: Frame, aliases: AliasTable, signals: list[Signal],
                     la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A thing one claim tells and the other denies (a happening, then each of
    ``POLAR_KINDS``, an outcome, an act), unless ``signals`` already hold a cause or a
    negation."""
    if any(s.kind in ("cause", "negation") for s in signals):
        return []
    found = _happening_signals(a, b, aliases, la, lb)
    for told_or_denied in (*(kind.signals for kind in POLAR_KINDS), outcome_signals,
                           act_signals):
        if found:
            break
        found = told_or_denied(a, b, lambda: same_story(a, b, aliases), _apart,
                               NEGATION_SCORE, la, lb)  # fmt: skip
    return found


def _sized_alike(a: Frame, b: Frame) -> bool:
    """Whether the claims give one group a size (groupsizes.py) or one place a
    temperature (temperatures.py)."""
    return bool({g.group for g in a.group_sizes} & {g.group for g in b.group_sizes}) or (
        temperatures_meet(a, b))


def could_conflict(a: Frame, b: Frame, aliases: AliasTable) -> bool:
    """Cheap pre-filter before NLI: do the claims share an entity or an event class?

    Note: two claims without any name or event verb ("The economy shrank") are dropped.
    """
    if entities_in(a, aliases) & entities_in(b, aliases):
        return True
    if _fate_clash(a, b) is not None:
        return True  # one person's two fates ("shot dead", "arrested")
    if any(effects_meet(x, y) for x in a.causes for y in b.causes):
        return True  # two causes of one thing ("the derailment")
    if count_pairs(a, b):
        return True  # one counted thing under one verb ("60 customers were inside")
    if any(one_group(x, y) for x in a.destinations for y in b.destinations):
        return True  # one group taken to two places
    if set(a.announced) & set(b.announced):
        return True  # one thing made public ("announced the recall")
    if {m.act for m in a.means} & {m.act for m in b.means}:
        return True  # two means of one act ("got in through ...")
    if told_happenings(a) & denied_happenings(b) or told_happenings(b) & denied_happenings(a):
        return True  # "flames were seen", "there was no fire"
    if any(kind.clash(a, b) for kind in POLAR_KINDS):
        return True  # "found the dam intact", "no vehicle entered the water", "no child was"
    if act_clash(a, b):
        return True  # "opened an inquiry", "would not launch one"
    if outcome_clash(a, b):
        return True  # "he loses the title", "he keeps his title"
    if any(whereabout_clash(x, y, lambda m, n: one_name(m, n, aliases))
           for x in a.whereabouts for y in b.whereabouts):
        return True  # one event in two areas ("in Zanesville", "near Cambridge")
    if any(end_clash(x, y) for x in a.end_places for y in b.end_places):
        return True  # one thing came down in two places ("in Linnet Close", "Cobbett Street")
    if {t for t, _ in a.sites} & {t for t, _ in b.sites}:
        return True  # one named thing at two sites ("Bains News on Mill Brae", "on X Street")
    if {t.thing for t in a.transfers} & {t.thing for t in b.transfers}:
        return True  # one thing moved to two places ("to its plant in Hungary", "Slovakia")
    if any(position_clash(x, y, lambda m, n: one_name(m, n, aliases))
           for x in a.positions for y in b.positions):
        return True  # one thing standing on two places ("on Hollin Bank", "Skerry Ledge")
    if any(spot_clash(x, y) for x in a.spots for y in b.spots):
        return True  # one event in two places ("hit the north pier", "the south pier")
    if any(one_org(x, y, lambda m, n: one_name(m, n, aliases)) for x in a.bases for y in b.bases):
        return True  # one organisation's two bases ("a Rotterdam-based group", "based in X")
    if any(one_act(x, y) for x in a.fillers for y in b.fillers):
        return True  # one act on one thing by two named doers ("run by X", "run by Y")
    if any(x.act == y.act and kinds_clash(x, y) for x in a.doer_kinds for y in b.doer_kinds):
        return True  # one act by two kinds of doer ("spotted by a helicopter crew", "on foot")
    if any(kind.differ(a, b) for kind in AMOUNT_KINDS) and same_story(a, b, aliases):
        return True  # "sold for £42m", "paid £38m for the club", "worth £84m"
    if repeats_differ(a, b):
        return True  # one act done twice or once ("two full recounts", "one recount")
    if _sized_alike(a, b):
        return True  # "the 14-member syndicate", "dropped to 9C in some classrooms"
    if {x.person for x in a.ages} & {y.person for y in b.ages}:
        return True  # one person of two ages, named in two ways ("Mrs Kettley"): ages.py
    if alert_clash(a, b) or notice_clocks(a) and notice_clocks(b):
        return True  # "crews were called at 10.40am", "learned of it at 6am": alerts.py
    if kinds_apart(a.venues, b.venues):
        return True  # one event at two kinds of venue: eventvenues.py
    return bool(set(a.classes) & set(b.classes) - SPEECH_CLASSES)
