"""Groups a claim tells of by a part of them: "None of the three men is employed at the
port", "one of the men is a crane operator who had worked there", "two of the
passengers were hurt".

A claim that denies an event for every member of a group ("none of the men") and one
that tells it of some of them ("one of the men") tell one fact, often in sentences far
apart in embedding space; the group lets candidates.py pair them, and compare() then
weighs the event's polarity as for any other pair. Only a definite group counts ("of the
men", "of its staff"): "one of many reasons" names none.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import object_of
from consistency.structured.quantities import unit_name

__all__ = [
    "counted_whole", "definite_group", "denied_whole", "one_partitive_group", "partitive_groups",
]

_PARTS = frozenset({"none", "one", "some", "several", "any", "neither", "either"})
_DEFINITE = frozenset({"these", "those", "its", "their", "his", "her"}) | news_facts.words(
    "definite_determiners") | news_facts.words("whole_determiners")  # "the", "this", "all"


def _part(tok) -> bool:
    return tok.lower_ in _PARTS or (tok.pos_ == "NUM" and tok.like_num)


def partitive_groups(doc) -> tuple[str, ...]:
    """The groups (their counted-noun class, else lemma) a part of which is the subject
    or object of a clause: "None of the three men is employed" -> ("people",)."""
    out = []
    for tok in doc:
        if not _part(tok) or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = object_of(of) if of is not None else None
        if group is None or group.pos_ != "NOUN" or not any(
                c.lower_ in _DEFINITE for c in group.children):  # fmt: skip
            continue
        out.append(unit_name(group.lemma_))
    return tuple(dict.fromkeys(out))


def one_partitive_group(a, b) -> bool:
    """Whether two claims (frames) tell of one group by a part of it: "none of the whales"
    and "five of the dead whales" name the event's participants though neither event has
    a head noun of its own."""
    return bool(set(a.partitives) & set(b.partitives))


_NONE = frozenset({"none", "neither"})


def denied_whole(tok):
    """The thing a "none of the ..." subject denies of: "None of the fencing along that path
    collapsed" is about the fencing. Only a definite group of things: a group of people
    ("none of the passengers") stays told by its part (see :func:`one_partitive_group`)."""
    if tok.lower_ not in _NONE:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = object_of(of) if of is not None else None
    if group is None or group.pos_ != "NOUN" or unit_name(group.lemma_) == "people" or not any(
            c.lower_ in _DEFINITE for c in group.children):  # fmt: skip
        return tok
    return group


def definite_group(tok):
    """The definite group after "of" under ``tok`` ("of the holes", "of its servers", "of
    the council's laptops", "of all the guests"), None for none or a vague one ("of many
    reasons"). Shared by the parts told here and by the parts that refer back to a count
    told before (toldcounts.py)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = object_of(of) if of is not None else None
    if group is None or group.pos_ != "NOUN":
        return None
    definite = any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in group.children)
    return group if definite else None


def _definite_group(tok):
    """The definite group of things after "of" under ``tok`` (:func:`definite_group`),
    None for people."""
    group = definite_group(tok)
    return None if group is None or unit_name(group.lemma_) == "people" else group


def counted_whole(tok):
    """The things a counted part tells of: "36 of its servers were encrypted" is about the
    servers, as "63 servers were encrypted" is; the count stays the claim's number. Only a
    numeral part of a definite group of things (people stay told by their part, see
    :func:`one_partitive_group`)."""
    if not (tok.pos_ == "NUM" and tok.like_num):
        return tok
    return _definite_group(tok) or tok
