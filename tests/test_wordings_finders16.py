"""Wordings of who came upon someone or something, told by what the finder was doing
("a dog walker", "a fisherman launching his boat", "a man who was out cycling",
pursuits.py via doerkinds.py), and the look-alikes that must stay silent: one pursuit in
two wordings, a finder of no pursuit, two things found, a finder with both pursuits."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_TWO_FINDERS = [
    # the dev pairs (pellow_sands_whale_stranding)
    ("The whales were spotted by a fisherman launching his boat at first light on Pellow "
     "Sands, a popular surfing beach near Trewarne.",
     "They were discovered by dog walker Maureen Eddy, who lives in Trewarne, as she took "
     "her spaniel for its usual walk on Sunday."),
    ("The whales were spotted by a fisherman launching his boat at first light on Pellow "
     "Sands, a popular surfing beach near Trewarne.",
     "The animals were found on Pellow Sands, near the village of Trewarne, by a woman "
     "walking her dog shortly after 6am."),
    # other wordings: other nouns, verbs, structures
    ("The body was found by a jogger on the towpath early on Monday.",
     "A dog walker discovered the body beside the canal on Monday morning."),
    ("Police said the wreckage was spotted by a passing motorist.",
     "The wreckage was found by two anglers fishing from the bank."),
    ("The boy was found by a man who was out cycling with his son.",
     "A woman walking her dog found the boy near the quarry."),
    ("The missing hiker was located by a farmer checking his sheep.",
     "The missing hiker was found by a kayaker paddling along the river."),
    ("A cyclist spotted the injured deer at the roadside.",
     "The injured deer was discovered by a lorry driver."),
]

_SILENT = [
    # one pursuit in two wordings
    ("The body was found by a jogger on the towpath early on Monday.",
     "The body was found by a runner on the canal path on Monday."),
    ("The whales were spotted by a fisherman.", "The whales were spotted by two anglers."),
    # a finder of no pursuit: a person, a name
    ("The whales were spotted by a fisherman.", "The whales were found by a local man."),
    ("The whales were spotted by a fisherman.", "The whales were found by Maureen Eddy, 61."),
    # two things found
    ("The body was found by a dog walker.", "The knife was found by a jogger."),
    # one finder with both pursuits
    ("The whales were spotted by a fisherman walking his dog.",
     "The whales were spotted by a dog walker."),
    # another act by the other doer
    ("The body was found by a dog walker.",
     "A jogger who passed the scene later called police."),
]


@pytest.mark.parametrize(("a", "b"), _TWO_FINDERS)
def test_two_pursuits_of_one_finder_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


def test_dev_pair_is_paired(nlp, config):
    assert_paired_and_compared(nlp, config, *_TWO_FINDERS[1], "role")


_TWO_PLACES = [
    # the dev pairs (merrowby_building_society_robbery)
    ("The car they used was found torched out at Holmbridge, on the old quarry road, so "
     "they clearly had it all planned.",
     "The getaway car, a grey Vauxhall Astra, was found on fire on Fenwick Lane in Ashby "
     "Cross a bit later on."),
    ("The car they used was found torched out at Holmbridge, on the old quarry road, so "
     "they clearly had it all planned.",
     "The car, a grey Vauxhall Astra, was found burnt out on Fenwick Lane in Ashby Cross "
     "later in the morning."),
    # other wordings: active, a clause on the object, another state
    ("The stolen van was found abandoned at Kelso a day later.",
     "Police found the stolen van dumped in a lay-by near Jedburgh."),
    ("The getaway car was found abandoned in Lowther.",
     "Detectives found the getaway car burnt out near Brampton."),
    ("The missing boat was found capsized at Crail.",
     "The missing boat was found upturned near Anstruther."),
]

_ONE_PLACE = [
    # a spot in the town, or an unnamed spot
    ("The stolen van was found abandoned at Kelso on Monday.",
     "The stolen van was found abandoned at a farm near Kelso on Monday."),
    ("The car was found burnt out at Holmbridge.",
     "The car was found burnt out on the old quarry road."),
    # another act at the other place, another thing found
    ("The car was found burnt out at Holmbridge.",
     "The car was stolen from a driveway in Ashby Cross."),
    ("The car was found burnt out at Holmbridge.", "The van was found burnt out in Ashby Cross."),
]


@pytest.mark.parametrize(("a", "b"), _TWO_PLACES)
def test_one_thing_found_in_two_places_clashes(nlp, config, a, b):
    comparison, could = compare_pair(nlp, config, a, b)
    assert "location" in [s.kind for s in comparison.signals], comparison.signals
    assert could


@pytest.mark.parametrize(("a", "b"), _ONE_PLACE)
def test_found_place_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


def test_found_place_dev_pair_is_paired(nlp, config):
    assert_paired_and_compared(nlp, config, *_TWO_PLACES[0], "location")
