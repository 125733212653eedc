"""Session 19 wordings of PEOPLE: ages told of a definite role noun ("the driver, 67")
and of a standalone age noun after a named person ("The 58-year-old" after "Pete
Lannigan"), offices told by a noun before an apposed name ("The hotel's head chef, Helen
Garside", "Deputy headteacher Claire Dunmore"), an organisation and its initials as one
body ("NSGN" / "Northern Shire Gas Networks"), "chair" as the chairman's office."""

from __future__ import annotations

import pytest

from consistency.structured.aliases import build_aliases
from consistency.structured.conflicts import compare
from tests.wordings import claims_and_frames, compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals], comparison.signals


def _age(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s for s in comparison.signals if s.kind == "number" and "age of" in s.explanation]


ROLE_AGES = [
    # dev (tarnwick_school_bus_breakdown): the driver's age
    ("The driver, 67, stayed on board with the pupils and used the bus radio.",
     "The 57-year-old driver stayed with the pupils throughout."),
    ("The driver, who is 67, stayed with them the whole time.",
     "The 57-year-old driver stayed with the pupils throughout."),
    # a lorry crash, a trawler, a balloon
    ("The lorry driver, aged 52, was taken to hospital.",
     "The 57-year-old lorry driver was taken to hospital."),
    ("The skipper, 54, was airlifted to hospital.",
     "The 45-year-old skipper was airlifted to hospital."),
    ("The 58-year-old instructor said the group had been well prepared.",
     "The instructor, 63, said the group had been well prepared."),
    # one "of" phrase on both sides: one role
    ("The driver of the car, 45, was unhurt.",
     "The 67-year-old driver of the car was taken to hospital."),
]

ROLE_AGES_SILENT = [
    # one age in both
    ("The driver, 67, stayed on board.", "The 67-year-old driver stayed with the pupils."),
    # two roles: compounds differ, or one side has none
    ("The car driver, 34, was unhurt.", "The lorry driver, 52, was taken to hospital."),
    ("The lorry driver, aged 52, was taken to hospital.",
     "The 57-year-old driver was taken to hospital."),
    # an indefinite noun brings in someone new
    ("A 42-year-old driver was arrested.", "The driver, 67, stayed on board."),
    # no role noun: a story may tell of several men
    ("The man, 34, was arrested.", "The 43-year-old man was taken to hospital."),
    # a named person's age is ages.py's
    ("The driver, Tom Hale, 67, stayed on board.", "The 57-year-old driver stayed on board."),
    # denied
    ("The driver is not 67, the company said.", "The 57-year-old driver stayed on board."),
    # another mark on the noun: another driver, or a superlative (described_ages.py)
    ("The other driver, 34, was unhurt.", "The 52-year-old driver was taken to hospital."),
    # an "of" phrase says whose driver, as a compound does
    ("The driver of the car, 45, was unhurt.",
     "The driver of the lorry, 67, was taken to hospital."),
    ("The driver of the lorry, 45, was unhurt.", "The driver, 67, stayed on board."),
    ("The 45-year-old driver of the car was unhurt.", "The driver, 67, stayed on board."),
    # a possessive is another mark too
    ("The lorry's driver, 45, was unhurt.", "The driver, 67, stayed on board."),
    ("The youngest member of the group was 14.", "The oldest member of the group was 16."),
]


@pytest.mark.parametrize(("a", "b"), ROLE_AGES)
def test_definite_role_noun_given_two_ages(nlp, config, a, b):
    assert _age(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), ROLE_AGES_SILENT)
def test_role_ages_one_age_two_roles_or_no_role_stay_silent(nlp, config, a, b):
    assert not _age(nlp, config, a, b)


def _story_ages(nlp, config, docs: dict[str, list[str]], a: str, b: str):
    """The age signals between the claims ``a`` and ``b`` of a small story."""
    claims, frames = claims_and_frames(nlp, docs)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    ca = next(c for c in claims if c.text == a)
    cb = next(c for c in claims if c.text == b)
    comparison = compare(frames[ca.id], frames[cb.id], table, config.score, "A", "B")
    return [s for s in comparison.signals if s.kind == "number" and "age of" in s.explanation]


_NAMED = "Head groundsman Pete Lannigan found the damage when he arrived at about 6.40am."
_BETWEEN = "Vandals had dug eleven holes in the playing strip."
_STANDALONE = ("The 58-year-old, who has prepared pitches at Quarry Road for more than two "
               "decades, said he had never seen anything like it.")
_WIRE = "Head groundsman Pete Lannigan, 54, discovered the damage."


@pytest.mark.parametrize("echo", [
    # dev (ashcombe_pitch_vandalism): the groundsman's age, a sentence or two after his name
    [_NAMED, _STANDALONE],
    [_NAMED, _BETWEEN, _STANDALONE],
])  # fmt: skip
def test_standalone_age_noun_is_the_person_named_before(nlp, config, echo):
    docs = {"echo.html": echo, "wire.txt": [_WIRE]}
    assert _story_ages(nlp, config, docs, _STANDALONE, _WIRE)


@pytest.mark.parametrize("echo", [
    # two people named before it: which one is meant is not told
    ["Pete Lannigan and Anna Holt found the damage at about 6.40am.", _STANDALONE],
    # another person brought in by an age between them
    [_NAMED, "A 19-year-old man was arrested on Thursday afternoon.", _STANDALONE],
    # nobody named before it
    [_BETWEEN, _STANDALONE],
])  # fmt: skip
def test_standalone_age_noun_without_one_person_before_stays_silent(nlp, config, echo):
    docs = {"echo.html": echo, "wire.txt": [_WIRE]}
    assert not _story_ages(nlp, config, docs, _STANDALONE, _WIRE)


OFFICES = [
    # dev (brenhallow_wedding_food_poisoning): Helen Garside's office
    ("The hotel's head chef, Helen Garside, said she was devastated.",
     "Helen Garside, general manager of Kestrel Hall, said the hotel was cooperating."),
    ("The hotel's head chef, Helen Garside, said she was devastated.",
     "Helen Garside, the hotel's general manager, said staff were helping."),
    # dev (brackenmoor_school_boiler_failure): a deputy's office against the office itself
    ("Deputy headteacher Claire Dunmore said staff had done everything possible.",
     "Headteacher Claire Dunmore said the decision to close was taken reluctantly."),
    ("Deputy headteacher Claire Dunmore said staff had done everything possible.",
     "Our headteacher, Claire Dunmore, has been brilliant at keeping us updated."),
    ("Acting harbour master Ingrid Falk said the port would reopen.",
     "The port's harbour master, Ingrid Falk, said the port would reopen."),
    # dev (thornwell_gas_leak): an organisation and its initials are one body
    ("Gillian Farrow, incident manager for NSGN, said the area was safe.",
     "Gillian Farrow, the chief executive of Northern Shire Gas Networks, visited the scene."),
]

OFFICES_SILENT = [
    # a person's relation is no office
    ("The rider's teammate, Tomas Vrba, said he was shocked.",
     "Tomas Vrba, the team's captain, said he was shocked."),
    ("The victim's neighbour, Joan Whitlock, said she heard a bang.",
     "Joan Whitlock, chair of the residents' association, said she heard a bang."),
    # the name is apposed to the object of a preposition, not to the head noun
    ("The life of this American citizen, Barack Obama, changed.",
     "Barack Obama, the club's chairman, spoke."),
    # a plural noun tells what several people were, no office
    ("It was placed by Revolutionary War luminaries Samuel Adams and Paul Revere.",
     "It was placed in 1795 by Governor Samuel Adams, Paul Revere, and William Scollay."),
    # a deputy and a head who are two people
    ("Deputy headteacher Claire Dunmore said staff had done everything possible.",
     "Headteacher Mark Ellis said the decision to close was taken reluctantly."),
    # one office told two ways: "chair" is the chairman's office
    ("Derek Pannell, chair of the Friends group, said the response was huge.",
     "Derek Pannell, 67, who chairs the Friends of Mill Green, said it was butchered."),
    # the parse's "executive" of "the chief executive" is no other office
    ("Gillian Farrow, the chief executive of Northern Shire Gas Networks, visited.",
     "Gillian Farrow, NSGN chief executive, said the area was safe."),
    # two bodies by name, neither the other's initials
    ("Gillian Farrow, incident manager for NSGN, said the area was safe.",
     "Gillian Farrow, the chief executive of Kellan Civils, visited the scene."),
]


