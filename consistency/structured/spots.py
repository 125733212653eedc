"""Where an event befell its undergoer when the place has no name: the described place.

"The cat was darted in the service yard behind the reptile house", "the suspect was
arrested at the north entrance", "the leopard was recaptured in Wexley Gardens, the
public park next to the zoo". A spot is the object of a place preposition of an event
verb ("at", "in", "on", "inside": ``spot_prepositions``) whose head is a common noun of
a kind of place (``place_kinds``: a yard, a park, an entrance), or a name whose last word
or appositive is one ("Wexley Gardens, the public park"). Two accounts of one event clash
when a named place and a described place are of different kinds (a park, a yard), or
when two described places of one head have opposed modifiers (``opposed_place_sides``:
the north and the south entrance). They stay silent when either place names a noun of
the other ("the zoo's yard" and "the zoo"; "the lake in the park" and "the park"): one
is a part or a detail of the other. The side of a structure a moving thing struck
("hit the north pier") is a spot too (struck.py), of one striker and one structure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.insides import inside_building
from consistency.structured.quantities import unit_name
from consistency.structured.sidenames import named_apart, side_named
from consistency.structured.timeanchor import on_two_days

__all__ = ["SIDES", "Spot", "place_head", "place_kind", "spot_clash", "spot_signals", "spots"]

_PREPS = news_facts.words("spot_prepositions")
_KIND = {noun: kind for kind, nouns in news_facts.classes("place_kinds").items()
         for noun in nouns}  # fmt: skip
SIDES = frozenset(frozenset(p.split("-")) for p in news_facts.words("opposed_place_sides"))
_PERSON_UNITS = frozenset(news_facts.classes("unit_classes"))
_TIME_LABELS = frozenset({"DATE", "TIME"})
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


@dataclass(frozen=True)
class Spot:
    """One event's place: ("capture", "leopard", "Wexley Gardens", "park", ...)."""

    event: str  # the event class of the verb
    undergoer: str  # lemma (or name) of whom it befell, one thing or person; "" when none
    person: bool  # the undergoer is a person noun ("suspect", "man")
    name: str  # the place's name; "" for a described place
    head: str  # the head noun of the place ("yard", "park", "car park")
    kind: str  # its kind (``place_kinds``)
    sides: frozenset[str]  # its opposed modifiers ("north")
    words: frozenset[str]  # every noun lemma of the place's phrase
    text: str  # the place as written
    # the nouns of what struck the place (struck.py: "the bow of the ship" hit it); empty
    # for a pronoun; None for a place an event befell its undergoer in
    striker: frozenset[str] | None = None


