"""One office told with two holders' names that differ only in the surname: "Council
leader Dennis Audley" and "Council leader Dennis Aubrey", "Mayor Jane Holt" and "Mayor
Jane Hart". Two sources naming one office by one title and one given name mean one
person, so two surnames are a disagreement on the name. Silent for two titles (a mayor
and a deputy mayor are two people), two given names (two people may share a title in
two bodies), two bodies named by proper name, a name and its short form ("Aubrey",
"Dennis Aubrey": one word is no full name) and spellings the alias table joins.
"""

from __future__ import annotations

import re

from consistency.core.types import Signal
from consistency.structured.titles import orgs_differ

__all__ = ["holder_keys", "holder_signals"]

_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _given_and_surname(person: str) -> tuple[str, str] | None:
    """The given name and surname of a full name, past any rank before them ("Cllr
    Dennis Aubrey": ("dennis", "aubrey")); None for a single word. A hyphenated last
    word with a lowercase second part is a given name written after the family name
    ("Kim Jong-un", "Kim Il-sung": two given names of one family, two people), not a
    double-barrelled surname ("Jane Smith-Jones")."""
    words = [w for w in person.split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    if _FAMILY_FIRST.match(words[-1]):
        return words[-1].lower(), words[-2].lower()  # "Kim Jong-un": family name first
    return words[-2].lower(), words[-1].lower()


def holder_keys(f) -> set[tuple[tuple[str, ...], object]]:
    """(title, given name) keyed to the surname: two claims pair when surnames differ."""
    out = set()
    for t in f.titles:
        names = _given_and_surname(t.person)
        if names:
            out.add((("slot", "holder", t.title, names[0]), names[1]))
    return out


def holder_signals(a, b, aliases, score: float, weight: float, la: str, lb: str
                   ) -> list[Signal]:
    """A name signal for one title and given name held under two surnames."""
    for ta in a.titles:
        na = _given_and_surname(ta.person)
        for tb in b.titles:
            nb = _given_and_surname(tb.person)
            if not (na and nb) or ta.title != tb.title or na[0] != nb[0] or na[1] == nb[1]:
                continue
            if orgs_differ(ta, tb, aliases.canonical):
                continue
            if aliases.canonical(ta.person) == aliases.canonical(tb.person):
                continue  # one spelling joined by the alias table
            return [Signal("role", score, f"{ta.title}: {ta.person} ({la}) vs {tb.person} "
                                          f"({lb})", weight)]  # fmt: skip
    return []
