"""Wordings of an act told by one source and denied by another, or met by its opposite,
for one doer or undergoer (structured/acts.py): an inquiry opened against one that will
not be launched; someone placed on leave against someone who remains in post; an arrest
"without incident" against a fight with officers."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_FIRES = [
    # round 10 dev pairs (ptarmigan_launch_failure, marlow_ridge_prison_escape)
    ('The Civil Aviation Authority said it had opened its own investigation into the failure.',
     'The Civil Aviation Authority said that it would not launch a separate inquiry.'),
    ('The Civil Aviation Authority said it had opened its own investigation into the failure.',
     'A CAA spokesperson told us the regulator would not be launching its own investigation.'),
    ('The state said the warden of Marlow Ridge, Karen Hollis, had been placed on '
     'administrative leave.',
     'The warden, Karen Hollis, will remain in her post while an outside team carries out a '
     'security review.'),
    ('Warden Karen Hollis was placed on paid administrative leave on Monday, March 16.',
     'The warden, Karen Hollis, will remain in her post while an outside team carries out a '
     'security review.'),
    # other wordings of an inquiry opened and denied
    ('The Health and Safety Executive has launched an investigation into the Alder collapse.',
     'The Health and Safety Executive will not be opening an inquiry into the Alder collapse, '
     'a spokesman said.'),
    ('Police said they had begun a review of the Harlow shooting.',
     'Police told reporters they would not be holding a review of the Harlow shooting.'),
    ('The council has ordered an independent inquiry into the Denton flooding.',
     'The council said it will not order an inquiry into the Denton flooding.'),
    ('The league is investigating the Rovers sale, its chairman said.',
     'The league will not investigate the Rovers sale.'),
    # other wordings of leaving a post against keeping it
    ('Head teacher Mark Ellis has been suspended pending the Denton inquiry.',
     'Mark Ellis will stay in his job during the Denton inquiry, the trust said.'),
    ('Chief constable Anne Dorsey resigned on Tuesday after the Harlow report.',
     'Anne Dorsey will remain in office after the Harlow report, the force said.'),
    ('The board suspended chief executive Tom Reyes over the Alder accounts.',
     'Tom Reyes keeps his job despite the Alder accounts, the board said.'),
    ('Coach Ivan Petrov has stepped down after the Rovers defeat.',
     'Ivan Petrov will continue in his role after the Rovers defeat, the club said.'),
    ('Superintendent Ray Cole was relieved of duty after the Denton raid.',
     'Ray Cole has not been suspended after the Denton raid, police said.'),
    # round 10 dev pairs of an arrest without resistance against a fight
    ('Keel was taken into custody without incident at approximately 7:15 p.m.',
     'Keel reportedly fought with deputies as they took him down.'),
    ('Keel surrendered without resistance when officers knocked on the door of his room.',
     'Keel reportedly fought with deputies as they took him down.'),
    # other wordings of it
    ('Dale Marsh was arrested without a struggle at his home in Denton.',
     'Dale Marsh resisted arrest and bit an officer, police said.'),
    ('Dale Marsh gave himself up without a fight at Denton station.',
     'Dale Marsh struggled with officers before he was handcuffed at Denton station.'),
    ('Police said Dale Marsh did not resist when he was detained in Denton.',
     'Dale Marsh wrestled with two constables as he was detained in Denton.'),
    # a halt held for a span is still the act told (blind round 45)
    ('The council suspended the premises licence of the Denton Arms for three months.',
     'The council did not suspend the premises licence of the Denton Arms.'),
]

_SILENT = [
    # another doer
    ('The Health and Safety Executive has launched an investigation into the Alder collapse.',
     'Police will not launch an investigation into the Alder collapse.'),
    # a plan not yet carried out
    ('The council will open an inquiry into the Denton flooding next week.',
     'The council has not yet opened an inquiry into the Denton flooding.'),
    # a possibility
    ('The council could launch an inquiry into the Denton flooding.',
     'The council will not launch an inquiry into the Denton flooding.'),
    # another person
    ('Head teacher Mark Ellis has been suspended pending the Denton inquiry.',
     'His deputy, Sarah Cole, will remain in her post during the Denton inquiry.'),
    # a stay bounded by "until": an update over time, not a contradiction
    ('Mark Ellis will remain in post until a successor is found, after he resigned over the '
     'Denton report.',
     'Mark Ellis resigned over the Denton report.'),
    # a rumour relayed
    ('Rumours that Mark Ellis has been suspended over the Denton report spread on Monday.',
     'Mark Ellis will remain in his post after the Denton report.'),
    # no arrest without incident: another doer, a question, a possibility
    ('The flight landed without incident at Denton airport.',
     'Crews fought with the fire for hours at Denton airport.'),
    ('Dale Marsh was arrested without incident in Denton.',
     'Did Dale Marsh fight with officers in Denton?'),
    ('Dale Marsh was arrested without incident in Denton.',
     'Dale Marsh could resist arrest if officers approach him, police warned.'),
    ('The match ended without incident at Denton.',
     'Fans fought with police after the Harlow match.'),
    # a pronoun against a name; a resisted act that is no arrest (mixed news, round 11)
    ("He's suspended for the Harlow season, his agent said.",
     'Tom Reyes will not resign over the Harlow season.'),
    ('The Harlow flight landed without incident, it said.',
     "I have always resisted changing companies for the Harlow flight."),
    # one suspension told with and without its span: the span denies a resumption, not
    # the suspension (blind round 45)
    ('The council suspended the premises licence of the Denton Arms for three months.',
     'Councillors suspended the licence of the Denton Arms last night.'),
    ('Harlow Rovers have had their licence suspended for six weeks after the review.',
     'The league suspended the licence of Harlow Rovers on Tuesday.'),
    # two names of one act
    ('Police have opened an investigation into the Harlow fire.',
     'Police have opened an inquiry into the Harlow fire.'),
]


@pytest.mark.parametrize(("a", "b"), _FIRES)
def test_act_told_and_denied_fires(nlp, config, a, b):
    comparison, could = compare_pair(nlp, config, a, b)
    assert could
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_act_lookalikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


@pytest.mark.parametrize(("a", "b"), [_FIRES[0], _FIRES[3], _FIRES[9]])
def test_act_pairs_are_candidates(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


def test_act_lookalike_not_a_candidate(nlp, config):
    assert_paired_and_compared(nlp, config, *_SILENT[-1], None)
