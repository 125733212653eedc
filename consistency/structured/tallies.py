"""Margins and tallies: a count told as a difference is no count of what was counted.

"Okafor won by two votes", "Penrose was five votes behind" and "a majority of 12" tell
differences between two tallies; "Okafor polled 1,214 votes" tells one candidate's
tally. Two counts of one unit are one thing only when both are margins (of one stage of
the contest: "five ahead after the first count" is no final margin) or both tallies of
one holder ("Byrne came third with 388 votes" is no count of Tate's 241).
"""

from __future__ import annotations

import re

from consistency.structured import news_facts
from consistency.structured.aliases import AliasTable
from consistency.structured.clashbase import canon
from consistency.structured.quantities import Quantity, parse_number

_NOUNS = "|".join(sorted(news_facts.words("difference_nouns")))
_AFTER = "|".join(sorted(news_facts.words("difference_after")))
_STAGES = "|".join(sorted(news_facts.words("stage_ordinals")))
_FILLER = r"(?:[a-z]+\s+){0,2}?"  # "by just two", "a lead of only five"
_STAGE = re.compile(rf"\b(?:after|in|at|following|from)\s+the\s+({_STAGES})\b", re.IGNORECASE)
_SEX = {w: sex for sex, ws in news_facts.classes("sexed_nouns").items() for w in ws}
_SPLIT_WORDS = "|".join(sorted(news_facts.words("split_words")))
_PART = r"\s+of\s+(?:his|her|[A-Z][\w']*'s?)\b"  # "three of Ruth's votes": a holder's
# a part of a group of "the" or "its" things ("36 of its servers were encrypted") counts the
# event's things as a bare count does (partitives.counted_whole)


def is_margin(q: Quantity, text: str) -> bool:
    """Whether ``q`` is told as a difference in ``text``: "by two votes", "five votes
    behind", "five ahead", "a majority of 12", "a two-vote margin"; not the first number
    of a split ("by 11 votes to 7")."""
    if not q.text or not q.unit:
        return False
    if in_split(q, text):
        return False  # "by 11 votes to 7": the votes for, of a split (splits.py)
    n = re.escape(q.text)
    patterns = (
        rf"\bby\s+{_FILLER}{n}\b",
        rf"\b{n}(?:[\s-]+[a-z]+)?\s+(?:{_AFTER})\b",
        rf"\b(?:{_NOUNS})\s+of\s+{_FILLER}{n}\b",
        rf"\b{n}[\s-][a-z]+\s+(?:{_NOUNS})\b",
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def in_split(q: Quantity, text: str) -> bool:
    """Whether ``q`` opens a split "N to M" ("by 11 votes to 7"): the votes for, compared
    with another split only (splits.py), never a count or a margin of its own."""
    if not q.text:
        return False
    m = re.search(rf"\b{re.escape(q.text)}(?:\s+([a-z]+))?\s+to\s+([\w,]+)", text, re.IGNORECASE)
    if m is None or parse_number(m.group(2)) is None:
        return False
    # a split counts votes ("11 votes to 7", "voted 12 to 6"); "moved 40 patients to three
    # hospitals" is a count
    word = m.group(1) or ""
    if word and not re.fullmatch(rf"(?:{_SPLIT_WORDS})s?", word, re.IGNORECASE):
        return False
    return word != "" or re.search(rf"\b(?:{_SPLIT_WORDS})", text, re.IGNORECASE) is not None


def _stage(text: str) -> str:
    m = _STAGE.search(text)
    return m.group(1).lower() if m else ""


def _part(q: Quantity, text: str) -> bool:
    """Whether ``q`` counts part of a group named after it ("three of Ruth's votes")."""
    return bool(q.text) and re.search(re.escape(q.text) + _PART, text) is not None


def holder(q: Quantity, f, aliases: AliasTable) -> str | None:
    """The person whose tally ``q`` is: the last person named before the count in its
    clause ("Lorna Byrne came third with 388 votes"), none across a comma or a quote."""
    if not q.text:
        return None
    at = f.text.find(q.text)
    best, where = None, -1
    for name in f.people:
        i = f.text.rfind(name, 0, max(at, 0))
        between = f.text[i + len(name) : at] if i >= 0 else ""
        if i > where and not re.search(r"[,;:\"]|\bsaid\b", between):
            best, where = name, i
    return next(iter(canon([best], aliases)), None) if best else None


def _sex(q: Quantity, text: str) -> str | None:
    """The sex of the person an age describes: "a 31-year-old woman", "a man, 27,", "a
    woman aged 31"."""
    n = re.escape(q.text)
    m = re.search(rf"\b{n}[\s-]+years?[\s-]+old\s+([a-z]+)", text, re.IGNORECASE) or re.search(
        rf"\b([a-z]+),?\s+(?:aged\s+)?{n}\b", text, re.IGNORECASE)
    return _SEX.get(m.group(1).lower().rstrip("s")) if m else None


def one_count(qa: Quantity, a, qb: Quantity, b, aliases: AliasTable) -> bool:
    """Whether two counts of one unit can count one thing: neither the votes for of a
    split ("by 11 votes to 7": splits.py), both margins of one stage, or
    both tallies of one holder where both name one, and no ages of a man and a woman."""
    if in_split(qa, a.text) or in_split(qb, b.text):
        return False  # the votes for of a split: splits.py
    ma, mb = is_margin(qa, a.text), is_margin(qb, b.text)
    if ma != mb or _part(qa, a.text) != _part(qb, b.text):
        return False
    if ma:
        return _stage(a.text) == _stage(b.text)
    sa, sb = _sex(qa, a.text), _sex(qb, b.text)
    if sa and sb and sa != sb:
        return False  # "a 27-year-old man", "a 31-year-old woman": two people
    ha, hb = holder(qa, a, aliases), holder(qb, b, aliases)
    return ha is None or hb is None or ha == hb
