"""Wordings of who did an act to someone told by the kind of doer (round 13,
structured/doerkinds.py): a helicopter crew against searchers on foot, a passer-by against
firefighters, police against a dog walker; look-alikes that must stay silent (one doer
told at two levels of detail, several doers in one claim, another person, another act)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_HELI = ("The crew of the MidCentral Rescue Helicopter spotted Priya Nandakumar using a "
         "thermal imaging camera.")


@pytest.mark.parametrize(("a", "b"), [
    # dev pairs (tasker_missing_tramper)
    (_HELI, "The 31-year-old woman, Priya Nandakumar of Lower Hutt, was located by a LandSAR "
            "ground team at about 11.20am today."),
    (_HELI, "Priya Nandakumar, a 31-year-old software engineer, was found by volunteer "
            "searchers on foot at around 3pm on Tuesday."),
    (_HELI, "Priya Nandakumar, a software engineer from Lower Hutt near Wellington, was "
            "located by a ground search team shortly after 11am on Tuesday."),
    # other doers, acts and structures: passive by-agent, active subject, compounds
    ("Tom Reyes, 9, was pulled from the Avon River by a passer-by on Sunday.",
     "Firefighters rescued Tom Reyes from the Avon River on Sunday."),
    ("A police helicopter found missing teenager Jake Moss near Ashby on Monday.",
     "Missing teenager Jake Moss was found near Ashby by a dog walker on Monday."),
    ("Jake Moss, who had been missing for three days, was found by police officers in Ashby.",
     "Jake Moss was discovered by a neighbour in Ashby."),
])
def test_kinds_of_doer_disagree(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), [
    # one doer told at two levels of detail, or of no kind at all
    ("Searchers found Maria Lopez near Brill on Friday.",
     "LandSAR volunteers found Maria Lopez near Brill on Friday."),
    ("A police helicopter crew spotted Maria Lopez near Brill.",
     "Police found Maria Lopez near Brill."),
    # several doers in one claim; the other's kind named in the claim
    ("A helicopter crew and ground searchers found Maria Lopez near Brill.",
     "Maria Lopez was found by ground searchers near Brill."),
    ("Officers on foot found Maria Lopez in woodland near Brill.",
     "Maria Lopez was spotted from a police helicopter in woodland near Brill, before "
     "officers on foot reached her."),
    # another person; another act
    ("Firefighters rescued Tom Reyes from the Avon River.",
     "Police rescued Anna Reyes from a house in Leeds."),
    ("A helicopter crew spotted Maria Lopez near Brill.",
     "Maria Lopez was airlifted to hospital by ground crews near Brill."),
])
def test_same_or_other_doers_stay_silent(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in result.signals if s.kind == "role"], result.signals


@pytest.mark.parametrize(("a", "b"), [
    # dev pair (saltmere_cocaine_seizure): one fact of a group, denied for all, told of one
    ("None of the three men is employed at the port.",
     "The Record understands that one of the men is a crane operator at the container "
     "terminal who had worked there for six years."),
    ("None of the passengers on the Harlow coach was injured.",
     "Two of the passengers were injured when the Harlow coach overturned."),
    ("None of the arrested protesters was charged, police said.",
     "Police said three of the protesters had been charged with obstruction."),
])
def test_none_of_a_group_against_some_of_it(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), [
    # the same group, another event; another fact of the same people
    ("None of the three men is employed at the port.",
     "Two of the men were arrested at the port on Tuesday."),
    ("None of the passengers on the Harlow coach was injured.",
     "Two of the passengers on the Harlow coach were Spanish."),
])
def test_parts_of_a_group_in_other_events_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)
