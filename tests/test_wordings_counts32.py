"""Counts of people and things, and ages, told in other shapes (session 17, counts32):

- an age after a name the tagger drew wider (a sentence's first word naming a role:
  "Organiser Maureen Kettley, 63"), after an honorific ("Mrs Kettley, 58") or after a
  given name alone ("Maureen, 58"): each is the one full name of its document (ages.py);
- a count of things in a lasting state told with a verb of being ("14 posts sitting
  empty", "nine posts were vacant", "nine of the unit's posts are vacant": counts.py);
- the size of one group ("the 11 members of the syndicate", "the syndicate of 14
  colleagues", "the 14-member syndicate": groupsizes.py);
- those told what they themselves must or will do ("all 412 pupils have been told they
  will not be back") are those an order reaches, as "told to stay at home" (orderreach.py).
"""

from __future__ import annotations

import pytest

from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import structured_pairs
from consistency.structured.conflicts import compare, could_conflict
from tests.wordings import claims_and_frames, compare_pair


def _signals(nlp, config, docs: dict[str, list[str]], word: str) -> list[str]:
    """Explanations holding ``word`` of every candidate pair of the folder ``docs``."""
    claims, frames = claims_and_frames(nlp, docs)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    out = []
    for x, y in structured_pairs(claims, frames):
        fx, fy = frames[x.id], frames[y.id]
        if could_conflict(fx, fy, table):
            found = compare(fx, fy, table, config.score, "A", "B").signals
            out += [s.explanation for s in found if word in s.explanation]
    return out


# --- ages ------------------------------------------------------------------------------

AGE_CLASH = [
    # the dev pairs (glenarrow_lottery_syndicate): a role word, an honorific, a given name
    ({"wire.txt": ['Organiser Maureen Kettley, 63, said the group was "devastated".'],
      "paper.html": ["The syndicate is run by organiser Maureen Kettley.",
                     "Mrs Kettley, 58, has run the syndicate since it was first set up."]}),
    ({"wire.txt": ['Organiser Maureen Kettley, 63, said the group was "devastated".'],
      "blog.txt": ["I know Maureen Kettley a little, like most people here do.",
                   "Maureen, 58, is the kind of driver who waits for you."]}),
    # other stories: a coach, a shopkeeper, a spokeswoman
    ({"wire.txt": ["Coach Daniel Ferreira, 47, said the squad was ready."],
      "tv.txt": ["The Harlow coach Daniel Ferreira spoke after the match.",
                 "Mr Ferreira, 52, joined the club in 2019."]}),
    ({"wire.txt": ["Shopkeeper Priya Nandakumar, 39, saw the van drive off."],
      "blog.txt": ["Priya Nandakumar has run the corner shop for years.",
                   "Priya, 44, says she will not be moving."]}),
]

AGE_SILENT = [
    # the look-alike: two people's ages
    ({"feed.json": ["Harjit Bains, 47, has run Bains News since taking over from his father."],
      "paper.md": ["The 58-year-old organiser, Maureen Kettley, said she burst into tears."]}),
    # an honorific of a surname two people of the document bear stays unresolved
    ({"wire.txt": ["Coach Daniel Ferreira, 47, said the squad was ready."],
      "tv.txt": ["Daniel Ferreira and his brother Luis Ferreira run the club.",
                 "Mr Ferreira, 52, joined the club in 2019."]}),
    # a given name two full names of the document start with stays unresolved
    ({"wire.txt": ["Shopkeeper Priya Nandakumar, 39, saw the van drive off."],
      "blog.txt": ["Priya Nandakumar and Priya Sethi both work on the street.",
                   "Priya, 44, says she will not be moving."]}),
    # one age told the same way twice
    ({"wire.txt": ["Organiser Maureen Kettley, 58, said the group was devastated."],
      "paper.html": ["The syndicate is run by organiser Maureen Kettley.",
                     "Mrs Kettley, 58, has run the syndicate since it was first set up."]}),
]


@pytest.mark.parametrize("docs", AGE_CLASH)
def test_age_behind_a_role_honorific_or_given_name(nlp, config, docs):
    assert _signals(nlp, config, docs, "age of")


@pytest.mark.parametrize("docs", AGE_SILENT)
def test_ages_of_two_people_or_one_age_stay_silent(nlp, config, docs):
    assert not _signals(nlp, config, docs, "age of")


# --- things in a lasting state, told with a verb of being ---------------------------------

STATE_CLASH = [
    # the dev pairs (kestleigh_birth_unit_suspension)
    ("The unit has 14 midwife posts sitting empty, according to staff I've spoken to.",
     "Nine of the unit's midwife posts are currently vacant, according to the trust."),
    ("The unit has 14 midwife posts sitting empty, according to staff I've spoken to.",
     "The trust said nine midwife posts at the centre were vacant."),
    # other stories: homes, hotel rooms, shop units
    ("Some 40 council homes in Ardley are lying empty, the report found.",
     "Twenty-two council homes in Ardley are vacant, the council said."),
    ("Twelve of the hotel's rooms remain unoccupied after the flood.",
     "The hotel has 30 rooms sitting empty after the flood."),
    ("Eight shop units on Bridge Street stand empty.",
     "Fifteen of the shop units on Bridge Street are vacant."),
]

STATE_SILENT = [
    # the look-alike: funded posts and midwives in post are no vacancies
    ("The centre has 32 funded midwife posts.", "23 midwives currently work at the unit."),
    # a part of a group told by what it is, not by a lasting state
    ("Nine of the syndicate's members are bus drivers, Mrs Kettley said.",
     "The 11 members of the depot syndicate are the people who drive our buses."),
    # two states: vacant and filled
    ("Nine midwife posts at the centre are vacant.",
     "The centre has 14 midwife posts filled by agency staff."),
    # one count told two ways
    ("The unit has nine midwife posts sitting empty.",
     "Nine of the unit's midwife posts are currently vacant."),
]


