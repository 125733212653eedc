"""One known thing found on two days: "The cracks were found last Thursday" vs "Council
engineers found the cracks on Saturday".

A thing is come upon once: once found it is known. Two findings (``finding_verbs``:
"found", "discovered", "spotted", "detected") that befell one thing told as known ("the
cracks", "its roof": knownthings.py) are one finding, so two days for it that do not meet
disagree, as two days of one named event do (conflicts._event_signals, which needs a
shared name). "A crack was found on Saturday" may be another crack; a plan, a guess, a
denial, days far apart and an evening against the small hours of the next day
(clockclash.one_night) are no rival days. Other acts on one thing may be done again
("the bull was caught on Monday", "cornered on Wednesday": it may have got away).
"""

from __future__ import annotations

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.clashbase import canon, event_name, same_story, time_text
from consistency.structured.clockclash import one_night
from consistency.structured.timeanchor import days_apart, own_days

__all__ = ["known_thing_day_signals"]

_FINDING_VERBS = news_facts.words("finding_verbs")


def known_thing_day_signals(a, b, aliases, config, score: float, la: str, lb: str) -> list[Signal]:
    """A time signal for one known thing found on two days that do not meet."""
    if not same_story(a, b, aliases):
        return []
    for ea in a.events:
        for eb in b.events:
            thing = _one_event(ea, eb, aliases)
            if not thing or one_night(ea, eb, a, b):
                continue
            xs, ys = own_days(ea.times), own_days(eb.times)
            gaps = [days_apart(x, y) for x in xs for y in ys]
            if not gaps or 0 in gaps or min(gaps) > config.event_window_days:  # type: ignore[operator]
                continue  # far apart: two events (as conflicts._different_events says)
            text = f"{event_name(ea.cls)} {thing}: {time_text(tuple(xs))} ({la}) vs " \
                   f"{time_text(tuple(ys))} ({lb})"
            return [Signal("time", score, text, config.time_weight)]
    return []


def _one_event(ea, eb, aliases) -> str | None:
    """The known thing two told findings befell when they are one finding, else None."""
    found = ea.predicate in _FINDING_VERBS and eb.predicate in _FINDING_VERBS
    if not found or not (_told(ea) and _told(eb)):
        return None
    if ea.args and eb.args and not canon(ea.args, aliases) & canon(eb.args, aliases):
        return None  # two named things
    shared = set(ea.definite) & set(eb.definite)
    return sorted(shared)[0] if shared else None


def _told(e) -> bool:
    """A past event told as done, not a plan, guess, wish, bound or denial."""
    return (e.tense == "past" and e.modality is None and e.asserted and not e.negated
            and not e.guess and not e.wanted and not e.not_before)  # fmt: skip
