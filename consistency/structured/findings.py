"""One finding told with two verbs: "was found at around 3pm" vs "was located at about
11.20am" of one missing person.

Verbs of coming upon someone or something (``finding_verbs``) have distinct event
classes, so the clock check of one class never compares them. Here two such events
are paired when they befell one named person or thing, for the time of day only: a
place or a negation of "found" and "located" may belong to different finds.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.aliases import AliasTable
from consistency.structured.eventslots import EventSlot
from consistency.structured.frames import Frame

_FINDING_VERBS = news_facts.words("finding_verbs")


def finding_pairs(a: Frame, b: Frame, aliases: AliasTable) -> list[tuple[EventSlot, EventSlot]]:
    """Pairs of finding events of ``a`` and ``b`` with different verbs, each told as
    having happened with a time of day, that befell one named person or thing."""
    out = []
    for ea in _findings(a):
        for eb in _findings(b):
            if ea.predicate != eb.predicate and _one_undergoer(
                    _named(ea, a), _named(eb, b), aliases):
                out.append((ea, eb))
    return out


def _findings(f: Frame) -> list[EventSlot]:
    return [e for e in f.events if e.predicate in _FINDING_VERBS and e.clocks
            and e.asserted and not e.negated and e.tense != "future"]


def finding_keys(f: Frame) -> set[tuple[str, ...]]:
    """The candidate key of a claim with a timed finding: such claims meet each other
    whatever their verbs (clockclash.times_differ keeps the pairs that clash)."""
    return {("clock", "finding")} if _findings(f) else set()


def _named(e: EventSlot, f: Frame) -> tuple[str, ...]:
    """The names in the event's own part of the sentence, else the claim's people: a
    relative clause ("Ian Holt, who was located at 5pm") holds no name of its own."""
    return e.args or f.people


def _one_undergoer(xs: tuple[str, ...], ys: tuple[str, ...], aliases: AliasTable) -> bool:
    """A named person or organisation (no place: "found at Berth 7") in both events."""
    named = {aliases.canonical(n) for n in xs} & {aliases.canonical(n) for n in ys}
    return any(aliases.kind(n) in ("person", "org") for n in named)
