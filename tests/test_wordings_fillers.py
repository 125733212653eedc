"""Wordings of who filled one slot of one act (round 10): the doer or receiver of one act
on one thing (structured/fillers.py) and the way in of one break-in (structured/means.py),
each paired whatever the embeddings say; look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b", "kind"), [
    # dev pairs (pellingford_chlorine_leak, reddaway_doping_ban)
    ('The centre is run by the Active Pellingford Trust.',
     'The centre is operated by Leisureline Ltd.', 'role'),
    ('The centre is managed by the Active Pellingford Trust.',
     'The centre is run by Leisureline Ltd.', 'role'),
    ('The case was brought by the Clean Sport Agency.',
     "The case was brought by the National Cycling Federation's Cycling Integrity Unit.",
     'role'),
    # other acts, other structures: active subject, relative clause, doer noun, receiver
    ('The march through Leeds was organised by the GMB union.',
     'Unite organised the march through Leeds.', 'role'),
    ('The contract to rebuild the Harlow bridge was awarded to Carrick Construction.',
     'The contract to rebuild the Harlow bridge was awarded to Balfour Beatty.', 'role'),
    ('The rescue was led by Veldmoor Mountain Rescue.',
     'The rescue operation was led by the Alpine Air Service.', 'role'),
    ('The stadium is owned by Brackenford City Council.',
     'Hanlon Holdings owns the stadium.', 'role'),
    ('The pool, which Leisureline operates for the council, reopened on Monday.',
     'The pool is run by the Active Pellingford Trust.', 'role'),
    ("Leisureline Ltd, the centre's operator, apologised.",
     'The centre is run by the Active Pellingford Trust.', 'role'),
    ('The festival was organised by the Harlow Arts Trust.',
     "The festival's organiser, the Kestrel Foundation, said tickets would be refunded.",
     'role'),
    # dev pairs (sternhaus_museum_theft) and other ways in
    ('The intruders got in through a skylight in the roof.',
     'They came in through a ground-floor window at the rear.', 'cause'),
    ('The intruders got in through a skylight in the roof.',
     'The thieves forced a ground-floor window at the back of the museum.', 'cause'),
    ('The gang abseiled into the building through a skylight in the roof.',
     'The thieves forced open a ground-floor window at the back of the building.', 'cause'),
    ('The gunmen entered the school through a side door.',
     'The attackers got into the school through the main entrance.', 'cause'),
    ('The burglars climbed in through a bathroom window.',
     'The burglars prised open the back door of the house.', 'cause'),
    ('The raiders broke in via the loading bay.',
     'The robbers got inside through a hole in the roof.', 'cause'),
])  # fmt: skip
def test_round10_filler_fires(nlp, config, a: str, b: str, kind: str) -> None:
    """Doers and receivers also pair whatever the embeddings say; two ways in are left to
    the nearest neighbours (as candidates they met across stories on real news)."""
    if kind == "role":
        assert_paired_and_compared(nlp, config, a, b, kind)
    else:
        comparison, _ = compare_pair(nlp, config, a, b)
        assert kind in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # an acronym, a unit and the body it belongs to, a list naming both
    ('The case was brought by the Clean Sport Agency.', 'The case was brought by the CSA.'),
    ("The case was brought by the National Cycling Federation's Cycling Integrity Unit.",
     'The case was brought by the Cycling Integrity Unit.'),
    ('The centre is run by the Active Pellingford Trust on behalf of Pellingford Borough '
     'Council.', 'The centre is run by Pellingford Borough Council.'),
    ('The march was organised by the GMB union and Unite.',
     'The march was organised by Unite.'),
    # another case, another rider; a person and an organisation; another thing
    ('In 2021 the case against Jonas Feld was brought by the Cycling Integrity Unit.',
     'The case against Callum Reddaway was brought by the Clean Sport Agency.'),
    ('The centre is run by the Active Pellingford Trust.',
     "Priya Castell, the centre's manager, said the pool was evacuated."),
    ('The stadium is owned by Brackenford City Council.',
     'Hanlon Holdings owns the club.'),
    # an office is no act; a forcing to do a thing is no way in (invented stories)
    ('Meridian, an investment group based in Antwerp, is led by Dutch businessman Tomas '
     'Vellacott.',
     "Anika Rourke, Meridian's finance director, told us the running of the club would "
     'not change.'),
    ('Hackers stole data in a ransomware attack that forced the regional hospital group to '
     'shut down its computer systems.',
     'The attacker gained access through a remote-access account belonging to one of our '
     'outside vendors.'),
    # two speakers telling one outlet; each doer's own job (FNC-1 dev stories)
    ('"People think I changed his life," Josh told TODAY.',
     '"My heart was crushed," Lin told TODAY.'),
    ('Josh quit his job to care for his sick parents.',
     'Thomas had quit his job to take care of his sick parents.'),
    # one way in told twice; other doers; a way through a place
    ('The intruders got in through a skylight in the roof.',
     'The gang abseiled into the building through the skylight.'),
    ('Firefighters forced the door of the flat.',
     'The thieves got in through a skylight in the roof.'),
    ('The protesters marched through the city centre.',
     'The thieves got in through a window.'),
    # ways through named places, a manner of working (FNC-1 bodies of the mixed bench)
    ('The militants tried to enter the town of Damboa late on Sunday through Alagarno.',
     'Terrorists have tried to enter the United States through the southern border.'),
    ('Ebola made its way into Mosul through Africa-based Islamist terrorists.',
     'Matson arrived in Syria last month via Iraq.'),
    ('We work in close coordination through military and diplomatic channels.',
     'Three marines are seen to move through a bunker in search of a source of gunfire.'),
])  # fmt: skip
def test_round10_filler_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind in ("role", "cause")], comparison.signals


def test_round10_two_officers_are_no_doers_of_one_act(nlp, config) -> None:
    """"the group's chief nursing officer" and "... chief information officer": offices,
    not doers of an act "office", so the two claims are neither paired nor flagged."""
    assert_paired_and_compared(
        nlp, config,
        '"Patient care has never stopped," said Ada Kimble, the group\'s chief nursing officer.',
        "Marcus Fenn, the group's chief information officer, said engineers were restoring "
        "systems.", None)  # fmt: skip
