"""Find the article body in a document's text: drop web clutter, keep exact offsets.

Scraped news comes with share buttons, sign-up boxes, photo credits, bylines and a
comment section. Claims must only come from the body, and every claim must point
back to the exact characters of the file, so :func:`clean` never rewrites the text:
it returns spans (``[start, end)`` offsets into the original string) of the
paragraphs it keeps.

A *paragraph* is one line, or a whole block of hard-wrapped lines (a plain-text or
Markdown file wrapped at ~72 columns), so that a sentence broken over two lines
stays in one span. Each paragraph is then, in order:

* ended on: a stop pattern (``Leave a Reply``, ``1 thought on ...``) ends the
  article once some body was kept, as the rest is comments or footer;
* dropped: a whole-line clutter pattern (``Share this:``, ``Read more`` ...);
* trimmed: an inline pattern at its end (``... them. Read more .``);
* dropped: fewer than ``min_line_words`` words, or a heading: no sentence-ending
  punctuation and at most ``heading_max_words`` words (headlines are not claims).

Hostile text (one 2 MB line, 60,000 x "Photo ", a megabyte of spaces or quote marks)
must cost linear time: a paragraph longer than ``_MAX_PARAGRAPH_CHARS`` is cut into
pieces at spaces (which also keeps every span within spaCy's length limit), the
configured patterns only ever see a bounded window (clutter lines are short, inline
clutter sits at a paragraph's end), and the built-in checks do not backtrack.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from consistency.core.config import CleanConfig, ConfigError
from consistency.core.types import Span

# A line ends a sentence: . ! ? … or : (a quote follows), or a closing quote,
# with any closing quotes or brackets after it (see _ends_sentence).
_END_PUNCT = ".!?…:"
_CLOSE_QUOTES = "\"”’»"
_CLOSERS = "\"'”’»)]"
# Real paragraphs are far shorter; longer runs are cut into pieces of at most this.
_MAX_PARAGRAPH_CHARS = 5000
# A clutter or stop line is short; a longer line is never matched against those patterns.
_MAX_CLUTTER_CHARS = 1000
# Inline clutter (" Read more .") is matched only in this many final characters.
_INLINE_WINDOW = 200
_HAS_SENTENCE_END = re.compile(r"[.!?…]")
# List bullets, Markdown heading / quote markers and "1." at a paragraph's start are
# layout, not text; leaving them in would put them at the front of a claim.
_LEADING_MARK = re.compile(r"(?:#{1,6}|>+|[•·▪●◦‣∙*+\-–—]|\d{1,2}[.)])[ \t]+")
# The text is never normalised (offsets must stay exact), so any newline style is a break.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Hard-wrapped text has lines of about the same width, none much longer than this.
_WRAP_MAX_CHARS = 100
_WRAP_MIN_CHARS = 30


@dataclass(frozen=True)
class _Patterns:
    clutter: tuple[re.Pattern[str], ...]
    stop: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]


def _compile(patterns: tuple[str, ...], key: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in patterns:
        try:
            out.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise ConfigError(f"[clean -> {key}] {pattern!r} is not a valid regex ({exc})") from exc
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _patterns(
    clutter: tuple[str, ...], stop: tuple[str, ...], inline: tuple[str, ...]
) -> _Patterns:
    """Compile the configured regexes once per distinct config (clean runs per document)."""
    return _Patterns(
        _compile(clutter, "clutter_patterns"),
        _compile(stop, "stop_patterns"),
        _compile(inline, "inline_patterns"),
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` so that it neither starts nor ends with whitespace."""
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return start, start
    lead = len(segment) - len(segment.lstrip())
    return start + lead, start + lead + len(stripped)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Yield the ``[start, end)`` of each line from ``start``, without its line break."""
    pos = start
    for brk in _LINE_BREAK.finditer(text, start):
        yield pos, brk.start()
        pos = brk.end()
    yield pos, len(text)


def _blocks(text: str, start: int) -> Iterator[list[tuple[int, int]]]:
    """Yield runs of consecutive non-blank lines (stripped bounds); blank lines separate them."""
    block: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text, start):
        s, e = _strip(text, line_start, line_end)
        if s == e:
            if block:
                yield block
            block = []
        else:
            block.append((s, e))
    if block:
        yield block


def _ends_sentence(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` ends a sentence (in linear time, no regex)."""
    end = len(text) if end is None else end
    i = end
    while i > start and text[i - 1] in _CLOSERS:
        if text[i - 1] in _CLOSE_QUOTES:
            return True
        i -= 1
    return i > start and text[i - 1] in _END_PUNCT


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut at spaces into stripped pieces of at most _MAX_PARAGRAPH_CHARS.

    A piece of an over-long paragraph with no sentence end in it is left out: no claim
    can come from it, and parsing megabytes of it (one 2 MB line) would take minutes.
    """
    if end - start <= _MAX_PARAGRAPH_CHARS:
        yield _strip(text, start, end)
        return
    while start < end:
        limit = min(end, start + _MAX_PARAGRAPH_CHARS)
        cut = text.rfind(" ", start + _MAX_PARAGRAPH_CHARS // 2, limit) if limit < end else -1
        cut = limit if cut < 0 else cut
        s, e = _strip(text, start, cut)
        if s < e and _HAS_SENTENCE_END.search(text, s, e):
            yield s, e
        start = cut


def _is_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """True when the block looks like one paragraph hard-wrapped over several lines."""
    if len(block) < 2:
        return False
    widths = [e - s for s, e in block]
    widest = max(widths)
    if widest > _WRAP_MAX_CHARS:
        return False
    body = block[:-1]  # the last line of a wrapped paragraph may be short
    if any(e - s < max(_WRAP_MIN_CHARS, 0.6 * widest) for s, e in body):
        return False
    # Wrapping means some sentence goes on past a line break.
    return any(not _ends_sentence(text, s, e) for s, e in body)


def _paragraphs(text: str, start: int, pats: _Patterns) -> Iterator[tuple[int, int]]:
    """Yield paragraphs: single lines, or the lines of a hard-wrapped block joined.

    A clutter line inside a wrapped-looking block ("Share this:" under its last line)
    is split off first, so that it is judged on its own; a line starting in lower
    case continues a sentence ("by the Russian side."), so it is never split off.
    A list item starts a new paragraph, and inline clutter ("Read more") ends one.
    """
    for block in _blocks(text, start):
        if not _is_wrapped(text, block):
            yield from block
            continue
        run: list[tuple[int, int]] = []
        for line in block:
            if _is_clutter(text, line, pats) and not (run and _starts_lower(text, line)):
                yield from _joined(text, run)
                yield line
                run = []
                continue
            if _LEADING_MARK.match(text, line[0], line[1]):  # a list item starts anew
                yield from _joined(text, run)
                run = []
            run.append(line)
            if _inline_at(text, *line, pats.inline):  # "... Read more" ends it
                yield from _joined(text, run)
                run = []
        yield from _joined(text, run)


def _joined(text: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    if _is_wrapped(text, run):
        yield run[0][0], run[-1][1]
    else:
        yield from run


def _starts_lower(text: str, line: tuple[int, int]) -> bool:
    return text[line[0]].islower()


def _is_clutter(text: str, line: tuple[int, int], pats: _Patterns) -> bool:
    normalised = " ".join(text[line[0] : line[1]].split())
    return _is_match(pats.clutter, normalised) or _is_match(pats.stop, normalised)


def _inline_at(text: str, start: int, end: int, inline: tuple[re.Pattern[str], ...]):
    """The first inline pattern's match in the paragraph's final window, or None."""
    lo = max(start, end - _INLINE_WINDOW)
    return next((m for p in inline if (m := p.search(text, lo, end))), None)


def _drop_leading_marks(text: str, start: int, end: int) -> int:
    for _ in range(3):  # e.g. "> * text": a quote marker, then a bullet
        match = _LEADING_MARK.match(text, start, end)
        if not match or match.end() >= end:
            break
        start = _strip(text, match.end(), end)[0]
    return start


def _trim_inline(text: str, start: int, end: int, inline: tuple[re.Pattern[str], ...]) -> int:
    """Cut inline clutter (" Read more .") off the paragraph's end; return the new end."""
    changed = True
    while changed and start < end:
        changed = False
        for pattern in inline:
            match = pattern.search(text, max(start, end - _INLINE_WINDOW), end)
            if match and match.end() == end and match.start() < end:
                end = _strip(text, start, match.start())[1]
                changed = True
    return end


