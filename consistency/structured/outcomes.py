"""Two opposed outcomes told of one thing: "he loses the national road race title" against
"he keeps his national road race title"; "has been stripped of the title"; "the court
upheld the ban" against "the court overturned the ban"; "the council approved the plan"
against "the council rejected the plan"; "he was cleared of murder" against "he was
convicted of murder".

The verbs are data (``opposed_outcomes`` in lang/en/news_facts.yaml: each entry two sides,
one verb may stand in several entries); the thing is read from the parse: the object
("keeps his title"), the object of "of" ("stripped of the title", "cleared of murder"), or,
with neither, the subject of a verb told of no person ("the motion failed", "shares
fell"). Two claims clash when they tell opposite sides of one entry of the same thing
(the same noun, sharing a modifier where both have some), in one story, with no two
named doers, in one tense (he "won" a title and now "loses" it is no contradiction), not
on two days. Silent for an outcome negated, planned, possible, conditional, asked, or
inside a clause on a noun ("the title he won").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.hedges import relayed_rumour
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, is_question, modal, under_denial

__all__ = ["Outcome", "outcome_clash", "outcome_keys", "outcome_signals", "outcomes"]

_SIDES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (frozenset(news_facts.split(pair[0])), frozenset(news_facts.split(pair[1])))
    for name, pair in (news_facts.data().get("opposed_outcomes") or {}).items()
}
_PERSONS = news_facts.kind_nouns("person")
_PRONOUN_TAGS = ("PRP", "PRP$")


@dataclass(frozen=True)
class Outcome:
    """One side of an ``opposed_outcomes`` entry told of a thing."""

    verb: str  # the verb's lemma ("lose")
    thing: str  # the thing's noun lemma ("title")
    modifiers: frozenset[str]  # its compound nouns and adjectives ("road", "race", "national")
    doer: str  # the subject's word when it is no pronoun ("reddaway"), else ""
    past: bool  # told in the simple past ("won") rather than the present ("keeps", "has lost")
    text: str  # the words, for the explanation


def outcome_keys(o: Outcome) -> set[tuple[str, str, bool]]:
    """(entry, thing, side) of each entry the verb stands in: opposite sides pair."""
    return {(name, o.thing, o.verb in sides[1]) for name, sides in _SIDES.items()
            if o.verb in sides[0] | sides[1]}  # fmt: skip


def outcomes(doc) -> tuple[Outcome, ...]:
    """Every outcome the sentence tells as fact."""
    if is_question(doc):
        return ()
    verbs = {w for sides in _SIDES.values() for side in sides for w in side}
    out = [o for tok in doc if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs
           for o in (_outcome(tok),) if o is not None]  # fmt: skip
    return tuple(dict.fromkeys(out))


def _outcome(verb) -> Outcome | None:
    if verb.dep_ in ("relcl", "acl", "amod", "advcl", "xcomp", "pcomp"):
        return None  # "the title he won", "after winning the title", "hopes to keep it"
    if negated(verb) or under_denial(verb) or in_condition(verb) or modal(verb) or (
            relayed_rumour(verb)):  # fmt: skip
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    thing = _thing(verb, subj)
    if thing is None or thing.pos_ != "NOUN":
        return None
    doer = "" if subj is None or subj is thing or subj.tag_ in _PRONOUN_TAGS else subj.lower_
    mods = frozenset(c.lemma_.lower() for c in thing.children if c.dep_ in ("compound", "amod")
                     and c.pos_ in ("NOUN", "ADJ", "PROPN"))  # fmt: skip
    past = verb.tag_ == "VBD" and not any(c.lemma_ == "have" for c in verb.children
                                          if c.dep_ == "aux")  # fmt: skip
    left = min(verb.i, (subj or verb).left_edge.i)
    text = verb.doc[left : max(thing.right_edge.i, verb.i) + 1].text
    return Outcome(verb.lemma_.lower(), thing.lemma_.lower(), mods, doer, past, text)


def _thing(verb, subj):
    """What the outcome befalls: the object, the object of "of", else the subject of a
    passive verb ("the plan was rejected") or of a verb told of no person."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    of = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
    if of is not None:
        return of
    if subj is None or subj.ent_type_ or subj.lemma_.lower() in _PERSONS:
        return None  # "Rovers lost", "the driver failed": a doer, not the thing
    return subj


def _opposed(x: Outcome, y: Outcome) -> bool:
    """Opposite sides of one entry, of one thing, by no two named doers, in one tense."""
    if x.thing != y.thing or x.past != y.past or (x.doer and y.doer and x.doer != y.doer):
        return False
    if x.modifiers and y.modifiers and not x.modifiers & y.modifiers:
        return False  # "the men's title", "the junior title"
    return any(k[:2] == j[:2] and k[2] != j[2] for k in outcome_keys(x) for j in outcome_keys(y))


def _pairs(a, b):
    return ((x, y) for x in a.outcomes for y in b.outcomes if _opposed(x, y))


def outcome_signals(a, b, one_story: Callable[[], bool], apart: Callable, score: float,
                    la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A negation signal where frames ``a`` and ``b`` tell opposed outcomes of one thing,
    in one story, not on two days."""
    for x, y in _pairs(a, b):
        if not one_story() or apart(a.times, b.times):
            return []
        return [Signal("negation", score, f"{x.thing}: {x.text} ({la}) vs {y.text} ({lb})",
                       1.0)]  # fmt: skip
    return []


def outcome_clash(a, b) -> bool:
    """Whether the frames tell opposed outcomes of one thing, story and days aside."""
    return next(_pairs(a, b), None) is not None
