"""Wordings of copula24: an injury told through a copula ("the most seriously hurt is a
15-year-old girl") or as the state a verb left someone in ("a 15-year-old girl was left
seriously injured"); the person's age or count meets another source's."""

from __future__ import annotations

import pytest

from tests.wordings import compare_pair

FIRE = [
    # the dev pair's shape (larkspur_festival_crush, without its two places)
    ("A 15-year-old girl was left seriously injured after a barrier collapsed.",
     "The most seriously injured is a 16-year-old girl, who remains in hospital."),
    ("A 15-year-old girl was left seriously injured.",
     "The most seriously injured is a 16-year-old girl."),
    ("Two fans were left injured.", "Five fans were injured."),
    ("The most seriously hurt is a 15-year-old girl.", "A 13-year-old girl was seriously injured."),
    ("Among the injured is a 15-year-old girl.", "A 13-year-old girl was hurt."),
    ("The most badly injured of the riders was a 15-year-old girl.",
     "A 13-year-old girl was injured."),
]

SILENT = [
    ("The most seriously hurt is a 15-year-old girl.", "A 13-year-old girl was arrested."),
    ("The hurt was worse than feared.", "A 13-year-old girl was injured."),
    ("The blast left two people injured.", "Five people were injured by the blast."),
    ("The girl who was hurt is 15.", "A 13-year-old boy was injured."),
]


@pytest.mark.parametrize(("a", "b"), FIRE)
def test_fires(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_silent(nlp, config, a, b):
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


def test_copula_names_who_it_befell(nlp):
    from consistency.structured.copulas import copula_heads, state_subject

    doc = nlp("The most seriously hurt is a 15-year-old girl.")
    assert copula_heads(next(t for t in doc if t.lower_ == "hurt")) == ("girl",)
    doc = nlp("The blast left two people injured.")
    assert not state_subject(next(t for t in doc if t.lower_ == "injured"))
