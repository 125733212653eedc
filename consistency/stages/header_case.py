"""How a name written in capitals in a header is spelled in title case.

A masthead, issuer or station line is often all capitals ("KESTREL FALLS POLICE
DEPARTMENT"); a report should cite it as the text itself spells it elsewhere
("Kestrel Falls Police Department"), keeping acronyms ("FBI", "WKTO") as they are.
"""

from __future__ import annotations

import re
from collections import Counter

from consistency.stages.header_words import words

__all__ = ["cased"]

_CASE_CHARS = 100_000  # text searched for how a capitalised word is spelled
_VOWELS = frozenset("aeiouy")


def cased(line: str, text: str) -> str:
    """A line in title case when it is in capitals, else as written."""
    letters = [ch for ch in line if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) >= 0.8
    return _title_case(line, text) if capitals else line


def _title_case(line: str, text: str) -> str:
    """An all-capitals line in title case, each word spelled as the text's mixed-case
    lines spell it ("KESTREL" -> "Kestrel", "FBI" stays), small words in lower case."""
    small = words("lower_words")
    out = []
    for n, word in enumerate(line.split()):
        if n and word.lower() in small:
            out.append(word.lower())
            continue
        forms = Counter(
            m.group(0)
            for m in re.finditer(rf"\b{re.escape(word)}\b", text[:_CASE_CHARS], re.IGNORECASE)
            if m.group(0) != word or not word.isupper()
        )
        capitalised = [f for f, _ in forms.most_common() if f[:1].isupper()]
        if capitalised:
            out.append(capitalised[0])
        elif forms:  # seen only in lower case: still a name here
            out.append(word.capitalize())
        else:  # only ever in capitals: an acronym when short, else a plain word
            short = (len(word) <= 3 or len(word) == 4 and not _spoken(word)) and (
                word.lower() not in words("name_words")
            )
            out.append(word if short else word.capitalize())
    return " ".join(out)


def _spoken(word: str) -> bool:
    """A four-letter capitals word read as a word ("DALE"), not letters ("WKTO", "KBRN"):
    a consonant then a vowel open it. "NATO" reads so too and is written "Nato"."""
    first, second = word[:2].lower()
    return first not in _VOWELS and second in _VOWELS
