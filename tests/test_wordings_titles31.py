"""Round 31 wordings: a deputy's office against the office itself (offices.py,
conflicts._deputy_signals), ages of a name the tagger drew wider (ages._core), and two
named groups as doers of one act (conflicts._filler_names)."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

DEPUTY = [
    # the dev pairs (tarnwick_ship_aground, ashcombe_tree_felling)
    ("Harbour master Ingrid Falk told the Gazette the port remained open.",
     "Deputy harbour master Ingrid Falk said the port would stay open."),
    ("We spoke a short while ago to the harbour master, Ingrid Falk.",
     "Deputy harbour master Ingrid Falk said the port would stay open."),
    ("Deputy council leader Hannah Osei has been the public face of the council.",
     "Council leader Hannah Osei said she was sorry."),
    ("Deputy council leader Hannah Osei has been the public face of the council.",
     "Council Leader Cllr Hannah Osei said the council was sorry."),
    # other kinds of story: a school, a police force, a fire station
    ("Acting head teacher Jo Bell closed the school on Monday.",
     "Head teacher Jo Bell closed the school on Monday."),
    ("The school's head teacher, Jo Bell, closed the school.",
     "Acting head teacher Jo Bell closed the school on Monday."),
    ("Assistant chief constable Mark Hale said the force would review the case.",
     "Chief constable Mark Hale said the force would review the case."),
    ("Station manager Ola Berg said the fire was out.",
     "Ola Berg, the deputy station manager, said the fire was out."),
]

DEPUTY_SILENT = [
    # a former office is no claim about the present one
    ("Former harbour master Ingrid Falk said the port would stay open.",
     "Deputy harbour master Ingrid Falk said the port would stay open."),
    ("Ola Berg, a former deputy station manager, said the fire was out.",
     "Station manager Ola Berg said the fire was out."),
    # one office told twice; an office of a named body against the bare office
    ("Deputy harbour master Ingrid Falk said the port would stay open.",
     "Deputy harbour master Ingrid Falk said the port was shut."),
    ("Council leader Hannah Osei said she was sorry.",
     "Hannah Osei, leader of Ashcombe council, said she was sorry."),
    # two people
    ("Deputy harbour master Ingrid Falk said the port would stay open.",
     "Harbour master Tomas Lind said the port would stay open."),
]


@pytest.mark.parametrize(("a", "b"), DEPUTY)
def test_deputy_against_the_office_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), DEPUTY_SILENT)
def test_one_office_or_a_former_one_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


AGES = [
    # the dev pairs (portvenna_wheel_stranding; kestrelford's "Vrba" needs its document)
    ("Grandmother Margaret Ellery, 74, was among the passengers stuck near the top.",
     "Margaret Ellery, 71, from Dunmore, was among those stuck near the top of the wheel."),
    ("Grandmother Margaret Ellery, 74, was among the passengers stuck near the top.",
     "Among them was seventy-one-year-old Margaret Ellery, from Dunmore."),
    ("Among those taken to hospital was the overall leader, 27-year-old Tomas Vrba of "
     "Team Halvorsen.", "Tomas Vrba, 24, was treated at the roadside."),
    # other stories: a fire, a court, a rescue
    ("Widow Ann Porter, 82, was led from the burning house.",
     "Ann Porter, 79, was led from the burning house by neighbours."),
    ("The court heard that 45-year-old Mark Dunn of Hillside Road had denied the charge.",
     "Mark Dunn, 54, denied the charge."),
    ("Mayor Jane Holt, 61, opened the fair.", "Jane Holt, 58, opened the fair."),
]

AGES_SILENT = [
    # two people of one story: a grandmother and her grandson
    ("Grandmother Margaret Ellery, 74, was stuck near the top.",
     "Her grandson Sam Ellery, 9, was stuck near the top."),
    # one age told twice
    ("Grandmother Margaret Ellery, 74, was stuck near the top.",
     "Margaret Ellery, 74, from Dunmore, was stuck near the top."),
]


@pytest.mark.parametrize(("a", "b"), AGES)
def test_two_ages_of_one_person_flag(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "number" and "age of" in s.explanation
               for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), AGES_SILENT)
def test_other_people_or_one_age_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("age of" in s.explanation for s in comparison.signals), comparison.signals


GROUPS = [
    # the dev pairs (harrowmere_budget_vote)
    ("The successful amendment of the night was tabled by the Green group, the council "
     "confirmed.", "The only amendment to succeed, tabled by the Independent group, moved "
     "£310,000 from the highways reserve into the libraries budget."),
    ("The successful amendment of the night was tabled by the Green group, the council "
     "confirmed.", "The Independent group, led by Tanya Mercer, tabled the only successful "
     "amendment of the night."),
    # other stories: a strike, a lawsuit
    ("The strike was called by the GMB union.", "The Unite union called the strike."),
    ("The lawsuit was filed by the Sierra group on Monday.",
     "The Harbor group filed the lawsuit on Monday."),
]

GROUPS_SILENT = [
    # one group, its short name
    ("The strike was called by the GMB union.", "GMB called the strike on Friday."),
    # the claim names both groups: one with the other
    ("The amendment was tabled by the Green group.",
     "The Independent group tabled the amendment with the Green group."),
]


@pytest.mark.parametrize(("a", "b"), GROUPS)
def test_two_named_groups_doing_one_act_flag(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), GROUPS_SILENT)
def test_one_group_stays_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


HOLDERS_SILENT = [
    # a family name written first: two given names, two people of one family
    ("North Korean leader Kim Il-sung founded the state.",
     "North Korean leader Kim Jong-un was pictured limping."),
]
HOLDERS = [
    ("Council leader Dennis Audley opened the debate.",
     "Council leader Dennis Aubrey opened the debate."),
    ("Mayor Jane Smith-Jones opened the fair.", "Mayor Jane Smith-Green opened the fair."),
]


@pytest.mark.parametrize(("a", "b"), HOLDERS_SILENT)
def test_family_name_first_is_no_given_name(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), HOLDERS)
def test_one_office_two_surnames_flags(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


COSTS_SILENT = [
    # "a cost of $500 for versions ...": the cost of the versions, not of anything
    ("iGen reports Apple is looking to field the Apple Watch at a proposed retail cost of "
     "$500 for versions with stainless steel cases.",
     "The vanilla variant of Apple's newest wrist-worn wearable device only costs $349."),
    ("The firm priced the scheme at a total cost of £2m for the two bridges.",
     "The footbridge alone cost £900,000, the firm said."),
]
COSTS = [
    ("The council agreed a cost of £5m for the new bridge.",
     "The council said the new bridge cost £8m."),
]


@pytest.mark.parametrize(("a", "b"), COSTS_SILENT)
def test_costs_of_two_things_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("cost" in s.explanation for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), COSTS)
def test_one_things_two_costs_flag(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