def _numbers(nlp, config, a, b):
    comparison, ok = compare_pair(nlp, config, a, b)
    return [s for s in comparison.signals if s.kind == "number"], ok


@pytest.mark.parametrize(("a", "b"), STATE_CLASH)
def test_things_in_one_lasting_state_counted_twice(nlp, config, a, b):
    found, ok = _numbers(nlp, config, a, b)
    assert found and ok, found
    assert _signals(nlp, config, {"a.txt": [a], "b.txt": [b]}, "")


@pytest.mark.parametrize(("a", "b"), STATE_SILENT)
def test_no_lasting_state_count_clash(nlp, config, a, b):
    assert not _numbers(nlp, config, a, b)[0]


# --- the size of one group -----------------------------------------------------------------

GROUP_CLASH = [
    # the dev pairs (glenarrow_lottery_syndicate)
    ("The 11 members of the depot syndicate are the people who get our kids to school.",
     "The syndicate of 14 colleagues at the Strathkeld Buses depot has played for years."),
    ("The 11 members of the depot syndicate are the people who get our kids to school.",
     "The 14-member syndicate, made up of staff at the depot, matched all six numbers."),
    # other stories: a choir, a rescue team, a crowd
    ("The choir of 40 singers performed at the cathedral on Sunday.",
     "The 32-member choir sang at the cathedral on Sunday evening."),
    ("A team of 12 engineers worked through the night on the bridge.",
     "The eight members of the team repaired the bridge overnight."),
    ("A crowd of 5,200 watched the final at Kellow Park.",
     "A crowd of 3,100 saw the final at Kellow Park."),
]

GROUP_SILENT = [
    # the look-alike: nine members are a part, the 14 colleagues the whole
    ("Nine of the syndicate's members are bus drivers, Mrs Kettley said.",
     "The syndicate of 14 colleagues at the Strathkeld Buses depot has played for years."),
    # one size told two ways; rounding; two groups
    ("The syndicate of 14 colleagues has played the same numbers for years.",
     "The 14-member syndicate matched all six numbers."),
    ("A crowd of 18,412 was inside the ground.", "A crowd of about 18,000 saw the match."),
    ("The choir of 40 singers performed at the cathedral.",
     "The orchestra of 60 musicians played at the cathedral."),
    # a bound, a total and a measure are no group's size
    ("A crowd of more than 2,000 gathered outside.", "A crowd of 1,500 gathered outside."),
    ("A total of 27 papers were rejected.", "A total of 12 papers were marked again."),
]


@pytest.mark.parametrize(("a", "b"), GROUP_CLASH)
def test_one_group_of_two_sizes(nlp, config, a, b):
    comparison, ok = compare_pair(nlp, config, a, b)
    assert any("size of the" in s.explanation for s in comparison.signals), comparison.signals
    assert ok
    assert _signals(nlp, config, {"a.txt": [a], "b.txt": [b]}, "size of the")


@pytest.mark.parametrize(("a", "b"), GROUP_SILENT)
def test_no_group_size_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("size of the" in s.explanation for s in comparison.signals), comparison.signals


# --- those told what they themselves must or will do ---------------------------------------

ORDER_CLASH = [
    # the dev pair (marrowfield_water_main)
    ("Nearly 600 children have been told to stay at home.",
     "All 412 pupils have been told they will not be back in the building this week."),
    # other stories: residents, passengers
    ("About 300 residents were told to leave their homes.",
     "The 120 residents of the block were told they must leave their homes."),
    ("Some 90 passengers were advised they should stay on board.",
     "Forty passengers were told to stay on board."),
]

ORDER_SILENT = [
    # told news, not what they must or will do; one count told two ways
    ("About 300 residents were told to leave their homes.",
     "Some 120 residents were told that a fire had broken out nearby."),
    ("Nearly 600 children have been told to stay at home.",
     "The school's 580 pupils have been told they will not be back this week."),
]


@pytest.mark.parametrize(("a", "b"), ORDER_CLASH)
def test_those_told_what_they_must_do_are_under_one_order(nlp, config, a, b):
    found, ok = _numbers(nlp, config, a, b)
    assert found and ok, found


@pytest.mark.parametrize(("a", "b"), ORDER_SILENT)
def test_told_news_or_one_count_stays_silent(nlp, config, a, b):
    assert not _numbers(nlp, config, a, b)[0]


@pytest.mark.parametrize(("a", "b"), [
    # parts of a party (veldmoor_avalanche) are no sizes of it
    ("Four members of the party were injured, and two escaped without a scratch.",
     "An avalanche swept away a party of nine ski tourers on the Grisspitz."),
    ("Two members of the party came through unscathed.",
     "Four members of the party were injured in the slide."),
])  # fmt: skip
def test_members_of_a_group_without_the_are_a_part(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("size of the" in s.explanation for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # an event's undergoers are no group's size (mixed real news)
    ("He was freed in exchange for the release of the five senior officials held at the base.",
     "The release of seven other journalists and aid workers reportedly cost $26.5 million."),
    ("The evacuation of 300 residents began at dawn.",
     "The evacuation of 450 residents was completed by noon."),
])  # fmt: skip
def test_undergoers_of_an_event_are_no_group_size(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("size of the" in s.explanation for s in comparison.signals), comparison.signals
