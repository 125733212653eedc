"""What is left of the dead as one participant: "the carcasses", "the bodies", "the
remains" are the dead creatures or people a story tells of, whatever noun the other
source uses for them ("the dead whales", "the dead men"). An event done to them
("buried", "taken to a laboratory") is one event in both wordings.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["REMAINS", "remains"]

REMAINS = "remains"
_REMAINS_NOUNS = news_facts.words("remains_nouns")
_DEAD_WORDS = news_facts.words("dead_words")


def remains(tok) -> tuple[str, ...]:
    """``(REMAINS,)`` for a noun of what is left of the dead ("carcasses", "bodies") or a
    noun told dead ("the dead whales"), else ``()``. A noun with a compound or an
    adjective of its own kind ("governing body", "car body") is not; nor is one that names
    whose remains ("the carcass of a seal": the seal is the participant)."""
    kids = list(tok.children)
    if any(c.dep_ == "amod" and c.lemma_.lower() in _DEAD_WORDS for c in kids):
        return (REMAINS,)
    if not {tok.lemma_.lower(), tok.lower_} & _REMAINS_NOUNS or any(  # "corpses": "corps"
            c.dep_ in ("compound", "amod") and c.lemma_.lower() not in _DEAD_WORDS
            for c in kids):  # fmt: skip
        return ()
    return () if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) else (REMAINS,)
