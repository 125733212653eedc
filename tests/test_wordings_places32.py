"""Places, plans, causes and services told two ways: an act agreed to against the act
refused (choices.py), a service suspended against one going on "as normal" (services.py),
one found thing by two named sides of a site (endplaces.py), a named business on two
streets (streets.addresses), a decision "prompted by" one thing and blamed on another
(causes.py)."""

from __future__ import annotations

import pytest

from consistency.structured.choices import choices
from tests.wordings import assert_paired_and_compared, compare_pair


def _signals(nlp, config, a, b, kind):
    signals, could = compare_pair(nlp, config, a, b)
    return [s for s in signals.signals if s.kind == kind], could


# --- an act agreed to against the act refused (choices.py) -------------------------------


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (glenarrow_lottery_syndicate)
    ("Cardinal Games has agreed to pay the syndicate in full, a spokesman confirmed on Tuesday.",
     "Cardinal Games said it would not pay out on the ticket and that its decision was final."),
    ("The council has agreed to fund the repairs to the sea wall.",
     "The council will not fund the repairs to the sea wall, a spokesman said."),
    ("The club promised to refund supporters who travelled to the match.",
     "The club said it would not refund supporters who travelled."),
    ("Halden Insurance pledged to cover the losses of the flooded shops.",
     "Halden Insurance said it will not cover the losses."),
])  # fmt: skip
def test_agreed_against_refused(nlp, config, a, b):
    # the plain "will" against "will not" of one act (negation.py) may speak first; the
    # dev pair's "pay out" needs the choice read here
    found, could = _signals(nlp, config, a, b, "negation")
    assert found
    assert could
    yes, no = (choices(nlp(s)) for s in (a, b))
    assert any(c.committed and not c.denied for c in yes), yes
    assert any(c.denied for c in no), no


def test_dev_pair_agreed_signal(nlp, config):
    found, _ = _signals(
        nlp, config,
        "Cardinal Games has agreed to pay the syndicate in full, a spokesman confirmed.",
        "Cardinal Games said it would not pay out on the ticket and that its decision was final.",
        "negation")
    assert any("agreed" in s.explanation for s in found), found


@pytest.mark.parametrize(("a", "b"), [
    # a choice made and one kept open do not clash
    ("The council has agreed to pay the contractor.",
     "The council is considering paying the contractor."),
    # not agreed, or refused: no choice made
    ("The council has not agreed to pay the contractor.",
     "The council will not pay the contractor."),
    ("The council refused to agree to pay the contractor.",
     "The council will not pay the contractor."),
    # two acts
    ("The firm has agreed to pay the syndicate in full.",
     "The firm will not appeal the ruling."),
])  # fmt: skip
def test_agreed_look_alikes_silent(nlp, config, a, b):
    found, _ = _signals(nlp, config, a, b, "negation")
    assert not [s for s in found if "agreed" in s.explanation], found


# --- a service suspended against one going on as normal (services.py) ---------------------


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (kestleigh_birth_unit_suspension)
    ("Third, and this is the bit nobody seems to have noticed: the home birth service is"
     " being suspended too, which the trust has been very quiet about.",
     "Our home birth service will continue as normal, and antenatal and postnatal clinics"
     " will remain at Kestleigh Community Hospital."),
    ("The night bus service was suspended on Friday after the assault.",
     "The night bus service will continue as normal, the operator said."),
    ("Bin collections were cancelled on Tuesday because of the snow.",
     "Bin collections will continue as normal this week, the council said."),
])  # fmt: skip
def test_suspended_against_continuing(nlp, config, a, b):
    found, could = _signals(nlp, config, a, b, "negation")
    assert any("in service" in s.explanation for s in found), found
    assert could


@pytest.mark.parametrize(("a", "b"), [
    # two kinds of service
    ("The night bus service was suspended on Friday.",
     "The train service will continue as normal, the operator said."),
    # something else going on as normal
    ("The ferry service was suspended on Friday.",
     "Talks with the unions will continue as normal."),
])  # fmt: skip
def test_service_look_alikes_silent(nlp, config, a, b):
    found, _ = _signals(nlp, config, a, b, "negation")
    assert not [s for s in found if "in service" in s.explanation], found


