"""Which numbered floor a thing moved from or to: "the lift dropped from the ninth floor",
"a packed lift plunged from the 11th floor", "a man fell from a fourth-floor balcony".

A level noun (``level_nouns``: floor, storey, deck) numbered by an ordinal (``ordinal_words``
of lang/en/numbers.yaml, or digits with an ordinal suffix: "11th") is the start or the end
of a move when it is the object of a preposition of motion (``level_prepositions``: from,
to) on a verb, or numbers the noun that is ("from a fourth-floor balcony"). The thing that
moved is the verb's subject (the noun a "which" clause hangs on: "the lift, which had set
off down from the ninth floor"), one thing told in the singular. Two sources moving one
thing (one noun) from (or to) two floors disagree; "from the ninth floor" and "to the
third floor" are two ends of one move, and where a thing is or lives ("on the ninth
floor") is no move and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.doers import relative_head
from consistency.structured.parse import own_subject

__all__ = ["Floor", "floor_keys", "floor_signals", "floors"]

_LEVELS = news_facts.words("level_nouns")
_PREPS = news_facts.words("level_prepositions")
_ORDINALS = {w.lower(): int(v) for w, v in load().numbers.ordinal_words.items()}
_NUMBERED = re.compile(rf"(\d+)(?:{'|'.join(map(re.escape, load().time.ordinal_suffixes))})",
                       re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class Floor:
    """``mover`` (a noun lemma) moved ``prep`` ("from", "to") floor ``level``."""

    mover: str
    prep: str
    level: int
    text: str


def _ordinal(tok) -> int | None:
    if tok.lower_ in _ORDINALS:
        return _ORDINALS[tok.lower_]
    m = _NUMBERED.fullmatch(tok.text)
    return int(m.group(1)) if m else None


def _level(noun) -> tuple[int, str] | None:
    """The floor ``noun`` names: "the ninth floor", or "a fourth-floor balcony"."""
    for tok in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        if tok.lemma_.lower() not in _LEVELS:
            continue
        for c in tok.children:
            if c.dep_ in ("amod", "nummod", "compound") and _ordinal(c) is not None:
                return _ordinal(c), f"{c.text} {tok.text}"
    return None


def _mover(verb) -> str | None:
    """The singular noun that moved: the subject of ``verb`` or, for "which", the noun its
    clause hangs on."""
    subj = own_subject(verb)
    if subj is None:
        return None
    subj = relative_head(subj)
    if subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ in ("NNS", "NNPS"):
        return None
    return subj.lemma_.lower()


def floors(doc) -> tuple[Floor, ...]:
    """The floors things moved from or to in ``doc``."""
    out = []
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        level = _level(obj) if obj is not None else None
        verb = prep.head
        if verb.pos_ in ("ADV", "ADP") and verb.dep_ in ("advmod", "prt"):
            verb = verb.head  # "set off down from the ninth floor"
        if level is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        mover = _mover(verb)
        if mover:
            out.append(Floor(mover, prep.lower_, level[0], level[1]))
    return tuple(out)


def floor_keys(f) -> set:
    """(thing, preposition) of a frame's floors: two claims pair when the floors differ."""
    return {((x.mover, x.prep), x.level) for x in f.floors}


def floor_signals(a, b, same: Callable[[], bool], score: float, weight: float, la: str,
                  lb: str) -> list[Signal]:  # fmt: skip
    """One "number" signal when the two frames move one thing from (or to) two floors, in
    one story (``same``); a claim that gives the other's floor too says no conflict."""
    for x in a.floors:
        theirs = [y for y in b.floors if (y.mover, y.prep) == (x.mover, x.prep)]
        if not theirs or any(y.level == x.level for y in theirs) or not same():
            continue
        y = theirs[0]
        text = f"floor the {x.mover} moved {x.prep}: {x.text} ({la}) vs {y.text} ({lb})"
        return [Signal("number", score, text, weight)]
    return []
