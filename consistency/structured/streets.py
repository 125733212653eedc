"""A street and a town: "along Carrow Road" and "through the town of Brackenford" may tell
one place, since a street lies in some town, and nothing says which. Two streets ("Carrow
Road", "Moss Lane") or two towns are two places; a street and a town are not.

A name is a street when its last word is of the ``street`` kind of ``place_kinds`` or one
of ``street_name_words`` ("Linnet Close").

A named business's street is its address: "has run Bains News on Mill Brae", "bought the
ticket at Bains News on Carrick Street". ``addresses`` reads it as a site (frames.Frame
``sites``: one named thing in two places clash, placeclash.site_signals): a proper name
of more than one word, no person's and not told as one of several ("a Tesco on Mill
Road": a branch), with "on" and a street's name hung on it. Only a street counts, since a
shop "in Glenarrow" and one "on Carrick Street" may be one shop.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import compound_name

__all__ = ["addresses", "street_in_town", "street_name", "street_word"]

_STREET = frozenset(news_facts.classes("place_kinds").get("street", ())) | news_facts.words(
    "street_name_words")  # "Linnet Close": a street word only as a name's last word
_SURNAMES = news_facts.words("street_surnames")
_BRANCH = news_facts.words("branch_determiners")  # "a Tesco on Mill Road": a branch


def addresses(doc) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(the business's name, (its street,)) for each named business told on a street
    (see the module docstring), names lowercased."""
    out = []
    for t in doc:
        owner = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if t.pos_ != "PROPN" or not owner or t.ent_type_ == "PERSON" or any(
                c.dep_ == "det" and c.lower_ in _BRANCH for c in t.children):
            continue
        streets = [n for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
                   for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                   and street_word(n := compound_name(g))]  # fmt: skip
        if streets:
            out.append((compound_name(t).lower(), tuple(streets)))
    return tuple(out)


def street_in_town(x: str, y: str) -> bool:
    """Whether one of two place names is a street and the other is not one."""
    return street_word(x) != street_word(y)


def street_name(name: str) -> bool:
    """Whether ``name`` names a street by its last word, one no surname shares: "Marsh
    Road", "Corn Street" are places though a tagger may read a first name in them;
    "Nathan Lane" may be a person."""
    return street_word(name) and name.lower().split()[-1] not in _SURNAMES


def street_word(name: str) -> bool:
    """Whether ``name`` ends in a street word, one a surname shares too ("Mill Lane"):
    where a place is read from the parse (positions.py), a tagger's person is no bar."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in _STREET
