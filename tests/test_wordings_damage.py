"""Wordings of damage to a structure, plunges into water and planned moves, each told
by one source and denied by another; the side of a structure struck and an
organisation's home base."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import (
    DENIAL_KINDS,
    structured_pairs,
)
from tests.wordings import claims_and_frames, compare_pair

# Round 8d: damage to a structure told by one source and denied by another (damages.py):
# a noun of damage ("opened a crack in", "found no damage to"), a damage verb ("cracked
# the wall", "was not damaged"), a thing kept whole ("found it intact") or a report of the
# damage called false; one structure (a bare part belongs to the structure named).
_DAMAGED = [
    ('The earthquake opened a crack in the wall of the Orrin dam.',
     'Reports circulating on social media of a crack in the Orrin dam are false.'),
    ('The earthquake opened a crack in the wall of the Orrin dam.',
     'Engineers went up to the Orrin dam at first light and found no damage to the wall.'),
    ('The earthquake opened a crack in the wall of the Orrin dam.',
     'Engineers inspected the dam wall this morning and found it fully intact.'),
    ('The quake cracked the wall of the Halden dam.',
     'The Halden dam was not damaged, officials said.'),
    ('The storm breached the Kell levee overnight.',
     'Engineers found no breach in the Kell levee.'),
    ('The Alder bridge suffered serious damage in the flood.',
     'The Alder bridge was undamaged, the council said.'),
    ('The Kell levee sustained a breach overnight.',
     'Engineers say the Kell levee is intact.'),
    ('The Alder bridge was damaged in the flood.',
     'Reports that the flood damaged the Alder bridge are false.'),
]


@pytest.mark.parametrize(("a", "b"), _DAMAGED)
def test_damage_and_its_denial_give_a_negation_signal(nlp, config, a: str, b: str) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    assert gate and "negation" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # walls of other buildings; lesser damage against a denial of one kind; a later
    # finding; another structure; another bridge by name; another part; a rumour; a
    # breach feared; a possibility; both deny
    ('Dozens of houses were left with cracked walls.',
     'Engineers found no damage to the wall of the Orrin dam.'),
    ('Inspectors found minor cracks in the Alder bridge.',
     'The Alder bridge suffered no structural damage.'),
    ('Inspectors later found a crack in the Orrin dam.',
     'Engineers inspected the Orrin dam and found it intact.'),
    ('The quake damaged the Vessford bridge.',
     'The Orrin dam was not damaged.'),
    ('The flood damaged the Alder bridge.',
     'The Kell bridge was undamaged.'),
    ('A crack opened in the spillway of the Orrin dam.',
     'The wall of the Orrin dam was intact.'),
    ('Rumours that the quake cracked the Orrin dam spread online.',
     'The Orrin dam is intact.'),
    ('Engineers feared a breach of the Kell levee.',
     'There was no breach of the Kell levee.'),
    ('The Orrin dam could be damaged if the rain continues.',
     'The Orrin dam was not damaged.'),
    ('The Orrin dam suffered no damage.',
     'Engineers found the Orrin dam intact.'),
])  # fmt: skip
def test_damage_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_damage_and_its_denial(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
        "courier.txt": ["The earthquake opened a crack in the wall of the Orrin dam."],
        "statement.txt": ["Engineers inspected the dam wall this morning and found it intact.",
                          "The Vessford bridge was not damaged."],
    })  # fmt: skip
    pairs = {frozenset((a.text, b.text))
             for a, b in structured_pairs(claims, frames, kinds=DENIAL_KINDS)}  # fmt: skip
    assert frozenset((claims[0].text, claims[1].text)) in pairs  # a crack, and the wall intact
    assert frozenset((claims[0].text, claims[2].text)) not in pairs  # another structure


# Round 9d: a thing going into water, told by one source and denied by another
# (plunges.py): "plunged off the bridge and into the river" against "no vehicle entered
# the water"; a broader noun's denial covers a narrower mover (vehicle > car).
_PLUNGED = [
    ('A car went over the side of the bridge and into the river seconds after the impact.',
     'Police said no vehicle had gone into the water, despite accounts circulating on '
     'social media that a car had plunged off the bridge.'),
    ('A car plunged off the Kessing Bridge and into the River Carrow on Tuesday night.',
     'Carrowshire Police have confirmed that no vehicle entered the river.'),
    ('A car plunged off the Kessing Bridge and into the River Carrow on Tuesday night.',
     'Police have been very clear this morning that no car went into the water.'),
    ('A van skidded off the Alder road and plunged into the canal.',
     'Police said no vehicle ended up in the canal at Alder.'),
    ('Witnesses said a bus toppled into the harbour at Kell.',
     'The coastguard said none of the vehicles went into the water at Kell.'),
]


@pytest.mark.parametrize(("a", "b"), _PLUNGED)
def test_plunge_and_its_denial_give_a_negation_signal(nlp, config, a: str, b: str) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    assert gate and "negation" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # another kind of vehicle; a broader mover against a narrower denial; two named
    # rivers; a possibility; a rumour; what a report said; both tell a plunge
    ('A lorry plunged into the river at Alder.',
     'Police said no car went into the river at Alder.'),
    ('A vehicle plunged into the river at Alder.',
     'Police said no car went into the river at Alder.'),
    ('A car plunged into the River Carrow.',
     'Police said no vehicle went into the River Tane.'),
    ('A car could have plunged into the River Carrow.',
     'Police said no vehicle went into the River Carrow.'),
    ('Unconfirmed reports said a bus had fallen into the river at Kell.',
     'No vehicle entered the river at Kell, police said.'),
    ('Police divers searched the river after reports that a vehicle had gone into the water.',
     'Police said no vehicle had gone into the water.'),
    ('A car plunged into the river at Alder.',
     'A lorry plunged into the river at Alder, police said.'),
])  # fmt: skip
def test_plunge_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_a_plunge_and_its_denial(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
        "echo.txt": ["A car plunged off the Kessing Bridge and into the River Carrow."],
        "police.txt": ["Police confirmed that no vehicle entered the river.",
                       "Police confirmed that nobody fell into the river."],
    })  # fmt: skip
    pairs = {frozenset((a.text, b.text))
             for a, b in structured_pairs(claims, frames, kinds=DENIAL_KINDS)}  # fmt: skip
    assert frozenset((claims[0].text, claims[1].text)) in pairs
    assert frozenset((claims[0].text, claims[2].text)) not in pairs  # a car; no person


# Round 9d: a plan to leave a named place against its denial (relocations.py): "want to
# quit Marsh Lane" against "has no plans to move the club from Marsh Lane" or "will
# continue to play its home matches at Marsh Lane".
_RELOCATED = [
    ('The new owners also want to quit Marsh Lane and build a 25,000-seat stadium at '
     'Coldharbour Fields.',
     'The consortium has no plans to move the club from Marsh Lane, its home since 1898, '
     'Rourke said.'),
    ('The new owners also want to quit Marsh Lane and build a 25,000-seat stadium at '
     'Coldharbour Fields.',
     'Meridian has given a firm commitment that the club will continue to play its home '
     'matches at Marsh Lane, and there are no plans to relocate.'),
    ('The owners plan to relocate Kellby Town from Hatton Road to a new ground on the ring road.',
     'Kellby Town will stay at Hatton Road, the chairman said.'),
    ('The company intends to leave Alder Park and move its headquarters to Leeds.',
     'The company has ruled out leaving Alder Park, its chief executive said.'),
]


@pytest.mark.parametrize(("a", "b"), _RELOCATED)
def test_planned_move_and_its_denial_give_a_negation_signal(nlp, config, a, b) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    assert gate and "negation" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # people leaving after a game; a move told as history; a possibility; two plans to
    # leave; two places
    ('Fans will leave Marsh Lane after the final whistle.',
     'Rovers will stay at Marsh Lane, the owners said.'),
    ('The club moved from Marsh Lane to Coldharbour Fields in 1998.',
     'The club has no plans to move from Coldharbour Fields.'),
    ('The club could leave Marsh Lane in future.',
     'The club will stay at Marsh Lane.'),
    ('The owners want to quit Marsh Lane.',
     'The owners want to leave Marsh Lane and move to Coldharbour Fields.'),
    ('The company will move its offices from Alder Park.',
     'The club will stay at Hatton Road.'),
])  # fmt: skip
def test_planned_move_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_a_planned_move_and_its_denial(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
        "post.txt": ["The new owners want to quit Marsh Lane."],
        "wire.txt": ["The club will stay at Marsh Lane.", "The club will stay at Hatton Road."],
    })  # fmt: skip
    pairs = {frozenset((a.text, b.text))
             for a, b in structured_pairs(claims, frames, kinds=DENIAL_KINDS)}  # fmt: skip
    assert frozenset((claims[0].text, claims[1].text)) in pairs
    assert frozenset((claims[0].text, claims[2].text)) not in pairs  # another place


# Round 9c: the side of a structure a moving thing struck (structured/struck.py) and an
# organisation's home base (structured/bases.py).
_ROUND9C = [
    ("Witnesses said the bow of the ship slammed into the bridge's north pier.",
     "The Orla Brenn was leaving the harbour when it struck the bridge's south pier."),
    ('It hit the north pier of the Kessing Bridge at 2240 GMT, according to the port '
     'authority.', "You can see where the ship's bow hit the south pier."),
    ('A tanker ploughed into the south span of the Harlow viaduct.',
     'The tanker crashed into the north span of the Harlow viaduct on Monday.'),
    ('The north wall of the lock was struck by the barge.',
     'The barge hit the south wall of the lock.'),
    ('The owner of Brackenford Rovers has sold it to a Rotterdam-based investment consortium.',
     'Meridian, an investment group based in Antwerp, is led by Tomas Vellacott.'),
    ('Meridian is a Rotterdam outfit with interests in shipping.',
     'The buyer, Meridian Harbour Group, is an Antwerp-based consortium.'),
    ('Halcrow Partners, a Leeds-based investment firm, bought the Kell brewery.',
     'Halcrow Partners, which is headquartered in Manchester, bought the Kell brewery.'),
    ('The Kell brewery was bought by a Bristol-based private equity firm.',
     'The buyer, Ostrander Capital, is a company based in Cardiff.'),
]  # fmt: skip

_ROUND9C_SILENT = [
    # two strikers; a whole structure and its part; two structures; two days; the same
    # side told twice; a storm on a coast; a denial; a ship moored, not striking
    ('The ship hit the north pier of the bridge on Monday.',
     'A barge hit the south pier of the bridge on Monday.'),
    ('The ship hit the north pier of the Kessing Bridge.', 'The ship hit the Kessing Bridge.'),
    ('The ship hit the north pier of the Kessing Bridge.',
     'The ship hit the south pier of the Tolley Bridge.'),
    ('The ship hit the north pier of the bridge on Monday.',
     'The ship hit the south pier of the bridge on Thursday.'),
    ('The ship hit the north pier of the bridge.', "The ship struck the bridge's northern pier."),
    ('The storm hit the north coast.', 'The storm hit the south coast.'),
    ('The ship did not hit the north pier.', 'The ship hit the south pier.'),
    ('The ship hit the north pier.', 'The ship was moored at the south pier.'),
    # a base and an office elsewhere; a country holding the city; a nationality; two
    # organisations (two names; two bidders told by nouns; a buyer and the club); a person
    ('Meridian is based in Rotterdam and has an office in Antwerp.',
     'Meridian, an Antwerp-based group, bought the club.'),
    ('Meridian has an office in Antwerp.', 'Meridian, a Rotterdam-based group, bought the club.'),
    ('Meridian is based in the Netherlands.',
     'Meridian, a Rotterdam-based group, bought the club.'),
    ('Meridian is backed by Dutch investors.',
     'Meridian, an Antwerp-based group, bought the club.'),
    ('Meridian, a Rotterdam-based group, bought the club.',
     'Halcrow, an Antwerp-based firm, bid for the club.'),
    ('A Rotterdam-based consortium bought the club.',
     'An Antwerp-based consortium also bid for the club.'),
    ('Meridian, a Rotterdam-based group, bought the club.',
     'Brackenford Rovers, a Yorkshire-based club, was sold on Friday.'),
    ('Meridian, a Rotterdam-based group, bought the club.',
     'The Antwerp-based doctor treated the player.'),
    ('Meridian, a Rotterdam-based group, bought the club.', 'Meridian is a Rotterdam outfit.'),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), _ROUND9C)
def test_round9c_struck_side_and_base_clash(nlp, config, a, b) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    assert gate and "location" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _ROUND9C_SILENT)
def test_round9c_struck_side_and_base_lookalikes(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "location"], comparison.signals


def test_base_candidates_pair_two_bases_only(nlp, config) -> None:
    """Two bases of one organisation meet whatever the embeddings say; one base told
    twice does not."""
    a, b = _ROUND9C[4]
    same = 'Meridian, the group that bought Rovers, is based in Antwerp.'
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "post.txt": [b], "blog.txt": [same]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    found = structured_candidates(structure, np.zeros((3, 4), dtype=np.float32), config)
    pairs = {frozenset((p.a.text, p.b.text)) for p in found}
    assert frozenset((a, b)) in pairs
    assert frozenset((b, same)) not in pairs
