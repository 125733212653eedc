"""A denial in the perfect held over a span up to now is a lapse, not a denial: "had not
been recorded in Britain for generations" beside "has been recorded at the moss"
(structured/negation.py ``_lapse``; blind round 46). A bare denial still clashes."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

_SILENT = [
    ('A beetle that had not been recorded in Britain for generations was found at Ashby Moss.',
     'Six beetles have now been recorded at Ashby Moss, the trust said.'),
    ('The Denton orchid has not been seen in the valley since 1952.',
     'Volunteers saw the Denton orchid in the valley on Sunday.'),
    ('Harlow Rovers have not won the county cup in 20 years.',
     'Harlow Rovers won the county cup on Saturday.'),
]

_FIRES = [
    ('The Denton Arms has not reopened, the council said.',
     'The Denton Arms reopened on Friday, the council said.'),
]


@pytest.mark.parametrize(("a", "b"), _SILENT)
def test_a_lapse_is_no_denial(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _FIRES)
def test_a_bare_denial_still_clashes(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals
