"""Round 23 (amounts23): a sum paid to each of a body of payees, or a sum demanded, told as
two amounts (structured/payouts.py)."""

from __future__ import annotations

import pytest

from consistency.structured.payouts import PAYOUT
from tests.wordings import assert_paired_and_compared, claims_and_frames, compare_pair

_FIRE = [
    # the dev pairs (calderbridge_blackout, kessbridge_boil_water, kettlebury ransomware)
    ("NPN said that any household left without power for more than 12 hours would be "
     "entitled to an automatic payment of £75.",
     "Domestic customers who were off supply for 12 hours or more will automatically "
     "receive a payment of £95."),
    ("NPN said that any household left without power for more than 12 hours would be "
     "entitled to an automatic payment of £75.",
     "Customers who were without power for more than 12 hours will automatically receive "
     "£95 under the industry's guaranteed standards."),
    ("Households will get £50 knocked off their next bill, according to the company.",
     "Every affected household will get a £30 credit on its next bill, the company confirmed."),
    ("Households will get £50 knocked off their next bill, according to the company.",
     "Each household in the affected area will be credited £30 under the company's "
     "goodwill scheme."),
    ("A criminal gang that has crippled a district council's computers is demanding "
     "£1.9 million for the keys to unlock its files.",
     "From what's been reported, the crooks want £4.2 million to hand back the keys."),
    # other wordings: a dative, a passive "given", "compensated with", "to" payees,
    # "asked for", a ransom noun
    ("The water company will pay each customer £40 in compensation.",
     "Customers will receive £60 each for the disruption."),
    ("Residents are to be given £200 each, the council said.",
     "Every resident will receive a payment of £350."),
    ("Each family will be compensated with £500.",
     "Families will get £800 in compensation, the operator said."),
    ("The airline will offer a refund of £120 to all passengers on the cancelled flight.",
     "Passengers on the cancelled flight will be refunded £150."),
    ("The hackers have asked for £3m in bitcoin.",
     "The attackers are demanding a £5m ransom."),
]

_SILENT = [
    # a total with no payee, another body of payees, a further sum, a wish, a negation
    ("The company expects to pay out £4m in compensation.",
     "Customers will automatically receive £95."),
    ("Businesses will receive £500 for each day they were cut off.",
     "Households will receive £95."),
    ("Customers will receive £95, plus a further £40 for every extra 12 hours.",
     "Customers will receive £40 for the outage."),
    ("Campaigners say customers should receive £200.",
     "Customers will receive £95, the company said."),
    ("Customers will not receive £200, the regulator said.",
     "Customers will receive £95."),
    # two currencies, a demand by the public against a ransom demand, a named payee
    ("The gang demanded $2.4m in bitcoin.", "The gang demanded £4.2 million."),
    ("Residents want £500 in compensation.", "The gang is demanding £4.2 million."),
    ("Chelsea will receive £40m for the striker.", "Arsenal will receive £60m."),
    # the dev look-alike (kessbridge): business customers are another body of payees
    ("Business customers will receive £100 towards the disruption.",
     "Every household in the affected area will receive a £30 credit on its account."),
    ("Commercial customers will get £250.", "Domestic customers will get £95."),
]
# those no other number check reads either (a sum on one event is compared as a count)
_SILENT_WHOLE = [_SILENT[0], _SILENT[1], _SILENT[5], _SILENT[6], _SILENT[7]]


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_two_sums_paid_or_demanded_give_a_number_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "number" for s in comparison.signals), comparison.signals


@pytest.mark.parametrize(("a", "b"), _SILENT_WHOLE)
def test_other_sums_stay_silent(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "number"], comparison.signals


def _payouts_differ(nlp, a: str, b: str) -> bool:
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    return PAYOUT.differ(frames[claims[0].id], frames[claims[1].id])


@pytest.mark.parametrize(("a", "b"), _FIRE)
def test_two_sums_paid_or_demanded_differ(nlp, a: str, b: str) -> None:
    assert _payouts_differ(nlp, a, b)


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_other_sums_are_not_one_sum_paid_or_demanded(nlp, a: str, b: str) -> None:
    assert not _payouts_differ(nlp, a, b)


def test_a_payout_pair_is_paired_whatever_the_embeddings(nlp, config) -> None:
    assert_paired_and_compared(
        nlp, config, "Every affected household will get a £30 credit on its next bill.",
        "Households will get £50 knocked off their next bill.", "number")  # fmt: skip
