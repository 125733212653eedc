"""Wordings of causes told as lead-ups to a mishap, police ranks, rest-of-period spans,
announcement days, rumours and pending events (no claim either way), and places without
a name."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from tests.wordings import assert_paired_and_compared, claims_and_frames, compare_pair

# Round 8: a mishap's cause told as what came before it ("escaped after a keeper left a
# hatch unlocked", "diverted following a warning", "seeped through a crack for weeks
# before it gave way", "rain fell for days and the dam gave way", "the emergency that
# forced the flight to divert"). Two lead-ups of one mishap differ when their doers, verbs
# and objects share nothing; the same lead-up in other words, a time, people's doing
# before a collapse, another place's mishap, or a lead-up under "whether" give none.
_LEADUPS = [
    ('On Saturday 14 June, flight SM418, an Airbus A321neo carrying 186 passengers and seven '
     'crew members, diverted to Kessington Regional Airport after the flight crew received an '
     'indication of low oil pressure in the left engine.',
     'A bird strike shortly after take-off from Port Aldous triggered the emergency that forced '
     'SkyMeridian Flight SM418 to divert to Kessington on Saturday, an airport official said.',
     'cause'),
    ("Engineers said debris had clogged the dam's spillway, sending water over the top of the "
     'earthen wall until it collapsed.',
     "Officials said water had been seeping through a crack in the dam's earthen wall for "
     'weeks before it gave way.', 'cause'),
    ('A snow leopard escaped from Halvern Zoo on Saturday after a keeper left a service hatch '
     'unlocked, staff sources have told the Star.',
     'The animal got out at about 6:20 p.m. after a heavy branch from an ash tree tore a hole '
     'in the mesh roof of the Himalaya enclosure, the zoo said.', 'cause'),
    ('The Orland dam collapsed after heavy rain overwhelmed its spillway, officials said.',
     'The Orland dam gave way after a crack in its wall widened, engineers said.', 'cause'),
    ('The Ferro Zoo tiger escaped after a storm knocked down part of its fence.',
     'The Ferro Zoo tiger got out after a keeper forgot to lock the gate.', 'cause'),
    ('Flight KL12 turned back following an engine fire, the airline said.',
     'A cracked windshield forced Flight KL12 to turn back, the airline said.', 'cause'),
    ('Heavy rain fell for days and the Orland dam gave way.',
     'The Orland dam collapsed after a crack in its wall widened.', 'cause'),
    ('The Ferro Zoo tiger escaped after a keeper left a gate open.',
     'The Ferro Zoo tiger got out after staff left the enclosure gate unlocked.', None),
    ('Flight KL12 diverted after a bird strike.',
     'A bird strike on the left engine forced Flight KL12 to divert.', None),
    ('Flight KL12 diverted after two hours in the air.',
     'Flight KL12 diverted after a bird strike.', None),
    ('Crews evacuated the Orland valley before the dam gave way.',
     'Water seeped through a crack for weeks before the Orland dam gave way.', None),
    ('The Orland Dam in Idaho collapsed after heavy rain.',
     'The Kell Bridge in Ohio collapsed after a truck hit it.', None),
    ('Water rose over the crest and the Orland dam gave way.',
     'The Orland dam collapsed after water rose over its crest for hours.', None),
    ("Kessington's single runway was closed after the landing, and several incoming flights "
     'were diverted to other airports.',
     'A bird strike forced the SkyMeridian flight to divert to Kessington.', None),
    ('Rescuers searched the valley and the Orland dam gave way.',
     'The Orland dam collapsed after a crack in its wall widened.', None),
    ('Investigators are looking into whether the Orland dam collapsed after debris clogged '
     'the spillway.',
     'The Orland dam gave way after a crack widened.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _LEADUPS)
def test_leadups_of_one_mishap_pair_and_compare(nlp, config, a, b, kind) -> None:
    assert_paired_and_compared(nlp, config, a, b, kind)


# Round 8 (rules8b): a police rank is an office; a state kept for the rest of a calendar
# period bounds the other state's event; the day a thing was announced. (claim A, claim B,
# the signal compare() gives or None for a look-alike, the date both are published on.)
_ROUND8B = [
    # dev (halvern_zoo_leopard): one officer under a rank and an office
    ('Police spokesman Tomas Brandt said officers had closed the streets around the zoo.',
     'Police sealed off the surrounding streets, and Inspector Tomas Brandt, who led the '
     'operation, said officers with thermal cameras had tracked the leopard.', 'role', None),
    ('Sergeant Ruth Adair said the road would stay closed overnight.',
     'Police spokeswoman Ruth Adair said the road would stay closed overnight.', 'role', None),
    ('Detective Inspector Mark Hale is leading the murder inquiry.',
     'Detective Sergeant Mark Hale is leading the murder inquiry.', 'role', None),
    ('Chief Constable Ann Price praised the officers at the scene.',
     'Inspector Ann Price praised the officers at the scene.', 'role', None),
    # look-alikes: a rank inside a longer rank; a rank before a named office; two people
    ('Inspector Tomas Brandt led the operation.',
     'Detective Inspector Tomas Brandt led the operation.', None, None),
    ('Police spokesman Sgt. Tomas Brandt said the streets were closed.',
     'Police spokesman Tomas Brandt said the streets were closed.', None, None),
    ('Inspector Tomas Brandt said the streets were closed.',
     'Police spokeswoman Anna Keller said the streets were closed.', None, None),
    # dev (halvern_zoo_leopard, told on a Sunday): the rest of the week is the coming one
    ('The zoo will stay closed for the rest of the week while engineers check every '
     'enclosure roof.',
     'The zoo will remain closed on Sunday and Monday and will reopen to visitors on '
     'Tuesday 17 June.', 'time', '2025-06-15'),
    ('The zoo will stay closed for the rest of the week while engineers check every '
     'enclosure roof.',
     'Hale said the zoo would stay shut on Sunday and Monday and reopen to visitors on '
     'Tuesday.', 'time', '2025-06-15'),
    ('The Harlow plant will remain shut for the rest of the month.',
     'The Harlow plant will reopen next week.', 'time', '2026-03-11'),
    ('Alder schools will stay closed for the remainder of the week, the district said.',
     'Alder schools will reopen on Thursday.', 'time', '2026-03-11'),
    # look-alikes: a reopening after the period; another depot; a past week; a stay open
    ('The Harlow plant will remain shut for the rest of the week.',
     'The Harlow plant will reopen on Monday.', None, '2026-03-11'),
    ('The Riverton depot will stay closed for the rest of the month.',
     'The Denton depot will reopen on Monday.', None, '2026-03-11'),
    ('The Harlow plant stayed shut for the rest of the week.',
     'The Harlow plant will reopen on Thursday.', None, '2026-03-11'),
    ('The zoo would stay shut on Sunday and Monday and reopen to visitors on Tuesday.',
     'The zoo will remain closed on Sunday and Monday and will reopen on Tuesday 17 June.',
     None, '2025-06-15'),
    # dev (recall, published on a Tuesday): the day a thing was announced
    ('The company announced the recall on Monday after tests found bacteria in the formula.',
     'Brightmeadow first announced the recall on Friday evening in a short notice on its '
     'website.', 'time', '2026-06-02'),
    ('The merger was announced on Monday, the companies said.',
     'Harlow Foods announced the merger on Tuesday.', 'time', '2026-03-11'),
    ("The club announced the coach's resignation on Sunday.",
     'The resignation was announced on Monday, the club said.', 'time', '2026-03-11'),
    # look-alikes: one day told two ways; two things announced; clauses announced; an
    # update by another verb
    ('The company announced the recall on Monday.',
     'The recall was announced on June 1.', None, '2026-06-02'),
    ('The company announced the recall on Monday.',
     'The company announced the layoffs on Friday.', None, '2026-06-02'),
    ('The company announced on Monday that it would cut jobs.',
     'The company announced on Friday that it would close the plant.', None, '2026-06-02'),
    ('The company announced the recall on Friday.',
     'The company expanded the recall on Monday.', None, '2026-06-02'),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind", "published"), _ROUND8B)
def test_round8b_wording_gives_its_signal(nlp, config, a, b, kind, published) -> None:
    comparison, gate = compare_pair(nlp, config, a, b, published or "2026-03-11")
    if kind is None:
        assert not comparison.signals, comparison.signals
    else:
        assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


def test_announcements_of_one_thing_pair_when_their_days_differ(nlp, config) -> None:
    """Two datings of one announcement meet whatever the embeddings say; one day told
    twice does not."""
    a, b, _, _ = _ROUND8B[-6]
    same = 'The merger was announced on Tuesday, Harlow Foods said.'
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b], "blog.txt": [same]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    found = structured_candidates(structure, np.zeros((3, 4), dtype=np.float32), config)
    assert {frozenset((p.a.text, p.b.text)) for p in found} == {
        frozenset((a, b)), frozenset((a, same))}


# Round 8, precision on mixed real news: an event told only as a rumour's or doubted
# report's content, or an absence over a span, is no claim either way; "has yet to" denies.
@pytest.mark.parametrize(("a", "b"), [
    ('The singer has died once again, according to an online hoax.',
     'The singer is not dead.'),
    ('Rumours that the senator had resigned spread quickly on social media.',
     'The senator has not resigned.'),
    ('Unconfirmed reports say the mayor was arrested at her home on Friday.',
     'The mayor was not arrested.'),
    ('A fake story claimed that the museum had been closed.',
     'The museum has not been closed.'),
    ('The minister has not been seen in public since 3 May, when he opened a bridge.',
     'The minister was last seen on 3 May at a bridge opening.'),
    ('The chief executive has not been seen at the office in over a month.',
     'The chief executive was seen at the office in March.'),
    ('The club has yet to comment on the report.',
     'The club has not commented on the report.'),
    ('Police have yet to trace the first victim.',
     'Police are still trying to trace the first victim.'),
    ('Divers have not found the missing boy.',
     'Divers are attempting to find the missing boy.'),
])  # fmt: skip
def test_rumours_spans_and_pending_events_give_no_polarity(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ('The senator resigned on Friday.', 'The senator has not resigned.'),
    ('Reports that the senator had resigned were false.', 'The senator resigned on Friday.'),
    ('Rumours that the mayor had been arrested were untrue, police said.',
     'The mayor was arrested on Friday.'),
    ('The senator has yet to resign.', 'The senator resigned on Friday.'),
    ('The club has yet to comment on the transfer.',
     'The club commented on the transfer on Monday.'),
])  # fmt: skip
def test_denied_rumours_and_pending_events_still_give_negation(nlp, config, a, b) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert "negation" in [s.kind for s in comparison.signals], comparison.signals


# Round 8 (rules8c): places without a name (structured/spots.py). One event of one
# undergoer put in a named place and a described place of another kind, or in two sides
# of one described place.
_ROUND8C = [
    ('The snow leopard that escaped from Halvern Zoo on Saturday was recaptured in Wexley '
     'Gardens, the public park next to the zoo, in the early hours of Sunday.',
     'Nima was darted by our head veterinarian, Dr. Anselm Reuter, at 1:10 a.m. on Sunday '
     'in the service yard behind the reptile house.', 'location'),
    ('The escaped bull was caught in Brennan Park on Tuesday.',
     'The bull was cornered in a courtyard behind the fire station on Tuesday.', 'location'),
    ('The suspect was arrested at the north entrance of the station.',
     'The suspect was arrested at the south entrance of the station.', 'location'),
    ('The python was recaptured in the east wing of the museum.',
     'The python was caught in the west wing of the museum.', 'location'),
    ('The fire started in the north wing of the hospital.',
     'The fire started in the south wing of the hospital.', 'location'),
    # look-alikes: a place inside the other; two stages (escaped from, caught in); one
    # place told two ways; two people; two days; sides that are not opposed; a crowd
    ('The leopard was recaptured in Wexley Park.',
     'The leopard was caught in a yard at Wexley Park.', None),
    ('The leopard escaped from the yard behind the reptile house.',
     'The leopard was recaptured in Wexley Park.', None),
    ('The cat was darted in the service yard behind the reptile house.',
     'The cat was darted in the reptile house yard.', None),
    ('A man was arrested at the north gate.', 'A woman was arrested at the south gate.', None),
    ('The bull was caught in Brennan Park on Monday.',
     'The bull was cornered in a courtyard on Wednesday.', None),
    ('The python was caught in the north wing of the museum.',
     'The python was caught in the east wing of the museum.', None),
    ('Protesters gathered at the north gate.', 'Protesters gathered at the south gate.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND8C)
def test_round8c_places_without_a_name(nlp, config, a, b, kind) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    if kind is None:
        assert not comparison.signals, comparison.signals
    else:
        assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


def test_spot_candidates_pair_clashing_places_only(nlp, config) -> None:
    """One capture in a named park and an unnamed courtyard meets whatever the embeddings
    say; the same courtyard told twice does not."""
    a, b, _ = _ROUND8C[1]
    same = 'Keepers said the bull was caught in a courtyard behind the fire station.'
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b], "blog.txt": [same]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    found = structured_candidates(structure, np.zeros((3, 4), dtype=np.float32), config)
    pairs = {frozenset((p.a.text, p.b.text)) for p in found}
    assert frozenset((a, b)) in pairs
    assert frozenset((b, same)) not in pairs
