"""Small builders for unit tests (no fixtures, no models)."""

from __future__ import annotations

from consistency.core.ids import claim_id, doc_id
from consistency.core.types import Article, Claim, Span


def make_article(text: str, path: str = "doc.txt", **meta) -> Article:
    """An Article whose body is every non-blank line of ``text``."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            spans.append(Span(start, pos + len(line.rstrip())))
        pos += len(line) + 1
    return Article(id=doc_id(text), path=path, text=text, body=tuple(spans), **meta)


def make_claim(text: str, doc: str = "d1", index: int = 0) -> Claim:
    return Claim(
        id=claim_id(doc, text, index),
        doc_id=doc,
        text=text,
        resolved=text,
        start=0,
        end=len(text),
        index=index,
    )
