"""Wordings of counts (round 16, numbers16): "a single" / "the lone" / "one sole" read as
one (quantities.py, ``single_words``), and margins still compare with margins only."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    # dev (kelderby_recount): the winning margin
    ('Ruth Okafor of Community First won the Hatherley by-election by a single vote over '
     'Gareth Penrose.',
     "Ruth Okafor beat the Ratepayers' Association candidate Gareth Penrose by two votes, "
     '1,214 to 1,212, after a recount.'),
    ('Ruth Okafor of Community First won the Hatherley by-election by a single vote over '
     'Gareth Penrose.',
     "Community First's Ruth Okafor has won the Hatherley ward by-election by just two "
     'votes after a tense overnight count.'),
    # other wordings: another contest, "a lone", "one single", "the sole", seats, goals
    ('Maria Lind won the Ostvik mayoral race by a lone vote.',
     'Maria Lind took the Ostvik mayoral race by three votes.'),
    ('The Dunmore council motion passed by one single vote.',
     'The Dunmore council motion passed by four votes.'),
    ('Greendale Rovers beat Ashby Town by a single goal in the Fenwick Cup final.',
     'Greendale Rovers beat Ashby Town by two goals in the Fenwick Cup final.'),
    ('Only a single patient was admitted to Harwick General after the Harwick blast.',
     'Three patients were admitted to Harwick General after the Harwick blast.'),
])
def test_single_counts_as_one(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), [
    # margin vs tally: one vote ahead is no count of all votes
    ('Ruth Okafor won the Hatherley by-election by a single vote.',
     'Ruth Okafor won the Hatherley by-election with 1,214 votes.'),
    # a margin at another stage
    ('Ruth Okafor won the Hatherley by-election by a single vote.',
     'Gareth Penrose had been five votes behind in the Hatherley count after the first count.'),
    # "single" as no count: a single market, a single mother
    ('Harwick joined the single market in 1995.', 'Harwick has three markets.'),
    # one and a single agree
    ('Ruth Okafor won the Hatherley by-election by one vote.',
     'Ruth Okafor won the Hatherley by-election by a single vote.'),
])
def test_single_lookalikes_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals
