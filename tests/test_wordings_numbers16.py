"""Wordings of counts (round 16, numbers16): "a single" / "the lone" / "one sole" read as
one (quantities.py, ``single_words``), and margins still compare with margins only."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    # dev (kelderby_recount): the winning margin
    ('Ruth Okafor of Community First won the Hatherley by-election by a single vote over '
     'Gareth Penrose.',
     "Ruth Okafor beat the Ratepayers' Association candidate Gareth Penrose by two votes, "
     '1,214 to 1,212, after a recount.'),
    ('Ruth Okafor of Community First won the Hatherley by-election by a single vote over '
     'Gareth Penrose.',
     "Community First's Ruth Okafor has won the Hatherley ward by-election by just two "
     'votes after a tense overnight count.'),
    # other wordings: another contest, "a lone", "one single", "the sole", seats, goals
    ('Maria Lind won the Ostvik mayoral race by a lone vote.',
     'Maria Lind took the Ostvik mayoral race by three votes.'),
    ('The Dunmore council motion passed by one single vote.',
     'The Dunmore council motion passed by four votes.'),
    ('Greendale Rovers beat Ashby Town by a single goal in the Fenwick Cup final.',
     'Greendale Rovers beat Ashby Town by two goals in the Fenwick Cup final.'),
    ('Only a single patient was admitted to Harwick General after the Harwick blast.',
     'Three patients were admitted to Harwick General after the Harwick blast.'),
])
def test_single_counts_as_one(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), [
    # margin vs tally: one vote ahead is no count of all votes
    ('Ruth Okafor won the Hatherley by-election by a single vote.',
     'Ruth Okafor won the Hatherley by-election with 1,214 votes.'),
    # a margin at another stage
    ('Ruth Okafor won the Hatherley by-election by a single vote.',
     'Gareth Penrose had been five votes behind in the Hatherley count after the first count.'),
    # "single" as no count: a single market, a single mother
    ('Harwick joined the single market in 1995.', 'Harwick has three markets.'),
    # one and a single agree
    ('Ruth Okafor won the Hatherley by-election by one vote.',
     'Ruth Okafor won the Hatherley by-election by a single vote.'),
])
def test_single_lookalikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # dev (pellow_sands_whale_stranding): none of a group had to undergo the act
    ('None of the whales had to be euthanised, according to the Coastal Marine Rescue '
     'Trust, which led the rescue.',
     'Five of the dead whales were euthanised by vets because they were too weak or badly '
     'injured to survive, the charity said.'),
    # other wordings: "have had to", another group and act, "no" + noun
    ('None of the passengers had to be rescued from the Marra ferry.',
     'Two of the passengers were rescued from the Marra ferry by lifeboat crews.'),
    ('None of the Tolven miners have had to be hospitalised.',
     'Three of the Tolven miners were hospitalised with burns.'),
    ('No homes in Ashby Vale had to be evacuated after the Ashby Vale flood.',
     'Forty homes in Ashby Vale were evacuated after the Ashby Vale flood.'),
    ('None of the Dunmore crew had to be airlifted.',
     'Four of the Dunmore crew were airlifted to hospital.'),
])
def test_none_had_to_is_a_denial(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # the subject wanted / expected something of another: its own subject
    ('Nobody expected the Dunmore crew to be airlifted.',
     'Four of the Dunmore crew were airlifted to hospital.'),
    # another act of the group
    ('None of the whales had to be euthanised.', 'Five of the whales died on the beach.'),
    # a part of the group told both ways agrees: some had to, and some were
    ('Five of the whales had to be euthanised.', 'Five of the dead whales were euthanised.'),
])
def test_none_had_to_lookalikes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # dev (brackenford_sinkhole): the homes counted under the people made to leave them
    ('Residents of 32 homes have been moved out after a large sinkhole opened on Mill Lane '
     'in Brackenford.',
     'Twenty-three homes on Mill Lane and Tanner Street were evacuated as a precaution.'),
    ('Residents of 32 homes have been moved out after a large sinkhole opened on Mill Lane '
     'in Brackenford.',
     'The crater forced the evacuation of 23 homes on Mill Lane and neighbouring Tanner Street.'),
    # other wordings: "occupants of ... ordered out", "families from", "staff at ... cleared out"
    ('The occupants of 14 flats in Harbour Court were ordered out after the Harbour Court fire.',
     'Nine flats in Harbour Court were evacuated after the Harbour Court fire.'),
    ('Families from 40 houses on Brook Road were moved out overnight.',
     'Police evacuated 25 houses on Brook Road overnight.'),
    ('Staff at six shops on Kell Street were cleared out after the Kell Street gas leak.',
     'Ten shops on Kell Street were evacuated after the Kell Street gas leak.'),
])
def test_counted_homes_under_their_people(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), [
    # dev look-alike: households against residents (other things counted)
    ('Twenty-three households have had to leave their homes today.',
     'Around 60 residents were moved out of their homes on Tuesday.'),
    # homes against people
    ('Residents of 32 homes have been moved out on Mill Lane.',
     'Sixty residents have been moved out on Mill Lane.'),
    # an increment
    ('Residents of a further nine homes on Mill Lane were moved out.',
     'Twenty-three homes on Mill Lane were evacuated.'),
    # the same count, told both ways
    ('Residents of 23 homes on Mill Lane have been moved out.',
     'Twenty-three homes on Mill Lane were evacuated.'),
])
def test_counted_homes_lookalikes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # dev (kelderby_recount): how many full recounts there were
    ('The by-election in the Hatherley ward went right down to the wire, and was only '
     'settled in the early hours of this morning after not one but two full recounts.',
     'The single full recount took more than two hours and trimmed her lead to two.'),
    # other wordings: raids, attempts, visits; "a single", digits, "twice"-free counts
    ('Police carried out three raids on the Colley Street depot.',
     'A single raid on the Colley Street depot found nothing.'),
    ('The Ferrow crew made two attempts to reach the summit before turning back.',
     'The Ferrow crew turned back after four attempts to reach the summit.'),
    ('Inspectors made five visits to Larchfield Care Home last year.',
     'Larchfield Care Home had two visits from inspectors last year.'),
    ('The Aldmoor count needed two recounts before the result was declared.',
     'The result in Aldmoor was declared after 1 recount.'),
])
def test_how_often_one_act(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), [
    # one count told in two wordings agrees
    ('The result was declared after one full recount in Hatherley.',
     'The single full recount in Hatherley took two hours.'),
    # an increment is no total
    ('Police found cash at the Colley Street depot during three raids.',
     'A further two raids on the Colley Street depot found nothing.'),
    # another place: another story
    ('Police carried out three raids on the Colley Street depot in Harwick.',
     'Police carried out one raid in Dunmore.'),
    # an ordinal is no count
    ('The Ferrow crew reached the summit at the third attempt.',
     'The Ferrow crew made two attempts to reach the summit.'),
])
def test_how_often_lookalikes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals
