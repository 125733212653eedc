"""A mishap's cause told as a thing's doing with its upshot, or denied by telling the thing
worked as planned (structured/upshots.py); a mishap told in two steps by one doer is no
cause (leadups.py); and one act's doer told by two workplaces (doerkinds.py). With the
look-alikes that must stay silent: the mishap itself with its upshot, people's doing,
another thing working as planned, one cause told twice, a general truth; one workplace
told two ways, two acts, two things acted on, a claim naming both workplaces."""

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

CAUSE_CLASH = [
    # a thing's doing with its upshot, against a force of nature
    ("Engineers said a charge near the base had gone off late, tipping the tower towards"
     " the road.",
     "The contractor said a strong gust of wind had pushed the tower off course."),
    ("The site manager said a cable had snapped, toppling the crane onto the road.",
     "A sudden gust of wind blew the crane over, the firm said."),
    # a thing's doing with its upshot, against the same thing told as working as planned
    ("The site manager said a charge near the base had fired late, tipping the tower"
     " towards the road.",
     "Records from the firing system show the charges fired in sequence."),
    ("A valve had opened early, flooding the engine room, the crew said.",
     "Investigators said the valves had opened as designed throughout the voyage."),
]

CAUSE_SILENT = [
    # the mishap told in two steps by one doer: no cause of it
    ("A chunk of masonry flew over the fence and crashed through the roof of a bungalow.",
     "A gust of wind had pushed the tower off course, the contractor said."),
    # the mishap itself told with its upshot
    ("The tower crashed to the ground, knocking over a garden wall.",
     "A sudden gust of wind had pushed the tower off its line, the contractor said."),
    # people's doing, not a thing's
    ("The crew pressed the button, triggering the blast just after seven.",
     "A sudden gust of wind had pushed the tower off its line, the contractor said."),
    # another thing worked as planned: no rival cause
    ("Records show the charges fired in sequence.",
     "A sudden gust of wind had pushed the tower off its line, the contractor said."),
    # another part, or another doing of the thing, working as planned
    ("The first stage performed as planned throughout its burn.",
     "Engineers blamed a fault in the second stage for the loss of the rocket."),
    ("The charges were checked and the detonators worked properly.",
     "A charge near the base had fired late, tipping the tower off its line."),
    # an aim, not a manner: "in order to" is no working as planned
    ("A valve had opened early, flooding the engine room, the crew said.",
     "Investigators said the valves had opened in order to release the pressure."),
    # one cause told twice
    ("A charge near the base fired late, tipping the tower off its line.",
     "Engineers said a charge near the base had fired late, knocking the tower off line."),
    # a general truth, not this mishap's cause
    ("A charge that fires late tips a tower off its line.",
     "A sudden gust of wind had pushed the tower off its line, the contractor said."),
]

DOER_CLASH = [
    ("The exam paper was photographed by an employee of a printing firm.",
     "The exam paper was photographed by a staff member at a school."),
    ("Police say a worker at the hotel stole the necklace.",
     "The necklace was stolen by an employee of the bank."),
    ("The leak came from the council offices, where a clerk is believed to have copied the"
     " list.",
     "The list was copied by an employee of the hospital, police said."),
]

DOER_SILENT = [
    # one workplace told two ways
    ("The exam paper was photographed by an employee of a printing firm.",
     "A worker at the printing works photographed the exam paper."),
    # two acts
    ("The exam paper was photographed by a teacher at a school.",
     "The exam paper was delivered by an employee of a printing firm."),
    # two things acted on
    ("A worker at the school photographed the timetable.",
     "An employee of the printing firm photographed the exam paper."),
    # a suspicion of another act, and the act told by the other side
    ("Police had questioned a teacher at the school on Monday.",
     "The exam paper was photographed by an employee of the printing firm."),
    # a claim naming both workplaces
    ("The exam paper was photographed by an employee of the printing firm, not by a"
     " teacher at the school.",
     "A staff member at a school photographed the exam paper."),
]


@pytest.mark.parametrize(("a", "b"), CAUSE_CLASH)
def test_upshot_causes_clash(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "cause")


@pytest.mark.parametrize(("a", "b"), CAUSE_SILENT)
def test_mishap_itself_or_one_cause_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), DOER_CLASH)
def test_doers_of_two_workplaces_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), DOER_SILENT)
def test_one_workplace_or_other_act_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals
