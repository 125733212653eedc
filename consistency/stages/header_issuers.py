"""Who issued a plain-text document: a press release's issuer (a name line above or below
its genre line, else the name its headline and first sentence share, else the X of
"About X:") and a blog's or newsletter's masthead.

These are rules, not spaCy NER: they need no model, and they only ever return a name the
document itself writes in its header or repeats in its body.
"""

from __future__ import annotations

from consistency.stages.header_case import cased
from consistency.stages.header_dates import DATELINE_PREFIX
from consistency.stages.header_lines import HeaderLine
from consistency.stages.header_words import (
    LOOKAHEAD,
    MAX_ISSUER_WORDS,
    NAME_WORD,
    patterns,
    words,
)

__all__ = [
    "caps_headline",
    "issuer",
    "issuer_above_genre",
    "issuer_below_genre",
    "masthead",
]

_MIN_HEADLINE_WORDS = 4  # "ALL CUSTOMERS RECONNECTED FOLLOWING ...": shorter caps lines are names


def issuer_above_genre(lines: list[HeaderLine], text: str) -> list[HeaderLine]:
    """The first line made an organisation when it is a short name alone on its line
    right above a genre line ("BRACKENFORD ROVERS FOOTBALL CLUB" over "PRESS RELEASE"),
    or above its address line and then the genre line: the issuer, whatever its head
    noun."""
    genre = next((i for i, x in enumerate(lines) if x.kind == "marker"), None)
    # up to two lines (a tagline, an address) between the issuer and the genre line
    if genre is None or not 1 <= genre <= 3 or lines[0].kind != "other":
        return lines
    if any(x.kind not in ("other", "org") for x in lines[1:genre]) or not _name_line(lines[0]):
        return lines
    first = lines[0]
    return [HeaderLine(first.text, first.end, "org", cased(first.text, text)), *lines[1:]]


def issuer_below_genre(lines: list[HeaderLine], text: str) -> list[HeaderLine]:
    """The line right below an opening "PRESS RELEASE" made an organisation when it is a
    short name and more unlabelled lines (its address, the headline) follow it: the issuer
    ("PRESS RELEASE" / "Northvale Power Networks" / address / date / headline). A name alone
    above the body is the headline."""
    if len(lines) < 3 or not lines[0].marker or lines[1].kind != "other":
        return lines
    if not _name_line(lines[1]) or caps_headline(lines[1].text):
        return lines
    if not any(x.kind in ("other", "title") for x in lines[2:]):
        return lines  # a headline follows, unlabelled or labelled ("UPDATE: GAS ESCAPE")
    second = lines[1]
    org = HeaderLine(second.text, second.end, "org", cased(second.text, text))
    return [lines[0], org, *lines[2:]]


def _name_line(line: HeaderLine) -> bool:
    """A short line of capitalised words, with the small words a name may hold between
    them ("Kestleigh and Wyre Valley Hospitals NHS Trust", "Port of Tyne Authority")."""
    split = line.text.split()
    if not split or len(split) > MAX_ISSUER_WORDS or not NAME_WORD.fullmatch(split[-1]):
        return False
    small = words("lower_words")
    return NAME_WORD.fullmatch(split[0]) is not None and all(
        NAME_WORD.fullmatch(w) or w in small for w in split[1:-1])


def caps_headline(line: str) -> bool:
    """A headline in capitals: four or more words, no lower-case letter."""
    alpha = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    return len(alpha) >= _MIN_HEADLINE_WORDS and not any(ch.islower() for ch in line)


def masthead(lines: list[HeaderLine], text: str, start: int) -> tuple[dict[str, str], int]:
    """A blog's or newsletter's masthead block: a short first line (the outlet), then
    taglines, bylines and a date line, then a headline in capitals (the title, kept as
    written). Without a dated line and a later headline in capitals the first line is
    itself the headline ("STRIKE SHUTS PORT AUTHORITY" over a date), so nothing is read."""
    if len(lines) < 3 or lines[0].kind != "other" or not _name_line(lines[0]):
        return {}, start
    dated = next((i for i, x in enumerate(lines) if x.kind == "date" and x.value), None)
    head = next((i for i, x in enumerate(lines) if i and x.kind == "other"
                 and caps_headline(x.text)), None)  # fmt: skip
    if dated is None or head is None or head < dated:
        return {}, start
    meta = {
        "source": cased(lines[0].text, text),
        "published": lines[dated].value or "",
        "title": lines[head].text,
    }
    return meta, lines[head].end


def issuer(title: str | None, text: str, body_start: int) -> str | None:
    """The release's issuer: the name its headline and first sentence both begin with,
    else the X of "About X:"."""
    body = text[body_start : body_start + LOOKAHEAD].lstrip()
    first = body.split("\n", 1)[0]
    dateline = DATELINE_PREFIX.match(first)
    sentence = first[dateline.end() :] if dateline else first
    common = _common_name(title or "", sentence)
    if common:
        return common
    about = patterns()["about"].search(text, body_start)
    return about.group("org").strip() if about else None


def _common_name(title: str, sentence: str) -> str | None:
    """The name a headline and a first sentence both open with ("Brightmeadow Nutrition
    Announces ..." / "Brightmeadow Nutrition today announced ..."), "The" aside."""

    def split(s: str) -> list[str]:
        ws = s.split()
        return ws[1:] if ws and ws[0].lower() == "the" else ws

    a, b = split(title), split(sentence)
    n = 0
    while n < min(len(a), len(b)) and a[n].strip(",:;").lower() == b[n].strip(",:;").lower():
        n += 1
    name = b[:n]
    while name and name[-1].lower() in words("lower_words"):
        name.pop()
    if not name or n == len(a) or not all(NAME_WORD.fullmatch(w) for w in name):
        return None
    return " ".join(name).strip(",:;")
