"""Candidate pairs the structured checks ask for, whatever the embeddings say.

Nearest-neighbour pairing misses two claims that tell one fact in different words ("Six
passengers died" and "the death toll rose to nine"): their sentences are far apart in
embedding space though the frames compare directly. Claims are bucketed by what they
count (event class and unit), what cause they give (the caused thing), what time of day
they give (event class), which event they assert or deny (an assertion pairs with a
denial only) and which words they quote (the first and the last words of a quotation, so
that one quotation told with a word dropped still meets); two claims of different
documents in one bucket are a candidate. Buckets larger than ``max_bucket`` are
skipped, so the pairs stay few.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from consistency.core.types import Claim
from consistency.structured import news_facts
from consistency.structured.acts import act_keys
from consistency.structured.alerts import alert_clocks, notice_clocks
from consistency.structured.arrivals import arrival_keys
from consistency.structured.conditions import condition_key
from consistency.structured.conflicts import told_happenings
from consistency.structured.durations import duration_keys
from consistency.structured.endplaces import end_key
from consistency.structured.findings import finding_keys
from consistency.structured.firstnoticed import first_notice_keys
from consistency.structured.floors import floor_keys
from consistency.structured.frames import SPEECH_CLASSES, Frame
from consistency.structured.groupsizes import group_size_keys
from consistency.structured.holders import holder_keys
from consistency.structured.impacts import impact_keys
from consistency.structured.injuries import injury_keys
from consistency.structured.nobody_denial import kind_keys
from consistency.structured.nobody_hurt import nobody_keys
from consistency.structured.ordertimes import order_keys
from consistency.structured.outcomes import outcome_keys
from consistency.structured.plandrops import DROPPED_CLASSES
from consistency.structured.plunges import plunge_key
from consistency.structured.quotes import quote_words
from consistency.structured.repeats import repeat_counts
from consistency.structured.sizes import size_keys
from consistency.structured.splits import split_keys
from consistency.structured.storymishap import effect_keys

__all__ = [
    "CAUSE_KINDS", "COUNT_KINDS", "DENIAL_KINDS", "DESTINATION_KINDS", "MEASURE_KINDS",
    "PRICE_KINDS", "QUOTE_KINDS", "SLOT_KINDS", "SPOT_KINDS", "TIME_KINDS",
    "pairs_by_kinds", "structured_pairs",
]  # fmt: skip

# The kinds of bucket that stay small on real news: causes of one thing, one quotation.
CAUSE_KINDS = frozenset({"cause"})
QUOTE_KINDS = frozenset({"quote"})
# An event asserted and denied as a whole ("no deaths have been reported").
DENIAL = "denial"
DENIAL_KINDS = frozenset({DENIAL})
# One thing at two venues, one person under two titles: pairs only where the two differ.
SLOT = "slot"
SLOT_KINDS = frozenset({SLOT})
# Counts of one event class and unit, or of one counted thing under one verb; times of
# day of one event class. Large on real news: callers keep only the pairs whose values
# differ (numberclash.counts_differ, clockclash.times_differ).
COUNT_KINDS = frozenset({"count", "counted"})
TIME_KINDS = frozenset({"clock", "announced"})  # and days one thing was made public
# Depths or heights of one story (structured/measures.py), groups of people taken
# somewhere (venues.destinations): callers keep only the pairs whose values differ
# (placeclash.measures_differ, placeclash.destinations_differ).
MEASURE_KINDS = frozenset({"measure"})
DESTINATION_KINDS = frozenset({"destination"})
SPOT_KINDS = frozenset({"spot"})  # one event's places (spots.py): kept where they clash
PRICE_KINDS = frozenset({"price"})  # one transaction's amounts (money.py): kept where they clash
QUOTE_KEY_WORDS = 4  # a quotation meets another by its first or its last four words
_START_CLASSES = news_facts.words("happening_start_classes")
# the events a kept state or a halt denies ("will stay shut", "suspended for the season"):
# their plans and reversed plans pair whatever the embeddings say
_KEPT_CLASSES = frozenset(
    {*(news_facts.data().get("state_negates") or {}).values(),
     str(news_facts.data().get("halt_denies") or "")} - {""})  # fmt: skip


def _keys(f: Frame) -> set[tuple[str, ...]]:
    """What a claim states that another claim could state differently."""
    keys: set[tuple[str, ...]] = set()
    for e in f.events:
        if e.cls in SPEECH_CLASSES:
            continue
        keys |= {("count", e.cls, q.unit) for q in e.quantities if q.unit}
        if e.cls in _START_CLASSES:
            continue  # "began at 7 p.m.": what began is its own class ("~strike") or unknown
        if e.clocks:
            keys.add(("clock", e.cls))
    keys |= finding_keys(f)  # one finding told with two verbs: findings.py
    keys |= arrival_keys(f)  # work begun before its doers came: arrivals.py
    keys |= order_keys(f)  # the time an order was given: ordertimes.py
    keys |= first_notice_keys(f)  # a thing first noticed: firstnoticed.py
    if alert_clocks(f) or notice_clocks(f):  # the first alert, a notice: alerts.py
        keys.add(("clock", "alert"))
    # only a cause of a caused thing the sentence names as such ("the strike was sparked
    # by"), not a clause's reason ("the university uses the term because ...")
    keys |= {("cause", e) for c in f.causes if c.explicit for e in effect_keys(c)}
    keys |= {("counted", c.unit, c.key) for c in f.counts}
    keys |= {("site", thing) for thing, _ in f.sites}
    keys |= {("measure", m.dimension) for m in f.measures}
    keys |= {("announced", *k) for k in f.announced}
    keys |= {("destination",) for _ in f.destinations[:1]}
    keys |= {("spot", s.event) for s in f.spots}
    keys |= {("spot", w.event) for w in f.whereabouts}
    keys |= {("spot", *end_key(e)) for e in f.end_places}  # endplaces.py
    keys |= {("spot", "bearing", x.landmark.lower()) for x in f.bearings}  # bearings.py
    keys |= {("spot", "transfer", x.thing) for x in f.transfers}  # transfers.py
    keys |= {("spot", "position", x.count) for x in f.positions}  # any thing: positions.py
    keys |= {("price", p.currency) for p in f.prices}
    keys |= {("price", x.currency) for x in f.sums}  # a named amount: sums.py
    keys |= {("price", x.currency) for x in f.values}  # a thing's value: values.py
    keys |= {("price", x.currency) for x in f.costs}  # what a thing costs: costs.py
    keys |= {("price", x.stuff) for x in f.amounts}  # an amount of a stuff: amounts.py
    keys |= {("price", "rate", x.measure) for x in f.rates}  # a measure's rate: rates.py
    keys |= {("price", x.role, x.currency) for x in f.payouts}  # paid or demanded: payouts.py
    for words in quote_words(f.text):
        keys |= {("quote", *words[:QUOTE_KEY_WORDS]), ("quote", *words[-QUOTE_KEY_WORDS:])}
    return keys


def _polar_keys(f: Frame, whole: bool = False) -> set[tuple[tuple[str, ...], bool]]:
    """(event class, denied) of each asserted event: a denial pairs with an assertion;
    with ``whole`` only denials of the event as a whole ("no deaths have been reported")."""
    denial = f.attribution is not None and f.attribution.negated
    out = set()
    for e in f.events:
        if not e.asserted or e.cls in SPEECH_CLASSES:
            continue
        denied = e.negated != (denial and e.cls == f.predicate_class)
        if not (whole and denied and not e.whole_denial):
            out.add((("polar", e.cls), denied))
        if e.tense == "future" and e.modality == "plan" and e.cls in _KEPT_CLASSES:
            out.add((("plan", e.cls), denied))  # "will reopen on Saturday", "will stay shut"
        if e.cls in DROPPED_CLASSES:  # "was put on hold", "will go ahead": plandrops.py
            out |= {(("plan", e.cls, u), denied) for u in e.undergoers}
    # a happening told as fact or as a cause meets its denial ("there was no fire")
    out |= {(("polar", f"~{name}"), False) for name in told_happenings(f)}
    # damage to a structure meets its denial ("a crack in the dam", "found the dam intact")
    out |= {(("damage", d.thing), d.denied) for d in f.damages}
    out |= {(k, i.denied) for i in f.injuries for k in injury_keys(i)}  # injuries.py
    out |= {(("plunge", plunge_key(p)), p.denied) for p in f.plunges}  # into water
    out |= {(("plunge", "water", p.water), p.denied) for p in f.plunges if p.water}  # "it"
    out |= {(("impact", k), i.denied) for i in f.impacts for k in impact_keys(i)}  # contact
    out |= {(("condition", condition_key(c)), c.denied) for c in f.conditions}  # of health
    out |= {(("outcome", k[0], k[1]), k[2]) for o in f.outcomes for k in outcome_keys(o)}
    out |= {k for a in f.acts for k in act_keys(a)}  # told and denied, or opposed
    out |= {(("relocation", r.left), r.denied) for r in f.relocations if r.left}
    out |= {(("service", s.thing), s.denied) for s in f.services}  # services.py
    out |= {(("remote", r.thing), r.denied) for r in f.remotes}  # remotes.py
    out |= kind_keys(f.events, SPEECH_CLASSES)  # "no rescuer was hurt": nobody_denial.py
    out |= nobody_keys(f.events, SPEECH_CLASSES)  # "nobody was hurt": nobody_hurt.py
    out |= {(("partitive", e.cls, g), e.negated) for g in f.partitives for e in f.events
            if e.asserted and e.cls not in SPEECH_CLASSES}  # "none of the men": partitives.py
    return out


def _slot_keys(f: Frame) -> set[tuple[tuple[str, ...], object]]:
    """(thing, its venues) and (person, title): two claims pair when the values differ."""
    out: set[tuple[tuple[str, ...], object]] = set()
    out |= {((SLOT, "venue", thing), frozenset(p.lower() for p in places))
            for thing, places in f.venues}  # fmt: skip
    out |= {((SLOT, "site", thing), frozenset(p.lower() for p in places))
            for thing, places in f.sites}  # one named thing's places: frames._sites, streets.py
    out |= {((SLOT, "title", t.person.lower()), t.title) for t in f.titles}
    out |= holder_keys(f)  # one office, one given name, the surname: holders.py
    out |= {((SLOT, "times", u), q.low) for u, q in repeat_counts(f).items()}  # repeats.py
    out |= {((SLOT, "age", x.person.lower(), x.mark), x.years) for x in f.ages}  # ages.py
    out |= {((SLOT, "duration", *k), v) for k, v in duration_keys(f)}  # durations.py
    out |= {((SLOT, *k), v) for k, v in split_keys(f)}  # a vote's split: splits.py
    out |= {((SLOT, "size", k), v) for k, v in size_keys(f)}  # a thing's length: sizes.py
    out |= {((SLOT, "group size", k), v) for k, v in group_size_keys(f)}  # groupsizes.py
    out |= {((SLOT, "floor", *k), v) for k, v in floor_keys(f)}  # moved from: floors.py
    # an organisation's base (bases.py), by its kind and by its name's first word
    out |= {((SLOT, "base", key), b.place.lower()) for b in f.bases
            for key in (b.kind, b.org.split()[0].lower() if b.org else "") if key}  # fmt: skip
    out |= {((SLOT, "filler", x.role, act, thing), x.names[0].lower()) for x in f.fillers
            for act in x.acts for thing in x.things}  # who did one act (fillers.py)
    out |= {((SLOT, "doer kind", x.act, cls), frozenset(k for c, k in x.kinds if c == cls))
            for x in f.doer_kinds for cls, _ in x.kinds}  # what kind of doer (doerkinds.py)
    return out


def structured_pairs(
    claims: Sequence[Claim],
    frames: Mapping[str, Frame],
    max_bucket: int = 40,
    kinds: frozenset[str] | None = None,
) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different documents that state a count, a cause or a time of
    day of one kind of event, or assert and deny one kind of event, in document order,
    each pair once; ``kinds`` keeps only the buckets of those kinds ("cause", "quote",
    "count", ...; None: all; "denial": an event and its denial as a whole)."""
    return pairs_by_kinds(claims, frames, [kinds], max_bucket)[0]


