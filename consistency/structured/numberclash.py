"""Counts of one thing: firm counts, estimates and speeds that differ beyond rounding.

Two sources counting one unit under one key for one event disagree when their counts
are further apart than rounding allows (see :func:`_tolerance`); parts, increments and
counts of other scopes are left out.
"""

from __future__ import annotations

import re

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.aliases import AliasTable
from consistency.structured.amounts import AMOUNT
from consistency.structured.clashbase import (
    NUMBER_GAP_SCORE,
    NUMBER_SCORE,
    entities_in,
    same_story,
    speaker_of,
)
from consistency.structured.costs import COST, other_things
from consistency.structured.countsapart import counts_apart
from consistency.structured.countscope import one_scope
from consistency.structured.eventclass import SPEECH_CLASSES
from consistency.structured.eventslots import EventSlot
from consistency.structured.frames import Frame
from consistency.structured.holdings import loads_differ
from consistency.structured.money import PRICE
from consistency.structured.observedcounts import one_observed
from consistency.structured.payouts import PAYOUT
from consistency.structured.peoplegroups import counts_fit, nested
from consistency.structured.quantities import (
    SPEED_UNITS,
    Quantity,
    estimate_exceeds,
    quantities_agree,
    reach_estimate,
    relative_gap,
)
from consistency.structured.rates import RATE
from consistency.structured.slack import hedge_is_slack
from consistency.structured.snapshots import snapshots_apart
from consistency.structured.stays import stays_differ
from consistency.structured.sums import SUM
from consistency.structured.tallies import one_count
from consistency.structured.timeanchor import (
    WEEKDAYS,
)
from consistency.structured.values import VALUE

_MEASURES = news_facts.words("measure_units")
FIRM_WIDTH = 1.5  # a firm count's high at most this times its low ("about 30", not "dozens")
SCOPE_GAP = 0.9  # counts further apart than this (relative) count other scopes: 8 vs 2,000


def counted(unit: str | None) -> bool:
    """Whether ``unit`` counts people or things (or is not told), not a measure (money,
    length, a duration, a share)."""
    return unit not in _MEASURES


def _firm(q: Quantity) -> bool:
    """A count of people or things told as one number ("six", "about 30"), not a vague
    one ("dozens"), a bound ("at least 10") or a measure ("40-foot", "two years")."""
    return bool(q.unit) and counted(q.unit) and q.low > 0 and (
        q.high <= FIRM_WIDTH * q.low)


_CALENDAR = frozenset(d.lower() for d in WEEKDAYS) | frozenset(
    w for forms in load().time.months for w in forms)


def _anchors(f: Frame, aliases: AliasTable) -> set[str]:
    """What names the claim's story, not its speaker or its day: its names, and its
    capitalised words after the first (NER misses names it never saw: "the Solveig")."""
    words = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][\w'-]+", f.text)}
    speaker = {w.lower() for n in speaker_of(f, aliases) for w in n.split()}
    if f.attribution:
        speaker |= {w.lower() for w in f.attribution.speaker.split()}
    names = {n.lower() for n in entities_in(f, aliases)}
    return (names | words) - speaker - _CALENDAR



def share_anchor(a: Frame, b: Frame, aliases: AliasTable) -> bool:
    """Whether the claims share a name of their story (:func:`_anchors`)."""
    return bool(_anchors(a, aliases) & _anchors(b, aliases))


def _firm_counts(f: Frame) -> list[Quantity]:
    counts = (*f.quantities, *(q for e in f.events for q in e.quantities),
              *(c.quantity for c in f.counts))  # fmt: skip
    return [q for q in counts if _firm(q)]


def counts_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give different firm counts of one thing in one event, sharing a
    name ("Six passengers died when the Solveig capsized", "the death toll from the
    Solveig disaster rose to nine"): a pair worth comparing whatever the embeddings say.
    Counts of one scope only: "eight killed on Friday" and "killed some 2,000 this year"
    are two tolls of one war."""
    if stays_differ(a, b):  # a stay out needs no name, and days are measures: stays.py
        return bool(number_signals(a, b, aliases, config, "", ""))
    if not (share_anchor(a, b, aliases) or loads_differ(a, b)):
        return False  # a load needs no name: holdings.py
    if not any(x.unit == y.unit and relative_gap(x, y) < SCOPE_GAP
               and not quantities_agree(x, y, count_tolerance(x, y, config))
               for x in _firm_counts(a) for y in _firm_counts(b)):  # fmt: skip
        return False
    return bool(number_signals(a, b, aliases, config, "", ""))


def number_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """Number signals for counts of one thing in one event that differ beyond rounding:
    a shared event class, and names that place both claims in one story."""
    if not same_story(a, b, aliases):
        return []
    pairs, estimates = [], []
    for cls in (c for c in a.classes if c in b.classes and c not in SPEECH_CLASSES):
        ea, eb = a.event(cls), b.event(cls)
        if ea is None or eb is None:
            continue
        if ea.guess or eb.guess or snapshots_apart(ea.predicate, ea.tense, eb.predicate, eb.tense):
            continue  # "predicts it would cost $5,000": guesses.py; "remained", "remains"
        estimates += _estimate_pairs(ea, eb)
        if "possible" in (ea.modality, eb.modality):
            continue  # "the pits might hold 43 students": no count of what happened
        pairs += [(qa, tuple(qb for qb in eb.quantities  # "six were hurt" and "three taken
                             if counts_fit(ea.group, qa, eb.group, qb)))  # to hospital"
                  for qa in ea.quantities]  # are two groups: peoplegroups.py
    pairs += _speed_pairs(a, b)
    pairs += count_pairs(a, b)
    out: list[Signal] = []
    for qa, others in pairs:
        same_unit = [qb for qb in others if qa.unit and qb.unit == qa.unit
                     and one_scope(qa, a, qb, b)  # countscope.py: no rate, no part
                     and not other_things(qa, a, qb, b)  # costs.py: two things' costs
                     and not counts_apart(qa, a, qb, b)  # countsapart.py: two moments
                     and one_count(qa, a, qb, b, aliases)]  # tallies.py: no margin
        if not same_unit or any(
                quantities_agree(qa, qb, count_tolerance(qa, qb, config)) for qb in same_unit):
            continue
        qb = min(same_unit, key=lambda q: relative_gap(qa, q))
        gap = relative_gap(qa, qb)
        if any(s.explanation.startswith(f"{qa.unit}: {qa.text} ") for s in out):
            continue
        out.append(Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                          f"{qa.unit}: {qa.text} ({la}) vs {qb.text} ({lb})",
                          config.number_weight))  # fmt: skip
    return out + _estimate_signals(estimates, out, config, la, lb)


def _estimates(e: EventSlot) -> tuple[Quantity, ...]:
    """The event's counts told as estimates of what happened: any under "may have", else
    "as many as X" told as a fact ("could kill up to 10,000" is no count of the past)."""
    if e.modality == "possible" and e.tense == "past":
        return e.quantities
    return tuple(q for q in e.quantities if reach_estimate(q)) if e.modality is None else ()


def _estimate_pairs(ea: EventSlot, eb: EventSlot) -> list[tuple[Quantity, Quantity]]:
    """(a's quantity, b's quantity) where one is an estimate of one event's count ("may
    have stolen as many as 1.3 million") far above the other's firm count ("about
    410,000"): see :func:`~consistency.structured.quantities.estimate_exceeds`."""
    out = []
    for qa in ea.quantities:
        for qb in eb.quantities:
            if not qa.unit or qa.unit != qb.unit:
                continue
            a_est, b_est = qa in _estimates(ea), qb in _estimates(eb)
            firm = eb.modality is None if a_est else ea.modality is None
            if a_est != b_est and firm and (
                    estimate_exceeds(qa, qb) if a_est else estimate_exceeds(qb, qa)):
                out.append((qa, qb))
    return out


def _estimate_signals(estimates, found: list[Signal], config: ScoreConfig, la: str, lb: str):
    out: list[Signal] = []
    for qa, qb in estimates:
        if any(s.explanation.startswith(f"{qa.unit}: ") for s in (*found, *out)):
            continue  # one count's disagreement is told once
        gap = (max(qa.high, qb.high) - min(qa.high, qb.high)) / max(qa.high, qb.high)
        out.append(Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                          f"{qa.unit}: {qa.text} ({la}) vs {qb.text} ({lb})",
                          config.number_weight))  # fmt: skip
    return out


SMALL_COUNT = 100  # exact counts below this are not rounded: 12 and 14 hurt differ


def count_tolerance(qa: Quantity, qb: Quantity, config: ScoreConfig) -> float:
    """The relative slack two counts get: none between two exact small counts ("12
    people were hurt" and "a total of 14"), the configured one otherwise."""
    if qa.exact and qb.exact and max(qa.high, qb.high) < SMALL_COUNT or hedge_is_slack(qa, qb):
        return 0.0  # and a hedged precise count ("some 12,400") against an exact: slack.py
    return config.number_tolerance


def count_pairs(a: Frame, b: Frame) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """Counts of one unit under one key (:class:`~consistency.structured.counts.CountSlot`)
    in one tense: "83 students fell ill" and "about 40 students became sick", "eleven
    taken to hospital" and "nineteen admitted to hospital", whatever the verb's class; or
    of a group and the group it lies in, the part above the whole ("six were rushed to
    hospital", "four were injured": peoplegroups.py)."""
    out = []
    for ca in a.counts:
        theirs = tuple(cb.quantity for cb in b.counts
                       if cb.unit == ca.unit and (cb.key == ca.key or nested(ca.group, cb.group)
                                                  or one_observed(ca, cb))  # observedcounts.py
                       and counts_fit(ca.group, ca.quantity, cb.group, cb.quantity)
                       and (cb.tense == "future") == (ca.tense == "future")
                       and not snapshots_apart(ca.key, ca.tense, cb.key, cb.tense))  # fmt: skip
        if theirs:
            out.append((ca.quantity, theirs))
    return out


def _speed_pairs(a: Frame, b: Frame) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """Speeds in two claims about one event ("travelling at 70 mph when it left the
    tracks", "going about 40 mph when it derailed"): the verb carrying a speed is seldom
    the event's, so any shared event class of the two claims will do."""
    if not set(a.classes) & set(b.classes) - SPEECH_CLASSES:
        return []
    theirs = tuple(q for q in b.quantities if q.unit in SPEED_UNITS)
    return [(q, theirs) for q in a.quantities if q.unit in SPEED_UNITS and theirs]


# Amounts of one thing, one kind after another: a transaction's price, a named sum, a
# thing's value, an amount of a stuff (money.py, sums.py, values.py, amounts.py).
# and a measure's rate (rates.py), what a thing costs (costs.py)
AMOUNT_KINDS = (PRICE, SUM, VALUE, AMOUNT, RATE, PAYOUT, COST)


def money_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str,
                  lb: str) -> list[Signal]:  # fmt: skip
    """The first kind of amount the two claims give one thing two sizes of, in one story."""
    story = lambda: same_story(a, b, aliases)  # noqa: E731
    for kind in AMOUNT_KINDS:
        found = kind.signals(a, b, story, NUMBER_SCORE, config.number_weight, la, lb)
        if found:
            return found
    return []


def amounts_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give one thing two amounts, in one story: a pair worth comparing
    whatever the embeddings say."""
    return bool(money_signals(a, b, aliases, config, "", ""))
