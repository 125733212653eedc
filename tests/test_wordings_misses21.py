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

