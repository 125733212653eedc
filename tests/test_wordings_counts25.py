"""Round 25 (counts25): a count belongs to the group its verb says and the time it is
told of. A service's crews, engines, appliances and pumps are one count (not its
firefighters'); the hurt, those taken to (or treated in) hospital, those treated at the
scene, those sent home, those arrested and those still at large are groups of their own
(peoplegroups.py), which clash only as a part above its whole (more taken to hospital
than were hurt); an age ("aged 24 and 19"), a figure of early reports ("initial reports
indicated that two people had been hurt") and a count of one time "alone" ("140 were
cancelled today alone") are no count of the whole."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_FIRE = [
    # the dev pairs (m47_lorry_oil_spill): crews, appliances and fire engines
    ("Three fire crews from Westmarch Fire and Rescue Service were sent to the scene, where "
     "firefighters spent more than an hour making the cab safe.",
     "Westmarch Fire and Rescue Service said five fire engines attended the scene."),
    ("We had three appliances here within about fifteen minutes of the call.",
     "Westmarch Fire and Rescue Service said five fire engines attended the scene."),
    ("Three crews from Westmarch Fire and Rescue Service attended.",
     "Westmarch Fire and Rescue Service said five fire engines attended the scene."),
    # other stories: a warehouse blaze, a mill fire, a barn fire
    ("Sixty firefighters from four departments were sent to the Harlow Chemicals plant.",
     "More than 100 firefighters from nine departments responded to the fire at the Harlow "
     "Chemicals plant."),
    ("Eight fire engines were sent to the warehouse blaze in Lenfield.",
     "Six crews tackled the warehouse blaze in Lenfield overnight."),
    ("Twelve pumps attended the fire at the Ashby mill.",
     "Ten fire crews attended the fire at the Ashby mill."),
    ("Harle Fire Service said four appliances were called to the barn fire at Cotley Farm.",
     "Seven fire engines were sent to the barn fire at Cotley Farm."),
    # one group told by two verbs: treated in hospital, taken to hospital
    ("Three people are being treated in hospital after a hot-air balloon came down near "
     "Kettlewick.",
     "Five people were taken to hospital after a hot-air balloon came down near Kettlewick."),
    ("Four pupils were being treated in hospital after the coach crash near Harle.",
     "Seven pupils were taken to hospital after the coach crash near Harle."),
    # a part above its whole: more taken to hospital than were hurt
    ("The cargo ship struck the Kessing Bridge, injuring four people.",
     "Six people were rushed to hospital after the cargo ship struck the Kessing Bridge."),
    ("Three people were injured in the Lenfield gas explosion.",
     "Five people were taken to hospital after the Lenfield gas explosion."),
    ("Two people were hurt in the rockfall on Ben Ashby.",
     "Four people were airlifted to hospital after the rockfall on Ben Ashby."),
]

_SILENT = [
    # the dev look-alikes (kettlewick_balloon): the hurt against those taken to hospital
    ("Six people were injured when a hot-air balloon made a heavy landing outside "
     "Kettlewick today.",
     "Three people are being treated in hospital after a hot-air balloon came down near "
     "Kettlewick."),
    ("Five people were taken to hospital on Saturday after a hot-air balloon struck the "
     "ground near Kettlewick.",
     "We can now confirm that six people were injured in the Kettlewick incident."),
    # an early figure the source has moved past
    ("Early reports had put the number of injured at two, but police later said more "
     "passengers had been hurt.",
     "We can now confirm that six people were injured in the incident."),
    ("Initial reports received by our control room indicated that two people had been hurt.",
     "Three people are being treated in hospital after the balloon came down."),
    # bramcaster_jewellery_raid: ages told after "aged" count no one
    ("Two men, aged 24 and 19, have been arrested on suspicion of robbery and remain in "
     "police custody.",
     "Police have confirmed that two men have been arrested on suspicion of robbery."),
    # kilverton_hospital_it_outage: one day's count "alone" against the whole stretch
    ("310 outpatient appointments were cancelled over the three days of the incident.",
     "And in outpatients, 140 appointments were cancelled today alone, because doctors "
     "couldn't see patients' notes."),
    # a part within its whole (velmouth_bridge_strike): six hurt, four of them in hospital
    ("Six people were hurt when a laden cargo ship veered into the Kessing Bridge.",
     "Four members of the public travelling across the bridge were taken to Velmouth "
     "General Hospital."),
    # other stories: other groups of one incident's people
    ("Nine people were hurt in the pile-up on the A12 near Ashby.",
     "Four people were taken to hospital after the pile-up on the A12 near Ashby."),
    ("Eleven people were treated at the scene of the Ashby rail crash.",
     "Four people were taken to hospital after the Ashby rail crash."),
    ("Six people were injured when the Harle ferry struck the pier.",
     "Two people were admitted to hospital after the Harle ferry struck the pier."),
    ("Six people were injured when the Harle ferry struck the pier.",
     "Two people were discharged after the Harle ferry struck the pier."),
    ("Two men were arrested after the Lenfield bank raid.",
     "Three men remain at large after the Lenfield bank raid."),
    ("Initial reports suggested that three people had died in the Ashby fire.",
     "Five people died in the Ashby fire."),
    ("On Tuesday alone, 60 flights were cancelled at Ashby airport.",
     "210 flights were cancelled at Ashby airport over the week."),
    ("Three women, aged 31, 27 and 45, were arrested after the Ashby protest.",
     "Police arrested three women after the Ashby protest."),
    # those sent to the scene are no part of the hurt (veldmoor_avalanche)
    ("A second avalanche came down close to where the teams were digging, and one rescuer "
     "was slightly hurt and flown down to the valley.",
     "Around 60 rescuers, four helicopters and several avalanche dogs were sent to the "
     "scene."),
    ("One firefighter was hurt at the Lenfield depot blaze.",
     "Forty firefighters were sent to the scene of the Lenfield depot blaze."),
    # those treated by medics, a group apart from those taken to hospital
    ("Forty spectators were treated by paramedics for the effects of the heat.",
     "Six spectators were taken to hospital suffering from the effects of the heat."),
    ("Dozens of people were treated for minor injuries at the stadium.",
     "Eleven people were taken to hospital after the stand gave way."),
    # crews are no count of the firefighters in them
    ("Forty firefighters attended the blaze at the Lenfield depot.",
     "Six crews attended the blaze at the Lenfield depot."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_counts_of_one_group_disagree(nlp, config, a, b) -> None:
    comparison, could = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
    assert could


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_counts_of_other_groups_stay_silent(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


def test_ages_of_two_groups_still_compare(nlp, config) -> None:
    """Groups hold counts of people apart, not the ages told with them (the
    dunmere_tower_lift_plunge pair: 77 against 72 of the woman most seriously hurt)."""
    comparison, _ = compare_pair(
        nlp, config,
        "The most seriously hurt is a seventy-seven-year-old woman, a long-standing "
        "resident here, who suffered injuries to her leg and her hip.",
        "Among them was a 72-year-old woman who was left with serious leg and hip injuries "
        "and is being treated at Dunmere General Hospital.")
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
