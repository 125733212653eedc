"""Causes, who did it, plans kept or reversed, held or not (session 19), each read from
the parse and tried on other kinds of story:

- a whole vehicle that gave out ("the bus broke down, the council said") is the mishap
  itself, not a fault that caused it (faults.py); a part that gave out still is;
- a deed owned up to ("a group has claimed responsibility") against its denial of anyone
  ("no one has claimed responsibility"), unless the denial runs only to a time ("by
  Tuesday evening": acts.py);
- an operator kept on its route ("will continue to operate the route", "would keep
  running the service") against one suspended from it (acts.py, ``keep_post``);
- an "and"-conjunct verb shares the subject of the verb before it ("the match has been
  recorded as a draw and will not be replayed": parse.shared_subject), and nouns of one
  kind of event ("fixture", "game", "match": ``event_kinds``) are one thing done to;
- a thing held at a distance against its denial ("lessons will move online" against
  "will not offer remote lessons": remotes.py);
- the reason a thing failed or gave out ("the boiler had shut down because its oil
  supply had run out") and a thing "to blame" are causes of the story's mishap
  (mishaps.py); a cause of "the failure" stays a cause of that failure, which may be a
  link of the chain another source tells ("a burst water main flooded the school");
- a barrier climbed over ("climbed over the main gates") is a means of entry, against
  another way in ("came in through a gap in the fence": means.py).

Review fixes (same session): "broke down the door", "talks broke down", "broke down in
tears" tell no thing giving out (eventclass.py), nor "shut down the plant" (faults.gave_out);
a remote thing is one held, moved or offered, not an adjective of place nor a sharing only
urged (remotes.py); "no other group" and "no one else" deny no claim (acts.py, by
nobody_denial.no_one); a crossing to get out is no way in (means.py); "suspended him"
concerns him, not the body that suspended him (acts.py).
"""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


def _kinds(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    return [s.kind for s in comparison.signals]


_CLASH = [
    # the dev pairs (ashcombe_pitch_vandalism, tarnwick_school_bus_breakdown,
    # brackenmoor_school_boiler_failure)
    ("Police said a group opposed to plans to sell the ground for housing had claimed "
     "responsibility in a post on social media.",
     "No group has claimed responsibility for the damage, and police have appealed for "
     "witnesses.", "negation"),
    ("Police said a group opposed to plans to sell the ground for housing had claimed "
     "responsibility in a post on social media.",
     "As far as the police are aware, nobody has claimed responsibility so far.", "negation"),
    ("Wensleigh County Council has suspended Fellside Coaches from the route with immediate "
     "effect, it said on Wednesday.",
     "Fellside said the company would continue to operate the route while it reviews what "
     "happened.", "negation"),
    ("Wensleigh County Council has suspended Fellside Coaches from the route with immediate "
     "effect, it said on Wednesday.",
     "The operator would keep running the service while a review is carried out.", "negation"),
    ("The good news is that the fixture will be replayed in full at Quarry Road in September.",
     "The game has been recorded as a draw and will not be replayed, leaving Northmoor with a "
     "handful of draw points.", "negation"),
    ("The school will not offer remote lessons during the closure, and pupils have been given "
     "a pack of study tasks instead.",
     "Lessons will move online from Wednesday, with teachers setting work through the "
     "school's learning platform.", "negation"),
    ("The school will not offer remote lessons during the closure.",
     "Teachers began delivering lessons online on Wednesday morning.", "negation"),
    ("The school will not offer remote lessons during the closure.",
     "Online lessons began on Wednesday, with most pupils logging in.", "negation"),
    # other stories: a hack, a contract, a cup tie, a court
    ("A criminal gang has claimed responsibility for the attack, police said.",
     "Police said nobody had claimed responsibility for the hack.", "negation"),
    ("The trust has suspended Medway Cleaning from the contract.",
     "Medway Cleaning will keep running the contract while the inquiry goes on.", "negation"),
    ("The game was abandoned and will be replayed on Sunday.",
     "The match will not be replayed, the league said.", "negation"),
    ("The hearing will be held remotely because of the strike.",
     "The court said no remote hearings would take place.", "negation"),
    ("A council spokesperson said the boiler had shut down because its oil supply had run "
     "out.",
     "The council says a cracked heat exchanger is to blame.", "cause"),
    ("A council spokesperson said the boiler had shut down because its oil supply had run "
     "out.",
     "The council has traced the fault to a cracked heat exchanger.", "cause"),
    ("The pump failed because a seal had worn.",
     "Engineers said a blocked filter was to blame.", "cause"),
    ("They are believed to have climbed over the main gates on Quarry Road before walking "
     "out to the square.",
     "Officers believe they got in through a gap in the fence on the riverside boundary.",
     "cause"),
    ("The intruders climbed over a wall at the back of the yard.",
     "The intruders got in through an unlocked side door.", "cause"),
    # a part of the vehicle that gave out is still a fault
    ("The bus's engine cut out on the hill, the operator said.",
     "The operator said a burst tyre had caused the breakdown.", "cause"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _CLASH)
def test_clash(nlp, config, a, b, kind):
    assert kind in _kinds(nlp, config, a, b)


_SILENT = [
    # the whole vehicle broke down: the mishap itself, no rival of its cause
    ("The vehicle, run by Fellside Coaches on contract to Wensleigh County Council, broke "
     "down at about 3.40pm, the council said.",
     "Fellside Coaches said a burst rear tyre had caused the breakdown."),
    ("The ambulance broke down on the way to the hospital, the trust said.",
     "The trust said a fuel pump failure had caused the breakdown."),
    # no claim up to a time, a claim after it (kettlebury_council_ransomware's look-alike)
    ("No group had claimed responsibility for the attack by Tuesday evening.",
     "A criminal gang has claimed responsibility for the cyber attack that has crippled the "
     "council since Tuesday."),
    # a reward is no responsibility
    ("Nobody has claimed the reward so far.",
     "A group has claimed responsibility for the fire."),
    # a service suspended is no operator suspended; a route kept only until a successor
    ("The council suspended waste collections with immediate effect.",
     "Greenline will continue to operate the route during the review."),
    ("Greenline will continue to operate the route until a new operator is found.",
     "The council has suspended Greenline from the route."),
    # two kinds of event, two things; a shared subject names another thing
    ("The concert was cancelled and will not be rescheduled.",
     "The match will be rescheduled for May."),
    ("The hall was flooded and will not reopen this year.",
     "The library will reopen next month."),
    # one cause told two ways; a chain told in parts; two caused things
    ("The council says a cracked heat exchanger is to blame.",
     "Engineers have found that the failure was caused by a cracked heat exchanger."),
    ("The pump failed because a seal had worn, the company said.",
     "Engineers said the pump had failed."),
    ("The school closed because its boiler failed.",
     "The boiler failed because of a cracked heat exchanger."),
    ("The power failure was caused by a fallen tree.",
     "The fire was caused by a discarded cigarette."),
    ("A burst water main flooded a primary school in the town on Monday.",
     "Initial investigations indicate the failure was caused by the age of the cast-iron "
     "pipe."),
    ("Nobody is to blame for the delay.",
     "The fault was caused by a blocked filter."),
    # one barrier told two ways; stairs climbed are no way in; other doers
    ("The intruders climbed over the back wall, police said.",
     "Police said the intruders had scaled the back wall."),
    ("The thieves forced open a ground-floor window, then climbed the service staircase.",
     "The thieves got in through a window at the back of the building."),
    ("The fans climbed over the barrier after the final whistle.",
     "Police said the intruders got in through a side door."),
    # remote lessons not joined, or only possible; people working remotely; a remote road
    ("Some pupils could not join online lessons because they had no laptop.",
     "Online lessons began on Wednesday."),
    ("Lessons could move online if the closure goes on.",
     "The school will not offer remote lessons during the closure."),
    ("Staff will work remotely while the office is closed.",
     "No staff will be allowed into the building."),
    ("The bus broke down on a remote moorland road.",
     "Online lessons began on Wednesday."),
    # review fixes (session 19): a thing shut down by someone is no thing giving out
    ("The company shut down the plant because demand had fallen.",
     "The council says a cracked heat exchanger is to blame."),
    # a sharing only asked against, not held; a verb of no offering or moving
    ("Police urged people not to share the footage online.",
     "The footage was widely shared online."),
    # "no other group": some group did claim it; a crossing to get out is no way in
    ("No other group has claimed responsibility for the attack.",
     "Islamic State claimed responsibility for the attack."),
    ("No one else has claimed responsibility, police said.",
     "A criminal gang has claimed responsibility for the hack."),
    ("The protesters climbed over the fence to escape.",
     "The protesters got in through a side door."),
    ("The prisoners climbed out over the wall.",
     "Police said the intruders got in through a side door."),
    # a person suspended is not the body that keeps running the service
    ("The trust suspended him on Monday.",
     "The trust will keep running the service."),
    ("The council suspended her with immediate effect.",
     "The council will continue to operate the route."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_silent(nlp, config, a, b):
    kinds = _kinds(nlp, config, a, b)
    assert "negation" not in kinds and "cause" not in kinds, kinds


@pytest.mark.parametrize(("a", "b"), [
    ("The school will not offer remote lessons during the closure.",
     "Lessons will move online from tomorrow, so nobody falls behind."),
    ("Police said no one had claimed responsibility for the attack.",
     "A group opposed to the housing plans had claimed responsibility, police said."),
])  # fmt: skip
def test_paired(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("sentence", "failure"), [
    ("The bus broke down on the A6.", True),
    ("The dam gave way on Tuesday.", True),
    ("The roof caved in.", True),
    # done to a thing, people, an event of its own kind: no thing giving out
    ("Officers broke down the door at 6am.", False),
    ("The mother broke down in tears.", False),
    ("Talks broke down on Tuesday.", False),
])  # fmt: skip
def test_failure_class(nlp, sentence, failure):
    from consistency.structured.eventclass import event_class
    from consistency.structured.failures import FAILURE

    assert (FAILURE in [event_class(t) for t in nlp(sentence)]) is failure


@pytest.mark.parametrize(("sentence", "thing"), [
    ("Lessons will move online from Wednesday.", "lesson"),
    ("The hearing was held remotely.", "hearing"),
    ("Remote hearings took place on Monday.", "hearing"),
    # an adjective of place, a verb of no holding, a sharing only urged
    ("The remote village has no doctor.", None),
    ("The council did not meet virtually.", None),
    ("Police urged people not to share the footage online.", None),
    ("The school will teach online from Monday.", None),
])  # fmt: skip
def test_remote_things(nlp, sentence, thing):
    from consistency.structured.quantities import unit_name
    from consistency.structured.remotes import remotes

    things = [r.thing for r in remotes(nlp(sentence))]
    assert things == ([unit_name(thing)] if thing else []), things
