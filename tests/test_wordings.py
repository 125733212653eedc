"""Wordings of the facts breaking news turns on, as a reporter we never met writes them.

Each pair below is one class of wording (not one story's sentence): counts of the dead,
hurt, missing, rescued and aboard in their many wordings; causes given by verbs, nouns,
"because" and "was deliberate"; times of day, parts of a day and the night across
midnight; events denied, called off or kept from happening; plans reversed. Each pair
must give the kind of signal named, and each look-alike none.
"""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import (
    CAUSE_KINDS,
    DENIAL_KINDS,
    QUOTE_KINDS,
    SLOT_KINDS,
    structured_pairs,
)
from consistency.structured.conflicts import compare, could_conflict
from consistency.structured.frames import extract_frames
from consistency.structured.quantities import quantities_in_doc
from consistency.structured.timeanchor import find_clock_spans
from tests.helpers import make_article, make_claim


def _compare(nlp, config, a: str, b: str, published: str = "2026-03-11"):
    arts = [make_article(s, path=f"d{i}.txt", published=published) for i, s in enumerate((a, b))]
    claims = [make_claim(s, doc=art.id) for s, art in zip((a, b), arts, strict=True)]
    frames = extract_frames(claims, {art.id: art for art in arts}, nlp)
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    fa, fb = frames[claims[0].id], frames[claims[1].id]
    return compare(fa, fb, table, config.score, "A", "B"), could_conflict(fa, fb, table)


@pytest.mark.parametrize(("a", "b", "kind"), [
    ('Two people died in the blaze at the Harlow plant.',
     'The fire at the Harlow plant killed five people.', 'number'),
    ('The death toll from the Harlow fire rose to 12.',
     'Eight people were killed in the Harlow fire.', 'number'),
    ('At least 30 people were taken to hospital after the Harlow fire.',
     'Twelve people were hospitalised after the Harlow fire.', 'number'),
    ('Police arrested 15 people in Karsten.',
     'Six arrests were made in Karsten.', 'number'),
    ('More than 2,000 residents of Alder were evacuated.',
     'About 500 people were evacuated from Alder.', 'number'),
    ('Four people were killed and 20 injured in the Elmstead crash.',
     'Four people were killed and 35 were hurt in the Elmstead crash.', 'number'),
    ('The Elmstead crash left three people dead.',
     'Five people died in the Elmstead crash.', 'number'),
    ('Thousands of people marched through Karsten.',
     'About 800 protesters marched through Karsten.', 'number'),
    ('Twenty people were rescued from the river in Alder.',
     'The coastguard rescued eight people from the river in Alder.', 'number'),
    ('A dozen people were injured in the Harlow blast.',
     'Three people were injured in the Harlow blast.', 'number'),
    ('Two were killed in the Harlow blast.',
     'The Harlow blast killed four people.', 'number'),
    ('The Harlow blast killed 12.',
     'Three people died in the Harlow blast.', 'number'),
    ('The explosion at the Harlow plant killed two workers and injured 14.',
     'The explosion at the Harlow plant injured 30 workers.', 'number'),
    ('The Harlow fire was started by a discarded cigarette.',
     'An electrical fault caused the blaze at the Harlow plant.', 'cause'),
    ('Investigators blamed the collapse of the Alder bridge on heavy rain.',
     'The collapse of the Alder bridge was caused by poor maintenance.', 'cause'),
    ('The outage in Alder was due to a cyberattack.',
     'The blackout in Alder was caused by a storm.', 'cause'),
    ('Police said the explosion in Harlow was the result of a gas leak.',
     'Officials attributed the blast in Harlow to a bomb.', 'cause'),
    ('The Elmstead crash happened because the driver fell asleep.',
     'The Elmstead crash was caused by a brake failure.', 'cause'),
    ('The fire in Harlow was caused by arson, police said.',
     'Fire officials said an electrical fault sparked the fire in Harlow.', 'cause'),
    ('The Harlow fire was blamed on faulty wiring.',
     'Investigators said lightning caused the Harlow fire.', 'cause'),
    ('The explosion at the Harlow plant happened at 3 a.m. on Tuesday.',
     'The blast at the Harlow plant occurred shortly before 11 p.m. on Tuesday.', 'time'),
    ('The shooting in Karsten took place on Friday night.',
     'The shooting in Karsten happened on Saturday afternoon.', 'time'),
    ('The quake struck Alder at 2:15 a.m. on Sunday.',
     'The earthquake hit Alder at 11 p.m. on Saturday.', 'time'),
    ('The fire at the Harlow plant broke out on Tuesday morning.',
     'The fire at the Harlow plant started on Monday evening.', 'time'),
    ('The Harlow fire started at 9 p.m.',
     'The Harlow fire broke out at 2 a.m.', 'time'),
    ('No one was killed in the Elmstead crash.',
     'Two people died in the Elmstead crash.', 'negation'),
    ('There were no fatalities in the Elmstead crash.',
     'Three people were killed in the Elmstead crash.', 'negation'),
    ('The mayor denied that the Harlow plant would close.',
     'The Harlow plant will close in June.', 'negation'),
    ('Police have not arrested anyone over the Harlow fire.',
     'Police arrested two men over the Harlow fire.', 'negation'),
    ('Northwind ruled out job cuts at its Riverton depot.',
     'Northwind will cut 200 jobs at its Riverton depot.', 'negation'),
    ('Alder school will remain closed, officials said.',
     'Alder school will reopen on Monday.', 'negation'),
    ('The driver of the Elmstead train was not arrested.',
     'The driver of the Elmstead train was arrested on Wednesday.', 'negation'),
    ('Officials in Alder said no evacuation was ordered.',
     'Residents of Alder were evacuated on Monday.', 'negation'),
    ('The Karsten council has cancelled the vote on fares.',
     'The Karsten council will vote on fares on Tuesday.', 'negation'),
    ('Northwind plans to close the Riverton depot.',
     'Northwind has no plans to close the Riverton depot.', 'negation'),
    ('The Karsten march has been called off.',
     'The Karsten march will go ahead on Saturday.', 'negation'),
    ('Nobody was injured in the Elmstead crash.',
     'Dozens of passengers were injured in the Elmstead crash.', 'negation'),
    ('The Harlow plant will not reopen.',
     'The Harlow plant will reopen next month.', 'negation'),
    ('Northwind will keep the Riverton depot open.',
     'Northwind will close the Riverton depot.', 'negation'),
    ('No passengers were hurt in the Elmstead crash.',
     'Three passengers were hurt in the Elmstead crash.', 'negation'),
    ('Police said no arrests had been made over the Harlow fire.',
     'Two men were arrested over the Harlow fire.', 'negation'),
    ('Officials put the death toll from the Harlow fire at 12.',
     'Five people were killed in the Harlow fire.', 'number'),
    ('The Harlow fire killed five people and injured 40.',
     'The Harlow fire killed five people and injured 12.', 'number'),
    ('The Elmstead train derailed at 6:40 p.m. on Tuesday.',
     'The Elmstead train crashed at 8:15 p.m. on Tuesday.', 'time'),
    ('Officials said the Alder flooding was caused by a burst dam.',
     'The Alder floods were blamed on heavy rain.', 'cause'),
    ('The Riverton depot will close on June 30.',
     'Northwind denied that the Riverton depot would close.', 'negation'),
    ('Residents of Alder were not evacuated.',
     'Hundreds of Alder residents were evacuated on Monday.', 'negation'),
    ("Deputy Mayor Tomas Berg said the city would pay for the funerals.",
     "Mayor Tomas Berg promised the city would pay for the funerals.", "role"),
    ("Chief Financial Officer Miriam Haddad blamed falling demand.",
     "Chief Executive Miriam Haddad said demand had fallen.", "role"),
    ("A fire broke out at a grain warehouse in Valmora on Tuesday night.",
     "The fire at the grain warehouse in Valmora started on Monday evening.", "time"),
    ("Brightwater Foods is closing its bottling plant in Carlow.",
     "Brightwater Foods will close its bottling plant in Dunmore.", "location"),
    ("Sorensen said the two sides agreed to share water data.",
     "Abara denied that the two sides had agreed to share water data.", "negation"),
    ("The Lakeshore Rail train was travelling at 70 mph when it left the tracks.",
     "The Lakeshore Rail train was going about 40 mph when it derailed.", "number"),
    ("Investigators suspect the Dorval explosion was deliberate.",
     "Police said there was no evidence that the Dorval explosion was deliberate.", "cause"),
    ('Officials confirmed 12 deaths in the Harlow fire.',
     'Eight people were killed in the Harlow fire.', 'number'),
    ('Twelve people have died in the Harlow fire.',
     'The Harlow fire killed eight people.', 'number'),
    ('Paramedics treated 30 people at the Harlow plant.',
     'Twelve people were hurt at the Harlow plant.', 'number'),
    ('The Harlow attack left 12 dead.',
     'Five people were killed in the Harlow attack.', 'number'),
    ('Organisers put the turnout at the Karsten march at 10,000.',
     'Police said about 3,000 people took part in the Karsten march.', 'number'),
    ('Police estimated the crowd at the Karsten rally at 3,000.',
     'Organisers said 10,000 people joined the Karsten rally.', 'number'),
    ('Officials said a faulty signal was to blame for the Elmstead crash.',
     'The Elmstead crash was caused by driver error.', 'cause'),
    ('The Harlow fire is believed to have been caused by a cigarette.',
     'An electrical fault caused the Harlow fire.', 'cause'),
    ('Police said the Harlow fire was started deliberately.',
     'The Harlow fire was accidental, investigators said.', 'cause'),
    ('Alder airport remains closed, officials said.',
     'Alder airport reopened on Monday.', 'negation'),
    ('The Karsten vote was postponed.',
     'The Karsten council will vote on fares on Tuesday.', 'negation'),
    ('Alder airport will remain shut until further notice.',
     'Alder airport will reopen on Friday.', 'negation'),
    ('Police said reports that the driver of the Elmstead train had been arrested were wrong.',
     'The driver of the Elmstead train was arrested on Wednesday.', 'negation'),
    ('The Harlow fire broke out at 22:30 on Tuesday.',
     'The Harlow fire started at about 8 p.m. on Tuesday.', 'time'),
    ('Alder harbour is due to reopen on Monday.',
     'Alder harbour will not reopen on Monday, officials said.', 'negation'),
    ('Some 40 people were wounded in the Karsten clashes.',
     'Ten people were injured in the Karsten clashes.', 'number'),
    ('Fourteen people, including three children, were hurt in the Elmstead crash.',
     'Nine people were hurt in the Elmstead crash.', 'number'),
    ('Nearly two dozen people were hurt in the Elmstead crash.',
     'Five people were hurt in the Elmstead crash.', 'number'),
    ('Hundreds of people were evacuated from Alder.',
     'About 40 people were evacuated from Alder.', 'number'),
    ('The Harlow fire broke out at around 3.30am on Sunday.',
     'The Harlow fire started at 11.45pm on Saturday.', 'time'),
    ('The Harlow fire broke out early Sunday.',
     'The Harlow fire started on Sunday afternoon.', 'time'),
    ('Officials in Alder denied that any evacuation took place.',
     'Residents of Alder were evacuated on Monday.', 'negation'),
    ('Northwind insisted the Riverton depot would never close.',
     'Northwind will close the Riverton depot in June.', 'negation'),
    ('The Alder school is to reopen on Monday.',
     'The Alder school will not reopen on Monday.', 'negation'),
    ('Northwind is set to close the Riverton depot.',
     'Northwind has no plans to close the Riverton depot.', 'negation'),
    ('There has been no decision to close the Riverton depot.',
     'Northwind decided to close the Riverton depot.', 'negation'),
    ('A total of 14 people were hurt in the Harlow fire.',
     'Twelve people were hurt in the Harlow fire.', 'number'),
    ('The Alder flooding was caused by a burst water main, the city said.',
     'The Alder flooding was the result of heavy rain.', 'cause'),
    ('Reports of a second explosion at the Harlow plant were false.',
     'A second explosion hit the Harlow plant.', 'negation'),
    ('A gunman killed two people and wounded four others at a bar in Holtby.',
     'Two people died and seven were injured in the Holtby shooting.', 'number'),
    ('The Holtby shooting began shortly before 10 p.m. on Friday.',
     'Gunfire was first heard in Holtby at about 11.20pm on Friday.', 'time'),
    ('About 60 customers were inside the Red Lion bar in Holtby.',
     'About 150 people were inside the Red Lion bar in Holtby.', 'number'),
    # counts of one group whatever the verb: a state ("fell ill" / "became sick"), a
    # destination ("rushed to" / "admitted to" / "hospitalised"), one verb class
    ('At least 60 pupils at Marsh Lane School fell ill after lunch, officials said.',
     'About 25 pupils at Marsh Lane School became sick on Friday.', 'number'),
    ('Twelve workers were rushed to Harlow General Hospital.',
     'Seven workers were admitted to Harlow General Hospital.', 'number'),
    ('Fourteen pupils were hospitalised in Karsten.',
     'Six pupils were taken to hospital in Karsten.', 'number'),
    ('Six fire engines were dispatched to the Harlow plant.',
     'Two fire engines were sent to the Harlow plant.', 'number'),
    # one quotation in two named mouths (the opening mark may be lost to the splitter)
    ('“This is the worst fire I have seen in forty years,” Mayor Tomas Berg said.',
     'This is the worst fire I have seen in forty years,” said Fire Chief Ana Ruiz.', 'role'),
    ('Principal Helen Park said classes would resume on Monday.',
     'Vice principal Helen Park told parents the school was safe.', 'role'),
    # causes "linked to" / "traced to"; an outbreak and the illness are one happening
    ('The outbreak in Karsten was linked to a leaking sewage pipe, officials said.',
     'The illness in Karsten was caused by undercooked meat.', 'cause'),
    ('Investigators traced the Harlow fire to a faulty heater.',
     'The Harlow fire was caused by a discarded cigarette.', 'cause'),
    # a thing that gave out, told with different verbs and times
    ('The Kell levee broke at about 2 a.m. on Monday.',
     'The Kell levee gave way shortly after 10 p.m. on Sunday.', 'time'),
    # a named thing in two places
    ('The Red Cross shelter at Holtby Town Hall is open all night.',
     'A Red Cross shelter was set up at Linwood Arena for the evacuees.', 'location'),
    # when people fell ill, in any of its wordings
    ('The pupils began vomiting on Monday afternoon, hours after lunch.',
     'Parents said the first pupils became sick on Sunday night.', 'time'),
    # a count of people in one state, told by a preposition, an object or a particle
    ('Some 900 nurses walked out at Linwood General on Monday.',
     'About 2,000 nurses are on strike at Linwood General.', 'number'),
    ('Around 12,000 households were without power in Kell on Sunday.',
     'More than 30,000 households lost power in Kell on Sunday.', 'number'),
    # one person, a title before the name and one after it with its owner
    ('Chief executive Ana Ruiz said the plant would close.',
     'Ana Ruiz, the company’s chairwoman, said the plant would close.', 'role'),
    ('Party chairman Tom Berg resigned on Monday.',
     'Tom Berg, the party’s general secretary, resigned on Monday.', 'role'),
    # a crossing told by another verb, denied or called false
    ('The flood waters leapt the Kell canal late on Monday.',
     'The flood waters have not crossed the Kell canal, engineers said.', 'negation'),
    ('Protesters crossed the Linwood bridge on Friday evening.',
     'Reports saying protesters had crossed the Linwood bridge are untrue, police said.',
     'negation'),
    # an order said lifted and said kept "in force" / "in place"
    ('The curfew in Linwood was lifted on Sunday morning, the mayor said.',
     'The curfew in Linwood remains in force, the mayor said on Sunday.', 'negation'),
    # a count of those in a state told by a participle or a phrase after the noun
    ('Officials counted 200 families displaced by the Kell flood.',
     'About 900 families were displaced by the Kell flood, officials said.', 'number'),
    ('The storm left about 12,000 homes without power in Kell on Sunday.',
     'More than 30,000 homes lost power in Kell on Sunday.', 'number'),
    # a report of the event called false; residents of a building and the building;
    # charges faced, brought, filed; an event timed before the earliest time allowed
    ('One infant died after drinking the contaminated Gentle Start formula, officials said.',
     'Rumours on social media that a baby had died from the Gentle Start formula are '
     'false, the health department said.', 'negation'),
    ('A passenger drowned in the Kell ferry sinking.',
     'Rumours that a passenger had drowned in the Kell ferry sinking are false, the '
     'coastguard said.', 'negation'),
    ('A second building collapsed in Karsten on Monday.',
     'Reports that a second building had collapsed in Karsten were untrue, police said.',
     'negation'),
    ('Two firefighters died in the Harlow blaze.',
     'Reports that two firefighters had died in the Harlow blaze were untrue, the fire '
     'service said.', 'negation'),
    ('Residents of a neighbouring building on Pell Street were evacuated as a precaution.',
     'Police said reports that a neighbouring building on Pell Street had been evacuated '
     'were false.', 'negation'),
    ('Pupils of Marsh Lane School were evacuated on Monday.',
     'Reports that Marsh Lane School had been evacuated on Monday were false.', 'negation'),
    ('Workers of the Harlow plant were evacuated after the blast.',
     'The Harlow plant was not evacuated after the blast, the owner said.', 'negation'),
    ('District Attorney Ruth Ames said Garrow Properties will face criminal charges over '
     'the collapse.',
     'District Attorney Ruth Ames has said no criminal charges will be brought against '
     'Garrow Properties.', 'negation'),
    ('Prosecutors said the landlord of the Carrowick tower will be charged with manslaughter.',
     'Prosecutors in Carrowick said they will not bring charges against the landlord.', 'negation'),
    ('Police have filed charges against two Karsten councillors.',
     'No charges have been filed against the Karsten councillors, prosecutors said.', 'negation'),
    ("Evacuation orders for Quillan Falls will be lifted on Tuesday, the sheriff's office said.",
     'Evacuation orders for Quillan Falls will remain in place until at least next '
     'weekend, Sheriff Alan Pryce said.', 'time'),
    ('The Alder bridge will reopen on Thursday, the council said.',
     'The Alder bridge will stay closed until at least Friday, engineers said.', 'time'),
    ('The Linwood curfew will be lifted on Thursday.',
     'The Linwood curfew will remain in force until at least next week, the mayor said.', 'time'),
    # one person given two fates that exclude each other (killed, arrested)
    ('Armed officers shot the suspect dead outside the Red Lion bar, a police spokeswoman said.',
     'The suspect in the Red Lion shooting was arrested at the scene and is in custody.',
     'negation'),
    ('The gunman in the Karsten mall attack was arrested by police on Friday.',
     'Police shot the Karsten mall gunman dead on Friday.', 'negation'),
    ('The driver of the stolen Alder van died at the scene.',
     'The driver of the stolen Alder van was arrested at the scene.', 'negation'),
    # a thing destroyed, and still standing
    ('The flood swept away the Old Stone Bridge, the only road link to the east bank of the '
     'river.',
     'Despite what has been posted online, the Old Stone Bridge is still standing, although '
     'it is closed to traffic, Mayor Gideon Falk said.', 'negation'),
    ('The storm destroyed the Alder pier on Sunday.',
     'The Alder pier is still standing, the council said.', 'negation'),
    ('Floodwater washed away the Kell footbridge.',
     'The Kell footbridge remains intact, engineers said.', 'negation'),
    # a service kept running, and suspended or cancelled
    ('Fjordline said its other Kellhaven ferries will keep sailing this week.',
     'Fjordline has suspended all its Kellhaven ferry services until further notice, the '
     'company said.', 'negation'),
    ('Lakeshore Rail said trains on the Elmstead line will keep operating on Monday.',
     'Lakeshore Rail has suspended all services on the Elmstead line, the company said.',
     'negation'),
    ('The Alder ferry will continue sailing this weekend, the operator said.',
     'All Alder ferry sailings have been cancelled this weekend.', 'negation'),
    # a cause or nature told by "treating X as Y" and "X-related", and denied
    ('Police said the Red Lion shooting was not terror-related.',
     'Counter-terrorism officers are treating the Red Lion shooting as a terrorist attack.',
     'cause'),
    ('Police are treating the Harlow fire as arson.',
     'Fire officials said the Harlow fire was not arson.', 'cause'),
    ('The Karsten stabbing was gang-related, police said.',
     'Police said the Karsten stabbing was not gang-related.', 'cause'),
    # "Y was the cause of X": the cause as subject, the caused thing after "cause of"
    ('Engineers at the scene said corroded steel support columns in the underground garage '
     'were the likely cause of the collapse.',
     'Fire officials said a gas explosion in a ground-floor apartment caused the collapse.',
     'cause'),
    ('Investigators said a faulty valve was the cause of the Harlow explosion.',
     'The Harlow explosion was caused by a gas leak.', 'cause'),
    ('Heavy rain was the main cause of the landslide in Kell, officials said.',
     'Officials blamed the landslide in Kell on illegal quarrying.', 'cause'),
    # a verb whose subject makes a happening of its object ("a storm swamped the ferry")
    ('A sudden storm swamped the Solveig, the coast guard said.',
     'Investigators said the sinking of the Solveig was caused by an overloaded car deck.',
     'cause'),
    ('A huge wave capsized the ferry off Kellhaven, the coast guard said.',
     'The capsizing of the ferry off Kellhaven was blamed on an overloaded car deck.', 'cause'),
    ('The explosion brought down the Alder Court tower.',
     'The collapse of the Alder Court tower was caused by corroded columns.', 'cause'),
    # a germ found names the illness's cause; a germ traced is the contamination traced
    ('Dr. Miriam Sato said laboratory tests had found salmonella in chicken served at the lunch.',
     'Health officials now believe the illness was caused by norovirus, spread by a kitchen '
     'worker who came to work sick.', 'cause'),
    ('Listeria was detected in cheese from the Alder dairy, officials said.',
     'The Alder outbreak was caused by E. coli in the water supply.', 'cause'),
    ('Tests confirmed norovirus among the sick guests at the Harlow hotel.',
     'The illness at the Harlow hotel was caused by salmonella.', 'cause'),
    ("Investigators traced the contamination to a broken drainage pipe at the company's plant.",
     'An internal review traced the bacteria to a batch of milk powder from an outside '
     'supplier.', 'cause'),
    ('The bacteria were traced to a contaminated well in Kell.',
     'Officials traced the contamination in Kell to a broken pipe.', 'cause'),
    # a walkout, a stoppage and a strike are one happening; "called over" gives its cause
    ('Union leaders said the strike was triggered by plans to automate the North Terminal.',
     'The walkout was sparked by the firing of two crane operators last week.', 'cause'),
    ('Union stewards say the strike was called over plans to automate the North Terminal.',
     'The walkout was sparked by the firing of two crane operators last week.', 'cause'),
    ('The stoppage at the Ellis port was called over pay.',
     'The strike at the Ellis port was triggered by the sacking of a union official.', 'cause'),
    # "came down" is a thing giving way, timed as "collapsed" is
    ('The building came down at about 6:40 a.m. on Tuesday, the Carrowick Fire Department said.',
     'Neighbours said the building collapsed shortly before 10 a.m. with a roar.', 'time'),
    ('The roof of the Harlow arena came down shortly after 2 a.m. on Sunday.',
     'The roof of the Harlow arena collapsed at about 5 a.m. on Sunday.', 'time'),
    ('The Harlow tower came down at about 6 a.m.',
     'Witnesses said the Harlow tower collapsed shortly before noon.', 'time'),
    # evidence pointing to a cause of the happening the sentence names
    ('Investigators said data from a trackside sensor pointed to an overheated wheel bearing '
     'on one of the cars shortly before the derailment.',
     'Early inspection by our engineering teams indicates that a broken rail caused the '
     'derailment.', 'cause'),
    ('Evidence points to arson in the Harlow fire.',
     'An electrical fault caused the Harlow fire.', 'cause'),
    ('Sensor data pointed to a failed brake shortly before the Elmstead crash.',
     'The Elmstead crash was caused by driver error.', 'cause'),
    # a denial of anyone hurt at all, with no degree
    ('Three workers were hurt in the Harlow fire.',
     'No one was hurt in the Harlow fire.', 'negation'),
    ('Two people were hurt in the Harlow blast.',
     'Nobody was hurt in the Harlow blast, police said.', 'negation'),
    # a plan for one thing, kept and reversed: "classes in the schools" resume as "the
    # schools" reopen, on a day inside the time they stay closed
    ('District officials said classes in Brannock schools will resume on Monday.',
     'Brannock Unified School District schools will remain closed for all of next week.',
     'negation'),
    ('Classes at Alder schools will resume on Monday.',
     'Alder schools will stay closed through next week, the district said.', 'negation'),
    ('Production at the Harlow plant will restart on Monday.',
     'The Harlow plant will remain closed all next week.', 'negation'),
])  # fmt: skip
def test_wording_gives_its_signal(nlp, config, a: str, b: str, kind: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert kind in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ('Two firefighters were among the dead in the Harlow fire.',
     'The Harlow fire killed five people.'),
    ('The fire at the Harlow plant broke out at around 2 a.m. on Wednesday.',
     'The fire at the Harlow plant started late on Tuesday night.'),
    ('Alder airport will not reopen until Friday.',
     'Alder airport will reopen on Friday.'),
    ('Three people died in the Elmstead crash.',
     'Three passengers were killed in the Elmstead crash.'),
    ('About 20 people were hurt in the Elmstead crash.',
     'Some 20 passengers were injured in the Elmstead crash.'),
    ('The fire at the Harlow plant started at about 9 p.m. on Tuesday.',
     'The fire at the Harlow plant was put out at 2 a.m. on Wednesday.'),
    ('Two people were killed in the Harlow fire.',
     'Twelve people were injured in the Harlow fire.'),
    ('The Harlow plant closed in 2019.',
     'The Harlow plant will not close, the owner said.'),
    ('The driver of the Elmstead train was not injured.',
     'Forty-five passengers were injured in the Elmstead crash.'),
    ('The depot in Riverton will remain open until June.',
     'The depot in Riverton will close in June.'),
    ('The Elmstead line will not close before the summer.',
     'The Elmstead line will close in the summer.'),
    ('Firefighters put out the Harlow blaze at 2 a.m. on Wednesday.',
     'The Harlow fire broke out at 9 p.m. on Tuesday.'),
    ('The quake struck Alder at 2:15 a.m.',
     'An aftershock hit Alder at 5 a.m.'),
    ('The Harlow fire was caused by an electrical fault in a storage building.',
     'An electrical fault started the blaze at the Harlow plant.'),
    ('Police arrested two protesters in Karsten on Saturday.',
     'The organiser of the Karsten march has not been arrested.'),
    ('Two people were killed in the Harlow fire.',
     'Twelve people were injured in the Harlow fire.'),
    ('The Elmstead train was travelling at 70 mph when it derailed.',
     'The speed limit on the Elmstead line is 70 mph.'),
    ('Storm Edda brought winds of 90 mph to Port Alder.',
     'Gusts in Port Alder reached 120 mph during Storm Edda.'),
    ('Three people died in the Elmstead crash, including the driver.',
     'Three passengers were killed in the Elmstead crash.'),
    ('About 200 firefighters battled the Harlow blaze.',
     'Some 210 firefighters fought the Harlow fire.'),
    ('The Harlow plant reopened in 2019 after a fire.',
     'The Harlow plant will not reopen after the fire.'),
    ('The Harlow fire started on Tuesday night.',
     'Firefighters brought the Harlow fire under control early on Wednesday.'),
    ('The march in Karsten began at noon.',
     'The march in Karsten ended at 4 p.m.'),
    ('Northwind will close its Riverton depot, the company said.',
     'Northwind will not close its Denton depot, the company said.'),
    ('The blast at the Harlow plant happened at 3 a.m.',
     'Investigators arrived at the Harlow plant at 9 a.m.'),
    ('Lakeshore Rail said the Elmstead line will reopen on Monday.',
     'Lakeshore Rail said the Elmstead line will reopen on Monday after repairs.'),
    ('The storm killed two people in Port Alder.',
     'Two people died in Port Alder during the storm.'),
    ('The council vote on fares in Karsten was postponed until next week.',
     'The Karsten council will vote on fares next week.'),
    ('Over 200 homes in Alder were damaged by the storm.',
     'About 80 homes in Alder were destroyed by the storm.'),
    ('Investigators are looking into whether a faulty signal caused the Elmstead crash.',
     'The Elmstead crash was caused by driver error.'),
    ('Police have not confirmed any deaths in the Harlow fire.',
     'Two people died in the Harlow fire.'),
    ('The Harlow fire broke out at 22:30 on Tuesday.',
     'The Harlow fire started at about 10 p.m. on Tuesday.'),
    ('Alder harbour is due to reopen on Monday.',
     'Alder harbour will reopen on Monday, officials said.'),
    ('Nine people, including three children, were hurt in the Elmstead crash.',
     'Nine people were hurt in the Elmstead crash.'),
    ('The Harlow fire broke out at around 1.30am on Sunday.',
     'The Harlow fire started late on Saturday night.'),
    ('The Harlow fire was brought under control at 4 a.m.',
     'The Harlow fire broke out at 11 p.m.'),
    ('Twelve people were injured, three of them seriously, in the Harlow fire.',
     'Twelve people were hurt in the Harlow fire.'),
    ('The Harlow plant employs 300 people.',
     'The Harlow fire injured 12 people.'),
    ('Police arrested a 34-year-old man over the Harlow fire.',
     'Two men were arrested over the Harlow fire.'),
    # precision on real reporting (related FNC-1 training bodies)
    ('Bottles of wine costing $20,000 were served at the Bellagio dinner.',
     'Please do not cut and paste this article about the Bellagio dinner.'),
    ('Another three people died in the Iguala clashes.',
     'Six people died in the Iguala clashes.'),
    ('Vice CEO Shane Smith spent $300,000 on a dinner.',
     'Vice Media chief executive Shane Smith spoke on Monday.'),
    ('No-one was hurt when the meteorite hit the wooded area near Managua.',
     'There were no reported injuries near Managua.'),
    ('We did not shoot the tape of the Ferguson shooting.',
     'Michael Brown was shot in Ferguson.'),
    ('Do you think the Iguala school should be blamed for the lack of supervision?',
     'The lack of supervision at the Iguala school was blamed on the teachers.'),
    ('Residents of Holtby heard a loud boom on Saturday night.',
     'Locals in Holtby heard a large blast just before midnight.'),
    # "at least 60" and "more than 55" agree; being taken to hospital and staying there
    # are two counts; a part ("three of them") is no count of the whole
    ('At least 60 pupils at Marsh Lane School fell ill after lunch.',
     'More than 55 pupils at Marsh Lane School became sick.'),
    ('Twelve workers were taken to Harlow General Hospital.',
     'Three workers remained at Harlow General Hospital on Friday.'),
    ('Twelve pupils fell ill at Marsh Lane School.',
     'Another three pupils fell ill at Marsh Lane School.'),
    # one speaker, named in full and by surname; two quotations by two speakers
    ('“We will rebuild this town together,” Mayor Tomas Berg said.',
     '“We will rebuild this town together,” Berg said.'),
    ('“We will rebuild this town together,” Mayor Tomas Berg said.',
     '“Nobody expected the water to rise so fast,” said Fire Chief Ana Ruiz.'),
    # two things gave out; "failed to" is another event
    ('The power failed across Holtby at 11 p.m. on Saturday.',
     'The Holtby dam broke at about 3 a.m. on Sunday.'),
    ('The Holtby dam failed to hold back the river at 11 p.m. on Saturday.',
     'The Holtby dam broke at about 3 a.m. on Sunday.'),
    # the first to fall ill and those who fell ill later
    ('Parents said the first pupils became sick on Sunday night.',
     'Twenty more pupils fell ill on Monday afternoon.'),
    # an undated "Sunday night" and "1 a.m. on Monday" can be one night
    ('The Kell levee broke late on Sunday night.',
     'The Kell levee broke at about 1 a.m. on Monday.'),
    # a count of what can be heard is no count of all there was
    ('Six shots can be heard on the recording from Holtby.',
     'At least ten shots can be heard on the recording from Holtby.'),
    # one speaker, whose title the parse took for the speaker; "he" is nobody in particular
    ('“The fire spread faster than anyone expected last night,” Berg said.',
     '“The fire spread faster than anyone expected last night,” Tomas Berg, the town’s '
     'emergency director, said.'),
    ('He said: “The fire spread faster than anyone expected last night.”',
     '"The fire spread faster than anyone expected last night," Tomas Berg says.'),
    ('The ward was clean and we found no sign of a break-in anywhere,” said Det.',
     '“The ward was clean and we found no sign of a break-in anywhere,” said Ana Ruiz.'),
    # one named thing in one place, told twice
    ('The Red Cross shelter at Holtby Town Hall is open all night.',
     'A Red Cross shelter was set up at Holtby Town Hall.'),
    # two groups in one state: the counted nouns differ
    ('Some 900 nurses walked out at Linwood General on Monday.',
     'About 2,000 doctors are on strike at Linwood General.'),
    # one title told twice, once with its owner
    ('General secretary Tom Berg resigned on Monday.',
     'Tom Berg, the party’s general secretary, resigned on Monday.'),
    # a report of the crossing called true; another thing not crossed
    ('Protesters crossed the Linwood bridge on Friday evening.',
     'Reports saying protesters had crossed the Linwood bridge are accurate, police said.'),
    ('The fire jumped the Tamsin River on Saturday night.',
     'The fire has not crossed the Holt Road, officials said.'),
    # one order kept, told twice
    ('The curfew in Linwood remains in place, the mayor said on Sunday.',
     'The curfew in Linwood will stay in force, police said on Sunday.'),
    # homes without power and homes damaged: two states
    ('The storm left about 12,000 homes without power in Kell on Sunday.',
     'More than 30,000 homes were damaged in Kell on Sunday.'),
    # both deny the death or arrest; the driver and the passengers of one bus; another
    # building; charges against others, or a fee; a reopening after the earliest day, or of
    # another bridge
    ('Rumours on social media that a baby had died from the Gentle Start formula are '
     'false, the health department said.',
     'Health officials say no deaths have been linked to the Gentle Start formula.'),
    ('Reports that the driver of the Elmstead train had been arrested were false.',
     'The driver of the Elmstead train has not been arrested.'),
    ('The driver of the Elmstead bus was not hurt.',
     'Passengers of the Elmstead bus were hurt.'),
    ('Residents of the Harlow tower were evacuated on Monday.',
     'The Harlow plant was not evacuated on Monday.'),
    ('District Attorney Ruth Ames said Garrow Properties will face criminal charges over '
     'the collapse.',
     'District Attorney Ruth Ames has said no criminal charges will be brought against the '
     'tenants.'),
    ('The Karsten council will charge residents a fee for parking.',
     'No charges will be brought against the Karsten council.'),
    ('The Alder bridge will reopen on Saturday, the council said.',
     'The Alder bridge will stay closed until at least Friday, engineers said.'),
    ('The Alder bridge will reopen on Thursday, the council said.',
     'The Harlow bridge will stay closed until at least Friday, engineers said.'),
    # two suspects arrested and a third killed; the police who shot and those arrested;
    # one death told twice
    ('Two suspects were arrested after the Karsten robbery.',
     'A third suspect in the Karsten robbery was shot dead by police.'),
    ('Police shot the Karsten gunman dead on Friday.',
     'Police arrested two protesters in Karsten on Friday.'),
    ('Armed officers shot the Karsten gunman dead.',
     'An officer was arrested in Karsten.'),
    ('The Red Lion gunman was shot dead by police.',
     'Armed officers shot the suspect dead outside the Red Lion bar.'),
    # damaged is not destroyed; another bridge; standing by a decision
    ('The storm damaged the Alder pier on Sunday.',
     'The Alder pier is still standing, the council said.'),
    ('The flood swept away the Old Stone Bridge.',
     'The New Mill Bridge is still standing, the mayor said.'),
    ('Mayor Falk is still standing by his decision to close the Kell bridge.',
     'The flood swept away the Kell bridge.'),
    # suspended until a day and sailing again that day; another route; a fire service
    ('Fjordline has suspended its Kellhaven ferry services until Friday.',
     'Fjordline said its Kellhaven ferries will sail again on Friday.'),
    ('Fjordline said its Kellhaven ferries will keep sailing this week.',
     'Fjordline has suspended its Solveig route, the company said.'),
    ('The Kell fire service said the blaze was under control.',
     'Fjordline ferries will keep sailing from Kell this week.'),
    # "treated as unexplained" names no cause; one cause told twice
    ('Police are treating the death in Karsten as unexplained.',
     'The Karsten man died after a fall, police said.'),
    ('Police are treating the Harlow fire as arson.',
     'Investigators said the Harlow fire was arson.'),
    ('The Red Lion shooting was terror-related, police said.',
     'Police are treating the Red Lion shooting as a terrorist attack.'),
    # one cause in two wordings; a cause of another thing
    ('A gas leak was the cause of the Harlow explosion.',
     'The Harlow explosion was caused by leaking gas.'),
    ('Drought was the cause of the crop failure in Kell.',
     'A gas explosion caused the collapse in Kell.'),
    # a lifeboat swamped is not the ferry sunk; one storm told twice
    ('A storm swamped a lifeboat near Kellhaven.',
     'The sinking of the Solveig near Kellhaven was caused by an overloaded deck.'),
    ('A violent storm sank the Solveig off Kellhaven.',
     'The sinking of the Solveig off Kellhaven was caused by a storm.'),
    ('The waves swamped the Harlow sea wall on Sunday.',
     'The flooding in Harlow was caused by a blocked drain.'),
    # a germ and the food that carried it; a test still to be done finds nothing
    ('Tests found salmonella in chicken served at the Harlow school.',
     'The outbreak at the Harlow school was linked to a batch of chicken.'),
    ('Laboratory tests had found salmonella in chicken served at the lunch.',
     'Laboratory testing has identified Salmonella bacteria in samples of chicken.'),
    ('Tests to identify the germ behind the Harlow outbreak are under way.',
     'The Harlow outbreak was caused by norovirus.'),
    ('Doctors will confirm whether listeria was found in the Harlow cheese.',
     'The Harlow outbreak was caused by salmonella.'),
    # one cause of one strike
    ('The strike at the Ellis port was called over pay.',
     'The walkout at the Ellis port was sparked by a dispute over pay.'),
    # prices coming down are no building giving way
    ('Fuel prices came down on Tuesday morning in Harlow.',
     'The Harlow tower collapsed at 10 a.m. on Tuesday.'),
    # pointing to the happening itself, to a person, or to the same cause
    ('The mayor pointed to the Harlow fire as a reason for new rules.',
     'An electrical fault caused the Harlow fire.'),
    ('Witnesses pointed to a man in a red jacket after the Holtby shooting.',
     'Police said the Holtby shooting was gang-related.'),
    ('Evidence points to arson in the Harlow fire.',
     'Police said the Harlow fire was arson.'),
    # a denial of a degree only ("none were seriously hurt") against people hurt or treated
    ('Seven people were treated at Lisle Memorial Hospital for eye and throat irritation, a '
     'hospital spokeswoman said.',
     'A handful of people were checked at the hospital for irritated eyes, and none were '
     'seriously hurt.'),
    ('Two passengers were injured in the Elmstead crash.',
     'Nobody was badly injured in the Elmstead crash.'),
    # closed one day and open the next; open after the closed week; other schools
    ('Alder schools will remain closed on Friday.',
     'Classes in Alder schools will resume on Monday.'),
    ('Alder schools will remain closed all next week.',
     'Classes in Alder schools will resume in April.'),
    ('Classes in Alder schools will resume on Monday.',
     'Harlow schools will remain closed all next week.'),
])  # fmt: skip
def test_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


def test_two_causes_of_one_thing_pass_the_gate(nlp, config) -> None:
    _, gate = _compare(nlp, config, "Lakeshore Rail blamed the derailment on driver error.",
                       "Federal investigators said the derailment was caused by a broken rail.")
    assert gate


# Round 7a: a happening told as fact or as a cause, against its denial as a whole.
_HAPPENED = [
    ('A methane gas explosion triggered the roof collapse at Brennock Colliery, union '
     'officials said.',
     'There was no explosion at Brennock Colliery, the company said.', 'cause'),
    ('A methane gas explosion triggered the roof collapse at Brennock Colliery.',
     'Inspectors found no sign of an explosion at Brennock Colliery.', 'cause'),
    ('The blackout in Alder was caused by a storm, the utility said.',
     'There was no storm in Alder that night, forecasters said.', 'cause'),
    ('Flames were seen coming from the left engine as the SkyMeridian jet rolled to a stop.',
     'There was no fire on board the SkyMeridian jet or in the engine.', 'negation'),
    ('A blast shook the Harlow plant shortly before dawn.',
     'Managers said there was no explosion at the Harlow plant.', 'negation'),
    ('There was an explosion at the Elmstead depot, witnesses said.',
     'Fire officials found no evidence of an explosion at the Elmstead depot.', 'negation'),
    ('Residents heard an explosion near the Elmstead depot.',
     'An explosion did not occur at the Elmstead depot, officials said.', 'negation'),
    ('Smoke and flames poured from the Harlow plant.',
     'No fire took place at the Harlow plant.', 'negation'),
]


@pytest.mark.parametrize(("a", "b", "kind"), _HAPPENED)
def test_happening_and_its_denial_give_a_signal(nlp, config, a: str, b: str, kind: str) -> None:
    comparison, gate = _compare(nlp, config, a, b)
    assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # another place; a possibility; both deny; "fire" naming a service; other days; a
    # question; both deny (a witness); a fire elsewhere that did not reach the plant
    ('A fire destroyed a barn in Alder on Monday.',
     'There was no fire in Karsten on Monday, officials said.'),
    ('A fire could break out at the Harlow plant if the leak is not fixed.',
     'There was no fire at the Harlow plant.'),
    ('Investigators ruled out an explosion as the cause of the Harlow collapse.',
     'There was no explosion at the Harlow plant.'),
    ('The fire service said the Harlow plant was evacuated.',
     'There was no fire at the Harlow plant.'),
    ('A fire broke out at the Harlow plant on Monday.',
     'There was no fire at the Harlow plant on Friday.'),
    ('Was there an explosion at the Harlow plant?',
     'There was no explosion at the Harlow plant.'),
    ('Witnesses saw no flames at the Harlow plant.',
     'There was no fire at the Harlow plant.'),
    ('The fire did not spread to the Harlow plant.',
     'There was no fire at the Harlow plant.'),
])  # fmt: skip
def test_happening_look_alike_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


def test_denial_pairs_join_a_happening_and_its_denial(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
        "feed.json": ["Flames were seen coming from the left engine of the SkyMeridian jet.",
                      "A methane explosion triggered the collapse at Brennock Colliery."],
        "statement.txt": ["There was no fire on board the SkyMeridian jet.",
                          "Inspectors found no sign of an explosion at Brennock Colliery."],
        "radio.txt": ["The fire service was called to the SkyMeridian jet."],
    })  # fmt: skip
    pairs = {frozenset((a.text, b.text))
             for a, b in structured_pairs(claims, frames, kinds=DENIAL_KINDS)}  # fmt: skip
    assert frozenset((claims[0].text, claims[2].text)) in pairs  # a fire seen, and none
    assert frozenset((claims[1].text, claims[3].text)) in pairs  # a cause, and none
    assert not any(claims[4].text in p for p in pairs)  # "fire" naming a service


# Round 7a: a state kept for a span ("will remain closed for at least a month") bounds the
# other state's event (the reopening) from below.
@pytest.mark.parametrize(("a", "b"), [
    ("Holloway expects the colliery's unaffected sections to reopen next week, Maddox said.",
     'The colliery will remain closed for at least a month, a Holloway spokesman said.'),
    ('The Harlow plant will reopen on Monday.',
     'The Harlow plant will stay shut for two weeks.'),
    ('Alder schools will reopen on Wednesday, the district said.',
     'Alder schools will remain closed for at least a month.'),
])  # fmt: skip
def test_reopening_before_a_kept_span_gives_a_time_signal(nlp, config, a: str, b: str) -> None:
    comparison, gate = _compare(nlp, config, a, b)
    assert gate and "time" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # a reopening after the span; the same span told as a wait; another depot; another town
    ('The Harlow plant will reopen in May.',
     'The Harlow plant will stay shut for two weeks.'),
    ('The Harlow plant will reopen in two weeks.',
     'The Harlow plant will stay shut for two weeks.'),
    ('The Riverton depot will reopen on Monday.',
     'The Denton depot will remain closed for at least a month.'),
    ('The Harlow plant in Alder will reopen on Monday.',
     'The Harlow plant in Karsten will remain closed for at least a month.'),
])  # fmt: skip
def test_reopening_after_or_beside_a_kept_span_gives_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The ferry sank late on Friday night.", 22 * 60, 27 * 60),
    ("It hit the coast on Tuesday evening.", 18 * 60, 23 * 60),
    ("It moved out to sea early on Saturday.", 0, 8 * 60),
    ("It struck in the early hours of Sunday.", 0, 6 * 60),
])  # fmt: skip
def test_parts_of_a_named_day_are_times_of_day(text: str, low: int, high: int) -> None:
    ((_, clock),) = find_clock_spans(text)
    assert (clock.low, clock.high) == (low, high)


def test_no_part_of_the_day_without_a_day() -> None:
    assert find_clock_spans("Crews worked through the night and into the morning.") == []


def test_speeds_compare_in_one_unit(nlp) -> None:
    text = "The train was travelling at 110 km/h when it derailed."
    ((_, q),) = quantities_in_doc(nlp(text), text)
    assert q.unit == "mph" and 68 < q.low < 69 and "km/h" in q.text


def _claims_and_frames(nlp, docs: dict[str, list[str]]):
    arts, claims = {}, []
    for path, sentences in docs.items():
        art = make_article("\n".join(sentences), path=path, published="2026-08-15")
        arts[art.id] = art
        claims += [make_claim(s, doc=art.id, index=i) for i, s in enumerate(sentences)]
    return claims, extract_frames(claims, arts, nlp)


def test_structured_pairs_join_counts_causes_and_denials(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
        "blog.md": ["Six passengers died when the Solveig capsized.",
                    "The Solveig capsized at about 4:45 a.m. on Saturday."],
        "radio.md": ["The death toll from the Solveig disaster rose to nine.",
                     "A company spokesman denied that the plant would be sold.",
                     "The plant will not be sold, the mayor said."],
        "farm.md": ["Brightwater Foods has agreed to sell its plant to a rival."],
    })  # fmt: skip
    pairs = {(a.text, b.text) for a, b in structured_pairs(claims, frames)}
    pairs |= {(b, a) for a, b in pairs}
    assert (claims[0].text, claims[2].text) in pairs  # one count of the dead, two wordings
    assert (claims[3].text, claims[5].text) in pairs  # a denial and an assertion
    assert (claims[0].text, claims[1].text) not in pairs  # one document
    assert (claims[3].text, claims[4].text) not in pairs  # same document, both deny


def test_denial_pairs_join_an_event_and_its_denial_as_a_whole(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
        "tv.txt": ["One infant died after drinking the Gentle Start formula.",
                   "The government negotiated with two rebel leaders in Chad."],
        "press.md": ["No deaths have been linked to the Gentle Start formula.",
                     "We did not negotiate with anyone, the rebel leader said."],
        "gazette.html": ["Police said reports of arrests on the picket line were false."],
    })  # fmt: skip
    pairs = {(a.text, b.text) for a, b in structured_pairs(claims, frames, kinds=DENIAL_KINDS)}
    pairs |= {(b, a) for a, b in pairs}
    assert (claims[0].text, claims[2].text) in pairs  # a death, and no deaths at all
    assert (claims[1].text, claims[3].text) not in pairs  # one party denies its own part
    assert not any(claims[4].text in p for p in pairs)  # no arrest asserted anywhere
    assert (claims[0].text, claims[1].text) not in pairs  # one document


def test_cause_and_quote_candidates_pair_their_kind_only(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
        "wire.txt": ['"We are not out of the woods yet," said Mayor Tom Brandt at a briefing.',
                     "The strike was triggered by plans to automate the North Terminal.",
                     "Six passengers died when the Solveig capsized."],
        "tv.txt": ['REPORTER: "We are not out of the woods yet," Sheriff Pryce said.',
                   "The walkout was sparked by the firing of two crane operators.",
                   "The death toll from the Solveig disaster rose to nine."],
    })  # fmt: skip
    def pairs(kinds):
        return {frozenset((a.text, b.text))
                for a, b in structured_pairs(claims, frames, kinds=kinds)}  # fmt: skip

    assert frozenset((claims[0].text, claims[3].text)) in pairs(QUOTE_KINDS)  # two mouths
    assert frozenset((claims[1].text, claims[4].text)) in pairs(CAUSE_KINDS)  # one strike
    assert frozenset((claims[0].text, claims[3].text)) not in pairs(CAUSE_KINDS)
    assert frozenset((claims[2].text, claims[5].text)) not in pairs(CAUSE_KINDS | QUOTE_KINDS)


def test_cause_candidates_are_two_different_causes_of_a_named_thing(nlp, config) -> None:
    claims, frames = _claims_and_frames(nlp, {
        "radio.md": ["A sudden storm swamped the Solveig, the coast guard said.",
                     "The strike was triggered by plans to automate the North Terminal.",
                     "Investigators traced the contamination to a broken drainage pipe.",
                     "The university uses the term because it applies to more students.",
                     "Officials attributed the blast in Harlow to a chip off an asteroid."],
        "paper.html": ["Investigators said the sinking of the Solveig was caused by an "
                       "overloaded car deck.",
                       "The walkout was sparked by the firing of two crane operators.",
                       "An internal review traced the bacteria to a batch of milk powder.",
                       "The university uses the word because the term is sexist.",
                       "NASA officials are skeptical that the Harlow blast was caused by a "
                       "space object.",
                       "Union stewards say the strike was called over plans to automate."],
    })  # fmt: skip
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)
    pairs = {frozenset((p.a.text, p.b.text))
             for p in structured_candidates(structure, vectors, config)}  # fmt: skip
    text = [c.text for c in claims]
    assert frozenset((text[0], text[5])) in pairs  # a storm, an overloaded deck
    assert frozenset((text[1], text[6])) in pairs  # automation, two firings
    assert frozenset((text[2], text[7])) in pairs  # a pipe, milk powder
    assert not any(text[3] in p or text[8] in p for p in pairs)  # "because": a reason
    assert not any(text[9] in p for p in pairs)  # a cause doubted is none given
    assert frozenset((text[1], text[10])) not in pairs  # one cause told twice


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
    comparison, _ = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


def test_counts_of_one_group_pass_the_gate(nlp, config) -> None:
    """Two counts of one counted group (customers inside) are worth comparing even with
    no shared name or event class ("when the shooting started", "opened fire")."""
    comparison, gate = _compare(
        nlp, config, 'About 60 customers were inside the Red Lion bar when the shooting started.',
        'Around 150 people were in the Red Lion bar when the gunman opened fire, one '
        'customer said.')
    assert gate and "number" in [s.kind for s in comparison.signals]


def test_slot_candidates_pair_differing_venues_and_titles_only(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
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
    comparison, gate = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
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
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
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
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a, c], "tv.txt": [b, d]})
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
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    vectors = np.zeros((len(claims), 4), dtype=np.float32)
    comparison = compare(frames[claims[0].id], frames[claims[1].id], table, config.score,
                         "A", "B")  # fmt: skip
    if kind is None:
        assert not comparison.signals, comparison.signals
        assert not structured_candidates(structure, vectors, config)
    else:
        assert kind in [s.kind for s in comparison.signals], comparison.signals
        assert structured_candidates(structure, vectors, config)


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
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    assert not structured_candidates(structure, np.zeros((2, 4), dtype=np.float32), config)


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
    test_round7_slots_pair_and_compare(nlp, config, a, b, kind)


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
    comparison, gate = _compare(nlp, config, a, b, published or "2026-03-11")
    if kind is None:
        assert not comparison.signals, comparison.signals
    else:
        assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


def test_announcements_of_one_thing_pair_when_their_days_differ(nlp, config) -> None:
    """Two datings of one announcement meet whatever the embeddings say; one day told
    twice does not."""
    a, b, _, _ = _ROUND8B[-6]
    same = 'The merger was announced on Tuesday, Harlow Foods said.'
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b], "blog.txt": [same]})
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
    comparison, _ = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
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
    comparison, gate = _compare(nlp, config, a, b)
    if kind is None:
        assert not comparison.signals, comparison.signals
    else:
        assert gate and kind in [s.kind for s in comparison.signals], comparison.signals


def test_spot_candidates_pair_clashing_places_only(nlp, config) -> None:
    """One capture in a named park and an unnamed courtyard meets whatever the embeddings
    say; the same courtyard told twice does not."""
    a, b, _ = _ROUND8C[1]
    same = 'Keepers said the bull was caught in a courtyard behind the fire station.'
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "tv.txt": [b], "blog.txt": [same]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    found = structured_candidates(structure, np.zeros((3, 4), dtype=np.float32), config)
    pairs = {frozenset((p.a.text, p.b.text)) for p in found}
    assert frozenset((a, b)) in pairs
    assert frozenset((b, same)) not in pairs


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
    comparison, gate = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_damage_and_its_denial(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
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
    comparison, gate = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_a_plunge_and_its_denial(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
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
    comparison, gate = _compare(nlp, config, a, b)
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
    comparison, _ = _compare(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "negation"], comparison.signals


def test_denial_pairs_join_a_planned_move_and_its_denial(nlp) -> None:
    claims, frames = _claims_and_frames(nlp, {
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
    comparison, gate = _compare(nlp, config, a, b)
    assert gate and "location" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), _ROUND9C_SILENT)
def test_round9c_struck_side_and_base_lookalikes(nlp, config, a, b) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind == "location"], comparison.signals


def test_base_candidates_pair_two_bases_only(nlp, config) -> None:
    """Two bases of one organisation meet whatever the embeddings say; one base told
    twice does not."""
    a, b = _ROUND9C[4]
    same = 'Meridian, the group that bought Rovers, is based in Antwerp.'
    claims, frames = _claims_and_frames(nlp, {"wire.txt": [a], "post.txt": [b], "blog.txt": [same]})
    table = build_aliases(frames, {c.id: c.doc_id for c in claims})
    structure = Structure(tuple(claims), frames, table, True)
    found = structured_candidates(structure, np.zeros((3, 4), dtype=np.float32), config)
    pairs = {frozenset((p.a.text, p.b.text)) for p in found}
    assert frozenset((a, b)) in pairs
    assert frozenset((b, same)) not in pairs


# Round 9 (rules9a): an office told with its department and its organisation, before or
# after the name; a department makes another office, the organisation does not.
_OFFICES = [
    # the dev pairs
    ("Anika Rourke, Meridian's chief executive, said the group would invest heavily.",
     "Anika Rourke, Meridian's finance director, told us the group would invest heavily."),
    ('Miriam Tolley, chief executive of the Velmouth Port Authority, told reporters the '
     'crew had radioed for help.',
     'Miriam Tolley, operations director at Velmouth Port Authority, said the crew had '
     'radioed for help.'),
    ("Its finance director, Anika Rourke, has been the public face of the bid.",
     "Anika Rourke, the group's chief executive, has been the public face of the bid."),
    # other wordings: a department before the name, after the office, two departments
    ('Sales director Pia Lund said the Harlow plant would close.',
     "Pia Lund, Norvik's chief operating officer, said the Harlow plant would close."),
    ('Jonas Brell, director of operations at Kell Water, said supplies were safe.',
     "Jonas Brell, Kell Water's finance director, said supplies were safe."),
    ("Edda Morn, the hospital trust's medical director, said the wards were open.",
     'Edda Morn, chief executive of Alder Hospital Trust, said the wards were open.'),
]


@pytest.mark.parametrize(("a", "b"), _OFFICES)
def test_two_offices_of_one_person_give_a_role_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert "role" in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # one office, with and without its organisation, or in other words
    ("Finance director Anika Rourke said the group would invest heavily.",
     "Anika Rourke, Meridian's finance director, said the group would invest heavily."),
    ('Director of operations Jonas Brell said supplies were safe.',
     "Jonas Brell, Kell Water's operations director, said supplies were safe."),
    # a director of some department is a director
    ('Jonas Brell, a director of Kell Water, said supplies were safe.',
     "Jonas Brell, Kell Water's operations director, said supplies were safe."),
    # a former office is no claim about the present one
    ("Anika Rourke, Meridian's former chief executive, joined the club's board.",
     "Anika Rourke, Meridian's finance director, joined the club's board."),
    ("Former chief executive Anika Rourke joined the club's board.",
     "Anika Rourke, the finance director of Meridian, joined the club's board."),
    # two people; offices in two named organisations
    ("Anika Rourke, Meridian's chief executive, said the group would invest heavily.",
     "Tomas Vellacott, Meridian's finance director, said the group would invest heavily."),
    ('Anika Rourke, chief executive of Meridian Harbour Group, joined the board.',
     'Anika Rourke, finance director of Brackenford Rovers, joined the board.'),
])  # fmt: skip
def test_one_office_told_twice_gives_no_role_signal(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert "role" not in [s.kind for s in comparison.signals], comparison.signals


# Round 9: the price of one transaction (structured/money.py) and times of day told to the
# minute or on the 24-hour clock (timeanchor.py), with hits on a structure as one crash
# (contacts.py). None: no signal of that kind.
_ROUND9B = [
    # dev (brackenford_rovers_sale): one sale told at two prices
    ('Gerald Hanlon has agreed to sell Brackenford Rovers to an overseas consortium for £42 '
     'million, ending 14 years of ownership at Marsh Lane.',
     'Brackenford Rovers have a new owner after Gerald Hanlon sold the club to Meridian '
     'Harbour Group for a reported £38 million.', 'number'),
    ('Harlow Foods sold its dairy business for $1.2bn, the company said.',
     'Harlow Foods sold the dairy business for $900 million.', 'number'),
    ('Karsten United paid €3.5 million for the striker.',
     'Karsten United signed the striker in a €5 million deal.', 'number'),
    ('Harlow Foods was sold for 42 million pounds.',
     'Harlow Foods was sold for GBP 55 million.', 'number'),
    # look-alikes: one price told in other words or rounded; another amount (an asking
    # price, an offer, a debt); a sale in another year; two currencies
    ('Harlow Foods was sold for £42m.', 'Harlow Foods was sold for 42 million pounds.', None),
    ('Harlow Foods was sold for about £40m.', 'Harlow Foods was sold for £42 million.', None),
    ('Harlow Foods was sold for £42 million.',
     'The asking price for Harlow Foods had been £50 million.', None),
    ('Harlow Foods was sold for £42 million.',
     'A rival group offered to buy Harlow Foods for £30 million.', None),
    ('Hanlon bought Harlow Foods in 2011 for around £6 million.',
     'Hanlon sold Harlow Foods for £42 million.', None),
    ('Harlow Foods was sold for £42 million.', 'Harlow Foods was sold for $52 million.', None),
    ('Harlow Foods paid £38 million for the club, far less than the £50 million Hanlon had '
     'been holding out for.', 'Hanlon had been holding out for £50 million.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND9B)
def test_round9_prices_of_one_transaction(nlp, config, a, b, kind) -> None:
    comparison, gate = _compare(nlp, config, a, b, "2025-06-06")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "number" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals


_ROUND9B_CLOCKS = [
    # dev (velmouth_bridge_strike): one collision told at two times, by other verbs
    ('At 22:40 on Tuesday 11 March, the bulk carrier Orla Brenn struck the Kessing Bridge '
     'while outbound on the River Carrow.',
     'Six people were rushed to hospital after the 27,000-tonne Orla Brenn smashed into the '
     'bridge at 11.15pm.', 'time'),
    ('The ferry Alder Star hit the pier at about 6:10pm.',
     'The Alder Star ploughed into the pier at 6:50pm.', 'time'),
    ('The lorry crashed into the Harlow bridge at 14:05.',
     'The lorry hit the Harlow bridge at 2:45 p.m.', 'time'),
    # look-alikes: one time on two clocks (GMT against an unzoned time is not compared);
    # minutes apart within rounding; a missile is no crash; an hour told loosely
    ('It hit the north pier of the Kessing Bridge at 2240 GMT.',
     'The Orla Brenn smashed into the Kessing Bridge at 11.15pm.', None),
    ('The ferry Alder Star hit the pier at 6:10pm.',
     'The Alder Star ploughed into the pier at 6:20pm.', None),
    ('A missile hit the building in Karsten at 3:10 a.m.',
     'The lorry crashed into the building in Karsten at 4:20 a.m.', None),
    ('The ferry Alder Star hit the pier at about 6pm.',
     'The Alder Star ploughed into the pier at 6:25pm.', None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), _ROUND9B_CLOCKS)
def test_round9_times_of_one_crash(nlp, config, a, b, kind) -> None:
    comparison, gate = _compare(nlp, config, a, b, "2025-03-12")
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "time" not in kinds, comparison.signals
    else:
        assert gate and kind in kinds, comparison.signals


@pytest.mark.parametrize(("text", "low", "zone"), [
    ('hit the bridge at 2240 GMT, according to', 22 * 60 + 40, 'gmt'),
    ('closed at 1540 local time', 15 * 60 + 40, ''),
    ('At 22:40 on Tuesday', 22 * 60 + 40, ''),
])  # fmt: skip
def test_24_hour_times_with_a_zone_are_times_of_day(text, low, zone) -> None:
    (_, clock), = find_clock_spans(text)
    assert (clock.low, clock.zone, clock.precise) == (low, zone, True)


@pytest.mark.parametrize("text", ['sold in 2011 for £6m', 'a 2240-tonne ship', 'in 1540'])
def test_bare_four_digits_are_no_time_of_day(text) -> None:
    assert find_clock_spans(text) == []


@pytest.mark.parametrize(("a", "b"), [
    ('The Lumo phone, which starts at $199, will go on sale in June.',
     'Sources say the metal Lumo phone will go on sale in June and will start at $299.'),
    ('The Lumo phone, which starts at $199, will go on sale in June.',
     'The Lumo phone will go on sale in June and the metal model will cost $299.'),
])  # fmt: skip
def test_starting_prices_give_no_number(nlp, config, a: str, b: str) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert "number" not in [s.kind for s in comparison.signals], comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    ('Eight people were killed in the Veloria shelling on Tuesday.',
     'The Veloria shelling on Tuesday killed 15 people.'),
    ('Rescuers pulled six survivors from the Corran mine on Monday.',
     'Rescuers pulled eleven survivors from the Corran mine on Monday.'),
    ('The Lumo phone, which costs $199, will go on sale in June.',
     'The Lumo phone will go on sale in June and will cost $299.'),
])  # fmt: skip
def test_firm_prices_and_counts_still_give_number(nlp, config, a, b) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert "number" in [s.kind for s in comparison.signals], comparison.signals


# After round 8: a number standing for an elided subject counts for its own event ("three
# were killed and four injured": four injured, not four killed), and one doer's act on one
# thing is no denial of its act on another.
@pytest.mark.parametrize(("a", "b", "kind"), [
    ('Three people were killed and four injured when the roof fell on Saturday.',
     'Four people were killed when the roof fell on Saturday.', 'number'),
    ('Two people died and eleven were hurt in the crash on Saturday.',
     'Eleven people were killed in the crash on Saturday.', 'number'),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Seven people were injured in the crash on Saturday.', 'number'),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Three people died in the crash on Saturday.', None),
    ('Three people were killed and four injured in the crash on Saturday.',
     'Four people were injured in the crash on Saturday.', None),
    ('A gunman attacked a school on Monday.',
     'Reports that the gunman attacked the police station are false.', None),
    ('The army shelled the port on Friday.',
     'The army did not shell the airport, officials said.', None),
    ('Three people died when an avalanche struck a party of skiers on Saturday.',
     'Reports that a second avalanche struck the rescue teams are incorrect.', None),
    ('A gunman attacked a school on Monday.',
     'Reports that the gunman attacked the school are false.', 'negation'),
    ('The army shelled the port on Friday.',
     'The army did not shell the port, officials said.', 'negation'),
])  # fmt: skip
def test_elided_counts_and_other_undergoers(nlp, config, a: str, b: str, kind) -> None:
    comparison, _ = _compare(nlp, config, a, b)
    assert [s.kind for s in comparison.signals] == ([kind] if kind else []), comparison.signals
