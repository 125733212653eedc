"""Counts of a group's people, whatever the wording: "19 crew", "21 crew members", "43 of
us", "around 200 of us".

A team noun (the ``team_units`` of ``unit_classes``: "three crews" are three teams) in
the singular under a count above one counts the team's people: "19 crew" are nineteen
people, as "21 crew members" are; a noun of membership (``membership_nouns``) counts the
people of the group its compound names ("crew members", "staff members"). Either is the
unit of that group's people (:func:`members_unit`), so that two sources counting one crew
count one unit. A number whose "of" object is the first person plural ("43 of us") counts
the writer's own group as a whole (:func:`own_group`): no part of a group another source
told, unlike "three of them", which points back to one (counts.is_part).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import unit_name

__all__ = ["members_unit", "own_group"]

_MEMBERSHIP = news_facts.words("membership_nouns")
_TEAMS = news_facts.words("team_units")


def members_unit(noun, low: float) -> tuple[str, object] | None:
    """(the unit, the token naming the group) when ``noun``, counted ``low`` or more,
    counts a group's people ("19 crew", "21 crew members"), else None."""
    lemma = noun.lemma_.lower()
    if lemma in _MEMBERSHIP:
        group = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        return None if group is None else (_group_unit(group), group)
    if low > 1 and noun.tag_ == "NN" and unit_name(lemma) in _TEAMS:
        return lemma, noun  # "19 crew": singular, so not "19 crews"
    return None


def _group_unit(group) -> str:
    """A group's people as a unit: people ("staff members", "family members": never a
    count of families or homes), a team by its own noun ("crew members": crew, not crews)."""
    unit = unit_name(group.lemma_.lower())
    return group.lemma_.lower() if unit in _TEAMS else unit_name("people")


def own_group(num) -> bool:
    """Whether the number counts "of" the first person plural ("43 of us were stuck")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" and "1" in g.morph.get("Person")
        and "Plur" in g.morph.get("Number") for g in c.children)
        for c in num.children)  # fmt: skip
