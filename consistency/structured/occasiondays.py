"""The day of one occasion told by a possessive: "matched all six numbers in last
Wednesday's draw" vs "whose numbers came up in Saturday night's draw".

A noun whose possessor holds a day ("Saturday's draw", "yesterday's vote", "Tuesday
night's match") names an occasion and dates it. An occasion names no actor, so the shared
name conflicts._event_signals asks for is not there; what the act in it befell keys it
instead: two claims of one story that tell a past act, in an occasion of one noun, of one
thing (a subject or object noun both acts share: "numbers"), on two days that do not
meet and are no further apart than one event's window, disagree. "He scored in
Saturday's match" and "he was booked in Wednesday's match" share no noun; a plan, a
denial and an act told with no day of its own stay out.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.eventclass import tense_modality
from consistency.structured.negation import negated
from consistency.structured.parse import under_denial
from consistency.structured.timeanchor import TimeRef, days_apart, find_time_spans

__all__ = ["DatedOccasion", "dated_occasions", "occasion_day_signals"]

_ACTS = ("VERB", "AUX")
_PARTS = ("nsubj", "nsubjpass", "dobj")
_WHOLE = news_facts.words("whole_determiners")


@dataclass(frozen=True)
class DatedOccasion:
    """An occasion ``noun`` ("draw") dated by ``day``; ``things`` are the nouns of the
    subject and object of the act told in it ("number", "ball")."""

    noun: str
    day: TimeRef
    things: tuple[str, ...]


def dated_occasions(doc, text: str, anchor) -> tuple[DatedOccasion, ...]:
    """The occasions of ``doc`` dated by a possessive day, each with the act told in it
    (the verb above the noun) when that act is past, asserted and not denied."""
    out, spans = [], None
    for tok in doc:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.pos_ != "NOUN" or poss is None or tok.dep_ != "pobj":
            continue
        verb = next((t for t in tok.ancestors if t.pos_ in _ACTS), None)
        if verb is None or tense_modality(verb) != ("past", None):
            continue
        if negated(verb) or under_denial(verb):  # "did not", "failed to", "denied that"
            continue
        lo, hi = poss.left_edge.idx, poss.idx + len(poss)
        spans = find_time_spans(text, anchor, "past") if spans is None else spans  # once
        days = [r for off, r in spans if lo <= off < hi]
        things = _things(verb)
        if len(days) == 1 and things:
            out.append(DatedOccasion(tok.lemma_.lower(), days[0], things))
    return tuple(out)


def _things(verb) -> tuple[str, ...]:
    """The lemmas of the subject and object nouns of the act told as known things ("all
    six numbers", "their numbers", "the ball"): a bare doer ("police arrested ...") or "a
    man" (maybe another one) keys no occasion."""
    kids = [c for c in verb.children if c.dep_ in _PARTS]
    return tuple(c.lemma_.lower() for c in kids if c.pos_ in ("NOUN", "PROPN") and _known(c))


def _known(noun) -> bool:
    """A definite article, a possessor or "all"/"both" before the noun."""
    return any(c.dep_ == "poss" or "Def" in c.morph.get("Definite")
               or (c.dep_ in ("det", "predet") and c.lower_ in _WHOLE)
               for c in noun.children)  # fmt: skip


def occasion_day_signals(a, b, story, window: int, score: float, weight: float,
                         la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A time signal when ``a`` and ``b`` date one occasion of one thing on two days
    that do not meet; ``story()`` says whether the claims can be of one story."""
    for x in a.occasions:
        for y in b.occasions:
            gap = days_apart(x.day, y.day)
            if x.noun != y.noun or not set(x.things) & set(y.things) or not gap:
                continue
            if gap > window or not story():
                return []
            text = f"day of the {x.noun}: {x.day.text} ({la}) vs {y.day.text} ({lb})"
            return [Signal("time", score, text, weight)]
    return []
