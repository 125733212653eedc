"""A place named only by its side and its kind: "the North Gate", "the East Stand", "the
West Wing", "the South Entrance". The capitals make it a name to the tagger, yet it says
no more than "the north gate" does: one side of one structure, which another side of it
("the East Gate of Thornwick Park") puts apart (spots.py compares the sides); two named
sides apart need not be opposed, as "north" and "south" must be in lower case."""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["named_apart", "side_named"]

_NAMED = "named:"  # the mark of a side told as a name
_SIDE_WORDS = frozenset(w for p in news_facts.words("opposed_place_sides") for w in p.split("-"))


def side_named(g, kinds) -> tuple[str, frozenset[str]] | None:
    """(head, sides) of a proper name whose last word is a kind of place (``kinds``) and
    whose other words are all side words; None for any other name ("Wexley Gardens")."""
    head = g.lower_
    parts = [c for c in g.children if c.dep_ == "compound" and c.i < g.i]
    if head not in kinds or not parts or any(p.lower_ not in _SIDE_WORDS for p in parts):
        return None
    sides = frozenset(p.lower_ for p in parts)
    return head, sides | {_NAMED + " ".join(sorted(sides))}


def named_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two sides both told as names that differ: "the North Gate" and "the East Gate" are
    two named gates, while "the north wing" and "the east wing" may meet at a corner."""
    nx, ny = {s for s in x if s.startswith(_NAMED)}, {s for s in y if s.startswith(_NAMED)}
    return bool(nx and ny) and not nx & ny
