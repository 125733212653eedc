"""Two header shapes with no label that says what the file is.

A broadcast transcript may open with its station and programme ("DTV WESTWARD - EVENING
NEWS" or two name lines), a broadcast date line and running-order lines, then speaker
labels ("ANCHOR (DAVID LOCKE):"): the speaker labels, not a "Transcript" word, say it is
a transcript. A blog post may open with its masthead, a tagline, a date line, the post's
title and its byline ("Posted by Joanne Kirby"): the byline under a title says the line
above is the title, and the first line is then the blog. A dated post line ("Posted 11
March 2025 at 21:14 by Gemma Kirwan") may instead stand above the title; then the title
is the last line before the body, below any labelled lines ("Filed under: ...").

Each reader returns ``None`` unless the whole shape is there, so a headline over a byline
("Lift Falls In Tower" / "By Jane Smith") or an interview's "Q:" lines read nothing.
"""

from __future__ import annotations

import re

from consistency.stages.header_case import cased
from consistency.stages.header_lines import DASH, HeaderLine
from consistency.stages.header_words import LOOKAHEAD, MAX_ISSUER_WORDS, NAME_WORD, words

__all__ = ["blog_post", "broadcast"]

# "ANCHOR:", "NISHA PATEL (REPORTER):": a speaker label of two or more capitals at a line start
_SPEAKER = re.compile(r"^[ \t]*[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]*){0,3}"
                      r"(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:[ \t]+", re.MULTILINE)  # fmt: skip
_MIN_SPEAKERS = 2
_BYLINE_NAME = re.compile(r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_BY_NAME = re.compile(r"\sby" + _BYLINE_NAME.pattern + r"\s*$")
_LABELLED = re.compile(r"^[A-Za-z][\w ]{0,20}:\s")  # "Filed under: ...", "Tags: ..."

Meta = tuple[dict[str, str], int]


def _name(text: str) -> bool:
    split = text.strip("\"'“”‘’ ").split()
    return 1 <= len(split) <= MAX_ISSUER_WORDS and all(NAME_WORD.fullmatch(w) for w in split)


def broadcast(lines: list[HeaderLine], text: str, start: int) -> Meta | None:
    """Station, programme and date of a transcript whose body opens with speaker labels."""
    lines = lines[: next((i for i, x in enumerate(lines) if _SPEAKER.match(x.text)), None)]
    dated = next((x for x in lines[:3] if x.kind == "date" and x.value), None)
    named = [x for x in lines[:3] if x.kind in ("other", "org")
             and _name(DASH.split(x.text)[0])]  # fmt: skip
    if dated is None or not named:
        return None
    # a part that is no name describes the station ("VALE TONIGHT - Regional TV news")
    parts = [p for p in DASH.split(named[0].text) if _name(p)]
    if len(parts) == 1 and len(named) > 1 and lines.index(named[1]) < 3:
        parts += [p for p in DASH.split(named[1].text) if _name(p)][:1]  # "DRIVE TIME" below
    if len(parts) > 2:
        return None
    # a name line alone is the programme, and also the source a reader cites
    parts = parts if len(parts) == 2 else parts * 2
    end = max(x.end for x in lines)
    if len(_SPEAKER.findall(text[end : end + LOOKAHEAD])) < _MIN_SPEAKERS:
        return None
    station, programme = (cased(p.strip("\"'“”‘’ "), text) for p in parts)
    return {"source": station, "title": programme, "published": dated.value or ""}, end


def byline_name(text: str) -> str | None:
    """The name of a byline line ("By Callum Reyes", "Posted by Joanne Kirby"), else None."""
    low = text.lower()
    for label in words("byline_labels"):
        m = low.startswith(label) and _BYLINE_NAME.match(text, len(label))
        if m:
            return m.group("name")
    return None


def _byline(line: HeaderLine) -> bool:
    return byline_name(line.text) is not None


def blog_post(lines: list[HeaderLine], text: str, start: int) -> Meta | None:
    """Blog, title and date of a post: masthead, (tagline, date,) title, then its byline."""
    if len(lines) < 3 or lines[0].kind != "other" or not _name(lines[0].text):
        return None
    by = next((i for i, x in enumerate(lines) if i >= 2 and _byline(x)), None)
    if by is None:
        return _post_above_title(lines, text)
    above = [i for i in range(1, by) if lines[i].kind == "other"]
    if not above or lines[above[-1]].text[:1].islower():
        return None
    title = above[-1]
    dates = [x for x in lines[1 : by + 1] if x.kind == "date" and x.value]
    blogged = any(lines[by].text.lower().startswith(w) for w in words("blog_byline_labels"))
    # a date above the title, or in a "Posted by" line: "By X, 3 March 2025" under a
    # subhead is an article's byline
    if not dates or not (blogged or any(x.end <= lines[title].end for x in dates)):
        return None
    meta = {"source": cased(lines[0].text, text), "title": lines[title].text.strip(),
            "published": dates[0].value or ""}  # fmt: skip
    return meta, lines[by].end


def _post_above_title(lines: list[HeaderLine], text: str) -> Meta | None:
    """Blog, title and date of a post whose dated post line stands above its title."""
    posted = {label.split()[0] for label in words("blog_byline_labels")}
    at = next((i for i, x in enumerate(lines) if i >= 1 and x.kind == "date" and x.value
               and x.text.split()[0].lower().rstrip(":") in posted
               and _BY_NAME.search(x.text)), None)  # fmt: skip
    if at is None or at + 1 >= len(lines):
        return None
    last = lines[-1]
    between = lines[at + 1 : -1]
    if last.kind != "other" or last.text[:1].islower() or _LABELLED.match(last.text):
        return None
    if not all(_LABELLED.match(x.text) for x in between):
        return None  # only "Filed under:" or "Tags:" lines may stand between post line and title
    meta = {"source": cased(lines[0].text, text), "title": last.text.strip(),
            "published": lines[at].value or ""}  # fmt: skip
    return meta, last.end
