"""Wordings of plans and reversed plans, and of who stopped someone (round 25).

Plans: a halt held for a span ahead is a plan not to resume ("suspended all flights for
the rest of the season", halts.py); "open again" is a reopening; "won't need to shut it
again" says it will not be shut ("wo" is "will", "need" passes its negation on); a plan
told of "it" is a plan for the story's thing. Who stopped someone: "brought down by
passers-by", "tackled him", "detained by an off-duty police officer" are one act by two
kinds of doer (doerkinds.py), whoever took over afterwards ("until police arrived").
"""

from __future__ import annotations

import pytest

from consistency.structured.halts import halted_for
from tests.wordings import assert_paired_and_compared, compare_pair

PLANS_FIRE = [
    # the dev pairs
    ("The business, one of the oldest independent jewellers in Midshire, is planning to "
     "reopen on Saturday, a family member told the Gazette.",
     "It will stay closed until further notice while they deal with the damage and the "
     "insurers."),
    ("MNS has warned that the motorway will be closed again overnight next week so that the "
     "damaged surface can be replaced.",
     "And the good news, if you can call it that: MNS say they won't need to shut it again, "
     "because the surface came through in better shape than they feared."),
    ("In a statement released this afternoon, Skylark Balloon Flights said it had decided to "
     "suspend all passenger flights for the rest of the season while the investigation "
     "takes place.",
     "A company spokesman said flights would resume as normal next weekend once the "
     "balloon's replacement burner unit had been fitted and checked."),
    # other stories' wordings
    ("The ferry operator has suspended all sailings for the rest of the winter.",
     "Sailings will resume on Monday, the operator said."),
    ("The museum will open its doors again on Friday.",
     "The museum will stay closed until further notice."),
    ("The council says it won't need to close the bridge again.",
     "The bridge will be closed again next weekend for repairs."),
    ("The zoo has halted all guided tours until further notice.",
     "Guided tours will resume tomorrow, the zoo said."),
    ("The library is planning to reopen on Monday.",
     "It will remain closed until further notice."),
    ("The airline has grounded its fleet for at least a month.",
     "The airline's fleet will resume flying next week."),
]  # fmt: skip

PLANS_SILENT = [
    # a halt with no span ahead: it may have resumed since
    ("Skylark suspended flights on Monday.", "Flights will resume next weekend."),
    # a halt up to a day: it resumes then
    ("The operator suspended services until Friday.", "Services will resume on Friday."),
    # a halt denied
    ("The operator did not suspend services for the rest of the season.",
     "Services will resume next weekend."),
    # one reopening told two ways
    ("It will open again on Saturday.", "The shop will reopen on Saturday."),
    ("The bridge won't reopen until Friday.", "The bridge will reopen on Friday."),
    # a plan against a past event; "it" in the past is no plan of the story's thing
    ("The bridge won't need to be closed again.", "The bridge was closed on Tuesday."),
    ("It did not reopen.", "The school reopened on Monday."),
]  # fmt: skip

DOERS_FIRE = [
    # the dev pairs
    ("One of the raiders was brought down by passers-by on Corn Street as he tried to run "
     "off, and was held on the pavement until officers arrived.",
     "The arrested man was detained close to the shop by an off-duty police officer who "
     "happened to be shopping nearby, according to a police source."),
    ("A group of passers-by, including a market trader and a delivery driver, tackled him to "
     "the ground outside a nearby bakery and sat on him until police turned up.",
     "The arrested man was detained close to the shop by an off-duty police officer who "
     "happened to be shopping nearby, according to a police source."),
    # other stories' wordings
    ("The thief was tackled by a shopper outside the supermarket.",
     "The thief was detained by police outside the supermarket."),
    ("A bystander wrestled the gunman to the ground in the foyer.",
     "Armed police detained the gunman in the foyer."),
    ("The escaped prisoner was apprehended by a farmer near the A30.",
     "The escaped prisoner was apprehended by police near the A30."),
    ("Two passers-by pinned the suspect down outside the bank.",
     "An off-duty detective restrained the suspect outside the bank."),
    ("Firefighters restrained the man on the bridge.",
     "Paramedics restrained the man on the bridge."),
]  # fmt: skip

DOERS_SILENT = [
    # one kind of doer told two ways
    ("One of the raiders was brought down by passers-by as he tried to run off.",
     "A bystander tackled him as he tried to run off."),
    # two acts: a member of the public stopped him, the police arrested him
    ("A passer-by tackled the man in the street.", "Police arrested the man in the street."),
    # a wish, not who did it
    ("Police should have detained the man sooner, the family said.",
     "A passer-by detained the man."),
    # no act of stopping by the public, only a holding until police came
    ("A passer-by held him on the pavement until police arrived.",
     "Police detained him on the pavement."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PLANS_FIRE)
def test_plan_and_reversed_plan_flag(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "negation")


@pytest.mark.parametrize(("a", "b"), PLANS_SILENT)
def test_plan_look_alikes_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)


@pytest.mark.parametrize(("a", "b"), DOERS_FIRE)
def test_stoppers_of_two_kinds_flag(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), DOERS_SILENT)
def test_stopper_look_alikes_stay_silent(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, None)


@pytest.mark.parametrize(("text", "verb", "held"), [
    ("Skylark has suspended all flights for the rest of the season.", "suspended", True),
    ("Services were halted until further notice.", "halted", True),
    ("The airline grounded its fleet for at least a month.", "grounded", True),
    ("The operator suspended services on Monday.", "suspended", False),
    ("The operator suspended services until Friday.", "suspended", False),
    ("The referee paused for a moment.", "paused", False),
    ("He is currently suspended from swimming for six months.", "suspended", False),
    ("Smith was suspended for two weeks by the club.", "suspended", False),
])  # fmt: skip
def test_halts_held_for_a_span_ahead(nlp, text, verb, held):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert (halted_for(tok) is not None) is held


def test_both_kinds_in_one_claim_stay_unflagged(nlp, config):
    """A member of the public tackled him and police detained him: no role signal."""
    comparison, _ = compare_pair(nlp, config,
                                 "The man was tackled by a passer-by and then detained by "
                                 "police.", "Police detained the man.")  # fmt: skip
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # a plan told of "it" may be any thing: only a denied plan of "it" is the story's
    ("Police think it'll reopen later this morning.",
     "The operator has suspended all passenger flights for the rest of the season."),
    ("We would never reopen any attraction unless we were sure it was safe, she said.",
     "It will not reopen until the inspectors' investigation has concluded."),
])  # fmt: skip
def test_plan_of_it_is_no_reversal(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals


# "a man" is someone the sentence introduces, not the known person "him" stands for (mixed
# 300: two stories of men held near a leader). Still paired as two detentions; no signal.
NEWLY_TOLD = [
    ("As the minister arrived, police wrestled a man to the ground for getting too close.",
     "As he lashed out, a group of passers-by tackled him and pinned him to the ground."),
    ("Stewards restrained a fan who ran onto the pitch.",
     "Police officers restrained him after he ran onto the pitch."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NEWLY_TOLD)
def test_someone_newly_told_is_no_rival_of_the_known_person(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals
