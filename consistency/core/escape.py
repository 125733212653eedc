"""Escaping for the report writers: the one place article text becomes markup.

Article text and metadata come from the open web, so every writer passes them through
these functions and nowhere else. ``escape_html`` makes any text safe between tags and
inside quoted attributes; ``safe_url`` decides whether a URL may become a link.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def escape_html(text: str) -> str:
    """Text made safe for HTML content and double- or single-quoted attribute values."""
    return html.escape(str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL when it may be a link (http, https, mailto), else None.

    ``javascript:``, ``data:``, ``vbscript:``, relative and malformed URLs are refused: a
    writer then shows them as text. Control characters and blanks that browsers strip
    before reading the scheme ("java\\tscript:") are refused too.
    """
    if not url:
        return None
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in LINK_SCHEMES else None
