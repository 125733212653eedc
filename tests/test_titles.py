"""The office and organisation read around a person's name (structured/titles.py)."""

from __future__ import annotations

import pytest

from consistency.structured.titles import TitledPerson, orgs_differ, titles_in


@pytest.mark.parametrize(("text", "read"), [
    ("Anika Rourke, Meridian's chief executive, said so.",
     [("Anika Rourke", "chief executive", "Meridian")]),
    ("Its finance director, Anika Rourke, said so.", [("Anika Rourke", "finance director", "")]),
    ("Miriam Tolley, the port authority's operations director, said so.",
     [("Miriam Tolley", "operations director", "port authority")]),
    ("Miriam Tolley, director of operations at the Velmouth Port Authority, said so.",
     [("Miriam Tolley", "operations director", "Velmouth Port Authority")]),
    ("Rex Tillerson, secretary of state, said so.", [("Rex Tillerson", "secretary of state", "")]),
    ("Tom Berg, the party's general secretary and chief executive, said so.",
     [("Tom Berg", "general secretary", "party"), ("Tom Berg", "chief executive", "party")]),
    # former offices, and offices named in a relative clause, are not read
    ("Anika Rourke, Meridian's former chief executive, said so.", []),
    ("Anika Rourke, a former chief executive of Meridian, said so.", []),
    ("Tom Berg, the town's then mayor, said so.", []),
])  # fmt: skip
def test_titles_in_reads_office_and_organisation(text: str, read) -> None:
    assert [(t.person, t.title, t.org) for t in titles_in(text)] == read


@pytest.mark.parametrize(("org_a", "org_b", "differ"), [
    ("Meridian", "Meridian Harbour Group", False),
    ("port authority", "Velmouth Port Authority", False),
    ("the club", "Meridian", False),  # a common noun may be either
    ("", "Meridian", False),
    ("Meridian Harbour Group", "Brackenford Rovers", True),
])  # fmt: skip
def test_orgs_differ_only_for_two_named_organisations(org_a, org_b, differ) -> None:
    a, b = (
        TitledPerson("Anika Rourke", "chief executive", org_a),
        TitledPerson("Anika Rourke", "finance director", org_b),
    )
    assert orgs_differ(a, b, lambda name: name) is differ
