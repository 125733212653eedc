"""Fuzzing the stages that read untrusted input (issue 11), on a bounded budget.

Random bytes, Unicode with lone surrogates, control and bidi characters, deep nesting,
huge numbers and impossible dates go through ingest, clean, claims, time anchoring, the
report writer and the JSON Lines parser. Each property is "no exception escapes, and the
output keeps its invariants"; ``max_examples`` keeps the whole file well under a minute.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.core.config import ReportConfig
from consistency.core.escape import escape_html, escape_md
from consistency.core.ids import jsonl_objects, parse_json
from consistency.core.types import IngestProblem
from consistency.nli.jsonl import InputError, read_pairs
from consistency.stages.claims import extract_claims
from consistency.stages.clean import _MAX_PARAGRAPH_CHARS, clean
from consistency.stages.ingest import ingest
from consistency.stages.report import write_report
from consistency.structured.timeanchor import anchor_date, find_times
from tests.builders import make_finding, make_result
from tests.helpers import make_article
from tests.test_report import A, B

# FUZZ_EXAMPLES raises the budget for a longer run by hand (the default suits CI).
BUDGET = int(os.environ.get("FUZZ_EXAMPLES", "50"))
FUZZ = settings(
    max_examples=BUDGET,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that broke (or could break) something: markup, bidi, dates, numbers, nesting.
PIECES = [
    "\u202e", "\u2066", "\x00", "\x1b[2J", "\r", "\n", "\r\n", "\u2028", "\x85", "\t", "|",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "# ", "- ", "1. ", "> ",
    "Photo ", "Photo via REUTERS", "Share this:", "Read more", '"', "”", "...", ". ",
    "Feb 30, 2022", "March 0000", "9999-12-31", "0000-01-01", "tomorrow", "last Friday",
    "next month", "on Friday", "Jan. 18", "WASHINGTON, Jan. 18 (Reuters) - ",
    "9" * 5000, "1e999", "-0", "NaN", "[" * 50, "{" * 50, "\\ud800", "\ud800", "\udfff",
    "Blinken met Lavrov in Geneva on Friday. ", "He said the talks failed. ", " " * 300,
]
CHARS = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
hostile_text = st.lists(
    st.one_of(st.text(CHARS, max_size=20), st.sampled_from(PIECES)), max_size=25
).map("".join)
# What ingest hands on: decoded text never holds a lone surrogate (they become U+FFFD).
article_text = hostile_text.map(lambda t: t.encode("utf-8", "replace").decode("utf-8"))


def _encodable(*texts: str) -> None:
    for t in texts:
        t.encode("utf-8", "surrogatepass")


# -- ingest -------------------------------------------------------------------------------

file_content = st.one_of(
    st.binary(max_size=2000),
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda t: f'{{"text": "{t}", "published": "{t}"}}'.encode(
        "utf-8", "surrogatepass")),
    hostile_text.map(lambda t: f"---\ntitle: {t}\ndate: {t}\n---\n{t}".encode(
        "utf-8", "surrogatepass")),
    st.integers(1, 3000).map(lambda n: ("[" * n + "]" * n).encode()),
)


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]),
                                file_content), min_size=1, max_size=4))
def test_fuzz_ingest_never_raises(config, files) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n, (ext, data) in enumerate(files):
            (Path(tmp) / f"f{n}{ext}").write_bytes(data)
        result = ingest([tmp], config)
    for p in result.problems:
        assert "\n" not in p.problem and p.path.startswith(tmp)
        _encodable(p.problem)
    for a in result.articles:
        a.text.encode("utf-8")  # lone surrogates were replaced
        assert all(0 <= s.start < s.end <= len(a.text) for s in a.body)
        assert a.published is None or 1800 <= int(a.published[:4]) <= 2200


# -- clean --------------------------------------------------------------------------------


@FUZZ
@given(text=hostile_text, start=st.integers(0, 50))
def test_fuzz_clean_spans_are_valid(config, text, start) -> None:
    spans = clean(text, config.clean, start=start)
    last = max(0, start)
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert s.end - s.start <= _MAX_PARAGRAPH_CHARS
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


# -- claims -------------------------------------------------------------------------------


@settings(FUZZ, max_examples=max(1, BUDGET // 2))
@given(texts=st.lists(article_text, min_size=1, max_size=3))
def test_fuzz_claims_never_raise_and_point_at_their_text(nlp, config, texts) -> None:
    articles = [make_article(t, f"d{n}.txt") for n, t in enumerate(texts)]
    failed: dict[str, IngestProblem] = {}
    claims = extract_claims(articles, nlp, config.claims, failed=failed).claims
    by_id = {a.id: a for a in articles}
    for c in claims:
        assert by_id[c.doc_id].text[c.start : c.end] == c.text


# -- time anchoring -----------------------------------------------------------------------


@FUZZ
@given(
    text=hostile_text,
    anchor=st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max])),
    tense=st.sampled_from(["past", "present", "future"]),
    published=st.one_of(st.none(), hostile_text, st.dates().map(str)),
    body=article_text,
)
def test_fuzz_time_anchoring_never_raises(text, anchor, tense, published, body) -> None:
    for ref in find_times(text, anchor, tense):
        assert ref.start is None or ref.end is None or ref.start <= ref.end
    art = make_article(body, "t.txt", published=published)
    anchor_date(art)


# -- report writer ------------------------------------------------------------------------


@FUZZ
@given(path=hostile_text, source=hostile_text, sentence=hostile_text, note=hostile_text)
def test_fuzz_report_writer(path, source, sentence, note) -> None:
    f = make_finding(A, B)
    f = dataclasses.replace(f, a=dataclasses.replace(f.a, text=sentence), explanation=sentence,
                            note=note or None, reasons=(sentence,))
    result = make_result((A, B), [f])
    art = dataclasses.replace(result.articles[0], path=path or "x", source=source or None)
    run = dataclasses.replace(result.run, skipped=(IngestProblem(path, sentence),))
    result = dataclasses.replace(result, articles=(art, result.articles[1]), run=run)
    with tempfile.TemporaryDirectory() as tmp:
        write_report(result, tmp, ReportConfig())
        md = (Path(tmp) / "report.md").read_text(encoding="utf-8")
        data = yaml.safe_load((Path(tmp) / "report.yaml").read_text(encoding="utf-8"))
    assert data["documents"][0]["path"] == (path or "x")  # YAML escapes, never loses
    assert "<script" not in md and "<img" not in md and "\r" not in md
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert all(h.startswith(("# Consistency report", "## ", "### ")) for h in headings)


@FUZZ
@given(text=hostile_text)
def test_fuzz_escapers(text) -> None:
    md, html = escape_md(text), escape_html(text)
    assert "\n" not in md and "\r" not in md and "\u202e" not in md
    md.encode("utf-8")
    assert "|" not in md.replace("\\|", "")
    for out in (md, html):
        assert "<" not in out and ">" not in out


# -- JSON Lines -------------------------------------------------------------------------------

json_line = st.one_of(
    hostile_text,
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
        lambda inner: st.one_of(st.lists(inner, max_size=3),
                                st.dictionaries(hostile_text, inner, max_size=3)),
        max_leaves=10,
    ).map(lambda v: json.dumps(v)),
    st.integers(1, 200_000).map(lambda n: '{"premise": ' + "[" * n + "]" * n + "}"),
    st.integers(4000, 6000).map(lambda n: '{"premise": ' + "7" * n + "}"),
)


@FUZZ
@given(lines=st.lists(json_line, min_size=1, max_size=4))
def test_fuzz_jsonl_parser_raises_only_one_line_value_errors(lines) -> None:
    text = "\n".join(lines)
    try:
        for _, obj in jsonl_objects(text, "in.jsonl"):
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except ValueError as exc:
        assert str(exc).startswith("in.jsonl:") and "\n" not in str(exc)
    try:
        parse_json(text, replace_surrogates=True)
    except ValueError as exc:
        assert "\n" not in str(exc)


@settings(FUZZ, max_examples=max(1, BUDGET // 2))
@given(lines=st.lists(json_line, min_size=1, max_size=3))
def test_fuzz_nli_predict_input(lines) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        try:
            pairs = read_pairs(path)
        except InputError as exc:
            assert "\n" not in str(exc)
            return
    for p in pairs:
        p.premise.encode("utf-8")


@pytest.mark.parametrize("depth", [10, 1000, 100_000])
def test_nesting_depths(depth) -> None:
    text = "[" * depth + "]" * depth
    try:
        parse_json(text)
    except ValueError as exc:
        assert str(exc) == "JSON nested too deeply"
