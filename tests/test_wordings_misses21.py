"""Round 21 wordings of HOW MANY THINGS an event touched when one source counts a part of a
definite group ("36 of its servers were encrypted") and the other counts the things
("63 servers were encrypted"): the group is the event's head, the numeral its count."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

FIRE = [
    # dev (kettlebury_council_ransomware): servers encrypted, 63 vs 36 of its servers
    ("Investigators believe 63 servers were encrypted by the attackers.",
     "Kettlebury District Council has confirmed that 36 of its servers were encrypted in a "
     "ransomware attack on Tuesday."),
    ("Hackers deleted 12 of the council's backups, officials said.",
     "Hackers deleted 21 backups on Tuesday, the council said."),
    ("Flood water damaged 40 homes in the village, the council said.",
     "The water damaged fourteen of the village's homes, residents said."),
    ("Crews towed away nine of the stranded lorries overnight.",
     "Crews towed away 19 lorries overnight, police said."),
    ("Thieves stole 30 of the museum's paintings in the raid.",
     "Thieves stole 13 paintings in the raid, the museum said."),
]

SILENT = [
    # the same count told both ways
    ("Investigators believe 36 servers were encrypted by the attackers.",
     "The council said 36 of its servers were encrypted in the attack."),
    # a vague group: no definite whole
    ("Thieves stole 30 of many paintings on show, a guard said.",
     "Thieves stole 13 sculptures in the raid, the museum said."),
    # another event on the same things
    ("Technicians restored 12 of the council's servers on Friday.",
     "Investigators believe 63 servers were encrypted by the attackers."),
    # people stay told by their part
    ("Two of the passengers were taken to hospital.",
     "Seven passengers were in the lift when it fell."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_a_counted_part_and_a_count_of_the_things_clash(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert paired
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_same_count_vague_group_or_other_event_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals



# A choice refused by one source and kept open by the other (choices.py).
REFUSED_OR_OPEN = [
    # dev (kettlebury_council_ransomware): will the council pay the ransom
    ("Council leader Margaret Oduya said the authority would not be paying the ransom.",
     "But a council spokesperson said on Thursday that the authority has not ruled out "
     "paying the ransom."),
    ("The club has refused to sell its stadium, the chairman said.",
     "The club is considering selling its stadium, the chairman said."),
    ("The airline will not cancel the Dunford flights this winter.",
     "The airline has not excluded the possibility of cancelling the Dunford flights."),
    ("The owners have ruled out closing the Harbury plant.",
     "The owners would not rule out closing the Harbury plant."),
    ("Ministers declined to raise the Brenton fare cap.",
     "Ministers are weighing raising the Brenton fare cap, officials said."),
]

BOTH_REFUSED_OR_OTHER = [
    # both refuse
    ("The council will not pay the ransom.",
     "The council has ruled out paying the ransom."),
    # another thing
    ("The council will not pay the ransom.",
     "The council has not ruled out paying compensation to residents."),
    # another act
    ("The club has refused to sell its stadium.",
     "The club is considering renovating its stadium."),
    # undecided agrees with kept open
    ("The council said it had not yet decided whether to pay the ransom.",
     "The council has not ruled out paying the ransom."),
    # kept open both ways
    ("The club is considering selling its stadium.",
     "The club has not ruled out selling its stadium."),
]


@pytest.mark.parametrize(("a", "b"), REFUSED_OR_OPEN)
def test_a_refused_choice_kept_open_clashes(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert paired
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), BOTH_REFUSED_OR_OTHER)
def test_one_stance_or_other_choices_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals
