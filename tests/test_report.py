"""The report writer: every field written and read back, Markdown layout, atomic writes."""

import os

import pytest
import yaml

from consistency.core import ids
from consistency.core.config import ReportConfig
from consistency.core.types import (
    Attribution,
    IngestProblem,
    NamingVariant,
    NLIScores,
    RunInfo,
    Signal,
    SourceStance,
    StageTime,
    StoryClaim,
)
from consistency.review.interactive import load_report
from consistency.stages.misses import NearMiss
from consistency.stages.report import (
    SCHEMA,
    display_name,
    spellings,
    to_markdown,
    to_yaml_data,
    write_report,
)
from tests.builders import make_article, make_claim, make_finding, make_result

A = make_article("Blinken met Lavrov in Geneva on Friday.", "a.txt", source="Reuters",
                 published="2022-01-21")  # fmt: skip
B = make_article("Blinken met Lavrov in Stockholm on Thursday.", "b.txt", title="Time.news")


def _finding(kind="location", score=0.9, verdict=None):
    return make_finding(A, B, kind, score, explanation="Geneva vs Stockholm", verdict=verdict)


def _full_result():
    """A result with every field the report writes set to a non-default value."""
    ca = make_claim(A.text, A.id, 0, Attribution("officials", "say"),
                    context_before="Before.", context_after="After.")  # fmt: skip
    cb = make_claim(B.text, B.id, 0)
    f = make_finding(A, B, "time", 0.123456, explanation="Friday vs Thursday",
                     similarity=0.876543, ab=NLIScores(0.011111, 0.222222, 0.766667),
                     ba=NLIScores(0.1, 0.3, 0.6), a=ca, b=cb, reasons=("r1", "r2"),
                     signals=(Signal("nli", 0.683333, "nli"), Signal("time", 0.7, "t")),
                     maybe_different_events=True, verdict="confirmed", note="checked",
                     new=False)  # fmt: skip
    corr = make_finding(B, A, "corroboration", 0.95, explanation="same", reasons=("e",),
                        signals=())  # fmt: skip
    naming = (NamingVariant("Sergei Lavrov", ("Sergei Lavrov", "Sergey Lavrov"), (A.id, B.id)),)
    result = make_result((A, B), [f], (corr,), naming, (IngestProblem("c.bin", "not text"),))
    run = RunInfo(**{**result.run.__dict__, "duplicates": ("dup.txt",),
                     "stages": (StageTime("claims", 1.23456), StageTime("nli", 0.5))})  # fmt: skip
    return type(result)(**{**result.__dict__, "run": run})


def test_every_field_is_written_and_read_back(tmp_path):
    result = _full_result()
    write_report(result, tmp_path, ReportConfig())
    data = yaml.safe_load((tmp_path / "report.yaml").read_text(encoding="utf-8"))
    f, corr = result.findings[0], result.corroborations[0]
    side_a = {"doc": A.id, "source": "Reuters", "path": "a.txt", "text": A.text,
              "resolved": A.text, "start": 0, "end": len(A.text), "context_before": "Before.",
              "context_after": "After.", "speaker": "officials"}  # fmt: skip
    assert data["schema"] == SCHEMA
    assert data["run"] == {
        "started": "2026-01-01T00:00:00+00:00", "config_digest": "abc", "documents": 2,
        "claims": 4, "pairs_scored": 2, "pairs_nli": 0, "flags": 1, "pairs_per_claim": 0.25,
        "seconds": {"claims": 1.235, "nli": 0.5},
        "skipped": [{"path": "c.bin", "problem": "not text"}], "duplicates": ["dup.txt"],
    }  # fmt: skip
    assert data["documents"] == [
        {"id": A.id, "path": "a.txt", "title": None, "source": "Reuters",
         "published": "2022-01-21", "author": None},
        {"id": B.id, "path": "b.txt", "title": "Time.news", "source": None, "published": None,
         "author": None},
    ]
    assert data["findings"] == [{
        "id": f.id, "kind": "time", "score": 0.1235, "explanation": "Friday vs Thursday",
        "similarity": 0.8765, "maybe_different_events": True, "verdict": "confirmed",
        "note": "checked", "new": False, "reasons": ["r1", "r2"],
        "signals": {"nli": 0.6833, "time": 0.7},
        "nli": {"ab": {"entailment": 0.0111, "neutral": 0.2222, "contradiction": 0.7667},
                "ba": {"entailment": 0.1, "neutral": 0.3, "contradiction": 0.6}},
        "a": side_a,
        "b": {**side_a, "doc": B.id, "source": "Time.news", "path": "b.txt", "text": B.text,
              "resolved": B.text, "end": len(B.text), "context_before": "",
              "context_after": "", "speaker": None},
    }]  # fmt: skip
    assert data["near_misses"] == [] and data["story"] == []
    assert [c["id"] for c in data["corroborations"]] == [corr.id]
    assert data["corroborations"][0]["kind"] == "corroboration"
    assert data["naming"] == [{
        "canonical": "Sergei Lavrov", "variants": ["Sergei Lavrov", "Sergey Lavrov"],
        "docs": [A.id, B.id], "spellings": {"Sergei Lavrov": [], "Sergey Lavrov": []},
    }]  # fmt: skip
    # the review screen's reader gets the same finding back
    (back,) = load_report(tmp_path).findings
    assert (back.id, back.kind, back.score, back.verdict, back.note, back.new) == (
        f.id, "time", 0.1235, "confirmed", "checked", False)
    assert back.maybe_different_events and back.reasons == ("r1", "r2")
    assert (back.a.text, back.a.start, back.a.end, back.a.context_before) == (
        A.text, 0, len(A.text), "Before.")
    assert back.a.attribution is not None and back.a.attribution.speaker == "officials"
    assert back.ab.contradiction == 0.7667 and back.ba.neutral == 0.3


def test_markdown_sides_and_reasons():
    md = to_markdown(make_result((A, B), [_finding()]), ReportConfig())
    assert "| Reuters | Time.news |" in md
    assert f"**{A.text}**" in md and "- place differs" in md
    assert "## Contradictions between sources (1)" in md


def test_markdown_limit_and_sections():
    findings = [_finding(score=0.9), _finding("dispute", 0.8)]
    md = to_markdown(make_result((A, B), findings), ReportConfig(markdown_limit=1))
    assert "## Contradictions between sources (1)" in md
    assert "## Disputes between speakers (1)" in md
    many = to_markdown(make_result((A, B), [_finding()] * 3), ReportConfig(markdown_limit=2))
    assert many.count("### ") == 2 and "... and 1 more in report.yaml." in many


def test_rejected_hidden_from_markdown_only_when_configured():
    result = make_result((A, B), [_finding(verdict="rejected")])
    assert "not shown" in to_markdown(result, ReportConfig(hide_rejected=True))
    assert f"**{A.text}**" in to_markdown(result, ReportConfig(hide_rejected=False))


def test_empty_result_renders(tmp_path):
    write_report(make_result((A, B)), tmp_path, ReportConfig())
    assert "None found." in (tmp_path / "report.md").read_text()
    assert yaml.safe_load((tmp_path / "report.yaml").read_text())["findings"] == []


FILES = ["report.html", "report.md", "report.yaml"]


@pytest.mark.parametrize("failing", FILES)
def test_failed_replace_keeps_previous_report(tmp_path, monkeypatch, failing):
    """The new file is fully written to a temp file; the rename fails; the old one stays."""
    write_report(make_result((A, B), [_finding()]), tmp_path, ReportConfig())
    before = {p: (tmp_path / p).read_bytes() for p in FILES}
    real_replace = os.replace
    written: list[bytes] = []

    def replace(src, dst, *args, **kwargs):
        if os.path.basename(dst) == failing:
            written.append(open(src, "rb").read())  # noqa: SIM115 - the temp file is complete
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(ids.os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        write_report(make_result((A, B)), tmp_path, ReportConfig())
    assert written and written[0] != before[failing]  # the new report, complete
    assert (tmp_path / failing).read_bytes() == before[failing]
    assert sorted(p.name for p in tmp_path.iterdir()) == FILES


def _story_result():
    """Two flagged pairs (one a dispute, one rejected in review), a corroboration, a
    naming variant and three story claims: every part of report.md."""
    ca = make_claim(A.text, A.id, 0, context_before="Talks were planned.")
    cb = make_claim(B.text, B.id, 0, context_before="Earlier.", context_after="Both confirmed.")
    located = make_finding(A, B, "location", 0.91234, explanation="Geneva vs Stockholm", a=ca,
                           b=cb, reasons=("place differs", "NLI 0.80"),
                           maybe_different_events=True, new=True)  # fmt: skip
    dispute = make_finding(A, B, "dispute", 0.6, explanation="officials vs Peskov",
                           verdict="confirmed", note="checked | twice", new=True,
                           reasons=("speakers differ",))  # fmt: skip
    rejected = make_finding(A, B, "time", 0.55, explanation="Friday vs Thursday",
                            verdict="rejected")  # fmt: skip
    corr = make_finding(B, A, "corroboration", 0.95, ab=NLIScores(0.93, 0.05, 0.02))
    naming = (NamingVariant("Sergei Lavrov", ("Sergei Lavrov", "Lavrov"), (A.id, B.id)),)
    story = (
        StoryClaim("s" * 64, "Blinken met Lavrov.", ("c1", "c2", "c3"),
                   (SourceStance(A.id, "asserts", 0.912345, ca),
                    SourceStance(B.id, "denies", 0.8, cb))),
        StoryClaim("t" * 64, "Talks were held.", ("c4",),
                   (SourceStance(A.id, "asserts", 0.7, ca), SourceStance(B.id, "reports", 0.6))),
        StoryClaim("u" * 64, "A third claim.", ("c5",), (SourceStance(A.id, "asserts", 0.7, ca),)),
    )  # fmt: skip
    result = make_result((A, B), [located, dispute, rejected], (corr,), naming,
                         (IngestProblem("c.bin", "not text"),))  # fmt: skip
    run = RunInfo(**{**result.run.__dict__, "pairs_nli": 3, "pairs_per_claim": 0.123456})
    return type(result)(**{**result.__dict__, "story": story, "run": run})


def test_markdown_report_in_full():
    result = _story_result()
    located, dispute = result.findings[:2]
    md = to_markdown(result, ReportConfig(markdown_limit=2))
    assert md == f"""# Consistency report

2 documents, 4 claims, 4 pairs scored (3 by NLI), **3 flagged** (1 corroborated) in 0.5 s. \
Run 2026-01-01T00:00:00+00:00, config `abc`.

1 finding(s) rejected in review are not shown (see report.yaml).

Skipped files:

- c.bin: not text

## Documents

| id | source | published | path |
|---|---|---|---|
| `{A.id}` | Reuters | 2022-01-21 | a.txt |
| `{B.id}` | Time.news | ? | b.txt |

## Contradictions between sources (1)

### 1. Geneva vs Stockholm

`{located.id}` · location · score 0.91 · new · may be different events

| Reuters | Time.news |
|---|---|
| _Talks were planned._ | _Earlier._ |
| **{A.text}** | **{B.text}** |
|  | _Both confirmed._ |

- place differs
- NLI 0.80

## Disputes between speakers (1)

### 1. officials vs Peskov

`{dispute.id}` · dispute · score 0.60 · confirmed

| Reuters | Time.news |
|---|---|
| **{A.text}** | **{B.text}** |

- speakers differ
- Reviewer's note: checked \\| twice

## Claims and who says what (3)

### 1. Blinken met Lavrov.

`ssssssssssssssss` · disputed

| source | stance | quote |
|---|---|---|
| Reuters | **asserts** (0.91) | {A.text} |
| Time.news | **denies** (0.80) | {B.text} |

### 2. Talks were held.

`tttttttttttttttt` · told by 2 sources

| source | stance | quote |
|---|---|---|
| Reuters | **asserts** (0.70) | {A.text} |
| Time.news | **reports** (0.60) |  |

... and 1 more in report.yaml.

## Naming variants (1)

Spellings of one entity; never counted as contradictions.

- **Sergei Lavrov**: Sergei Lavrov; Lavrov (Reuters, Time.news)

## Corroborated facts (1)

- {B.text} — _Time.news_; agreed by _Reuters_ (entailment 0.93)
"""
    # without context, and with rejected findings shown
    plain = to_markdown(result, ReportConfig(context=False, hide_rejected=False))
    assert "Talks were planned" not in plain and "not shown" not in plain
    assert "## Contradictions between sources (2)" in plain
    assert "· time · score 0.55 · rejected" in plain


def test_one_source_and_nearest_misses():
    miss = NearMiss(make_claim(A.text, A.id), make_claim(B.text, B.id), 0.41234,
                    "score.flag_threshold=0.4", ("NLI 0.41", "place differs"))  # fmt: skip
    result = make_result((A, B))
    result = type(result)(**{**result.__dict__, "near_misses": (miss,)})
    md = to_markdown(result, ReportConfig())
    assert "Warning" not in md
    assert "**Warning:** fewer than two sources" in to_markdown(make_result((A,)), ReportConfig())
    assert f"""## Nearest misses

Nothing was flagged at these settings. The pairs that came closest, and the setting that \
would flag each:

- score 0.41 — _Reuters_: {A.text} / _Time.news_: {B.text} — `--set score.flag_threshold=0.4`
  - NLI 0.41
  - place differs

## Claims and who says what (0)

No claim is told by more than one source, or none is disputed.
""" in md
    assert to_yaml_data(result)["near_misses"] == [{
        "score": 0.4123, "setting": "score.flag_threshold=0.4",
        "a": {"doc": A.id, "text": A.text}, "b": {"doc": B.id, "text": B.text},
        "reasons": ["NLI 0.41", "place differs"],
    }]  # fmt: skip
    assert """## Nearest misses

Nothing was flagged, and no candidate pair came near the cut.

## Claims and who says what (0)""" in to_markdown(make_result((A, B)), ReportConfig())


def test_story_in_yaml():
    data = to_yaml_data(_story_result())
    assert data["run"]["pairs_per_claim"] == 0.123 and data["run"]["pairs_nli"] == 3
    assert data["story"][:2] == [
        {"id": "s" * 64, "text": "Blinken met Lavrov.", "claims": 3, "sources": [
            {"doc": A.id, "source": "Reuters", "stance": "asserts", "score": 0.9123,
             "quote": A.text},
            {"doc": B.id, "source": "Time.news", "stance": "denies", "score": 0.8,
             "quote": B.text}]},
        {"id": "t" * 64, "text": "Talks were held.", "claims": 1, "sources": [
            {"doc": A.id, "source": "Reuters", "stance": "asserts", "score": 0.7, "quote": A.text},
            {"doc": B.id, "source": "Time.news", "stance": "reports", "score": 0.6,
             "quote": None}]},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "title", "path", "name"),
    [
        ("Reuters", "A title", "x/a.txt", "Reuters"),
        (None, "A title", "x/a.txt", "A title"),
        (None, None, "x/a.txt", "a"),
        (None, "t" * 60, "a.txt", "t" * 60),
        (None, "t" * 61, "a.txt", "t" * 57 + "..."),
    ],
)
def test_display_name(source, title, path, name):
    assert display_name(source, title, path) == name


def test_spellings_are_whole_words():
    c = make_article("Lavrovs and Sergey Lavrov met.", "c.txt", source="AP")
    d = make_article("The Lavrovs arrived.", "d.txt", source="BBC")
    assert spellings(["Lavrov", "Sergey Lavrov", "Kuleba"], (A, B, c, d)) == {
        "Lavrov": ["Reuters", "Time.news", "AP"], "Sergey Lavrov": ["AP"], "Kuleba": []}


def test_a_finding_whose_document_is_missing():
    data = to_yaml_data(make_result((A,), [_finding()]))
    assert data["findings"][0]["b"]["path"] is None
    assert data["findings"][0]["b"]["source"] == "?"


def test_an_undecodable_file_name_is_written(tmp_path):
    odd = make_article("Blinken met Lavrov in Oslo.", "odd\udcff.txt", source="AP")
    write_report(make_result((A, odd), [make_finding(A, odd)]), tmp_path, ReportConfig())
    assert "odd\ufffd.txt" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "odd?.txt" in (tmp_path / "report.html").read_text(encoding="utf-8")
