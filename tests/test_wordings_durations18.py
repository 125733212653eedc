"""How long one event lasted, told two ways (structured/durations.py): the dev pairs of
calderbridge_blackout and delacourt_guitar_auction, further wordings that must clash, and
look-alikes that must stay silent (another event, a forecast, "within", rounding, another
anchor)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

CLASH = [
    ("Passengers were stuck in there in complete darkness for about forty minutes before "
     "firefighters got to them.",
     "On one tram caught in the Millgate tunnel, about 60 passengers were left sitting in the "
     "dark for nearly two hours before firefighters walked them out."),
    ("Passengers were stuck in there in complete darkness for about forty minutes.",
     "Passengers on a tram stopped inside the tunnel said they were trapped for almost two "
     "hours before fire crews arrived."),
    ("It was bought by a phone bidder after a bidding war lasting about four minutes.",
     "Bidding opened at £100,000 and continued for 11 minutes."),
    ("After a four-minute bidding war, the guitar sold for £250,000.",
     "The bidding lasted 11 minutes."),
    ("The standoff, which lasted six hours, ended peacefully.",
     "The standoff went on for two hours."),
    ("The flight ended 70 seconds after lift-off.",
     "The flight had ended around two minutes and 40 seconds after lift-off."),
    ("The strike went on for three days.", "The strike lasted 12 hours."),
]

SILENT = [
    ("The outage lasted 19 hours.", "Passengers were stuck for forty minutes."),
    ("The blackout was expected to last two hours.", "The blackout lasted 40 minutes."),
    ("Power was restored within an hour.", "The blackout lasted 40 minutes."),
    ("The hearing lasted just under an hour.", "The hearing lasted 55 minutes."),
    ("The bidding lasted about an hour.", "The bidding lasted 55 minutes."),
    ("The flight ended 70 seconds after it cleared the tower.",
     "The flight ended about 160 seconds after launch."),
    ("The bidding lasted 11 minutes.", "The bidding for the second guitar lasted 11 minutes."),
]


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_durations_of_one_event_clash(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert any(s.kind == "number" and "how long" in s.explanation for s in comparison.signals), \
        comparison.signals  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not any("how long" in s.explanation for s in comparison.signals), comparison.signals


def test_dev_pair_is_paired_without_embeddings(nlp, config):
    assert_paired_and_compared(nlp, config, *CLASH[2], "number")