def _is_match(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return len(line) <= _MAX_CLUTTER_CHARS and any(p.fullmatch(line) for p in patterns)


def clean(text: str, config: CleanConfig, start: int = 0) -> tuple[Span, ...]:
    """Return the spans of ``text[start:]`` that are article body, in order.

    ``start`` skips a prefix that is not body (Markdown front matter) while keeping
    offsets relative to the whole of ``text``. Each span is non-empty, has no
    whitespace at either edge, and lies inside one paragraph.
    """
    pats = _patterns(
        tuple(config.clutter_patterns), tuple(config.stop_patterns), tuple(config.inline_patterns)
    )
    spans: list[Span] = []
    paragraphs = _paragraphs(text, max(0, start), pats)
    for para_start, para_end in (p for para in paragraphs for p in _pieces(text, *para)):
        s = _drop_leading_marks(text, para_start, para_end)
        line = " ".join(text[s:para_end].split())
        if _is_match(pats.stop, line):
            if spans:  # a stop line above any body (a "Leave a comment" link) is just clutter
                break
            continue
        if _is_match(pats.clutter, line):
            continue
        e = _trim_inline(text, s, para_end, pats.inline)
        if s >= e:
            continue
        words = len(text[s:e].split())
        if words < config.min_line_words:
            continue
        if words <= config.heading_max_words and not _ends_sentence(text, s, e):
            continue
        spans.append(Span(s, e))
    return tuple(spans)


def body_text(text: str, spans: tuple[Span, ...]) -> str:
    """The kept paragraphs joined by newlines: what an article's id is hashed from."""
    return "\n".join(text[s.start : s.end] for s in spans)
