"""Wordings of a named person's age ("Darnell Voss, 34," vs "Darnell Voss, 43,"), the
look-alikes that must stay silent, and the candidate pairs that join them (ages.py)."""

from __future__ import annotations

import pytest

from consistency.structured.ages import Age, age_signals
from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import SLOT_KINDS, structured_pairs
from consistency.structured.conflicts import compare
from tests.wordings import assert_paired_and_compared, claims_and_frames, compare_pair


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the dev pairs (marlow_ridge_prison_escape, round 10)
    ("Darnell Voss, 34, and Travis Keel, 29, escaped early Sunday.",
     "The second man, Darnell Voss, 43, was still being sought on Monday night.", "number"),
    ("Incarcerated individual Darnell Voss (A694-021), age 34, remains at large.",
     "The second man, Darnell Voss, 43, was still being sought on Monday night.", "number"),
    ("Darnell Voss, 34, is still being sought.",
     "The second man, Darnell Voss, 43, was still being sought on Monday night.", "number"),
    # other wordings of an age: brackets, "aged", an adjective, a copula, a relative clause
    ("The driver, Maria Lopez (41), was taken to hospital.",
     "Maria Lopez, aged 47, was driving the van.", "number"),
    ("The pilot, 52-year-old Henrik Sand, landed the plane safely.",
     "Henrik Sand, who is 57, has flown the route for a decade.", "number"),
    ("Twenty-nine-year-old Travis Keel was arrested in Zanesville.",
     "Travis Keel, 31, was arrested at a motel.", "number"),
    ("Mayor Ellen Park, 61, said the town would recover.",
     "Ellen Park is 66 years old and has led the town since 2015.", "number"),
    # a role noun before the name (blind round 46)
    ("The 24-year-old winger Tom Reddaway signed for Denton in the summer.",
     "Winger Tom Reddaway, 22, joined Denton from Harlow RFC in June.", "number"),
    # look-alikes: two people, one age each, numbers that are no ages, a decade
    ("Darnell Voss, 34, and Travis Keel, 29, escaped early Sunday.",
     "Travis Keel, 29, was arrested at a motel in Zanesville.", None),
    ("Colin Reddaway, 58, the rider's father, spoke to reporters.",
     "Callum Reddaway, 26, has been given a 48-month suspension.", None),
    ("Henrik Sand is 34th on the list of pilots.",
     "Henrik Sand, 52, landed the plane safely.", None),
])  # fmt: skip
def test_ages_of_one_person(nlp, config, a, b, kind):
    assert_paired_and_compared(nlp, config, a, b, kind)


@pytest.mark.parametrize(("a", "b"), [
    ("Maria Lopez, who is in her 40s, was taken to hospital.",
     "Maria Lopez, 44, was taken to hospital."),
    ("Passengers on Flight 34 were told to wait in Room 29.",
     "Passengers on Flight 43 were told to wait in Room 92."),
    ("Sergeant Dana Holt, 38, led the search.", "Dana Holt's unit, 45 officers, led the search."),
])  # fmt: skip
def test_no_age_where_none_is_given(nlp, config, a, b):
    """A decade, a flight or room number, a count after a possessive: no age signal
    (other signals, a count of people, are other modules' business)."""
    signals, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in signals.signals if "age of" in s.explanation], signals.signals


def _age_signals(nlp, config, docs):
    claims, frames = claims_and_frames(nlp, docs)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    pairs = structured_pairs(claims, frames, kinds=SLOT_KINDS)
    out = {}
    for x, y in pairs:
        found = compare(frames[x.id], frames[y.id], table, config.score, "A", "B").signals
        out[(x.text, y.text)] = [s.explanation for s in found if "age of" in s.explanation]
    return out


def test_surname_age_is_the_full_name_of_its_own_document(nlp, config):
    """The dev pair of reddaway_doping_ban: a surname alone ("Reddaway, 26", "Reddaway is
    28") is the one Reddaway its document names in full, though the folder names two
    (the rider Callum and his father Colin, whose age must not meet the rider's)."""
    docs = {
        "wire.txt": ["Cyclist Callum Reddaway was banned for four years on Tuesday.",
                     "Reddaway, 26, who rides for the Kestrel-Arnholt team, had denied it."],
        "tv.txt": ["The cyclist Callum Reddaway has been banned for three years.",
                   "Reddaway is 28, and he was widely seen as a leader."],
        "post.txt": ["Colin Reddaway, 58, the rider's father, said his son was innocent."],
    }
    found = _age_signals(nlp, config, docs)
    ages = [e for explanations in found.values() for e in explanations]
    assert len(ages) == 1 and "age of Callum Reddaway: 26" in ages[0], found


def test_age_a_year_later_may_differ_by_one():
    """A birthday may fall between two sources written a year or more apart."""
    class F:  # a frame's ages only
        def __init__(self, *ages):
            self.ages = ages

    class Names:  # every name its own, every name a person's
        canonical = staticmethod(lambda n: n)
        kind = staticmethod(lambda n: "person")

    def signals(x, y):
        return age_signals(F(x), F(y), Names, 0.5, 1.0, "A", "B")

    assert not signals(Age("Ann Lee", 34, "2025-01-10"), Age("Ann Lee", 35, "2026-03-01"))
    assert signals(Age("Ann Lee", 34, "2026-01-10"), Age("Ann Lee", 35, "2026-03-01"))
    assert signals(Age("Ann Lee", 34, "2025-01-10"), Age("Ann Lee", 36, "2026-03-01"))
    assert not signals(Age("Lee", 34, ""), Age("Lee", 40, ""))  # a surname alone
