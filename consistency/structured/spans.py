"""A state kept for the rest of a calendar period: "the zoo will stay closed for the rest
of the week", "the plant will remain shut for the remainder of the month".

Like a state kept for a span ("for at least a month", negation.kept_for) it bounds the
other state's event (the reopening) from below: it comes no sooner than the last day the
period surely covers. Told on a weekend, "the rest of the week" is the coming working
week (a Sunday evening bulletin does not mean the day is nearly over). The words are data
(``remainder_words`` and the ``periods`` of lang/en/time.yaml); the calendar is logic.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import state_complements
from consistency.structured.timeanchor import TimeRef

__all__ = ["kept_through"]

_REMAINDER = news_facts.words("remainder_words")
_STATE_VERBS = news_facts.words("state_verbs")
_STATE_NEGATES = news_facts.data().get("state_negates") or {}
_PERIODS = dict(load().time.periods)
_FRIDAY = 4
# "the week" or a qualifier of the current period ("this week"; steps of lang/en/time.yaml)
_THIS = frozenset({"the"} | {w for w, step in load().time.steps.items() if step == 0})


def _last_sure_day(period: str, anchor: date) -> date | None:
    """The last day "the rest of the ``period``" told on ``anchor`` surely covers."""
    if period == "week":
        start = anchor + timedelta(days=7 - anchor.weekday()) if anchor.weekday() > _FRIDAY \
            else anchor - timedelta(days=anchor.weekday())  # fmt: skip
        return start + timedelta(days=_FRIDAY)
    if period == "month":
        return date(anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1])
    if period == "year":
        return date(anchor.year, 12, 31)
    return None


def _this(period) -> bool:
    """The period of the report: "the week", "this week", not "last week" or "that week"."""
    return all(c.dep_ == "det" and c.lower_ in _THIS for c in period.children)


def kept_through(tok, anchor: date | None) -> TimeRef | None:
    """The earliest day of the other state's event when the state verb ``tok`` ("stay",
    "remain" with "closed") is kept "for the rest of the <period>", else None."""
    if anchor is None or tok.tag_ == "VBD" or tok.lemma_.lower() not in _STATE_VERBS or not any(
            w in _STATE_NEGATES for w in state_complements(tok)):  # fmt: skip
        return None  # "stayed shut for the rest of the week": some week before the report
    holders = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "xcomp"))]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        rest = next((g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in _REMAINDER), None)  # fmt: skip
        of = next((c for c in (rest.children if rest is not None else ())
                   if c.dep_ == "prep" and c.lower_ == "of"), None)  # fmt: skip
        period = next((g.lemma_.lower() for g in (of.children if of is not None else ())
                       if g.dep_ == "pobj" and _this(g)), "")  # fmt: skip
        day = _last_sure_day(_PERIODS.get(period, ""), anchor)
        if day is not None:
            return TimeRef(" ".join(t.text for t in prep.subtree), day, day, None)
    return None
