"""The time of day an order was given: "Supporters were told to leave Tallis Park at
around 3.40pm" vs "The evacuation was ordered shortly after 4.10pm" vs "the order to
leave was given at about 4:10pm".

An order is told three ways: a verb of directing with the act under it ("were told to
leave", ``order_heads``), the same verb with the act's noun for its passive subject
("the evacuation was ordered"), or a directing noun with the act under it as the subject
or object of a verb ("the order to leave was given"). The time of day told with it is
when the order went out: an act told only as asked for has no time of its own (wanted.py),
so "told to leave at 3.40pm" dates the telling. The act ordered is its event class, a
directed one read through ``directed_classes`` (people told to leave a place are
evacuated). Two claims of one story that time the order of one act at two times of day
disagree. A deadline ("told to leave by 6pm": deadlines.py) is no time of the order.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.deadlines import shared_deadline, under_limit
from consistency.structured.eventclass import event_class
from consistency.structured.timeanchor import ClockTime, clocks_agree, find_clock_spans

__all__ = ["OrderTime", "order_times", "order_time_signals", "order_keys"]

_ORDERS = news_facts.words("order_heads")
_DIRECTED = news_facts.data().get("directed_classes") or {}
_ACTS = ("VERB", "AUX")
_LIMITS = news_facts.words("limit_prepositions")


@dataclass(frozen=True)
class OrderTime:
    """An order of the act of class ``act`` given at ``clocks``."""

    act: str
    clocks: tuple[ClockTime, ...]


def order_times(doc, text: str) -> tuple[OrderTime, ...]:
    """The orders told in ``doc`` with the times of day they were given at."""
    found = [f for tok in doc if tok.lemma_.lower() in _ORDERS and (f := _ordered(tok))]
    clocks = find_clock_spans(text) if found else []  # most claims tell no order
    out = []
    for act, over in found:
        told = tuple(c for off, c in clocks if _under(doc, off, over))
        if act and told:
            out.append(OrderTime(_DIRECTED.get(act, act), told))
    return tuple(out)


def _ordered(tok):
    """(class of the act ordered, the verb the order's time hangs on), else None."""
    if tok.pos_ in _ACTS:
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in _ACTS), None)
        if act is not None:
            return _act_class(act), tok  # "were told to leave"
        noun = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if noun is not None and noun.pos_ == "NOUN":
            return event_class(noun), tok  # "the evacuation was ordered"
        return None
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    act = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in _ACTS
                and any(k.tag_ == "TO" for k in c.children)), None)  # fmt: skip
    return (_act_class(act), tok.head) if act is not None else None  # "the order to leave"


def _act_class(act) -> str:
    """The event class of an ordered act, else its own ("~leave"): an act told as ordered
    has often no object ("told to leave"), which a verb's own class asks for."""
    return event_class(act) or f"~{act.lemma_.lower()}"


def _under(doc, offset: int, verb) -> bool:
    """Whether the clock at ``offset`` is told of ``verb``'s clause, and no deadline."""
    tok = next((t for t in doc if t.idx <= offset < t.idx + len(t)), None)
    if tok is None or shared_deadline(tok):
        return False
    # a clock under "by" or "until" inside the order's clause is a deadline
    return verb.left_edge.i <= tok.i <= verb.right_edge.i and not under_limit(
        tok, lambda t: t.i == verb.i, _LIMITS)


def order_keys(f) -> set[tuple[str, ...]]:
    """("clock", "order", act) of each timed order: two claims pair when the times differ."""
    return {("clock", "order", o.act) for o in f.orders}


def order_time_signals(a, b, story, score: float, weight: float, la: str,
                       lb: str) -> list[Signal]:  # fmt: skip
    """A time signal when ``a`` and ``b`` give one act's order at two times of day that
    cannot be one moment; ``story()`` says whether the claims can be of one story."""
    for x in a.orders:
        for y in b.orders:
            if x.act != y.act or any(clocks_agree(p, q) for p in x.clocks for q in y.clocks):
                continue
            if not story():
                return []
            text = f"order to {x.act.lstrip('~')}: {x.clocks[0].text} ({la}) vs " \
                   f"{y.clocks[0].text} ({lb})"
            return [Signal("time", score, text, weight)]
    return []
