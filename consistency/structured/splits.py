"""How a vote split: the votes for and against told as "N to M" ("councillors voted 12 to
6", "approved the budget by 11 votes to 7", "the Senate voted 51 to 49").

A split is two numbers joined by "to" where the second is the object of a "to" that hangs
on the first number or on the verb the first number (or its counted noun) hangs on, and
the counting is of votes: the first number counts a noun of ``split_words`` ("11 votes")
or hangs on such a verb ("voted 12 to 6"). A change ("rose from 12 to 16") counts no votes
and is no split. A margin ("by two votes": tallies.py) is one number, no split.

Two claims of one story giving one vote two splits disagree, at times that do not clash;
a split of a vote whose subject a date owns ("last year's budget passed by 14 votes to
4") is another vote's.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.parse import own_subject
from consistency.structured.quantities import parse_number

__all__ = ["Split", "split_keys", "split_signals", "splits"]

_WORDS = news_facts.words("split_words")


@dataclass(frozen=True)
class Split:
    """The votes for and against one vote: "by 11 votes to 7" is (11, 7)."""

    votes_for: float
    against: float
    text: str
    when: str = ""  # the date owning the vote's subject: "last year" of "Last year's budget"


def _first(to):
    """The number before "to" that the split starts with, or None: the head of "to" when
    a number ("12 to 6"), else a number (or its counted noun) on the verb "to" hangs on,
    before it ("carried by 11 votes to 7")."""
    if to.head.like_num:
        return to.head
    verb = to.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    near = [verb, *(c for c in verb.children if c.dep_ in ("agent", "prep") and c.i < to.i)]
    for tok in near:
        for c in tok.children:
            if c.i >= to.i:
                continue
            if c.like_num:
                return c
            num = next((n for n in c.children if n.dep_ == "nummod" and n.like_num), None)
            if num is not None:
                return num
    return None


def _counts_votes(first) -> bool:
    """Whether the first number counts votes: its noun ("11 votes") or its verb ("voted
    12 to 6") is a word of ``split_words``."""
    heads = [first.head] + ([first.head.head] if first.head.dep_ in ("pobj", "dobj") else [])
    return any(t.lemma_.lower() in _WORDS for t in heads)


def _when(to) -> str:
    """The date that owns the subject of the split's verb ("Last year's budget passed by
    14 votes to 4" -> "last year"), "" for none: a split of another year's vote."""
    verb = next((t for t in (to, *to.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    subj = own_subject(verb) if verb is not None else None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.ent_type_ == "DATE"),
                 None) if subj is not None else None  # fmt: skip
    return " ".join(t.lower_ for t in owner.subtree if t.dep_ != "case") if owner else ""


def splits(doc) -> tuple[Split, ...]:
    """Each split of a vote told in ``doc``."""
    out = []
    for to in doc:
        if to.lower_ != "to" or to.dep_ != "prep":
            continue
        second = next((c for c in to.children if c.dep_ == "pobj" and c.like_num), None)
        first = _first(to) if second is not None else None
        if first is None or not _counts_votes(first):
            continue
        x, y = parse_number(first.text), parse_number(second.text)
        if x is not None and y is not None:
            out.append(Split(x, y, f"{first.text} to {second.text}", _when(to)))
    return tuple(out)


def split_keys(f) -> set:
    """(("split", the vote's year), the split) per split: two claims pair when their
    splits of one year's vote differ."""
    return {(("split", s.when), (s.votes_for, s.against)) for s in f.splits}


def split_signals(a, b, story, score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """One "number" signal when the two claims split one vote two ways, in one story
    (``story``: a callable) at times that do not clash."""
    for x in a.splits:
        for y in b.splits:
            if x.when != y.when or (x.votes_for, x.against) == (y.votes_for, y.against):
                continue  # another year's vote, or one split
            if story():
                text = f"vote split: {x.text} ({la}) vs {y.text} ({lb})"
                return [Signal("number", score, text, weight)]
    return []
