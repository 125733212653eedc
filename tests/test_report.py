import pytest
import yaml

from consistency.core.config import ReportConfig
from consistency.core.ids import pair_id
from consistency.core.types import CheckResult, Finding, NLIScores, RunInfo, Signal, StageTime
from consistency.stages.report import SCHEMA, to_markdown, write_report
from tests.helpers import make_article, make_claim

A = make_article("Blinken met Lavrov in Geneva on Friday.", "a.txt", source="Reuters")
B = make_article("Blinken met Lavrov in Stockholm on Thursday.", "b.txt", source="Time.news")


def _finding(kind="location", score=0.9, verdict=None):
    ca = make_claim(A.text, A.id)
    cb = make_claim(B.text, B.id)
    return Finding(
        id=pair_id(ca.text, cb.text),
        kind=kind,
        score=score,
        explanation="Geneva vs Stockholm",
        similarity=0.8,
        ab=NLIScores(0.05, 0.15, 0.8),
        ba=NLIScores(0.1, 0.2, 0.7),
        a=ca,
        b=cb,
        reasons=("place differs",),
        signals=(Signal("nli", 0.8, "nli"), Signal(kind, 1.0, "x")),
        verdict=verdict,
    )


def _result(findings):
    run = RunInfo(
        "2026-01-01T00:00:00+00:00", "abc", 2, 2, 1, len(findings), (StageTime("nli", 0.5),)
    )
    return CheckResult(run=run, articles=(A, B), findings=tuple(findings))


def test_yaml_has_the_documented_schema(tmp_path):
    write_report(_result([_finding()]), tmp_path, ReportConfig())
    data = yaml.safe_load((tmp_path / "report.yaml").read_text())
    assert data["schema"] == SCHEMA
    assert set(data) == {
        "schema", "run", "documents", "findings", "corroborations", "naming", "near_misses",
        "story",
    }
    assert data["run"]["seconds"] == {"nli": 0.5}
    f = data["findings"][0]
    for key in ("id", "score", "kind", "explanation", "similarity", "nli", "a", "b", "signals"):
        assert key in f
    assert set(f["nli"]["ab"]) == {"entailment", "neutral", "contradiction"}
    assert f["a"]["source"] == "Reuters" and f["a"]["text"] == A.text
    assert A.text[f["a"]["start"] : f["a"]["end"]] == f["a"]["text"]
    assert f["signals"] == {"nli": 0.8, "location": 1.0}
    assert not list(tmp_path.glob(".*.tmp"))


def test_markdown_sides_and_reasons():
    md = to_markdown(_result([_finding()]), ReportConfig())
    assert "| Reuters | Time.news |" in md
    assert f"**{A.text}**" in md and "- place differs" in md
    assert "## Contradictions between sources (1)" in md


def test_rejected_hidden_from_markdown_only_when_configured():
    result = _result([_finding(verdict="rejected")])
    assert "not shown" in to_markdown(result, ReportConfig(hide_rejected=True))
    assert f"**{A.text}**" in to_markdown(result, ReportConfig(hide_rejected=False))


def test_empty_result_renders(tmp_path):
    write_report(_result([]), tmp_path, ReportConfig())
    assert "None found." in (tmp_path / "report.md").read_text()
    assert yaml.safe_load((tmp_path / "report.yaml").read_text())["findings"] == []


def test_failed_write_keeps_previous_report(tmp_path, monkeypatch):
    write_report(_result([_finding()]), tmp_path, ReportConfig())
    before = (tmp_path / "report.yaml").read_bytes()

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("consistency.stages.report.to_markdown", boom)
    with pytest.raises(RuntimeError):
        write_report(_result([]), tmp_path, ReportConfig())
    assert (tmp_path / "report.yaml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.md", "report.yaml"]
