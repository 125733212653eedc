"""Things made public on a day: "the company announced the recall on Monday", "the recall
was announced on Friday", "Brightmeadow today announced a voluntary recall".

A speech verb's content is usually the event (frames.py skips "say" classes), but an
announcing verb (``announcing_verbs`` in lang/en/news_facts.yaml) whose object is a noun
is an event of its own: the thing is made public once, so two sources dating the
announcement of one thing on different days disagree, whatever the thing is (a recall, a
merger, a strike, a resignation). A verb with no noun object ("announced on Monday that
...") announces a clause, which other announcements may follow, and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.timeanchor import days_apart, own_days

if TYPE_CHECKING:  # frames.py reads announced() from here
    from consistency.core.config import ScoreConfig
    from consistency.structured.frames import EventSlot, Frame

__all__ = ["announced", "announcement_signals"]

_ANNOUNCING = news_facts.words("announcing_verbs")
_OBJECTS = frozenset({"dobj", "nsubjpass"})
TIME_SCORE = 0.7  # as any other event timed on two days


def announced(doc) -> tuple[tuple[str, str], ...]:
    """(announcing verb, the noun announced) of each announcing verb with a noun object
    or passive subject: (("announce", "recall"),) of "the recall was announced"."""
    out: dict[tuple[str, str], None] = {}
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _ANNOUNCING:
            for c in tok.children:
                if c.dep_ in _OBJECTS and c.pos_ == "NOUN":
                    out[(tok.lemma_.lower(), c.lemma_.lower())] = None
    return tuple(out)


def told(f: Frame, verb: str, thing: str) -> EventSlot | None:
    """The announcing event told as done, with the day it was done on."""
    return next((e for e in f.events if e.predicate == verb and thing in e.undergoers
                 and e.asserted and not e.negated and e.tense != "future"
                 and e.modality != "possible" and not e.embedded), None)  # fmt: skip


def announcement_signals(
    a: Frame, b: Frame, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """A time signal when the claims date the announcement of one thing on days that do
    not meet (within ``event_window_days``: dates further apart may be two announcements).
    The caller checks that the claims may tell one story."""
    for verb, thing in (k for k in a.announced if k in b.announced):
        ea, eb = told(a, verb, thing), told(b, verb, thing)
        if ea is None or eb is None or not (own_days(ea.times) and own_days(eb.times)):
            continue
        gaps = [days_apart(x, y) for x in own_days(ea.times) for y in own_days(eb.times)]
        known = [g for g in gaps if g is not None]
        if known and 0 < min(known) <= config.event_window_days:
            when_a = ", ".join(t.text for t in own_days(ea.times))
            when_b = ", ".join(t.text for t in own_days(eb.times))
            return [Signal("time", TIME_SCORE, f"{verb} the {thing}: {when_a} ({la}) vs "
                           f"{when_b} ({lb})", config.time_weight)]  # fmt: skip
    return []
