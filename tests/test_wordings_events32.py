"""An event told as happened by one source and as not happened by another, in wordings
the event classes did not line up: help "called in" is help asked for ("the army was
called in" against "did not ask the military for help"), a body named by an adjective
("military assistance") is the body the help is asked of, and a thing that "will
continue" was not suspended."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _negations(nlp, config, a, b):
    signals, _ = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == "negation"]


@pytest.mark.parametrize(("a", "b"), [
    # brannock_airport_drones
    ("The force did not request military assistance at any stage of the incident.",
     "The army was called in with counter-drone equipment to help track the device."),
    ("Police say they did not ask the military for help at any point.",
     "The army was called in with counter-drone equipment to help track the device."),
    # a flood, an outbreak, a strike
    ("The council did not request military support during the floods.",
     "Soldiers were called in to fill sandbags during the floods."),
    ("The health board did not ask the army for help during the outbreak.",
     "Troops were called in to run the vaccination centre during the outbreak."),
])  # fmt: skip
def test_called_in_against_not_asked(nlp, config, a, b):
    assert _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # another body called in than the one not asked
    ("The force did not request military assistance at any stage of the incident.",
     "Firefighters were called in to pump water from the terminal."),
    # "called" a body on the phone is no help asked for
    ("The council did not ask the army for help.",
     "The mayor called the fire chief on Tuesday."),
])  # fmt: skip
def test_other_body_or_call_is_silent(nlp, config, a, b):
    assert not _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # carrickhaven_trawler_sinking
    ("The coastguard said the search would be suspended at nightfall and resume at first "
     "light on Wednesday.",
     "A coastguard spokesperson said the search for the missing man would continue "
     "through the night."),
    # a count, a beach cleanup
    ("Officials said the recount would be suspended at midnight.",
     "Officials said the recount would continue through the night."),
    ("The cleanup of the beach was suspended at dusk.",
     "The cleanup of the beach continued through the evening."),
])  # fmt: skip
def test_continued_against_suspended(nlp, config, a, b):
    assert _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a rise that continued is no suspension of trading
    ("Prices continued to rise through the week.",
     "Trading in the shares was suspended on Tuesday."),
    # another thing continued than the one suspended
    ("The rain continued through the night.",
     "Rail services were suspended through the night."),
    # one after the other: suspended on one day, continued on the next
    ("The search was suspended on Monday evening.",
     "The search continued on Tuesday morning."),
])  # fmt: skip
def test_other_continuing_is_silent(nlp, config, a, b):
    assert not _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # alderbrook_river_rescue: an aircraft "scrambled" was sent out
    ("A coastguard helicopter was scrambled from its base on the coast and its crew "
     "winched one teenager from a rock.",
     "No helicopter was deployed during the incident."),
    # an air-space alert, a mountain rescue
    ("Two fighter jets were scrambled to intercept the airliner.",
     "No jets were deployed, the defence ministry said."),
    ("An air ambulance was scrambled to the fell.",
     "No air ambulance was sent to the fell, the service said."),
])  # fmt: skip
def test_scrambled_against_not_deployed(nlp, config, a, b):
    assert _negations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # another thing sent out than the one denied
    ("Two fighter jets were scrambled to intercept the airliner.",
     "No troops were deployed, the defence ministry said."),
    # people scrambling to safety are not sent anywhere
    ("Residents scrambled to safety as the water rose.",
     "No soldiers were deployed to the village."),
])  # fmt: skip
def test_other_scramble_is_silent(nlp, config, a, b):
    assert not _negations(nlp, config, a, b)
