"""Quotes: the same words put in two different mouths, or one speaker quoted twice.

A quote told by two sources with different speakers is a dispute over who said it; a
quote of four words or fewer is too common to be one quote.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured.aliases import AliasTable
from consistency.structured.clashbase import ROLE_SCORE, nested, short_name
from consistency.structured.frames import Frame

_QUOTE = re.compile(r'[“"]([^”"]+)[”"]')
QUOTE_MIN_WORDS = 4  # "a tragedy" in two mouths is no one quote
QUOTE_SAME = 0.8  # word-sequence likeness of one quote told twice ("in Brackenford" dropped)
ATTRIBUTION_WORDS = 16  # after a quote whose opening mark was lost: only who said it
# a relative clause on the speaker is no more words of the attribution ("said Helene
# Voss, the museum's director, who was called to the scene in the middle of the night")
_SPEAKER_CLAUSE = re.compile(
    r",\s+(?:" + "|".join(p for p in load().grammar.relative_pronouns if p != "that") + r")\b")


def _quotes(text: str) -> list[list[str]]:
    """The quoted passages of a claim, each as its lowercase words; a claim that starts
    inside a quote (its opening mark left with the sentence splitter) counts from its start."""
    passages = [m.group(1) for m in _QUOTE.finditer(text)]
    close = re.search(r'[”"]', text)
    if close and "“" not in text[: close.start()] and "\n" not in text and (
            text[close.start()] == "”" or text.count('"') % 2) and (  # fmt: skip
            len(_SPEAKER_CLAUSE.split(text[close.end() :])[0].split()) <= ATTRIBUTION_WORDS):
        passages.append(text[: close.start()])  # '..., ” Mayor Falk said.'
    out = [re.findall(r"[a-z0-9']+", p.lower()) for p in passages]
    return [q for q in out if len(q) >= QUOTE_MIN_WORDS]


def quote_words(text: str) -> list[list[str]]:
    """The quoted passages of a claim (at least ``QUOTE_MIN_WORDS`` words), each as its
    lowercase words: what the quotation check compares, for the pairing to bucket on."""
    return _quotes(text)


def _named_speaker(f: Frame) -> str | None:
    """The speaker when it is named ("Mayor Gideon Falk"), not "officials" or "he"."""
    if f.attribution is None:
        return _colon_speaker(f)
    if f.attribution.negated:
        return None
    words = f.attribution.speaker.split()
    named = any(w[:1].isupper() and w.lower().rstrip(".") not in _NOT_NAMES for w in words)
    return f.attribution.speaker if named else None


_COLON_QUOTE = re.compile(r':\s*[“"]')


def _colon_speaker(f: Frame) -> str | None:
    """The one person named before a quotation opened by a colon ("Sheriff Marcy Quell
    put it bluntly this morning: "We are ...""), else None."""
    m = _COLON_QUOTE.search(f.text)
    if m is None:
        return None
    named = [p for p in f.people if p in f.text[: m.start()]]
    return named[0] if len(named) == 1 else None


# a pronoun or a bare rank ("said Det." when the splitter cut the name off) names nobody
_NOT_NAMES = frozenset({"he", "she", "they", "we", "i", "it", "you", "who"}) | frozenset(
    r.lower() for r in load().titles.ranks)


def _mentions(text: str, speaker: str) -> bool:
    """Whether ``text`` names the speaker (by the last word of the name)."""
    return bool(re.search(rf"\b{re.escape(short_name(speaker))}\b", text))


def quote_signals(a: Frame, b: Frame, aliases: AliasTable, la: str, lb: str) -> list[Signal]:
    """One quotation put in two named mouths: the same (or nearly the same) quoted words
    said by Mayor Falk in one source and by Fire Chief Reyes in the other."""
    sa, sb = _named_speaker(a), _named_speaker(b)
    if sa is None or sb is None:
        return []
    ca, cb = aliases.canonical(sa), aliases.canonical(sb)
    if nested(ca, cb) or nested(sa, sb):
        return []  # "Falk" and "Mayor Gideon Falk": one speaker
    if _mentions(b.text, sa) or _mentions(a.text, sb):
        return []  # "Leigh-Anne Royster, the school's director": the parse took the title
    for qa in _quotes(a.text):
        for qb in _quotes(b.text):
            if SequenceMatcher(None, qa, qb).ratio() >= QUOTE_SAME:
                said = " ".join(qa[:8]) + (" ..." if len(qa) > 8 else "")
                return [Signal("role", ROLE_SCORE,
                               f"who said \"{said}\": {sa} ({la}) vs {sb} ({lb})", 1.0)]
    return []


def quotes_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims put one quotation in two named mouths: a pair worth comparing
    whatever the embeddings say ("said Hannah Verrill, 34, a nurse" and "said Joseph
    Okafor, 67, a retired teacher" after one quotation are far apart in meaning). Both
    speakers must be people by name: "according to CNN" and "the Boko Haram leader"
    may be one speaker told twice, or a source relaying him."""
    speakers = (_named_speaker(a), _named_speaker(b))
    if any(s is None or aliases.kind(aliases.canonical(s)) != "person" for s in speakers):
        return False
    return bool(quote_signals(a, b, aliases, "", ""))
