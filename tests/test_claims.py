import pytest

from consistency.stages.claims import extract_claims
from tests.helpers import make_article


@pytest.fixture(scope="module")
def claims_of(nlp, config):
    def run(text: str):
        return list(extract_claims([make_article(text)], nlp, config.claims).claims)

    return run


def test_offsets_point_into_the_original_text(claims_of, nlp, config):
    text = (
        "Headline without a stop\n\n"
        "Blinken met Lavrov in Geneva on Friday. The talks lasted two hours.\n"
    )
    article = make_article(text)
    claims = list(extract_claims([article], nlp, config.claims).claims)
    assert [c.text for c in claims] == [
        "Blinken met Lavrov in Geneva on Friday.",
        "The talks lasted two hours.",
    ]
    for c in claims:
        assert article.text[c.start : c.end] == c.text
        assert c.doc_id == article.id


@pytest.mark.parametrize(
    "text",
    [
        "Share this:",
        "Will Blinken meet Lavrov in Geneva next week?",
        "The Secretary of State, in Geneva.",
        "Blinken proposes to Moscow a serious diplomatic path on Ukraine",
        "Blinken left.",
    ],
)
def test_non_claims_are_dropped(claims_of, text):
    assert claims_of(text) == []


def test_leading_pronoun_resolved_when_unambiguous(claims_of):
    claims = claims_of(
        "Antony Blinken arrived in Kyiv on Wednesday morning. "
        "He said the United States stands with Ukraine."
    )
    assert claims[1].text.startswith("He said")
    assert claims[1].resolved == "Antony Blinken said the United States stands with Ukraine."


def test_pronoun_left_alone_when_ambiguous(claims_of):
    claims = claims_of(
        "Blinken will meet Zelensky and Kuleba in Kyiv on Wednesday. "
        "He will then travel on to Berlin for talks."
    )
    assert claims[1].resolved == claims[1].text


def test_context_sentences(claims_of):
    claims = claims_of(
        "Russia massed troops near the border. NATO warned of sanctions on Monday. "
        "Talks went on for days."
    )
    assert claims[1].context_before == "Russia massed troops near the border."
    assert claims[1].context_after == "Talks went on for days."


def test_ids_stable_across_runs(claims_of):
    text = "Blinken met Lavrov in Geneva on Friday. The talks lasted two hours."
    assert [c.id for c in claims_of(text)] == [c.id for c in claims_of(text)]


def test_empty_input(nlp, config):
    assert extract_claims([], nlp, config.claims).claims == ()
    assert claims_of_empty(nlp, config) == []


def claims_of_empty(nlp, config):
    return list(extract_claims([make_article("")], nlp, config.claims).claims)