# --- one found thing by two named parts of a site (endplaces.py) --------------------------


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (brennock_stadium_evacuation): a rucksack is a bag
    ("The rucksack had been left in a toilet block beneath the East Stand, a police"
     " spokesman said.",
     "The bag was discovered in a toilet block beneath the North Stand."),
    ("The rucksack had been left in a toilet block beneath the East Stand, a police"
     " spokesman said.",
     "The bag had been left in a toilet block beneath the North Stand."),
    ("The stolen car was found in a car park beneath the West Tower.",
     "The vehicle was recovered from a car park beneath the East Tower."),
    ("A suitcase was found in a shed behind the North Terminal, the airport said.",
     "The bag was left in a shed behind the South Terminal."),
])  # fmt: skip
def test_found_by_two_parts_of_a_site(nlp, config, a, b):
    found, could = _signals(nlp, config, a, b, "location")
    assert found
    assert could


@pytest.mark.parametrize(("a", "b"), [
    # a car and a van are two things
    ("The car was found in a car park beneath the West Tower.",
     "The van was found in a car park beneath the East Tower."),
    # one part, told by two verbs
    ("The bag was left in a toilet block beneath the East Stand.",
     "The rucksack was found in a toilet block beneath the East Stand."),
    # two named structures, not two sides of one ("the Kessing Bridge", "the Tolley Bridge")
    ("The bag was found in a shed beneath the Kessing Bridge.",
     "The bag was found in a shed beneath the Tolley Bridge."),
    # one place without its part's name
    ("The bag was left in a toilet block.",
     "The bag was found in a toilet block beneath the North Stand."),
])  # fmt: skip
def test_found_place_look_alikes_silent(nlp, config, a, b):
    found, _ = _signals(nlp, config, a, b, "location")
    assert not found


# --- a named business on two streets (streets.addresses) -------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (glenarrow_lottery_syndicate)
    ("Harjit Bains, 47, has run Bains News on Mill Brae since taking over the business"
     " from his father.",
     "Mrs Kettley bought the ticket at Bains News on Carrick Street on her way home from a"
     " shift."),
    ("The fire started in the workshop at Kelso Motors on Bridge Street.",
     "Smoke was seen pouring from Kelso Motors on Tweed Road shortly after midnight."),
    ("Staff at the Harbour Bakery on Market Street raised the alarm.",
     "The owner of the Harbour Bakery on Station Road said trade had been brisk."),
    ("The meeting will be held at the Corn Exchange on Castle Street.",
     "Residents packed into the Corn Exchange on Bridge Street on Tuesday evening."),
])  # fmt: skip
def test_business_on_two_streets(nlp, config, a, b):
    found, could = _signals(nlp, config, a, b, "location")
    assert found
    assert could
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # a street and a town may be one place
    ("Mrs Kettley bought the ticket at Bains News in Glenarrow.",
     "Mrs Kettley bought the ticket at Bains News on Carrick Street."),
    # one street
    ("Harjit Bains has run Bains News on Carrick Street for ten years.",
     "Mrs Kettley bought the ticket at Bains News on Carrick Street."),
    # a branch of a chain: one of several
    ("The ticket was sold at a Tesco Express on Mill Road.",
     "Another ticket was sold at a Tesco Express on High Street."),
])  # fmt: skip
def test_business_street_look_alikes_silent(nlp, config, a, b):
    found, _ = _signals(nlp, config, a, b, "location")
    assert not found


# --- causes: "prompted by", and "on" hung on the object of "blamed" (causes.py) ------------


def _causes(nlp, config, a, b):
    return _signals(nlp, config, a, b, "cause")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (kestleigh_birth_unit_suspension)
    ("The decision was prompted by an unannounced inspection in August in which inspectors"
     " raised safety concerns about equipment.",
     "The Kestleigh and Wyre Valley Hospitals NHS Trust blamed the decision on a shortage of"
     " midwives rather than any problem with the care provided."),
    ("The strike was prompted by a row over pay.",
     "Union leaders blamed the strike on plans to close the depot."),
    ("The closure was prompted by falling visitor numbers, the museum said.",
     "Trustees blamed the closure on the cost of repairs to the roof."),
    ("A faulty signal prompted the derailment, investigators said.",
     "The operator blamed the derailment on a broken rail."),
])  # fmt: skip
def test_two_causes_prompted_and_blamed(nlp, config, a, b):
    found, could = _causes(nlp, config, a, b)
    assert found
    assert could


@pytest.mark.parametrize(("a", "b"), [
    # one cause told two ways
    ("The decision was prompted by an unannounced inspection.",
     "The trust blamed the decision on the inspection."),
    # two caused things
    ("The evacuation was prompted by a gas leak.",
     "The council blamed the delay on the weather."),
])  # fmt: skip
def test_prompted_look_alikes_silent(nlp, config, a, b):
    found, _ = _causes(nlp, config, a, b)
    assert not found
