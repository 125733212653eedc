"""Wordings of an event denied of one kind of participant ("no rescuer was injured", "no
shots were fired") against a source telling it happened to that kind (nobody_denial.py):
such pairs are asked for whatever the embeddings say, and compared as a negation; and the
look-alikes that must not be paired: "no one else was hurt", "no other staff", "none of
the passengers", "nobody asked any questions", a denial of another kind of participant,
a bare "no one was hurt". And a legal challenge told and denied (acts.py, act_phrases
"challenge"), with its look-alikes: two named people, a possible challenge, two appeals."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from tests.wordings import claims_and_frames, compare_pair

_DENIED = [
    # the dev pairs (veldmoor_avalanche, merrowby_building_society_robbery)
    ("A second, smaller avalanche came down at around four o'clock close to where the teams "
     "were digging, and one rescuer was injured.",
     "No rescuer was injured during the operation."),
    ("One of the men fired a shot into the ceiling when a customer tried to leave.",
     "Police confirmed that no shots had been fired during the raid."),
    # other wordings: another verb, plural vs singular, active vs passive, an object
    ("Two passengers were injured when the bus left the road.",
     "No passengers were injured when the bus left the road."),
    ("A firefighter was hurt while tackling the blaze at the warehouse.",
     "No firefighters were hurt in the warehouse blaze, the fire service said."),
    ("Three homes were damaged by the flood water.",
     "No homes were damaged by the flood water."),
    ("Police arrested a 19-year-old man at the scene.",
     "Police said no man had been arrested at the scene."),
]

_NOT_PAIRED = [
    # someone else was hurt: "no one else", "no other"
    ("A cashier was injured during the robbery.",
     "The force said no one else was injured during the robbery."),
    ("Two guards were injured during the riot.",
     "No other staff were injured during the riot."),
    # a doer denied, not the one it befell
    ("Anyone who sees either man is asked to call police.",
     "They were caught the same day, and nobody asked any hard questions."),
    # a denial of one kind of participant against another kind
    ("Three skiers were killed and four injured when the avalanche struck the party.",
     "No rescuer was injured during the operation."),
    # a negating pronoun meets no assertion by itself: an earlier event's injuries
    ("The blast injured about 1,500 people.", "Miraculously, no one was hurt."),
    # a group named: partitives.py reads it
    ("The driver was injured in the crash.",
     "None of the passengers were injured in the crash."),
]


def _paired(nlp, config, a: str, b: str) -> bool:
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)
    return bool(structured_candidates(structure, vectors, config))


@pytest.mark.parametrize(("a", "b"), _DENIED)
def test_denial_of_a_kind_is_paired_and_flagged(nlp, config, a, b):
    assert _paired(nlp, config, a, b)
    result, _ = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in result.signals], result.signals


@pytest.mark.parametrize(("a", "b"), _NOT_PAIRED)
def test_denial_look_alikes_are_not_paired(nlp, config, a, b):
    assert not _paired(nlp, config, a, b)


_CHALLENGES = [
    # the dev pairs (kelderby_recount)
    ("Penrose told SPA by telephone that he would lodge an election petition with the "
     "High Court.",
     "Mr Penrose, 58, said he accepted the result and would not be mounting a legal "
     "challenge."),
    ("Penrose told SPA by telephone that he would lodge an election petition with the "
     "High Court.",
     "Mr Penrose has said he accepts the outcome and will not challenge it."),
    # other wordings: contest / appeal / file / dispute / bring a challenge
    ("The defeated candidate, Anna Ross, said she would contest the result in court.",
     "Anna Ross said she would not appeal."),
    ("The club said it had filed an appeal against the ban.",
     "The club said it would not appeal against the ban."),
    ("Lawyers for Mark Dean have lodged an appeal against his conviction.",
     "Mark Dean will not appeal against his conviction, his solicitor said."),
    ("The council said it would dispute the decision.",
     "The council said it would not be bringing a challenge."),
]

_CHALLENGE_LOOK_ALIKES = [
    # two named people: the pronoun stands for its speaker
    ("Anna Ross said she would lodge an appeal.", "Tom Hill said he would not appeal."),
    # a challenge only possible
    ("Anna Ross may appeal against the decision.",
     "Anna Ross will not appeal against the decision."),
    # two appeals, both told
    ("The club has lodged an appeal against the ban.",
     "The club has lodged an appeal against the fine."),
    # another act denied
    ("Anna Ross said she would lodge an objection to the planning application.",
     "Anna Ross said she would not stand again."),
]


@pytest.mark.parametrize(("a", "b"), _CHALLENGES)
def test_challenge_told_and_denied(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in result.signals], result.signals


@pytest.mark.parametrize(("a", "b"), _CHALLENGE_LOOK_ALIKES)
def test_challenge_look_alikes_stay_silent(nlp, config, a, b):
    result, _ = compare_pair(nlp, config, a, b)
    assert not result.signals, result.signals