def pairs_by_kinds(
    claims: Sequence[Claim],
    frames: Mapping[str, Frame],
    kind_sets: Sequence[frozenset[str] | None],
    max_bucket: int = 40,
) -> list[list[tuple[Claim, Claim]]]:
    """:func:`structured_pairs` for each of ``kind_sets``, reading each claim's keys once
    (a run asks for several kinds, and the keys are the costly part)."""
    if not kind_sets:
        return []
    # each member with a value (None: any pair; else only members whose values differ)
    buckets: list[dict[tuple[str, ...], list[tuple[Claim, object]]]] = [
        defaultdict(list) for _ in kind_sets
    ]
    for c in claims:
        f = frames.get(c.id)
        if f is None:
            continue
        keys, slots, polar = _keys(f), None, {}
        for bucket, kinds in zip(buckets, kind_sets, strict=True):
            for key in keys:
                if kinds is None or key[0] in kinds:
                    bucket[key].append((c, None))
            if kinds is None or DENIAL in kinds:
                whole = kinds is not None
                if whole not in polar:
                    polar[whole] = _polar_keys(f, whole=whole)
                for key, denied in polar[whole]:
                    bucket[key].append((c, denied))
            if kinds is None or SLOT in kinds:
                slots = _slot_keys(f) if slots is None else slots
                for key, value in slots:
                    bucket[key].append((c, value))
    return [_bucket_pairs(b, max_bucket) for b in buckets]


def _bucket_pairs(buckets, max_bucket: int) -> list[tuple[Claim, Claim]]:
    seen: set[tuple[str, str]] = set()
    out: list[tuple[Claim, Claim]] = []
    for key in sorted(buckets):
        members = buckets[key]
        if len(members) > max_bucket:
            continue
        for i, (a, pa) in enumerate(members):
            for b, pb in members[i + 1 :]:
                ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if a.doc_id == b.doc_id or ids in seen or (pa is not None and pa == pb):
                    continue  # same document, pair taken, or one value (both deny, one venue)
                seen.add(ids)
                out.append((a, b))
    return out
