"""A plan dropped or put off against the same plan told to go ahead: the days they give
are of two things.

"The demolition of the hall has been put on hold" (today) and "the demolition will go
ahead next month as planned" disagree though their days do not meet: the day of a
calling-off or putting-off ("~cancel", "~delay", the classes of ``opposite_also`` in
lang/en/news_facts.yaml) is the day it was decided, the day of a going-ahead that of the
plan itself. So the decision told on one day on or before the plan's day is no sign of two events
("the festival was cancelled last year", of a period, is last year's festival).
A going-ahead told on a day after the decision ("the council said on Friday the
demolition would go ahead", of one put on hold on Monday) is a later word on the plan,
and stays apart.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.eventclass import SPEECH_CLASSES
from consistency.structured.timeanchor import own_days

__all__ = ["DROPPED_CLASSES", "dropped_before_plan"]

_DROPPING: dict[str, str] = news_facts.data().get("opposite_also") or {}
DROPPED_CLASSES = frozenset(_DROPPING) | frozenset(_DROPPING.values())


def dropped_before_plan(ea, eb, a, b) -> bool:
    """One event drops or puts off a plan, the other (of the same class, denied) says it
    will go ahead, the drop decided no later than the plan's day and not before the day the
    going-ahead was told."""
    if ea.cls not in DROPPED_CLASSES or ea.negated == eb.negated:
        return False
    (drop, _), (plan, pf) = ((ea, a), (eb, b)) if eb.negated else ((eb, b), (ea, a))
    if plan.modality != "plan":
        return False  # "went ahead on Saturday": perhaps on the day it was put off to
    decided, planned = own_days(drop.times), own_days(plan.times)
    if not decided or not planned or any(t.start != t.end for t in decided):
        return False  # "cancelled last year": a period times the event dropped, no decision
    if max(t.end for t in decided) > min(t.end for t in planned):
        return False  # put off after the day the plan was for
    told = [t for e in pf.events if e.cls in SPEECH_CLASSES for t in own_days(e.times)]
    return not any(t.start > max(d.end for d in decided) for t in told)
