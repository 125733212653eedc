"""Wordings of happenings told and denied as a whole, states kept for a span, parts of a
day, speeds, and the structured candidate pairs that join them."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.structure import Structure, structured_candidates
from consistency.structured.aliases import build_aliases
from consistency.structured.candidates import (
    CAUSE_KINDS,
    DENIAL_KINDS,
    QUOTE_KINDS,
    structured_pairs,
)
from consistency.structured.quantities import quantities_in_doc
from consistency.structured.timeanchor import find_clock_spans
from tests.wordings import claims_and_frames, compare_pair

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
    comparison, gate = compare_pair(nlp, config, a, b)
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
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not comparison.signals, comparison.signals


def test_denial_pairs_join_a_happening_and_its_denial(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
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
    comparison, gate = compare_pair(nlp, config, a, b)
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
    comparison, _ = compare_pair(nlp, config, a, b)
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


def test_structured_pairs_join_counts_causes_and_denials(nlp) -> None:
    claims, frames = claims_and_frames(nlp, {
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
    claims, frames = claims_and_frames(nlp, {
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
    claims, frames = claims_and_frames(nlp, {
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
    claims, frames = claims_and_frames(nlp, {
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
