"""Numbers written across hyphenated tokens: the parser splits "sixty-seven" into
"sixty", "-", "seven", so a reader of one token would take "seven" (7) or "sixty" (60).

:func:`number_start` finds the first token of the written number and :func:`token_value`
reads the whole of it from its last token; a leading part ("sixty" before "-seven") is
no number of its own.
"""

from __future__ import annotations

from consistency.structured.quantities import parse_number

__all__ = ["number_start", "token_value"]


def _joined(doc, i: int) -> bool:
    """Whether tokens ``i`` and ``i + 2`` are one number joined by a hyphen at ``i + 1``
    with no space ("sixty-seven", "twenty-one")."""
    if i < 0 or i + 2 >= len(doc):
        return False
    left, dash, right = doc[i], doc[i + 1], doc[i + 2]
    return (dash.text == "-" and not left.whitespace_ and not dash.whitespace_
            and left.like_num and right.like_num and left.text.isalpha()
            and right.text.isalpha())  # fmt: skip


def number_start(tok):
    """The first token of the hyphenated number that ``tok`` ends ("sixty" for "seven"
    in "sixty-seven"); ``tok`` itself when it stands alone."""
    while _joined(tok.doc, tok.i - 2):
        tok = tok.doc[tok.i - 2]
    return tok


def token_value(tok) -> float | None:
    """The value of the number that ``tok`` ends, read with its hyphenated parts
    ("sixty-seven": 67 at "seven"); None for a leading part or no number."""
    if _joined(tok.doc, tok.i):
        return None
    start = number_start(tok)
    return parse_number(tok.doc[start.i : tok.i + 1].text)
