"""Groups of one incident's people: the hurt, those taken to hospital, those treated at
the scene, those sent home, those arrested, those still at large.

"Six people were injured" and "three were taken to hospital" count two groups of one
incident (the second inside the first), so their counts never clash, whatever event
class both verbs share; "three are being treated in hospital" and "five were taken to
hospital" count one group told by two verbs. A count's group is read off its verb
(lang/en news_facts ``people_group_verbs``, ``people_group_places``): the verb's own
group ("hospitalised", "arrested"), else the place a preposition of the verb puts them
in ("to / in hospital", "at the scene", "in custody", "at large"), else a place word
beside the verb ("allowed home"), else the default group of a verb that has one
("treated by medics": those treated, ``people_group_default_verbs``). A group inside
another (those taken to hospital are some of the hurt) clashes with it only when its
count is above the other's: "six were taken to hospital" and "four were hurt" disagree,
"three were taken to hospital" and "six were hurt" do not.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import Quantity

__all__ = ["group_of", "groups_apart", "counts_fit", "nested"]

_VERBS = {w: g for g, ws in news_facts.classes("people_group_verbs").items() for w in ws}
_DEFAULTS = {w: g for g, ws in news_facts.classes("people_group_default_verbs").items()
             for w in ws}
_PLACES = {w: g for g, ws in news_facts.classes("people_group_places").items() for w in ws}
_PREPS = news_facts.words("people_group_preps")
_WITHIN = {k: str(v) for k, v in (news_facts.data().get("people_group_within") or {}).items()}
_UNITS = news_facts.words("people_group_units")
_CARE = {tuple(p.split()) for p in news_facts.words("care_phrasals")}
CARE_LEMMA = min(news_facts.classes("people_group_default_verbs").get("treated", ()), default=None)


def cared_for(verb) -> bool:
    """A verb and particle that tell people cared for as "treat" does: "seven were patched
    up by paramedics", "checked over at the scene" (``care_phrasals``)."""
    return any((verb.lemma_.lower(), c.lower_) in _CARE for c in verb.children if c.dep_ == "prt")


def group_of(verb) -> str | None:
    """The group of an incident's people a count told with ``verb`` counts, or None when
    the verb names none ("were involved", "were on board")."""
    if verb is None:
        return None
    own = _VERBS.get(verb.lemma_.lower())
    if own:
        return own  # "arrested at the scene" counts arrests, not those at the scene
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _PREPS:
            place = next((_PLACES[g.lemma_.lower()] for g in c.children
                          if g.dep_ == "pobj" and g.lemma_.lower() in _PLACES), None)  # fmt: skip
            if place:
                return place
        elif c.dep_ in ("advmod", "npadvmod") and c.lower_ in _PLACES:
            return _PLACES[c.lower_]  # "allowed home", "sent home"
    if cared_for(verb):
        return _DEFAULTS.get(CARE_LEMMA)  # "patched up by paramedics": those treated
    return _DEFAULTS.get(verb.lemma_.lower())  # "treated by medics", no place named


def groups_apart(a: str | None, b: str | None) -> bool:
    """Whether two counts' groups (:func:`group_of`) are two groups: both named and
    different."""
    return a is not None and b is not None and a != b


def nested(group_a: str | None, group_b: str | None) -> bool:
    """Whether one group lies in the other: "hospital" (those taken there) in "hurt"."""
    return group_a is not None and group_b is not None and (
        _WITHIN.get(group_a) == group_b or _WITHIN.get(group_b) == group_a)


def counts_fit(group_a: str | None, qa: Quantity, group_b: str | None, qb: Quantity) -> bool:
    """Whether two counts of people, each told of its group, may be compared as counts of
    one group: one group, or a group and the group it lies in with the part's count above
    the whole's ("six taken to hospital", "four hurt"). Other quantities (ages, hours)
    and counts of other units compare whatever the groups."""
    if not groups_apart(group_a, group_b) or qa.unit not in _UNITS or qb.unit not in _UNITS:
        return True
    if _WITHIN.get(group_a) == group_b:
        return qa.low > qb.high  # a part above its whole
    if _WITHIN.get(group_b) == group_a:
        return qb.low > qa.high
    return False
