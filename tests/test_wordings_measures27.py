"""Round 27 (measures27): numbers that describe one thing. How long a thing is ("a
12-metre yacht", "the barge was 40 metres long", sizes.py) and the numbered floor a thing
moved from or to ("fell from the sixth floor", floors.py) are facts of that thing: two
sources giving it two lengths or two floors disagree. One length told in two units, two
things of one kind told apart by their names, a part of a thing, a plural, the two ends
of one move and where a thing merely is ("lives on the ninth floor") do not. A count
told after a bare year in its clause ("at its height in 1998 the yard employed 3,000")
is of that year, not of now (countacts.py)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_SIZES = [
    ("The Morning Star is a 12-metre yacht moored at Kelby.",
     "The 15-metre Morning Star, a racing yacht, was moored at Kelby."),
    ("A 40ft fishing boat ran aground off Harle Point on Sunday.",
     "The 30ft fishing boat ran aground off Harle Point after its engine failed."),
    ("The barge, which was 40 metres long, sank near the lock.",
     "A 55-metre barge sank near the lock on Friday."),
    ("The whale was 14 metres long, the marine rescue charity said.",
     "Volunteers tried to keep the 9-metre whale wet until the tide came in."),
    ("Police set up a 300-metre cordon around the Lenfield depot.",
     "A 100-metre cordon was put in place around the Lenfield depot."),
]

_OTHER_SIZES = [
    # one length in two units
    ("Police set up a 200-metre cordon around the depot.",
     "Officers put a 650ft cordon around the depot."),
    ("The Morning Star is a 12-metre yacht.",
     "The 40ft Morning Star was found drifting."),
    # two things told apart by name
    ("The Morning Star is a 12-metre yacht.",
     "The Sea Sprite is a 15-metre yacht."),
    # a part of a thing, and things counted in the plural
    ("A 20-metre section of the sea wall collapsed overnight.",
     "The 60-metre sea wall at Kelby was built in 1910."),
    ("Two 12-metre boats were launched from the harbour.",
     "A 20-metre boat was launched from the harbour."),
    # two things of different kinds
    ("The 12-metre yacht was towed into Kelby harbour.",
     "The 30-metre lifeboat was launched from Kelby harbour."),
    # a point along a route is a position, not a length
    ("Two cyclists crashed near the 40-kilometre mark of the stage.",
     "The crash came at the 55km mark, on the descent."),
    ("Several runners stopped at the 20-mile point.",
     "Several runners stopped at the 22-mile marker."),
    # a depth or height is no length of the thing
    ("The miners were trapped some 250 metres down.",
     "The 400-metre shaft was sealed on Monday."),
]

_FLOORS = [
    ("A window cleaner fell from the sixth floor of the office block on Tuesday.",
     "The window cleaner fell from the eighth floor of the office block, police said."),
    ("The lift, which had set off from the 14th floor, fell several storeys.",
     "The lift dropped from the twelfth floor before the brakes stopped it."),
    ("A man fell from a fourth-floor balcony at the hotel on Saturday.",
     "The man fell from the seventh floor of the hotel on Saturday night."),
    ("The lift plunged to the second floor before its brakes engaged.",
     "The lift dropped to the fifth floor before the safety brakes locked."),
]

_OTHER_FLOORS = [
    # the two ends of one move
    ("The lift fell from the ninth floor.",
     "The lift stopped close to the third floor."),
    # where a thing or a person is, not where it moved from
    ("A woman who lives on the ninth floor raised the alarm.",
     "The woman fell from the sixth floor of the block."),
    # two things moved
    ("The lift fell from the ninth floor.",
     "A window cleaner fell from the sixth floor."),
    # several things moved: a plural
    ("Residents were led down from the ninth floor.",
     "Residents were led down from the fourth floor."),
    # one floor, told as a word and as digits
    ("The lift fell from the eleventh floor.",
     "The lift plunged from the 11th floor."),
]


def _texts(comparison) -> list[str]:
    return [s.explanation for s in comparison.signals]


@pytest.mark.parametrize(("a", "b"), _SIZES)
def test_two_lengths_of_one_thing_disagree(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(t.startswith("length of") for t in _texts(comparison)), comparison.signals


@pytest.mark.parametrize(("a", "b"), _OTHER_SIZES)
def test_lengths_of_other_things_stay_silent(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(t.startswith("length of") for t in _texts(comparison)), comparison.signals


@pytest.mark.parametrize(("a", "b"), _FLOORS)
def test_two_floors_of_one_move_disagree(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(t.startswith("floor the") for t in _texts(comparison)), comparison.signals


@pytest.mark.parametrize(("a", "b"), _OTHER_FLOORS)
def test_floors_of_other_moves_stay_silent(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any(t.startswith("floor the") for t in _texts(comparison)), comparison.signals


@pytest.mark.parametrize(("a", "b"), [_SIZES[0], _FLOORS[0]])
def test_lengths_and_floors_are_paired(nlp, config, a, b) -> None:
    """The pair is made whatever the embeddings say (candidates.py slot keys)."""
    assert_paired_and_compared(nlp, config, a, b, "number")


_TWO_TIMES = [
    ("In 2015 the Harle mill employed 900 workers.",
     "The Harle mill now employs 400 workers."),
    ("At its height in 1998 the Kelby yard employed more than 3,000 people.",
     "The Kelby yard currently employs 800 people."),
]

_ONE_TIME = [
    # two present counts of one workforce
    ("The Harle mill employs 900 workers.",
     "The Harle mill currently employs 400 workers."),
    # two past counts of one event, one told with its date
    ("Twelve people were injured in the Harle crash on 3 March 2025.",
     "Nine people were injured in the Harle crash."),
    # two unnamed ages of the one person most hurt
    ("A 61-year-old woman suffered serious injuries to her arm in the Harle crash.",
     "The most seriously hurt is a 67-year-old woman who suffered arm injuries in the "
     "Harle crash."),
    # a named animal's age against the age the other source gives it unnamed
    ("Tashi, a three-year-old female red panda, was recaptured near Harle Zoo on Monday.",
     "A five-year-old red panda that escaped from Harle Zoo was recaptured on Monday."),
]


@pytest.mark.parametrize(("a", "b"), _TWO_TIMES)
def test_counts_of_two_times_stay_silent(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _ONE_TIME)
def test_counts_of_one_time_still_disagree(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
