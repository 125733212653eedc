"""Wordings of times of day and days (round 19): a clause joined by "and" with its own
subject keeps its own day ("and two were still there on Monday"), an event asked about
by "when" tells no time, not even the story's day; the doer a clause leaves to the
sentence around it ("when he arrived", "three people arriving": impliedsubjects.py), so
two goings of different movers are not one told at two times; a machine that "broke
down" gave out, as one that "failed" did, told at a part of the day with "mid"
("mid-morning"), and a thing named by its broader noun ("the vehicle") may be the one
that broke down ("the bus"). Each with the look-alikes."""

from __future__ import annotations

import pytest

from consistency.structured.timeanchor import find_clock_spans
from tests.wordings import claims_and_frames, compare_pair


def _kinds(nlp, config, a, b, published="2025-06-16"):
    comparison, _ = compare_pair(nlp, config, a, b, published)
    return [s.kind for s in comparison.signals], comparison.signals


# A day told in a conjunct clause of its own is that clause's, not the first clause's.
@pytest.mark.parametrize(("a", "b"), [
    # brenhallow_wedding_food_poisoning
    ("The six were treated at Brenhallow General Hospital, and two were still there on "
     "Monday.",
     "They were taken by ambulance to Brenhallow General Hospital on Sunday."),
    ("The driver was arrested at the scene, and he was still in custody on Friday.",
     "The driver was arrested on Wednesday."),
])  # fmt: skip
def test_conjunct_clause_keeps_its_own_day(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" not in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # one clause of its own, told on two days: still a clash
    ("The six were treated at Brenhallow General Hospital on Monday.",
     "They were taken by ambulance to Brenhallow General Hospital on Sunday."),
    # the first clause's own day, with a conjunct clause of another day after it
    ("The six were treated at Brenhallow General Hospital on Monday, and two were still "
     "there on Tuesday.",
     "They were taken by ambulance to Brenhallow General Hospital on Sunday."),
])  # fmt: skip
def test_one_clause_on_two_days_still_clashes(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" in kinds, signals


def _event_times(nlp, sentences, predicate):
    claims, frames = claims_and_frames(nlp, {"blog.txt": sentences})
    frame = frames[claims[-1].id]
    return [e.times for e in frame.events if e.predicate == predicate]


@pytest.mark.parametrize("sentence", [
    # brackenmoor_school_boiler_failure
    "I'll update this post as soon as we hear anything more about when the school will "
    "reopen.",
    "It is not yet known when the road will reopen.",
    "Parents asked when the school would reopen.",
])
def test_when_question_tells_no_time(nlp, sentence):
    times = _event_times(nlp, ["The school closed on Monday this week.", sentence], "reopen")
    assert times == [()]


def test_when_clause_keeps_its_time(nlp):
    # an adverbial "when" clause is a time, not a question: the day stays
    times = _event_times(nlp, ["The school will reopen on Monday when the heating is fixed."],
                         "reopen")
    assert times and times[0]


# Two goings of different movers: the groundsman's and the intruders' arrivals.
@pytest.mark.parametrize(("a", "b"), [
    # ashcombe_pitch_vandalism
    ("Head groundsman Pete Lannigan found the damage when he arrived at the ground at "
     "about 6.40am.",
     "Police said images from a private camera near the ground showed three people "
     "arriving at about 1:30 a.m."),
    ("The caretaker found the broken window when she arrived at 7am.",
     "A camera filmed two men leaving the school at around 2am."),
])  # fmt: skip
def test_other_movers_by_implied_subject_are_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" not in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # one groundsman, named either way
    ("Head groundsman Pete Lannigan found the damage when he arrived at the ground at "
     "about 6.40am.",
     "The groundsman, Pete Lannigan, made the discovery when he arrived just after eight "
     "o'clock this morning."),
    ("The caretaker found the broken window when she arrived at 7am.",
     "The caretaker found the damage when she arrived at about 9.30am."),
])  # fmt: skip
def test_one_mover_by_implied_subject_clashes(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b)
    assert "time" in kinds, signals


@pytest.mark.parametrize(("text", "low", "high"), [
    ("the boiler broke down mid-morning on Monday", 540, 690),
    ("the power went off in mid afternoon", 840, 990),
])
def test_mid_part_of_day_is_a_time_of_day(text, low, high):
    clocks = [c for _, c in find_clock_spans(text)]
    assert [(c.low, c.high) for c in clocks] == [(low, high)]


def test_midday_and_bare_morning_unchanged():
    assert [c.text for _, c in find_clock_spans("at midday")] == ["at midday"]
    assert not find_clock_spans("the morning after the storm")


# A machine that broke down gave out: the failure of one thing told at two times.
@pytest.mark.parametrize(("a", "b"), [
    # brackenmoor_school_boiler_failure
    ("Staff say the boiler broke down mid-morning on Monday, in the middle of lessons.",
     "The school's oil-fired boiler failed late on Sunday night, leaving classrooms "
     "without heat when staff arrived."),
    # tarnwick_school_bus_breakdown: the bus told by its broader noun
    ("The vehicle, run by Fellside Coaches on contract to the council, broke down at "
     "about 3.40pm, the council said.",
     "The bus broke down at around 4.15pm on Tuesday, by which time it was already "
     "getting dark."),
])  # fmt: skip
def test_broke_down_is_a_failure_of_one_thing(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b, "2025-01-14")
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # two things gave out
    ("The boiler broke down mid-morning on Monday.",
     "The lift failed late on Sunday night."),
    # a narrower noun of another kind than the broader one
    ("The bus broke down at about 3.40pm.",
     "The generator broke down at around 4.15pm."),
    # talks that broke down are no machine giving out
    ("Talks between the union and the council broke down at about 3pm.",
     "The boiler failed at around 7pm."),
])  # fmt: skip
def test_other_things_breaking_down_are_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b, "2025-01-14")
    assert "time" not in kinds, signals


def _locations(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b, "2025-06-16")
    return [s for s in comparison.signals if s.kind == "location"]


# A group cared for at a facility is there, as a group taken to it is; "they" is any group
# moved to a place of the same kind.
@pytest.mark.parametrize(("a", "b"), [
    # brenhallow_wedding_food_poisoning
    ("They were treated at St Aldhelm's Hospital over in Marlow Cross, and I'm told they "
     "were all in a stable condition.",
     "All six were treated at Brenhallow General Hospital, where staff said none of the "
     "cases was life-threatening."),
    ("They were treated at St Aldhelm's Hospital over in Marlow Cross.",
     "They were taken by ambulance to Brenhallow General Hospital on Sunday."),
    ("Four passengers are recovering at Kessington Memorial Hospital.",
     "Four passengers were taken to Ridgeway Hospital."),
    # "they" meets a group moved to a place of the same kind
    ("They were taken to St Aldhelm's Hospital.",
     "Six guests were taken to Brenhallow General Hospital."),
    # the group an active care verb acts on is the one cared for
    ("Paramedics treated the injured at Brenhallow General Hospital.",
     "The injured were taken to St Aldhelm's Hospital."),
    # one person's own stay at a care facility still is where they are cared for
    ("The driver remains at Ridgeway Hospital.",
     "The driver was taken to Kessington Memorial Hospital."),
])  # fmt: skip
def test_group_cared_for_at_two_facilities(nlp, config, a, b):
    assert _locations(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # two groups told by their numbers
    ("Two were treated at St Aldhelm's Hospital.",
     "The other four were treated at Brenhallow General Hospital."),
    # one facility told twice
    ("They were treated at Brenhallow General Hospital.",
     "All six were taken to Brenhallow General Hospital."),
    # things, not people, taken somewhere
    ("The paintings were taken to the Ashmolean Museum.",
     "They were treated at Brenhallow General Hospital."),
    # a care verb of no people ("the boats remain at the marina")
    ("The boats remain at Kelby Marina.",
     "Three crew members were taken to Ridgeway Hospital."),
    # "they"/"them" moved to a place of another kind: another group (those arrested)
    ("Police took them to Kestleton police station.",
     "The six were treated at Brenhallow General Hospital."),
    ("They were taken to Kestleton police station.",
     "They were treated at Brenhallow General Hospital."),
    # staying somewhere that is no care facility is no patient's stay
    ("They stayed at the Grand Hotel.",
     "All six were treated at Brenhallow General Hospital."),
    ("The guests remained at the Grand Hotel overnight.",
     "The guests were taken to Brenhallow General Hospital."),
    # the doer of an active care verb is no one cared for
    ("Paramedics treated the injured at Brenhallow General Hospital.",
     "Paramedics were sent to St Aldhelm's Hospital."),
    # one person staying somewhere that is no care facility (patients.py)
    ("The driver stayed at the Grand Hotel overnight.",
     "The driver was taken to Ridgeway Hospital."),
])  # fmt: skip
def test_other_groups_or_one_facility_are_silent(nlp, config, a, b):
    assert not _locations(nlp, config, a, b)