@pytest.mark.parametrize(("a", "b"), OFFICES)
def test_one_person_given_two_offices(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "role" in kinds, signals


@pytest.mark.parametrize(("a", "b"), OFFICES_SILENT)
def test_relations_one_office_or_two_people_stay_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "role" not in kinds, signals


def _event_years(nlp, sentence: str) -> list[float]:
    """The "year" quantities the sentence's events count (an age told as one)."""
    claims, frames = claims_and_frames(nlp, {"a.txt": [sentence]})
    frame = frames[claims[0].id]
    return [q.low for e in frame.events for q in e.quantities if q.unit == "year"]


@pytest.mark.parametrize("sentence", [
    # dev (thornvale_skyreaper_crash): a named person's age is that person's (ages.py),
    # no count of the event: "a 38-year-old man" of another source is someone else
    "Darren Foley, a 41-year-old man from Milcaster, was treated for cuts and whiplash.",
    "Darren Foley, 41, was treated for cuts and whiplash at the scene.",
])  # fmt: skip
def test_named_persons_age_is_no_event_count(nlp, sentence):
    assert _event_years(nlp, sentence) == []


def test_unnamed_persons_age_stays_the_events(nlp):
    # "arrested a 43-year-old man" against "a 34-year-old man": one arrest, two ages
    assert _event_years(nlp, "Police arrested a 43-year-old man on Tuesday.") == [43.0]


def test_one_word_names_age_stays_the_events(nlp):
    # dev (halvern_zoo_leopard): "Nima, a four-year-old male snow leopard" is no person
    # ages.py compares, so the leopard's age stays the escape's
    assert _event_years(nlp, "Nima, a four-year-old male snow leopard, was recaptured.") == [4.0]


# Review fixes (fix3): a noun of a person's ending that names a thing ("the number", "the
# tower", "the tanker": persons.agent_word) holds no role age; a possessor named by any
# person noun ("the officer's", "the boy's": persons.names_person) is a person, no body.
@pytest.mark.parametrize(("a", "b"), [
    ("The number to call is 101.", "The number to call is 999."),
    ("The tower, 60, was evacuated.", "The 45-year-old tower was evacuated."),
    ("The tanker, 40, was carrying diesel.", "The 12-year-old tanker was carrying diesel."),
    ("The committee, 12, will report in May.", "The committee, 9, will report in May."),
])  # fmt: skip
def test_thing_nouns_of_a_persons_ending_hold_no_role_age(nlp, config, a, b):
    assert not _age(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The officer's colleague, Jo Bell, said she was shocked.",
     "Jo Bell, the club's secretary, said she was shocked."),
    ("The boy's coach, Jo Bell, said she was shocked.",
     "Jo Bell, the club's secretary, said she was shocked."),
])  # fmt: skip
def test_a_persons_relation_by_any_person_noun_is_no_office(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "role" not in kinds, signals


@pytest.mark.parametrize(("word", "doer"), [
    ("driver", True), ("skipper", True), ("groundsman", True), ("instructor", True),
    ("river", False), ("water", False), ("tower", False), ("order", False),
    ("number", False), ("border", False), ("tanker", False), ("committee", False),
])
def test_agent_word_is_no_thing_noun(word, doer):
    from consistency.structured.persons import agent_word

    assert agent_word(word) is doer
