"""Escaping for the report writers: the one place article text becomes markup.

Article text and metadata come from the open web, so every writer passes them through
these functions and nowhere else. ``escape_html`` makes any text safe between tags and
inside quoted attributes; ``safe_url`` decides whether a URL may become a link;
``escape_md`` makes any text inert inline Markdown on one line (a newline in a file name
must not start a heading, ``|`` must not split a table cell, ``<script>`` stays text);
``yaml_text`` writes report.yaml so that every string reads back exactly as it was.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import yaml

LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# Line breaks of every kind (a lone CR also ends a table row in some renderers).
_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x85\u2028\u2029]")
# C0/C1 controls other than tab: invisible in a report, and meaningful to terminals.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Bidirectional overrides and isolates can make text read in another order than it is.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Lone surrogates cannot be written as UTF-8 at all.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Inline Markdown syntax: emphasis, code, links, tables, strikethrough, escapes. An
# underscore inside a word (wire_0042) cannot open or close emphasis, so it stays as is.
_MD_SPECIAL = re.compile(r"([\\`*\[\]|~]|(?<![^\W_])_|_(?![^\W_]))")
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_terminal(text: object) -> str:
    """One printable line for a terminal: no escape sequences, breaks or bidi overrides."""
    return _plain(text)


def _plain(text: object) -> str:
    """One line of printable text: breaks and tabs become spaces, controls are removed."""
    s = _BREAKS.sub(" ", str(text)).replace("\t", " ")
    s = _CONTROLS.sub("", s)
    return _SURROGATES.sub("\ufffd", _BIDI.sub("\ufffd", s))


def escape_md(text: object) -> str:
    """``text`` as inert inline Markdown: one line, no markup, no raw HTML.

    Safe anywhere inside a line, table cells included; not at a line's start (a
    leading ``#`` or ``1.`` there is left as it is), which the report never does.
    """
    s = _MD_SPECIAL.sub(r"\\\1", _plain(text))
    return re.sub(r"[&<>]", lambda m: _MD_ENTITIES[m.group()], s)


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


class _YamlDumper(yaml.SafeDumper):
    """SafeDumper that writes strings holding a Unicode line break double-quoted.

    PyYAML puts U+0085 raw into a single-quoted scalar and reads it back as a space,
    so a file name holding one would not survive the round trip; escaped, it does.
    """


_UNICODE_BREAK = re.compile("[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if _UNICODE_BREAK.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_YamlDumper.add_representer(str, _represent_str)


# libyaml's emitter writes the same documents ~10x faster (a big report is mostly YAML
# time); it escapes characters outside the BMP rather than writing them raw.
class _FastDumper(getattr(yaml, "CSafeDumper", _YamlDumper)):
    """The same representer over libyaml's emitter, when PyYAML was built with it."""


_FastDumper.add_representer(str, _represent_str)


def yaml_text(data: object) -> str:
    """``data`` as YAML (safe types only) that reads back exactly, whatever its strings."""
    options = {"sort_keys": False, "allow_unicode": True, "width": 100}
    try:
        return yaml.dump(data, Dumper=_FastDumper, **options)
    except (UnicodeError, yaml.YAMLError):  # e.g. a lone surrogate: the pure emitter's rules
        return yaml.dump(data, Dumper=_YamlDumper, **options)
