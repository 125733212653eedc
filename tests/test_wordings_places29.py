"""Wordings of one event put at two named places (round 29): one person's arrest at a
works in one town and at a home in another, told of a pronoun ("he was detained at ...",
whereabouts.py), and a falling thing that came down on, or struck, a house on two named
streets (endplaces.py); the look-alikes that stay silent: a place in a town, a suburb of
a city, two people, a plan, two falling things, one street told twice. And a sentence
bringing in a person by description leaves a later "he" unresolved (claims.py)."""

from __future__ import annotations

import pytest

from consistency.core.config import ClaimsConfig
from consistency.stages.claims import extract_claims
from tests.helpers import make_article
from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    ("He was detained at a printing works in Brenmouth, police said.",
     "The man was arrested at his home in Tarrick, detectives said."),
    ("He was arrested at a warehouse in Kelbridge on Friday.",
     "He was arrested at his flat in Oxley on Friday."),
    ("She was detained at the Harbour Mill depot in Brenton.",
     "The woman was arrested at her home in Castleby."),
    ("He was arrested at his home in Pellwick, a village south of Grayford.",
     "He was detained at a hotel in Dunstow, officers said."),
])
def test_one_arrest_in_two_towns_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # a town and a suburb of it: one place told at two levels
    ("He was arrested at his home in Pellwick, a suburb of Grayford.",
     "The man was arrested in Grayford on Tuesday."),
    # two people: he and she
    ("He was arrested at his home in Pellwick.", "She was arrested at a hotel in Dunstow."),
    # a plan against what happened
    ("He was arrested at his home in Pellwick.",
     "He will be questioned at a police station in Dunstow."),
    # a group is no one person
    ("He was arrested at his home in Pellwick.",
     "Police arrested two men at a warehouse in Dunstow."),
    # one town told twice
    ("He was detained at a printing works in Dunstow.",
     "The man was arrested at his office in Dunstow."),
])
def test_one_arrest_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ("The biggest piece of debris came down on a house in Heron Close.",
     "A large chunk of brickwork came down on a house on Mallow Street."),
    ("A slab of concrete struck a house on Quarry Road, the council said.",
     "The largest piece of debris landed on a house in Fennel Crescent."),
    ("A lump of masonry hit a shop on Station Road.",
     "A chunk of masonry landed on a shop in Abbey Road."),
])
def test_one_fall_on_two_streets_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # one street told twice, in other words
    ("The biggest piece of debris came down on a house in Heron Close.",
     "A chunk of brickwork struck a bungalow in Heron Close."),
    # another falling thing: two events
    ("A chunk of masonry came down on a house in Heron Close.",
     "Another chunk of masonry came down on a house on Mallow Street."),
    # two different things: a tree and a piece of debris
    ("A tree came down on a house in Heron Close.",
     "A piece of debris came down on a house on Mallow Street."),
    # a street and the town it lies in
    ("A chunk of masonry came down on a house on Mallow Street.",
     "A chunk of masonry came down on a house in Marbridge."),
    # a forecast against what happened
    ("Debris could land on houses in Heron Close, engineers warned.",
     "A chunk of masonry came down on a house on Mallow Street."),
])
def test_one_fall_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("text", "resolved"), [
    # a man brought in by description: "He" may be him, not the last person named
    ("Chief constable Mara Quill spoke to reporters. Officers arrested a 29-year-old man "
     "overnight. He was held at a works in Dunstow.", "He was held at a works in Dunstow."),
    # no one brought in: the last person named is whom "he" means
    ("Officers said Tomas Brandt was held overnight. He was released on bail on Friday.",
     "Tomas Brandt was released on bail on Friday."),
])
def test_a_newcomer_leaves_the_pronoun(nlp, text, resolved):
    art = make_article(text, path="wire.txt")
    claims = extract_claims([art], nlp, ClaimsConfig()).claims
    assert claims[-1].resolved == resolved, [c.resolved for c in claims]
