"""Participles inside hyphenated adjectives: "long-finned pilot whales", "a well-known
singer", "short-lived hopes". The parser tags "finned" a verb, yet the word describes
the noun (its fins) and tells no event, so no event class is read from it; "storm-damaged
homes" and "12 injured passengers" still are (a noun or nothing before the hyphen).
"""

from __future__ import annotations

__all__ = ["described_by_hyphen"]


def described_by_hyphen(tok) -> bool:
    """Whether ``tok`` is a modifier's participle after "ADJ-" or "ADV-" with no spaces."""
    if tok.dep_ != "amod" or tok.i < 2:
        return False
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return (dash.text == "-" and not dash.whitespace_ and not first.whitespace_
            and first.pos_ in ("ADJ", "ADV"))  # fmt: skip
