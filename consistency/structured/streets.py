"""A street and a town: "along Carrow Road" and "through the town of Brackenford" may tell
one place, since a street lies in some town, and nothing says which. Two streets ("Carrow
Road", "Moss Lane") or two towns are two places; a street and a town are not.

A name is a street when its last word is of the ``street`` kind of ``place_kinds`` or one
of ``street_name_words`` ("Linnet Close").
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["street_in_town", "street_name", "street_word"]

_STREET = frozenset(news_facts.classes("place_kinds").get("street", ())) | news_facts.words(
    "street_name_words")  # "Linnet Close": a street word only as a name's last word
_SURNAMES = news_facts.words("street_surnames")


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
