"""Wordings of figures of one thing (round 15, counts15): the rate of one named measure
told as two percentages (rates.py), and a thing's own depth or height against where a
thing lies below or above (measures.py, ``measure_dimensions``)."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair


@pytest.mark.parametrize(("a", "b"), [
    # dev (kelderby_recount): turnout told twice, in two sentence shapes
    ('Turnout was 24.7 per cent, with a total of 3,072 ballot papers counted in Kelderby.',
     'Turnout in the Kelderby ward was 27.4 per cent.'),
    ('Turnout was 24.7 per cent in Kelderby.',
     'Turnout in Kelderby was 27.4 per cent, up from 24.1 per cent at the last election '
     'in May 2023.'),
    # other wordings: "a turnout of", "stood at", "%" and "percent", another measure
    ('A turnout of 27.4% was recorded in the Hatherley by-election.',
     'Turnout in the Hatherley by-election stood at 24.7 percent.'),
    ("Kelderby's unemployment rate is 5.1 per cent, the council said.",
     'The unemployment rate in Kelderby was 4.3%, officials said.'),
    ('Support for the Kelderby bypass was 62 per cent in the council survey.',
     'Support for the Kelderby bypass stood at 48 per cent, the council survey found.'),
])
def test_rates_of_one_measure_clash(nlp, config, a, b):
    assert_paired_and_compared(nlp, config, a, b, "number")


@pytest.mark.parametrize(("a", "b"), [
    # rounding: 27 per cent is 27.4 per cent rounded
    ('Turnout in Kelderby was 27.4 per cent.', 'Turnout in Kelderby was 27 per cent.'),
    # another measure
    ('Turnout in Kelderby was 27.4 per cent.', 'Unemployment in Kelderby was 24.7 per cent.'),
    # another year, a baseline, another kind, another place
    ('Turnout in Kelderby was 27.4 per cent.',
     'Turnout in Kelderby in 2023 was 24.1 per cent.'),
    ('Turnout in Kelderby was 27.4 per cent, up from 24.1 per cent.',
     'Turnout in Kelderby was 27.4 per cent.'),
    ('The national turnout was 60 per cent in the Kelderby poll.',
     'The local turnout in the Kelderby poll was 27.4 per cent.'),
    ('Turnout in Kelderby was 27.4 per cent.', 'Turnout in Ashby was 24.7 per cent.'),
])
def test_rates_of_other_things_stay_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # one thing's own depth or height, told twice
    ('Engineers say the hole is around 12 metres across and nine metres deep.',
     'The void currently measures approximately 12 metres across and six metres deep.'),
    ('The Brennock crater is about 20 feet deep.',
     'The Brennock crater was nearly 12 metres deep, engineers said.'),
    ('The Brennock wall is four metres high.',
     'The Brennock wall stands about seven metres tall.'),
    # where a thing lies, told twice, still compares
    ('The men were trapped some 250 metres down in the Brennock mine.',
     'The Brennock miners were trapped 1,200 feet below ground.'),
])
def test_one_depth_or_height_clashes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # dev (brackenford_sinkhole): the hole's depth is no depth of the sewer under it
    ('Engineers say the hole is around 12 metres across and nine metres deep.',
     'Northvale Water said a Victorian brick sewer running roughly six metres below the '
     'surface had given way.'),
    ('The Brennock shaft is 300 metres deep, the mine company said.',
     'The Brennock miners were trapped about 200 metres underground.'),
    ('The Brennock tower stands 60 metres tall.',
     'A worker fell from a platform 40 metres up the Brennock tower.'),
])
def test_size_is_no_place_below_or_above(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals
