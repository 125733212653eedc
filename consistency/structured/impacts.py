"""One thing striking another, told or denied: "the basket clipped a set of overhead power
lines" or "the basket did hit the power lines" against "engineers inspected the line and
found no sign of contact"; "the lorry struck the barrier" against "the lorry did not hit
the barrier"; "the jet grazed the mast" against "the jet narrowly missed the mast".

A telling is a verb of contact (``contact_verbs`` and ``glancing_verbs``) told as fact with
what it struck (struck.targets: its object, its passive subject, or the object of "into",
"against", "with"). A denial is such a verb negated ("did not hit the lines", "no lorry
struck the barrier"), a verb of passing by (``missing_verbs``: "missed the mast") with its
object, or a noun of contact (``contact_nouns``) under "no" or "no sign of" ("there was no
contact with the line", "found no sign of contact"). A noun of contact that names nothing
struck denies a contact with what the sentence names: "inspected the line beside the field
and found no sign of contact" is of the line. Two claims clash when one tells a contact
and the other denies one with the same thing struck, by no other striker ("the bus did not
hit the wall" says nothing of the car that did), in one story, not on two days.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.aims import aim_only
from consistency.structured.guesses import guessed
from consistency.structured.hedges import attempted, relayed_rumour
from consistency.structured.imperatives import imperative
from consistency.structured.negation import negated, no_event
from consistency.structured.parse import (
    in_condition,
    is_question,
    modal,
    of_object,
    under_denial,
)
from consistency.structured.struck import striker, targets
from consistency.structured.told_denied import PolarKind
from consistency.structured.wanted import wanted

__all__ = ["IMPACT", "Impact", "impact_keys", "impacts"]

_VERBS = news_facts.words("contact_verbs") | news_facts.words("glancing_verbs")
_MISSING = news_facts.words("missing_verbs")
_CONTACTS = _VERBS | _MISSING
_NOUNS = news_facts.words("contact_nouns")
_PERSONS = news_facts.kind_nouns("person")
_WITH = frozenset({"with", "between"})
_PORTIONS = news_facts.words("portion_nouns")


@dataclass(frozen=True)
class Impact:
    """A contact told or denied: what struck, what was struck, and for a denial naming
    nothing struck the things its sentence names."""

    striker: frozenset[str]  # nouns of what struck ("basket"); empty when unsaid
    target: str  # lemma of what was struck ("line"); "" when the denial names none
    around: frozenset[str]  # a bare denial's sentence nouns ("line", "field")
    denied: bool
    text: str  # the words, for the explanation


def impacts(doc) -> tuple[Impact, ...]:
    """Every contact the sentence tells or denies (see the module docstring)."""
    if is_question(doc):
        return ()
    out: list[Impact] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _CONTACTS:
            out += _by_verb(tok, lemma in _MISSING)
        elif tok.pos_ == "NOUN" and lemma in _NOUNS and no_event(tok):
            out += _by_noun(tok)
    return tuple(dict.fromkeys(out))


def _by_verb(verb, missing: bool) -> list[Impact]:
    """A contact verb told or denied, or a verb of passing by (a denial), with each thing
    it struck or passed."""
    if modal(verb) or in_condition(verb) or relayed_rumour(verb) or _untold(verb):
        return []  # "could hit", "asked drivers to avoid the area", "is expected to hit"
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return []  # "the pylon the basket hit": a description
    denied = negated(verb) or under_denial(verb)
    if missing and denied:
        return []  # "did not miss the mast": no denial of a contact
    denied = denied or missing
    hits = [_whole(g) for g in (targets(verb) if not missing else _objects(verb))]
    hits = [g for g in hits if _thing(g)]
    left = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")])
    text = verb.doc[left : verb.right_edge.i + 1].text
    return [Impact(striker(verb), g.lemma_.lower(), frozenset(), denied, text) for g in hits]


def _untold(verb) -> bool:
    """A contact asked for, tried, guessed, aimed at or told as an instruction."""
    return wanted(verb) or attempted(verb) or guessed(verb) or aim_only(verb) or (
        imperative(verb))


def _objects(verb) -> list:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _whole(tok):
    """What a portion noun is of ("a set of power lines": the lines), else the noun."""
    whole = of_object(tok) if tok.lemma_.lower() in _PORTIONS else None
    return tok if whole is None else whole


def _thing(tok) -> bool:
    """A noun struck that is a thing, not a person ("hit a cyclist" is an injury's)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() not in _PERSONS


def _by_noun(noun) -> list[Impact]:
    """A noun of contact under "no": with what it names ("no contact with the line"), else
    with the things its sentence names."""
    named = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _WITH
             for g in p.children if g.dep_ == "pobj" and _thing(g)]  # fmt: skip
    text = noun.sent.text
    if named:
        return [Impact(frozenset(), g.lemma_.lower(), frozenset(), True, text) for g in named]
    around = frozenset(t.lemma_.lower() for t in noun.sent if _thing(t) and t is not noun)
    return [Impact(frozenset(), "", around, True, text)]


def impact_keys(i: Impact) -> set[str]:
    """Candidate keys: the thing struck, or for a bare denial each thing named."""
    return {i.target} if i.target else set(i.around)


def _covers(no: Impact, yes: Impact) -> bool:
    """Whether the denial ``no`` rules out the contact ``yes``: the same thing struck (or
    named beside a bare denial), and no other striker."""
    if no.striker and yes.striker and not no.striker & yes.striker:
        return False
    return yes.target == no.target if no.target else yes.target in no.around


IMPACT = PolarKind("impacts", _covers, lambda yes, no, ly, ln: (
    f"contact with the {yes.target}: {yes.text} ({ly}) vs {no.text} ({ln})"))
