"""Times and days of one event told in other wordings (round 31).

Results (results.py): a verb of motion with the word of the state it ends in tells that
state's event: "ran aground", "went aground" and "grounded" are one grounding, "came to a
controlled stop" and "stopped" one stopping, "went adrift" and "drifted" one drift; a
named root hanging the verb ("The Sela Morgen, a grain carrier, grounded at") is its
subject (verbless.py).

Gerunds (gerunds.py): "stopped turning at about 6.40pm" is a stopping at 6.40pm.

Known things (thingdays.py): one known thing found ("found the cracks", "discovered the
cracks") on two days that do not meet disagree; "a crack" may be another, a plan or an
evening against the small hours of the next day is none, and another act ("caught the
bull on Monday", "cornered it on Wednesday") may be done again.

Arrivals (arrivals.py): work begun by a doer well before that doer arrived on that day.
"""

from __future__ import annotations

import pytest

from consistency.core.nlp import load_spacy
from consistency.structured.eventclass import event_class
from tests.wordings import compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


RESULTS = [
    # the dev pairs (tarnwick_ship_aground)
    ("The Sela Morgen went aground at about 11:40 p.m. local time on Tuesday, the "
     "coastguard said.",
     "We understand the ship ran aground shortly after 2 a.m. on Wednesday, and the "
     "coastguard was alerted straight away."),
    ("The Sela Morgen, a 190-metre vessel carrying 31,000 tonnes of grain, grounded at "
     "about 11.40pm on Tuesday as it approached the port.",
     "We understand the ship ran aground shortly after 2 a.m. on Wednesday."),
    # the dev pair (portvenna_wheel_stranding)
    ("At approximately 6.40pm on Saturday 16 August, the Portvenna Eye came to a "
     "controlled stop during normal operation.",
     "The wheel stopped shortly after 8pm on Saturday, leaving riders suspended high "
     "above the beach."),
    # invented, other stories: a yacht, a train, a barge, an escalator
    ("The yacht went adrift at about 3pm on Sunday.",
     "The yacht drifted out of the bay at around 7pm on Sunday."),
    ("The freight train came to a halt at 4.10am.",
     "The freight train halted just after 6am, the operator said."),
    ("The barge ran aground at 9am on Friday.",
     "The barge grounded at about 1pm on Friday."),
    ("The escalator came to a sudden stop at 11am.",
     "The escalator stopped at about 2.30pm, shoppers said."),
]  # fmt: skip

RESULTS_APART = [
    # look-alikes: another state, another act on the thing, one moment, a direction
    ("The ship ran aground at about 11.40pm on Tuesday.",
     "The ship was refloated at 2am on Thursday."),
    ("The barge ran aground at 9am on Friday.",
     "The barge was towed clear at about 1pm on Friday."),
    ("The yacht went adrift at about 3pm on Sunday.",
     "The yacht drifted onto the rocks at about 3.15pm on Sunday."),
    ("The match went ahead at 3pm.", "The team headed for the coast at 6pm."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), RESULTS)
def test_a_state_reached_is_the_verb_of_that_state(nlp, config, a, b):
    comparison, could = compare_pair(nlp, config, a, b)
    assert "time" in [s.kind for s in comparison.signals], comparison.signals
    assert could


@pytest.mark.parametrize(("a", "b"), RESULTS_APART)
def test_a_state_reached_at_one_time_or_of_another_thing_stays_apart(nlp, config, a, b):
    assert "time" not in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(
    ("text", "word", "cls"),
    [
        ("The tanker ran aground off the coast.", "ran", "~ground"),
        ("The tanker went aground off the coast.", "went", "~ground"),
        ("The dinghy went adrift overnight.", "went", "~drift"),
        ("A panel came loose in the wind.", "came", "~loose"),
        ("The train came to a halt outside the station.", "came", "~halt"),
        ("The wheel stopped turning at 6pm.", "stopped", "~stop"),
    ],
)
def test_the_class_of_a_state_reached(config, text, word, cls):
    doc = load_spacy(config.models.spacy)(text)
    tok = next(t for t in doc if t.text == word)
    assert event_class(tok) == cls


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The crowd ran away at 9pm.", "ran"),  # a direction, no state
        ("She ran the shop for years.", "ran"),  # an object: its own reading
        ("The delegation came to the town hall.", "came"),  # a place, not a state
        ("He refused to pay the fine.", "refused"),  # an infinitive: a wish, not a doing
    ],
)
def test_no_state_reached(config, text, word):
    doc = load_spacy(config.models.spacy)(text)
    tok = next(t for t in doc if t.text == word)
    assert event_class(tok) not in ("~way", "~shop", "~hall", "~refuse")


GERUNDS = [
    # the dev pair (portvenna_wheel_stranding)
    ("The observation wheel stopped turning at about 6.40pm, just as the evening crowds "
     "were building along the promenade.",
     "The wheel stopped shortly after 8pm on Saturday, leaving riders suspended high "
     "above the beach."),
    # invented: pumps, a lift, a generator
    ("The pumps stopped working at about 2am.", "The pumps stopped at 5.30am, staff said."),
    ("The lift stopped moving at 10.15am.", "The lift stopped at about 1pm."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), GERUNDS)
def test_stopped_doing_is_timed_as_the_stopping(nlp, config, a, b):
    assert "time" in _kinds(nlp, config, a, b)


def test_stopped_doing_at_one_time_stays_apart(nlp, config):
    assert "time" not in _kinds(nlp, config, "The pumps stopped working at about 2am.",
                                "The pumps stopped at 2.10am, staff said.")  # fmt: skip


KNOWN_DAYS = [
    # the dev pair (ellsmere_bridge_closure)
    ("The cracks were found during a routine inspection of Caddon Bridge last Thursday, "
     "the council said.",
     "Council engineers found the cracks on Saturday while carrying out checks on the "
     "bridge, the documents state."),
    # invented: a leak, a fault, a body of evidence
    ("Engineers discovered the leak on Monday, the water company said.",
     "Staff found the leak on Wednesday during a routine check."),
    ("The fault was detected on Tuesday, the airline said.",
     "Mechanics detected the fault on Monday morning."),
    ("Divers located the anchor on Friday.", "The anchor was spotted on Sunday by a trawler crew."),
]  # fmt: skip

KNOWN_DAYS_APART = [
    # look-alikes: another one ("a"), an update with a time, a plan, one night, far apart
    ("Engineers found the cracks on Thursday.", "A second crack was found on Saturday."),
    ("The widest crack measured 4 millimetres at Thursday's inspection.",
     "The widest crack had widened to 6 millimetres by Monday morning."),
    ("Engineers found the leak on Monday.", "Engineers will repair the leak on Wednesday."),
    ("Firefighters found the casualty late on Friday night.",
     "Firefighters found the casualty in the early hours of Saturday."),
    ("Engineers found the cracks in January.", "Engineers found the cracks on Saturday."),
    ("The bull was caught in the park on Monday.", "The bull was caught on Wednesday."),
    ("Police found the victim on Friday.", "The victim was found on Sunday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), KNOWN_DAYS)
def test_one_known_things_event_on_two_days(nlp, config, a, b):
    assert "time" in _kinds(nlp, config, a, b)


@pytest.mark.parametrize(("a", "b"), KNOWN_DAYS_APART)
def test_another_thing_a_plan_or_one_night_stays_apart(nlp, config, a, b):
    assert "time" not in _kinds(nlp, config, a, b)


ARRIVALS = [
    # the dev pair (ashcombe_tree_felling)
    ("The contractors arrived at about 10am on Tuesday and had felled the trees by early "
     "afternoon.",
     "Contractors began work at around 6:30am, before most residents were awake, and had "
     "cleared the trees within a few hours."),
    # invented: road workers, removal men, a film crew
    ("The workmen arrived at around 11am.", "The workmen started digging at 7am."),
    ("The film crew began shooting at 5am on Sunday.",
     "The film crew arrived at 9.30am on Sunday."),
]  # fmt: skip

ARRIVALS_APART = [
    # look-alikes: began after arriving, another doer, another day, a part of the day
    ("The crew arrived at 6am.", "The crew began work at 6.30am."),
    ("The inspector arrived at 10am.", "The contractors began work at 6.30am."),
    ("The film crew began shooting at 5am on Sunday.",
     "The film crew arrived at 9.30am on Saturday."),
    ("The workmen arrived this afternoon.", "The workmen started digging at 7am."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ARRIVALS)
def test_work_begun_before_its_doers_arrived(nlp, config, a, b):
    comparison, could = compare_pair(nlp, config, a, b)
    assert "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), ARRIVALS_APART)
def test_work_begun_after_arrival_or_by_others_stays_apart(nlp, config, a, b):
    assert "time" not in _kinds(nlp, config, a, b)
