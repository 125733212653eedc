"""Where a counted group was taken from: "firefighters rescued five people from the
water", "six people were brought out of the water" and "were pulled from the water"
count one group whatever the verb, as "taken to hospital" and "admitted to hospital" do
(the destination keys of counts.py).

The key is the object of the verb's "from" or "out of" ("from water"); a common noun
only, since a named place ("from the River Carrow") may be told by another name. Only
a group the verb moves has it (its object, its passive subject, a noun under a
participle: "200 families moved from their homes"): "three walked out of the water
unaided" moved themselves, another group than the five rescued. A count keeps its
verb's key too (counts.py adds this one besides it).
"""

from __future__ import annotations

__all__ = ["source_key"]


def _object(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def source_key(verb) -> str | None:
    """"from <noun lemma>" of the verb's "from" or "out of" phrase, else None."""
    for p in (c for c in verb.children if c.dep_ in ("prep", "prt")):
        if p.lower_ == "from":
            obj = _object(p)
        elif p.lower_ == "out":  # "out of the water": "of" under "out"
            of = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = _object(of) if of is not None else None
        else:
            continue
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.isalpha():
            return f"from {obj.lemma_.lower()}"
    return None
