"""Venues keyed by the kind of event held there, so that one event told by two nouns or a
verb compares: "the auction was staged at the Kestleton Corn Exchange", "after an
11-minute bidding battle at the Bridge Street saleroom", "the collection sold in our
Bridge Street saleroom", "the concert took place at Harlow Arena" and "the band played at
the Palace Theatre".

A kind (``event_kinds`` of ``news_facts.yaml``) is read from the event noun itself, from
a compound of it ("bidding battle") or from the verb placed at the facility ("sold in X",
"played at X"); a noun of no kind keeps its own lemma (venues.py). The facility is still
a named one: a town ("sold in Kestleton") is no venue, so a venue and the town it is in
stay silent. Participants named by nouns of one kind ("the fixture will be replayed",
"the game will not be replayed") are one thing for the comparison of what befell them.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["event_kind", "kinds_apart", "one_event_kind", "verb_venues"]

_KINDS = {w: kind for kind, ws in news_facts.classes("event_kinds").items() for w in ws}


def event_kind(tok) -> str | None:
    """The kind of event a noun names, by its lemma or a compound ("bidding battle")."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        kind = _KINDS.get(t.lemma_.lower()) or _KINDS.get(t.lower_)
        if kind:
            return f"~{kind}"
    return None


def one_event_kind(heads_a, heads_b) -> bool:
    """Whether two sets of participant lemmas name one kind of event ("the fixture will
    be replayed", "the game will not be replayed"): in one story, one event."""
    kinds_b = {_KINDS[h] for h in heads_b if h in _KINDS}
    return any(_KINDS.get(h) in kinds_b for h in heads_a)


def verb_venues(doc, places) -> dict[str, tuple[str, ...]]:
    """Each kind of event a verb of that kind places at named facilities ("sold in our
    Bridge Street saleroom"), when nothing else is its object ("sold its stake in X" places
    no sale) and it is no plan or possibility ("will be sold at X")."""
    out: dict[str, tuple[str, ...]] = {}
    for t in doc:
        kind = _KINDS.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if kind is None or any(c.tag_ == "MD" or c.dep_ == "dobj" for c in t.children):
            continue
        names = tuple(dict.fromkeys(places(t)))
        if names:
            out.setdefault(f"~{kind}", names)
    return out


def kinds_apart(venues_a, venues_b) -> bool:
    """Whether one kind of event is at named facilities in one claim and at others in the
    other (the pre-check lets such a pair through to the venue comparison)."""
    b = {key: {p.lower() for p in places} for key, places in venues_b if key.startswith("~")}
    return any(key in b and not b[key] & {p.lower() for p in places}
               for key, places in venues_a if key.startswith("~"))  # fmt: skip