# A trailing participle, and a "when" clause the parser opens with an adverb, happen at
# their main clause's time of day.
@pytest.mark.parametrize(("a", "b"), [
    # bramcaster_jewellery_raid
    ("The men struck at Pemberton & Vale Jewellers in Corn Street at 10.15am, arriving on "
     "two mopeds and running inside.",
     "Rachel, this is normally one of the busiest streets in Bramcaster, and at twenty to "
     "twelve this morning it was packed with people when the gang arrived outside "
     "Pemberton and Vale Jewellers."),
    ("The men struck at the jewellers at 10.15am, arriving on two mopeds.",
     "The gang arrived outside the jewellers at 11.40am."),
])  # fmt: skip
def test_participle_and_when_clause_share_the_time(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b, "2025-11-06")
    assert "time" in kinds, signals


@pytest.mark.parametrize(("a", "b"), [
    # a perfect participle happened before its main clause
    ("The men struck at the jewellers at 10.15am, having arrived on two mopeds.",
     "The gang arrived outside the jewellers at 11.40am."),
    # a participle before its main clause: no shared time
    ("Arriving on two mopeds, the men struck at the jewellers at 10.15am.",
     "The gang arrived outside the jewellers at 11.40am."),
    # one time told twice
    ("The men struck at the jewellers at 10.15am, arriving on two mopeds.",
     "The gang arrived outside the jewellers at about 10.15am."),
])  # fmt: skip
def test_perfect_or_leading_participle_or_one_time_is_silent(nlp, config, a, b):
    kinds, signals = _kinds(nlp, config, a, b, "2025-11-06")
    assert "time" not in kinds, signals


# Review fixes (fix3): "he"/"she" after a main clause that acts on another person may be
# that person, so it is no implied subject (impliedsubjects.py); with no such person the
# main clause's subject stays the doer.
def _implied(nlp, sentence: str, verb: str):
    from consistency.structured.impliedsubjects import implied_heads

    return next(implied_heads(t) for t in nlp(sentence) if t.text == verb)


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The officer approached the man and he ran off.", "ran"),
    ("The officer stopped him and he ran off.", "ran"),
    ("The guard spoke to the woman before she left the building.", "left"),
    ("The driver saw the cyclist when he turned into Mill Lane.", "turned"),
])  # fmt: skip
def test_pronoun_after_another_person_is_no_implied_subject(nlp, sentence, verb):
    assert _implied(nlp, sentence, verb) == ()


@pytest.mark.parametrize(("sentence", "verb", "head"), [
    ("Pete Lannigan found the damage when he arrived.", "arrived", "lannigan"),
    ("The groundsman locked the gate and he went home.", "went", "groundsman"),
    ("The caretaker found the broken window when she arrived at 7am.", "arrived", "caretaker"),
])  # fmt: skip
def test_pronoun_after_no_other_person_is_the_main_subject(nlp, sentence, verb, head):
    assert head in _implied(nlp, sentence, verb)


def test_no_mid_day_parts_gives_no_mid_pattern(monkeypatch):
    """With ``mid_day_parts`` empty no "mid" pattern is built (an empty alternation read
    a bare "mid-" and failed on its part): a copy of timeanchor.py loaded on such data."""
    import importlib.util
    import sys

    from consistency.structured import news_facts, timeanchor

    data = {k: v for k, v in news_facts.data().items() if k != "mid_day_parts"}
    monkeypatch.setattr(news_facts, "data", lambda: data)
    spec = importlib.util.spec_from_file_location("timeanchor_copy", timeanchor.__file__)
    copy = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "timeanchor_copy", copy)
    spec.loader.exec_module(copy)
    assert copy._MID_PART is None
    assert not [c for _, c in copy.find_clock_spans("the boiler broke down mid- on Monday")
                if c.text.startswith("mid")]
    assert copy.find_clock_spans("at 9pm on Monday")


# One thing or its broader noun, either way round (news_facts.one_kind: clockclash.py's
# failures, endplaces.py's found things); two things of one kind stay two.
@pytest.mark.parametrize(("x", "y", "one"), [
    ("rucksack", "bag", True), ("bag", "rucksack", True), ("bag", "bag", True),
    ("car", "van", False), ("rucksack", "vehicle", False), ("bag", "holdall", True),
])
def test_one_kind(x, y, one):
    from consistency.structured.news_facts import one_kind

    assert one_kind(x, y) is one


def test_one_kind_of_counted_heads():
    from consistency.structured.news_facts import broader_kind, one_kind
    from consistency.structured.quantities import unit_name

    assert one_kind(unit_name("bus"), unit_name("vehicle"), unit_name)
    assert not one_kind(unit_name("bus"), unit_name("generator"), unit_name)
    assert broader_kind("rucksack") == "bag" and broader_kind("boiler") == "boiler"
