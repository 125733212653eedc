"""Amounts told as a guess or a forecast, not as a report of what is: "Gruber predicts
the gold watch would cost $5,000", "Apple is expected to ship 42 million units", "the
gold for this hypothetical watch would cost $3,200", "Apple would be crazy to sell it for
$20,000".

Two guesses of one amount, or a guess and a reported figure, are no contradiction of
fact. A number is a guess when its event hangs, through its clause, on a verb of
forecasting (``forecast_heads``: "predicts that", "we forecast to"; ``expectation_heads``
only in the passive: "is expected to", while "the company expects the recall to cost"
is its own stated figure),
on a condition ("if ..."), or on a bare conditional "would" that no verb of saying
reports ("the watch would cost" on its own, not "the mayor said repairs would cost":
there "would" is a reported "will"). An estimate of what happened ("police estimated
the crowd at 10,000", "an estimated £84 million") is a report, and stays compared.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import CONDITIONS, SPEECH_VERBS, marks

__all__ = ["guessed"]

_FORECAST = news_facts.words("forecast_heads")
_EXPECT = news_facts.words("expectation_heads")
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "acomp", "advcl", "conj", "pcomp", "pobj", "prep"})
_REACH = 5  # clause steps up from the event: "is being expected to ship" is two


def _reported(tok) -> bool:
    """A verb of saying over the clause ("said ... would") or beside it ("..., he said")."""
    near = [*tok.ancestors][:_REACH] + [c for c in tok.children if c.dep_ == "parataxis"]
    return any(t.lemma_.lower() in SPEECH_VERBS for t in near)


def _forecast(head) -> bool:
    """A verb of forecasting, or of expecting in the passive ("is expected to")."""
    lemma = head.lemma_.lower()
    return lemma in _FORECAST or lemma in _EXPECT and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def guessed(tok) -> bool:
    """Whether the event ``tok`` is told as a forecast, a condition or a hypothesis."""
    t, reported = tok, _reported(tok)
    for _ in range(_REACH):
        if t is not tok and _forecast(t):
            return True
        if marks(t) & CONDITIONS:
            return True
        if not reported and any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children):
            return True
        if t.dep_ not in _CLAUSE_DEPS or t.head is t:
            return False
        t = t.head
    return False
