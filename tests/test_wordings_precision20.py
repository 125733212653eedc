"""Wordings of round 20's false flags: wanted acts ("asked to leave by 6pm"), goings of
different movers, and a generic germ word against a named germ (wanted.py, movers.py,
causes.kind_and_member) — the look-alikes that must stay silent and the clashes that must
still fire."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    return [s.kind for s in compare_pair(nlp, config, a, b)[0].signals]


@pytest.mark.parametrize(("a", "b"), [
    # dev pairs (larkspur_festival_crush): an act asked for or given time, not told as done
    ("Organisers called off the final day after 27 people were injured in a crush as crowds "
     "left the main stage late on Saturday.",
     "The changes we made this morning were about giving people more space and more time "
     "to leave the arena safely."),
    ("Campers have been asked to pack up and leave Thornwick Park by 6pm, with shuttle buses "
     "laid on to the station.",
     "The changes we made this morning were about giving people more space and more time "
     "to leave the arena safely."),
    # other wordings: urged, ordered, a chance to, a purpose clause
    ("Residents fled the building at about 3am.",
     "Residents were urged on Tuesday morning to flee the building by noon."),
    ("Passengers left the ship at 7pm.",
     "Passengers were ordered to leave the ship by 10am."),
    ("Shoppers left the centre shortly after 5pm.",
     "Police gave shoppers a chance to leave the centre at 11am."),
    ("The crew returned to the base at 4pm.",
     "The storm eased at 9am, allowing the crew to return to the base."),
    # dev pairs (kessbridge_boil_water, festival): goings of two different movers
    ("The first lorry, which arrived just after 8am, was unloaded by volunteers in Kessbridge.",
     "Chief executive Dorothy Pennick visited the bottled water station at Kessbridge Leisure "
     "Centre on Wednesday afternoon."),
    ("Seventeen people were injured as festival-goers were leaving the main stage late on "
     "Saturday, police said.",
     "Several festival-goers said that leaving the arena on Sunday night took half the time."),
    # other movers: a bus and a minister, a convoy and the fans, a ferry and the mayor
    ("The evacuation bus arrived at the school at 6am.",
     "The education minister visited the school at 2pm."),
    ("The aid convoy departed from the depot at dawn.",
     "Thousands of fans left the stadium at 10pm."),
    ("The ferry returned to the harbour at 9pm.",
     "The mayor returned to the town hall at 11am."),
])  # fmt: skip
def test_different_goings_stay_silent(nlp, config, a, b):
    assert "time" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # one going, two times: the same mover, or two deadlines of one request
    ("The evacuation bus arrived at the school at 6am.",
     "The evacuation bus arrived at the school at 9am."),
    ("The minister left the summit at 3pm.",
     "The minister left the summit shortly before midnight."),
    ("Crowds left the main stage at about 10.50pm on Saturday.",
     "Crowds left the main stage just after midnight on Saturday."),
    ("Campers were asked to leave the park by 6pm.",
     "Campers were asked to leave the park by 10am."),
])  # fmt: skip
def test_one_going_two_times_fires(nlp, config, a, b):
    assert "time" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # dev pairs (kessbridge_boil_water): "the bacteria" refers back to a named germ
    ("Vale Cross Water said the bacteria were detected in routine samples from its Marlow "
     "Hill reservoir.",
     "Vale Cross Water said E. coli was detected in routine samples from the Marlow Hill "
     "reservoir."),
    ("Vale Cross Water said the bacteria were detected in routine samples from its Marlow "
     "Hill reservoir.",
     "Vale Cross Water said cryptosporidium was detected in routine samples from the Marlow "
     "Hill reservoir."),
    # other kinds and members: a virus and norovirus, a parasite, a toxin
    ("Health officials at Brookfield Hospital said the virus was detected in samples.",
     "Health officials at Brookfield Hospital said norovirus was detected in samples."),
    ("Tests at the Ashby plant found the parasite in the water.",
     "Tests at the Ashby plant found cryptosporidium in the water."),
    ("Inspectors at Dunmore Farm said the pathogen was found in the milk.",
     "Inspectors at Dunmore Farm said listeria was found in the milk."),
])  # fmt: skip
def test_germ_kind_and_member_stay_silent(nlp, config, a, b):
    assert "cause" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # two named germs still clash
    ("Vale Cross Water said E. coli bacteria were detected in samples from the Marlow Hill "
     "reservoir.",
     "Vale Cross Water said cryptosporidium was detected in samples from the Marlow Hill "
     "reservoir."),
    ("Tests at the Ashby plant found salmonella in the chicken.",
     "Tests at the Ashby plant found listeria in the chicken."),
])  # fmt: skip
def test_two_named_germs_fire(nlp, config, a, b):
    assert "cause" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (kessbridge_boil_water): an instruction is no denial of what was done
    ("Parents are being asked to send children in with a filled water bottle from home if "
     "they can, using boiled and cooled water or bottled water.",
     "Do not use water from the tap to make up baby formula unless it has been boiled."),
    # other instructions: don't, never, a bare verb joined to another
    ("Residents of Kessbridge drank the tap water on Monday.",
     "Don't drink the tap water in Kessbridge until further notice."),
    ("Drivers used the Hollin Bridge on Tuesday.",
     "Never use the Hollin Bridge during a storm, the council said."),
    ("Walkers on the Fellgate path lit fires on Sunday.",
     "Keep to the Fellgate path and do not light fires."),
])  # fmt: skip
def test_instructions_stay_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # told, not instructed: a denial with a subject still clashes
    ("The council did not close the Hollin Bridge.",
     "The council closed the Hollin Bridge on Tuesday."),
    ("Residents of Kessbridge did not drink the tap water on Monday.",
     "Residents of Kessbridge drank the tap water on Monday."),
])  # fmt: skip
def test_told_denials_fire(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)