def spots(doc, classify: Callable) -> tuple[Spot, ...]:
    """Each asserted event verb's places of a known kind (see the module docstring);
    ``classify`` gives a verb's event class (frames' own, passed to avoid a cycle)."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
            continue
        cls = classify(tok)
        if not cls:
            continue
        who, person = _undergoer(tok)
        if who is None:
            continue  # a group can be in two places at once ("protesters gathered at")
        for g in _place_objects(tok):
            spot = _spot(g, cls, who, person)
            if spot is not None:
                out.append(spot)
    return tuple(out)


def _undergoer(tok) -> tuple[str | None, bool]:
    """Whom the event befell: the passive subject, the object, else the subject; None
    for a plural one."""
    for dep in ("nsubjpass", "dobj", "nsubj"):
        c = next((c for c in tok.children if c.dep_ == dep), None)
        if c is not None and c.tag_ in ("NNS", "NNPS"):
            return None, False
        if c is not None and c.pos_ in ("NOUN", "PROPN"):
            lemma = c.text.lower() if c.pos_ == "PROPN" else c.lemma_.lower()
            return lemma, c.pos_ == "NOUN" and unit_name(lemma) in _PERSON_UNITS
    return "", False


def _place_objects(tok) -> list:
    """Objects of the verb's place prepositions, and of those the parser hung under a
    time ("darted at 1:10 a.m. in the service yard": the yard is the darting's)."""
    out = []
    for p in (c for c in tok.children if c.dep_ == "prep"):
        objs = [g for g in p.children if g.dep_ == "pobj"]
        if p.lower_ in _PREPS:
            out += [g for g in objs if g.ent_type_ not in _TIME_LABELS]
        for g in (g for g in objs if g.ent_type_ in _TIME_LABELS):
            out += [h for q in g.children if q.dep_ == "prep" and q.lower_ in _PREPS
                    for h in q.children if h.dep_ == "pobj" and h.ent_type_ not in _TIME_LABELS]
    return out


def _spot(g, cls: str, who: str, person: bool) -> Spot | None:
    words = frozenset(t.lemma_.lower() for t in g.subtree if t.pos_ in ("NOUN", "PROPN"))
    words |= frozenset(t.lower_ for t in g.subtree if t.pos_ == "PROPN")
    if g.pos_ == "PROPN" and (named_side := side_named(g, _KIND)):  # "the North Gate"
        return Spot(cls, who, person, "", named_side[0], _KIND[named_side[0]], named_side[1],
                    words, " ".join(t.text for t in g.subtree))  # fmt: skip
    if g.pos_ == "PROPN":
        ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None)
        if ent is None or ent.label_ not in _NAME_LABELS:
            return None
        appos = next((c for c in g.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        head = place_head(appos) if appos is not None else g.lower_
        kind = _KIND.get(head)
        if kind is None:
            return None
        return Spot(cls, who, person, ent.text, head, kind, frozenset(), words, ent.text)
    if g.pos_ != "NOUN":
        return None
    head = place_head(g)
    if head not in _KIND:
        return None
    sides = frozenset(c.lower_ for c in g.children if c.dep_ in ("amod", "compound", "nmod"))
    text = " ".join(t.text for t in g.subtree)
    return Spot(cls, who, person, "", head, _KIND[head], sides, words, text)


def place_kind(head: str) -> str | None:
    """The kind of place a head noun names (``place_kinds``), or None."""
    return _KIND.get(head)


def place_head(g) -> str:
    """The place noun with a compound before it when the pair is a kind ("car park")."""
    before = [c for c in g.children if c.dep_ == "compound" and c.i == g.i - 1]
    if before and f"{before[0].lemma_.lower()} {g.lemma_.lower()}" in _KIND:
        return f"{before[0].lemma_.lower()} {g.lemma_.lower()}"
    return g.lemma_.lower()


def _one_undergoer(x: Spot, y: Spot) -> bool:
    """Two undergoers that can be one: one word, a name on either side ("Nima", "the
    cat"), or no person on either side ("the leopard", "the cat"); two different people
    ("a man", "a woman") are two events."""
    if x.undergoer == y.undergoer:
        return True
    if not (x.undergoer and y.undergoer):
        return False
    return not (x.person and y.person)


def _opposed(x: frozenset[str], y: frozenset[str]) -> bool:
    return named_apart(x, y) or any(frozenset((s, t)) in SIDES for s in x for t in y)


def _one_structure(x: Spot, y: Spot) -> bool:
    """Whether two places of one head can be parts of one thing: not when both name
    what they belong to and share no word ("the zoo's north gate", "the museum's south
    gate"; "the bridge's north pier" and "the north pier of the Kessing Bridge" share one)."""
    ox, oy = x.words - x.sides - {x.head}, y.words - y.sides - {y.head}
    return not (ox and oy) or bool(ox & oy)


def _one_striker(x: Spot, y: Spot) -> bool:
    """Whether two contacts can be one: what struck is a pronoun on either side, or both
    share a noun ("the ship", "the bow of the ship"); "a barge" and "the ship" are two."""
    if x.striker is None or y.striker is None:
        return x.striker is y.striker
    return not (x.striker and y.striker) or bool(x.striker & y.striker)


def spot_clash(x: Spot, y: Spot) -> bool:
    """Whether two spots put one event in two places (see the module docstring)."""
    if x.event != y.event or not _one_undergoer(x, y) or not _one_striker(x, y):
        return False
    if x.head == y.head:
        return not (x.name or y.name) and _opposed(x.sides, y.sides) and _one_structure(x, y)
    if bool(x.name) == bool(y.name) or x.kind == y.kind or inside_building(x, y):
        return False  # two names: the named-place checks; two described kinds: too loose
    return not x.words & y.words


def spot_signals(a, b, one_story: Callable, score: float, weight: float, la: str, lb: str
                 ) -> list[Signal]:  # fmt: skip
    """A location signal for the first two spots of frames ``a`` and ``b`` that clash, in
    claims of one story (``one_story(names)``: the story's names less the places' own)
    and not told of two days."""
    if not (a.spots and b.spots):
        return []
    if on_two_days(a.times, b.times):
        return []
    for x in a.spots:
        for y in b.spots:
            if spot_clash(x, y) and one_story(frozenset(n for n in (x.name, y.name) if n)):
                what = f"{x.event.lstrip('~')}: {x.text} ({la}) vs {y.text} ({lb})"
                return [Signal("location", score, what, weight)]
    return []
