"""Tests for clutter removal: real seed articles, offsets, and edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.core.config import CleanConfig, ConfigError, load_config
from consistency.stages.clean import body_text, clean

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CLUTTER = [
    "Share this:",
    "Like this:",
    "bloggers like this",
    "Leave a Reply",
    "Leave a Comment",
    "Your email address will not be published",
    "Required fields are marked",
    "Sign up now for FREE unlimited access to",
    "Read more",
    "Andrew Harnik / Pool via REUTERS / File Photo",
    "Reporting by",
    "Editing Howard Goller",
    "Our standards",
    "by time news",
    "Home »",
    "Related news",
    "thought on",
    "I always stay afraid",  # the reader comment under "1 thought on ..."
    "You may also like",
    "This site uses Akismet",
]

REAL = {
    "000": [
        "Western diplomats made a last-ditch push for a peaceful resolution",
        "We call on Russia to choose the path of diplomacy.",
    ],
    "001": [
        "Prior to his trip, Blinken spoke on Tuesday with Russian Foreign Minister Sergey Lavrov",
        'impose massive consequences and serious economic costs on Russia," Price said.',
    ],
    "002": [
        "Blinken will meet with Russian Foreign Minister Sergei Lavrov in Geneva on Friday",
        "saying it could take unspecified military action unless the West accepts them.",
        "Britain said it had begun supplying Ukraine with anti-tank weapons",
    ],
    "003": [
        "whom he met on Friday in Geneva",
        "sanctions that would have “serious consequences” if he opted for aggression",
    ],
    "004": [
        "with whom he has met in Stockholm",
        "into a platform for confrontation” against Moscow.",
    ],
}


@pytest.fixture(scope="module")
def cfg() -> CleanConfig:
    return load_config().clean


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _check_offsets(text: str, spans: tuple, start: int = 0) -> None:
    last = start
    for span in spans:
        piece = text[span.start : span.end]
        assert piece, span
        assert piece == piece.strip(), span
        assert last <= span.start < span.end <= len(text)
        last = span.end


@pytest.mark.parametrize("prefix", sorted(REAL))
def test_seed_keeps_body_and_drops_clutter(prefix: str, cfg: CleanConfig) -> None:
    text = _seed(prefix)
    spans = clean(text, cfg)
    _check_offsets(text, spans)
    kept = body_text(text, spans)
    for sentence in REAL[prefix]:
        assert sentence in kept
    for clutter in CLUTTER:
        assert clutter.lower() not in kept.lower(), clutter


def test_seed_without_clutter_is_kept_whole(cfg: CleanConfig) -> None:
    text = _seed("000")
    kept = body_text(text, clean(text, cfg))
    assert kept == text.strip()


def test_inline_read_more_is_cut_but_sentence_kept(cfg: CleanConfig) -> None:
    text = "The West must accept the demands, Moscow said on Monday. Read more .\n"
    (span,) = clean(text, cfg)
    assert text[span.start : span.end] == "The West must accept the demands, Moscow said on Monday."


def test_read_more_inside_a_sentence_is_kept(cfg: CleanConfig) -> None:
    text = "Officials said they wanted to read more of the draft before the talks on Friday."
    assert body_text(text, clean(text, cfg)) == text


def test_stop_pattern_ends_the_article(cfg: CleanConfig) -> None:
    text = (
        "Lavrov met Blinken in Geneva on Friday for ninety minutes.\n\n"
        "2 comments on “Geneva talks”\n\n"
        "Reader: the minister was lying about the troops on the border.\n"
    )
    kept = body_text(text, clean(text, cfg))
    assert kept == "Lavrov met Blinken in Geneva on Friday for ninety minutes."


def test_stop_pattern_above_the_body_is_only_clutter(cfg: CleanConfig) -> None:
    text = "Leave a comment\n\nLavrov met Blinken in Geneva on Friday for ninety minutes.\n"
    assert body_text(text, clean(text, cfg)) == text.split("\n\n")[1].strip()


@pytest.mark.parametrize(
    "line",
    [
        "No conflict",  # too few words
        "Blinken proposes to Moscow a serious diplomatic path on Ukraine",  # headline
        "• Blinken meets with Lavrov in Stockholm",  # bulleted sub-headline
        "Home » world » Europe",
        "By Jane Doe",
    ],
)
def test_headings_and_widgets_are_dropped(line: str, cfg: CleanConfig) -> None:
    text = f"{line}\n\nBlinken met Lavrov in Stockholm on Thursday, officials said.\n"
    assert body_text(text, clean(text, cfg)).startswith("Blinken met Lavrov in Stockholm")


def test_hard_wrapped_paragraph_is_one_span(cfg: CleanConfig) -> None:
    text = (
        "Antony Blinken met Sergei Lavrov in Geneva on Friday, and the two agreed to\n"
        "keep talking about Ukraine, a senior State Department official said after\n"
        "the meeting.\n"
    )
    (span,) = clean(text, cfg)
    assert text[span.start : span.end] == text.strip()


def test_start_skips_a_prefix_and_keeps_offsets(cfg: CleanConfig) -> None:
    prefix = "---\ntitle: Ministers met in Geneva on Friday, said the State Department.\n---\n"
    text = prefix + "The ministers met in Geneva on Friday, the State Department said.\n"
    spans = clean(text, cfg, start=len(prefix))
    assert [text[s.start : s.end] for s in spans] == [text[len(prefix) :].strip()]


def test_leading_bullets_are_not_part_of_the_span(cfg: CleanConfig) -> None:
    text = "- Lavrov said Russia had no plans to invade Ukraine, officials said.\n"
    (span,) = clean(text, cfg)
    assert text[span.start : span.end].startswith("Lavrov said")


def test_crlf_and_blank_input(cfg: CleanConfig) -> None:
    assert clean("", cfg) == ()
    assert clean(" \n\t\n", cfg) == ()
    text = "Share this:\r\n\r\nLavrov met Blinken in Geneva on Friday for ninety minutes.\r\n"
    assert body_text(text, clean(text, cfg)) == text.split("\r\n")[2]
    old_mac = text.replace("\r\n", "\r")  # lone CR line breaks still separate lines
    assert body_text(old_mac, clean(old_mac, cfg)) == text.split("\r\n")[2]


def test_bad_regex_names_the_key() -> None:
    with pytest.raises(ConfigError, match="clutter_patterns"):
        clean("Some text here that is long enough.", CleanConfig(clutter_patterns=["(unclosed"]))


_DEFAULT = load_config().clean
_ALPHABET = st.sampled_from(
    list("abc XYZ.,!?:;-•#>*“”’\"'»\t\r\n\u00a0\u2028\u3000") + ["\n\n", "Read more", "Share this:"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.one_of(_ALPHABET, st.text(max_size=8)), max_size=60).map("".join),
    start=st.integers(min_value=0, max_value=80),
)
def test_spans_are_exact_stripped_offsets(text: str, start: int) -> None:
    spans = clean(text, _DEFAULT, start=start)
    _check_offsets(text, spans, start=min(start, len(text)))


_BODY_LINES = {
    "Blinken met Lavrov in Geneva on Friday, officials said.",
    "Lavrov said Russia has no plans to invade Ukraine.",
    "a bulleted line that goes on without any end punctuation at all",  # wrapped with others
    "• a bulleted line that goes on without any end punctuation at all",
}
_CLUTTER_LINES = {
    "Share this:",
    "Like this:",
    "Leave a Reply",
    "Read more",
    "Related news",
    "By Jane Doe",
    "Sign up now for FREE unlimited access to Reuters.com",
}
_LINES = st.sampled_from(
    [
        *sorted(_CLUTTER_LINES),
        "No conflict",
        "Blinken met Lavrov in Geneva on Friday, officials said.",
        "Lavrov said Russia has no plans to invade Ukraine. Read more .",
        "  • a bulleted line that goes on without any end punctuation at all",
        "",
        "   ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_LINES, max_size=30), newline=st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_no_clutter_line_survives(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    spans = clean(text, _DEFAULT)
    _check_offsets(text, spans)
    clutter = [line for line in lines if line in _CLUTTER_LINES]
    for span in spans:
        kept = text[span.start : span.end].splitlines()
        assert "Read more" not in text[span.start : span.end]
        assert not set(kept) & set(clutter), kept
        if len(kept) == 1:  # not part of a hard-wrapped paragraph
            assert kept[0].strip() in _BODY_LINES, kept
