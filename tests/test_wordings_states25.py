"""Wordings of a happening told by one source and denied by another (round 25): a state of
emergency declared or not (acts.py), a broader kind under "no" ("no patient data was
lost") against a narrower thing told ("we lost the notes"; nobody_denial.py), a substance
or a thing reaching water or not (plunges.py), one thing striking another or not
(impacts.py); and events that only pick out whom a sentence addresses or class a thing
("patients who have not been contacted should attend", "is data lost": addressed.py),
which tell nothing either way."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (kilverton_hospital_it_outage)
    ("The board declared a critical incident at 6am on Monday and activated its business "
     "continuity plans.",
     "The health board has not declared a critical incident, but it says it has brought in "
     "extra staff and is working with its supplier to get systems back as soon as possible."),
    # other stories: a flood, a storm, an outbreak; the passive
    ("The council declared a major incident after the river burst its banks.",
     "The council has not declared a major incident, a spokesman said."),
    ("The governor declared a state of emergency on Friday as the storm approached.",
     "The governor did not declare a state of emergency."),
    ("A major incident was declared by the trust on Tuesday as cases rose.",
     "The trust did not declare a major incident."),
])  # fmt: skip
def test_emergency_declared_and_denied(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: another declarer, a declaration of another thing, a condition
    ("A major incident was declared by the trust on Tuesday.",
     "The police did not declare a major incident."),
    ("The minister declared the bridge safe.",
     "The council has not declared a major incident."),
    ("The council declared a major incident on Monday.",
     "The council will declare a major incident if the river rises further."),
])  # fmt: skip
def test_other_declarations_stay_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the dev pair (kilverton_hospital_it_outage)
    ("There is no evidence of a cyber attack, and no patient data was lost.",
     "We lost the notes from the last few hours before the crash - observations, drug "
     "administrations, a couple of my own ward round entries - and they simply weren't "
     "there when the system came back."),
    # other stories: a bank hack, a council breach, a firm's error, a fuel spill
    ("No customer data was stolen in the attack, the bank said.",
     "Hackers stole the records of 40,000 customers in the attack."),
    ("No personal information was accessed, the council said.",
     "The hackers accessed files holding staff payroll details."),
    ("No data was deleted, the firm said.",
     "The engineer deleted the backup files by mistake."),
])  # fmt: skip
def test_broader_kind_denied_covers_the_thing_told(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: a narrower denial says nothing of the broader kind, nor of a sibling
    ("No patient records were lost.", "Patient data was lost in the crash."),
    ("No cars were damaged in the fire.", "A lorry was damaged in the fire."),
    # the dev false flags (kilverton_hospital_it_outage): a class, whom advice addresses
    ("I can reassure people that no patient data was lost, and we will be carrying out a "
     "full review with our supplier.",
     "But from a clinical point of view, a gap of a few hours in someone's obs chart is data "
     "lost, and we should be honest about that so it can be fixed properly next time."),
    ("Patients who have not been contacted should attend as normal.",
     "All affected patients have been contacted and offered new dates."),
    # other wordings of whom advice addresses, and of a class
    ("Customers who have not received a refund should call the bank.",
     "All customers have received a refund."),
    ("Residents who were not evacuated are asked to stay indoors.",
     "All residents were evacuated overnight."),
    ("Every hour the line is shut is money lost, the union said.",
     "No money was lost during the closure, the company said."),
])  # fmt: skip
def test_no_denial_told(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: the event itself denied, or a relative clause told as fact
    ("Affected patients have not been contacted, the union said.",
     "All affected patients have been contacted and offered new dates."),
    ("The patients who were not contacted arrived for surgery on Monday.",
     "All affected patients have been contacted and offered new dates."),
    ("The report said data was lost during the upgrade.",
     "I can reassure people that no patient data was lost."),
])  # fmt: skip
def test_denials_still_clash(nlp, config, a, b):
    assert "negation" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (m47_lorry_oil_spill)
    ("None of the oil reached the nearby Kessel Brook, the Rivers and Land Agency "
     "confirmed, after booms were laid across a drainage ditch.",
     "But some of it did end up in the Kessel Brook - my neighbour walks his dog down there "
     "every afternoon, and yesterday he saw a sheen on the water."),
    # other stories: a tanker, a slurry leak, a chemical plant, a fuel spill
    ("The agency said no oil had entered the watercourse.",
     "Some of the oil found its way into the Kessel Brook, anglers said."),
    ("No fuel reached the river, the agency said.",
     "Diesel leaked into the River Wenn after the tanker overturned."),
    ("Some of the slurry found its way into a stream.",
     "No slurry entered the stream, the farm said."),
    ("Officials said no chemicals had reached Lake Orrin.",
     "Some of it was washed into Lake Orrin by the rain."),
])  # fmt: skip
def test_reaching_water_told_and_denied(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: "it" into another water, another thing, a way found elsewhere
    ("No fuel reached the river, the agency said.",
     "Some of it was washed into Lake Orrin by the rain."),
    ("The agency said no oil had entered the watercourse.",
     "The lorry found its way into a ditch."),
    ("No diesel reached the river, the agency said.",
     "Fuel leaked into the river after the crash."),
])  # fmt: skip
def test_other_water_or_thing_stays_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (kettlewick_balloon)
    ("According to two people who watched the descent from a nearby lane, the basket "
     "clipped a set of overhead power lines moments before it hit the ground, causing a "
     "bright flash and a loud crack.",
     "But the electricity network operator, Marsh Grid, said engineers had inspected the "
     "line beside the field and found no sign of contact."),
    ("Yes, the basket did hit the power lines.",
     "But the electricity network operator, Marsh Grid, said engineers had inspected the "
     "line beside the field and found no sign of contact."),
    # other stories: an airport, a harbour, a crane
    ("The jet's wing grazed the mast as it took off.",
     "The jet narrowly missed the mast, the airport said."),
    ("The barge collided with the pier, witnesses said.",
     "There was no collision with the pier, the harbour master said."),
    ("The crane's jib clipped the roof of the school.",
     "The jib did not touch the roof, the contractor said."),
])  # fmt: skip
def test_contact_told_and_denied(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # look-alikes: another thing struck, advice to keep away, an attempt, a person
    ("The drone struck the turbine blade.",
     "Investigators found no sign of contact between the drone and the aircraft."),
    ("The storm hit the area overnight.", "Police asked drivers to avoid the area."),
    ("The basket hit the power lines.", "The pilot tried to avoid the power lines."),
    ("The crane's jib clipped the roof of the school.",
     "The council has had no contact with the contractor since Monday."),
])  # fmt: skip
def test_other_contacts_stay_silent(nlp, config, a, b):
    assert "negation" not in _kinds(nlp, config, a, b)
