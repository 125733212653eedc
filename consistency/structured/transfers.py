"""Where a thing is moved to: "Velmar will shift some production from its Ardley site to
its plant in Hungary", "production will move to the group's factory in Slovakia", "the
call centre is being relocated to Dunmore House".

A transfer is a verb of moving a thing (``transfer_verbs``), told as done or planned but
not as a possibility ("could move") nor denied ("will not move"); its thing is the object
("shift production"), else the subject ("production will move", "the jobs were moved"),
a common noun that is no person (people taken somewhere are venues.destinations). Its
place is the object of "to": a country by name (``country_names``), a named facility, or
a noun of a place told "in" a country ("its plant in Hungary").

Two transfers of one thing (one noun, told both as plans or both as done) clash when
they go to two countries, or to two named facilities neither inside the other. A country
and a town, or a facility and a country, may be one place: never compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.bases import COUNTRIES
from consistency.structured.quantities import unit_name
from consistency.structured.venues import facility_name

__all__ = ["Transfer", "transfer_clash", "transfer_signals", "transfers"]

_VERBS = news_facts.words("transfer_verbs")
_PERSONS = news_facts.kind_nouns("person")
_PERSON_UNITS = frozenset(news_facts.classes("unit_classes"))
_POSSIBLE = frozenset(load().grammar.modals.get("possible", ()))


@dataclass(frozen=True)
class Transfer:
    """("production", "country", "Hungary", True): production planned to go to Hungary."""

    thing: str  # the moved noun's lemma
    level: str  # "country" or "facility"
    place: str  # the place's name as written
    planned: bool  # told as a plan ("will move"), not as done


def transfers(doc) -> tuple[Transfer, ...]:
    """Each thing a verb moves to a country or a named facility (see the docstring)."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in _POSSIBLE for c in verb.children):
            continue
        thing = _thing(verb)
        if thing is None:
            continue
        planned = any(c.tag_ == "MD" for c in verb.children)
        for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for g in (h for c in p.children if c.dep_ == "pobj" for h in (c, *c.conjuncts)):
                for level, place in _places(g):
                    out.append(Transfer(thing, level, place, planned))
    return tuple(dict.fromkeys(out))


def _thing(verb) -> str | None:
    """The moved noun's lemma: the object, else the subject; None for a person, a name or
    a pronoun."""
    deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubj", "nsubjpass")
    tok = next((c for c in verb.children if c.dep_ in deps), None)
    if tok is None or tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma in _PERSONS or unit_name(lemma) in _PERSON_UNITS:
        return None
    return lemma


def _places(g) -> list[tuple[str, str]]:
    """The country or named facility a "to" object names, or the country a place noun is
    told to be in ("its plant in Hungary")."""
    country = _country(g)
    if country:
        return [("country", country)]
    name = facility_name(g)
    if name:
        return [("facility", name)]
    if g.pos_ != "NOUN":
        return []
    return [("country", c) for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
            for h in p.children if h.dep_ == "pobj" and (c := _country(h))]


def _country(tok) -> str | None:
    """The country a proper name names ("Hungary", "the Czech Republic"), or None."""
    if tok.pos_ != "PROPN":
        return None
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    name = " ".join(p.text for p in parts)
    return name if name.lower() in COUNTRIES else None


def transfer_clash(x: Transfer, y: Transfer, same_name: Callable[[str, str], bool]) -> bool:
    """One thing moved to two places of one level, both as plans or both as done."""
    return (x.thing == y.thing and x.planned == y.planned and x.level == y.level
            and not same_name(x.place, y.place))


def transfer_signals(a, b, same_name: Callable[[str, str], bool], one_story: Callable[[], bool],
                     score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """A location signal for the first clash between the frames' transfers, unless either
    claim moves the thing to the other's place too."""
    for x in a.transfers:
        for y in b.transfers:
            if not transfer_clash(x, y, same_name):
                continue
            if any(same_name(x.place, t.place) for t in b.transfers) or any(
                    same_name(y.place, t.place) for t in a.transfers) or not one_story():
                continue
            return [Signal("location", score, f"{x.thing} moved to: {x.place} ({la})"
                           f" vs {y.place} ({lb})", weight)]  # fmt: skip
    return []
