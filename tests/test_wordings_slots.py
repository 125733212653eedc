"""Wordings of one event's slots: venues, speakers of one quotation, titles, counts of
responders, times by the hour, estimates, days of discovery, means, destinations and crew
titles, with the candidate pairs that join them whatever the embeddings say."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import (
    SLOT_KINDS,
    structured_pairs,
)
from consistency.structured.conflicts import compare
from tests.wordings import assert_paired_and_compared, claims_and_frames, compare_pair


# Round 5 (rules5b): the venue of any thing, the speaker of one quotation, titles of one
# person, counts of responders, times told by the hour.
@pytest.mark.parametrize(("a", "b", "kind"), [
    # one thing at two named facilities, whatever the thing is
    ('The evacuation shelter at Brannock High School remains open around the clock.',
     "Evacuees were being sent to a shelter in the exhibition hall at the Lisle County "
     "Fairgrounds, the sheriff's office said.", 'location'),
    ('An information session for patients will be held Thursday evening at the Kestrel '
     'Falls Civic Center.',
     'Merrow Valley is holding an information session Thursday night in the auditorium at '
     'Ridgeway Hospital.', 'location'),
    ('Hundreds of strikers and their families held a rally outside City Hall on Tuesday '
     'afternoon.',
     'The Tuesday afternoon rally took place in Harbour Square, a few blocks from the ferry '
     'terminal.', 'location'),
    ("A candlelight vigil was held on Sunday evening at St. Mary's Church.",
     'The vigil took place on Sunday evening outside Alder Town Hall.', 'location'),
    ('The hearing will take place at the Dray County Courthouse.',
     'The hearing will be held at Harlow City Hall.', 'location'),
    # the same quoted words from two named people
    ('"We are not going to rush anyone home before the air is safe to breathe," Fire Chief '
     'Dale Pruitt said at an afternoon briefing.',
     'Sheriff Marcy Quell put it bluntly this morning: "We are not going to rush anyone '
     'home before the air is safe to breathe."', 'role'),
    ('"Patient care has never stopped, not for a single hour," said Renata Solberg, '
     'President and Chief Executive Officer of Merrow Valley Health.',
     '"Patient care has never stopped, not for a single hour," said Ada Kimble, the '
     "group's chief nursing officer.", 'role'),
    ('Police Chief Ana Ruiz was blunt: "Nobody goes back before the gas is off."',
     '"Nobody goes back before the gas is off," said Fire Chief Omar Bell.', 'role'),
    ('"The water came up faster than anyone expected," said Owen Pryce, the water '
     "authority's spokesman.",
     '"The water came up faster than anyone expected," said Lena Marsh, the county\'s '
     'emergency manager.', 'role'),
    # one person under two titles
    ('Mayor Ellis Harrow said the town had asked the state for help.',
     'Council member Ellis Harrow stopped by the shelter with three boxes of doughnuts.',
     'role'),
    ('Councilwoman Ada Ruiz toured the flooded streets on Monday.',
     'Mayor Ada Ruiz toured the flooded streets on Monday.', 'role'),
    ('Chief executive Renata Solberg said the hospitals were safe.',
     "Renata Solberg, the group's chief nursing officer, said the hospitals were safe.",
     'role'),
    # counts of one group of responders, whatever they were doing
    ('Some 150 emergency workers, backed by National Guard helicopters, searched flooded '
     'streets for survivors on Sunday.',
     'About sixty rescuers are working in boats and on foot, the county emergency office '
     'told us.', 'number'),
    ('About 200 emergency workers are searching the rubble in Alder.',
     'Some 45 firefighters are working at the scene in Alder.', 'number'),
    ('Nearly 80 rescue workers combed the Alder riverbank on Monday.',
     'About 300 emergency crews searched the Alder riverbank on Monday.', 'number'),
    # times told by the hour, the half of the day from what follows
    ('The eastbound train derailed at about 11:40 p.m. on Thursday.',
     "The train came off the tracks just after nine o'clock Thursday night, according to "
     "the sheriff's office.", 'time'),
    ("The fire at the Harlow plant broke out at about eleven o'clock at night.",
     'The fire at the Harlow plant started at 7 p.m.', 'time'),
    ("The Harlow tower collapsed at six o'clock in the morning.",
     'The Harlow tower collapsed shortly before noon.', 'time'),
])  # fmt: skip
def test_slot_wording_gives_its_signal(nlp, config, a: str, b: str, kind: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert kind in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # one venue told two ways; a venue inside the other; a town is no venue
    ('The shelter at Brannock High School is full.',
     'The Red Cross shelter in the gymnasium at Brannock High School opened on Friday.'),
    ('The session will be held in the auditorium at Ridgeway Hospital.',
     'The session will be held at Ridgeway Hospital.'),
    ('The rally took place outside City Hall.',
     'The rally in Port Ellis drew hundreds of strikers.'),
    # two rallies on two days; two teachers at two schools
    ('The rally on Tuesday took place outside City Hall.',
     'The rally on Wednesday was held in Harbour Square.'),
    ('A teacher at Brannock High School said the building shook.',
     'A teacher at Lisle Middle School said the windows rattled.'),
    # one speaker named twice; two people with one first name
    ('Sheriff Marcy Quell put it bluntly: "We are not going to rush anyone home."',
     '"We are not going to rush anyone home," Quell said.'),
    ('"We are not going to rush anyone home before the air is safe," Fire Chief Dale '
     'Pruitt said.',
     'EPA on-scene coordinator Dale Okafor said readings remain below levels of concern.'),
    # two offices held at once; one office in two spellings
    ('Renata Solberg, President and Chief Executive Officer of Merrow Valley Health, said '
     'care continued.',
     'Chief executive Renata Solberg said care continued.'),
    ('Councilman Ellis Harrow visited the shelter on Friday.',
     'Council member Ellis Harrow visited the shelter on Friday.'),
    # responders searching and responders hurt; responders and workers of a plant
    ('About 150 rescuers searched the Alder riverbank.',
     'Three rescuers were injured on the Alder riverbank.'),
    ('Some 150 emergency workers searched the Harlow plant.',
     'About 60 workers at the Harlow plant were evacuated.'),
    # one time by the hour and by the clock; an hour with no half of the day; an evening
    # start and an after-midnight follow-up
    ("The fire at the Harlow plant started at about ten o'clock Friday night.",
     'The fire at the Harlow plant started at 10:20 p.m. on Friday.'),
    ("The Harlow tower collapsed at nine o'clock.",
     'The Harlow tower collapsed at 9 p.m.'),
    ("The train derailed at about eleven o'clock Thursday night.",
     'At approximately 1 a.m. on Friday, the county issued an evacuation order after the '
     'derailment.'),
])  # fmt: skip
def test_slot_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


def test_counts_of_one_group_pass_the_gate(nlp, config) -> None:
    """Two counts of one counted group (customers inside) are worth comparing even with
    no shared name or event class ("when the shooting started", "opened fire")."""
    comparison, gate = compare_pair(
        nlp, config, 'About 60 customers were inside the Red Lion bar when the shooting started.',
        'Around 150 people were in the Red Lion bar when the gunman opened fire, one '
        'customer said.')
    assert gate and "number" in [s.kind for s in comparison.signals]


def test_slot_candidates_pair_differing_venues_and_titles_only(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
        "wire.txt": ["The evacuation shelter at Brannock High School remains open.",
                     "Mayor Ellis Harrow said the town had asked for help.",
                     "A rally was held outside City Hall."],
        "tv.txt": ["Evacuees were sent to a shelter at the Lisle County Fairgrounds.",
                   "Council member Ellis Harrow stopped by the shelter.",
                   "The rally took place outside City Hall."],
    })  # fmt: skip
    pairs = {frozenset((a.text, b.text))
             for a, b in structured_pairs(claims, frames, kinds=SLOT_KINDS)}  # fmt: skip
    assert frozenset((claims[0].text, claims[3].text)) in pairs  # two venues of a shelter
    assert frozenset((claims[1].text, claims[4].text)) in pairs  # two titles of one man
    assert frozenset((claims[2].text, claims[5].text)) not in pairs  # one venue


# Round 6: an estimate far above a firm count; the day one happening was discovered; the
# means of an act; a return held back by a long wait; a publication and its denial.
@pytest.mark.parametrize(("a", "b", "kind"), [
    ('Hackers stole personal and medical information belonging to about 410,000 patients '
     'of Merrow Valley Health in a ransomware attack that forced the regional hospital '
     'group to shut down its computer systems, the company said on Monday.',
     'Hackers may have stolen the personal information of as many as 1.3 million patients '
     'in a ransomware attack on Merrow Valley Health, WKFX has learned.', 'number'),
    ('The storm in Alder destroyed about 300 homes.',
     'The storm in Alder may have destroyed as many as 2,000 homes.', 'number'),
    ('Up to 5,000 people were evacuated from Alder.',
     'About 800 people were evacuated from Alder.', 'number'),
    ('The Harlow fire may have killed 40 people.',
     'The Harlow fire killed 12 people.', 'number'),
    ('Merrow Valley Health says it discovered the attack on Friday afternoon but did not '
     'tell the public until Monday.',
     'The attack was detected early on Sunday, and ambulances were diverted away from the '
     'emergency rooms.', 'time'),
    ('Staff noticed the fire on Saturday morning.',
     'The fire was discovered on Monday.', 'time'),
    ('The blaze was contained on Thursday, officials said.',
     'Firefighters contained the fire on Sunday.', 'time'),
    ('Investigators believe the attackers got into the network through a phishing email '
     'opened by an employee in the billing department, according to two people briefed on '
     'the case.',
     'Our investigation to date shows that the attacker gained access through a '
     'remote-access account belonging to one of our outside vendors.', 'cause'),
    ('The hackers broke into the system via a stolen password.',
     'The hackers got into the system through an unpatched server.', 'cause'),
    ('The thieves got into the Harlow warehouse through an unlocked window.',
     'The thieves entered the Harlow warehouse through the roof.', 'cause'),
    ('The intruders did not get in through the vendor account, the company said.',
     'The intruders got in through the vendor account.', 'cause'),
    ('Mayor Gideon Falk said residents would be allowed back into their homes on Tuesday '
     'once the water recedes.',
     'Residents of the evacuation zone will not be allowed to return to their homes until '
     'structural engineers have inspected each building, which may take up to two weeks.',
     'negation'),
    ('Residents will be allowed to return on Wednesday, the mayor said.',
     'Residents will not be allowed back until crews have cleared the debris, which could '
     'take several weeks.', 'negation'),
    ('Evacuees will be let back into Alder on Thursday.',
     'Evacuees will not be allowed to return to Alder until the gas lines have been '
     'repaired, which could take months.', 'negation'),
    ('The hackers posted a sample of patient files on their leak site on Tuesday, including '
     'scanned insurance cards.',
     "A Merrow Valley spokesman said claims that patient files had appeared on the gang's "
     'leak site were false.', 'negation'),
    ('The gang published the stolen records on a dark-web forum.',
     'Officials said reports that the records had surfaced on a dark-web forum were false.',
     'negation'),
    ('The hackers uploaded the files to their leak site on Friday.',
     'The company denied that the hackers had posted any files.', 'negation'),
    ('Police stopped the protesters from marching to City Hall.',
     'The protesters marched to City Hall.', 'negation'),
])  # fmt: skip
def test_round6_wording_gives_its_signal(nlp, config, a: str, b: str, kind: str) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # a bound near the firm count; a guess near it; a ceiling; a possibility of the future;
    # a firm figure with no top
    ('Up to 500 people were evacuated from Alder.',
     'About 450 people were evacuated from Alder.'),
    ('As many as 1,000 people may have been evacuated from Alder.',
     'About 700 people were evacuated from Alder.'),
    ('Fewer than 1,000 people were evacuated from Alder.',
     'About 300 people were evacuated from Alder.'),
    ('A stronger quake in Alder could kill up to 10,000 people.',
     'The quake in Alder killed 300 people.'),
    ('More than 400,000 patients may have had their data stolen in the Merrow Valley hack.',
     'Hackers stole data on 410,000 patients in the Merrow Valley hack.'),
    # one day told two ways; two acts (discovered, reported); a thing that is no
    # happening; one night across midnight; another fire named by its place
    ('The attack was detected early on Sunday.',
     'Staff discovered the attack in the early hours of Sunday.'),
    ('The attack was discovered on Sunday.',
     'The attack was reported on Tuesday.'),
    ('Police discovered the body on Friday.',
     'The body was discovered on Sunday.'),
    ('Staff discovered the fire late on Saturday night.',
     'The fire was discovered in the early hours of Sunday.'),
    ('The fire was discovered on Saturday.',
     'The fire in Brenton was discovered on Monday.'),
    # one means told two ways; two doers; a way through a place
    ('The attackers got in through a phishing email.',
     'The attackers gained access through a malicious email attachment.'),
    ('The attackers got in through a phishing email.',
     'The protesters got into the building through a side door.'),
    ('The attackers got in through a phishing email.',
     'The attackers moved through the network for weeks before they were detected.'),
    # a return on a condition, or a date, that may be the same; two towns
    ('Mayor Gideon Falk said residents would be allowed back into their homes on Tuesday '
     'once the water recedes.',
     'Residents will not be allowed to return until the water recedes.'),
    ('Residents will be allowed back on Friday.',
     'Residents will not be allowed to return until Friday.'),
    ('Residents of Alder will be allowed back on Tuesday.',
     'Residents of Brenton will not be allowed to return until inspections are done, which '
     'may take weeks.'),
    # one publication told two ways; another claim called false; another thing not
    # posted; a publication paid to be kept from happening
    ('The hackers posted a sample of patient files on their leak site.',
     "Patient files appeared on the gang's leak site on Tuesday."),
    ('The hackers posted a sample of patient files on their leak site.',
     'A spokesman said claims that the hackers had demanded $10 million were false.'),
    ('The hackers posted patient files on their leak site.',
     'The hospital did not post any notice on its website.'),
    ('The hackers posted patient files on their leak site.',
     'The hospital will pay the hackers to keep the stolen files from being published.'),
])  # fmt: skip
def test_round6_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


# Round 6 (rules6a): counts and times of day of one event paired whatever the embeddings
# say, only where the values differ. (claim A, claim B, the signal compare() gives; None:
# a look-alike that must not be paired by the count or time candidates.)
_DIFFERING = [
    # dev (ferry): the dead told as a count and as a toll
    ('Six passengers died when the Solveig capsized off Kellhaven on Saturday morning.',
     'The death toll from the Solveig disaster rose to nine on Saturday, the coast guard '
     'said.', 'number'),
    ('Eleven students were hospitalized after eating lunch at Brookline Middle School.',
     'Nineteen children were taken to hospital from Brookline Middle School, the district '
     'said.', 'number'),
    ('Police arrested 15 people at the Karsten rally.',
     'Six arrests were made at the Karsten rally, police said.', 'number'),
    # dev (derail): a time of day told by the clock and by the hour
    ('The eastbound train, which was hauling 94 cars, derailed at about 11:40 p.m. on '
     'Thursday roughly half a mile west of town.',
     "The train came off the tracks just after nine o'clock Thursday night, according to "
     "the sheriff's office.", 'time'),
    ('The Solveig capsized at about 4:45 a.m. on Saturday off Kellhaven.',
     'The ferry overturned shortly after noon on Saturday, survivors said.', 'time'),
    ('The Harlow plant fire broke out at about 3 a.m. on Sunday, officials said.',
     'The blaze at the Harlow plant broke out shortly after 9 p.m. on Sunday.', 'time'),
    # look-alikes: one count in other words; other groups; a toll of another scope; no
    # name in common; a vague count; a measure of another dimension
    ('Six passengers died when the Solveig capsized.',
     'Six people were killed when the Solveig sank off Kellhaven.', None),
    ('Six passengers died when the Solveig capsized.',
     'Nine crew members were rescued from the Solveig.', None),
    ('On Friday, eight people were killed on a road in the Borno village of Shaffa by Boko '
     'Haram fighters.', 'Boko Haram has killed some 2,000 civilians this year.', None),
    ('One was shot dead and the other taken hostage.',
     'On Friday, eight people were killed in the Borno village of Shaffa.', None),
    ('About 30 passengers were hurt when the Solveig capsized.',
     'Dozens of passengers were injured when the Solveig capsized.', None),
    ('A meteorite left a 40-foot-wide crater near Managua airport.',
     'The meteorite left a 16-foot-deep crater near the Managua airport.', None),
    # look-alikes of time: one moment told either way; two things beginning; two things
    # failing; a fire still burning past midnight
    ('The train derailed at about 11:50 p.m. on Thursday near Brannock.',
     'The train left the tracks near Brannock just before midnight on Thursday.', None),
    ('Talks between the two sides began at 7 p.m. on Monday.',
     'The strike began at 6 a.m. on Monday, the union said.', None),
    ('The Harlow dam failed at about 2 a.m. on Tuesday.',
     'The power failed across Harlow at 6 p.m. on Tuesday.', None),
    ('The fire at the Harlow plant broke out at 9 p.m. on Thursday.',
     'Firefighters were still battling the Harlow plant fire at 2 a.m. on Friday.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _DIFFERING)
def test_count_and_time_candidates_pair_differing_values_only(nlp, config, a, b, kind) -> None:
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)
    paired = bool(structured_candidates(structure, vectors, config))
    assert paired == (kind is not None)
    if kind is not None:  # what made the pair is what compare() flags
        comparison = compare(frames[claims[0].id], frames[claims[1].id], table, config.score,
                             "A", "B")  # fmt: skip
        assert kind in [s.kind for s in comparison.signals]


def test_count_and_time_candidates_follow_their_switches(nlp, config) -> None:
    a, b, _ = _DIFFERING[0]
    c, d, _ = _DIFFERING[3]
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a, c], "tv.txt": [b, d]})
    table = build_aliases(frames, {x.id: x.doc_id for x in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)

    def pairs(**switches):
        pair = config.pair.model_copy(update=switches)
        found = structured_candidates(structure, vectors, config.model_copy(update={"pair": pair}))
        return {frozenset((p.a.text, p.b.text)) for p in found}

    assert pairs() == {frozenset((a, b)), frozenset((c, d))}
    assert pairs(count_candidates=False) == {frozenset((c, d))}
    assert pairs(time_candidates=False) == {frozenset((a, b))}


# Round 7 (rules7b): times of day, destinations, quotations, crew titles and depths of one
# story, paired whatever the embeddings say where the values differ. (claim A, claim B,
# the signal compare() gives; None: a look-alike, neither paired nor flagged.)
_ROUND7 = [
    # dev (emergency_landing): a landing told by "landed" and "touched down", a vague part
    # of the day beside the hour ("shortly after 9 p.m. last night")
    ('The crew declared an emergency about 35 minutes into the flight and diverted to '
     'Kessington, where the aircraft landed at 7:52 p.m.',
     'It touched down shortly after 9 p.m. last night, after the crew reported smoke in the '
     'cabin and trouble with one of its engines.', 'time'),
    ('In line with procedures, the crew shut the engine down, declared an emergency and '
     'landed safely at 7:52 p.m. local time.',
     'It touched down shortly after 9 p.m. last night, the airport said.', 'time'),
    ('The fire at the Harlow plant broke out shortly after 9 p.m. on Sunday night.',
     'The fire at the Harlow plant broke out at 11:30 p.m. on Sunday.', 'time'),
    # dev (emergency_landing): one group taken to two named facilities
    ('Three passengers were taken to Kessington Memorial Hospital and remained there on '
     'Saturday night, according to the airline.',
     'Three passengers were taken to Dunmore Valley Medical Centre with minor injuries.',
     'location'),
    ("The injured were rushed to St Columba's Hospital, police said.",
     'Ambulances took four people to the Harlow Royal Infirmary.', 'location'),
    ('Six workers were airlifted to Carver Medical Center.',
     'Six workers were flown to Alder General Hospital.', 'location'),
    # dev (emergency_landing): one quotation in two named mouths
    ('"The captain was calmer than any of us," said Hannah Verrill, 34, a nurse from '
     'Ferrisburg who was seated near the wing.',
     '"The captain was calmer than any of us," said Joseph Okafor, 67, a retired teacher '
     'from Port Aldous.', 'role'),
    ('"We got everyone off in ninety seconds," said Marta Quinn, a flight attendant.',
     '"We got everyone off in ninety seconds," said Ruth Adair, the airline\'s safety chief.',
     'role'),
    ('"The water came up to our knees in minutes," said resident Dale Ortiz.',
     '"The water came up to our knees in minutes," said Mayor Ellen Pratt.', 'role'),
    # dev (emergency_landing): one person under two crew ranks
    ('SkyMeridian has been praising its crew, and in particular first officer Liesl Brandt, '
     'who was at the controls for the landing.',
     'Captain Liesl Brandt, a 20-year veteran of the airline, flew the approach on the '
     'remaining engine.', 'role'),
    ("The ferry's captain, Tomas Lind, said the crossing was calm.",
     'First officer Tomas Lind was at the wheel when the ferry struck the rocks.', 'role'),
    ('Captain Ruth Adair flew the approach on one engine.',
     'Co-pilot Ruth Adair flew the approach on one engine, the airline said.', 'role'),
    # dev (mine_collapse): one depth told as two lengths, in metres or in feet
    ('The collapse happened shortly after 2 a.m. in the North Deep section, about 400 '
     'metres below the surface, during the night shift.',
     'The men were trapped some 250 metres down, and every metre of that rock had to be '
     'propped up as it was cleared.', 'number'),
    ('All nine miners were rescued alive on Wednesday, more than a day after a roof collapse '
     'sealed them in roughly 1,300 feet underground.',
     'The men were trapped some 250 metres down.', 'number'),
    ('The Brennock miners were trapped 1,200 feet below ground.',
     'The Brennock miners were trapped about 200 metres underground.', 'number'),
    ('The climbers were stranded 6,500 metres up on Mount Alder.',
     'The climbers were stranded some 4,000 metres up on Mount Alder.', 'number'),
    # look-alikes: one moment told either way; two events of one evening
    ('The plane touched down at 7:55 p.m. on Saturday.',
     'The aircraft landed at 7:52 p.m. on Saturday, the airline said.', None),
    ('The crew declared an emergency and landed at 7:52 p.m.',
     'The last passengers left the terminal at 9:10 p.m.', None),
    # look-alikes of destinations: two groups (two numbers, two nouns), an onward move,
    # one facility named in full and in short
    ('Two passengers were taken to Kessington Memorial Hospital.',
     'Three passengers were taken to Dunmore Valley Medical Centre.', None),
    ('Three passengers were taken to Kessington Memorial Hospital.',
     'One passenger was later transferred to Dunmore Valley Medical Centre.', None),
    ('Patients were evacuated to Alder General Hospital.',
     'Staff were evacuated to Brannock High School.', None),
    ('Three passengers were taken to Kessington Memorial Hospital.',
     'Three passengers were taken to Kessington Memorial.', None),
    # look-alikes of quotations: one speaker named twice; two quotations
    ('"The captain was calmer than any of us," said Hannah Verrill, 34.',
     '"The captain was calmer than any of us," Verrill said.', None),
    ('"It was the longest half hour of my life," said Hannah Verrill.',
     '"The crew never once raised their voices," said Joseph Okafor.', None),
    # look-alikes of crew titles: one rank written twice; two people
    ('Capt. Tomas Lind said the crossing was calm.',
     'The captain, Tomas Lind, said the crossing was calm.', None),
    ('First officer Tomas Lind was at the controls.',
     'The co-pilot, Tomas Lind, was at the controls.', None),
    # look-alikes of depths: one depth in other units; a height with no dimension word;
    # a way drilled; a depth and a height
    ('The collapse happened in the North Deep section, about 400 metres below the surface.',
     'A roof collapse sealed the miners in roughly 1,300 feet underground.', None),
    ('The aircraft was cruising at 35,000 feet when the warning appeared.',
     'The Airbus A321neo was at about 10,700 metres when the crew reported smoke.', None),
    ('The Brennock miners were trapped 1,200 feet below ground.',
     'Rescuers have drilled 250 metres down toward the Brennock miners.', None),
    ('The Brennock section lies 400 metres below the surface.',
     'The Brennock headframe stands 60 metres high.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND7)
def test_round7_slots_pair_and_compare(nlp, config, a, b, kind) -> None:
    assert_paired_and_compared(nlp, config, a, b, kind)


@pytest.mark.parametrize(("a", "b"), [
    ('They are in their marital homes," he said, chuckling, according to CNN.',
     'But the Boko Haram leader said the girls were "in their marital homes" after being '
     'married off by the group.'),
    ('But the Boko Haram leader said the girls were "in their marital homes" after being '
     'married off by the group.',
     'They are in their marital homes," Shekau reportedly says in the video while laughing.'),
])  # fmt: skip
def test_quote_candidates_need_two_named_people(nlp, config, a, b) -> None:
    """A news outlet relaying a quotation, or a leader told by his title, pairs with no
    one: only two people named as speakers make a pair whatever the embeddings say."""
    claims, frames = claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    assert not structured_candidates(structure, np.zeros((2, 4), dtype=np.float32), config)
