"""Round 22 (counts22): people aboard a conveyance as one count whatever the wording
("there were 21 passengers on the double-decker", "seventeen passengers were aboard", "a
bus carrying 17 passengers"), "the seven other people" as the rest of a group, and a
number word NER takes for a name ("Seventeen passengers ...") as no name."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_FIRE = [
    # the dev pairs (brackenford_bus_hijack)
    ("There were 21 passengers on the Greyline route 14 double-decker when the man "
     "confronted the driver shortly after it left Carrow Road.",
     "Seventeen passengers were aboard at the time, police said."),
    ("There were 21 passengers on the Greyline route 14 double-decker when the man "
     "confronted the driver shortly after it left Carrow Road.",
     "There were 17 passengers on board when the incident began."),
    # other wordings: on the ferry / had on board, carrying / aboard the plane, a coach
    ("Forty-five people were on the ferry when it sank off Ashby.",
     "The ferry had 52 people on board when it sank off Ashby."),
    ("The plane was carrying 180 passengers when it crashed near Dunmere.",
     "There were 137 people aboard the plane that crashed near Dunmere."),
    ("There were 21 passengers on the bus in Lenfield.",
     "A bus carrying 17 passengers was seized in Lenfield."),
    ("Thirty-two passengers were on the train when it left the tracks near Harle.",
     "The train was carrying 40 passengers when it derailed near Harle."),
]

_SILENT = [
    # the dev look-alikes (thornvale_skyreaper_crash): the rest of a group, not all of it
    ("A man in his thirties was also seriously injured. The seven other people taken to "
     "hospital had injuries that were not believed to be life-threatening.",
     "Nine people were taken to hospital."),
    ("The seven other people taken to hospital had minor injuries.",
     "Nine guests were taken to hospital."),
    ("The four others were taken to hospital in Ashby.",
     "Eleven people were taken to hospital in Ashby."),
    ("The three remaining passengers were rescued by lifeboat off Ashby.",
     "Nine passengers were rescued off Ashby."),
    # aboard against another count, or no conveyance
    ("There were 21 passengers on the bus in Ashby.", "17 passengers were hurt in Ashby."),
    ("There were 200 people on the street in Ashby.",
     "A bus carrying 17 passengers was seized in Ashby."),
    ("The school in Ashby has 400 pupils.", "A coach carrying 52 pupils crashed in Ashby."),
]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_counts_of_people_aboard_disagree(nlp, config, a, b) -> None:
    comparison, could = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals
    assert could


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_other_counts_stay_silent(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


def test_number_word_is_no_name(nlp, config) -> None:
    from tests.wordings import claims_and_frames

    claims, frames = claims_and_frames(
        nlp, {"a.txt": ["Seventeen passengers were aboard at the time, police said."]})
    assert "Seventeen" not in frames[claims[0].id].names
