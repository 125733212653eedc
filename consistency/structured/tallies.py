"""Running totals: counts told over a stretch of time, not of one event.

"More than 600 people have been killed since the assault began", "some 2,000 civilians
were killed this year", "crews have pulled nine people alive so far" and "police arrest
50,000 people a year" each sum many events over a span (or give a rate). Set against
one event's count ("six people were killed in the attack") or another total over
another span, the two numbers count different things; an update of a running total is
no contradiction either. Such counts are left out of the number comparison.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["running_total"]

_SINCE = news_facts.words("since_words")
_SPANS = news_facts.words("wait_spans")
_SO_FAR = news_facts.words("so_far_words")
_SPAN_DETERMINERS = news_facts.words("span_determiners")
_SHARES = frozenset({"%", "percent", "per cent", "pct"})


def _span_noun(tok) -> bool:
    """"this year", "a year", "each month", "per week": a span or rate, not a date."""
    return tok.lemma_.lower() in _SPANS and any(
        c.dep_ in ("det", "amod") and c.lower_ in _SPAN_DETERMINERS for c in tok.children)


def _over_span(verb) -> bool:
    """The verb's own modifiers bound it by a span: "since" (a preposition, clause or
    adverb), "so far", "to date", or a span noun ("this year", "a year")."""
    for c in verb.children:
        if c.lower_ in _SINCE and c.dep_ in ("prep", "mark", "advmod"):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SINCE
                                     for m in c.children):
            return True
        if c.dep_ in ("advmod", "prep") and " ".join(t.lower_ for t in c.subtree) in _SO_FAR:
            return True
        if c.dep_ in ("npadvmod", "dobj", "pobj") and _span_noun(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("per", "in", "over", "during") and any(
                g.dep_ == "pobj" and _span_noun(g) for g in c.children):
            return True
    return False


def running_total(num) -> bool:
    """Whether the number token ``num`` counts a running total or a rate: the counted
    noun ("50,000 people a year") or the first verb above it ("killed since May") is
    bounded by a span (module docstring). A share is no tally: "a 3 percent pay rise
    this year" is one offer's size."""
    if any(t.lower_ in _SHARES for t in (num, num.head, *num.children)):
        return False
    for t in num.ancestors:
        if _over_span(t):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False
