"""How many one group has: "the syndicate of 14 colleagues", "the 11 members of the
syndicate", "the 14-member syndicate", "a crowd of 18,412", so that two sources giving
one group two sizes disagree.

A group's size is read from the parse in three shapes: a singular noun with an "of"
whose object is a plural noun the count numbers ("the team of 30 engineers"), or the count
itself when the noun counts people (``count_nouns``: "a crowd of 18,412"; "a rating of
five" counts no group); a noun of membership (``membership_nouns``) under a count whose
"of" names the group ("the 11 members of the depot syndicate"); and a noun of membership
with its count as a compound of the group's noun ("the 14-member syndicate"). The group
is its noun's lemma. No size is read from a part ("nine of the syndicate's members": the
count is no noun's modifier; "two members of the party": no definite article or
possessor tells the members a known whole), a total ("a total of 27", ``total_nouns``:
counts.py reads it), a measure ("a distance of 40 miles"), an event's undergoers ("the
evacuation of 300": a noun of an event class; "the release of the five officials": a set
told of before), a bound or a vague count ("a crowd of more than 2,000"). Two sizes of
one group agree within rounding; sizes far apart ("a crew of 4" and "a crowd of 18,000")
are two groups, not a misreading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.eventclass import NOUN_CLASS
from consistency.structured.parse import of_object
from consistency.structured.quantities import (
    Quantity,
    number_token,
    quantities_agree,
    relative_gap,
)

__all__ = ["GroupSize", "group_size_keys", "group_size_signals", "group_sizes"]

_MEMBERSHIP = news_facts.words("membership_nouns")
_PEOPLE_COUNTS = frozenset(news_facts.data()["count_nouns"])  # "a crowd of 18,412"
_TOTALS = news_facts.words("total_nouns")
_MEASURES = news_facts.words("measure_units")
_REST = news_facts.words("rest_of_group_words")
_FIRM_WIDTH = 1.5  # a firm count's high at most this times its low (numberclash.py)
_SCOPE_GAP = 0.75  # "a crew of 4" and "a crowd of 18,000": two groups, not one misread
_SMALL = 100  # exact sizes below this are not rounded: 11 and 14 members differ


@dataclass(frozen=True)
class GroupSize:
    """The size of one group ("syndicate", 14 colleagues) as a source gives it."""

    group: str  # the group noun's lemma
    quantity: Quantity
    members: str = ""  # what it is made of ("the syndicate of 14 colleagues": colleague)
    known: bool = True  # False for "a team of 30 engineers": maybe one of several teams


def _firm(q: Quantity) -> bool:
    """A count told as one number ("14", "about 300"), no bound, vague count or measure."""
    return q.low > 0 and q.high <= _FIRM_WIDTH * q.low and q.unit not in _MEASURES


def _group_noun(tok) -> bool:
    """A common singular noun that can name a group ("syndicate", "crowd"), no total."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() not in _TOTALS


def _of_count(noun, counts: dict[int, Quantity]) -> tuple[Quantity, str, bool] | None:
    """(count, members, known) of "a crowd of 18,412" (the number itself, no members) or
    "the team of 30 engineers" (the number of a plural noun, its lemma), else None. A
    group of a plural told without a definite article or possessor may be one of several
    ("a team of 30 engineers", "a team of 12 firefighters"): not known."""
    obj = of_object(noun)
    if obj is None or noun.lemma_.lower() in NOUN_CLASS or _told_before(obj):
        return None  # "the evacuation of 300", "the release of the five officials"
    if obj.i in counts and obj.pos_ == "NUM":  # "a rating of five", "a score of 3": no group
        return (counts[obj.i], "", True) if noun.lemma_.lower() in _PEOPLE_COUNTS else None
    if obj.tag_ != "NNS":
        return None
    num = next((c for c in obj.children if c.dep_ == "nummod" and c.i in counts), None)
    return (counts[num.i], obj.lemma_.lower(), _definite(noun)) if num is not None else None


def _told_before(obj) -> bool:
    """Whether the "of" object is a set told of already, not what the group is made of:
    a determiner or possessor ("the release of the five officials"), or the rest of a
    group ("of seven other journalists", ``rest_of_group_words``)."""
    return any(c.dep_ in ("det", "poss") or c.lower_ in _REST for c in obj.children)


def _member_count(noun, counts: dict[int, Quantity]):
    """(group token, count) of "the 11 members of the syndicate" and "the 14-member
    syndicate", else None."""
    if noun.lemma_.lower() not in _MEMBERSHIP:
        return None
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.i in counts), None)
    if num is None:
        return None
    if noun.dep_ == "compound" and _group_noun(noun.head):  # "the 14-member syndicate"
        return noun.head, counts[num.i], ""
    group = of_object(noun)  # "the 11 members of the depot syndicate"; "two members of
    if group is None or not _group_noun(group) or not _definite(noun):  # the party": a part
        return None
    return group, counts[num.i], ""


def _definite(noun) -> bool:
    """Whether the noun is told as a known whole: a definite article or a possessor ("the
    11 members", "the club's 40 members"), not a part ("two members of the party")."""
    return any(c.dep_ == "poss" or "Def" in c.morph.get("Definite") for c in noun.children)


def group_sizes(doc, qspans) -> tuple[GroupSize, ...]:
    """Every (group, size) the sentence gives, once each."""
    counts = {}
    for end, q in qspans:
        num = number_token(doc, end)
        if num is not None:
            counts[num.i] = q
    if not counts:
        return ()
    out: dict[tuple[str, str], GroupSize] = {}
    for tok in doc:
        found = _member_count(tok, counts)
        if found is None and _group_noun(tok) and (of := _of_count(tok, counts)) is not None:
            found = tok, *of
        if found is not None and _firm(found[1]):
            size = GroupSize(found[0].lemma_.lower(), *found[1:])
            out.setdefault((size.group, size.members), size)
    return tuple(out.values())


def group_size_keys(f) -> set:
    """(group, size) of a frame's group sizes: two claims pair when the sizes differ."""
    return {(g.group, g.quantity.low) for g in f.group_sizes}


def group_size_signals(a, b, same: Callable[[], bool], score: float, weight: float,
                       tolerance: float, la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One "number" signal when the two frames give one group two sizes apart beyond
    rounding (``tolerance``; none between two exact small counts), in one story
    (``same``)."""
    for x in a.group_sizes:
        for y in b.group_sizes:
            qx, qy = x.quantity, y.quantity
            two_kinds = x.members and y.members and x.members != y.members
            maybe_two = not (x.known or y.known)  # two sources' "a team of ...": two teams?
            if x.group != y.group or two_kinds or maybe_two or relative_gap(qx, qy) >= _SCOPE_GAP:
                continue
            exact = qx.exact and qy.exact and max(qx.high, qy.high) < _SMALL
            if quantities_agree(qx, qy, 0.0 if exact else tolerance) or not same():
                continue
            text = f"size of the {x.group}: {qx.text} ({la}) vs {qy.text} ({lb})"
            return [Signal("number", score, text, weight)]
    return []
