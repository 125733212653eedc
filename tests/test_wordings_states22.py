"""Wordings of whether a thing happened that hang on the participants (besides.py): a
denial under "neither ... nor" meets the report that it happened; a denial of only the
participants beyond those told ("no one else was hurt", "no other injuries") meets
nothing."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_FIRE = [
    # the dev pair (brackenford_bus_hijack)
    ("Neither the driver nor any of the passengers was injured, according to a Greyline "
     "spokesman, although several were described as badly shaken.",
     "The driver sustained a minor cut to her hand and was treated at the scene."),
    # other nouns, verbs and structures: active object, pronoun, determiner, plural verb
    ("The explosion injured neither the pilot nor his passenger, the airline said.",
     "The pilot was injured in the explosion and taken to hospital."),
    ("Neither of the guards was hurt during the raid.",
     "One of the guards was hurt during the raid."),
    ("Neither guard was harmed in the robbery, the bank said.",
     "A guard was harmed in the robbery, police said."),
    ("Neither the skipper nor the two crew members were rescued by the lifeboat.",
     "The skipper was rescued by the lifeboat late on Sunday."),
    ("Neither the mayor nor her deputy was arrested, police said.",
     "Police arrested the mayor on Tuesday evening."),
]

_SILENT = [
    # the dev look-alikes: the rest set aside, some were hurt (brackenford_bus_hijack)
    ("A passenger was treated for shock.", "No other injuries were reported."),
    ("Neither the driver nor any of the passengers was injured, according to a Greyline "
     "spokesman.", "No one else was hurt."),
    ("Mrs Cass suffered a minor cut to her hand and was treated by paramedics at the scene.",
     "No other injuries were reported."),
    # other wordings of "the rest": besides, except, further, more, "nobody else"
    ("Two miners were injured in the blast.", "Nobody else was injured, the company said."),
    ("The cashier was hurt when the gang stormed the branch.",
     "No one besides the cashier was hurt, police said."),
    ("A warning shot was fired by the officer.", "No further shots were fired."),
    ("Three people were arrested at the scene.", "No more arrests were made, police said."),
    ("The gunman was injured in the exchange.",
     "No one except the gunman was injured, police said."),
    # neither, but of others than those the other source tells
    ("Neither the driver nor the conductor was injured.",
     "Several passengers were injured when the bus crashed."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_neither_nor_denies_the_event(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals
    assert paired


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_the_rest_denied_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals
