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


_KEPT = [
    # the dev pair (thornvale_skyreaper_crash): the state word parsed as a clause of its own
    ("Credit where it's due on one thing: Thornvale kept its gates shut on Sunday, and I "
     "think that was the right call.",
     "Following a full safety review of our other attractions overnight, Thornvale "
     "reopened to guests on Sunday 25 May with Skyreaper and three rides closed."),
    # other verbs, objects and structures: "stayed shut", "kept ... closed", "remained shut"
    ("The park stayed shut on Sunday.", "The park reopened on Sunday."),
    ("The council kept the bridge closed on Monday.", "The bridge reopened on Monday."),
    ("The zoo kept its doors closed all weekend.", "The zoo reopened on Saturday."),
    ("Harland Library kept its reading rooms shut on Tuesday.",
     "Harland Library reopened on Tuesday morning."),
    ("The museum stayed closed to visitors on Friday, a spokeswoman said.",
     "The museum reopened to visitors on Friday."),
]

_KEPT_SILENT = [
    # another day: shut on Saturday, reopened on Sunday
    ("The park stayed shut on Saturday.", "The park reopened on Sunday."),
    ("Thornvale kept its gates shut on Saturday.", "Thornvale reopened to guests on Sunday."),
    # another thing kept shut
    ("The ride stayed shut on Sunday.", "The cafe reopened on Sunday."),
    # a state word with a subject of its own is no state kept by the verb
    ("The park stayed open while the ride was shut.", "The park reopened on Sunday."),
]


@pytest.mark.parametrize(("a", "b"), _KEPT)
def test_a_state_kept_denies_the_other_state(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals
    assert paired


@pytest.mark.parametrize(("a", "b"), _KEPT_SILENT)
def test_a_state_kept_at_another_time_or_thing_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals
