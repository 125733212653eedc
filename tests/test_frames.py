"""Frame extraction with the real spaCy pipeline (the session-scoped ``nlp`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from consistency.core import ids
from consistency.core.types import Article, Claim, Span
from consistency.structured.frames import Frame, extract_frames

DATELINE = "WASHINGTON, Jan. 18, 2022 (Reuters) -\n"
ARTICLE = Article(ids.doc_id(DATELINE), "a.txt", DATELINE, (Span(0, len(DATELINE)),))
UNANCHORED = Article("noanchor", "b.txt", "x", (Span(0, 1),))


def claim(text: str, doc: Article = ARTICLE, before: str = "") -> Claim:
    return Claim(ids.claim_id(doc.id, text, 0), doc.id, text, text, 0, len(text), 0,
                 context_before=before)  # fmt: skip


@pytest.fixture(scope="module")
def frame(nlp):
    def run(text: str, doc: Article = ARTICLE, before: str = "") -> Frame:
        c = claim(text, doc, before)
        return extract_frames([c], {ARTICLE.id: ARTICLE, UNANCHORED.id: UNANCHORED}, nlp)[c.id]

    return run


def test_planned_meeting(frame):
    f = frame(
        "Blinken will meet with Russian Foreign Minister Sergei Lavrov in Geneva on Friday "
        "to seek a diplomatic exit with Moscow, the senior official said."
    )
    assert f.predicate_class == "meet" and f.tense == "future" and f.modality == "plan"
    assert "Sergei Lavrov" in f.people and f.places == ("Geneva",)
    assert f.times[0].start == date(2022, 1, 21)
    assert f.attribution is not None and f.attribution.speaker == "senior official"
    assert any(t.person == "Sergei Lavrov" and t.title == "foreign minister" for t in f.titles)


def test_event_in_relative_clause_has_its_own_slots(frame):
    f = frame(
        "Blinken said he is ready to speak again with his Russian counterpart, Sergei Lavrov, "
        "whom he met on Friday in Geneva.",
        UNANCHORED,
    )
    meet = f.event("meet")
    assert meet is not None and meet.tense == "past" and meet.places == ("Geneva",)
    assert meet.times[0].weekday == 4 and meet.times[0].start is None
    call = f.event("call")
    assert call is not None and call.times == ()  # Friday belongs to "met" only


def test_time_inherited_from_previous_sentence(frame):
    f = frame(
        "On this occasion, Blinken has passed the warning directly to its Russian counterpart, "
        "Sergei Lavrov, with whom he has met in Stockholm, in a meeting on the margins of the "
        "annual ministerial meeting of the OSCE.",
        UNANCHORED,
        before="The US Secretary of State, Antony Blink, has reiterated this Thursday to Moscow.",
    )
    meet = f.event("meet")
    assert meet is not None and meet.tense == "past" and meet.places == ("Stockholm",)
    assert meet.times[0].weekday == 3 and meet.times[0].inherited
    assert f.recurring


def test_sequence_word_blocks_inheritance(frame):
    f = frame("He will then meet in Berlin with Annalena Baerbock.", before="On Wednesday, x.")
    assert f.times == ()


def test_titles_before_and_after_names(frame):
    f = frame("Foreign Minister Antony Blinken will travel to Kyiv.")
    assert [(t.person, t.title) for t in f.titles] == [("Antony Blinken", "foreign minister")]
    g = frame("The US Secretary of State, Antony Blink, has reiterated the warning.")
    assert ("Antony Blink", "secretary of state") in [(t.person, t.title) for t in g.titles]
    h = frame("Blinken will meet Sergei Lavrov, Russian Foreign Minister, next week.")
    assert ("Sergei Lavrov", "foreign minister") in [(t.person, t.title) for t in h.titles]
    assert frame("Former President Donald Trump said so.").titles == ()


def test_attributed_denial(frame):
    f = frame("Kremlin spokesman Dmitry Peskov denied that Russian troops attacked the village.")
    assert f.attribution is not None
    assert f.attribution.speaker == "Dmitry Peskov" and f.attribution.negated
    assert f.predicate_class == "attack" and not f.negated
    g = frame("According to Ukrainian officials, Russian troops attacked the village.")
    assert g.attribution is not None and g.attribution.verb == "accord"
    # rejecting a proposal is not denying a fact
    r = frame("NATO rejected one of Moscow's main requests.")
    assert r.attribution is None or not r.attribution.negated


def test_quantities_and_negation(frame):
    f = frame("More than 100 thousand soldiers are now massed on the border.")
    assert f.predicate_class == "deploy"
    assert f.quantities[0].low == 100_000 and f.quantities[0].unit == "troops"



@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Russia did not attack Kyiv.", True),
        ("Russian troops never attacked the village.", True),
        ("Russian troops attacked the village.", False),
    ],
)
def test_negation_is_read_and_the_event_kept(frame, text, negated):
    f = frame(text)
    assert (f.negated, f.predicate_class) == (negated, "attack")


def test_unknown_surname_counts_as_a_person(frame):
    f = frame("Ortiz met with Sorokin in Rome.")
    assert {"Ortiz", "Sorokin"} <= set(f.people)


def test_batch_keys_by_claim_id(nlp):
    claims = [claim("Blinken met Lavrov in Geneva."), claim("Lavrov met Blinken in Geneva today.")]
    frames = extract_frames(claims, {ARTICLE.id: ARTICLE}, nlp)
    assert set(frames) == {c.id for c in claims}
    assert all(isinstance(f, Frame) for f in frames.values())


def test_units_come_from_the_parse(frame):
    f = frame("Four Britons and two Canadians were killed, and one or two shots were fired.")
    assert [(q.low, q.high, q.unit) for q in f.quantities] == [
        (4, 4, "briton"), (2, 2, "canadian"), (1, 2, "shot"),
    ]  # fmt: skip
    g = frame("Officials said eight air strikes hit Raqqa.")
    assert g.event("attack") is not None and g.event("attack").quantities[0].unit == "strike"
