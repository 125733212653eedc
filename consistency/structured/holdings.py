"""How many things a vehicle or container holds, whatever verb a source hangs the count
on: "the rocket was carrying seven satellites", "on board were nine small satellites",
"its seven-satellite payload", "the train had 94 cars", "the crate contained 40 rifles".

A number counts a load when the noun it counts is the object of a verb of holding
(``holding_verbs``), the subject or complement of "be" with a place of being aboard
(the ``phrasal_classes`` of class ``aboard``: "on board", "aboard", "inside"), or the
first part of a compound ("a seven-satellite payload": the payload holds seven) whose
head names no event. Each such count is a :class:`~consistency.structured.counts.CountSlot`
of key ``hold`` and of the counted noun with its compounds but not its adjectives ("nine
small satellites" and "seven satellites" are two tellings of one load). Counts of people
are left to the people counts (``aboard``, ``present``); parts ("three of which",
"including two") and what befell a part ("Thirty-one cars derailed") are other keys.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.members import members_unit
from consistency.structured.persons import person_noun
from consistency.structured.quantities import number_token, unit_name

__all__ = ["HOLD", "holding_counts", "loads_differ"]

HOLD = "hold"
_HOLDING = news_facts.words("holding_verbs")
_MEASURES = news_facts.words("measure_units")
_UNIT_CLASSES = frozenset(news_facts.classes("unit_classes"))
_PHRASAL = news_facts.data().get("phrasal_classes") or {}
_ABOARD = frozenset(tuple(phrase.split()[1:]) for phrase, cls in _PHRASAL.items()
                    if cls == "aboard" and phrase.split()[0] == "be")  # fmt: skip
_EVENT_NOUNS = frozenset(news_facts.data().get("noun_classes") or {})


def holding_counts(doc, qspans, make_slot) -> tuple:
    """A ``make_slot(unit, HOLD, quantity)`` per number of the claim that counts a load,
    from the quantities ``qspans`` (end offset, Quantity) of the claim's text."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or not q.unit or q.unit in _MEASURES or num.dep_ != "nummod":
            continue
        noun = num.head
        if _people(noun, q.unit) or not _held(noun) or (
                noun.dep_ == "compound" and not _hyphened(num)):
            continue
        mods = sorted(c.lemma_.lower() for c in noun.children
                      if c.dep_ == "compound" and c.i != num.i and c.pos_ == "NOUN")  # fmt: skip
        out.append(make_slot(" ".join((*mods, q.unit)), HOLD, q))
    return tuple(out)


def _hyphened(num) -> bool:
    """"seven-satellite": a count joined to its noun, not a size ("a 42mm case", "4GB")."""
    return num.i + 1 < len(num.doc) and num.nbor(1).text == "-" and not num.whitespace_


def _people(noun, unit: str) -> bool:
    return (unit in _UNIT_CLASSES or unit == unit_name("people") or person_noun(noun)
            or members_unit(noun, 2) is not None)  # "21 crew members": members.py


def _held(noun) -> bool:
    """Whether the counted noun is what a thing holds (see the module docstring)."""
    head = noun.head
    if noun.dep_ == "compound":
        return head.pos_ == "NOUN" and head.lemma_.lower() not in _EVENT_NOUNS
    if noun.dep_ in ("dobj", "conj") and head.lemma_.lower() in _HOLDING:
        return noun.dep_ == "dobj" and not any(c.dep_ == "neg" for c in head.children)
    if noun.dep_ in ("nsubj", "attr") and head.lemma_.lower() == "be":
        return any(_aboard(p) for t in (head, noun) for p in t.children if p.dep_ == "prep")
    return False


def _aboard(prep) -> bool:
    """"on board", "aboard (the ship)", "inside": a place of being held."""
    objs = [g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"] or ["*"]
    return any((prep.lower_, o) in _ABOARD or (prep.lower_, "*") in _ABOARD for o in objs)


def loads_differ(a, b) -> bool:
    """Whether two frames give one kind of load two different exact counts ("carrying
    seven satellites", "nine satellites on board"): a pair worth comparing though the
    claims share no name."""
    return any(x.unit == y.unit and x.quantity.exact and y.quantity.exact
               and x.quantity.low != y.quantity.low
               for x in a.counts if x.key == HOLD for y in b.counts if y.key == HOLD)  # fmt: skip
