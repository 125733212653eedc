"""Early figures: a count told as what first reports said is no count of the source's own.

"Early reports had put the number of injured at two, but police later said more had been
hurt" and "initial reports indicated that two people had been hurt; we can now confirm
that six were injured" tell a figure the source has moved past, so against another
source's six it is no disagreement. A number is an early figure when a verb above it
has an early report for its subject ("early reports put ...", "initial estimates
suggested ...") or is told "according to" one (lang/en news_facts ``early_figure_nouns``,
``early_figure_adjectives``).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import SUBJECTS

__all__ = ["early_figure"]

_NOUNS = news_facts.words("early_figure_nouns")
_EARLY = news_facts.words("early_figure_adjectives")


def _early_report(tok) -> bool:
    """"early reports", "initial estimates", "the first indications"."""
    return tok.lemma_.lower() in _NOUNS and any(
        c.dep_ == "amod" and c.lower_ in _EARLY for c in tok.children)


def early_figure(num) -> bool:
    """Whether the number token ``num`` is told as what an early report said."""
    for t in (num, *num.ancestors):
        for c in t.children:
            if c.dep_ in SUBJECTS and _early_report(c):
                return True
            if c.dep_ == "prep" and c.lower_ == "according" and any(
                    _early_report(g) for p in c.children for g in p.children):
                return True
    return False
