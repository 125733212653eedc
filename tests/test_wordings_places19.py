"""Wordings of where one kind of event was held (eventvenues.py: "the auction was staged
at X", "the lot sold in Y's saleroom"), of where money goes (proceeds.py: "the money
will go to X", "proceeds will be donated to Y") and of how a buyer bid (doerkinds.py:
"a collector bidding in the room", "a telephone bidder"), and the look-alikes that stay silent: a
venue and the town it is in, two kinds of event, one facility named twice, a sale of a
stake, a planned sale, an estate and its unnamed executors, money denied, people moved."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_AUCTION = "The auction was staged at the Kestleton Corn Exchange, where fans packed in."


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (delacourt_guitar_auction): the venue
    (_AUCTION, "The Delacourt Collection, the contents of the Kestleton home of Rory"
               " Delacourt, sold in our Bridge Street saleroom on Saturday 8 March 2025."),
    (_AUCTION, "After an 11-minute bidding battle at Marlowe & Sons' Bridge Street saleroom,"
               " the guitar sold for £420,000."),
    # other wordings of one event's venue: a verb, a noun, a compound, "took place"
    ("The auction was held at Grafton Town Hall.",
     "The painting was sold at Bellamy's Mill Lane saleroom."),
    ("The sale took place at the Royal Crescent Hotel.",
     "The auction was staged at the Ludlow Corn Exchange."),
    ("Bidding took place at the Harlow Exchange.",
     "The vase sold for £40,000 at the Grand Hotel."),
    ("The concert was held at Harlow Arena.",
     "The band performed at the Palace Theatre on Saturday."),
    ("The match was played at Riverside Stadium.", "The game took place at Northgate Park."),
])
def test_one_event_at_two_venues_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (delacourt_guitar_auction): where the money goes
    ("The money raised will go to Delacourt's estate, which is managed by his widow, Ingrid.",
     "In line with the wishes of the Delacourt family, proceeds from the sale of Old Nell"
     " will be donated in full to the Salt Road Trust, a Kestleton charity."),
    ("The money raised will go to Delacourt's estate, which is managed by his widow, Ingrid.",
     "His widow, Ingrid Delacourt, 72, said the family had decided that the money from Old"
     " Nell would go to the Salt Road Trust."),
    # other wordings: another money noun, an active giver, "given to", "handed to"
    ("The money raised will go to Delacourt's estate.",
     "Proceeds will be donated to the Salt Road Trust."),
    ("All profits from the concert will go to the Harbour Hospice.",
     "The band said the money would be given to the Red Cross."),
    ("Every penny raised is going to Oxfam.",
     "The funds will be handed to the Kestrel Foundation."),
    ("The club will donate its takings to the Brannock Food Bank.",
     "The takings will go to the Salvation Army."),
])
def test_money_to_two_recipients_fires(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "location")


_COLLECTOR = ("It was bought by a collector bidding in the room, who declined to give his name,"
              " after a tense contest against two telephone bidders and one online.")


@pytest.mark.parametrize(("a", "b"), [
    # the dev pairs (delacourt_guitar_auction): who bought the guitar
    (_COLLECTOR, "The guitar was secured by a telephone bidder who wishes to remain anonymous."),
    (_COLLECTOR, "The guitar was bought by an anonymous bidder on the telephone, Marlowe & Sons"
                 " said on Saturday."),
    (_COLLECTOR, "It was bought by a phone bidder after a bidding war lasting about four"
                 " minutes."),
    # other wordings: a clause on the buyer, a place of the act, an active buyer
    ("The painting was bought by a dealer sitting in the saleroom.",
     "The painting was bought by an online bidder."),
    ("The vase was purchased by a bidder on the phone.",
     "The vase was bought by a woman in the room."),
    ("A telephone bidder bought the ring.",
     "The ring was acquired by a buyer bidding over the internet."),
    ("The lot was secured by a bidder in the saleroom.", "It was bought by a phone bidder."),
])
def test_buyers_bidding_two_ways_fire(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b"), [
    # one way of bidding told twice; the auctioneer is no buyer; two lots; rivals' way
    ("The guitar was bought by a telephone bidder.",
     "The guitar was bought by an anonymous bidder on the phone."),
    ("The sale was run by an auctioneer in the saleroom.",
     "The painting was bought by a phone bidder."),
    ("The vase was bought by a telephone bidder.",
     "The painting was bought by a bidder in the room."),
    ("It was bought by a phone bidder after a contest against two bidders in the room.",
     "The guitar was bought by a telephone bidder."),
])
def test_buyer_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # a venue and the town it is in
    ("The auction was held at Grafton Town Hall.",
     "The painting was sold at auction in Grafton."),
    # two kinds of event
    ("The auction was held at Grafton Town Hall.", "The concert was held at Harlow Arena."),
    # one facility, named whole and by a room of it
    ("The auction was held at the Royal Crescent Hotel.",
     "The sale took place in the Royal Crescent Hotel ballroom."),
    # a sale of a stake "in" a facility places no sale there
    ("The company sold its stake in Brannock Hospital.",
     "The auction was held at Grafton Town Hall."),
    # a sale only planned
    ("The auction was held at Grafton Town Hall.",
     "The painting will be sold at the Mill Lane saleroom next year."),
    # an estate and the people who run it, without a name
    ("The money will go to Delacourt's estate.", "The money will go to his executors."),
    # money denied to one recipient agrees with money to another
    ("No money will go to the Salt Road Trust.",
     "The money raised will go to Delacourt's estate."),
    # people taken somewhere are no money
    ("Two passengers were taken to Kessington Memorial Hospital.",
     "The money will go to the Salt Road Trust."),
    # one recipient told twice; an unnamed recipient
    ("Proceeds will go to the Salt Road Trust.", "The money will be donated to Salt Road Trust."),
    ("The money will go to a local charity.",
     "The proceeds will be donated to the Salt Road Trust."),
])
def test_look_alikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "location" not in [s.kind for s in comparison.signals], comparison.signals


def test_money_destination_reads_as_where_it_goes(nlp, config):
    comparison, _ = compare_pair(nlp, config, "Every penny raised is going to Oxfam.",
                                 "The funds will be handed to the Kestrel Foundation.")
    text = " ".join(s.explanation for s in comparison.signals)
    assert "proceeds go to" in text and "taken to" not in text
