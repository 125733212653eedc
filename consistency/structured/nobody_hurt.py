"""An event denied of everyone ("nobody was hurt", "no one was injured in the collapse",
"none were arrested") against the same event told of one person ("ambulance crews
treated a woman for cuts", "a cashier was injured", "one man was arrested").

nobody_denial.py leaves the negating pronoun out: paired with every event of its class,
"nobody was hurt" would meet the injuries of other, earlier events the sources recall
("the blast injured about 1,500 people"). Such recalled events are mostly told of many;
the event of the story that "nobody" is wrong about is mostly one person. So a denial by
a negating pronoun pairs (candidates.py) only with the event of its class told of a
participant with no count above one, of a class counted in people
(``people_count_classes``), and not told as a plan; the denial told as past ("nobody was
hurt", "nobody has been hurt"), not a threat or a rule ("do as I say and nobody gets
hurt"). compare() reads the negation.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.counts import PEOPLE_CLASSES
from consistency.structured.negation import nobody
from consistency.structured.parse import SUBJECTS

__all__ = ["denied_of_everyone", "nobody_keys", "scope_of"]

_BESIDES_PREPS = news_facts.words("besides_prepositions")  # "nobody besides the driver"
_NEG_DETS = news_facts.words("negating_determiners")

_KEY = "someone"


def denied_of_everyone(tok) -> bool:
    """Whether the event verb ``tok`` has a negating pronoun as its subject ("nobody was
    hurt", "no one was injured"), not "no one else" (nobody_denial: an exception) nor
    "none of the passengers", a named group (partitives.py reads it)."""
    return any(c.dep_ in SUBJECTS and nobody(c) and not any(
        g.lower_ in ("else", "of") for g in c.children) and scope_of(c) is None
        for c in tok.children)  # fmt: skip


def scope_of(tok):
    """The group a negating pronoun is bounded to by a preposition before a definite noun:
    "no one on its team", "nobody in the building", "no one at the school"; the denial is
    of that group, not of everyone (a man taken to hospital may be a passer-by). None when
    unbounded, or bounded only by a bare noun ("no one on board", "nobody on site"), a
    phrase of place told of the event's scene rather than a group."""
    if not nobody(tok):
        return None
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ in ("of", *_BESIDES_PREPS):
            continue
        for g in p.children:
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
                    d.dep_ in ("det", "poss") and d.lower_ not in _NEG_DETS
                    for d in g.children):  # fmt: skip
                return g
    return None


def _one_participant(e) -> bool:
    """Told of someone with no count of them above one (an age is no count)."""
    return bool(e.heads) and all(q.high <= 1 for q in e.quantities
                                 if q.unit in (None, "people", *e.heads))  # fmt: skip


def nobody_keys(events, speech) -> set[tuple[tuple[str, ...], bool]]:
    """Candidate keys (("polar", class, "someone"), denied) of a denial of everyone and
    of an event of that class told of one participant (module docstring)."""
    out = set()
    for e in events:
        if (not e.asserted or e.cls in speech or e.tense == "future"
                or e.cls.lstrip("~") not in PEOPLE_CLASSES):  # fmt: skip
            continue
        if e.negated and e.nobody and e.tense == "past":  # not "or nobody gets hurt"
            out.add((("polar", e.cls, _KEY), True))
        elif not e.negated and _one_participant(e):
            out.add((("polar", e.cls, _KEY), False))
    return out
