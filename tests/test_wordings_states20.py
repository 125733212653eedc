"""Wordings of a thing that gave way or held, and of an event called off or gone ahead
("a section of temporary fencing collapsed" vs "None of the fencing along that path
collapsed" / "the barriers held"; "Sunday's line-up has been cancelled" vs "Sunday's
line-up went ahead as planned"), and the look-alikes that must stay silent (opposites.py,
partitives.denied_whole)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_FIRE = [
    # the dev pairs (larkspur_festival_crush)
    ("None of the fencing along that path collapsed.",
     "Witnesses said the exit route narrowed sharply near a footbridge and that a section "
     "of temporary fencing collapsed under the pressure of the crowd."),
    ("None of the fencing along that path collapsed.",
     "A section of temporary barrier beside the path gave way under the pressure, and a "
     "number of people fell down a bank."),
    ("None of the fencing along that path collapsed.",
     "Then the fence on the left-hand side just folded."),
    ("None of the fencing along that path collapsed.",
     "A 15-year-old girl was left seriously injured after a temporary metal barrier along "
     "the exit path collapsed under the weight of people."),
    ("Sunday's line-up has been cancelled and ticket holders will be refunded, Larkspur "
     "Live said in a short statement.",
     "Sunday's line-up went ahead as planned, but with a revised exit plan that included a "
     "one-way system."),
    # other nouns, verbs and structures: a thing that held, a plan that goes ahead
    ("The barriers held.",
     "A section of temporary fencing collapsed under the pressure of the crowd."),
    ("The sea wall held.", "The sea wall gave way during the storm."),
    ("The dam held up through the night.", "The dam burst overnight."),
    ("The tournament's final round will go ahead as planned.",
     "The final round has been called off."),
    ("Saturday's parade will go ahead, organisers said.",
     "Saturday's parade has been cancelled."),
    ("Organisers said the concert went ahead despite the rain.",
     "The concert was cancelled because of the rain."),
    ("The gig will proceed as planned on Friday.", "Friday's gig has been cancelled."),
]

_SILENT = [
    # a different barrier, or something else that collapsed
    ("The barrier at the North Gate held.", "A barrier at the East Gate collapsed."),
    ("The barriers held.", "A wall collapsed at the stadium."),
    ("The fencing held.", "The crowd collapsed in the heat."),
    # another day's event; a plan reversed over time, with dates
    ("The concert went ahead on Friday.", "Saturday's concert was cancelled."),
    ("The festival will go ahead next year.", "The festival was cancelled last year."),
    ("The march will go ahead on 3 May.", "The march on 10 May has been cancelled."),
    # the verb of another event: held by police, went ahead with a sale, did not hold
    ("Police held two men overnight.", "The fence collapsed."),
    ("The organisers went ahead with the sale.", "The sale was cancelled."),
    ("The barrier did not hold.", "The barrier collapsed."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_held_or_gone_ahead_against_its_opposite(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals
    assert paired


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_other_things_and_days_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


_CAUSES = [
    # the dev pair (kessbridge_boil_water): "linked X to Y" gives Y as the cause of X
    ("The contamination has been blamed on a fault with ultraviolet disinfection equipment "
     "at the Deneholt treatment works.",
     "The company has linked the contamination to a damaged seal on a roof inspection hatch "
     "at the 1938-built covered reservoir."),
    ("Investigators have linked the fire to a discarded cigarette.",
     "The fire was caused by an electrical fault, the fire service said."),
    ("The airline linked the delay to a staff shortage.",
     "The delay was blamed on a computer failure."),
    ("Engineers linked the blackout to a faulty transformer.",
     "The blackout was caused by a lightning strike."),
]

_CAUSES_SILENT = [
    # two caused things; one cause told twice
    ("Police have linked the attack to a gang feud.",
     "Police linked the robbery to the same gang."),
    ("The council linked the closure to falling visitor numbers.",
     "The closure was blamed on falling visitor numbers."),
    ("Engineers linked the blackout to a faulty transformer.",
     "The flooding was caused by a burst main."),
]


@pytest.mark.parametrize(("a", "b"), _CAUSES)
def test_a_linked_cause_against_another(nlp, config, a, b):
    comparison, paired = compare_pair(nlp, config, a, b)
    assert "cause" in [s.kind for s in comparison.signals], comparison.signals
    assert paired


@pytest.mark.parametrize(("a", "b"), _CAUSES_SILENT)
def test_one_cause_or_two_things_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "cause" not in [s.kind for s in comparison.signals], comparison.signals
