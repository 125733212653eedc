"""Shapes of telling one person moved somewhere that the verb's own subject or object
does not carry, and places named only by their owner.

- the moved person is the noun a participle describes ("with a teenage girl airlifted to
  X", "a man taken to Y was later released") or the noun a relative clause hangs from ("a
  15-year-old girl, who was taken to X");
- an indefinite person described by an age or an adjective ("a 13-year-old girl", "an
  elderly man") is the story's one such person, as "the girl" is; a bare "a man" may be
  another;
- a place named by a possessive name alone ("taken to St Aldhelm's", "flown to St
  Mary's", "rushed to Guy's") is a named facility, the noun left unsaid; a facility
  named after its owner ("St Aldhelm's Major Trauma Centre") keeps the owner's name, so
  the two namings agree.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.parse import SUBJECTS

__all__ = ["described_person", "destination_name", "moved_by_clause", "owner_named_place"]

_PERSON_NOUNS = news_facts.kind_nouns("person")
_RELATIVE = frozenset({"who", "that", "whom"})


def moved_by_clause(verb):
    """The noun a passive participle or a relative clause of ``verb`` tells of, or None:
    "a girl airlifted to X" (a participle), "a girl, who was taken to X" (``who`` as
    the clause's subject)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "relcl" and any(
            c.dep_ in SUBJECTS and c.lower_ in _RELATIVE for c in verb.children):
        return verb.head
    return None


def described_person(tok) -> bool:
    """Whether ``tok`` is an indefinite person noun with a describing modifier: "a
    13-year-old girl", "a teenage boy" (one person of the story), not "a man"."""
    return tok.lemma_.lower() in _PERSON_NOUNS and any(
        c.dep_ in ("amod", "compound", "nummod") for c in tok.children)


def owner_named_place(tok) -> str | None:
    """A place named by a possessive proper name with no noun after it ("St Aldhelm's",
    "Guy's"), as the name; None otherwise."""
    if tok.tag_ != "NNP" or not any(c.tag_ == "POS" for c in tok.children):
        return None
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return " ".join(p.text for p in parts)


def destination_name(tok, facility_name) -> str | None:
    """The named place ``tok`` ends: ``facility_name(tok)`` with its possessive owner's
    name before it ("St Aldhelm Major Trauma Centre"), else a possessive name alone."""
    name = facility_name(tok)
    if name is None:
        return owner_named_place(tok)
    owners = [o for c in tok.subtree if c.dep_ == "poss" and c.i < tok.i
              and (o := owner_named_place(c)) and o not in name]  # fmt: skip
    return " ".join((*owners, name))
