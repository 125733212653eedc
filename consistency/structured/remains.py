"""What is left of the dead as one participant: "the carcasses", "the bodies", "the
remains" are the dead creatures or people a story tells of, whatever noun the other
source uses for them ("the dead whales", "the dead men"). An event done to them
("buried", "taken to a laboratory") is one event in both wordings.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import unit_name

__all__ = ["REMAINS", "remains"]

REMAINS = "remains"
_REMAINS_NOUNS = news_facts.words("remains_nouns")
_DEAD_WORDS = news_facts.words("dead_words")


def remains(tok) -> tuple[str, ...]:
    """``(REMAINS,)`` for a noun of what is left of the dead ("carcasses", "bodies") or a
    noun told dead ("the dead whales"), else ``()``. A noun with a compound or an
    adjective of its own kind ("governing body", "car body") is not; one that names whose
    remains they are is that owner ("the carcass of a seal": the seal; "the bodies of the
    dead whales": the dead whales)."""
    kids = list(tok.children)
    if any(c.dep_ == "amod" and c.lemma_.lower() in _DEAD_WORDS for c in kids):
        return (REMAINS,)
    if not {tok.lemma_.lower(), tok.lower_} & _REMAINS_NOUNS or any(  # "corpses": "corps"
            c.dep_ in ("compound", "amod") and c.lemma_.lower() not in _DEAD_WORDS
            for c in kids):  # fmt: skip
        return ()
    whose = [g for p in kids if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if not whose:
        return (REMAINS,)
    return (unit_name(whose[0].lemma_), *remains(whose[0]))  # "the bodies of the dead whales"
