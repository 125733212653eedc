"""When an act was last done: "the lift was last inspected on 30 January" against "the
lift had last been inspected in December"; "the teenager was last seen on Friday
evening" against "was last seen on Thursday".

An act timed with an adverb of ``latest_doing_adverbs`` ("last", "most recently") has
one time however often it was done, so two sources timing it on days (or months) that
cannot meet disagree, even weeks apart, where two plain timings could be two doings.
The two acts must be of one class, done to one thing (a shared head lemma), with no
names of their own that differ; "first inspected" or "will next be inspected" tell
another time and stay apart.
"""

from __future__ import annotations

import re

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.clashbase import TIME_SCORE, canon, nested, time_text
from consistency.structured.eventclass import SPEECH_CLASSES
from consistency.structured.eventslots import EventSlot
from consistency.structured.timeanchor import TimeRef

__all__ = ["last_time_signals", "one_act", "verb_among"]

_LATEST = "|".join(re.escape(w) for w in sorted(news_facts.words("latest_doing_adverbs"),
                                                key=len, reverse=True))  # fmt: skip
_OTHERS = "|".join(sorted(news_facts.words("increment_before") | news_facts.words(
    "stage_ordinals") | news_facts.words("rest_of_group_words")))
_LATEST_VERB = re.compile(rf"\b(?:{_LATEST})\s+(?:been\s+|being\s+)?(\w+)", re.IGNORECASE)


def _latest_verbs(text: str) -> set[str]:
    """The words right after a latest-doing adverb: "last inspected" -> {"inspected"}."""
    return {m.group(1).lower() for m in _LATEST_VERB.finditer(text)}


def _told_latest(e: EventSlot, text: str) -> bool:
    """The event's own verb follows "last"/"most recently"."""
    return verb_among(e, _latest_verbs(text))


def verb_among(e: EventSlot, words) -> bool:
    """Whether one of ``words`` is the event's own verb: its lemma begins the word
    ("inspect", "serviced", "seen"), or the word is its irregular past ("saw")."""
    p = e.predicate.lower()
    stem = p[:-1] if p.endswith("e") and len(p) > 3 else p
    return any(w.lower().startswith(stem) or (p == "see" and w.lower() == "saw") for w in words)


def _days(t: TimeRef) -> bool:
    return t.start is not None and t.start == t.end


def _months(t: TimeRef) -> set[int]:
    assert t.start is not None and t.end is not None
    n = (t.end.year - t.start.year) * 12 + t.end.month - t.start.month
    return {(t.start.month - 1 + i) % 12 + 1 for i in range(min(n, 11) + 1)}


def _apart(x: TimeRef, y: TimeRef) -> bool:
    """Two resolved times that cannot meet: two different days, else months of the year
    that cannot meet (a month told without its year is matched on the month alone)."""
    assert x.start and x.end and y.start and y.end
    if x.start <= y.end and y.start <= x.end:
        return False
    return (_days(x) and _days(y)) or not _months(x) & _months(y)


def _times(e: EventSlot, f) -> list[TimeRef]:
    """The act's own resolved times, else the claim's one time when it has only one (a
    by-agent or a misparsed date can leave the time off the verb: "was most recently
    visited by inspectors in October")."""
    own = [t for t in e.times if t.resolved and not t.inherited]
    whole = [t for t in f.times if t.resolved and not t.inherited]
    return own or (whole if len(whole) == 1 else [])


def _another(heads: set[str], text: str) -> bool:
    """The thing told as one more or one of a series: "a second teenager", "another lift"."""
    return any(re.search(rf"\b(?:{_OTHERS})\s+(?:\w+\s+)?{re.escape(h)}", text, re.I)
               for h in heads)  # fmt: skip


def one_act(ea: EventSlot, eb: EventSlot, a_text: str, b_text: str, aliases) -> bool:
    """One kind of act done to one thing, told as done, by no two different names."""
    if ea.tense == "future" or eb.tense == "future" or ea.negated or eb.negated:
        return False
    if not (ea.asserted and eb.asserted) or ea.guess or eb.guess:
        return False
    shared = set(ea.undergoers or ea.heads) & set(eb.undergoers or eb.heads)
    if not shared or _another(shared, a_text) or _another(shared, b_text):
        return False
    na, nb = canon(ea.args, aliases), canon(eb.args, aliases)
    return not (na and nb and not any(nested(x, y) for x in na for y in nb))


def last_time_signals(a, b, aliases, config, signals, la: str, lb: str) -> list[Signal]:
    """A time signal for one act each source times as its latest doing, on times that
    cannot meet (none when a time signal is already given)."""
    if any(s.kind == "time" for s in signals):
        return []
    for ea in (e for e in a.events if e.cls not in SPEECH_CLASSES and _told_latest(e, a.text)):
        for eb in (e for e in b.events if e.cls == ea.cls and _told_latest(e, b.text)):
            xs, ys = _times(ea, a), _times(eb, b)
            if not (xs and ys and one_act(ea, eb, a.text, b.text, aliases)):
                continue
            if all(_apart(x, y) for x in xs for y in ys):
                return [Signal("time", TIME_SCORE, f"last {ea.predicate}: {time_text(tuple(xs))} "
                               f"({la}) vs {time_text(tuple(ys))} ({lb})", config.time_weight)]
    return []
