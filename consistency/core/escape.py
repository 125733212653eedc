"""Escaping of untrusted text (file names, metadata, sentences) for the human reports.

Everything the reports show comes from the documents checked, which anyone may have
written: a newline in a file name must not start a heading, ``|`` must not split a
table cell, and ``<script>`` must reach the reader as text. One function per output
format, used for every interpolated value, keeps that true in one place; ``yaml_text``
writes report.yaml so that every string reads back exactly as it was.
"""

from __future__ import annotations

import html
import re

import yaml

# Line breaks of every kind (a lone CR also ends a table row in some renderers).
_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x85\u2028\u2029]")
# C0/C1 controls other than tab: invisible in a report, and meaningful to terminals.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Bidirectional overrides and isolates can make text read in another order than it is.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Lone surrogates cannot be written as UTF-8 at all.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Inline Markdown syntax: emphasis, code, links, tables, strikethrough, escapes.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


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


def escape_html(text: object) -> str:
    """``text`` as inert HTML text or attribute value (quotes escaped), on one line."""
    return html.escape(_plain(text), quote=True)


class _YamlDumper(yaml.SafeDumper):
    """SafeDumper that writes strings holding a Unicode line break double-quoted.

    PyYAML puts U+0085 raw into a single-quoted scalar and reads it back as a space,
    so a file name holding one would not survive the round trip; escaped, it does.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if any(ch in value for ch in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_YamlDumper.add_representer(str, _represent_str)


def yaml_text(data: object) -> str:
    """``data`` as YAML (safe types only) that reads back exactly, whatever its strings."""
    return yaml.dump(data, Dumper=_YamlDumper, sort_keys=False, allow_unicode=True, width=100)
