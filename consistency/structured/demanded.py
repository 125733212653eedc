"""The destination a person demanded to be taken to: "He told the driver to drive him to
Ellesby airport", "the man demanded to be driven to the ferry terminal at Port Sallow",
"wanted the bus to head for X", "ordered the pilot to fly the plane to Havana", "insisted on
being taken to Carlow General Hospital".

A demanded trip is a verb with a goal ("to", "towards", "for": ``goal_preps``) whose clause
hangs on a verb of directing or wanting (``directive_heads``, ``demand_heads``) as its
complement ("demanded to be driven", "told Maureen to drive him") or through a preposition
("insisted on being taken"). Its place is the goal's named place: a named facility
("Ellesby airport"), a place name ("Havana", "Port Sallow"), or the place a common noun is
at ("the ferry terminal at Port Sallow": Port Sallow). A trip that was made ("was driven to
X") is venues.destinations' work, and a denied demand ("did not ask to be taken to X") is
none. Read as a :class:`~consistency.structured.venues.Destination` of the one group
``DEMANDED``, it is compared only with another demanded trip (patients.one_group).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.movedpeople import destination_name
from consistency.structured.negation import negated
from consistency.structured.venues import Destination, facility_name

__all__ = ["DEMANDED", "demanded_destinations"]

DEMANDED = "demanded trip"
_HEADS = news_facts.words("directive_heads") | news_facts.words("demand_heads")
_GOALS = news_facts.words("goal_preps")
_ALTERNATIVES = news_facts.words("alternative_preps")
# a name the small model reads as no person, group or number ("Rosslare" as a PRODUCT)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", ""})
_SITE_PREPS = frozenset({"at", "in", "near"})


def _demanding_head(verb):
    """The verb of directing or wanting that ``verb``'s clause is the complement of, or None."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        if head.lower_ in _ALTERNATIVES:
            return None  # "rather than continuing to X": the trip not made
        head = head.head  # "insisted on being taken"
    elif verb.dep_ not in ("xcomp", "ccomp"):
        return None
    if head is verb or head.lemma_.lower() not in _HEADS or negated(head):
        return None
    return head


def _place_name(tok) -> str | None:
    """A named place the goal ``tok`` is, or the one it is at ("the ferry terminal at Port
    Sallow")."""
    name = destination_name(tok, facility_name)
    if name:
        return name
    if tok.pos_ == "PROPN" and tok.ent_type_ in _PLACE_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return (ent.text if ent is not None else tok.text).removeprefix("the ").removeprefix("The ")
    if tok.pos_ != "NOUN":
        return None
    sites = (g for p in tok.children if p.dep_ == "prep" and p.lower_ in _SITE_PREPS
             for g in p.children if g.dep_ == "pobj")  # fmt: skip
    return next((n for g in sites if (n := _place_name(g))), None)


def demanded_destinations(doc) -> tuple[Destination, ...]:
    """Each trip a person demanded, with its named goal (see the module docstring)."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or _demanding_head(verb) is None:
            continue
        # "steer the ferry towards X": the goal hung on the object, as the parser may
        holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        places = tuple(dict.fromkeys(
            n for t in holders for p in t.children if p.dep_ == "prep" and p.lower_ in _GOALS
            for g in p.children if g.dep_ == "pobj" for h in (g, *g.conjuncts)
            if (n := _place_name(h))))  # fmt: skip
        if places:
            out.append(Destination(DEMANDED, places, None))
    return tuple(out)
