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
from datetime import date

from consistency.core.types import Article, Attribution, Claim, IngestProblem
from consistency.lang import load, phrases
from consistency.structured import news_facts
from consistency.structured.acts import Act, acts
from consistency.structured.ages import Age, resolve_ages
from consistency.structured.amounts import Amount, amounts
from consistency.structured.announcements import announced
from consistency.structured.bases import Base, bases
from consistency.structured.bearings import Bearing, bearings
from consistency.structured.causes import Cause, causes
from consistency.structured.choices import Choice, choices
from consistency.structured.conditions import Condition, conditions
from consistency.structured.costs import Cost, costs
from consistency.structured.counts import CountSlot, count_slots
from consistency.structured.damages import Damage, damages
from consistency.structured.demanded import demanded_destinations
from consistency.structured.doerkinds import KindedDoer, kinded_doers
from consistency.structured.durations import Duration, durations
from consistency.structured.endplaces import EndPlace, end_places
from consistency.structured.eventclass import (
    PREDICATE_CLASSES,
    RELATIVE_PRONOUNS,
    SPEECH_CLASSES,
    classed_events,
    event_class,
    name_of,
    tense_modality,
)
from consistency.structured.eventslots import EventSlot, event_slots
from consistency.structured.faults import faults
from consistency.structured.fillers import Filler, fillers
from consistency.structured.floors import Floor, floors
from consistency.structured.groupsizes import GroupSize, group_sizes
from consistency.structured.happenings import asserted_happenings
from consistency.structured.holdings import holding_counts
from consistency.structured.impacts import Impact, impacts
from consistency.structured.injuries import Injury, injuries
from consistency.structured.leadups import leadups
from consistency.structured.lots import sale_prices
from consistency.structured.means import Means, means
from consistency.structured.measures import Measure, measures
from consistency.structured.mishaps import mishap_causes
from consistency.structured.money import Price
from consistency.structured.negation import (
    negated as _negated,
)
from consistency.structured.notices import Notice, notices
from consistency.structured.occasiondays import DatedOccasion, dated_occasions
from consistency.structured.offices import all_titles, offices
from consistency.structured.ordertimes import OrderTime, order_times
from consistency.structured.outcomes import Outcome, outcomes
from consistency.structured.partitives import partitive_groups
from consistency.structured.patients import person_destinations
from consistency.structured.payouts import Payout, payouts
from consistency.structured.plunges import Plunge, plunges
from consistency.structured.positions import Position, positions
from consistency.structured.quantities import Quantity, quantities_in_doc
from consistency.structured.rates import Rate, rates
from consistency.structured.relocations import Relocation, relocations
from consistency.structured.remotes import Remote, remotes
from consistency.structured.role_ages import all_ages, resolve_standalone
from consistency.structured.services import Service, services
from consistency.structured.sizes import Size, sizes
from consistency.structured.splits import Split, splits
from consistency.structured.spots import Spot, spots
from consistency.structured.stays import stay_counts
from consistency.structured.streets import addresses
from consistency.structured.struck import struck_spots
from consistency.structured.sums import Sum, sums
from consistency.structured.temperatures import Temperature, temperatures
from consistency.structured.timeanchor import (
    TimeRef,
    anchor_date,
    find_times,
)
from consistency.structured.titles import TITLE as _TITLE
from consistency.structured.titles import TitledPerson, clean_name
from consistency.structured.titles import titles_in as _titles
from consistency.structured.toldcounts import BackCount, back_counts, drop_told_before
from consistency.structured.transfers import Transfer, transfers
from consistency.structured.upshots import upshots
from consistency.structured.values import Value, values
from consistency.structured.venues import (
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

_LANG = load()
_GRAMMAR = _LANG.grammar
_PLACE_PREPS = frozenset(_GRAMMAR.place_prepositions)
_DENIED_NOUNS = frozenset(_GRAMMAR.denied_nouns)


_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"}
_RECURRING = re.compile(rf"\b({phrases(_LANG.time.recurring_words)})\b", re.IGNORECASE)
# "He will then meet ...": the previous sentence's time is not this one's
_SEQUENCE = re.compile(rf"\b({phrases(_LANG.time.sequence_words)})\b", re.IGNORECASE)


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
    sizes: tuple[Size, ...] = ()  # how long one thing is ("a 21-metre trawler"); sizes.py
    floors: tuple[Floor, ...] = ()  # the floor a thing moved from or to; floors.py
    # (verb, thing) of a thing made public: ("announce", "recall"); announcements.py
    announced: tuple[tuple[str, str], ...] = ()
    spots: tuple[Spot, ...] = ()  # places without a name ("in the service yard"); spots.py
    notices: tuple[Notice, ...] = ()  # "learned of the leak", "was told"; notices.py
    whereabouts: tuple[Whereabout, ...] = ()  # named areas ("a motel in X"); whereabouts.py
    end_places: tuple[EndPlace, ...] = ()  # where a thing was found or came down; endplaces.py
    bearings: tuple[Bearing, ...] = ()  # "12 miles south-west of X"; bearings.py
    positions: tuple[Position, ...] = ()  # "the ship lies on Hollin Bank"; positions.py
    transfers: tuple[Transfer, ...] = ()  # "will move production to X"; transfers.py
    damages: tuple[Damage, ...] = ()  # damage to a structure, told or denied; damages.py
    plunges: tuple[Plunge, ...] = ()  # a thing going into water, told or denied; plunges.py
    impacts: tuple[Impact, ...] = ()  # a thing striking another, told or denied; impacts.py
    conditions: tuple[Condition, ...] = ()  # a state of health, told or denied; conditions.py
    outcomes: tuple[Outcome, ...] = ()  # "keeps the title", "loses it"; outcomes.py
    acts: tuple[Act, ...] = ()  # "opened an inquiry", "will remain in post"; acts.py
    relocations: tuple[Relocation, ...] = ()  # plans to leave a place, or not; relocations.py
    choices: tuple[Choice, ...] = ()  # acts refused or kept open; choices.py
    services: tuple[Service, ...] = ()  # things in or out of service; services.py
    remotes: tuple[Remote, ...] = ()  # things held online, or not; remotes.py
    bases: tuple[Base, ...] = ()  # where an organisation is based; bases.py
    fillers: tuple[Filler, ...] = ()  # who did an act to a thing ("run by X"); fillers.py
    doer_kinds: tuple[KindedDoer, ...] = ()  # "spotted by a helicopter crew"; doerkinds.py
    partitives: tuple[str, ...] = ()  # groups told by a part: "none of the men"; partitives.py
    prices: tuple[Price, ...] = ()  # amounts of one transaction ("sold for £42m"); money.py
    sums: tuple[Sum, ...] = ()  # a named amount and its giver ("a $20,000 reward"); sums.py
    payouts: tuple[Payout, ...] = ()  # a sum paid to each or demanded; payouts.py
    values: tuple[Value, ...] = ()  # a thing's value ("a street value of £112m"); values.py
    costs: tuple[Cost, ...] = ()  # what one thing costs ("would cost $650,000"); costs.py
    rates: tuple[Rate, ...] = ()  # a measure's rate ("turnout was 24.7 per cent"); rates.py
    amounts: tuple[Amount, ...] = ()  # an amount of a stuff ("1.4 tonnes of cocaine"); amounts.py
    ages: tuple[Age, ...] = ()  # people's ages ("Darnell Voss, 34,"); ages.py, described_ages.py
    durations: tuple[Duration, ...] = ()  # how long one event lasted; durations.py
    splits: tuple[Split, ...] = ()  # a vote's for and against ("11 votes to 7"); splits.py
    injuries: tuple[Injury, ...] = ()  # told or denied of one person; injuries.py
    occasions: tuple[DatedOccasion, ...] = ()  # "in Saturday's draw"; occasiondays.py
    orders: tuple[OrderTime, ...] = ()  # "told to leave at 3.40pm"; ordertimes.py
    group_sizes: tuple[GroupSize, ...] = ()  # "the syndicate of 14"; groupsizes.py
    back_counts: tuple[BackCount, ...] = ()  # "all six", "three of the holes"; toldcounts.py
    temperatures: tuple[Temperature, ...] = ()  # "dropped to 9C in some classrooms"

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


def _denies(tok) -> bool:
    """A denial of a fact: "denied (that) X", "rejected claims that X", "did not say X"."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "neg" for c in tok.children):  # "I couldn't speak" reports nothing
        return any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)
    if lemma not in PREDICATE_CLASSES["deny"]:
        return False
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if objs - _DENIED_NOUNS and any(c.dep_ == "advcl" and event_class(c) in SPEECH_CLASSES
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
        word, prep = _GRAMMAR.according
        if tok.lower_ == word and any(c.lower_ == prep for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == prep)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return Attribution(name_of(pobj, doc), "accord", words=_words(pobj))
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or event_class(tok) not in SPEECH_CLASSES:
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
        speaker = name_of(appos if appos is not None else subj, doc)
        if subj.pos_ == "NOUN" and appos is None:  # "the senior official", without its clauses
            mods = [c for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod")]
            speaker = " ".join(t.text for t in [*mods, subj])
        negated = _denies(tok)
        return Attribution(speaker, tok.lemma_.lower(), negated, _words(subj))
    return None


def _words(tok) -> str:
    """The words of ``tok``'s phrase: the speaker with their affiliation."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


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
                places += [name_of(g, doc) for g in p.children
                           if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # fmt: skip
        if places:
            words = [w.lower_ for c in owner for w in c.subtree]  # "Red Cross"
            thing = " ".join(words) + " " + t.lemma_.lower()
            out.append((thing, tuple(dict.fromkeys(places))))
    return tuple(out)


def _main_event(doc):
    """(classed tokens, predicate token, predicate class) of a parsed claim.

    Speech verbs are passed over for what was said; a claim with no event verb takes the
    class of its first event noun ("a meeting in Geneva").
    """
    root = next(iter(doc.sents)).root if len(doc) else None
    classed = classed_events(root)
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
            subjects.append(name_of(c, doc))
        elif c.dep_ in ("dobj", "dative"):
            objects.append(name_of(c, doc))
        elif c.dep_ == "prep" and c.lower_ in ("with", "to"):
            objects += [name_of(p, doc) for p in c.children if p.dep_ == "pobj"]
    if pred_tok.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in pred_tok.subtree):
        objects.append(name_of(pred_tok.head, doc))
    return tuple(s for s in subjects if s), tuple(o for o in objects if o)


def _ents(doc, *labels: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(clean_name(e.text) for e in doc.ents if e.label_ in labels
                               and not e.text.islower()  # "in the bush": NER's misreading
                               and not all(t.like_num for t in e)))  # "Seventeen passengers"


def _bare_names(doc) -> tuple[str, ...]:
    """Proper nouns in an argument slot that NER missed.

    NER misses surnames it has not seen ("Ortiz met Sorokin"): a bare proper noun in an
    argument slot is most often a person; aliases fix the kind if it is seen elsewhere.
    """
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    return tuple(dict.fromkeys(
        name_of(t, doc) for t in doc
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
        and ent.text[:1].isupper() and ent.root.head.lower_ in _WHERE_PREPS
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
    tense, modality = tense_modality(pred_tok) if pred_tok is not None else ("present", None)
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
        titles=all_titles(offices(doc, event_class), _titles(claim.resolved)),
        tense=tense,
        modality=modality,
        attribution=_attribution(doc),
        negated=pred_tok is not None and _negated(pred_tok),
        text=claim.resolved,
        classes=tuple(dict.fromkeys(c for _, c in classed)),
        places=tuple(dict.fromkeys(clean_name(e.text) for e in place_ents)),
        recurring=bool(_RECURRING.search(claim.resolved)),
        events=event_slots(classed, doc, place_ents, qspans, claim.resolved, anchor, inherited),
        causes=causes(doc) + leadups(doc) + faults(doc) + mishap_causes(doc)  # mishaps.py
        + upshots(doc),  # a thing's doing and its upshot, or told as working (upshots.py)
        counts=count_slots(doc, qspans) + holding_counts(  # a vehicle's load: holdings.py
            doc, qspans, lambda unit, key, q: CountSlot(unit, key, q, "")) + stay_counts(
            doc, qspans, lambda unit, key, q: CountSlot(unit, key, q, "past")),  # stays.py
        sites=_sites(doc) + addresses(doc),  # a named business's street: streets.py
        venues=venues(doc),
        means=means(doc),
        happenings=asserted_happenings(doc),
        destinations=destinations(doc) + person_destinations(doc)  # patients.py
        + demanded_destinations(doc),  # demanded.py: a trip a person demanded
        measures=measures(doc, qspans), sizes=sizes(doc, qspans), floors=floors(doc),
        announced=announced(doc), notices=notices(doc), temperatures=temperatures(doc),
        spots=spots(doc, event_class) + struck_spots(doc),
        whereabouts=whereabouts(doc, event_class), end_places=end_places(doc),
        bearings=bearings(doc, qspans), positions=positions(doc), transfers=transfers(doc),
        damages=damages(doc), plunges=plunges(doc), impacts=impacts(doc),
        conditions=conditions(doc), outcomes=outcomes(doc), acts=acts(doc),
        relocations=relocations(doc), choices=choices(doc), services=services(doc),
        remotes=remotes(doc), bases=bases(doc), fillers=fillers(doc), doer_kinds=kinded_doers(doc),
        partitives=partitive_groups(doc), group_sizes=group_sizes(doc, qspans),  # groupsizes.py
        prices=sale_prices(doc, qspans), back_counts=back_counts(doc, qspans),  # lots, toldcounts
        sums=sums(doc, qspans), payouts=payouts(doc, qspans),
        values=values(doc, qspans), rates=rates(doc, qspans),  # values.py, rates.py
        costs=costs(doc, qspans), amounts=amounts(doc, qspans),  # costs.py, amounts.py
        ages=all_ages(doc, anchor), durations=durations(doc, qspans),  # role_ages.py
        splits=splits(doc), orders=order_times(doc, claim.resolved),  # ordertimes.py
        injuries=injuries(doc), occasions=dated_occasions(doc, claim.resolved, anchor),
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
    resolve_standalone(claims, out)  # "The 58-year-old": role_ages.py
    resolve_ages(((c.id, c.doc_id) for c in claims), out)  # surnames: ages.py
    drop_told_before(claims, out)  # "all six" after "six were taken": toldcounts.py
    log.debug("extracted %d frames", len(out))
    return out
